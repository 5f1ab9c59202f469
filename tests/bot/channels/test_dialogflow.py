"""``POST /voice/dialogflow``: Dialogflow CX WebhookRequest in, WebhookResponse out, bearer-authenticated."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.channels import dialogflow
from bot.conversation import ConversationKey
from contract.payloads import HandoffState
from voice_testkit import (  # the client and router fixtures are used by name
    SECRET, ClientFactory, RecordingRouter, voice_app, voice_settings, client, router,
)

SESSION = "projects/p1/locations/global/agents/a1/environments/draft/sessions/sess-123"
AUTH = {"Authorization": f"Bearer {SECRET}"}


def cx_request(text: str | None = "comedies under 40 minutes", **extra: Any) -> dict[str, Any]:
    """A WebhookRequest as CX sends it (trimmed): text, session, tag, language, page and parameters."""
    body: dict[str, Any] = {
        "detectIntentResponseId": "d1",
        "languageCode": "en",
        "fulfillmentInfo": {"tag": "mediabot"},
        "sessionInfo": {"session": SESSION, "parameters": {"x": 1}},
        "pageInfo": {"currentPage": "projects/p1/.../pages/START_PAGE", "displayName": "Start Page"},
        "intentInfo": {"lastMatchedIntent": "projects/p1/.../intents/00000000", "displayName": "Default Fallback"},
        "messages": [],
    }
    if text is not None:
        body["text"] = text
    body.update(extra)
    return body


async def answer(client: TestClient, body: dict[str, Any]) -> dict[str, Any]:
    resp = await client.post("/voice/dialogflow", json=body, headers=AUTH)
    assert resp.status == 200, await resp.text()
    return await resp.json()


def messages_of(body: dict[str, Any]) -> list[dict[str, Any]]:
    return body["fulfillmentResponse"]["messages"]


async def test_answers_with_text_ssml_and_the_items_payload(client: TestClient, router: RecordingRouter) -> None:
    body = await answer(client, cx_request())
    assert router.calls == [(ConversationKey("dialogflow", "sess-123"), "comedies under 40 minutes")]
    text, audio, payload = messages_of(body)
    assert "4. Fourth One" in text["text"]["text"][0]  # the complete list for screens
    spoken = "".join(ET.fromstring(audio["outputAudioText"]["ssml"]).itertext())
    assert "First, Laugh & Learn" in spoken and "Fourth One" not in spoken
    assert payload["payload"]["type"] == "recommendations"
    assert [i["id"] for i in payload["payload"]["items"]] == ["s1", "s2", "s3", "s4"]
    assert payload["payload"]["constraints"] == {"genres": ["comedy"], "max_minutes": 40}
    params = body["sessionInfo"]["parameters"]
    assert params["mediabot_item_ids"] == ["s1", "s2", "s3", "s4"]
    assert params["mediabot_handoff"] is None and params["mediabot_end_session"] is False


async def test_spoken_input_uses_the_transcript(client: TestClient, router: RecordingRouter) -> None:
    await answer(client, cx_request(None, transcript="family movies"))
    assert router.calls[0][1] == "family movies"


async def test_welcome_tag_or_no_words_greets_without_asking_the_bot(client: TestClient, router: RecordingRouter) -> None:
    for body in (cx_request("hi", fulfillmentInfo={"tag": "welcome"}), cx_request(None, triggerEvent="sys.no-input")):
        reply = await answer(client, body)
        assert "What are you in the mood for?" in messages_of(reply)[0]["text"]["text"][0]
    assert router.calls == []


async def test_a_bare_session_id_is_accepted(client: TestClient, router: RecordingRouter) -> None:
    await answer(client, cx_request(sessionInfo={"session": "abc-1"}))
    assert router.calls[0][0] == ConversationKey("dialogflow", "abc-1")


async def test_the_end_user_id_in_the_payload_is_the_viewer_across_sessions(
        client: TestClient, router: RecordingRouter) -> None:
    long_id = "amzn-like-" + "x" * 230  # any real length: the router hashes it into a viewer key
    await answer(client, cx_request(payload={"userId": long_id}))
    await answer(client, cx_request(payload={"userId": long_id}, sessionInfo={"session": "another-call"}))
    assert [key for key, _ in router.calls] == [ConversationKey("dialogflow", "user:" + long_id)] * 2


async def test_handoff_is_spoken_and_flagged(aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    router = RecordingRouter([HandoffState("waiting", reason="requested")])
    client = await aiohttp_client(voice_app(voice_settings(tmp_path), router))
    body = await answer(client, cx_request("talk to a person"))
    assert "follow up in the mediabot app or on Telegram" in messages_of(body)[0]["text"]["text"][0]
    payloads = [m["payload"] for m in messages_of(body) if "payload" in m]
    assert [(p["type"], p["status"]) for p in payloads] == [("handoff", "waiting")]
    assert body["sessionInfo"]["parameters"]["mediabot_handoff"] == "waiting"


async def test_a_slow_bot_gets_a_short_answer_within_cx_timeout(
        aiohttp_client: ClientFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogflow.DialogflowWebhook, "budget_s", 0.2)
    client = await aiohttp_client(voice_app(voice_settings(tmp_path), RecordingRouter(delay_s=1.0)))
    body = await answer(client, cx_request())
    assert "taking longer than usual" in messages_of(body)[0]["text"]["text"][0]


# --- authentication -------------------------------------------------------------------------------


async def status_and_code(resp: Any) -> tuple[int, str]:
    return resp.status, (await resp.json())["error"]


async def test_missing_bearer_token_is_401(client: TestClient, router: RecordingRouter) -> None:
    resp = await client.post("/voice/dialogflow", json=cx_request())
    assert await status_and_code(resp) == (401, "unauthorized")
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")
    assert router.calls == []


@pytest.mark.parametrize("header", [f"Bearer {SECRET}x", "Bearer ", f"Basic {SECRET}", SECRET])
async def test_wrong_credentials_are_401(client: TestClient, header: str) -> None:
    resp = await client.post("/voice/dialogflow", json=cx_request(), headers={"Authorization": header})
    assert await status_and_code(resp) == (401, "unauthorized")


async def test_without_a_configured_secret_the_webhook_is_disabled(aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    client = await aiohttp_client(voice_app(voice_settings(tmp_path, voice_webhook_secret=""), RecordingRouter()))
    resp = await client.post("/voice/dialogflow", json=cx_request(), headers={"Authorization": "Bearer "})
    assert await status_and_code(resp) == (403, "webhook_disabled")


# --- validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "code"), [
    (b"{nope", "invalid_json"),
    (b'"just a string"', "invalid_json"),
    (b'{"text": "hi"}', "invalid_request"),                                       # no sessionInfo
    (b'{"text": "hi", "sessionInfo": {"session": ""}}', "invalid_request"),
    (b'{"text": 42, "sessionInfo": {"session": "s"}}', "invalid_request"),
    (b'{"text": "hi", "sessionInfo": {"session": "projects/p/sessions/"}}', "invalid_request"),
])
async def test_malformed_requests_are_400(client: TestClient, body: bytes, code: str) -> None:
    resp = await client.post("/voice/dialogflow", data=body, headers=AUTH)
    assert await status_and_code(resp) == (400, code)


async def test_text_over_the_limit_is_400(client: TestClient) -> None:
    resp = await client.post("/voice/dialogflow", json=cx_request("a" * (dialogflow.MAX_TEXT_CHARS + 1)), headers=AUTH)
    assert await status_and_code(resp) == (400, "invalid_request")


async def test_oversized_body_is_413(client: TestClient) -> None:
    big = cx_request(padding="x" * (dialogflow.MAX_BODY_BYTES + 1))
    resp = await client.post("/voice/dialogflow", json=big, headers=AUTH)
    assert await status_and_code(resp) == (413, "payload_too_large")
