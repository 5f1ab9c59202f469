"""Round 29's mends through the real stack: a hedged length beside "shorter" after a list is a ceiling at it; a
compact word's conventional format ("rom com ones") narrows the search shown without switching its format; the
search's actor put by a pronoun in a director's work keeps the actor beside the director. Phrasings are this
module's own; the fixture catalog (comedies of many lengths, Korean series, Scorsese's films with their casts)."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


async def test_a_hedged_length_beside_shorter_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy film under 110 minutes")
    turn = await chat.say("a tad shorter, say 75")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert got.get("max_minutes") == 75 and not got.get("min_minutes"), got
    await checked_picks(stack.gateway_url, turn,
                        lambda r: runtime_at_most(75)(r) and "comedy" in (r.get("genres") or []))


async def test_a_conventional_format_narrows_without_switching(stack: Any, chat: WebChat) -> None:
    await chat.say("korean dramas please")
    turn = await chat.say("any rom com ones in there")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    if turn.recommendations is not None:
        assert applied(turn).get("media_type") == ["series"], applied(turn)
    assert "movies only" not in turn.text, turn.text


async def test_the_actor_stays_beside_the_director(stack: Any, chat: WebChat) -> None:
    await chat.say("robert de niro movies")
    turn = await chat.say("got any with him in a scorsese film")
    got = applied(turn)
    assert got.get("actors") == ["Robert De Niro"] and got.get("directors") == ["Martin Scorsese"], got
    await checked_picks(stack.gateway_url, turn, lambda r: "Robert De Niro" in (r.get("cast") or []))
