"""Dialogue round 22g through the real stack: people in viewers' words.

Classes (phrasings are this module's own):
1. the person a documentary is about ("a <name> doc", "docs on <name>") gets the documentaries naming them in the
   synopsis, the title or the cast (nlu/extraction/people_subjects.py, actions/subject_people.py); when none does, an
   honest "I don't have a documentary about <Name>", never generic documentaries;
2. a surname after a verb of appearing on screen ("narrated by") is read as cast, never as a director;
3. typo'd names reach the person (two words of a name typed as one, a doubled letter).
Near misses: a topic after "docs about" stays the topic; a catalog person before "doc" stays their credits (after
"a documentary about" they are the subject, their credits searched too).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
FANGIO = "s2787"    # A Life of Speed: The Juan Manuel Fangio Story (synopsis names him, no cast)
TATCHELL = "s861"   # Hating Peter Tatchell (title and synopsis)
MALALA = "s6945"    # He Named Me Malala (cast: Malala Yousafzai)
DINOSAUR_GIANT = "s7571"  # Nature: Raising the Dinosaur Giant (cast: David Attenborough)
DYLAN = ("s2633", "s3760")  # No Direction Home: Bob Dylan; Rolling Thunder Revue: A Bob Dylan Story by ...


async def test_a_documentary_about_someone_named_in_its_synopsis(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got a fangio doc?")
    assert shown_ids(turn) == [FANGIO], turn.text
    assert "about Fangio" in turn.text
    assert applied(turn).get("genres") == ["documentary"], applied(turn)


async def test_docs_on_a_full_name_and_one_in_the_cast(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any docs on peter tatchell")
    assert shown_ids(turn) == [TATCHELL], turn.text
    other = await chat.say("what about a documentary about malala")
    assert MALALA in shown_ids(other), other.text


async def test_nobody_named_is_said_honestly(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("is there a rihanna documentary")
    assert not shown_ids(turn), turn.text
    assert "documentary about Rihanna" in turn.text
    assert "Other documentaries" in [b["title"] for b in turn.buttons], turn.buttons


async def test_a_topic_after_docs_about_stays_the_topic(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("documentaries about cooking")
    assert shown_ids(turn) and "don't have a documentary" not in turn.text, turn.text
    assert applied(turn).get("query") == "cooking", applied(turn)


async def test_a_catalog_person_before_doc_is_their_credits(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("bob dylan doc")
    assert applied(turn).get("actors") == ["Bob Dylan"], applied(turn)


async def test_a_catalog_person_a_documentary_is_about(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any documentary about bob dylan?")
    assert set(DYLAN) <= set(shown_ids(turn)) and "about Bob Dylan" in turn.text, turn.text


async def test_narrated_by_a_surname_is_no_director(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something narrated by attenborough")
    assert not applied(turn).get("directors"), applied(turn)
    assert DINOSAUR_GIANT in shown_ids(turn), turn.text


@pytest.mark.parametrize("text, person", [
    ("shahrukh films", "Shah Rukh Khan"),          # two words of his name typed as one
    ("leonardo dicapprio", "Leonardo DiCaprio"),    # a doubled letter
])
async def test_a_typod_name_is_the_person(stack: Any, chat: WebChat, text: str, person: str) -> None:
    turn = await chat.say(text)
    assert applied(turn).get("actors") == [person], (turn.text, applied(turn))
