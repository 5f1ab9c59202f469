"""The privacy actions against the REAL recommender (gateway subprocess over the fixture catalog, the
action server's token): the summary names what was liked, deletion needs the confirmation it asked for
and says what it deleted, export gives a working signed link, and the switch is kept."""

from __future__ import annotations

import json
import urllib.request
import uuid
from typing import Any, Optional

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402
from real_recommender import api_post  # noqa: E402,F401

from actions.privacy import (  # noqa: E402
    DELETE_PENDING, ActionPersonalization, ActionPrivacyDelete, ActionPrivacyExport, ActionPrivacySummary,
)
from contract import plain, wording  # noqa: E402
from contract.payloads import CONVERSATION_ERASE, from_rasa  # noqa: E402

ACTIONS = {"privacy_summary": ActionPrivacySummary, "privacy_export": ActionPrivacyExport,
           "privacy_delete": ActionPrivacyDelete, "privacy_delete_confirm": ActionPrivacyDelete,
           "personalization_off": ActionPersonalization, "personalization_on": ActionPersonalization}


async def say(sender: str, intent: str, slots: dict[str, Any], text: Optional[str] = None) -> tuple[str, list]:
    latest = {"intent": {"name": intent, "confidence": 0.9}, "entities": [], "text": text or intent}
    dispatcher = CollectingDispatcher()
    events = await ACTIONS[intent]().run(dispatcher, Tracker(sender, dict(slots), latest, [], False, None, {},
                                                             "action_listen"), {})
    for e in events:
        if e["event"] == "slot":
            slots[e["name"]] = e["value"]
    shown = [text for m in dispatcher.messages if (text := plain.render(from_rasa(m)))]
    return "\n".join(shown), events + [{"event": "bot_message", "custom": m.get("custom")} for m in dispatcher.messages]


async def test_summary_then_confirmed_deletion_leaves_nothing(api: str) -> None:
    me, slots = f"test:{uuid.uuid4().hex[:12]}", {}
    assert api_post(api, "/api/feedback", {"user_id": me, "item_id": "s608", "kind": "like"})[0] == 200
    text, _ = await say(me, "privacy_summary", slots, "what do you know about me?")
    assert "you liked The Strangers" in text
    text, _ = await say(me, "privacy_delete_confirm", slots, "yes, delete my data")
    assert text.startswith(wording.PRIVACY_DELETE_NOT_ASKED)  # nothing was asked: nothing deleted
    text, _ = await say(me, "privacy_delete", slots, "forget me")
    assert text.startswith(wording.PRIVACY_DELETE_ASK) and slots[DELETE_PENDING] is True
    text, events = await say(me, "privacy_delete_confirm", slots, "/privacy_delete_confirm")  # the button
    assert text == "Done: I deleted 1 like and this conversation. I no longer keep anything about you."
    assert any(e["event"] == "restart" for e in events)
    # and the gateway that ran the turn is told to erase the stored conversation once Rasa has saved it
    assert {"type": CONVERSATION_ERASE} in [e.get("custom") for e in events]
    text, _ = await say(me, "privacy_summary", {}, "what do you know about me?")
    assert text.startswith(wording.PRIVACY_NOTHING)


async def test_export_link_downloads_the_viewers_data(api: str) -> None:
    me = f"test:{uuid.uuid4().hex[:12]}"
    api_post(api, "/api/feedback", {"user_id": me, "item_id": "s533", "kind": "seen"})
    text, _ = await say(me, "privacy_export", {}, "download my data")
    path = text[text.index("/api/profile/export?link="):].split()[0]
    with urllib.request.urlopen(api + path, timeout=30) as resp:  # no token: the link is the credential
        data = json.loads(resp.read())
    assert [(f["kind"], f["item_id"]) for f in data["feedback"]] == [("seen", "s533")]


async def test_personalisation_switch(api: str) -> None:
    me = f"test:{uuid.uuid4().hex[:12]}"
    text, _ = await say(me, "personalization_off", {}, "stop personalizing")
    assert text == wording.PERSONALIZATION_OFF
    text, _ = await say(me, "privacy_summary", {}, "what do you know about me?")
    assert "Personalised picks are off" in text
    text, _ = await say(me, "personalization_on", {}, "start personalizing")
    assert text == wording.PERSONALIZATION_ON


async def test_typed_yes_right_after_the_question_confirms(api: str) -> None:
    me, slots = f"test:{uuid.uuid4().hex[:12]}", {}
    api_post(api, "/api/feedback", {"user_id": me, "item_id": "s608", "kind": "seen"})
    text, _ = await say(me, "privacy_delete", slots, "yes, delete my data")  # nothing asked yet: ask
    assert text.startswith(wording.PRIVACY_DELETE_ASK)
    text, _ = await say(me, "privacy_delete", slots, "yes, delete my data")
    assert text.startswith("Done: I deleted 1 seen title"), text


async def test_forget_it_is_a_no_not_a_deletion_request(api: str) -> None:
    me, slots = f"test:{uuid.uuid4().hex[:12]}", {}
    text, events = await say(me, "privacy_delete", slots, "forget it")
    assert wording.PRIVACY_DELETE_ASK not in text and DELETE_PENDING not in slots
