"""Dialogue round 20f through the real stack: a superlative said as a request is a sort order.

Class (phrasings are this module's own): "the quickest <genre> you've got", "your longest tv shows", "the oldest
<kind> on here" as a first request used to lose the superlative (it was read only after a list, relative to it).
Mechanism: nlu/extraction/sort.py reads the ``sort`` entity (shortest | longest | oldest | newest), the actions
carry it as the constraint ``sort`` (actions/constraints.py ``_apply_sort``), and the recommender orders every title
that satisfies the search from that far end (recommender/service.py ``_sorted``: runtime; seasons for series;
release year). Near misses: a superlative of a person or a way of saying, a turned-down one, a question about the
list ("which one here is the newest") ask for no order.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration


async def test_the_quickest_thriller_starts_at_the_shortest_runtime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the quickest thriller you've got")
    minutes = [i["duration_minutes"] for i in turn.items]
    assert minutes and None not in minutes and minutes == sorted(minutes), turn.text
    assert applied(turn).get("sort") == "shortest" and "thriller" in applied(turn).get("genres", []), applied(turn)
    assert "shortest first" in turn.text, turn.text


async def test_the_longest_tv_shows_are_sorted_by_seasons(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what are your longest tv shows")
    seasons = [i["seasons"] for i in turn.items]
    assert seasons and None not in seasons and seasons == sorted(seasons, reverse=True), turn.text
    assert applied(turn).get("sort") == "longest", applied(turn)


async def test_the_oldest_documentary_starts_at_the_earliest_year(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("show me the oldest documentary on here")
    years = [i["year"] for i in turn.items]
    assert years and None not in years and years == sorted(years), turn.text
    assert applied(turn).get("sort") == "oldest", applied(turn)


async def test_a_person_said_with_a_superlative_asks_for_no_order(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my oldest pal says i need a good crime drama")
    assert turn.items, turn.text
    assert applied(turn).get("sort") is None, applied(turn)


async def test_a_turned_down_superlative_asks_for_no_order(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("an action film, just not the longest one")
    assert applied(turn).get("sort") is None, applied(turn)


async def test_which_one_here_is_the_newest_shows_no_new_sorted_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("family comedies")
    shown = {str(i["id"]) for i in first.items}
    turn = await chat.say("which one of these is the newest?")
    if turn.recommendations is not None:
        assert applied(turn).get("sort") is None, applied(turn)
    assert {str(i["id"]) for i in turn.items} <= shown, turn.text


async def test_after_a_list_the_oldest_ones_are_older_than_it_and_oldest_first(stack: Any, chat: WebChat) -> None:
    first = await chat.say("thriller movies")
    shown_years = [i["year"] for i in first.items if i.get("year")]
    turn = await chat.say("hmm, the oldest ones you have")
    years = [i["year"] for i in turn.items]
    assert years and None not in years and years == sorted(years), turn.text
    assert max(years) < min(shown_years), (shown_years, turn.text)
    assert applied(turn).get("sort") == "oldest" and "thriller" in applied(turn).get("genres", []), applied(turn)


async def test_an_edit_keeps_the_order(stack: Any, chat: WebChat) -> None:
    await chat.say("the shortest comedy movies you have")
    turn = await chat.say("make them romantic comedies instead")
    minutes = [i["duration_minutes"] for i in turn.items]
    assert minutes and None not in minutes and minutes == sorted(minutes), turn.text
    assert applied(turn).get("sort") == "shortest", applied(turn)
