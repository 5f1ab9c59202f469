"""Dialogue round 20j through the real stack: formal and old-fashioned English (phrasings are this module's own).

Classes: "picture(s)" is the film format, never a query word (nlu/extraction/media.py), and "picture" as an image
or a verb is none; a century said as the time of release bounds the years — the last / previous / twentieth
century up to 1999, this century from 2000 (years.py; round 21f's popular reading); "something serious" asks for a drama (genres.COMPACT) while
"nothing too serious" stays a light evening; a catalog director's distinctive surname alone beside a film word or
an admirer's words is that director (names._body_of_work_cue).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration

BLUE_RUIN = "s6343"  # tests/fixtures/netflix_small.csv: directed by Jeremy Saulnier



async def test_pictures_are_films_not_a_query_word(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("I should like some comedy pictures, if you please")
    assert applied(turn).get("media_type") == ["movie"], applied(turn)
    assert "picture" not in str(applied(turn).get("query") or "").lower(), applied(turn)
    assert "comedy" in (applied(turn).get("genres") or []), applied(turn)


async def test_picture_as_a_verb_is_not_read_as_the_format(stack: Any, chat: WebChat) -> None:
    # the verb is left to the query (whatever format the trained model reads elsewhere in the message)
    turn = await chat.say("picture this: a quiet evening and a good comedy")
    assert "picture" in str(applied(turn).get("query") or "").lower(), applied(turn)


async def test_the_last_century_is_up_to_1999(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama from the previous century, please")  # the fixture has no pre-2000 thriller film
    assert applied(turn).get("year_max") == 1999, applied(turn)
    assert turn.items and all(int(i["year"]) <= 1999 for i in turn.items), turn.text


async def test_this_century_is_from_2000(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("dramas from this century")
    assert applied(turn).get("year_min") == 2000, applied(turn)


async def test_something_serious_is_a_drama(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("I'd like something rather serious this evening")
    assert "drama" in (applied(turn).get("genres") or []), applied(turn)


async def test_nothing_too_serious_is_no_drama(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film, but nothing too serious")
    assert "drama" not in (applied(turn).get("genres") or []), applied(turn)


async def test_an_admirer_of_a_directors_surname_gets_his_films(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("My husband is an admirer of Saulnier. Which of his pictures do you carry?")
    assert applied(turn).get("directors") == ["Jeremy Saulnier"], applied(turn)
    assert BLUE_RUIN in shown_ids(turn), turn.text
    assert not {"admirer", "carry"} & set(str(applied(turn).get("query") or "").lower().split()), applied(turn)


async def test_have_you_a_title_answers_with_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Good afternoon. Have you 'Blue Ruin'?")
    assert "didn't quite get" not in turn.text, turn.text
    assert BLUE_RUIN in shown_ids(turn) or "Blue Ruin" in turn.text, turn.text


async def test_have_you_seen_a_title_is_no_availability_question(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("have you seen Blue Ruin? something like it please")
    assert BLUE_RUIN not in shown_ids(turn), turn.text
