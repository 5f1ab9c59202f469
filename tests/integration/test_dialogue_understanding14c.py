"""Dialogue round 14c through the real stack (people in free text), every pick judged on its catalog record.
Phrasings are this module's own; the people are those of tests/fixtures/netflix_small.csv.

Classes: a person spelt by ear in either word ("seth rogan", "bill murrey") is the person, an everyday word beside
no such name stays a word; a famous surname alone before a genre word is the person, and when they made nothing of
that kind the turn says so rather than dropping them; an English word a slip away from a surname is no person.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat, parsed
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

SCORSESE = "Martin Scorsese"  # 12 credits in the fixture catalog: its one well-known Scorsese


def people(stack: Any, text: str) -> list[tuple[str, str]]:
    """The people the running NLU reads in ``text``."""
    return [(entity, value) for entity, value, _ in parsed(stack.rasa_url, text) if entity in ("actor", "director")]


async def test_a_surname_spelt_by_ear_is_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("seth rogan comedies")
    assert applied(turn).get("actors") == ["Seth Rogen"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Seth Rogen" in (r.get("cast") or []))


async def test_a_name_with_a_slip_after_a_cue_is_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything with bill murrey")
    assert applied(turn).get("actors") == ["Bill Murray"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Bill Murray" in (r.get("cast") or []))


def test_everyday_words_near_names_stay_words(stack: Any) -> None:
    for text in ("a documentary about an eddy current", "smith comedy", "something young adult"):
        assert people(stack, text) == [], text


def test_an_english_word_a_slip_from_a_surname_is_no_person(stack: Any) -> None:
    for text in ("he just punches people", "my son says he punches everybody in those"):
        assert people(stack, text) == [], text


async def test_a_misspelt_surname_before_a_genre_word_is_the_director(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("scorcese gangster movies")
    assert applied(turn).get("directors") == [SCORSESE], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: SCORSESE in (r.get("directors") or []))


async def test_a_famous_surname_with_a_genre_they_never_made_finds_nothing_honestly(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("scorsese romcom")
    assert applied(turn).get("directors") == [SCORSESE], applied(turn)
    assert not turn.items, turn.text
    assert "couldn't find" in turn.text, turn.text
