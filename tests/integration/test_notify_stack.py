""""Tell me when" in conversation over the REAL stack (web chat → gateway → Rasa with the real NLU →
action server → the gateway's subscriptions API → the recommender's database): save a search, list it,
cancel one by what it names, stop everything; and a voice channel says honestly that it cannot notify."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from chat import WebChat
from contract import wording
from stack_env import VOICE_SECRET

pytestmark = pytest.mark.integration


async def test_subscribe_list_and_stop(chat: WebChat) -> None:
    korean = await chat.say("let me know when new korean dramas arrive")
    assert korean.text.startswith("Done: I'll message you when new titles arrive for"), korean.text
    assert "drama" in korean.text.lower() and "korea" in korean.text.lower(), korean.text
    horror = await chat.say("tell me when new horror movies come out")
    assert horror.text.startswith("Done: I'll message you"), horror.text

    listed = await chat.say("what alerts do I have")
    assert listed.text.startswith("I'll message you when new titles arrive for:"), listed.text
    assert "1. " in listed.text and "2. " in listed.text and "3. " not in listed.text, listed.text

    one = await chat.say("stop the horror alert")
    assert one.text.startswith("Done: I stopped watching for") and "horror" in one.text.lower(), one.text
    left = await chat.say("what alerts do I have")
    assert "horror" not in left.text.lower() and "2. " not in left.text, left.text
    await chat.say("notify me when there are new documentaries")
    named = await chat.say("cancel the korean one")
    assert named.text.startswith("Done: I stopped watching for") and "korea" in named.text.lower(), named.text
    last = await chat.say("what alerts do I have")
    assert "documentar" in last.text.lower() and "korea" not in last.text.lower(), last.text

    stopped = await chat.say("stop notifying me")
    assert stopped.text == wording.notify_cancelled([], everything=True), stopped.text
    none = await chat.say("what alerts do I have")
    assert none.text == wording.NOTIFY_NONE, none.text


async def test_subscribing_to_the_current_search(chat: WebChat) -> None:
    await chat.say("comedies under 40 minutes")
    saved = await chat.say("let me know when more of these are added")
    assert saved.text.startswith("Done: I'll message you") and "comed" in saved.text.lower(), saved.text
    assert "40 min" in saved.text, saved.text


async def test_a_voice_channel_says_it_cannot_notify(stack: Any) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{stack.gateway_url}/voice/webhook",
                             json={"user_id": "it-notify-speaker", "text": "let me know when new korean dramas arrive"},
                             headers={"Authorization": f"Bearer {VOICE_SECRET}"}) as resp:
            assert resp.status == 200, await resp.text()
            answer = await resp.json()
    assert answer["text"].startswith(wording.NOTIFY_CANNOT), answer  # then the voice channel's own prompt


async def test_cancelling_by_position_in_the_listed_order(chat: WebChat) -> None:
    await chat.say("tell me when new horror movies come out")
    await chat.say("notify me when there are new documentaries")
    await chat.say("what alerts do I have")
    gone = await chat.say("cancel the second one")
    assert gone.text.startswith("Done: I stopped watching for") and "documentar" in gone.text.lower(), gone.text
    left = await chat.say("what alerts do I have")
    assert "horror" in left.text.lower() and "documentar" not in left.text.lower(), left.text
