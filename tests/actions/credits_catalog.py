"""A catalog client for action tests that read a title's credits (actions/made_by.py, actions/cast_of.py): it
answers GET /api/items/<id> from a dict, or is down; titles are looked up by their exact name."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from actions import made_by
from actions.recommender_client import RecommenderUnavailable


class FakeClient:
    def __init__(self, items: dict[str, dict[str, Any]], down: bool = False) -> None:
        self.items = items
        self.down = down

    async def item(self, item_id: str, user_id: Optional[str] = None) -> Optional[dict[str, Any]]:
        if self.down:
            raise RecommenderUnavailable("down")
        return self.items.get(item_id)


def serve(monkeypatch: pytest.MonkeyPatch, items: dict[str, dict[str, Any]]) -> FakeClient:
    """Make ``items`` the catalog the credit readers see; returns the client (set ``down`` to cut it off)."""
    client = FakeClient(items)
    ids = {v["title"]: k for k, v in items.items()}
    monkeypatch.setattr(made_by, "lookup_title_id", lambda title: ids.get(title))
    monkeypatch.setattr(made_by, "get_client", lambda: client)
    return client
