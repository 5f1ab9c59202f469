"""Checks the dialogue tests share: every recommended item is fetched from GET /api/items/{id} and judged
on its catalog record, never on the bot's own echo of the request (DESIGN.md: every item shown satisfies
the hard constraints).

One copy here so that each test module states only its own request → check pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from chat import Turn, fetch_item
from contract.payloads import ItemDetails

Record = dict[str, Any]
ItemCheck = Callable[[Record], bool]

# Raw ratings per audience, written from the rating systems (not from contract.vocabulary), so that the
# checks do not repeat the code under test.
PRESCHOOL = {"TV-Y", "TV-G", "G"}
KIDS = PRESCHOOL | {"TV-Y7", "TV-Y7-FV"}
FAMILY = KIDS | {"PG", "TV-PG"}
TEEN = FAMILY | {"PG-13", "TV-14"}

# The record fields a failure message shows, so a violation can be read without re-running the request.
SHOWN_FIELDS = ("type", "rating", "genres", "languages", "countries", "year", "seasons", "duration_minutes")


async def checked_picks(gateway_url: str, turn: Turn, check: ItemCheck, *, min_items: int = 1,
                        never_say: Iterable[str] = ()) -> list[Record]:
    """The catalog records of the turn's picks: at least ``min_items`` of them, each passing ``check``, in
    a turn that says none of ``never_say`` (an apology or a restart instead of picks)."""
    assert not any(p in turn.text for p in never_say), turn.text
    assert turn.recommendations is not None, f"no recommendations in: {turn.text}"
    assert len(turn.items) >= min_items, f"fewer than {min_items} picks in: {turn.text}"
    found = [await fetch_item(gateway_url, item["id"]) for item in turn.items]
    bad = [(r["title"], {k: r.get(k) for k in SHOWN_FIELDS}) for r in found if not check(r)]
    assert not bad, f"items violating the request: {bad}\n{turn.text}"
    return found


def applied(turn: Turn) -> dict[str, Any]:
    """The constraints the recommendations answer to (contract §3), as the web chat receives them."""
    assert turn.recommendations is not None, turn.text
    return turn.recommendations["constraints"]


def runtime_at_most(limit: int) -> ItemCheck:
    """A known runtime of at most ``limit`` minutes (an item without one cannot satisfy a bound)."""
    return lambda r: r.get("duration_minutes") is not None and r["duration_minutes"] <= limit


# What the bot says when it did not take a message as a request it could answer.
NOT_UNDERSTOOD = ("didn't quite get", "Which one do you mean", "More like which", "outside what I can help")


def shown_ids(turn: Turn) -> list[str]:
    """The ids of the titles the turn shows, in order."""
    return [str(i["id"]) for i in turn.items]


def assert_like_list(turn: Turn, title: str, item_id: str) -> None:
    """The turn answers with titles like ``title`` (named so in the answer), never the title itself."""
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert shown_ids(turn) and item_id not in shown_ids(turn), turn.text
    assert f"like {title}" in turn.text, turn.text


def details_of(turn: Turn) -> list[ItemDetails]:
    """The title cards the turn answered with (an availability question, "tell me about <title>")."""
    return [a for a in turn.answers if isinstance(a, ItemDetails)]
