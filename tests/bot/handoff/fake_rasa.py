"""A scripted stand-in for the Rasa server's REST channel and tracker API, on a loopback port.

It behaves like Rasa 3.6 where the handoff depends on it: bot events carry ``metadata.utter_action``,
``action_human_handoff`` pauses the tracker, a paused tracker ignores messages, and
``POST /conversations/{id}/tracker/events`` appends events (``pause``/``resume``) to the tracker.
Slots are modelled as one ``genre`` slot so a test can see them survive a handoff.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

GENRES = ("comedy", "horror", "drama", "documentary")


@dataclass
class FakeTracker:
    events: list[dict[str, Any]] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)
    paused: bool = False
    received: list[str] = field(default_factory=list)

    @property
    def latest_action_name(self) -> str | None:
        actions = [e["name"] for e in self.events if e.get("event") == "action"]
        return actions[-1] if actions else None


class FakeRasa:
    def __init__(self) -> None:
        self.trackers: dict[str, FakeTracker] = {}
        self.appended: list[tuple[str, list[dict[str, Any]]]] = []
        self.tracker_requests = 0
        self.down = False

    def tracker_of(self, sender: str) -> FakeTracker:
        return self.trackers.setdefault(sender, FakeTracker())

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", self.webhook)
        app.router.add_get("/conversations/{sender}/tracker", self.get_tracker)
        app.router.add_post("/conversations/{sender}/tracker/events", self.append_events)
        app.router.add_get("/status", self.status)
        return app

    async def status(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def webhook(self, request: web.Request) -> web.Response:
        if self.down:
            return web.Response(status=500)
        body = await request.json()
        sender, text = body["sender"], body["message"]
        tracker = self.tracker_of(sender)
        tracker.received.append(text)
        tracker.events.append({"event": "user", "text": text})
        if tracker.paused:
            return web.json_response([])
        replies = self._answer(sender, tracker, text)
        if not tracker.paused:  # like Rasa: a paused conversation stops before action_listen
            tracker.events.append({"event": "action", "name": "action_listen"})
        return web.json_response([{"recipient_id": sender, **r} for r in replies])

    def _answer(self, sender: str, tracker: FakeTracker, text: str) -> list[dict[str, Any]]:
        lowered = text.lower()
        if "person" in lowered or "human" in lowered:
            tracker.events.append({"event": "action", "name": "action_human_handoff"})
            self._bot(tracker, "I'm asking a person to join.", None)
            self._bot(tracker, None, {"type": "handoff", "status": "waiting"})
            tracker.events.append({"event": "pause"})
            tracker.paused = True
            return [{"text": "I'm asking a person to join."}, {"custom": {"type": "handoff", "status": "waiting"}}]
        if "weather" in lowered:
            self._bot(tracker, "That's outside what I can help with.", "utter_out_of_scope")
            return [{"text": "That's outside what I can help with."}]
        genre = next((g for g in GENRES if g in lowered), None)
        if genre is None and tracker.slots.get("genre") is None or "asdf" in lowered:
            self._bot(tracker, "Sorry, I didn't quite get that.", "utter_default")
            return [{"text": "Sorry, I didn't quite get that.", "buttons": [{"title": "Help", "payload": "/help"}]}]
        if genre is not None:
            tracker.slots["genre"] = genre
        genre = tracker.slots["genre"]
        items = [{"id": "s1", "title": f"A {genre} title", "type": "movie", "year": 2020,
                  "duration_minutes": 90, "seasons": None, "rating": "PG", "genres": [genre], "reason": genre}]
        self._bot(tracker, f"1. A {genre} title", None)
        self._bot(tracker, None, {"type": "recommendations"})
        return [{"text": f"1. A {genre} title"},
                {"custom": {"type": "recommendations", "items": items, "constraints": {"genres": [genre]}}}]

    @staticmethod
    def _bot(tracker: FakeTracker, text: str | None, utter_action: str | None) -> None:
        metadata = {"utter_action": utter_action} if utter_action else {}
        tracker.events.append({"event": "bot", "text": text, "metadata": metadata})

    async def get_tracker(self, request: web.Request) -> web.Response:
        if self.down:
            return web.Response(status=500)
        self.tracker_requests += 1
        tracker = self.tracker_of(request.match_info["sender"])
        return web.json_response({"sender_id": request.match_info["sender"], "events": tracker.events,
                                  "slots": tracker.slots, "paused": tracker.paused,
                                  "latest_action_name": tracker.latest_action_name})

    async def append_events(self, request: web.Request) -> web.Response:
        if self.down:
            return web.Response(status=500)
        sender = request.match_info["sender"]
        events = await request.json()
        events = events if isinstance(events, list) else [events]
        self.appended.append((sender, events))
        tracker = self.tracker_of(sender)
        for event in events:
            tracker.events.append(event)
            if event.get("event") == "pause":
                tracker.paused = True
            elif event.get("event") == "resume":
                tracker.paused = False
        return web.json_response({"sender_id": sender, "events": tracker.events})
