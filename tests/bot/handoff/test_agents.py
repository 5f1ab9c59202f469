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


def test_present_means_a_recent_live_session_of_an_enabled_agent(store: HandoffStore) -> None:
    agents = store.agents
    now = utcnow()
    window = dt.timedelta(minutes=3)
    ana = add_agent(store)
    assert not agents.anyone_present(now - window, now=now)  # an account alone is nobody to talk to
    agents.create_session("a" * 64, ana, now + dt.timedelta(hours=12))
    assert agents.anyone_present(now - window, now=now)
    assert agents.present_ids(now - window, now=now) == {ana}
    later = now + window + dt.timedelta(seconds=1)  # the console went quiet: no heartbeat, no action
    assert not agents.anyone_present(later - window, now=later)
    # any request of the console (its live stream's session check included) marks the agent seen again
    assert agents.session_agent("a" * 64, dt.timedelta(hours=2), dt.timedelta(minutes=1), now=later) is not None
    assert agents.anyone_present(later - window, now=later)
    agents.set_disabled("ana", True)
    assert not agents.anyone_present(later - window, now=later)


def test_a_session_past_its_lifetime_is_not_presence(store: HandoffStore) -> None:
    now = utcnow()
    store.agents.create_session("a" * 64, add_agent(store), now + dt.timedelta(seconds=1))
    after = now + dt.timedelta(seconds=2)
    assert not store.agents.anyone_present(after - dt.timedelta(minutes=3), now=after)
