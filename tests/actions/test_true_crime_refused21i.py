"""True crime ruled out (round 21i): the NLU reports crime and documentary excluded on one span; the actions rule out
the half the search does not ask for, so crime series stay and documentaries stay (actions/constraints.py
``_true_crime_refused``)."""

from __future__ import annotations

from actions.constraints import apply_entities
from actions.entities import EXCLUDE, Entity
from contract.constraints import Constraints


def _refused(start: int = 10, end: int = 20) -> list[Entity]:
    return [Entity("genre", "crime", EXCLUDE, start, end), Entity("genre", "documentary", EXCLUDE, start, end)]


def test_true_crime_refused_after_crime_series_keeps_the_crime():
    state = apply_entities(Constraints(genres=["crime"], media_type=["series"]), _refused())
    assert state.genres == ["crime"] and state.exclude_genres == ["documentary"]


def test_true_crime_refused_after_documentaries_keeps_the_documentaries():
    state = apply_entities(Constraints(genres=["documentary"]), _refused())
    assert state.genres == ["documentary"] and state.exclude_genres == ["crime"]


def test_true_crime_refused_beside_documentaries_asked_for_rules_out_crime():
    state = apply_entities(Constraints(), [Entity("genre", "documentary", None, 0, 5), *_refused()])
    assert state.genres == ["documentary"] and state.exclude_genres == ["crime"]


def test_true_crime_refused_alone_rules_out_the_documentaries():
    state = apply_entities(Constraints(), _refused())
    assert state.exclude_genres == ["documentary"]


def test_crime_and_documentaries_refused_on_their_own_words_both_go():
    # near miss: "no crime, no documentaries" names two kinds, each on its own span
    state = apply_entities(Constraints(), [Entity("genre", "crime", EXCLUDE, 3, 8),
                                           Entity("genre", "documentary", EXCLUDE, 13, 26)])
    assert set(state.exclude_genres) == {"crime", "documentary"}
