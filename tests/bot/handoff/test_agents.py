"""The agents repository on SQLite and PostgreSQL: accounts, console sessions, sign-in throttling."""

from __future__ import annotations

import datetime as dt

import pytest
from handoff_helpers import add_agent

from bot.handoff.models import utcnow
from bot.handoff.store import HandoffStore


def test_sessions_expire_idle_and_end_when_disabled(store: HandoffStore) -> None:
    ana = add_agent(store)
    agents = store.agents
    now = utcnow()
    idle, touch = dt.timedelta(hours=2), dt.timedelta(minutes=1)
    agents.create_session("a" * 64, ana, now + dt.timedelta(hours=12))
    assert agents.session_agent("a" * 64, idle, touch, now=now).display_name == "Ana"
    assert agents.session_agent("b" * 64, idle, touch, now=now) is None
    assert agents.session_agent("a" * 64, idle, touch, now=now + dt.timedelta(hours=3)) is None  # idle
    agents.create_session("c" * 64, ana, now + dt.timedelta(hours=12))
    agents.set_disabled("ana", True)
    assert agents.session_agent("c" * 64, idle, touch) is None
    assert not agents.any_enabled()


def test_new_password_ends_every_session(store: HandoffStore) -> None:
    ana = add_agent(store)
    store.agents.create_session("d" * 64, ana, utcnow() + dt.timedelta(hours=12))
    assert store.agents.set_password("ANA", "scrypt$new")
    assert store.agents.session_agent("d" * 64, dt.timedelta(hours=2), dt.timedelta(minutes=1)) is None
    assert store.agents.by_username("ana").password_hash == "scrypt$new"


def test_failures_counted_per_key_and_address(store: HandoffStore) -> None:
    agents = store.agents
    now = utcnow()
    for i in range(3):
        agents.add_failure("k1", "ip1", now - dt.timedelta(seconds=i), now - dt.timedelta(minutes=5))
    agents.add_failure("k2", "ip1", now, now - dt.timedelta(minutes=5))
    by_key, by_ip, oldest = agents.failures_since("k1", "ip1", now - dt.timedelta(minutes=5))
    assert (by_key, by_ip) == (3, 4) and oldest is not None
    agents.clear_failures("k1")
    assert agents.failures_since("k1", "ip1", now - dt.timedelta(minutes=5))[:2] == (0, 1)


def test_usernames_are_unique_case_insensitively(store: HandoffStore) -> None:
    add_agent(store, "Ana")
    with pytest.raises(ValueError):
        add_agent(store, "ana")
    assert store.agents.by_username("ANA").username == "ana"
    assert [a.username for a in store.agents.all()] == ["ana"]
