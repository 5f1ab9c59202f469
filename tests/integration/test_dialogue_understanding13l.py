"""Dialogue round 13l through the real stack (NLU extraction classes), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: a catalog title holding a year ("dilan 1990 made me tear up, more like that") is the title, not a year; the
liked title said not to be offered back ("series like ozark, just not ozark itself") is the anchor, not a rejection;
a lowercase title as the subject of a sentence of liking ("the office us is my go-to show", "breaking bad was
unreal") is the title.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from chat import parsed as rasa_parse  # entities read by the running Rasa server
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

# Titles in tests/fixtures/netflix_small.csv
DILAN_ID, OZARK_ID, OFFICE_ID = "s2532", "s2768", "s8443"


def parsed(stack: Any, text: str) -> list[tuple[str, str, str | None]]:
    return rasa_parse(stack.rasa_url, text)


# -- a title that holds a year ------------------------------------------------------------------------------------


async def test_a_title_holding_a_year_is_the_title_not_a_year(stack: Any, chat: WebChat) -> None:
    entities = parsed(stack, "dilan 1990 made me tear up, more like that")
    assert ("title", "Dilan 1990", None) in entities or ("title", "Dilan 1990", "similar") in entities, entities
    assert not [e for e in entities if e[0] == "year"], entities
    turn = await chat.say("dilan 1990 made me tear up, more like that")
    constraints = applied(turn)
    assert not constraints.get("year_min") and not constraints.get("year_max"), constraints
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != DILAN_ID)


async def test_a_year_outside_a_title_slot_stays_a_year(stack: Any, chat: WebChat) -> None:
    entities = parsed(stack, "take us back to 1990 with a romance")
    assert ("year", "1990-1990", None) in entities, entities
    assert not [e for e in entities if e[0] == "title"], entities


# -- the liked title said not to be offered back -------------------------------------------------------------------


async def test_the_anchor_said_not_to_come_back_is_no_rejection(stack: Any, chat: WebChat) -> None:
    text = "series like ozark, but obviously not ozark itself"
    assert [e for e in parsed(stack, text) if e[0] == "title"] == [("title", "Ozark", "similar")]
    turn = await chat.say(text)
    assert "not your thing" not in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != OZARK_ID and r["type"] == "series")


async def test_a_mood_word_anchor_said_not_to_come_back_is_no_excluded_mood(stack: Any, chat: WebChat) -> None:
    entities = parsed(stack, "anything like dark except dark obviously")
    assert [e for e in entities if e[0] in ("title", "mood")] == [("title", "Dark", "similar")], entities


async def test_an_exclusion_without_a_liked_anchor_stays_an_exclusion(stack: Any, chat: WebChat) -> None:
    assert ("mood", "dark", "exclude") in parsed(stack, "nothing dark, something else entirely")


# -- a lowercase title as the subject of a sentence of liking -----------------------------------------------------


async def test_a_title_as_the_subject_of_liking_is_the_title(stack: Any, chat: WebChat) -> None:
    text = "the office us is my go-to show. what's similar"
    assert [e for e in parsed(stack, text) if e[0] == "title"] == [("title", "The Office (U.S.)", "similar")]
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != OFFICE_ID)


async def test_a_title_said_to_be_unreal_is_the_title(stack: Any, chat: WebChat) -> None:
    assert [e[1] for e in parsed(stack, "honestly the office us was unreal, any more?") if e[0] == "title"] == [
        "The Office (U.S.)"]


async def test_a_liking_sentence_inside_a_clause_names_no_title(stack: Any, chat: WebChat) -> None:
    assert [e for e in parsed(stack, "i think the office is my go-to place to nap") if e[0] == "title"] == []
