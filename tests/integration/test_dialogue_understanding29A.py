"""Dialogue round 29A through the real stack: two titles named to choose between are both shown side by side (their
kind, genres and a line of synopsis beside them), a constraint said with them points at the one that fits, two
titles of a list compared after it are those two, a side the catalog lacks is said so, and two genres or two kinds
joined by "or" stay a search. Phrasings are this module's own; the fixture catalog (tests/fixtures/netflix_small.csv:
it holds Hush, The Irishman, Raging Bull, Mean Streets, The Worst Witch, Castlevania, Outlander, Vincenzo,
Disenchantment, Shutter Island; not The Wire).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD

pytestmark = pytest.mark.integration


def _titles(turn: Any) -> list[str]:
    return [i["title"] for i in turn.items]


async def test_two_lowercase_titles_with_a_choice_question(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("raging bull or mean streets, which one do i put on first")
    assert _titles(turn) == ["Raging Bull", "Mean Streets"], turn.text
    assert "side by side" in turn.text and "down to taste" in turn.text, turn.text


async def test_two_series_versus_each_other(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("castlevania versus disenchantment?")
    assert _titles(turn) == ["Castlevania", "Disenchantment"], turn.text
    assert all(i["seasons"] and i["genres"] and i["rating"] for i in turn.items), turn.items
    assert "Series" in turn.text, turn.text


async def test_a_short_evening_points_at_the_film_that_fits(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what's better for tonight, hush or the irishman? we've got an hour and a half at most")
    assert set(_titles(turn)) == {"Hush", "The Irishman"}, turn.text
    assert "Hush fits better" in turn.text, turn.text


async def test_a_child_watching_points_at_the_title_rated_for_them(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("should we watch the worst witch or castlevania with my 7 year old")
    assert set(_titles(turn)) == {"The Worst Witch", "Castlevania"}, turn.text
    assert "The Worst Witch fits better" in turn.text, turn.text


async def test_two_titles_of_the_list_compared_after_it(stack: Any, chat: WebChat) -> None:
    shown = await chat.say("some korean shows")
    plain = [i for i in shown.items if re.fullmatch(r"[A-Za-z ]+", i["title"])][:2]
    assert len(plain) == 2, shown.text
    listed = await chat.say(f"{plain[0]['title'].lower()} or {plain[1]['title'].lower()}?")
    assert [i["id"] for i in listed.items] == [i["id"] for i in plain], listed.text


async def test_a_side_the_catalog_lacks_is_said_so(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("is shutter island better than the wire?")
    assert _titles(turn) == ["Shutter Island"], turn.text
    assert "the wire" in turn.text.lower() and "don't see" in turn.text, turn.text


async def test_two_genres_joined_by_or_stay_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("thriller or comedy, which is better for tonight")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert "side by side" not in turn.text and len(turn.items) > 2, turn.text


async def test_a_film_or_a_series_is_no_comparison_of_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a movie or a series, not sure which")
    assert "side by side" not in turn.text, turn.text
