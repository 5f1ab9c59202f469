"""Browser tests drive Debian's headless Chromium; they skip, saying why, only when it is not installed.

``driver``: one fresh desktop-sized browser per test (tests that need two browsers open them with
``chrome()`` themselves).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from webchat_browser_helpers import chrome, chromium_missing_reason


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = chromium_missing_reason()
    if reason is None:
        return
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture
def driver() -> Iterator[Any]:
    with chrome() as d:
        yield d
