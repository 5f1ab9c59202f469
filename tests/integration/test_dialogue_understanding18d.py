"""Dialogue round 18d through the real stack: who is watching, couples and households.

Classes (phrasings are this module's own): ages in other shapes ("our little man just turned 4"); a kind dismissed as
childish and live action asked for (no children's shelf, no anime, the child's band kept); young children asking for
something funny never get stand-up; blood ruled out by a grown-up is no horror and no kids' cap, and "says" is no query
word; a faint-hearted viewer beside horror gets horror comedy; a competition named by its subject is reality TV; a
viewer's nationality is no wish.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, KIDS, PRESCHOOL, applied

pytestmark = pytest.mark.integration


def _query_words(turn: Any) -> set[str]:
    return set((applied(turn).get("query") or "").split())


async def test_a_pet_name_with_an_age_is_a_child(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("our little man just turned 4 and he is mad about trains")
    assert applied(turn).get("audience") == "preschool", turn.text
    assert turn.items and all(i["rating"] in PRESCHOOL for i in turn.items), turn.text


async def test_a_kind_dismissed_as_childish_is_ruled_out_and_the_band_kept(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the 10 year old says cartoons are for babies, something funny with real people?")
    got = applied(turn)
    assert got.get("audience") == "family", got
    assert {"kids", "anime"} <= set(got.get("exclude_genres", [])), got
    assert not {"says", "babies", "real", "people"} & _query_words(turn), got
    assert all("kids" not in i["genres"] for i in turn.items), turn.text


async def test_young_children_asking_for_funny_get_no_stand_up(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something funny for my 5 year old")
    assert turn.items, turn.text
    assert all("stand-up" not in i["genres"] and i["rating"] in KIDS for i in turn.items), turn.text


async def test_blood_ruled_out_by_a_grown_up_is_no_horror_and_no_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i want a thriller, my husband says nothing with blood")
    got = applied(turn)
    assert got.get("audience") in (None, "adult"), got
    assert "thriller" in got.get("genres", []) and "horror" in got.get("exclude_genres", []), got
    assert "says" not in _query_words(turn), got


async def test_a_faint_hearted_viewer_beside_horror_gets_horror_comedy(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my girlfriend wants horror but i'm a total wimp, any ideas?")
    got = applied(turn)
    assert "horror" in (*got.get("genres", []), *got.get("any_genres", [])), got
    assert "comedy" in (*got.get("genres", []), *got.get("any_genres", [])), got


async def test_a_competition_is_reality_tv(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a baking competition me and my 9 year old can watch")
    got = applied(turn)
    assert "reality" in got.get("genres", []) and got.get("audience") == "family", got
    assert all(i["rating"] in FAMILY for i in turn.items), turn.text


async def test_a_viewers_nationality_is_no_wish(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my wife is french and i'm english, a comedy in french")
    got = applied(turn)
    assert got.get("languages") == ["fr"] and not got.get("countries"), got


async def test_a_partners_wishes_over_two_turns_keep_the_thriller(stack: Any, chat: WebChat) -> None:
    first = await chat.say("i want a thriller, my husband says nothing with blood or horror")
    assert "horror" in applied(first).get("exclude_genres", []), first.text
    turn = await chat.say("and he says no subtitles, so english speaking countries only, us or uk")
    got = applied(turn)
    assert "thriller" in got.get("genres", []) and turn.items, turn.text
    assert set(got.get("countries", [])) <= {"United States", "United Kingdom"}, got
    assert all(set(i["countries"]) & {"United States", "United Kingdom"} for i in turn.items), turn.text


async def test_a_kind_said_with_a_turned_down_topic_is_no_wish(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("he wants action and i want comedy, so an action comedy? but no superhero stuff with sci fi")
    got = applied(turn)
    assert {"action", "comedy"} <= set(got.get("genres", [])), got
    assert "sci-fi" in got.get("exclude_genres", []) and "sci-fi" not in got.get("genres", []), got
