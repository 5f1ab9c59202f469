"""Clients that talk to a running stack the way a viewer's channel does.

``WebChat`` drives the gateway's web chat socket (``/ws/chat``, contract §4): one ``say`` is one turn
and returns the answers (contract §3) the page would render. ``rasa_rest`` goes straight to
Rasa's REST channel, for checks that must bypass the gateway.
"""

from __future__ import annotations

import asyncio
import json
import urllib.request
import uuid
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from contract import plain
from contract.payloads import Answer, PlainText, Recommendations, from_custom, from_rasa_messages, items_of, to_custom

TURN_TIMEOUT_S = 30.0
PUSH_TIMEOUT_S = 15.0
Message = dict[str, Any]


@dataclass
class Turn:
    """The bot's answer to one viewer message: the typed answers (contract §3) the page would render."""

    answers: list[Answer]

    @property
    def messages(self) -> list[Message]:
        """The answers in their wire form (what the web chat receives)."""
        return [to_custom(a) for a in self.answers]

    @property
    def text(self) -> str:
        """The turn as a text-only client shows it (contract's plain renderer)."""
        return plain.render_all(self.answers)

    @property
    def recommendations(self) -> dict[str, Any] | None:
        return next((to_custom(a) for a in self.answers if isinstance(a, Recommendations)), None)

    @property
    def items(self) -> list[dict[str, Any]]:
        return [i.to_dict() for i in items_of(self.answers)]

    @property
    def buttons(self) -> list[dict[str, str]]:
        return [q.to_dict() for a in self.answers for q in getattr(a, "quick_replies", ())]


@dataclass
class WebChat:
    """One browser tab's conversation over the gateway's WebSocket."""

    gateway_url: str
    session_id: str = field(default_factory=lambda: f"it-{uuid.uuid4().hex[:12]}")
    _http: aiohttp.ClientSession | None = None
    _ws: aiohttp.ClientWebSocketResponse | None = None

    async def __aenter__(self) -> WebChat:
        self._http = aiohttp.ClientSession()
        self._ws = await self._http.ws_connect(self.gateway_url.replace("http", "ws", 1) + "/ws/chat")
        await self._ws.send_json({"type": "hello", "session_id": self.session_id})
        # the gateway issues (signs) session ids: this tab's is the one it names, the same when ours was its own
        session = await asyncio.wait_for(self._ws.receive_json(), TURN_TIMEOUT_S)
        assert session.get("type") == "session", session
        self.session_id = session["session_id"]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._http is not None:
            await self._http.close()

    async def say(self, text: str = "", payload: str | None = None) -> Turn:
        """Send a message (or a quick-reply payload) and collect the bot's messages until typing stops."""
        assert self._ws is not None, "use `async with WebChat(url) as chat`"
        await self._ws.send_json({"type": "message", "text": text, "payload": payload})
        answers: list[Answer] = []
        typing = False
        while True:
            frame = await asyncio.wait_for(self._ws.receive_json(), TURN_TIMEOUT_S)
            if frame.get("type") == "typing" and frame.get("on"):
                typing = True
            elif frame.get("type") == "bot":
                answers.extend(from_custom(a) for a in frame.get("answers") or [] if isinstance(a, dict))
            elif frame.get("type") == "error":
                answers.append(PlainText(str(frame.get("message"))))
                if not typing:  # refused before any turn began (rate limit, bad frame): no typing off follows
                    return Turn(answers)
            elif frame.get("type") == "typing" and frame.get("on") is False:
                return Turn(answers)

    async def click(self, turn: Turn, title: str) -> Turn:
        """Tap the quick reply called ``title`` in ``turn``."""
        button = next(b for b in turn.buttons if b["title"] == title)
        return await self.say(button["title"], button["payload"])

    async def next_push(self) -> list[Answer]:
        """The answers of the next ``bot`` frame pushed to this tab outside any turn (handoff notices, agents)."""
        assert self._ws is not None, "use `async with WebChat(url) as chat`"
        while True:
            frame = await asyncio.wait_for(self._ws.receive_json(), PUSH_TIMEOUT_S)
            if frame.get("type") == "bot":
                return [from_custom(a) for a in frame.get("answers") or [] if isinstance(a, dict)]


def parsed(rasa_url: str, text: str) -> list[tuple[str, str, str | None]]:
    """The entities (entity, value, role) a running Rasa server reads in ``text`` (/model/parse, with the stack's
    token): what the NLU makes of a message, for checks of extraction through the real trained pipeline."""
    from stack_env import RASA_TOKEN

    request = urllib.request.Request(f"{rasa_url}/model/parse?token={RASA_TOKEN}",
                                     data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=TURN_TIMEOUT_S) as resp:
        entities = json.loads(resp.read())["entities"]
    return [(e["entity"], e["value"], e.get("role")) for e in entities]


async def rasa_rest(rasa_url: str, sender: str, text: str) -> Turn:
    """One turn straight through Rasa's REST channel (no gateway)."""
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": text},
                             timeout=aiohttp.ClientTimeout(total=TURN_TIMEOUT_S)) as resp:
            resp.raise_for_status()
            return Turn(from_rasa_messages(await resp.json()))


async def fetch_item(gateway_url: str, item_id: str) -> dict[str, Any]:
    """The full catalog record of an item (GET /api/items/{id}), to check it against a request."""
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{gateway_url}/api/items/{item_id}") as resp:
            resp.raise_for_status()
            return await resp.json()
