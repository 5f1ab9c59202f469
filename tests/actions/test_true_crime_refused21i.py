"""True crime ruled out (round 21i; since round 22f one excluded kind): the NLU reports one ``origin_genre`` entity
"crime+documentary", and the actions keep it in ``exclude_origin_genres``, so crime series stay, documentaries stay
and only the titles that are both go (before round 22f the actions ruled out the half the search did not ask for)."""

from __future__ import annotations

from actions.constraints import apply_entities
from actions.entities import EXCLUDE, Entity
from contract.constraints import Constraints


def _refused(start: int = 10, end: int = 20) -> list[Entity]:
    return [Entity("origin_genre", "crime+documentary", EXCLUDE, start, end)]


def test_true_crime_refused_after_crime_series_keeps_the_crime():
    state = apply_entities(Constraints(genres=["crime"], media_type=["series"]), _refused())
    assert state.genres == ["crime"] and state.exclude_genres == []
    assert state.exclude_origin_genres == ["crime+documentary"]


def test_true_crime_refused_after_documentaries_keeps_the_documentaries():
    state = apply_entities(Constraints(genres=["documentary"]), _refused())
    assert state.genres == ["documentary"] and state.exclude_origin_genres == ["crime+documentary"]


def test_true_crime_refused_beside_documentaries_asked_for():
    state = apply_entities(Constraints(), [Entity("genre", "documentary", None, 0, 5), *_refused()])
    assert state.genres == ["documentary"] and state.exclude_origin_genres == ["crime+documentary"]


def test_true_crime_refused_alone_rules_out_neither_genre():
    state = apply_entities(Constraints(), _refused())
    assert state.exclude_genres == [] and state.exclude_origin_genres == ["crime+documentary"]


def test_true_crime_asked_for_again_lifts_the_kind():
    state = apply_entities(Constraints(exclude_origin_genres=["crime+documentary"]),
                           [Entity("genre", "crime", None, 0, 10), Entity("genre", "documentary", None, 0, 10)])
    assert state.exclude_origin_genres == [] and state.genres == ["crime", "documentary"]


def test_one_genre_of_the_kind_asked_for_keeps_it():
    # near miss: documentaries wanted are no true crime wanted
    state = apply_entities(Constraints(exclude_origin_genres=["crime+documentary"]),
                           [Entity("genre", "documentary", None, 0, 4)])
    assert state.exclude_origin_genres == ["crime+documentary"]


def test_crime_and_documentaries_refused_on_their_own_words_both_go():
    # near miss: "no crime, no documentaries" names two kinds, each on its own span
    state = apply_entities(Constraints(), [Entity("genre", "crime", EXCLUDE, 3, 8),
                                           Entity("genre", "documentary", EXCLUDE, 13, 26)])
    assert set(state.exclude_genres) == {"crime", "documentary"}
