"""Browser tests drive Debian's headless Chromium; they skip, saying why, only when it is not installed."""

from __future__ import annotations

import pytest

from webchat_browser_helpers import chromium_missing_reason


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = chromium_missing_reason()
    if reason is None:
        return
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.skip(reason=reason))
