"""Issue 8's "Done when", as one viewer on the REAL stack (gateway + Rasa with the real NLU + action server
+ recommender) across two channels: the web chat and Telegram (through the local fake of the Bot API,
test_telegram_stack.py). The viewer links the two, sets a standing audience on Telegram that caps the
web chat's searches, likes and dislikes in words, asks why a title was picked (its liked title moved it
up), asks what is known on the
other channel, downloads it, deletes it all after a confirmation — and asking again on either channel
shows nothing."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from chat import WebChat
from contract import wording
from contract.vocabulary import ratings_for_audience
from test_privacy_stack import download
from test_telegram_stack import FIRST_TURN_S, TelegramViewer, telegram  # noqa: F401 - the fixture is used by name

pytestmark = pytest.mark.integration

TELEGRAM_CHAT = 930001


async def on_telegram(viewer: TelegramViewer, text: str, timeout: float = 60.0) -> str:
    """One Telegram turn (the fake Bot API blocks while it waits), as the text of the bot's messages."""
    return "\n".join(m.text for m in await asyncio.to_thread(viewer.say, text, timeout))


async def test_link_cap_like_dislike_why_know_export_and_forget_across_two_channels(
        stack: Any, telegram: Any) -> None:
    phone = TelegramViewer(telegram, chat_id=TELEGRAM_CHAT)
    async with WebChat(stack.gateway_url) as web:
        issued = await web.say("link my account")
        code = issued.text.split("Your link code is ")[1][:6]
        linked = await on_telegram(phone, f"my code is {code}", FIRST_TURN_S)
        assert wording.LINKED in linked, linked

        capped = await on_telegram(phone, "only kids stuff from now on")
        assert "Got it: from now on, only titles for " in capped, capped
        picks = await web.say("comedies")  # the standing audience set on Telegram caps the web chat too
        kids = set(ratings_for_audience("family"))
        assert len(picks.items) >= 3 and all(i["rating"] in kids for i in picks.items), picks.text
        first, second = picks.items[:2]

        liked = await web.say("I loved the first one")
        assert first["title"] in liked.text, liked.text
        disliked = await web.say("the second one is not for me")  # says so, and shows fresh picks
        assert second["title"] in disliked.text and len(disliked.items) >= 3, disliked.text
        third = disliked.items[2]
        why = await web.say("why the third one?")  # the like moved it up, and the answer says so
        assert why.text.startswith(f"I picked {third['title']}"), why.text
        assert wording.because_you_liked(first["title"]) in why.text, why.text

        known = await on_telegram(phone, "what do you know about me?")
        assert known.startswith("Here's what I keep about you"), known
        for part in (f"you liked {first['title']}", f"you didn't like {second['title']}",
                     "your standing filter: only titles for ", "linked with 1 other channel"):
            assert part in known, (part, known)

        data = await download(stack.gateway_url, await on_telegram(phone, "download my data"))
        assert sorted((f["kind"], f["item_id"]) for f in data["feedback"]) == sorted(
            [("like", first["id"]), ("dislike", second["id"])])
        assert data["settings"]["audience"] == picks.recommendations["constraints"]["audience"]
        assert "telegram" not in data["viewer"] and "web" not in data["viewer"]  # the viewer key only

        ask = await web.say("delete my data")
        assert ask.text.startswith(wording.PRIVACY_DELETE_ASK) and ask.buttons, ask.text
        done = await web.say("yes, delete my data")
        assert done.text.startswith("Done: I deleted 1 like, 1 dislike, 1 link to another channel"), done.text
        assert "your settings" in done.text, done.text

        again_web = await web.say("what do you know about me?")
        assert again_web.text.startswith(wording.PRIVACY_NOTHING), again_web.text
    again_phone = await on_telegram(phone, "what do you know about me?")
    assert again_phone.startswith(wording.PRIVACY_NOTHING), again_phone
