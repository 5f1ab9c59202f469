"""Review 1 mends (B) through the real stack: a pronoun that stands for a companion, or for one of several people
named together, excludes nobody (finding 7); a film kind or studio the vocabulary lacks, said alone, is never a person
the catalog lacks (finding 10). Phrasings are this module's own."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

NOT_IN_CATALOG = "I don't have anything with or by"


# -- finding 7: "without him" about a companion -----------------------------------------------------------------------

async def test_a_companion_named_between_keeps_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("I really like Nicolas Cage. my boyfriend is away tonight, so a film i can watch without him")
    await checked_picks(stack.gateway_url, turn, lambda r: "Nicolas Cage" in r["cast"])


async def test_a_pronoun_turned_down_still_excludes_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("nicolas cage again? my sister agrees, a film without him")
    assert "Nicolas Cage" not in (applied(turn).get("actors") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Nicolas Cage" not in r["cast"])


# -- finding 10: kinds and studios said alone --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["wuxia please", "kaiju. something huge and noisy", "blumhouse movies"])
async def test_a_kind_or_studio_said_alone_is_no_missing_person(stack: Any, chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    assert NOT_IN_CATALOG not in turn.text, turn.text
