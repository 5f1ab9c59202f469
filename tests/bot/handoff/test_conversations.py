"""The conversations repository on SQLite and PostgreSQL: state transitions, races, the ack slot, the queue."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from handoff_helpers import add_agent, add_present_agent, make_present
from sqlalchemy import create_engine

from bot.handoff.models import utcnow
from bot.handoff.store import HandoffStore
from bot.handoff.transcripts import Line

CH, USER = "web", "viewer-session-0001"
PRESENCE = dt.timedelta(minutes=3)


def present_since() -> dt.datetime:
    return utcnow() - PRESENCE


def _waiting(store: HandoffStore, user: str = USER) -> str:
    store.transcripts.append(CH, user, [Line("viewer", text="can I talk to a person?")])
    assert store.conversations.start_handoff(CH, user, "requested")
    state = store.conversations.state(CH, user)
    assert state is not None and state.status == "waiting"
    return state.ref


def test_concurrent_claims_exactly_one_wins(store: HandoffStore) -> None:
    """Many agents press "claim" at the same instant: one conditional UPDATE succeeds, the rest don't."""
    agents = [add_present_agent(store, f"agent{i}", f"Agent {i}") for i in range(6)]
    for round_ in range(5):
        ref = _waiting(store, f"viewer-{round_:04d}-abcdef")
        barrier = threading.Barrier(len(agents))

        def claim(agent_id: int, ref: str = ref, barrier: threading.Barrier = barrier) -> bool:
            barrier.wait()
            return store.conversations.claim(ref, agent_id, present_since()) is not None

        with ThreadPoolExecutor(len(agents)) as pool:
            results = list(pool.map(claim, agents))
        assert results.count(True) == 1, results
        winner = agents[results.index(True)]
        _, agent_id, _ = store.conversations.info(ref)
        assert agent_id == winner


def test_claim_requires_waiting_and_hand_back_requires_owner(store: HandoffStore) -> None:
    ana, ben = add_present_agent(store, "ana", "Ana"), add_present_agent(store, "ben", "Ben")
    ref = _waiting(store)
    conversations = store.conversations
    assert conversations.claim(ref, ana, present_since()) == "claimed"
    assert conversations.claim(ref, ben, present_since()) is None  # already active, and Ana is present
    assert not conversations.hand_back(ref, ben)  # not Ben's
    assert conversations.hand_back(ref, ana)
    assert conversations.key_of(ref) == (CH, USER)
    assert conversations.state(CH, USER).status == "bot"
    assert not conversations.hand_back(ref, ana)  # only once
    assert conversations.claim(ref, ben, present_since()) is None  # back with the bot: nothing to claim


def test_start_handoff_only_from_bot(store: HandoffStore) -> None:
    _waiting(store)
    assert not store.conversations.start_handoff(CH, USER, "fallback")
    assert store.conversations.state(CH, USER).status == "waiting"


def test_ack_slot_at_most_once_per_interval(store: HandoffStore) -> None:
    t0 = utcnow()
    store.transcripts.append(CH, USER, [Line("viewer", text="hi")])
    store.conversations.start_handoff(CH, USER, "requested", now=t0)
    minute = dt.timedelta(minutes=1)
    take = store.conversations.take_ack_slot
    assert not take(CH, USER, minute, now=t0 + dt.timedelta(seconds=5))
    assert take(CH, USER, minute, now=t0 + dt.timedelta(seconds=61))
    assert not take(CH, USER, minute, now=t0 + dt.timedelta(seconds=90))
    assert take(CH, USER, minute, now=t0 + dt.timedelta(seconds=125))


def test_concurrent_ack_slot_has_one_winner(store: HandoffStore) -> None:
    t0 = utcnow() - dt.timedelta(minutes=5)
    store.transcripts.append(CH, USER, [Line("viewer", text="hi")])
    store.conversations.start_handoff(CH, USER, "requested", now=t0)
    barrier = threading.Barrier(4)

    def take(_: int) -> bool:
        barrier.wait()
        return store.conversations.take_ack_slot(CH, USER, dt.timedelta(minutes=1))

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(take, range(4))).count(True) == 1


def test_first_messages_from_two_tabs_create_one_conversation(store: HandoffStore) -> None:
    barrier = threading.Barrier(4)

    def first(i: int) -> str:
        barrier.wait()
        return store.transcripts.append(CH, "brand-new-viewer", [Line("viewer", text=f"tab {i}")]).state.ref

    with ThreadPoolExecutor(4) as pool:
        refs = set(pool.map(first, range(4)))
    assert len(refs) == 1


def test_queue_shows_conversations_in_handoff_with_the_last_viewer_message(store: HandoffStore) -> None:
    ana = add_agent(store)
    store.transcripts.append(CH, "still-with-the-bot", [Line("viewer", text="comedies")])
    ref = _waiting(store)
    store.transcripts.append(CH, USER, [Line("viewer", text="hello? " + "x" * 300)])
    queue = store.conversations.queue(ana, present_since())
    assert [e.ref for e in queue] == [ref]
    assert queue[0].status == "waiting" and queue[0].reason == "requested"
    assert queue[0].last_viewer_text.startswith("hello?") and len(queue[0].last_viewer_text) <= 160
    store.conversations.claim(ref, ana, present_since())
    entry = store.conversations.queue(ana, present_since())[0]
    assert entry.claimed_by_me and not entry.claimed_by_present  # Ana has no console session


def test_a_database_made_while_the_gateway_paused_rasa_still_takes_conversations(tmp_path: Path) -> None:
    """Earlier versions had a NOT NULL ``rasa_paused`` column; opening the store drops it."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = create_engine(url)
    with old.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE handoff_conversations (id INTEGER PRIMARY KEY, ref VARCHAR(32) UNIQUE, channel VARCHAR(32),"
            " user_id VARCHAR(128), status VARCHAR(16), reason VARCHAR(16), agent_id INTEGER,"
            " rasa_paused BOOLEAN NOT NULL, created_at DATETIME, waiting_since DATETIME, claimed_at DATETIME,"
            " last_ack_at DATETIME, last_message_at DATETIME, UNIQUE (channel, user_id))")
    old.dispose()
    store = HandoffStore.open(url)
    try:
        assert store.transcripts.append(CH, USER, [Line("viewer", text="hi")]).state.status == "bot"
    finally:
        store.close()


def test_any_agent_may_take_over_a_claim_whose_agent_went_away(store: HandoffStore) -> None:
    ana, ben = add_agent(store, "ana", "Ana"), add_present_agent(store, "ben", "Ben")
    ref = _waiting(store)
    make_present(store, ana)
    assert store.conversations.claim(ref, ana, present_since()) == "claimed"
    assert store.conversations.claim(ref, ben, present_since()) is None  # Ana is still here
    later = utcnow() + PRESENCE + dt.timedelta(seconds=1)  # Ana's console has been silent since
    assert store.conversations.claim(ref, ben, later - PRESENCE, now=later) == "taken_over"
    _, agent_id, name = store.conversations.info(ref)
    assert (agent_id, name) == (ben, "Ben")
    assert store.conversations.state(CH, USER).status == "active"
    assert store.conversations.claim(ref, ben, later - PRESENCE, now=later) is None  # not from oneself


def test_concurrent_take_overs_exactly_one_wins(store: HandoffStore) -> None:
    gone = add_agent(store, "gone", "Gone")
    agents = [add_present_agent(store, f"agent{i}", f"Agent {i}") for i in range(4)]
    ref = _waiting(store)
    store.conversations.claim(ref, gone, present_since())  # "gone" has no session: not present
    barrier = threading.Barrier(len(agents))

    def take(agent_id: int) -> str | None:
        barrier.wait()
        return store.conversations.claim(ref, agent_id, present_since())

    with ThreadPoolExecutor(len(agents)) as pool:
        results = list(pool.map(take, agents))
    assert results.count("taken_over") == 1 and results.count(None) == len(agents) - 1, results


def test_viewer_ends_a_waiting_or_active_handoff(store: HandoffStore) -> None:
    ana = add_present_agent(store)
    ref = _waiting(store)
    assert store.conversations.end_handoff(CH, USER) == ref
    assert store.conversations.state(CH, USER).status == "bot"
    assert store.conversations.end_handoff(CH, USER) is None  # nothing left to end
    assert store.conversations.end_handoff(CH, "never-seen-viewer") is None
    ref = _waiting(store)
    store.conversations.claim(ref, ana, present_since())
    assert store.conversations.end_handoff(CH, USER) == ref
    assert store.conversations.queue(ana, present_since()) == []


def test_only_conversations_past_the_wait_limit_expire_and_only_once(store: HandoffStore) -> None:
    ana = add_present_agent(store)
    t0 = utcnow()
    for user, minutes_ago in (("old-viewer-000001", 10), ("new-viewer-000001", 1), ("claimed-viewer-01", 10)):
        store.transcripts.append(CH, user, [Line("viewer", text="a person please")])
        store.conversations.start_handoff(CH, user, "requested", now=t0 - dt.timedelta(minutes=minutes_ago))
    claimed = store.conversations.state(CH, "claimed-viewer-01").ref
    store.conversations.claim(claimed, ana, present_since())
    cutoff = t0 - dt.timedelta(minutes=5)
    due = store.conversations.waiting_before(cutoff)
    assert [s.user_id for s in due] == ["old-viewer-000001"]
    assert store.conversations.expire_waiting(due[0].ref, cutoff)
    assert not store.conversations.expire_waiting(due[0].ref, cutoff)  # a second gateway process loses
    assert store.conversations.state(CH, "old-viewer-000001").status == "bot"
    assert store.conversations.state(CH, "new-viewer-000001").status == "waiting"
    assert not store.conversations.expire_waiting(claimed, cutoff)  # an agent has it: never expires
