""""What's new" and vague requests through the real stack (issue 11 item 4; docs/contracts.md "Cold-start prior
and what's new"): "just added" means added to the service in the catalog's newest month of additions (judged
on each pick's ``date_added`` from GET /api/items/{id}, relative to the fixture catalog's newest addition, never
today's date), and "surprise me" answers a varied mix instead of a question.

Runs in the gateway runtime (.venv) on the session's stack and the 596-title fixture catalog.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


def _newest_addition(records: list[Any]) -> dt.date:
    return max(r.date_added for r in records if isinstance(r.date_added, dt.date))


async def test_whats_new_is_recently_added_to_the_catalog(stack: Any, chat: WebChat, netflix_small_records) -> None:
    newest = _newest_addition(netflix_small_records)
    turn = await chat.say("what's new on here?")
    assert applied(turn).get("added_days") == 30, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: (newest - dt.date.fromisoformat(r["date_added"])).days < 30,
                        min_items=3)
    assert "just added" in turn.recommendations["heading"], turn.text


async def test_just_added_combines_with_a_genre(stack: Any, chat: WebChat, netflix_small_records) -> None:
    newest = _newest_addition(netflix_small_records)
    turn = await chat.say("any dramas that were recently added")
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"]
                        and (newest - dt.date.fromisoformat(r["date_added"])).days < 30)


async def test_surprise_me_answers_a_varied_mix(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("dunno, surprise me")
    assert len(turn.items) == 5, turn.text
    assert len({(i["genres"] or [""])[0] for i in turn.items}) >= 3, turn.items
