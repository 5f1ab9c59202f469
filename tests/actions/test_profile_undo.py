"""Taking a signal back in words (actions/profile.py) against the REAL recommender: the words pick which
signal goes, the title is resolved like any feedback, and the answer says what was forgotten."""

from __future__ import annotations

import uuid

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402
from real_recommender import api_post  # noqa: E402,F401

from actions.profile import ActionFeedbackUndo, kinds_named  # noqa: E402
from contract import plain, wording  # noqa: E402
from contract.payloads import from_rasa  # noqa: E402

SHOWN = [{"id": "s608", "title": "The Strangers"}, {"id": "s533", "title": "Scream"}]


def test_the_words_name_the_signal() -> None:
    assert kinds_named("I haven't actually seen Dark") == ("seen",)
    assert kinds_named("remove my like of Narcos") == ("like",)
    assert kinds_named("I didn't like it after all, undo that") == ("dislike",)
    assert kinds_named("take it back") == ("like", "dislike", "seen")


async def undo(user: str, text: str, position: str) -> str:
    latest = {"intent": {"name": "feedback_undo", "confidence": 0.9}, "text": text,
              "entities": [{"entity": "position", "value": position}]}
    dispatcher = CollectingDispatcher()
    await ActionFeedbackUndo().run(dispatcher, Tracker(user, {"last_items": SHOWN}, latest, [], False, None, {},
                                                       "action_listen"), {})
    return "\n".join(plain.render(from_rasa(m)) for m in dispatcher.messages)


def total(api: str, user: str) -> int:
    status, body = api_post(api, "/api/recommendations", {"constraints": {"genres": ["horror"]}, "user_id": user})
    assert status == 200, body
    return body["total_matches"]


async def test_i_havent_actually_seen_it_brings_the_title_back(api: str) -> None:
    me = f"test:{uuid.uuid4().hex[:12]}"
    before = total(api, me)
    api_post(api, "/api/feedback", {"user_id": me, "item_id": "s608", "kind": "seen"})
    api_post(api, "/api/feedback", {"user_id": me, "item_id": "s533", "kind": "like"})
    assert total(api, me) == before - 2
    text = await undo(me, "I haven't actually seen the first one", "1")
    assert text == "Done: I've forgotten that you've seen it for The Strangers. It can show up in your picks again."
    assert total(api, me) == before - 1
    text = await undo(me, "remove my like of the second one", "2")
    assert "your like for Scream" in text and total(api, me) == before
    text = await undo(me, "remove my like of the second one", "2")
    assert text.startswith("I had nothing recorded about Scream")


# --- linking channels ----------------------------------------------------------------------------------

from actions.profile import ActionLinkAccount, ActionLinkCode, ActionUnlink, code_in  # noqa: E402


async def run(action: type, user: str, text: str) -> str:
    latest = {"intent": {"name": "x", "confidence": 0.9}, "text": text, "entities": []}
    dispatcher = CollectingDispatcher()
    await action().run(dispatcher, Tracker(user, {}, latest, [], False, None, {}, "action_listen"), {})
    return "\n".join(plain.render(from_rasa(m)) for m in dispatcher.messages)


def test_codes_are_read_typed_or_spelled_out() -> None:
    assert code_in("my code is k7m2qx") == code_in("My code is K 7 M 2 Q X") == code_in("K7M-2QX") == "K7M2QX"
    assert code_in("the code is ABCDEF") == "ABCDEF" and code_in("hello there") is None
    assert code_in("my code is k seven m two q x") == "K7M2QX"  # as Alexa transcribes a spelled code


async def test_a_code_from_one_channel_links_another(api: str) -> None:
    telegram, web = f"telegram:{uuid.uuid4().hex[:8]}", f"web:{uuid.uuid4().hex[:8]}"
    api_post(api, "/api/feedback", {"user_id": telegram, "item_id": "s608", "kind": "seen"})
    text = await run(ActionLinkAccount, telegram, "link my account")
    code = text.split("Your link code is ")[1][:6]
    assert await run(ActionLinkCode, web, f"my code is {' '.join(code.lower())}") == wording.LINKED
    assert total(api, web) == total(api, telegram)  # the web chat now hides what was seen on Telegram
    assert await run(ActionLinkCode, web, f"my code is {code}") == wording.LINK_CODE_INVALID  # single use
    assert await run(ActionUnlink, web, "unlink this channel") == wording.UNLINKED
    assert await run(ActionUnlink, web, "unlink this channel") == wording.NOT_LINKED
    assert total(api, web) == total(api, telegram) + 1


# --- standing filters ------------------------------------------------------------------------------------

from actions.profile import ActionStanding  # noqa: E402


async def standing(user: str, intent: str, text: str, entities: list) -> str:
    latest = {"intent": {"name": intent, "confidence": 0.9}, "text": text, "entities": entities}
    dispatcher = CollectingDispatcher()
    await ActionStanding().run(dispatcher, Tracker(user, {}, latest, [], False, None, {}, "action_listen"), {})
    return "\n".join(plain.render(from_rasa(m)) for m in dispatcher.messages)


async def test_standing_filters_are_set_from_the_words_and_cleared(api: str) -> None:
    me = f"telegram:{uuid.uuid4().hex[:8]}"
    text = await standing(me, "standing_filter", "only kids stuff from now on, and never horror",
                          [{"entity": "audience", "value": "kids"}, {"entity": "genre", "value": "horror", "role": "exclude"}])
    assert text.startswith("Got it: from now on, only titles for young kids and never horror"), text
    status, body = api_post(api, "/api/recommendations", {"user_id": me, "limit": 10})
    assert body["constraints"]["audience"] == "kids" and body["constraints"]["exclude_genres"] == ["horror"]
    assert await standing(me, "standing_filter", "from now on please", []) == wording.STANDING_WHAT
    assert await standing(me, "standing_clear", "forget my settings", []) == wording.STANDING_CLEARED
    status, body = api_post(api, "/api/recommendations", {"user_id": me, "limit": 10})
    assert "audience" not in body["constraints"]
