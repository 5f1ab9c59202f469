"""Which saved searches "cancel the Korean one" / "cancel the second one" / "stop notifying me" point at,
and what "let me know when new ones arrive" watches (actions/notify.py, pure parts)."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions.entities import Entity  # noqa: E402
from actions.notify import chosen_subscriptions, watched  # noqa: E402
from actions.turn import Turn  # noqa: E402

SAVED = [
    {"id": "a", "constraints": {"genres": ["drama"], "countries": ["South Korea"]}},
    {"id": "b", "constraints": {"genres": ["horror"], "media_type": ["movie"]}},
]


def test_a_named_genre_picks_the_searches_that_include_it() -> None:
    assert [s["id"] for s in chosen_subscriptions(SAVED, [Entity("genre", "horror")])] == ["b"]


def test_a_position_picks_from_the_listed_order() -> None:
    assert [s["id"] for s in chosen_subscriptions(SAVED, [Entity("position", "2")])] == ["b"]


def test_a_value_no_search_has_picks_none() -> None:
    assert chosen_subscriptions(SAVED, [Entity("genre", "comedy")]) == []


def test_nothing_named_means_all_of_them() -> None:
    assert chosen_subscriptions(SAVED, []) is None


def test_the_turns_constraints_win_over_the_current_search_and_new_is_dropped() -> None:
    turn = Turn("v", "notify_subscribe", "tell me when new horror arrives",
                entities=[Entity("genre", "horror"), Entity("added", "30")], slots={"genres": ["comedy"]})
    got = watched(turn)
    assert got.genres == ["horror"] and got.added_days is None


def test_without_named_constraints_the_current_search_is_watched() -> None:
    turn = Turn("v", "notify_subscribe", "let me know when more of these come", slots={"genres": ["comedy"],
                                                                                        "max_minutes": 40})
    got = watched(turn)
    assert got.genres == ["comedy"] and got.max_minutes == 40
