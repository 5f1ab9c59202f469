"""Dialogue round 20b through the real stack: follow-ups that edit a like-search, a listed title or an earlier list.

Classes (phrasings are this module's own):
1. who is watching said alone after titles like one ("for my 6 yr old") keeps the likeness and adds the cap
   (actions/planning._only_who_is_watching); a new request for new company still starts anew when the anchor is
   rated above the children's cap;
2. "<position> but <change>" ("the 2nd one but a series") is a pivot to that title with the change: the people that
   made the list go, the title itself never comes (actions/listed_pivots.py, routed in actions/base.py);
3. going back to an earlier list with an edit in the same message ("no, back to the comedies, but only movies",
   "return to the first list, newer ones") restores that search and applies the rest of the message to it, relative
   words relative to the restored list, with fresh picks (actions/earlier_lists._edit_restored);
4. a bare "another one" after "older" gives fresh titles of the same search, the bound where "older" set it.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration

DISENCHANTMENT = "s1403"  # tests/fixtures/netflix_small.csv: a TV-14 animated comedy series



async def test_a_young_viewer_said_alone_keeps_the_likeness(stack: Any, chat: WebChat) -> None:
    first = await chat.say("series like disenchantment")
    assert applied(first).get("similar_to") == DISENCHANTMENT, first.text
    turn = await chat.say("for my 6 yr old")
    assert applied(turn).get("similar_to") == DISENCHANTMENT, (turn.text, applied(turn))
    assert applied(turn).get("audience") in ("kids", "preschool"), applied(turn)
    assert DISENCHANTMENT not in shown_ids(turn)


async def test_the_nth_one_but_a_series_pivots_to_that_title(stack: Any, chat: WebChat) -> None:
    first = await chat.say("david spade movies")
    assert len(first.items) >= 2 and "David Spade" in (applied(first).get("actors") or []), first.text
    second = shown_ids(first)[1]
    turn = await chat.say("the 2nd one but a series")
    assert applied(turn).get("similar_to") == second, (turn.text, applied(turn))
    assert not applied(turn).get("actors") and applied(turn).get("media_type") == ["series"], applied(turn)
    assert second not in shown_ids(turn)


async def test_a_question_after_but_is_no_pivot(stack: Any, chat: WebChat) -> None:
    first = await chat.say("david spade movies")
    assert len(first.items) >= 2, first.text
    title = str(first.items[1]["title"])
    turn = await chat.say("the 2nd one, but is it a series?")
    assert title in turn.text and f"like {title}" not in turn.text, turn.text  # about that title, no pivot


async def test_back_to_an_earlier_list_with_an_edit(stack: Any, chat: WebChat) -> None:
    one = await chat.say("comedies")
    two = await chat.say("documentaries instead")
    assert shown_ids(one) and shown_ids(two), (one.text, two.text)
    turn = await chat.say("no no, back to the comedies, but only movies")
    got = applied(turn)
    assert "comedy" in (got.get("genres") or []) and "documentary" not in (got.get("genres") or []), got
    assert got.get("media_type") == ["movie"], got
    assert not set(shown_ids(turn)) & set(shown_ids(one)), turn.text
    assert "back" not in (got.get("query") or "") and "return" not in (got.get("query") or ""), got


async def test_return_to_the_first_list_with_newer_is_relative_to_it(stack: Any, chat: WebChat) -> None:
    one = await chat.say("horror movies")
    await chat.say("romantic comedies now")
    turn = await chat.say("return to the first list please, newer ones")
    got = applied(turn)
    assert "horror" in (got.get("genres") or []) and "romance" not in (got.get("genres") or []), got
    assert "return" not in (got.get("query") or ""), got
    years = [i.get("year") or i.get("release_year") for i in one.items]
    assert turn.items and all((i.get("year") or i.get("release_year") or 0) >= min(y for y in years if y)
                              for i in turn.items), turn.text


async def test_another_after_older_keeps_the_bound(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy movies")
    older = await chat.say("older")
    bound = applied(older).get("year_max")
    assert bound is not None, applied(older)
    again = await chat.say("another one")
    assert applied(again).get("year_max") == bound, applied(again)
    assert not set(shown_ids(again)) & set(shown_ids(older)), again.text
