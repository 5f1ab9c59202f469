"""Session-wide real stack for the integration tests (started once, stopped at the end)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from servers import Stack, start_stack  # noqa: E402


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Gateway + Rasa + action server over the fixture catalog, on free ports."""
    with start_stack(tmp_path_factory.mktemp("stack")) as running:
        yield running
