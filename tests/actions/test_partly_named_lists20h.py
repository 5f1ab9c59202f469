"""Round 20h: part of a person's name after "back to" (first name(s) or surname of a person an earlier list searched)
names that list (actions/earlier_lists.py ``_person_partly_named``); the words after it edit the restored search.
Near misses: no person with those words ("back to basics"), or more than one (two people share the surname)."""

from __future__ import annotations

from typing import Any

import pytest

from actions.earlier_lists import back_reference
from actions.entities import parse_entities
from actions.turn import EARLIER_LISTS, LAST_ITEMS, Turn

_HISTORY = [
    {"search": {"actors": ["Priya Anand Rao"]}, "items": [{"id": "s1"}], "shown": ["s1"], "seq": 1},
    {"search": {"actors": ["Dev Anand Rao"]}, "items": [{"id": "s2"}], "shown": ["s2"], "seq": 2},
    {"search": {"actors": ["Meena Kapoor"]}, "items": [{"id": "s3"}], "shown": ["s3"], "seq": 3},
]


def _turn(text: str, entities: list[dict[str, Any]] | None = None) -> Turn:
    return Turn("t", "nlu_fallback", text, parse_entities(entities or [], text),
                slots={"actors": ["Meena Kapoor"], EARLIER_LISTS: _HISTORY, LAST_ITEMS: [{"id": "s3"}]})


def test_first_names_name_the_list_of_that_person() -> None:
    ref = back_reference(_turn("hmm back to priya anand please"))
    assert ref is not None and ref.entry["search"]["actors"] == ["Priya Anand Rao"]


def test_a_first_name_then_a_kind_restores_the_list_and_edits_it() -> None:
    text = "ok back to dev, the funny ones"
    ref = back_reference(_turn(text, [{"entity": "mood", "value": "funny", "start": text.index("funny"),
                                       "end": text.index("funny") + 5}]))
    assert ref is not None and ref.entry["search"]["actors"] == ["Dev Anand Rao"]
    assert [e.value for e in ref.edit] == ["funny"]


@pytest.mark.parametrize("text", ["back to basics then", "go back to rao"])  # nobody; two people named Rao
def test_near_misses_name_no_list(text: str) -> None:
    assert back_reference(_turn(text)) is None
