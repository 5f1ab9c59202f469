"""Round 18c: a country or language said alone opens a search also when it is turned down ("anything NOT
american") or named after its format in second-language order ("film italian"). A title after the same words is no
such request, nor is a statement about the viewer. Sentences are this module's own."""

from __future__ import annotations

import pytest
from planned_turns import at

from actions.edits.search_requests import strong_search_entities
from actions.entities import EXCLUDE
from actions.turn import Turn


@pytest.mark.parametrize("text, phrase, name, value, role", [
    ("anything NOT british", "british", "country", "United Kingdom", EXCLUDE),
    ("anything except indian", "indian", "country", "India", EXCLUDE),
    ("films spanish", "spanish", "country", "Spain", None),
    ("series korean please", "korean", "language", "ko", None),
])
def test_an_origin_turned_down_or_after_its_format_is_a_request(text, phrase, name, value, role):
    assert strong_search_entities(Turn("t", "nlu_fallback", text, [at(text, phrase, name, value, role)], {}))


@pytest.mark.parametrize("text, phrase, name, value", [
    ("i'm not british", "british", "country", "United Kingdom"),       # about the viewer
    ("the weather is not nice in spain", "spain", "country", "Spain"),  # a remark
    ("not dark", "dark", "title", "s100"),                              # a title after "not": no like-search
])
def test_other_words_before_the_origin_or_a_title_are_no_request(text, phrase, name, value):
    assert not strong_search_entities(Turn("t", "nlu_fallback", text, [at(text, phrase, name, value)], {}))
