"""Dialogue round 17e through the real stack: who is watching and people (nlu/extraction/{audience,kin,names,
unknown_people}.py, contract/vocabulary.py AGE_AUDIENCE). Phrasings are this module's own, on the fixture catalog.

Classes: Netflix's age bands (a 7 year old may watch PG); a viewer's own grown-up age, said in number words, is no cap;
kin in the viewer's family history are nobody watching; "cleaner" after a list is the clean cap; a cast cue away from
the name ("with him", "in his … days") reads an actor-director as cast, a bare name the role with more credits, a
particle surname the person; interjections and everyday words are never people the catalog lacks.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied, checked_picks

pytestmark = pytest.mark.integration

NOT_HERE = "I don't have anything"


# -- 1. Netflix's bands: PG is fine from 7 -----------------------------------------------------------------------------

async def test_children_of_seven_and_ten_may_watch_pg(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my girls are 7 and 10 and their nan is mad about neil patrick harris, anything of his for them?")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Neil Patrick Harris" in r["cast"] and r["rating"] in FAMILY)


# -- 2. a viewer's own grown-up age is no cap --------------------------------------------------------------------------

async def test_a_viewers_age_in_number_words_is_no_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("I am seventy-one years old and robert de niro has long been a favourite. what of his is here?")
    assert not applied(turn).get("audience"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Robert De Niro" in r["cast"])


# -- 3. ancestors are not company --------------------------------------------------------------------------------------

async def test_kin_in_the_family_history_put_no_cap_on_the_country(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my great grandparents emigrated from poland and i have never watched anything polish")
    assert not applied(turn).get("audience"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Poland" in r["countries"])


# -- 4. "cleaner" after a list -----------------------------------------------------------------------------------------

async def test_cleaner_after_a_list_is_the_clean_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("movies with seth rogen")
    turn = await chat.say("hmm got any cleaner ones?")
    # grown-ups asking for cleaner: the family band's ratings as a cap, not the family audience (round 19c)
    assert set(applied(turn).get("ratings") or []) == set(FAMILY) and applied(turn).get("audience") != "family", \
        applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Seth Rogen" in r["cast"] and r["rating"] in FAMILY)


# -- 5. the role of a person -------------------------------------------------------------------------------------------

async def test_a_cast_cue_away_from_the_name_reads_the_actor(stack: Any, chat: WebChat) -> None:
    # Louis C.K. is credited as often directing as acting in the fixture catalog: bare, he is the director
    turn = await chat.say("I liked louis c.k. back in his early days. what do you have with him?")
    assert applied(turn).get("actors") == ["Louis C.K."], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Louis C.K." in r["cast"])


async def test_a_particle_surname_alone_is_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("de niro")
    assert NOT_HERE not in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "Robert De Niro" in r["cast"])


# -- 6. interjections and everyday words are nobody --------------------------------------------------------------------

async def test_an_interjection_after_a_list_is_no_person(stack: Any, chat: WebChat) -> None:
    await chat.say("a heist movie")
    turn = await chat.say("Wonderful. And one more along the same lines")
    assert NOT_HERE not in turn.text and "Wonderful" not in turn.text, turn.text


async def test_an_everyday_word_before_movie_is_no_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("postgame movie w the lads, something loud")
    assert NOT_HERE not in turn.text and "Postgame" not in turn.text, turn.text
