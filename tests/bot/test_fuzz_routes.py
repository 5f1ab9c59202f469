"""Every route of the real gateway app, fuzzed with hypothesis: arbitrary bytes and JSON bodies, headers,
query strings and path parameters → never a response of 500 or more (but the deliberate, coded 503s
such as "Telegram is not configured"), and the app keeps serving.

The app is the whole gateway (``create_app`` with every part: web chat, voice, Telegram, agent console,
recommender API over the fixture catalog) behind aiohttp's test client. Rasa is a closed port, so
requests that get through every check end in the router's honest "can't reach" answer, as in
production when Rasa is down. Routes are read from the app's router, so a route added later is fuzzed
too. Some examples carry the right credentials (voice secret, API token, an agent's cookie and CSRF
token), so the fuzzing reaches the body parsers behind the authentication checks as well.

Bounded: a fixed number of examples and no shrinking-time surprises (``deadline=None`` per example,
about 30 s for the whole module on this machine).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

import pytest
from aiohttp.test_utils import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import create_app
from bot.channels.webchat_protocol import FrameError, parse_frame
from bot.handoff import passwords
from bot.handoff.auth import COOKIE
from bot.handoff.console import AGENT_AUTH, HANDOFF_SERVICE
from contract.settings import Settings

VOICE_SECRET = "fuzz-voice-secret-of-at-least-32-chars"
TELEGRAM_SECRET = "fuzz-telegram-secret-of-32-chars-min"
API_TOKEN = "fuzz-recommender-api-token-32-chars-min"
PASSWORD = "correct horse battery staple"
EXAMPLES = 500
# 503s the gateway answers on purpose, each with its own code: the service is honestly unavailable
# for a reason the caller can act on (Telegram redelivers). Any other 5xx, and any 500, is a failure.
DELIBERATE_503 = {"telegram_not_configured", "telegram_secret_not_configured", "busy", "unavailable"}

ClientFactory = Callable[..., Awaitable[TestClient]]


@pytest.fixture
async def gateway(aiohttp_client: ClientFactory, fixture_recommender: Any, offline_settings: Callable[..., Settings],
                  closed_port: int, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The whole gateway, with one agent signed in (cookie and CSRF token kept for some examples)."""
    monkeypatch.setattr(passwords, "N", 2**10)  # signing in is not what is measured here
    settings = offline_settings(rasa_timeout_s=0.5, voice_webhook_secret=VOICE_SECRET,
                                telegram_webhook_secret=TELEGRAM_SECRET,
                                telegram_api_base_url=f"http://127.0.0.1:{closed_port}/bot",
                                recommender_api_token=API_TOKEN, alexa_skill_id="amzn1.ask.skill.fuzz",
                                webchat_rate=1e6, webchat_burst=10**6)
    app = create_app(settings, recommender=fixture_recommender)
    client = await aiohttp_client(app)
    app[HANDOFF_SERVICE].store.agents.add("ana", "Ana", passwords.hash_password(PASSWORD))
    resp = await client.post("/agent/api/login", json={"username": "ana", "password": PASSWORD})
    assert resp.status == 200
    token = resp.cookies[COOKIE].value
    client.session.cookie_jar.clear()
    routes = sorted({(r.method, r.resource.canonical) for r in app.router.routes() if r.resource is not None
                     and r.method != "*"})
    return {"client": client, "routes": routes, "cookie": f"{COOKIE}={token}",
            "csrf": app[AGENT_AUTH].csrf_token(token)}


# --- what a request may carry -----------------------------------------------------------------------

_header_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=80)
_any_text = st.text(max_size=40)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=60),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=15), inner, max_size=5),
    max_leaves=25,
)
# Bodies shaped like the real ones, with fuzzed leaves: they get past "is it JSON" into each handler.
shaped_bodies = st.one_of(
    st.fixed_dictionaries({"username": json_values, "password": json_values}),
    st.fixed_dictionaries({"text": json_values}),
    st.fixed_dictionaries({"query": json_values, "constraints": json_values, "limit": json_values}),
    st.fixed_dictionaries({"user_id": json_values, "item_id": json_values, "kind": json_values}),
    st.fixed_dictionaries({"session_id": json_values, "text": json_values, "user_id": json_values}),
    st.fixed_dictionaries({"update_id": json_values, "message": st.fixed_dictionaries(
        {"chat": st.fixed_dictionaries({"id": json_values}), "text": json_values, "from": json_values})}),
    st.fixed_dictionaries({"version": json_values, "session": json_values, "context": json_values,
                           "request": st.fixed_dictionaries({"type": json_values, "timestamp": json_values,
                                                             "intent": json_values})}),
    st.fixed_dictionaries({"queryResult": st.fixed_dictionaries({"queryText": json_values,
                                                                 "intent": json_values}),
                           "session": json_values}),
)
bodies = st.one_of(
    st.none(),
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    shaped_bodies.map(lambda v: json.dumps(v).encode()),
)
content_types = st.sampled_from([None, "application/json", "application/json; charset=utf-8", "text/plain",
                                 "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                                 "application/json; charset=latin-1", "*/*"])
extra_headers = st.dictionaries(
    st.sampled_from(["Origin", "X-Forwarded-For", "Sec-Fetch-Site", "SignatureCertChainUrl", "Signature-256",
                     "X-Telegram-Bot-Api-Secret-Token", "Authorization", "X-CSRF-Token", "Cookie", "Accept",
                     "X-Api-Key", "Content-Encoding", "Upgrade", "X-Anything"]),
    _header_text, max_size=4)
queries = st.dictionaries(st.text(max_size=12), _any_text, max_size=3)


def _path(canonical: str, value: str) -> str:
    """Fill every ``{name}`` of the route with the fuzzed value (URL-quoted, as a client would send)."""
    filled = canonical
    while "{" in filled:
        start, end = filled.index("{"), filled.index("}")
        filled = filled[:start] + quote(value, safe="") + filled[end + 1:]
    if canonical in ("/static", "/agent/static"):
        filled += "/" + quote(value, safe="/")
    return filled or "/"


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
async def test_no_route_answers_5xx_to_anything(gateway: dict[str, Any], data: st.DataObject) -> None:
    client: TestClient = gateway["client"]
    method, canonical = data.draw(st.sampled_from(gateway["routes"]), label="route")
    path = _path(canonical, data.draw(_any_text, label="path parameter"))
    headers: dict[str, str] = data.draw(extra_headers, label="headers")
    content_type = data.draw(content_types, label="content type")
    if content_type:
        headers["Content-Type"] = content_type
    credentials = data.draw(st.sampled_from(["none", "service", "agent"]), label="credentials")
    if credentials == "service":
        headers["Authorization"] = f"Bearer {data.draw(st.sampled_from([VOICE_SECRET, API_TOKEN]))}"
        headers["X-Telegram-Bot-Api-Secret-Token"] = TELEGRAM_SECRET
    elif credentials == "agent" and canonical != "/agent/api/events":  # a live stream never ends by itself
        headers["Cookie"] = gateway["cookie"]
        headers["X-CSRF-Token"] = gateway["csrf"]
    if canonical == "/agent/api/events" and "Cookie" in headers:
        del headers["Cookie"]
    body = data.draw(bodies, label="body") if method not in ("GET", "HEAD") else None
    resp = await client.request(method, path, data=body, headers=headers,
                                params=data.draw(queries, label="query"), allow_redirects=False)
    text = await resp.read()
    if resp.status == 503:
        assert json.loads(text).get("error") in DELIBERATE_503, (method, path, text[:300])
    else:
        assert resp.status < 500, (method, path, resp.status, text[:300])


async def test_the_app_still_answers_after_fuzzing(gateway: dict[str, Any]) -> None:
    """Not a crash in disguise: the routes fuzzed above still work normally afterwards."""
    client: TestClient = gateway["client"]
    resp = await client.get("/agent/api/me", headers={"Cookie": gateway["cookie"]})
    assert resp.status == 200 and (await resp.json())["signed_in"] is True


@settings(max_examples=300, deadline=None, derandomize=True)
@given(raw=st.one_of(st.text(max_size=200), json_values.map(json.dumps),
                     shaped_bodies.map(lambda v: json.dumps({**v, "type": "message"})),
                     st.fixed_dictionaries({"type": st.sampled_from(["hello", "message", "feedback"]),
                                            "session_id": json_values, "text": json_values,
                                            "payload": json_values, "item_id": json_values,
                                            "kind": json_values}).map(json.dumps)))
def test_web_chat_frames_are_parsed_or_refused_with_a_reason(raw: str) -> None:
    """The socket's parser: any text frame is a typed frame or a FrameError, never another exception."""
    try:
        parse_frame(raw)
    except FrameError as exc:
        assert str(exc)
