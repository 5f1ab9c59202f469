"""Dialogue round 20i through the real stack: titles said with an everyday-word slip, by their part after the colon,
praised then asked about with a misspelt "similar", and "whats similar" right after a title.

Mechanisms (nlu/extraction/names.py): ``_everyday_slip`` (a slip that makes an everyday word, beside the title's
other words said exactly), ``_add_title_tails`` / ``_unbacked_part`` (a title's distinctive part after its colon,
read with a likeness word or as the whole request), ``_MORE_AFTER_PRAISE_RE`` and ``_WHATS_SIMILAR_RE``. Phrasings
are this module's own.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
OZARK = "s2768"
DANCE_DREAMS = "s1637"    # Dance Dreams: Hot Chocolate Nutcracker
CAMARON = "s4768"         # Camarón Revolution
NOT_UNDERSTOOD = ("didn't quite get", "Which one do you mean", "More like which", "outside what I can help")


def _ids(turn: Any) -> list[str]:
    return [str(i["id"]) for i in turn.items]


def _like_list(turn: Any, title: str, item_id: str) -> None:
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert _ids(turn) and item_id not in _ids(turn), turn.text
    assert f"like {title}" in turn.text, turn.text


async def test_an_everyday_word_slip_in_a_title_after_like(stack: Any, chat: WebChat) -> None:
    _like_list(await chat.say("got anything like camaron evolution"), "Camarón Revolution", CAMARON)


async def test_a_title_by_its_part_after_the_colon(stack: Any, chat: WebChat) -> None:
    _like_list(await chat.say("more stuff like hot chocolate nutcracker please"),
               "Dance Dreams: Hot Chocolate Nutcracker", DANCE_DREAMS)


async def test_the_part_after_the_colon_without_a_likeness_word_is_no_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a documentary about a hot chocolate nutcracker recipe")
    assert "like Dance Dreams" not in turn.text, turn.text


async def test_praise_then_a_misspelt_similar(stack: Any, chat: WebChat) -> None:
    _like_list(await chat.say("ozark was so good, got anything similiar"), "Ozark", OZARK)


async def test_whats_similar_right_after_the_title(stack: Any, chat: WebChat) -> None:
    _like_list(await chat.say("ozark whats similar"), "Ozark", OZARK)
