"""The handoff store on SQLite and PostgreSQL: state transitions, races, transcripts, sessions, throttling."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from handoff_helpers import add_agent

from bot.handoff.models import utcnow
from bot.handoff.store import HandoffStore, Line, UnknownConversation

CH, USER = "web", "viewer-session-0001"


def _waiting(store: HandoffStore, user: str = USER) -> str:
    store.record(CH, user, [Line("viewer", text="can I talk to a person?")])
    assert store.start_handoff(CH, user, "requested", True)
    state = store.state(CH, user)
    assert state is not None and state.status == "waiting"
    return state.ref


def test_concurrent_claims_exactly_one_wins(store: HandoffStore) -> None:
    """Many agents press "claim" at the same instant: one conditional UPDATE succeeds, the rest don't."""
    agents = [add_agent(store, f"agent{i}", f"Agent {i}") for i in range(6)]
    for round_ in range(5):
        ref = _waiting(store, f"viewer-{round_:04d}-abcdef")
        barrier = threading.Barrier(len(agents))

        def claim(agent_id: int, ref: str = ref, barrier: threading.Barrier = barrier) -> bool:
            barrier.wait()
            return store.claim(ref, agent_id)

        with ThreadPoolExecutor(len(agents)) as pool:
            results = list(pool.map(claim, agents))
        assert results.count(True) == 1, results
        winner = agents[results.index(True)]
        _, agent_id, _ = store.conversation_info(ref)
        assert agent_id == winner


def test_claim_requires_waiting_and_hand_back_requires_owner(store: HandoffStore) -> None:
    ana, ben = add_agent(store, "ana", "Ana"), add_agent(store, "ben", "Ben")
    ref = _waiting(store)
    assert store.claim(ref, ana)
    assert not store.claim(ref, ben)  # already active
    assert store.hand_back(ref, ben) is None  # not Ben's
    back = store.hand_back(ref, ana)
    assert back is not None and (back.channel, back.user_id) == (CH, USER)
    assert store.state(CH, USER).status == "bot"
    assert store.hand_back(ref, ana) is None  # only once
    assert not store.claim(ref, ben)  # back with the bot: nothing to claim


def test_start_handoff_only_from_bot(store: HandoffStore) -> None:
    _waiting(store)
    assert not store.start_handoff(CH, USER, "fallback", True)
    assert store.state(CH, USER).status == "waiting"


def test_ack_slot_at_most_once_per_interval(store: HandoffStore) -> None:
    t0 = utcnow()
    store.record(CH, USER, [Line("viewer", text="hi")])
    store.start_handoff(CH, USER, "requested", True, now=t0)
    minute = dt.timedelta(minutes=1)
    assert not store.take_ack_slot(CH, USER, minute, now=t0 + dt.timedelta(seconds=5))
    assert store.take_ack_slot(CH, USER, minute, now=t0 + dt.timedelta(seconds=61))
    assert not store.take_ack_slot(CH, USER, minute, now=t0 + dt.timedelta(seconds=90))
    assert store.take_ack_slot(CH, USER, minute, now=t0 + dt.timedelta(seconds=125))


def test_concurrent_ack_slot_has_one_winner(store: HandoffStore) -> None:
    t0 = utcnow() - dt.timedelta(minutes=5)
    store.record(CH, USER, [Line("viewer", text="hi")])
    store.start_handoff(CH, USER, "requested", True, now=t0)
    barrier = threading.Barrier(4)

    def take(_: int) -> bool:
        barrier.wait()
        return store.take_ack_slot(CH, USER, dt.timedelta(minutes=1))

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(take, range(4))).count(True) == 1


def test_first_messages_from_two_tabs_create_one_conversation(store: HandoffStore) -> None:
    barrier = threading.Barrier(4)

    def first(i: int) -> str:
        barrier.wait()
        return store.record(CH, "brand-new-viewer", [Line("viewer", text=f"tab {i}")]).ref

    with ThreadPoolExecutor(4) as pool:
        refs = set(pool.map(first, range(4)))
    assert len(refs) == 1


def test_transcript_and_queue_show_history_and_last_viewer_message(store: HandoffStore) -> None:
    ana = add_agent(store)
    store.record(CH, USER, [Line("viewer", text="comedies")])
    store.record(CH, USER, [Line("bot", text="1. A comedy", payload={"custom": {"type": "recommendations",
                                                                                "items": [{"id": "s1"}]}})])
    ref = _waiting(store)
    store.record(CH, USER, [Line("viewer", text="hello? " + "x" * 300)])
    queue = store.queue(ana)
    assert [e.ref for e in queue] == [ref]
    assert queue[0].status == "waiting" and queue[0].last_viewer_text.startswith("hello?")
    assert len(queue[0].last_viewer_text) <= 160
    state, lines = store.transcript(ref)
    assert [ln.sender for ln in lines] == ["viewer", "bot", "viewer", "viewer"]
    assert lines[1].payload["custom"]["type"] == "recommendations"
    assert state.channel == CH


def test_transcript_only_for_conversations_in_handoff(store: HandoffStore) -> None:
    state = store.record(CH, USER, [Line("viewer", text="comedies")])
    with pytest.raises(UnknownConversation):
        store.transcript(state.ref)
    with pytest.raises(UnknownConversation):
        store.transcript("0000000000000000")


def test_agent_lines_pending_until_delivered(store: HandoffStore) -> None:
    ana, ben = add_agent(store, "ana", "Ana"), add_agent(store, "ben", "Ben")
    ref = _waiting(store)
    assert store.add_agent_line(ref, ana, "hi") is None  # not claimed yet
    store.claim(ref, ana)
    assert store.add_agent_line(ref, ben, "hi") is None  # not Ben's
    _, line_id = store.add_agent_line(ref, ana, "Hi, I'm Ana.")
    pending = store.undelivered(CH, USER)
    assert [(p.id, p.text, p.agent_name) for p in pending] == [(line_id, "Hi, I'm Ana.", "Ana")]
    store.mark_delivered([line_id])
    assert store.undelivered(CH, USER) == []


def test_sessions_expire_idle_and_end_when_disabled(store: HandoffStore) -> None:
    ana = add_agent(store)
    now = utcnow()
    idle, touch = dt.timedelta(hours=2), dt.timedelta(minutes=1)
    store.create_session("a" * 64, ana, now + dt.timedelta(hours=12))
    assert store.session_agent("a" * 64, idle, touch, now=now).display_name == "Ana"
    assert store.session_agent("b" * 64, idle, touch, now=now) is None
    assert store.session_agent("a" * 64, idle, touch, now=now + dt.timedelta(hours=3)) is None  # idle
    store.create_session("c" * 64, ana, now + dt.timedelta(hours=12))
    store.set_disabled("ana", True)
    assert store.session_agent("c" * 64, idle, touch) is None
    assert not store.has_active_agents()


def test_failures_counted_per_key_and_address(store: HandoffStore) -> None:
    now = utcnow()
    for i in range(3):
        store.add_failure("k1", "ip1", now - dt.timedelta(seconds=i), now - dt.timedelta(minutes=5))
    store.add_failure("k2", "ip1", now, now - dt.timedelta(minutes=5))
    by_key, by_ip, oldest = store.failures_since("k1", "ip1", now - dt.timedelta(minutes=5))
    assert (by_key, by_ip) == (3, 4) and oldest is not None
    store.clear_failures("k1")
    assert store.failures_since("k1", "ip1", now - dt.timedelta(minutes=5))[:2] == (0, 1)


def test_usernames_are_unique_case_insensitively(store: HandoffStore) -> None:
    add_agent(store, "Ana")
    with pytest.raises(ValueError):
        add_agent(store, "ana")
    assert store.agent_by_username("ANA").username == "ana"
