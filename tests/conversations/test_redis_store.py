"""The Redis store against the real Redis: one session per key, bounded, expiring, one SET per save."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
import redis
from conftest import conversation, search_turn
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from conversations.redis_store import ConversationRedisStore

PREFIX = "mediabottest"


@pytest.fixture
def store(domain) -> ConversationRedisStore:
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("Redis not reachable on 127.0.0.1:6379")
    return ConversationRedisStore(domain, host="127.0.0.1", port=6379, record_exp=60, key_prefix=PREFIX,
                                  max_events=40)


def _stored(store: ConversationRedisStore, sender: str) -> list:
    return json.loads(store.red.get(store.key_prefix + sender))["events"]


def test_a_long_conversation_comes_back_with_its_slots_and_stays_bounded(store: ConversationRedisStore, domain) -> None:
    sender = f"viewer-{uuid.uuid4().hex}"
    asyncio.run(store.save(DialogueStateTracker.from_events(sender, list(conversation(domain, 1).events),
                                                            domain.slots)))
    for n in range(1, 30):
        tracker = asyncio.run(store.retrieve(sender))
        for event in search_turn(n, "crime"):
            tracker.update(event)
        asyncio.run(store.save(tracker))
    tracker = asyncio.run(store.retrieve(sender))
    assert tracker.get_slot("genres") == ["crime"] and tracker.get_slot("audience") == "family"
    assert len(_stored(store, sender)) <= 40 + len(search_turn(0, "x"))
    assert 0 < store.red.ttl(store.key_prefix + sender) <= 60


def test_only_the_latest_session_is_kept(store: ConversationRedisStore, domain) -> None:
    tracker = conversation(domain, 3)
    tracker.sender_id = f"viewer-{uuid.uuid4().hex}"
    for event in [ActionExecuted("action_session_start"), SessionStarted(), SlotSet("audience", "family"),
                  ActionExecuted("action_listen")]:
        tracker.update(event)
    asyncio.run(store.save(tracker))
    assert [e["event"] for e in _stored(store, tracker.sender_id)][:2] == ["action", "session_started"]
    assert asyncio.run(store.retrieve(tracker.sender_id)).get_slot("audience") == "family"
