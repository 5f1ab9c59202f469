"""Round 19c, the action side of the vocabulary. Sentences are this module's own; near-misses must not trigger.

1. a sport, dancing or a fantasy creature named as the kind asks for its genre family, and a slip of the word too
   (``planning._subject_genres`` with ``vocabulary.topic_word``; the correction ranks in the query);
2. a holiday the viewer turns down reaches no query (``query_text.holidays_turned_down``);
3. a grown-ups' content cap is the ratings of the children's band, never the children's audience
   (``constraints.grown_ups_capped``); with a child watching it stays the audience.
"""

from __future__ import annotations

from typing import Any, Optional

import pytest
from planned_turns import at, planned

from actions.entities import Entity
from actions.query_text import residual_query
from actions.turn import Turn
from contract.vocabulary import ratings_for_audience


def _first(text: str, entities: Optional[list[Entity]] = None) -> dict[str, Any]:
    """The request body planned for ``text`` as the conversation's first message."""
    return planned(Turn("t", "request_recommendation", text, entities or [], {})).request_body(None)


# -- 1. sports, dancing, dragons ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, genre", [
    ("f1 stuff", "sports"),
    ("nascar or motorsport", "sports"),
    ("anything with dancing", "music"),
    ("a story with dragons in it", "fantasy"),
])
def test_a_kind_named_by_its_subject_asks_for_its_family(text: str, genre: str) -> None:
    assert _first(text)["constraints"]["any_genres"] == [genre]


def test_a_slip_of_a_sport_is_the_sport_and_ranks_corrected() -> None:
    text = "a basketbal film"
    body = _first(text, [at(text, "film", "media_type", "movie")])
    assert body["constraints"]["any_genres"] == ["sports"] and "basketball" in body["query"].split()


@pytest.mark.parametrize("text", ["something with a good rating", "a film about facing fears"])
def test_words_near_a_sport_ask_for_no_genre(text: str) -> None:
    assert "any_genres" not in _first(text)["constraints"]


# -- 2. a holiday turned down ------------------------------------------------------------------------------------------

def test_a_holiday_turned_down_is_no_query_word() -> None:
    text = "christmas week, but i'm tired of christmas stuff, a heist"
    assert "christmas" not in (residual_query(text, []) or "")


def test_a_holiday_wanted_stays_the_query() -> None:
    assert "christmas" in (residual_query("a cosy christmas film", []) or "")


# -- 3. a grown-ups' cap -----------------------------------------------------------------------------------------------

CLEAN = list(ratings_for_audience("family"))


def test_a_couples_content_cap_is_ratings_not_the_childrens_audience() -> None:
    text = "something for me and my husband, no swearing"
    body = _first(text, [at(text, "no swearing", "audience", "family", "cap")])
    assert "audience" not in body["constraints"] and body["constraints"]["ratings"] == CLEAN


def test_a_childs_age_keeps_the_childrens_audience() -> None:
    text = "no swearing, my son is 9"
    body = _first(text, [at(text, "no swearing", "audience", "family", "cap"),
                         at(text, "my son is 9", "audience", "family")])
    assert body["constraints"]["audience"] == "family" and "ratings" not in body["constraints"]


def test_a_cap_in_a_childrens_search_tightens_its_audience() -> None:
    text = "nothing rude"
    turn = Turn("t", "refine", text, [at(text, "nothing rude", "audience", "family", "cap")],
                {"audience": "kids", "genres": ["comedy"]})
    assert planned(turn).request_body(None)["constraints"]["audience"] == "kids"


def test_a_grown_ups_all_ages_cap_is_the_g_band_ratings() -> None:
    text = "something rated for all ages"
    body = _first(text, [at(text, "rated for all ages", "audience", "preschool", "cap")])
    assert "audience" not in body["constraints"]
    assert body["constraints"]["ratings"] == list(ratings_for_audience("preschool"))


@pytest.mark.parametrize("text", ["Dear sir or madam, a film about the sea", "Good afternoon. Kindly, a film about the sea"])
def test_courtesies_are_no_query_words(text: str) -> None:
    assert residual_query(text, []) == "sea"
