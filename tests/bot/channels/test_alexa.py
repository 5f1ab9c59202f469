"""``POST /voice/alexa`` against the real gateway app: request kinds, refusals, the 8-second rule.

Requests are signed with the test CA's signing key exactly as Alexa signs them; the app's verifier
trusts that CA. Where a test needs to see what reaches Rasa, the router is a recording stand-in.
"""

from __future__ import annotations

import asyncio
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from alexa_testkit import SKILL_ID, USER_ID, body_bytes, envelope, signed_headers, timestamp
from bot.channels import alexa
from bot.conversation import ConversationKey
from contract.payloads import HandoffState
from contract.wording import BOT_UNAVAILABLE
from voice_testkit import (  # the client and router fixtures are used by name
    ClientFactory, RecordingRouter, recommendations_reply, sample_items, voice_app, voice_settings, client, router,
)


async def post_signed(client: TestClient, data: dict[str, Any] | bytes, **header_overrides: str) -> Any:
    body = data if isinstance(data, bytes) else body_bytes(data)
    headers = signed_headers(body) | header_overrides
    return await client.post("/voice/alexa", data=body, headers=headers)


async def ok_json(resp: Any) -> dict[str, Any]:
    assert resp.status == 200, await resp.text()
    return await resp.json()


def spoken(body: dict[str, Any]) -> str:
    ssml = body["response"]["outputSpeech"]["ssml"]
    assert body["response"]["outputSpeech"]["type"] == "SSML"
    return "".join(ET.fromstring(ssml).itertext())


# --- request kinds --------------------------------------------------------------------------------


async def test_launch_greets_and_says_what_to_ask(client: TestClient, router: RecordingRouter) -> None:
    body = await ok_json(await post_signed(client, envelope("LaunchRequest", new_session=True)))
    assert body["version"] == "1.0"
    assert "comedies under 40 minutes" in spoken(body)
    assert body["response"]["shouldEndSession"] is False
    assert body["response"]["reprompt"]["outputSpeech"]["type"] == "SSML"
    assert router.calls == []


async def test_search_query_goes_through_the_router_and_comes_back_as_speech(
        client: TestClient, router: RecordingRouter) -> None:
    body = await ok_json(await post_signed(client, envelope(query="comedies under 40 minutes")))
    assert router.calls == [(ConversationKey("alexa", USER_ID), "comedies under 40 minutes")]
    words = spoken(body)
    assert "First, Laugh & Learn, from 2019, about 30 minutes." in words
    assert "Second, Office <Party>, from 2021, 40 minutes." in words
    assert 'And third, Short "Jokes"' in words and "Fourth One" not in words
    assert "&amp;" in body["response"]["outputSpeech"]["ssml"]
    assert body["response"]["shouldEndSession"] is False
    assert "Want something else, or shorter?" in body["response"]["reprompt"]["outputSpeech"]["ssml"]
    assert body["response"]["card"]["type"] == "Simple" and "Fourth One" in body["response"]["card"]["content"]


@pytest.mark.parametrize(("intent", "query", "text"), [
    ("ExcludeIntent", "horror", "no horror"),
    ("SimilarIntent", "stranger things", "something like stranger things"),
    ("SeenIntent", "the second one", "I've seen the second one"),
    ("ShorterIntent", None, '/refine{"duration":"shorter"}'),
    ("SomethingElseIntent", None, "/something_else"),
    ("AMAZON.YesIntent", None, "/affirm"),
    ("AMAZON.NoIntent", None, "no"),
    ("HumanIntent", None, "/human_handoff"),
])
async def test_each_intent_reaches_the_bot_with_its_meaning(
        client: TestClient, router: RecordingRouter, intent: str, query: str | None, text: str) -> None:
    await ok_json(await post_signed(client, envelope(intent=intent, query=query)))
    assert router.calls[-1][1] == text


async def test_session_id_is_the_key_when_there_is_no_user_id(client: TestClient, router: RecordingRouter) -> None:
    data = envelope(query="dramas")
    del data["context"]["System"]["user"]
    del data["session"]["user"]
    await ok_json(await post_signed(client, data))
    assert router.calls[0][0] == ConversationKey("alexa", "amzn1.echo-api.session.TEST")


async def test_help_explains_and_keeps_listening(client: TestClient, router: RecordingRouter) -> None:
    body = await ok_json(await post_signed(client, envelope(intent="AMAZON.HelpIntent")))
    assert "For example" in spoken(body)
    assert body["response"]["shouldEndSession"] is False and "reprompt" in body["response"]
    assert router.calls == []


@pytest.mark.parametrize("intent", ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"])
async def test_stop_cancel_and_home_say_goodbye_and_end_the_session(client: TestClient, intent: str) -> None:
    body = await ok_json(await post_signed(client, envelope(intent=intent)))
    assert spoken(body) == alexa.GOODBYE
    assert body["response"]["shouldEndSession"] is True
    assert "reprompt" not in body["response"]


@pytest.mark.parametrize(("intent", "query"), [
    ("AMAZON.FallbackIntent", None), ("FindMediaIntent", None), ("FindMediaIntent", "   "), ("SomeNewIntent", "x"),
])
async def test_fallback_and_empty_queries_ask_again(client: TestClient, router: RecordingRouter,
                                                    intent: str, query: str | None) -> None:
    body = await ok_json(await post_signed(client, envelope(intent=intent, query=query)))
    assert "didn't catch that" in spoken(body)
    assert body["response"]["shouldEndSession"] is False
    assert router.calls == []


async def test_session_ended_gets_an_empty_200(client: TestClient) -> None:
    resp = await post_signed(client, envelope("SessionEndedRequest", reason="USER_INITIATED"))
    assert await ok_json(resp) == {"version": "1.0", "response": {}}


async def test_unknown_request_types_get_an_empty_200(client: TestClient) -> None:
    body = await ok_json(await post_signed(client, envelope("System.ExceptionEncountered")))
    assert body == {"version": "1.0", "response": {}}


async def test_handoff_reply_says_a_person_follows_up_and_ends_the_session(
        aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    router = RecordingRouter([HandoffState("waiting", reason="requested")])
    client = await aiohttp_client(voice_app(voice_settings(tmp_path), router))
    body = await ok_json(await post_signed(client, envelope(intent="HumanIntent")))
    assert "follow up in the mediabot app or on Telegram" in spoken(body)
    assert body["response"]["shouldEndSession"] is True


async def test_rasa_down_is_answered_honestly(aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    client = await aiohttp_client(voice_app(voice_settings(tmp_path)))  # real router, Rasa port closed
    body = await ok_json(await post_signed(client, envelope(query="comedies")))
    assert BOT_UNAVAILABLE in spoken(body)
    assert body["response"]["shouldEndSession"] is False


async def test_a_broken_router_gets_an_apology_not_an_error(aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    client = await aiohttp_client(voice_app(voice_settings(tmp_path), RecordingRouter(fail=True)))
    body = await ok_json(await post_signed(client, envelope(query="comedies")))
    assert "something went wrong" in spoken(body)


# --- inside Alexa's 8 seconds ---------------------------------------------------------------------


async def test_a_slow_bot_is_answered_in_time_and_the_late_answer_is_reused(
        aiohttp_client: ClientFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(alexa.AlexaSkill, "budget_s", 0.3)
    router = RecordingRouter(recommendations_reply(sample_items()), delay_s=0.6)
    client = await aiohttp_client(voice_app(voice_settings(tmp_path), router))
    loop = asyncio.get_running_loop()
    started = loop.time()
    first = await ok_json(await post_signed(client, envelope(query="comedies")))
    assert loop.time() - started < 0.55
    assert "taking longer than usual" in spoken(first)
    assert first["response"]["shouldEndSession"] is False
    await asyncio.sleep(0.5)  # the bot finishes in the background
    again = await ok_json(await post_signed(client, envelope(query="Comedies")))
    assert "Laugh & Learn" in spoken(again)
    assert len(router.calls) == 1  # asked once, answered on the retry


# --- refusals: 4xx with a JSON reason, never a 500 ------------------------------------------------


async def error_of(resp: Any, status: int) -> str:
    assert resp.status == status, await resp.text()
    body = await resp.json()
    assert body["message"]
    return body["error"]


async def test_a_bad_signature_is_refused_with_401(client: TestClient, router: RecordingRouter) -> None:
    good = body_bytes(envelope(query="comedies"))
    resp = await client.post("/voice/alexa", data=good.replace(b"comedies", b"thriller"),
                             headers=signed_headers(good))
    assert await error_of(resp, 401) == "bad_signature"
    assert router.calls == []


async def test_an_unsigned_request_is_refused(client: TestClient) -> None:
    resp = await client.post("/voice/alexa", data=body_bytes(envelope()), headers={"Content-Type": "application/json"})
    assert await error_of(resp, 401) == "missing_signature"


async def test_a_stale_request_is_refused_with_400(client: TestClient, router: RecordingRouter) -> None:
    resp = await post_signed(client, envelope(query="comedies", ts=timestamp(-200)))
    assert await error_of(resp, 400) == "stale_request"
    assert router.calls == []


async def test_another_skill_is_refused_with_403(client: TestClient) -> None:
    resp = await post_signed(client, envelope(query="comedies", skill_id="amzn1.ask.skill.not-ours"))
    assert await error_of(resp, 403) == "wrong_application"


async def test_without_a_configured_skill_id_alexa_is_refused(aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    client = await aiohttp_client(voice_app(voice_settings(tmp_path, alexa_skill_id=""), RecordingRouter()))
    assert await error_of(await post_signed(client, envelope()), 403) == "skill_not_configured"


async def test_a_bad_certificate_url_is_refused(client: TestClient) -> None:
    resp = await post_signed(client, envelope(), SignatureCertChainUrl="https://evil.example/echo.api/c.pem")
    assert await error_of(resp, 401) == "bad_cert_url"


async def test_signed_non_json_is_refused_with_400(client: TestClient) -> None:
    assert await error_of(await post_signed(client, b"{not json"), 400) == "invalid_json"


async def test_signed_json_that_is_not_an_object_is_refused(client: TestClient) -> None:
    assert await error_of(await post_signed(client, b"[1, 2, 3]"), 400) == "invalid_json"


async def test_deeply_nested_json_is_refused_not_crashed(client: TestClient) -> None:
    assert await error_of(await post_signed(client, b"[" * 50_000 + b"]" * 50_000), 413) == "payload_too_large"
    assert await error_of(await post_signed(client, b"[" * 20_000 + b"]" * 20_000), 400) == "invalid_json"


async def test_an_envelope_without_a_request_is_refused(client: TestClient) -> None:
    data = envelope()
    del data["request"]
    assert await error_of(await post_signed(client, data), 400) == "invalid_request"


async def test_wrongly_typed_fields_are_refused(client: TestClient) -> None:
    data = envelope(query="comedies")
    data["request"]["intent"]["slots"] = ["not", "a", "map"]
    assert await error_of(await post_signed(client, data), 400) == "invalid_request"


async def test_an_oversized_body_is_refused_with_413(client: TestClient) -> None:
    data = envelope(query="x" * (alexa.MAX_BODY_BYTES + 10))
    assert await error_of(await post_signed(client, data), 413) == "payload_too_large"


async def test_an_empty_body_is_refused(client: TestClient) -> None:
    resp = await client.post("/voice/alexa", data=b"")
    assert await error_of(resp, 400) == "empty_body"


async def test_very_long_utterances_are_trimmed(client: TestClient, router: RecordingRouter) -> None:
    await ok_json(await post_signed(client, envelope(query="funny " * 500)))
    assert len(router.calls[0][1]) <= alexa.MAX_UTTERANCE_CHARS


async def test_with_verification_switched_off_the_skill_id_is_still_checked(
        aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    router = RecordingRouter()
    client = await aiohttp_client(voice_app(voice_settings(tmp_path, alexa_verify_signatures=False), router))
    ok = await client.post("/voice/alexa", data=json.dumps(envelope(query="comedies", ts=timestamp(-9999))))
    assert ok.status == 200 and router.calls
    foreign = await client.post("/voice/alexa", data=json.dumps(envelope(skill_id="amzn1.ask.skill.other")))
    assert await error_of(foreign, 403) == "wrong_application"


def test_the_skill_id_in_the_testkit_is_what_settings_carry(tmp_path: Path) -> None:
    assert voice_settings(tmp_path).alexa_skill_id == SKILL_ID


async def test_an_unexpected_failure_while_verifying_is_a_401_not_a_500(
        aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    from alexa_testkit import shared_ca
    from bot.channels.alexa_verify import AlexaVerifier

    class BrokenFetcher:
        async def fetch(self, url: str) -> bytes:
            raise RuntimeError("unexpected")

    app = voice_app(voice_settings(tmp_path), RecordingRouter(), AlexaVerifier([shared_ca().root], BrokenFetcher()))
    client = await aiohttp_client(app)
    assert await error_of(await post_signed(client, envelope()), 401) == "cannot_verify"


@pytest.mark.parametrize("data", [
    envelope(query="comedies", ts=timestamp(-200)),                       # a replay
    envelope(query="comedies", skill_id="amzn1.ask.skill.not-ours"),      # another skill
])
async def test_cheap_refusals_happen_before_any_certificate_is_fetched(
        aiohttp_client: ClientFactory, tmp_path: Path, data: dict[str, Any]) -> None:
    from alexa_testkit import CERT_URL, StaticFetcher, shared_ca, shared_signing_cert
    from bot.channels.alexa_verify import AlexaVerifier

    fetcher = StaticFetcher({CERT_URL: shared_signing_cert().chain_pem()})
    app = voice_app(voice_settings(tmp_path), RecordingRouter(), AlexaVerifier([shared_ca().root], fetcher))
    client = await aiohttp_client(app)
    assert (await post_signed(client, data)).status in (400, 403)
    assert fetcher.calls == []
