"""``POST /voice/webhook``: the generic voice webhook (Home Assistant, Siri Shortcuts)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.channels import voice
from bot.conversation import ConversationKey
from contract.payloads import HandoffState
from contract.wording import BOT_UNAVAILABLE
from voice_testkit import (  # the client and router fixtures are used by name
    SECRET, ClientFactory, RecordingRouter, voice_app, voice_settings, client, router,
)

AUTH = {"Authorization": f"Bearer {SECRET}"}


async def post(client: TestClient, body: Any, headers: dict[str, str] | None = None) -> Any:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return await client.post("/voice/webhook", data=data,
                             headers={"Content-Type": "application/json", **(AUTH if headers is None else headers)})


async def refused(resp: Any, status: int, code: str) -> dict[str, Any]:
    assert resp.status == status, await resp.text()
    body = await resp.json()
    assert body["error"] == code and body["message"]
    return body


async def test_answers_with_ssml_text_and_end_session(client: TestClient, router: RecordingRouter) -> None:
    resp = await post(client, {"user_id": "kitchen-speaker", "text": "  comedies   under 40 minutes ", "locale": "en-US"})
    assert resp.status == 200
    body = await resp.json()
    assert set(body) == {"speech_ssml", "text", "end_session"}
    assert router.calls == [(ConversationKey("voice", "kitchen-speaker"), "comedies under 40 minutes")]
    assert "".join(ET.fromstring(body["speech_ssml"]).itertext()) == body["text"]
    assert "First, Laugh & Learn, from 2019, about 30 minutes." in body["text"]
    assert body["end_session"] is False


async def test_locale_is_optional(client: TestClient) -> None:
    assert (await post(client, {"user_id": "u1", "text": "dramas"})).status == 200


async def test_handoff_ends_the_session(aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    router = RecordingRouter([HandoffState("waiting", reason="requested")])
    client = await aiohttp_client(voice_app(voice_settings(tmp_path), router))
    body = await (await post(client, {"user_id": "u1", "text": "a person please"})).json()
    assert body["end_session"] is True and "follow up in the mediabot app or on Telegram" in body["text"]


async def test_rasa_down_is_answered_honestly(aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    client = await aiohttp_client(voice_app(voice_settings(tmp_path)))
    body = await (await post(client, {"user_id": "u1", "text": "comedies"})).json()
    assert BOT_UNAVAILABLE in body["text"]


# --- authentication -------------------------------------------------------------------------------


async def test_missing_token_is_401(client: TestClient, router: RecordingRouter) -> None:
    await refused(await post(client, {"user_id": "u", "text": "hi"}, headers={}), 401, "unauthorized")
    assert router.calls == []


async def test_wrong_token_is_401(client: TestClient) -> None:
    await refused(await post(client, {"user_id": "u", "text": "hi"}, headers={"Authorization": "Bearer nope"}),
                  401, "unauthorized")


async def test_no_secret_configured_disables_the_webhook(aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    client = await aiohttp_client(voice_app(voice_settings(tmp_path, voice_webhook_secret=""), RecordingRouter()))
    await refused(await post(client, {"user_id": "u", "text": "hi"}), 403, "webhook_disabled")


async def test_auth_is_checked_before_the_body_is_read(client: TestClient) -> None:
    await refused(await post(client, b"x" * (voice.MAX_BODY_BYTES + 1), headers={}), 401, "unauthorized")


# --- validation: each field, each way it can be wrong ---------------------------------------------


@pytest.mark.parametrize(("body", "field"), [
    ({"text": "hi"}, "user_id"),
    ({"user_id": "u"}, "text"),
    ({"user_id": "", "text": "hi"}, "user_id"),
    ({"user_id": "has space", "text": "hi"}, "user_id"),
    ({"user_id": "u" * 129, "text": "hi"}, "user_id"),
    ({"user_id": 42, "text": "hi"}, "user_id"),
    ({"user_id": "u", "text": ""}, "text"),
    ({"user_id": "u", "text": " \n\t "}, "text"),
    ({"user_id": "u", "text": ["hi"]}, "text"),
    ({"user_id": "u", "text": "a" * (voice.MAX_TEXT_CHARS + 1)}, "text"),
    ({"user_id": "u", "text": "hi", "locale": "english please"}, "locale"),
    ({"user_id": "u", "text": "hi", "locale": 7}, "locale"),
    ({"user_id": "u", "text": "hi", "extra": True}, "extra"),
])
async def test_invalid_fields_are_400_naming_the_field(client: TestClient, router: RecordingRouter,
                                                       body: dict[str, Any], field: str) -> None:
    reply = await refused(await post(client, body), 400, "invalid_request")
    assert field in reply["message"]
    assert router.calls == []


@pytest.mark.parametrize("raw", [b"not json", b"[]", b"null", b"\xff\xfe\x00garbage"])
async def test_non_object_bodies_are_400(client: TestClient, raw: bytes) -> None:
    await refused(await post(client, raw), 400, "invalid_json")


async def test_empty_body_is_400(client: TestClient) -> None:
    await refused(await post(client, b""), 400, "empty_body")


async def test_oversized_body_is_413(client: TestClient) -> None:
    await refused(await post(client, {"user_id": "u", "text": "x" * voice.MAX_BODY_BYTES}), 413, "payload_too_large")


async def test_a_broken_router_gets_a_spoken_apology_not_an_error(aiohttp_client: ClientFactory,
                                                                 tmp_path: Path) -> None:
    client = await aiohttp_client(voice_app(voice_settings(tmp_path), RecordingRouter(fail=True)))
    resp = await post(client, {"user_id": "u1", "text": "comedies"})
    assert resp.status == 200
    body = await resp.json()
    assert "something went wrong" in body["text"] and body["end_session"] is False


async def test_spoken_or_typed_slashes_never_forge_an_intent(client: TestClient, router: RecordingRouter) -> None:
    resp = await post(client, {"user_id": "kitchen-speaker", "text": "/ /restart"})
    assert resp.status == 200
    assert router.calls == [(ConversationKey("voice", "kitchen-speaker"), "restart")]


async def test_only_slashes_is_refused(client: TestClient, router: RecordingRouter) -> None:
    await refused(await post(client, {"user_id": "kitchen-speaker", "text": " / "}), 400, "invalid_request")
    assert router.calls == []
