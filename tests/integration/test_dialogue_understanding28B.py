"""Dialogue round 28B through the real stack: follow-ups after a list, and likeness said without a likeness word.

After a list, "whichever is the newest" / "the most recent one" order the current search — its people and kinds kept,
no recent-years filter (actions/list_orders.py). "Doesn't have to be <topic>" lets the topic go and shows fresh picks
(actions/topics_let_go.py). "<title>!! need more", "<title> was wild. more?", "saw <title> last night, got anything
similar-ish" are like-searches on the title, and "i watched <title>, any newer ones" one newer than it
(nlu/extraction/names.py ``_verdict_then_more``, ``_seen_lists``). Phrasings are this module's own; the fixture
catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, assert_like_list, checked_picks, shown_ids

pytestmark = pytest.mark.integration

_SCORSESE = "Martin Scorsese"


def _by_scorsese(r: dict[str, Any]) -> bool:
    return _SCORSESE in (r.get("directors") or [])


async def test_whichever_is_the_newest_orders_the_persons_search(stack: Any, chat: WebChat) -> None:
    await chat.say("martin scorsese films")
    turn = await chat.say("ok whichever is the newest")
    found = await checked_picks(stack.gateway_url, turn, _by_scorsese, never_say=NOT_UNDERSTOOD)
    assert applied(turn).get("sort") == "newest" and not applied(turn).get("recent_years"), applied(turn)
    years = [r["year"] for r in found]
    assert years[0] == 2019 and years == sorted(years, reverse=True), turn.text


async def test_the_most_recent_one_keeps_the_kind_and_orders(stack: Any, chat: WebChat) -> None:
    await chat.say("scorsese dramas")
    turn = await chat.say("the most recent one then")
    found = await checked_picks(stack.gateway_url, turn, _by_scorsese, never_say=NOT_UNDERSTOOD)
    assert applied(turn).get("sort") == "newest" and not applied(turn).get("recent_years"), applied(turn)
    assert "drama" in applied(turn).get("genres", []), applied(turn)
    assert found[0]["year"] == 2019, turn.text


async def test_a_topic_that_does_not_have_to_be_goes(stack: Any, chat: WebChat) -> None:
    first = await chat.say("a christmas film for my 6 year old")
    turn = await chat.say("doesnt have to be christmas, any film she would enjoy")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert "christmas" not in (applied(turn).get("query") or "").lower(), applied(turn)
    assert applied(turn).get("audience") or applied(turn).get("ratings"), applied(turn)
    assert not set(shown_ids(turn)) & set(shown_ids(first)), turn.text


async def test_a_title_with_exclamations_then_need_more_is_a_like_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("stranger things!!! need more")
    assert_like_list(turn, "Stranger Things", "s3686")


async def test_a_title_with_a_verdict_then_more_is_a_like_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("ozark was wild. more?")
    assert_like_list(turn, "Ozark", "s2768")
    assert "wild" not in (applied(turn).get("query") or ""), applied(turn)  # the verdict is no topic


async def test_saw_a_title_then_similar_ish_is_a_like_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("saw the irishman last night, got anything similar-ish")
    assert_like_list(turn, "The Irishman", "s3228")


async def test_a_watched_title_then_any_newer_ones_is_like_it_and_newer(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i watched breaking bad, any newer ones")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert "s5941" not in shown_ids(turn) and "Breaking Bad" in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("year") or 0) > 2013)


async def test_whichever_one_is_the_shortest_orders_the_search_whatever_the_label(stack: Any, chat: WebChat) -> None:
    await chat.say("martin scorsese films")
    turn = await chat.say("whichever one is the shortest")
    found = await checked_picks(stack.gateway_url, turn, _by_scorsese, never_say=NOT_UNDERSTOOD)
    assert applied(turn).get("sort") == "shortest", applied(turn)
    minutes = [r["duration_minutes"] for r in found]
    assert minutes == sorted(minutes), turn.text
