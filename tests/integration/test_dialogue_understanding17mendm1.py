"""Mend of dialogue round 17d through the real stack (nlu/extraction/{negation,durations}.py): readings that went too
far. A wish said before a closing dislike stays asked for; violence turned down beside a kind named by its topic word
keeps the kind; a title fitting an occasion is no runtime ceiling. Phrasings are this module's own."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration


def _excluded(turn: Any) -> set[str]:
    return set(applied(turn).get("exclude_genres") or [])


async def test_a_wish_before_a_closing_dislike_stays_asked_for(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy for tonight, the slasher ones, my brother hates them")
    assert "comedy" in (applied(turn).get("genres") or []), applied(turn)
    assert "horror" in _excluded(turn) and "comedy" not in _excluded(turn), applied(turn)


async def test_violence_turned_down_beside_a_topic_kind_keeps_the_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a gangster series but without bloodshed")
    assert not _excluded(turn) & {"crime", "thriller", "action"}, applied(turn)


async def test_a_title_fitting_an_occasion_is_no_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film fitting for a cosy sunday, roughly two hours")
    assert applied(turn).get("max_minutes") != 120, applied(turn)
