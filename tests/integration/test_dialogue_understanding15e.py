"""Dialogue round 15e through the real stack: a "like" title described, not named. Every pick is judged on its catalog
record. Phrasings are this module's own.

Class: after a likeness cue, a title the viewer only describes ("the <plot words> show", "the one where …") is taken
for the catalog title its words single out (actions/described_anchor.py): the picks are titles like it, never the
title itself, and the answer says which title it took. A kind of title, a wish, or a description too vague to single
one title out stays the search it was.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
BREAKING_BAD = "s5941"  # a high school chemistry teacher ... manufacturing and selling crystal meth
CASTLEVANIA = "s891"    # a vampire hunter fights ... an army ... controlled by Dracula


async def test_a_title_described_by_its_plot_is_liked_not_shown(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything in the vein of that show where a chemistry teacher ends up selling crystal meth?")
    assert applied(turn).get("similar_to") == BREAKING_BAD, applied(turn)
    assert not applied(turn).get("query"), applied(turn)
    assert "Taking that to be Breaking Bad" in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != BREAKING_BAD)


async def test_a_title_described_by_its_topic_words_drops_the_words_of_its_kind(stack: Any, chat: WebChat) -> None:
    # "cartoon" says what the described title is, not what the viewer wants: no kids genre is asked for
    turn = await chat.say("more stuff like the vampire hunter cartoon with dracula in it")
    assert applied(turn).get("similar_to") == CASTLEVANIA, applied(turn)
    assert "kids" not in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != CASTLEVANIA)


async def test_a_format_asked_beside_the_description_is_kept(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("looking for movies along the lines of the vampire hunter series where dracula has an army")
    assert applied(turn).get("similar_to") == CASTLEVANIA, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and r["id"] != CASTLEVANIA)


async def test_a_kind_of_title_after_like_stays_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something like a bank robbery movie")
    assert not applied(turn).get("similar_to"), applied(turn)
    assert "Taking that to be" not in turn.text, turn.text


async def test_a_vague_description_stays_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got anything like the funny one with the dog?")
    assert "Taking that to be" not in turn.text, turn.text
