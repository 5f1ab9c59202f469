"""Round 20 mend M1 (actions side): a pivot to a listed title drops the list's order; "forget all filters" drops it
too; a turned-down order drops the search's; a superlative asked of the list near it is no new pick; "just"/"only"
after a position is a change only when the change follows at once; a person's genre read as a topic only when the
person's titles are there, and the viewer's genre stays in the state. Phrasings are this module's own."""

from __future__ import annotations

import asyncio
from typing import Any, Optional

import pytest
from dialogue_driver import located
from rasa_sdk.executor import CollectingDispatcher

from actions import recommend
from actions.constraints import apply_entities
from actions.cues import list_comparatives
from actions.edits.removals import remove_fields
from actions.entities import EXCLUDE, Entity, parse_entities
from actions.listed_pivots import pivots_to_a_listed_title
from actions.planning import Plan, similarity_pivot_search
from actions.turn import Turn
from contract.constraints import Constraints


def test_a_pivot_to_a_listed_title_drops_the_lists_order() -> None:
    kept = similarity_pivot_search(Constraints(genres=["comedy"], sort="shortest"))
    assert kept.sort is None and kept.genres == ["comedy"]


def test_forgetting_all_filters_drops_the_order() -> None:
    assert remove_fields(Constraints(genres=["horror"], sort="oldest"), frozenset({"all"})).sort is None
    assert remove_fields(Constraints(genres=["horror"], sort="oldest"), frozenset({"genre"})).sort == "oldest"


def test_a_turned_down_order_drops_the_searchs_order() -> None:
    state = Constraints(genres=["drama"], sort="longest")
    assert apply_entities(state, [Entity("sort", "longest", EXCLUDE, 4, 11)]).sort is None
    assert apply_entities(state, [Entity("sort", "oldest", EXCLUDE, 4, 10)]).sort == "longest"  # another order


@pytest.mark.parametrize("text, expected", [
    ("which of these would be the oldest", []),
    ("the shortest of them please", []),
    ("the oldest ones you have, which are dramas", [("year", "older")]),
])
def test_a_superlative_after_a_list_is_a_question_only_near_a_list_word(text: str, expected: list[Any]) -> None:
    assert [(e.name, e.value) for e in list_comparatives(text, [])] == expected


ITEMS = [{"id": "s1", "title": "A"}, {"id": "s2", "title": "B"}, {"id": "s3", "title": "C"}]


@pytest.mark.parametrize("text, entities, expected", [
    ("the third one just in spanish", [("the third one", "position", "3"), ("spanish", "language", "es")], True),
    ("the second one only shorter", [("the second one", "position", "2"), ("shorter", "duration", "shorter")], True),
    # near misses: a remark about the title after "just"/"only"
    ("the first one just got released in 2019 yeah", [("the first one", "position", "1"), ("2019", "year", "2019")],
     False),
    ("the 2nd one only lasted for 90 min", [("the 2nd one", "position", "2"), ("90 min", "duration", "90")], False),
])
def test_just_or_only_after_a_position_is_a_change_only_at_once(text: str, entities: list[tuple[str, str, str]],
                                                                   expected: bool) -> None:
    found = parse_entities([located(text, p, n, v) for p, n, v in entities], text)
    turn = Turn("t", "refine", text, found, {"last_items": ITEMS, "shown_ids": ["s1", "s2", "s3"]})
    assert pivots_to_a_listed_title(turn) is expected


class _Catalog:
    """Answers a search with items only when it has no genre (the person's titles tagged otherwise)."""

    def __init__(self, with_titles: bool) -> None:
        self.with_titles = with_titles
        self.bodies: list[dict[str, Any]] = []

    async def recommend(self, body: dict[str, Any]) -> dict[str, Any]:
        self.bodies.append(body)
        c = body.get("constraints") or {}
        if c.get("genres") or not self.with_titles:
            return {"items": [], "relaxations": []}
        return {"items": [{"id": "s9", "title": "Nine", "type": "movie", "year": 2010, "genres": ["comedy"]}]}


def _run(monkeypatch: pytest.MonkeyPatch, with_titles: bool) -> tuple[CollectingDispatcher, list[Any], _Catalog]:
    catalog = _Catalog(with_titles)
    monkeypatch.setattr(recommend, "get_client", lambda: catalog)
    dispatcher = CollectingDispatcher()
    turn = Turn("t", "request_recommendation", "some actor drama", [], {})
    plan = Plan(Constraints(actors=["Some Actor"], genres=["drama"], year_min=2030))
    events = asyncio.run(recommend.execute_plan(dispatcher, turn, plan))
    return dispatcher, events, catalog


def _slot(events: list[Any], name: str) -> Optional[Any]:
    return next((e["value"] for e in events if e.get("event") == "slot" and e.get("name") == name), None)


def test_a_persons_genre_as_topic_keeps_the_viewers_genre(monkeypatch: pytest.MonkeyPatch) -> None:
    dispatcher, events, catalog = _run(monkeypatch, with_titles=True)
    assert len(catalog.bodies) == 2 and _slot(events, "genres") == ["drama"]
    assert "tagged" in str(dispatcher.messages).lower() or dispatcher.messages


def test_no_topic_note_when_the_person_search_is_empty_anyway(monkeypatch: pytest.MonkeyPatch) -> None:
    dispatcher, events, _ = _run(monkeypatch, with_titles=False)
    text = str(dispatcher.messages)
    assert "tagged" not in text.lower() and _slot(events, "genres") == ["drama"]


@pytest.mark.parametrize("text, comparative", [("ok which one here is the quickest", "shorter"),
                                               ("the lengthiest one among those", "longer")])
def test_every_sort_word_picks_within_the_list(text: str, comparative: str) -> None:
    from actions.earlier_lists import _PICK_RE, _SUPERLATIVE_AS_COMPARATIVE

    match = _PICK_RE.search(text)
    assert match is not None
    said = next(w for w in match.group("word", "word2", "word3", "word4") if w).lower()
    assert _SUPERLATIVE_AS_COMPARATIVE[said] == comparative
