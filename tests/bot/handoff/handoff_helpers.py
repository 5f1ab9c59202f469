"""Helpers shared by the handoff tests (a uniquely named module: ``conftest`` is ambiguous on sys.path)."""

from __future__ import annotations

from bot.handoff import passwords
from bot.handoff.store import HandoffStore

PASSWORD = "correct horse battery staple"


def add_agent(store: HandoffStore, username: str = "ana", name: str = "Ana", password: str = PASSWORD) -> int:
    return store.agents.add(username, name, passwords.hash_password(password))
