"""Web chat WebSocket protocol (contracts §4) against the real gateway app from ``create_app``.

No Rasa runs here: the "Rasa is down" path is real behaviour (the router's honest apology), and where a
test needs to see exactly what would reach Rasa it swaps in a recording router that answers with typed
answers (contract.payloads), as the real router does. Every answer reaches the page as its payload.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestClient
from yarl import URL

from bot import keys
from bot.app import Parts, create_app
from bot.channels.webchat import WEBCHAT_HUB, WebChatHub
from bot.channels.webchat_sessions import SessionIds
from bot.channels.webchat_protocol import MAX_TEXT_CHARS, OfferedPayloads, answers_in, bot_frame
from bot.conversation import ConversationKey
from contract import wording
from contract.payloads import (AgentMessage, Answer, HandoffState, PlainText, QuickReply, Recommendations,
                               from_custom, to_custom)
from contract.settings import Settings

GOLDEN = [from_custom(w) for w in
          json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "golden_answers.json").read_text())]
WEBCHAT_SECRET = "test-webchat-secret-of-32-chars-at-least"
SID = SessionIds(WEBCHAT_SECRET.encode()).issue()  # ids the test app issued earlier (same secret)
OTHER_SID = SessionIds(WEBCHAT_SECRET.encode()).issue()
RECV_TIMEOUT = 5

ClientFactory = Callable[..., Awaitable[TestClient]]


class RecordingRouter:
    """Stands in for ConversationRouter where a test must see what reaches Rasa."""

    def __init__(self, reply: list[Answer] | None = None, fail: bool = False) -> None:
        self.calls: list[tuple[ConversationKey, str]] = []
        self.reply: list[Answer] = reply if reply is not None else [PlainText("ok")]
        self.fail = fail

    async def handle(self, key: ConversationKey, text: str) -> list[Answer]:
        self.calls.append((key, text))
        if self.fail:
            raise RuntimeError("boom")
        return self.reply


@pytest.fixture
def settings(offline_settings: Callable[..., Settings]) -> Settings:
    return offline_settings(webchat_secret=WEBCHAT_SECRET)



@pytest.fixture
def app(settings: Settings) -> web.Application:
    return create_app(settings, parts=Parts.channels_only())


@pytest.fixture
async def client(aiohttp_client: ClientFactory, app: web.Application) -> TestClient:
    return await aiohttp_client(app)


@pytest.fixture
def recording_client(aiohttp_client: ClientFactory, settings: Settings) -> Callable[[RecordingRouter], Awaitable[TestClient]]:
    """A client whose app routes turns to the given recording router instead of Rasa."""

    async def make(router: RecordingRouter) -> TestClient:
        app = create_app(settings, parts=Parts.channels_only())
        app[keys.ROUTER] = router  # type: ignore[assignment]
        return await aiohttp_client(app)

    return make


RecordingClient = Callable[[RecordingRouter], Awaitable[TestClient]]


async def recv(ws: Any) -> dict[str, Any]:
    msg = await asyncio.wait_for(ws.receive(), RECV_TIMEOUT)
    assert msg.type == WSMsgType.TEXT, f"expected a text frame, got {msg.type}"
    return json.loads(msg.data)


async def hello(client: TestClient, session_id: str = SID) -> Any:
    """A tab presenting a session id the server issued: it gets the same id back."""
    ws = await client.ws_connect("/ws/chat")
    await ws.send_json({"type": "hello", "session_id": session_id})
    assert await recv(ws) == {"type": "session", "session_id": session_id}
    return ws


async def turn(ws: Any, frame: dict[str, Any]) -> list[dict[str, Any]]:
    """Send one frame and collect frames up to and including typing-off (or an error)."""
    await ws.send_json(frame)
    frames = [await recv(ws)]
    while not (frames[-1]["type"] == "typing" and frames[-1]["on"] is False) and frames[-1]["type"] != "error":
        frames.append(await recv(ws))
    return frames


async def assert_alive(client: TestClient, ws: Any, session_id: str = SID) -> None:
    """The socket survived: a push from the hub still arrives."""
    hub = client.app[WEBCHAT_HUB]
    await ws.send_json({"type": "hello", "session_id": session_id})
    assert await recv(ws) == {"type": "session", "session_id": session_id}
    for _ in range(50):
        if hub.is_connected(session_id):
            break
        await asyncio.sleep(0.02)
    frame = bot_frame([AgentMessage("still here?", "Ana")])
    assert await hub.push(session_id, frame) == 1
    assert await recv(ws) == frame


# --- the page --------------------------------------------------------------------------------------------


async def test_index_serves_chat_page_with_strict_csp(client: TestClient) -> None:
    resp = await client.get("/")
    assert resp.status == 200
    html = await resp.text()
    assert '<script src="/static/chat.js"' in html and "/static/chat.css" in html
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert resp.headers["X-Content-Type-Options"] == "nosniff"


async def test_csp_does_not_echo_a_forged_host_header(client: TestClient) -> None:
    resp = await client.get("/", headers={"Host": "evil.example; script-src *"})
    csp = resp.headers["Content-Security-Policy"]
    assert "evil" not in csp and "script-src 'self';" in csp


@pytest.mark.parametrize("asset", ["chat.js", "chat.css", "favicon.svg"])
async def test_static_assets_are_served(client: TestClient, asset: str) -> None:
    resp = await client.get(f"/static/{asset}")
    assert resp.status == 200
    assert len(await resp.read()) > 100


@pytest.mark.parametrize("path", ["/static/../channels/webchat.py", "/static/%2e%2e/%2e%2e/channels/webchat.py"])
async def test_static_does_not_escape_its_directory(client: TestClient, path: str) -> None:
    resp = await client.get(URL(path, encoded=True))
    assert resp.status in (403, 404)
    assert "WebChatConnection" not in await resp.text()


# --- validation: every bad frame gets an error frame and the socket stays open -----------------------------

BAD_FRAMES: list[tuple[str, str]] = [
    ("not json", "not valid JSON"),
    ("[1, 2]", "JSON object"),
    ('"hello"', "JSON object"),
    ("{}", "Unknown frame type"),
    ('{"type": "shout", "text": "hi"}', "Unknown frame type"),
    ('{"type": 7}', "Unknown frame type"),
    ('{"type": "hello", "session_id": 12345678}', "session_id"),
    ('{"type": "hello", "session_id": "short"}', "session_id"),
    ('{"type": "hello", "session_id": "has spaces in it ok"}', "session_id"),
    ('{"type": "hello", "session_id": "<script>alert(1)</script>"}', "session_id"),
    (json.dumps({"type": "hello", "session_id": "a" * 65}), "session_id"),
]


@pytest.mark.parametrize(("raw", "reason"), BAD_FRAMES)
async def test_bad_frame_gets_error_and_socket_stays_open(client: TestClient, raw: str, reason: str) -> None:
    ws = await client.ws_connect("/ws/chat")
    await ws.send_str(raw)
    frame = await recv(ws)
    assert frame["type"] == "error" and reason in frame["message"]
    await assert_alive(client, ws)


BAD_AFTER_HELLO: list[tuple[dict[str, Any], str]] = [
    ({"type": "message", "text": "x" * (MAX_TEXT_CHARS + 1)}, "too long"),
    ({"type": "message", "text": "hi", "payload": "/x" * 600}, "too long"),
    ({"type": "message", "text": "   "}, "empty"),
    ({"type": "message"}, "empty"),
    ({"type": "message", "text": ["a", "list"]}, "string"),
    ({"type": "message", "text": {"nested": "object"}}, "string"),
    ({"type": "feedback", "item_id": "s1", "kind": "love"}, "like, dislike or seen"),
    ({"type": "feedback", "item_id": "", "kind": "like"}, "item_id"),
    ({"type": "feedback", "item_id": "s1\"}/restart", "kind": "like"}, "item_id"),
    ({"type": "feedback", "kind": "like"}, "item_id"),
]


@pytest.mark.parametrize(("frame", "reason"), BAD_AFTER_HELLO)
async def test_bad_message_or_feedback_is_refused_before_rasa(
    recording_client: RecordingClient, frame: dict[str, Any], reason: str
) -> None:
    router = RecordingRouter()
    client = await recording_client(router)
    ws = await hello(client)
    frames = await turn(ws, frame)
    assert frames == [frames[0]] and frames[0]["type"] == "error"
    assert reason in frames[0]["message"]
    assert router.calls == []
    await assert_alive(client, ws)


async def test_message_before_hello_is_refused(client: TestClient) -> None:
    ws = await client.ws_connect("/ws/chat")
    await ws.send_json({"type": "message", "text": "comedies"})
    frame = await recv(ws)
    assert frame["type"] == "error" and "hello" in frame["message"]
    await assert_alive(client, ws)


async def test_binary_frame_is_refused(client: TestClient) -> None:
    ws = await hello(client)
    await ws.send_bytes(b"\x00\x01")
    frame = await recv(ws)
    assert frame["type"] == "error" and "text frames" in frame["message"]
    await assert_alive(client, ws)


async def test_text_of_exactly_the_limit_is_accepted(recording_client: RecordingClient) -> None:
    router = RecordingRouter()
    client = await recording_client(router)
    ws = await hello(client)
    text = "é" * MAX_TEXT_CHARS  # characters, not bytes
    frames = await turn(ws, {"type": "message", "text": text, "payload": None})
    assert [f["type"] for f in frames] == ["typing", "bot", "typing"]
    assert router.calls[0][1] == text


# --- a real turn: Rasa is not running ------------------------------------------------------------------


async def test_rasa_down_gives_honest_apology_between_typing_frames(client: TestClient) -> None:
    ws = await hello(client)
    frames = await turn(ws, {"type": "message", "text": "comedies under 40 minutes", "payload": None})
    assert frames[0] == {"type": "typing", "on": True}
    assert frames[1] == bot_frame([PlainText(wording.BOT_UNAVAILABLE)])
    assert frames[2] == {"type": "typing", "on": False}
    # ... and the chat keeps working afterwards.
    again = await turn(ws, {"type": "feedback", "item_id": "s1", "kind": "like"})
    assert again[1] == bot_frame([PlainText(wording.BOT_UNAVAILABLE)])


# --- server -> client: every answer once, as its payload -------------------------------------------------


def test_bot_frame_carries_each_answer_as_its_payload() -> None:
    frame = bot_frame(GOLDEN)
    assert frame["type"] == "bot"
    assert answers_in(frame) == GOLDEN


def test_handoff_answer_carries_its_live_notice_for_the_page() -> None:
    state = HandoffState("agent_joined", agent_name="Ana")
    [shown] = bot_frame([state])["answers"]
    assert shown["status"] == "agent_joined" and shown["name"] == "Ana"
    assert shown["text"] == wording.handoff_notice(state, live=True)


async def test_recommendation_turn_sends_each_item_and_runtime_once(recording_client: RecordingClient) -> None:
    picks = GOLDEN[0]
    assert isinstance(picks, Recommendations)
    client = await recording_client(RecordingRouter([picks]))
    ws = await hello(client)
    frames = await turn(ws, {"type": "message", "text": "comedies under 40 minutes", "payload": None})
    [answer] = frames[1]["answers"]
    assert answer["type"] == "recommendations" and answer["heading"] == picks.heading
    raw = json.dumps(frames[1], ensure_ascii=False)
    for item in picks.items:
        assert raw.count(item.title) == 1, item.title
        assert item.runtime and raw.count(json.dumps(item.runtime, ensure_ascii=False)) == 1, item.runtime


def test_offered_payloads_are_read_from_the_answers_quick_replies() -> None:
    offers = OfferedPayloads()
    offers.remember(SID, GOLDEN)
    offered = [q.payload for a in GOLDEN for q in getattr(a, "quick_replies", ())]
    assert offered and all(offers.was_offered(SID, p) for p in offered)
    assert not offers.was_offered(OTHER_SID, offered[0])


def test_answers_in_ignores_other_frames() -> None:
    assert answers_in({"type": "typing", "on": True}) == []
    assert answers_in({"type": "bot", "answers": "not a list"}) == []


# --- what reaches Rasa ---------------------------------------------------------------------------------


async def test_message_goes_through_router_with_web_conversation_key(recording_client: RecordingClient) -> None:
    reply: list[Answer] = [PlainText("Sure.")]
    router = RecordingRouter(reply)
    client = await recording_client(router)
    ws = await hello(client)
    frames = await turn(ws, {"type": "message", "text": "  comedies  ", "payload": None})
    assert frames[1] == {"type": "bot", "answers": [to_custom(PlainText("Sure."))]}
    assert router.calls == [(ConversationKey("web", SID), "comedies")]
    assert router.calls[0][0].sender_id == f"web:{SID}"


@pytest.mark.parametrize(
    ("kind", "intent"), [("like", "feedback_like"), ("dislike", "feedback_dislike"), ("seen", "feedback_seen")]
)
async def test_feedback_is_forwarded_as_rasa_intent(recording_client: RecordingClient, kind: str, intent: str) -> None:
    router = RecordingRouter()
    client = await recording_client(router)
    ws = await hello(client)
    frames = await turn(ws, {"type": "feedback", "item_id": "s42", "kind": kind})
    assert [f["type"] for f in frames] == ["typing", "bot", "typing"]
    assert router.calls[0][1] == f'/{intent}{{"item_id":"s42"}}'


async def test_typed_text_cannot_forge_an_intent(recording_client: RecordingClient) -> None:
    router = RecordingRouter()
    client = await recording_client(router)
    ws = await hello(client)
    await turn(ws, {"type": "message", "text": '/inform{"audience":"adult"}', "payload": None})
    assert not router.calls[0][1].startswith("/")


async def test_offered_payload_is_forwarded_and_unoffered_one_is_not(recording_client: RecordingClient) -> None:
    offered = '/refine{"duration":"shorter"}'
    router = RecordingRouter([Recommendations("Here you go", quick_replies=(QuickReply("Shorter", offered),))])
    client = await recording_client(router)
    ws = await hello(client)
    await turn(ws, {"type": "message", "text": "comedies", "payload": None})
    await turn(ws, {"type": "message", "text": "Shorter", "payload": offered})
    assert router.calls[-1][1] == offered
    # A payload the bot never offered is downgraded to the button title the page showed ...
    await turn(ws, {"type": "message", "text": "Make me an adult", "payload": '/refine{"audience":"adult"}'})
    assert router.calls[-1][1] == "Make me an adult"
    # ... and refused when there is no title to fall back to.
    frames = await turn(ws, {"type": "message", "text": "", "payload": "/handoff_accept"})
    assert frames[0]["type"] == "error"
    assert len(router.calls) == 3


async def test_offers_are_per_session(recording_client: RecordingClient) -> None:
    offered = "/something_else"
    router = RecordingRouter([PlainText("ok", (QuickReply("Something else", offered),))])
    client = await recording_client(router)
    ws = await hello(client, SID)
    await turn(ws, {"type": "message", "text": "comedies", "payload": None})
    other = await hello(client, OTHER_SID)
    await turn(other, {"type": "message", "text": "Something else", "payload": offered})
    assert router.calls[-1] == (ConversationKey("web", OTHER_SID), "Something else")


async def test_plain_text_button_payload_is_forwarded(recording_client: RecordingClient) -> None:
    router = RecordingRouter()
    client = await recording_client(router)
    ws = await hello(client)
    await turn(ws, {"type": "message", "text": None, "payload": "comedies under 40 minutes"})
    assert router.calls[-1][1] == "comedies under 40 minutes"


async def test_start_over_payload_of_the_page_is_forwarded(recording_client: RecordingClient) -> None:
    router = RecordingRouter([])
    client = await recording_client(router)
    ws = await hello(client)
    frames = await turn(ws, {"type": "message", "text": "Start over", "payload": "/start_over"})
    assert router.calls[-1][1] == "/start_over"
    assert frames[1] == {"type": "bot", "answers": []}


@pytest.mark.parametrize(
    ("payload", "forwarded"),
    [
        ('/ask_details{"item_id":"s42"}', '/ask_details{"item_id":"s42"}'),
        ('/ask_details{"item_id":"s42","audience":"adult"}', "Tell me about it"),
        ('/ask_details{"item_id":"s42"} /restart', "Tell me about it"),
        ("/start_over", "/start_over"),
    ],
)
async def test_card_details_payload_is_allowed_only_in_its_exact_shape(
    recording_client: RecordingClient, payload: str, forwarded: str
) -> None:
    router = RecordingRouter()
    client = await recording_client(router)
    ws = await hello(client)
    await turn(ws, {"type": "message", "text": "Tell me about it", "payload": payload})
    assert router.calls[-1][1] == forwarded


async def test_router_crash_costs_one_answer_not_the_connection(recording_client: RecordingClient) -> None:
    client = await recording_client(RecordingRouter(fail=True))
    ws = await hello(client)
    await ws.send_json({"type": "message", "text": "comedies", "payload": None})
    frames = [await recv(ws) for _ in range(3)]
    assert [f["type"] for f in frames] == ["typing", "error", "typing"]
    assert frames[2]["on"] is False
    await assert_alive(client, ws)


# --- the hub: pushes to every tab of a session ----------------------------------------------------------


async def wait_connected(hub: WebChatHub, session_id: str, tabs: int) -> None:
    for _ in range(100):
        if hub.connection_count(session_id) == tabs:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"expected {tabs} tabs for {session_id}, have {hub.connection_count(session_id)}")


async def test_push_reaches_every_tab_of_the_session_only(client: TestClient) -> None:
    hub = client.app[WEBCHAT_HUB]
    tab1, tab2 = await hello(client, SID), await hello(client, SID)
    stranger = await hello(client, OTHER_SID)
    await wait_connected(hub, SID, 2)
    await wait_connected(hub, OTHER_SID, 1)

    frame = bot_frame([AgentMessage("Hi, I'm Ana from support.", "Ana")])
    assert await hub.push(SID, frame) == 2
    assert await recv(tab1) == frame
    assert await recv(tab2) == frame
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(stranger.receive(), 0.2)

    await tab1.close()
    await wait_connected(hub, SID, 1)
    assert await hub.push(SID, frame) == 1
    assert await recv(tab2) == frame


async def test_buttons_in_a_pushed_bot_frame_count_as_offered(recording_client: RecordingClient) -> None:
    router = RecordingRouter()
    client = await recording_client(router)
    ws = await hello(client)
    await wait_connected(client.app[WEBCHAT_HUB], SID, 1)
    resumed: list[Answer] = [HandoffState("ended"),
                             PlainText("What now?", (QuickReply("Something else", "/something_else"),))]
    assert await client.app[WEBCHAT_HUB].push(SID, bot_frame(resumed)) == 1
    assert await recv(ws) == bot_frame(resumed)
    await turn(ws, {"type": "message", "text": "Something else", "payload": "/something_else"})
    assert router.calls[-1][1] == "/something_else"


async def test_push_to_offline_session_reports_zero(client: TestClient) -> None:
    hub = client.app[WEBCHAT_HUB]
    assert await hub.push("nobody-is-here-1234", bot_frame([AgentMessage("hello?", "Ana")])) == 0
    assert not hub.is_connected("nobody-is-here-1234")


async def test_connect_listener_runs_on_hello_and_can_push(client: TestClient) -> None:
    hub = client.app[WEBCHAT_HUB]
    seen: list[str] = []

    async def replay(session_id: str) -> None:
        seen.append(session_id)
        await hub.push(session_id, bot_frame([AgentMessage("While you were away: hi!", "Ana")]))

    hub.add_connect_listener(replay)
    ws = await hello(client)
    assert await recv(ws) == bot_frame([AgentMessage("While you were away: hi!", "Ana")])
    assert seen == [SID]


async def test_broken_connect_listener_does_not_break_the_chat(client: TestClient) -> None:
    hub = client.app[WEBCHAT_HUB]

    async def broken(session_id: str) -> None:
        raise RuntimeError("listener bug")

    hub.add_connect_listener(broken)
    ws = await hello(client)
    await assert_alive(client, ws)


async def test_second_hello_moves_the_socket_to_the_new_session(client: TestClient) -> None:
    hub = client.app[WEBCHAT_HUB]
    ws = await hello(client, SID)
    await wait_connected(hub, SID, 1)
    await ws.send_json({"type": "hello", "session_id": OTHER_SID})
    await wait_connected(hub, OTHER_SID, 1)
    assert not hub.is_connected(SID)


async def test_shutdown_closes_open_sockets(aiohttp_client: ClientFactory, app: web.Application) -> None:
    client = await aiohttp_client(app)
    ws = await hello(client)
    await wait_connected(app[WEBCHAT_HUB], SID, 1)
    await client.server.app.shutdown()
    msg = await asyncio.wait_for(ws.receive(), RECV_TIMEOUT)
    assert msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSED, WSMsgType.CLOSING)
    assert app[WEBCHAT_HUB].connection_count() == 0


async def test_the_page_gets_its_type_labels_from_the_contract(client: TestClient) -> None:
    resp = await client.get("/chat/labels")
    assert resp.status == 200
    assert (await resp.json()) == {"type_labels": wording.TYPE_LABELS}
