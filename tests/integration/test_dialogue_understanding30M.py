"""Round 30's own mends through the real stack: a word stretched for emphasis reads as the word meant (the
extractor and the intent classifier's tokenizer); a follow-up asking for women performers ranks the search shown by
it. Phrasings are this module's own; the fixture catalog (stand-up specials, comedies, horror)."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied

pytestmark = pytest.mark.integration


async def test_a_stretched_no_turns_the_genre_down(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a movie tonight, noooo horror though")
    assert "horror" in (applied(turn).get("exclude_genres") or []), applied(turn)


async def test_a_stretched_more_asks_for_more(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies")
    turn = await chat.say("mooooore")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert applied(turn).get("genres") == ["comedy"], applied(turn)
    assert not {i["id"] for i in turn.items} & {i["id"] for i in first.items}


async def test_a_gender_wish_ranks_the_search_shown(stack: Any, chat: WebChat) -> None:
    await chat.say("stand-up specials")
    turn = await chat.say("women only if you can")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert "stand-up" in (got.get("genres") or []) and "women" in (got.get("query") or ""), got


async def test_a_topic_said_with_instead_replaces_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("romantic movies")
    turn = await chat.say("zombie films instead")
    got = applied(turn)
    assert "romance" not in (got.get("genres") or []) + (got.get("any_genres") or []), got
    assert "zombie" in (got.get("query") or ""), got
