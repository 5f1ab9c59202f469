"""Review round 19, mend M1 (action side): sport words that are everyday words, and holidays in the query. Sentences
are this module's own; near-misses must not change.

1. a sport whose word is an everyday word too (``vocabulary.KIND_ONLY_SPORT_WORDS``) asks for sports only right before a
   work noun, and "boxing day" never does (``planning._subject_genres`` through ``vocabulary.said_as_kind``);
2. a holiday is kept out of the query only when the viewer turns it down and wishes for it nowhere after
   (``query_text`` through ``contract.words.holiday_mentions_turned_down``).
"""

from __future__ import annotations

from typing import Any

import pytest
from planned_turns import planned

from actions.query_text import residual_query
from actions.turn import Turn
from contract.vocabulary import said_as_kind


def _first(text: str) -> dict[str, Any]:
    """The request body planned for ``text`` as the conversation's first message."""
    return planned(Turn("t", "request_recommendation", text, [], {})).request_body(None)


# -- 1. sports only as the kind ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a long show we could marathon on sunday",
    "something with my pulse racing the whole time",
    "a romance about a polo champion",
    "a drama about a sailing holiday gone wrong",
    "a boxing day comedy for the family",
])
def test_an_everyday_sport_word_asks_for_no_sports(text):
    assert "any_genres" not in _first(text)["constraints"]


@pytest.mark.parametrize("text", ["any racing movies?", "a sailing documentary", "marathon docs", "a boxing flick",
                                  "boxing films for the weekend"])
def test_a_sport_before_a_work_noun_is_the_kind(text):
    assert _first(text)["constraints"]["any_genres"] == ["sports"]


def test_said_as_kind_reads_the_words_around():
    assert said_as_kind("racing", "racing films") and not said_as_kind("racing", "heart racing, a film please")
    assert said_as_kind("boxing", "boxing day then a boxing movie") and not said_as_kind("boxing", "boxing day fun")
    assert said_as_kind("zombie", None) and not said_as_kind("polo", None)


# -- 2. holidays in the query ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "it's not christmas for weeks but i'd love a christmas film",
    "i hate christmas but my daughter wants a christmas cartoon",
])
def test_a_holiday_still_wished_for_stays_the_query(text):
    assert "christmas" in (residual_query(text, []) or "").split()


@pytest.mark.parametrize("text", [
    "halloween weekend, but i'm fed up with halloween films, a crime drama",
    "no christmas stuff, a thriller",
])
def test_a_holiday_turned_down_is_no_query_word(text):
    assert not {"halloween", "christmas"} & set((residual_query(text, []) or "").split())
