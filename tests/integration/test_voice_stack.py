"""Voice channels end to end over the REAL stack: gateway, Rasa server, action server, recommender.

A signed Alexa request (signed with a locally generated test CA's signing key, exactly as Alexa signs)
asking for "comedies under 40 minutes" must be answered with SSML whose titles are all comedies of at
most 40 minutes: each spoken title is matched to its catalog id and checked through GET /api/items/{id}.
A stale or tampered request is refused. The Dialogflow CX and generic webhooks answer the same
question over the same stack; CX's payload carries item ids, which are checked the same way, and the
list travels once (one recommendations payload, shown once on screens).

How the gateway trusts the test CA without any test-only code path: ``ALEXA_TRUSTED_ROOTS_PEM`` points
at the test root, and the test chain is placed in ``ALEXA_CERT_CACHE_DIR`` under the (rule-abiding)
certificate URL, where the production fetcher looks before downloading. Every verification step runs
as in production; no network is used.
"""

from __future__ import annotations

import asyncio
import re
import sys
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import Any

import aiohttp
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bot" / "channels"))

from alexa_testkit import (  # noqa: E402
    body_bytes,
    envelope,
    signed_headers,
    timestamp,
)
from servers import FIXTURE_CATALOG, Stack  # noqa: E402

pytestmark = pytest.mark.integration

from stack_env import VOICE_SECRET as SECRET  # noqa: E402
QUERY = "comedies under 40 minutes"
ORDINALS = ("First, ", "Second, ", "And third, ")
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=60)
SLOW_WORDS = "taking longer than usual"
WARM_UP_RETRIES = 30  # the first turn of a fresh stack warms up Rasa, the actions and the recommender


@pytest.fixture(scope="module")
def voice_stack(stack: Stack) -> Stack:
    """The session's real stack, which is configured for our skill id, test CA and voice secret."""
    return stack


@lru_cache(maxsize=1)
def catalog_titles() -> dict[str, list[str]]:
    """Title → catalog ids of the fixture catalog the stack serves (titles are not unique)."""
    from recommender.catalog.importers import parse_file

    titles: dict[str, list[str]] = {}
    for record in parse_file(FIXTURE_CATALOG, "netflix").records:
        titles.setdefault(record.title, []).append(record.source_id)
    return titles


def spoken_titles(words: str) -> list[str]:
    """Catalog titles named after "First, ", "Second, ", "And third, " (longest match wins)."""
    found = []
    for ordinal in ORDINALS:
        start = words.find(ordinal)
        if start < 0:
            continue
        rest = words[start + len(ordinal):]
        matches = [t for t in catalog_titles() if rest.startswith(t + ",") or rest.startswith(t + ".")]
        assert matches, f"no catalog title after {ordinal!r} in: {words}"
        found.append(max(matches, key=len))
    return found


async def items_by_id(gateway_url: str, ids: list[str]) -> list[dict[str, Any]]:
    async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as http:
        records = []
        for item_id in ids:
            async with http.get(f"{gateway_url}/api/items/{item_id}") as resp:
                assert resp.status == 200, item_id
                records.append(await resp.json())
        return records


def short_comedy(record: dict[str, Any], limit: int = 40) -> bool:
    minutes = record.get("duration_minutes")
    return "comedy" in record["genres"] and minutes is not None and minutes <= limit


async def assert_titles_are_short_comedies(gateway_url: str, titles: list[str], limit: int = 40) -> None:
    """Each spoken title is one of the catalog's items that satisfy the request (checked via the API)."""
    assert titles, "no titles were spoken"
    for title in titles:
        records = await items_by_id(gateway_url, catalog_titles()[title])
        assert any(short_comedy(r, limit) for r in records), (
            f"{title!r} is not a comedy of at most {limit} minutes: {records}")


async def post_alexa(gateway_url: str, data: dict[str, Any], *, tamper: bool = False) -> tuple[int, dict[str, Any]]:
    body = body_bytes(data)
    headers = signed_headers(body)
    if tamper:
        body = body.replace(b"comedies", b"horrors!")
    async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as http:
        async with http.post(f"{gateway_url}/voice/alexa", data=body, headers=headers) as resp:
            return resp.status, await resp.json()


def speech_of(answer: dict[str, Any]) -> str:
    ssml = answer["response"]["outputSpeech"]["ssml"]
    return "".join(ET.fromstring(ssml).itertext())


async def ask_alexa(gateway_url: str, data: dict[str, Any]) -> dict[str, Any]:
    """Like a viewer: if the first turn of a cold stack is slow, Alexa says so and we ask again (the
    gateway then answers from the turn that was still running, without asking Rasa twice)."""
    for _ in range(WARM_UP_RETRIES):
        data["request"]["timestamp"] = timestamp()
        status, answer = await post_alexa(gateway_url, data)
        assert status == 200, answer
        if SLOW_WORDS not in speech_of(answer):
            return answer
        await asyncio.sleep(2.0)
    raise AssertionError("the stack never answered within Alexa's budget")


async def post_until_answered(url: str, body: dict[str, Any]) -> dict[str, Any]:
    """POST a bearer-authenticated voice webhook call, asking again while the answer is "slow"."""
    async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as http:
        for _ in range(WARM_UP_RETRIES):
            async with http.post(url, json=body, headers={"Authorization": f"Bearer {SECRET}"}) as resp:
                assert resp.status == 200, await resp.text()
                answer = await resp.json()
            if SLOW_WORDS not in str(answer):
                return answer
            await asyncio.sleep(2.0)
    raise AssertionError(f"{url} never answered within its budget")


def test_signed_alexa_request_is_answered_with_short_comedies(voice_stack: Stack) -> None:
    async def scenario() -> None:
        user = "amzn1.ask.account.INTEGRATION-1"
        answer = await ask_alexa(voice_stack.gateway_url, envelope(query=QUERY, user_id=user))
        words = speech_of(answer)
        titles = spoken_titles(words)
        assert titles, f"no titles spoken: {words}"
        await assert_titles_are_short_comedies(voice_stack.gateway_url, titles)
        assert answer["response"]["shouldEndSession"] is False
        assert "reprompt" in answer["response"]

        # the viewer answers the reprompt "Want something else, or shorter?" with "shorter": still
        # comedies, now tighter than 40 minutes (the dialogue keeps 75% of the bound: 30 minutes)
        again = await ask_alexa(voice_stack.gateway_url, envelope(intent="ShorterIntent", user_id=user))
        await assert_titles_are_short_comedies(voice_stack.gateway_url, spoken_titles(speech_of(again)), limit=30)
    asyncio.run(scenario())


def test_stale_alexa_request_is_refused(voice_stack: Stack) -> None:
    status, answer = asyncio.run(post_alexa(voice_stack.gateway_url, envelope(query=QUERY, ts=timestamp(-300))))
    assert (status, answer["error"]) == (400, "stale_request")


def test_tampered_alexa_request_is_refused(voice_stack: Stack) -> None:
    status, answer = asyncio.run(post_alexa(voice_stack.gateway_url, envelope(query=QUERY), tamper=True))
    assert (status, answer["error"]) == (401, "bad_signature")


def test_dialogflow_payload_items_satisfy_the_request(voice_stack: Stack) -> None:
    async def scenario() -> None:
        request = {"text": QUERY, "languageCode": "en", "fulfillmentInfo": {"tag": "mediabot"},
                   "sessionInfo": {"session": "projects/p/locations/global/agents/a/sessions/it-cx-1"}}
        answer = await post_until_answered(f"{voice_stack.gateway_url}/voice/dialogflow", request)
        messages = answer["fulfillmentResponse"]["messages"]
        lists = [m["payload"] for m in messages if m.get("payload", {}).get("type") == "recommendations"]
        assert len(lists) == 1, lists  # the list travels once, in the payload
        items = lists[0]["items"]
        records = await items_by_id(voice_stack.gateway_url, [i["id"] for i in items])
        assert records and all(short_comedy(r) for r in records), [r["title"] for r in records]
        # the screen text is the plain rendering of that one payload: one numbered line per item, no twin
        screen = messages[0]["text"]["text"][0]
        assert len(re.findall(r"^\d+\. ", screen, flags=re.MULTILINE)) == len(items), screen
    asyncio.run(scenario())


def test_generic_webhook_answers_over_the_real_stack(voice_stack: Stack) -> None:
    async def scenario() -> None:
        answer = await post_until_answered(f"{voice_stack.gateway_url}/voice/webhook",
                                           {"user_id": "it-speaker", "text": QUERY, "locale": "en-US"})
        async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as http:
            async with http.post(f"{voice_stack.gateway_url}/voice/webhook", json={"user_id": "x", "text": "hi"},
                                 headers={"Authorization": "Bearer wrong"}) as denied:
                assert denied.status == 401
        assert "".join(ET.fromstring(answer["speech_ssml"]).itertext()) == answer["text"]
        await assert_titles_are_short_comedies(voice_stack.gateway_url, spoken_titles(answer["text"]))
        assert answer["end_session"] is False
        # free text refines like the buttons do: "something shorter" tightens 40 minutes to 30
        shorter = await post_until_answered(f"{voice_stack.gateway_url}/voice/webhook",
                                            {"user_id": "it-speaker", "text": "something shorter"})
        await assert_titles_are_short_comedies(voice_stack.gateway_url, spoken_titles(shorter["text"]), limit=30)
    asyncio.run(scenario())
