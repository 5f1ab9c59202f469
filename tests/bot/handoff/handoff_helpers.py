"""Helpers shared by the handoff tests (a uniquely named module: ``conftest`` is ambiguous on sys.path)."""

from __future__ import annotations

from bot.handoff import passwords
from bot.handoff.store import HandoffStore

PASSWORD = "correct horse battery staple"


def add_agent(store: HandoffStore, username: str = "ana", name: str = "Ana", password: str = PASSWORD) -> int:
    return store.agents.add(username, name, passwords.hash_password(password))


def make_present(store: HandoffStore, agent_id: int) -> None:
    """The agent has a live console session (as if signed in a moment ago): they count as present."""
    import datetime as dt
    import secrets

    from bot.handoff.models import utcnow

    store.agents.create_session(secrets.token_hex(32), agent_id, utcnow() + dt.timedelta(hours=1))


def add_present_agent(store: HandoffStore, username: str = "ana", name: str = "Ana") -> int:
    agent_id = add_agent(store, username, name)
    make_present(store, agent_id)
    return agent_id
