"""Shared fixtures of the gateway tests: settings for a real gateway app whose Rasa is a closed port.

With Rasa unreachable, turns that pass every check end in the router's honest "can't reach" answer, as in
production when Rasa is down; tests that need a conversation swap in a recording router instead.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contract.settings import Settings

OfflineSettings = Callable[..., Settings]


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on, so the real Rasa (or Bot API) client fails fast."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def offline_settings(tmp_path: Path, closed_port: int) -> OfflineSettings:
    """Builds gateway settings over a SQLite file in tmp_path with Rasa at the closed port; keyword
    arguments override or add settings."""

    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {"var_dir": tmp_path, "database_url": f"sqlite:///{tmp_path / 'test.db'}",
                                  "rasa_url": f"http://127.0.0.1:{closed_port}", "rasa_timeout_s": 1.0}
        values.update(overrides)
        return Settings(**values)

    return make
