"""Shared fixtures of the mediabot (top layer) tests."""

from __future__ import annotations

import pytest

from contract.settings import SETTINGS_DOC


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No setting in the environment: every value is its documented default unless a test sets it."""
    for name in SETTINGS_DOC:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch
