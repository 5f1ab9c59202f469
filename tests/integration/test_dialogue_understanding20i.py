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
from checks import assert_like_list

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
OZARK = "s2768"
DANCE_DREAMS = "s1637"    # Dance Dreams: Hot Chocolate Nutcracker
CAMARON = "s4768"         # Camarón Revolution


async def test_an_everyday_word_slip_in_a_title_after_like(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("got anything like camaron evolution"), "Camarón Revolution", CAMARON)


async def test_a_title_by_its_part_after_the_colon(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("more stuff like hot chocolate nutcracker please"),
               "Dance Dreams: Hot Chocolate Nutcracker", DANCE_DREAMS)


async def test_the_part_after_the_colon_without_a_likeness_word_is_no_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a documentary about a hot chocolate nutcracker recipe")
    assert "like Dance Dreams" not in turn.text, turn.text


async def test_praise_then_a_misspelt_similar(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("ozark was so good, got anything similiar"), "Ozark", OZARK)


async def test_whats_similar_right_after_the_title(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("ozark whats similar"), "Ozark", OZARK)
