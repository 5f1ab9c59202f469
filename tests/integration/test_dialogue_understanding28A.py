"""Dialogue round 28A through the real stack: a subject ruled out ("no superhero stuff", "nothing about ghosts") is a
hard constraint of the search, ``exclude_topics``: no title shown has a word of its family (or a related word) in its
name or synopsis, the rest of the request holds, a follow-up ruling a subject out keeps the search's genre, and
"actually <subject> is fine" lets it in again. Phrasings are this module's own; the fixture catalog (it holds action
films about superheroes, kids' titles about ghosts and zombies, comedies about weddings).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks

pytestmark = pytest.mark.integration

_SUPERHERO = re.compile(r"super[\s-]?hero|superpower", re.IGNORECASE)
_GHOST_OR_ZOMBIE = re.compile(r"ghost|haunt|zombi|undead|poltergeist", re.IGNORECASE)
_WEDDING = re.compile(r"wedding|\bbrides?\b|\bgrooms?\b", re.IGNORECASE)


def _text(r: dict[str, Any]) -> str:
    return f"{r.get('title') or ''} {r.get('description') or ''}"


def _without(pattern: re.Pattern[str], genre: str | None = None):
    return lambda r: not pattern.search(_text(r)) and (genre is None or genre in (r.get("genres") or []))


async def test_action_films_with_superheroes_ruled_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("no superhero stuff, action films please")
    await checked_picks(stack.gateway_url, turn, lambda r: _without(_SUPERHERO, "action")(r) and r["type"] == "movie")
    assert applied(turn).get("exclude_topics") == ["superhero"], applied(turn)
    assert "nothing about superheroes" in turn.text, turn.text


async def test_a_follow_up_ruling_subjects_out_keeps_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("some cartoons for my kids")
    turn = await chat.say("nothing about ghosts or zombies though")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    await checked_picks(stack.gateway_url, turn, _without(_GHOST_OR_ZOMBIE, "kids"))
    assert set(applied(turn).get("exclude_topics") or []) == {"ghost", "zombie"}, applied(turn)


async def test_a_subject_let_in_again(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy movie please")
    turn = await chat.say("no wedding stuff")
    await checked_picks(stack.gateway_url, turn, _without(_WEDDING, "comedy"))
    turn = await chat.say("actually weddings are fine")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert not applied(turn).get("exclude_topics"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in (r.get("genres") or []))
