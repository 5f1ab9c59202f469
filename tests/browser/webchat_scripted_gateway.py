"""The real gateway app (``create_app``) in a background thread, with a scripted bot behind the router.

The UI tests check rendering details, reconnects and pushes that do not depend on what Rasa answers;
the scripted replies have exactly the shapes the actions send (a plain-text list with buttons, then the
``recommendations`` custom payload; details text then ``item_details``). The real-stack test lives in
test_webchat_browser.py.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path
from typing import Any

from aiohttp import web

from bot import keys
from bot.app import create_app
from bot.channels.webchat import WEBCHAT_HUB
from bot.conversation import ConversationKey
from mediabot.settings import Settings

ITEMS: list[dict[str, Any]] = [
    {"id": "s101", "title": "The Office Hours", "type": "movie", "year": 2019, "duration_minutes": 32,
     "seasons": None, "rating": "TV-14", "genres": ["comedy", "stand-up"],
     "reason": "comedy · 32 min · quick laughs", "description": "A stand-up special about office life, "
     "meetings that could have been emails, and the heroic fight for the last good chair in the building."},
    {"id": "s102", "title": "Tiny Kitchen <b>Chaos</b>", "type": "movie", "year": 2021, "duration_minutes": 38,
     "seasons": None, "rating": "TV-PG", "genres": ["comedy"],
     "reason": "comedy · 38 min", "description": "Two chefs, one very small kitchen."},
    {"id": "s103", "title": "Laugh Lines", "type": "movie", "year": 2017, "duration_minutes": 24,
     "seasons": None, "rating": "TV-MA", "genres": ["comedy", "stand-up"],
     "reason": "comedy · 24 min · highly rated", "description": "Short, sharp and very rude."},
]
SHORTER = '/refine{"duration":"shorter"}'


def _list_text(heading: str, items: list[dict[str, Any]]) -> str:
    lines = [heading] + [f"{i}. {it['title']} ({it['year']}) · {it['duration_minutes']} min · {it['rating']} — {it['reason']}"
                         for i, it in enumerate(items, start=1)]
    return "\n".join(lines)


def _recommend(items: list[dict[str, Any]], heading: str) -> list[dict[str, Any]]:
    buttons = [{"title": "Something else", "payload": "/something_else"},
               {"title": "Shorter", "payload": SHORTER},
               {"title": "Start over", "payload": "/start_over"}]
    return [{"text": _list_text(heading, items), "buttons": buttons},
            {"custom": {"type": "recommendations", "items": items, "constraints": {"genres": ["comedy"]}}}]


def scripted_reply(text: str) -> list[dict[str, Any]]:
    """What the scripted bot answers to one message (mirrors actions/ shapes)."""
    if text == SHORTER:
        return _recommend(ITEMS[2:], "Here is 1 pick (comedy · under 30 min):")
    if text.startswith("/feedback_like"):
        return [{"text": "Glad you liked it! I'll lean towards titles like it from now on.",
                 "buttons": [{"title": "More like this", "payload": "/more_like"}]}]
    if text.startswith("/feedback_"):
        return [{"text": "Got it."}]
    if text == "/start_over":
        return [{"text": "Okay, let's start fresh. What do you feel like watching?",
                 "buttons": [{"title": "Comedy", "payload": '/request_recommendation{"genre":"comedy"}'}]}]
    if "details" in text:
        item = dict(ITEMS[0], cast=["Ana Example", "Bo Sample"], directors=["Cy Director"],
                    countries=["United States"], date_added="2021-09-24")
        return [{"text": "The Office Hours (2019) — movie · 32 min · rated TV-14", "buttons": []},
                {"custom": {"type": "item_details", "item": item}}]
    if "person" in text:
        return [{"text": "Sure. I'm asking a person from our support team to join this chat."},
                {"custom": {"type": "handoff", "status": "waiting"}}]
    if "html" in text:
        return [{"text": '<img src=x id="injected">Not <b>bold</b>'}]
    if "comed" in text:
        return _recommend(ITEMS, "Here are 3 picks (comedy · under 40 min):")
    return [{"text": f"You said: {text}"}]


class ScriptedRouter:
    """Records every text that would reach Rasa and answers from ``scripted_reply``."""

    def __init__(self) -> None:
        self.calls: list[tuple[ConversationKey, str]] = []

    async def handle(self, key: ConversationKey, text: str) -> list[dict[str, Any]]:
        self.calls.append((key, text))
        await asyncio.sleep(0.3)  # long enough to see the typing indicator
        return scripted_reply(text)


class _VocabularyOnly:
    """The page asks /api/vocabulary for genre labels; the web chat needs nothing else."""

    @staticmethod
    def vocabulary() -> dict[str, Any]:
        return {"genres": [{"id": "comedy", "label": "Comedy", "synonyms": []},
                           {"id": "stand-up", "label": "Stand-up", "synonyms": []}]}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ScriptedGateway:
    """Runs the gateway on 127.0.0.1:<port> in a thread; can be stopped and restarted on the same port."""

    def __init__(self, var_dir: Path) -> None:
        self.port = free_port()
        self.router = ScriptedRouter()
        self._settings = Settings(var_dir=var_dir, database_url=f"sqlite:///{var_dir / 'ui.db'}",
                                  rasa_url="http://127.0.0.1:9", rasa_timeout_s=1.0)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._runner: web.AppRunner | None = None
        self.app: web.Application | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=30)

    def start(self) -> None:
        self._run(self._start())

    async def _start(self) -> None:
        app = create_app(self._settings, recommender=_VocabularyOnly())
        app[keys.ROUTER] = self.router  # type: ignore[assignment]
        self._runner = web.AppRunner(app, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        self.app = app

    def stop(self) -> None:
        """Stop serving (open sockets are closed, like a gateway restart)."""
        if self._runner is not None:
            self._run(self._runner.cleanup())
            self._runner = None

    def push(self, session_id: str, frame: dict[str, Any]) -> int:
        assert self.app is not None
        return self._run(self.app[WEBCHAT_HUB].push(session_id, frame))

    def tabs(self, session_id: str) -> int:
        """How many sockets of ``session_id`` the hub holds (read on the gateway's loop)."""
        assert self.app is not None
        hub = self.app[WEBCHAT_HUB]

        async def count() -> int:
            return hub.connection_count(session_id)

        return self._run(count())

    def close(self) -> None:
        self.stop()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
