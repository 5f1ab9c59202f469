"""Fixtures of the integration tests that talk to the session's stack (``stack``, tests/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from chat import WebChat


@pytest.fixture
async def chat(stack: Any) -> AsyncIterator[WebChat]:
    """A new viewer's web chat tab on the session's stack: each test is its own conversation."""
    async with WebChat(stack.gateway_url) as tab:
        yield tab
