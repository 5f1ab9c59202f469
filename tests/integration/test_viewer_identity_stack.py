"""Viewer identity over the REAL stack: a real-length Alexa account id gets a real search, and Rasa knows
the viewer only by their fixed-length viewer key (bot/identity.py), never by the channel's id."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from urllib.parse import quote

import aiohttp
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bot" / "channels"))

from alexa_testkit import envelope  # noqa: E402
from servers import Stack  # noqa: E402
from stack_env import RASA_TOKEN, viewer_key  # noqa: E402
from test_voice_stack import ask_alexa, assert_titles_are_short_comedies, speech_of, spoken_titles  # noqa: E402

pytestmark = pytest.mark.integration

ALEXA_ID = "amzn1.ask.account." + "AEXAMPLE7QZ3" * 17 + "ABCDEFGH"  # 230 characters, as real account ids are


async def tracker_status(rasa_url: str, sender_id: str) -> tuple[int, list[str]]:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{rasa_url}/conversations/{quote(sender_id, safe='')}/tracker",
                            params={"token": RASA_TOKEN}) as resp:
            tracker = await resp.json()
    return resp.status, [e.get("text") for e in tracker.get("events", []) if e.get("event") == "user"]


def test_a_230_character_alexa_id_gets_real_picks_under_its_viewer_key(stack: Stack) -> None:
    assert len(ALEXA_ID) == 230

    async def scenario() -> None:
        answer = await ask_alexa(stack.gateway_url, envelope(query="comedies under 40 minutes", user_id=ALEXA_ID))
        words = speech_of(answer)
        assert "can't search" not in words, words
        await assert_titles_are_short_comedies(stack.gateway_url, spoken_titles(words))
        status, heard = await tracker_status(stack.rasa_url, viewer_key("alexa", ALEXA_ID))
        assert status == 200 and "comedies under 40 minutes" in heard
        # Rasa never saw the account id: no tracker has it as its sender
        _, raw_heard = await tracker_status(stack.rasa_url, f"alexa:{ALEXA_ID}")
        assert raw_heard == []
    asyncio.run(scenario())
