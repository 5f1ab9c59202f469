"""Dialogue round 24b through the real stack: follow-ups as edits of the current search.

Classes (phrasings are this module's own; the fixture catalog):
1. "just any <kind> then", "anything for a <n> year old", "whatever he has then" replace the part they generalise
   (constraints._GIVES_UP_RE, edits.settles_for_audience, edits._WHATEVER_THE_PERSON_RE);
2. after an empty answer, "a different <kind> ... then" / "fine, just his <kind> then" drop what emptied the search
   (constraints.settles_after_nothing, planning._same_person, planning._same_company);
3. "other <person> films" after a title's card, "<title> is one right? others" leave that title out
   (planning._other_than_the_title_in_talk, planning.counted_in_the_search);
4. "we've had all of those, new ones please": the whole list seen, every constraint kept (edits._REPEATS_RE);
5. "his movies then" after his stand-up: his films without the specials (constraints.fiction_drops_forms);
6. "something else british for her then" after an empty person search: the person goes, the cap stays;
7. "a bit longer, maybe around 100 would be fine" after a ceiling: a window around 100 (cues.hedged_minutes_beside_
   comparative, planning._relative_edits_only);
8. a decade right after "other" stays ("other 70s dramas?": years "year-bare").
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration

SCORSESE = "Martin Scorsese"
DE_NIRO = "Robert De Niro"
DEPARTED = "The Departed"
GOODFELLAS = "GoodFellas"
YOUNG_CAPS = {"TV-Y", "TV-G", "G", "TV-Y7", "TV-Y7-FV", "PG", "TV-PG"}


def _titles(turn: Any) -> list[str]:
    return [str(i.get("title")) for i in turn.items]


# -- 1 -------------------------------------------------------------------------------------------------------------

async def test_just_any_kind_then_after_nothing_keeps_only_that_kind(stack: Any, chat: WebChat) -> None:
    await chat.say("a sports anime film")
    turn = await chat.say("just any anime film then")
    got = applied(turn)
    assert got.get("genres") == ["anime"] and got.get("media_type") == ["movie"], (turn.text, got)
    assert shown_ids(turn), turn.text


async def test_anything_for_a_child_of_an_age_drops_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("a G rated horror film for my little one")
    turn = await chat.say("ok then anything for a four year old")
    got = applied(turn)
    assert "horror" not in (got.get("genres") or []) and got.get("audience") == "preschool", (turn.text, got)
    assert shown_ids(turn), turn.text


async def test_whatever_he_has_then_keeps_the_director_drops_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("something by martin scorsese")
    await chat.say("his horror films")
    turn = await chat.say("fine, whatever he has then")
    got = applied(turn)
    assert got.get("directors") == [SCORSESE] and not got.get("genres"), (turn.text, got)
    assert shown_ids(turn), turn.text


# -- 2 -------------------------------------------------------------------------------------------------------------

async def test_a_different_kind_then_drops_the_director_that_emptied_it(stack: Any, chat: WebChat) -> None:
    await chat.say("anything by scorsese that my 5 year old could watch")
    turn = await chat.say("figured. a different comedy film that's fine for her then")
    got = applied(turn)
    assert got.get("genres") == ["comedy"] and got.get("media_type") == ["movie"], (turn.text, got)
    assert not got.get("directors") and set(got.get("ratings") or []) <= YOUNG_CAPS, (turn.text, got)
    assert shown_ids(turn), turn.text


async def test_just_his_kind_then_drops_the_format_that_emptied_it(stack: Any, chat: WebChat) -> None:
    await chat.say("bill murray series")
    turn = await chat.say("fine, just his comedies then")
    got = applied(turn)
    assert got.get("actors") == ["Bill Murray"] and got.get("genres") == ["comedy"], (turn.text, got)
    assert not got.get("media_type") and shown_ids(turn), (turn.text, got)


# -- 3 -------------------------------------------------------------------------------------------------------------

async def test_other_films_of_the_director_leave_out_the_card(stack: Any, chat: WebChat) -> None:
    await chat.say("do you have the departed")
    turn = await chat.say("other martin scorsese films")
    assert shown_ids(turn) and DEPARTED not in _titles(turn), turn.text


async def test_a_title_said_to_be_one_of_them_is_left_out(stack: Any, chat: WebChat) -> None:
    first = await chat.say("robert de niro")
    assert shown_ids(first), first.text
    turn = await chat.say("GoodFellas is one right? others")
    got = applied(turn)
    assert got.get("actors") == [DE_NIRO] and not got.get("similar_to"), (turn.text, got)
    assert GOODFELLAS not in _titles(turn), turn.text


# -- 4 -------------------------------------------------------------------------------------------------------------

async def test_repeats_ask_for_fresh_titles_of_the_same_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedy series")
    turn = await chat.say("we've had all of those, new ones please")
    got = applied(turn)
    assert got.get("genres") == ["comedy"] and got.get("media_type") == ["series"], (turn.text, got)
    assert not got.get("year_min") and not got.get("recent_years"), (turn.text, got)
    assert shown_ids(turn) and not set(shown_ids(turn)) & set(shown_ids(first)), turn.text


# -- 5 -------------------------------------------------------------------------------------------------------------

async def test_his_movies_after_his_stand_up_leave_the_specials_out(stack: Any, chat: WebChat) -> None:
    await chat.say("patton oswalt stand-up")
    turn = await chat.say("ok his movies then")
    got = applied(turn)
    assert got.get("actors") == ["Patton Oswalt"] and "stand-up" in (got.get("exclude_genres") or []), (turn.text, got)
    assert shown_ids(turn) and not any(t.startswith("Patton Oswalt:") for t in _titles(turn)), turn.text


# -- 6 -------------------------------------------------------------------------------------------------------------

async def test_something_else_for_her_then_drops_the_person_keeps_the_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("films with robert de niro for my 6 year old")
    turn = await chat.say("ok, something else british for her then")
    got = applied(turn)
    assert got.get("countries") == ["United Kingdom"] and not got.get("actors"), (turn.text, got)
    assert got.get("audience") in ("preschool", "kids", "family") or (
        got.get("ratings") and set(got["ratings"]) <= YOUNG_CAPS), (turn.text, got)


# -- 7 -------------------------------------------------------------------------------------------------------------

async def test_a_number_said_with_longer_is_a_window_around_it(stack: Any, chat: WebChat) -> None:
    await chat.say("a film for the kids, 80 min max")
    turn = await chat.say("a bit longer, maybe around 100 would be fine")
    got = applied(turn)
    assert got.get("min_minutes") == 90 and got.get("max_minutes") == 110, (turn.text, got)
    assert got.get("media_type") == ["movie"], (turn.text, got)


# -- 8 -------------------------------------------------------------------------------------------------------------

async def test_a_decade_after_other_stays_after_a_card(stack: Any, chat: WebChat) -> None:
    await chat.say("do you have goodfellas")
    turn = await chat.say("cool, any other 70s dramas?")
    got = applied(turn)
    assert got.get("year_min") == 1970 and got.get("year_max") == 1979, (turn.text, got)
    assert "drama" in (got.get("genres") or []), (turn.text, got)
