"""Dialogue round 26d through the real stack: people in free text (phrasings and people are this module's own; the
fixture catalog tests/fixtures/netflix_small.csv).

Classes:
1. a person named with a work word and the availability words ("<director> films on here?", "what has <director>
   directed on netflix") asks for their titles — directed by them, for a director — never for one title to identify
   (actions/identification.py ``asks_for_a_persons_work``);
2. a person the catalog lacks, with a hyphen-joined given name, gets the honest "I don't have anything with or by …"
   with the rest of the request a button away (nlu/extraction/unknown_people.py), and a later "… with her then" is
   still that person, never silently dropped (actions/unknown_people.py ``unknown_people_pointed_at``);
3. fights, punches, chases beside a person ask for their action titles (nlu/extraction/activities.py);
4. the narco kind is crime (nlu/extraction/genres.py).
The near-namesake rule (contract/namesakes.py) needs a catalog with a minor and a prolific namesake, which the fixture
lacks: it is tested in tests/nlu/test_people_in_free_text26d.py and tests/actions/test_namesakes_and_pointed_people26d.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

_NO_PERSON = "anything with or by"  # the apology for a person the catalog lacks
_NOT_SURE = "not sure which title"


# -- 1 -------------------------------------------------------------------------------------------------------------

async def test_a_directors_films_asked_for_here_are_their_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("karan johar films on here?")
    assert _NOT_SURE not in turn.text, turn.text
    got = applied(turn)
    assert got.get("directors") == ["Karan Johar"], (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "Karan Johar" in r.get("directors", []), min_items=2)


async def test_what_a_director_made_on_the_service_is_their_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what has youssef chahine directed on netflix")
    assert _NOT_SURE not in turn.text, turn.text
    got = applied(turn)
    assert got.get("directors") == ["Youssef Chahine"], (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "Youssef Chahine" in r.get("directors", []))


# -- 2 -------------------------------------------------------------------------------------------------------------

async def test_a_hyphen_named_person_the_catalog_lacks_is_said_and_stays_said(stack: Any, chat: WebChat) -> None:
    await chat.say("some korean shows please")
    turn = await chat.say("what about something with kang ho-jin? my sister is obsessed")
    assert _NO_PERSON in turn.text and "Kang Ho-jin" in turn.text and not turn.items, turn.text
    turn = await chat.say("ok a movie with her then")
    assert _NO_PERSON in turn.text and "Kang Ho-jin" in turn.text and not turn.items, turn.text
    assert turn.buttons, turn.text  # the rest of the request, without her


# -- 3 -------------------------------------------------------------------------------------------------------------

async def test_punches_beside_an_actor_ask_for_their_action_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("danny trejo punching people")
    got = applied(turn)
    assert got.get("actors") == ["Danny Trejo"] and got.get("genres") == ["action"] and not got.get("query"), \
        (turn.text, got)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "Danny Trejo" in r.get("cast", []) and "action" in r["genres"])


# -- 4 -------------------------------------------------------------------------------------------------------------

async def test_the_narco_kind_is_crime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("series from spain, the narco sort")
    got = applied(turn)
    assert "crime" in (got.get("genres") or []) and not got.get("query"), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "crime" in r["genres"] and r["type"] == "series")
