"""The agent console over HTTP (aiohttp test client, real gateway app in process, real Rasa).

Security: cookie flags, CSRF, cross-site refusal, sign-in rate limit, logout, what agents get to see.
Flow: a web chat viewer asks for a person; agents race to claim; the winner's reply reaches the
viewer's socket live (or on reconnect); hand-back returns the viewer to the bot with its slots. The
transcript shows what the viewer was shown, each title once, worded by ``contract.plain``.

Tests marked ``integration`` put the session's real Rasa (``stack`` in tests/conftest.py) behind the
in-process gateway; the sign-in and page tests never reach Rasa and run without the stack. Every
viewer is new (the real Rasa keeps the session's trackers in memory).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from handoff_helpers import PASSWORD, add_agent
from real_rasa import assert_items_fit, recommendations, unique_key
from sqlalchemy import select, update

from bot.channels.webchat import WEBCHAT_EDGE
from bot.handoff.auth import COOKIE, MAX_FAILURES_PER_USER
from bot.handoff.console import HANDOFF_SERVICE
from bot.handoff.models import AgentSession, Conversation
from bot.handoff.transcripts import Line
from contract import plain, wording
from contract.payloads import AgentMessage, Answer, HandoffState, from_custom

RECV_TIMEOUT = 30  # a turn is real: Rasa, the action server and the recommender behind it


class AgentClient:
    """One signed-in agent: its own cookie and CSRF token, sent explicitly (not via the shared jar)."""

    def __init__(self, client: TestClient, token: str, csrf: str) -> None:
        self.client, self.token, self.csrf = client, token, csrf

    def headers(self, csrf: bool = True) -> dict[str, str]:
        h = {"Cookie": f"{COOKIE}={self.token}"}
        if csrf:
            h["X-CSRF-Token"] = self.csrf
        return h

    async def get(self, path: str) -> Any:
        return await self.client.get(f"/agent/api{path}", headers=self.headers(False))

    async def post(self, path: str, body: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        headers = {**self.headers(), **kwargs.pop("headers", {})}
        return await self.client.post(f"/agent/api{path}", json=body or {}, headers=headers, **kwargs)


async def sign_in(client: TestClient, username: str = "ana", password: str = PASSWORD) -> AgentClient:
    resp = await client.post("/agent/api/login", json={"username": username, "password": password})
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    token = resp.cookies[COOKIE].value
    client.session.cookie_jar.clear()
    return AgentClient(client, token, body["csrf"])


@pytest.fixture
def service(gateway_app: web.Application) -> Any:
    store = gateway_app[HANDOFF_SERVICE].store
    add_agent(store, "ana", "Ana")
    add_agent(store, "ben", "Ben")
    return gateway_app[HANDOFF_SERVICE]


@pytest.fixture
def sid(gateway_app: web.Application) -> str:
    """A web chat session id never seen before, issued by this gateway (as a browser is given one)."""
    return gateway_app[WEBCHAT_EDGE].session_ids.issue()


async def viewer(client: TestClient, session_id: str) -> Any:
    ws = await client.ws_connect("/ws/chat")
    await ws.send_json({"type": "hello", "session_id": session_id})
    assert await asyncio.wait_for(ws.receive_json(), RECV_TIMEOUT) == {"type": "session", "session_id": session_id}
    return ws


async def say(ws: Any, text: str) -> list[dict[str, Any]]:
    """Send a message; return the frames up to the closing typing-off frame."""
    await ws.send_json({"type": "message", "text": text, "payload": None})
    frames = []
    while True:
        frame = await asyncio.wait_for(ws.receive_json(), RECV_TIMEOUT)
        frames.append(frame)
        if frame == {"type": "typing", "on": False}:
            return frames


async def recv(ws: Any) -> dict[str, Any]:
    return await asyncio.wait_for(ws.receive_json(), RECV_TIMEOUT)


def bot_answers(frames: list[dict[str, Any]]) -> list[Answer]:
    """The typed answers of the ``bot`` frames (contracts §4)."""
    return [from_custom(a) for f in frames if f["type"] == "bot" for a in f["answers"]]


async def queued_ref(agent: AgentClient) -> str:
    resp = await agent.get("/queue")
    assert resp.status == 200
    conversations = (await resp.json())["conversations"]
    assert len(conversations) == 1
    return conversations[0]["ref"]


# --- page ----------------------------------------------------------------------------------------------


async def test_console_page_is_served_with_strict_headers(client: TestClient, service: Any) -> None:
    resp = await client.get("/agent")
    assert resp.status == 200
    assert "agent console" in await resp.text()
    csp = resp.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert resp.headers["X-Frame-Options"] == "DENY"
    for asset in ("console.js", "console.css"):
        assert (await client.get(f"/agent/static/{asset}")).status == 200


# --- sign-in, cookies, CSRF ----------------------------------------------------------------------------


async def test_sign_in_sets_a_strict_httponly_cookie_and_stores_only_its_hash(
        client: TestClient, service: Any) -> None:
    resp = await client.post("/agent/api/login", json={"username": "Ana", "password": PASSWORD})
    assert resp.status == 200
    body = await resp.json()
    assert set(body) == {"signed_in", "name", "csrf"} and body["name"] == "Ana"
    raw = resp.headers["Set-Cookie"]
    assert "HttpOnly" in raw and "SameSite=Strict" in raw and "Path=/agent" in raw
    token = resp.cookies[COOKIE].value
    assert len(token) >= 40
    with service.store.engine.connect() as conn:
        stored = conn.execute(select(AgentSession.token_hash)).scalars().all()
    assert stored and token not in stored


async def test_wrong_password_and_unknown_user_get_the_same_answer(client: TestClient, service: Any) -> None:
    wrong = await client.post("/agent/api/login", json={"username": "ana", "password": "nope nope nope"})
    unknown = await client.post("/agent/api/login", json={"username": "zed", "password": "nope nope nope"})
    assert wrong.status == unknown.status == 401
    assert await wrong.json() == await unknown.json()
    assert COOKIE not in wrong.cookies


async def test_sign_in_is_rate_limited_per_username_and_address(client: TestClient, service: Any) -> None:
    for _ in range(MAX_FAILURES_PER_USER):
        resp = await client.post("/agent/api/login", json={"username": "ana", "password": "wrong password!"})
        assert resp.status == 401
    blocked = await client.post("/agent/api/login", json={"username": "ana", "password": PASSWORD})
    assert blocked.status == 429  # even the right password: the limit is checked first
    assert 1 <= int(blocked.headers["Retry-After"]) <= 301
    assert (await blocked.json())["error"] == "too_many_attempts"
    other = await client.post("/agent/api/login", json={"username": "ben", "password": PASSWORD})
    assert other.status == 200  # another account from the same address is not locked out


async def test_sign_in_must_be_same_site_json(client: TestClient, service: Any) -> None:
    form = await client.post("/agent/api/login", data={"username": "ana", "password": PASSWORD})
    assert form.status == 415
    cross = await client.post("/agent/api/login", json={"username": "ana", "password": PASSWORD},
                              headers={"Origin": "https://evil.example"})
    assert cross.status == 403
    bad = await client.post("/agent/api/login", data=b"{not json", headers={"Content-Type": "application/json"})
    assert bad.status == 400
    huge = await client.post("/agent/api/login", data=b"[" + b" " * 20000 + b"]",
                             headers={"Content-Type": "application/json"})
    assert huge.status == 413


@pytest.mark.integration
async def test_state_changes_need_the_sessions_csrf_token(client: TestClient, service: Any) -> None:
    ana, ben = await sign_in(client, "ana"), await sign_in(client, "ben")
    await service.router.handle(unique_key(), "a person please")
    ref = await queued_ref(ana)
    path = f"/agent/api/conversations/{ref}/claim"
    no_token = await client.post(path, json={}, headers=ana.headers(csrf=False))
    assert no_token.status == 403 and (await no_token.json())["error"] == "csrf"
    other_sessions = await client.post(path, json={}, headers={**ana.headers(False), "X-CSRF-Token": ben.csrf})
    assert other_sessions.status == 403
    cross_site = await ana.post(f"/conversations/{ref}/claim", headers={"Origin": "https://evil.example"})
    assert cross_site.status == 403
    fetch_site = await ana.post(f"/conversations/{ref}/claim", headers={"Sec-Fetch-Site": "cross-site"})
    assert fetch_site.status == 403
    ok = await ana.post(f"/conversations/{ref}/claim")
    assert ok.status == 200


async def test_signed_out_requests_are_refused(client: TestClient, service: Any) -> None:
    me = await client.get("/agent/api/me")
    assert me.status == 200 and await me.json() == {"signed_in": False}
    for path in ("/queue", "/events", "/conversations/0123456789abcdef"):
        assert (await client.get(f"/agent/api{path}")).status == 401
    forged = await client.get("/agent/api/queue", headers={"Cookie": f"{COOKIE}=made-up-token"})
    assert forged.status == 401
    assert (await client.post("/agent/api/conversations/0123456789abcdef/claim", json={})).status == 401


async def test_logout_ends_the_session_server_side(client: TestClient, service: Any) -> None:
    ana = await sign_in(client)
    assert (await (await ana.get("/me")).json())["signed_in"] is True
    resp = await ana.post("/logout")
    assert resp.status == 200
    assert resp.cookies[COOKIE].value == ""
    assert (await (await ana.get("/me")).json()) == {"signed_in": False}  # the old cookie is worthless now
    assert (await ana.get("/queue")).status == 401


# --- queue, claim, reply, hand back --------------------------------------------------------------------


@pytest.mark.integration
async def test_two_agents_claiming_at_once_exactly_one_wins(client: TestClient, service: Any) -> None:
    ana, ben = await sign_in(client, "ana"), await sign_in(client, "ben")
    await service.router.handle(unique_key(), "a person please")
    ref = await queued_ref(ana)
    results = await asyncio.gather(ana.post(f"/conversations/{ref}/claim"), ben.post(f"/conversations/{ref}/claim"))
    assert sorted(r.status for r in results) == [200, 409]
    loser = next(r for r in results if r.status == 409)
    assert (await loser.json())["error"] == "already_claimed"
    winner = ana if results[0].status == 200 else ben
    loser_agent = ben if winner is ana else ana
    assert (await loser_agent.post(f"/conversations/{ref}/reply", {"text": "me too"})).status == 409
    assert (await loser_agent.post(f"/conversations/{ref}/hand-back")).status == 409


@pytest.mark.integration
async def test_agents_see_only_what_the_console_needs(client: TestClient, service: Any, sid: str) -> None:
    ana = await sign_in(client)
    async with await viewer(client, sid) as ws:
        shown = recommendations(bot_answers(await say(ws, "horror")))
        await say(ws, "let me talk to a person")
    ref = await queued_ref(ana)
    queue_text = await (await ana.get("/queue")).text()
    transcript_resp = await ana.get(f"/conversations/{ref}")
    transcript_text = await transcript_resp.text()
    for text in (queue_text, transcript_text):
        assert sid not in text  # the viewer's web session id is a credential: never shown
        assert "password" not in text and "scrypt" not in text
    data = json.loads(transcript_text)
    assert data["conversation"]["channel"] == "web" and data["conversation"]["status"] == "waiting"
    recs = [m for m in data["messages"] if m["kind"] == "recommendations"]
    assert len(recs) == 1 and recs[0]["sender"] == "bot" and recs[0]["text"] == shown.heading
    # the list as the plain renderer words it: each title once, its runtime once (never "32 min … 32 min")
    assert recs[0]["lines"] == [plain.item_line(i, item) for i, item in enumerate(shown.items, 1)]
    for line, item in zip(recs[0]["lines"], shown.items):
        assert line.count(item.title) == 1
        assert item.runtime is None or line.count(item.runtime) == 1
    handoff = [m for m in data["messages"] if m["kind"] == "handoff"]
    assert [m["text"] for m in handoff] == [wording.handoff_notice(HandoffState("waiting", reason="requested"))]
    assert (await ana.get("/conversations/not-a-ref")).status == 404


@pytest.mark.integration
async def test_full_handoff_over_the_web_chat_socket(client: TestClient, service: Any, sid: str, stack: Any) -> None:
    ana = await sign_in(client)
    async with await viewer(client, sid) as ws:
        asked = recommendations(bot_answers(await say(ws, "comedies")))
        assert asked.constraints["genres"] == ["comedy"]
        handoff = bot_answers(await say(ws, "I want to talk to a person"))
        assert handoff == [HandoffState("waiting", reason="requested")]
        queued = bot_answers(await say(ws, "my app keeps crashing"))
        assert queued == []  # stored for the agent, acknowledged at most once a minute

        ref = await queued_ref(ana)
        assert (await ana.post(f"/conversations/{ref}/claim")).status == 200
        assert bot_answers([await recv(ws)]) == [HandoffState("agent_joined", agent_name="Ana")]

        resp = await ana.post(f"/conversations/{ref}/reply", {"text": "Hi! Which device are you on?"})
        assert (await resp.json()) == {"ok": True, "delivered": True}
        assert bot_answers([await recv(ws)]) == [AgentMessage("Hi! Which device are you on?", "Ana")]

        assert bot_answers(await say(ws, "an android phone")) == []
        transcript = await (await ana.get(f"/conversations/{ref}")).json()
        assert [m["text"] for m in transcript["messages"] if m["sender"] == "viewer"][-2:] == [
            "my app keeps crashing", "an android phone"]

        assert (await ana.post(f"/conversations/{ref}/hand-back")).status == 200
        assert bot_answers([await recv(ws)]) == [HandoffState("ended")]  # Rasa's answer to /handoff_ended
        assert [q for q in (await (await ana.get("/queue")).json())["conversations"]] == []
        assert (await ana.get(f"/conversations/{ref}")).status == 404  # back with the bot: not the console's

        after = recommendations(bot_answers(await say(ws, "under 30 minutes please")))
        # no genre named: "comedy" comes from the slot that lived through the handoff
        assert after.constraints["genres"] == ["comedy"] and after.constraints["max_minutes"] == 30
        await assert_items_fit(stack.gateway_url, after, "comedy", max_minutes=30)


@pytest.mark.integration
async def test_agent_reply_to_an_offline_viewer_arrives_on_reconnect(client: TestClient, service: Any,
                                                                     sid: str) -> None:
    ana = await sign_in(client)
    async with await viewer(client, sid) as ws:
        await say(ws, "a person please")
    ref = await queued_ref(ana)
    await ana.post(f"/conversations/{ref}/claim")
    resp = await ana.post(f"/conversations/{ref}/reply", {"text": "Are you still there?"})
    assert (await resp.json())["delivered"] is False
    transcript = await (await ana.get(f"/conversations/{ref}")).json()
    assert transcript["messages"][-1]["delivered"] is False
    async with await viewer(client, sid) as ws:
        missed = bot_answers([await recv(ws)])  # one frame with everything the viewer missed
    assert missed == [HandoffState("agent_joined", agent_name="Ana"), AgentMessage("Are you still there?", "Ana")]
    transcript = await (await ana.get(f"/conversations/{ref}")).json()
    assert transcript["messages"][-1]["delivered"] is True


async def test_a_notice_pushed_while_a_tab_connects_arrives_once(client: TestClient, service: Any, sid: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The replay on connect runs in the middle of a live push (a tab opening as the agent claims):
    the viewer sees "Ana joined" once, then the agent's reply."""
    service.store.transcripts.append("web", sid, [Line("viewer", text="a person please")])
    assert service.store.conversations.start_handoff("web", sid, "requested")
    ana = await sign_in(client)
    ref = await queued_ref(ana)
    async with await viewer(client, sid) as ws:
        live_deliver, replayed = service.router.deliver, []

        async def deliver_after_a_replay(key: Any, answers: list[Answer]) -> bool:
            if not replayed:
                replayed.append(key)
                await service.replay_to(key)  # another tab of this viewer says hello now
            return await live_deliver(key, answers)

        monkeypatch.setattr(service.router, "deliver", deliver_after_a_replay)
        assert (await ana.post(f"/conversations/{ref}/claim")).status == 200
        assert bot_answers([await recv(ws)]) == [HandoffState("agent_joined", agent_name="Ana")]
        assert (await ana.post(f"/conversations/{ref}/reply", {"text": "Hi, I'm Ana."})).status == 200
        assert bot_answers([await recv(ws)]) == [AgentMessage("Hi, I'm Ana.", "Ana")]
    assert replayed


@pytest.mark.integration
async def test_reply_validation(client: TestClient, service: Any) -> None:
    ana = await sign_in(client)
    await service.router.handle(unique_key(), "a person please")
    ref = await queued_ref(ana)
    await ana.post(f"/conversations/{ref}/claim")
    assert (await ana.post(f"/conversations/{ref}/reply", {"text": "   "})).status == 400
    assert (await ana.post(f"/conversations/{ref}/reply", {"text": "x" * 2001})).status == 400
    assert (await ana.post(f"/conversations/{ref}/reply", {"text": 5})).status == 400


@pytest.mark.integration
async def test_live_events_announce_queue_changes(client: TestClient, service: Any) -> None:
    ana = await sign_in(client)
    resp = await client.get("/agent/api/events", headers=ana.headers(False))
    assert resp.status == 200 and resp.headers["Content-Type"].startswith("text/event-stream")

    async def next_event() -> str:
        while True:
            line = (await asyncio.wait_for(resp.content.readline(), RECV_TIMEOUT)).decode()
            if line.startswith("event: "):
                return line[len("event: "):].strip()

    assert await next_event() == "hello"
    await service.router.handle(unique_key(), "a person please")
    assert await next_event() == "queue"
    resp.close()


# --- nobody stranded: take-over, wait limit, the viewer leaving -----------------------------------------


@pytest.mark.integration
async def test_any_agent_takes_over_from_an_agent_who_went_away(client: TestClient, service: Any, sid: str) -> None:
    ana, ben = await sign_in(client, "ana"), await sign_in(client, "ben")
    async with await viewer(client, sid) as ws:
        await say(ws, "a person please")
        ref = await queued_ref(ana)
        assert (await ana.post(f"/conversations/{ref}/claim")).status == 200
        assert bot_answers([await recv(ws)]) == [HandoffState("agent_joined", agent_name="Ana")]
        entry = (await (await ben.get("/queue")).json())["conversations"][0]
        assert entry["claimed_by"] == "Ana" and entry["claimed_by_present"] is True
        assert (await ben.post(f"/conversations/{ref}/claim")).status == 409  # Ana is still here

        ana_id = service.store.agents.by_username("ana").id
        with service.store.engine.begin() as conn:  # Ana's console went quiet ten minutes ago
            conn.execute(update(AgentSession).where(AgentSession.agent_id == ana_id)
                         .values(last_seen_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)))
        entry = (await (await ben.get("/queue")).json())["conversations"][0]
        assert entry["claimed_by_present"] is False
        assert (await ben.post(f"/conversations/{ref}/claim")).status == 200
        assert bot_answers([await recv(ws)]) == [HandoffState("agent_joined", agent_name="Ben")]
        resp = await ben.post(f"/conversations/{ref}/reply", {"text": "Ben here, I'll take it from here."})
        assert (await resp.json())["delivered"] is True
        assert bot_answers([await recv(ws)]) == [AgentMessage("Ben here, I'll take it from here.", "Ben")]
    assert (await ana.post(f"/conversations/{ref}/reply", {"text": "back!"})).status == 409  # no longer Ana's


@pytest.mark.integration
async def test_wait_limit_pushes_an_honest_note_to_the_open_chat(client: TestClient, service: Any, sid: str) -> None:
    ana = await sign_in(client)
    async with await viewer(client, sid) as ws:
        await say(ws, "a person please")
        ref = await queued_ref(ana)
        with service.store.engine.begin() as conn:  # asked longer ago than the wait limit
            conn.execute(update(Conversation).where(Conversation.ref == ref)
                         .values(waiting_since=dt.datetime.now(dt.UTC) - service.wait_limit - dt.timedelta(seconds=1)))
        assert await service.return_unclaimed() == 1
        note = bot_answers([await recv(ws)])
        assert note[0] == HandoffState("ended", reason="timeout")
        assert (await (await ana.get("/queue")).json())["conversations"] == []
        assert recommendations(bot_answers(await say(ws, "comedies"))).items  # the bot answers again


@pytest.mark.integration
async def test_viewer_says_never_mind_and_is_back_with_the_bot(client: TestClient, service: Any, sid: str) -> None:
    ana = await sign_in(client)
    async with await viewer(client, sid) as ws:
        await say(ws, "a person please")
        ref = await queued_ref(ana)
        back = bot_answers(await say(ws, "never mind"))
        assert back[0] == HandoffState("ended", reason="cancelled")
        assert (await ana.get(f"/conversations/{ref}")).status == 404
        assert (await ana.post(f"/conversations/{ref}/claim")).status == 409
        assert recommendations(bot_answers(await say(ws, "comedies"))).items
