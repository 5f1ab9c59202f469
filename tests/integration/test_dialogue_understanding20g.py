"""Dialogue round 20g through the real stack: years and recency at the edges (phrasings are this module's own).

Classes: a year after "year" with no article ("prior to year two thousand") is the bound, strict before; "the past
years" said loosely after a list is the recent edit (catalog-relative: the fixture catalog ends in 2021, recent is
2019 on); "newer" after a list already of the catalog's newest year says those are already the newest and offers
that year (round 21f; it showed unseen titles of that year before), never a search for years the catalog does not
reach; "old ones, classic" after a list narrows to classics only while there are
some, else the old years alone (never an empty answer while old titles exist); "two thousand" as a count is no year.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration

NOT_UNDERSTOOD = ("What should I change", "didn't quite get")


def _years(turn: Any) -> list[int]:
    return [int(i["year"]) for i in turn.items if i.get("year")]



async def test_before_year_spoken_without_article_is_strictly_before(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a romance movie prior to year two thousand")
    assert applied(turn).get("year_max") == 1999 and applied(turn).get("year_min") is None, applied(turn)
    assert turn.items and all(y <= 1999 for y in _years(turn)), turn.text


async def test_the_past_years_after_a_list_is_the_recent_edit(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some comedies")
    assert first.items, first.text
    turn = await chat.say("from the past years, new")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert applied(turn).get("year_min") == 2019 and "comedy" in (applied(turn).get("genres") or []), applied(turn)
    assert turn.items and all(y >= 2019 for y in _years(turn)), turn.text


async def test_newer_after_a_list_of_the_newest_year_stays_in_the_catalog(stack: Any, chat: WebChat) -> None:
    # round 21f: nothing is newer, so no list of the same year shown as newer; it says so and offers that year
    first = await chat.say("comedies from 2021")
    assert first.items and set(_years(first)) == {2021}, first.text
    turn = await chat.say("got any newer ones?")
    assert "2022" not in turn.text, turn.text
    assert not turn.items and "already the newest" in turn.text and "2021" in turn.text, turn.text


async def test_newer_after_a_list_of_many_years_is_past_its_middle(stack: Any, chat: WebChat) -> None:  # near miss
    first = await chat.say("comedies from 2010 to 2016")
    years = sorted(_years(first))
    assert len(years) >= 3, first.text
    turn = await chat.say("newer")
    assert applied(turn).get("year_min") == years[len(years) // 2] + 1, applied(turn)
    assert "already the newest" not in turn.text and all(y > years[len(years) // 2] for y in _years(turn)), turn.text


async def test_old_ones_with_classic_after_a_list_are_never_empty(stack: Any, chat: WebChat) -> None:
    first = await chat.say("romantic movies")
    assert first.items, first.text
    turn = await chat.say("more old ones, classic")
    assert turn.items, turn.text
    assert all(y <= 2001 for y in _years(turn)), turn.text


async def test_two_thousand_as_a_count_is_no_year(stack: Any, chat: WebChat) -> None:  # near miss
    turn = await chat.say("a war movie with two thousand soldiers")
    assert turn.recommendations is not None, turn.text
    got = applied(turn)
    assert got.get("year_min") is None and got.get("year_max") is None, got


async def test_new_said_alone_after_a_list_is_the_recent_edit(stack: Any, chat: WebChat) -> None:
    first = await chat.say("thriller films")
    assert first.items, first.text
    turn = await chat.say("ok just new, thanks")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert applied(turn).get("year_min") == 2019 and "thriller" in (applied(turn).get("genres") or []), applied(turn)
