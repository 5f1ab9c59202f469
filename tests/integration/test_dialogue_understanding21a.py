"""Dialogue round 21a through the real stack: everyday words are never a person the catalog lacks.

Classes (phrasings are this module's own):
1. an everyday pair opening a request ("savage request", "Rich Favour to ask") — a catalog given name first (Savage,
   Rich) or the viewer's capitals — was answered "I don't have anything with or by Savage Request"; the general
   English dictionary (nlu/extraction/english.py, typos.everyday_english) says the words are everyday English, and the
   request is answered (nlu/extraction/unknown_people.py);
2. a one-word title typed with two vowels swapped ("hannabil") was an unknown person; it is a slip of a title word
   (unknown_people._slip_of_a_title_word with names.vowels_swapped).
Near misses: a name the catalog lacks is still answered "I don't have"; a catalog person whose surname is a word
(Will Smith) is still that person.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration

NOT_HERE = "I don't have anything with or by"


async def test_an_everyday_pair_is_no_unknown_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("ok, savage request now - stand-up comedy please")
    assert NOT_HERE not in turn.text, turn.text
    assert shown_ids(turn), turn.text
    assert "stand-up" in str(applied(turn).get("genres")), applied(turn)


async def test_capitalised_everyday_words_are_no_unknown_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Rich Favour to ask: a cooking show")
    assert NOT_HERE not in turn.text, turn.text
    assert shown_ids(turn), turn.text


async def test_a_title_word_with_vowels_swapped_is_no_unknown_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("hannabil")
    assert NOT_HERE not in turn.text, turn.text


async def test_a_name_the_catalog_lacks_is_still_said_so(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything with Jessica Wobblebottom?")
    assert NOT_HERE in turn.text and "Jessica Wobblebottom" in turn.text, turn.text
    assert not shown_ids(turn), turn.text
