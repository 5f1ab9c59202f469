"""Dialogue round 21f through the real stack: going back, honest "newer" at the catalog's end, explicit years.

Classes (phrasings are this module's own):
1. after a few edits, a going back that names the beginning ("what we first said", "our original idea") is the
   conversation's first search and its list, never "let's start fresh" (actions/earlier_lists.beginning_named);
   "let's start over" still starts afresh;
2. "newer" after a list already of the catalog's newest year (2021 on the fixture catalog) shows no list: those are
   already the newest, and more from 2021 is offered; "yes" shows unseen 2021 titles (actions/recommend
   ._answer_nothing_past_the_list);
3. a year said beside "older" ("older, before 2000") is the bound asked, never "older than the list" alone
   (actions/planning._relative_years_within_catalog);
4. "last century" is up to 1999 (nlu/extraction/years.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration


def _years(turn: Any) -> list[int]:
    return [int(i["year"]) for i in turn.items if i.get("year")]


async def test_what_we_first_said_after_edits_is_the_first_list(stack: Any, chat: WebChat) -> None:
    one = await chat.say("some fantasy films")
    assert shown_ids(one), one.text
    two = await chat.say("hmm, comedies instead")
    assert shown_ids(two) and set(shown_ids(two)) != set(shown_ids(one)), two.text
    await chat.say("only ones under 100 minutes")
    turn = await chat.say("meh, let's just go back to what we first said")
    assert "start fresh" not in turn.text, turn.text
    assert shown_ids(turn) == shown_ids(one), turn.text
    got = applied(turn)
    assert "fantasy" in (got.get("genres") or []) and "comedy" not in (got.get("genres") or []), got
    assert not got.get("max_minutes"), got


async def test_our_original_idea_is_the_first_search(stack: Any, chat: WebChat) -> None:
    one = await chat.say("a crime series")
    assert shown_ids(one), one.text
    await chat.say("what about documentaries")
    turn = await chat.say("actually our original idea was better")
    assert shown_ids(turn) == shown_ids(one), turn.text


async def test_start_over_still_starts_afresh(stack: Any, chat: WebChat) -> None:  # near miss
    await chat.say("some fantasy films")
    await chat.say("hmm, comedies instead")
    turn = await chat.say("let's start over")
    assert not shown_ids(turn) and "start fresh" in turn.text, turn.text


async def test_newer_at_the_catalogs_newest_year_is_said_honestly(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies from 2021")
    assert first.items and set(_years(first)) == {2021}, first.text
    turn = await chat.say("anything more recent than those?")
    assert not turn.items, turn.text
    assert "already the newest" in turn.text and "2021" in turn.text and "2022" not in turn.text, turn.text
    assert any(b["title"] == "More from 2021" for b in turn.buttons), turn.buttons
    more = await chat.say("yes please")
    assert more.items and set(_years(more)) == {2021}, more.text
    assert not set(shown_ids(more)) & set(shown_ids(first)), more.text


async def test_an_explicit_year_beside_older_is_the_bound(stack: Any, chat: WebChat) -> None:
    first = await chat.say("series from 2016 to 2021")
    assert first.items and min(_years(first)) >= 2016, first.text
    turn = await chat.say("Something older, before 2000 ideally.")
    assert "older than 20" not in turn.text.lower(), turn.text
    got = turn.recommendations["constraints"] if turn.recommendations else {}
    assert got.get("year_max") == 1999 or not turn.items, turn.text
    assert all(y <= 1999 for y in _years(turn)), turn.text


async def test_last_century_is_up_to_1999(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy from last century")
    assert applied(turn).get("year_max") == 1999, applied(turn)
    assert turn.items and all(y <= 1999 for y in _years(turn)), turn.text
