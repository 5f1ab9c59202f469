"""Round 29B: subjects listed before one acceptance ("mummies and dinosaurs are fine now") are all let in again
(``constraints.topics_let_in`` with ``_end_of_listed_subjects``): the words of acceptance after the last speak of
every subject listed, and none of their words reaches the query. Together with the NLU's reading of a menace subject
as a subject alone (tests/nlu/test_menace_as_topics29B.py), letting a subject in undoes all its ruling-out did.
Pure planning with the entities the extractor gives; phrasings are this module's own."""

from __future__ import annotations

from actions.constraints import topics_let_in
from contract.constraints import Constraints

from planned_turns import after, planned


def test_two_subjects_before_one_acceptance_are_both_let_in():
    lifted, _ = topics_let_in("ok, dinosaurs and ghosts are alright", Constraints(exclude_topics=["ghost", "dinosaur"]))
    assert set(lifted) == {"ghost", "dinosaur"}


def test_a_comma_list_before_one_acceptance_is_let_in():
    state = Constraints(exclude_topics=["shark", "pirate", "clown"])
    lifted, _ = topics_let_in("sharks, pirates or clowns are fine after all", state)
    assert set(lifted) == {"shark", "pirate", "clown"}


def test_a_word_that_was_never_ruled_out_ends_no_list():
    lifted, _ = topics_let_in("robots and ghosts are ok now", Constraints(exclude_topics=["ghost"]))
    assert lifted == ["ghost"]


def test_a_subject_listed_in_a_negation_stays_out():
    lifted, _ = topics_let_in("no ghosts and dinosaurs, ok?", Constraints(exclude_topics=["ghost", "dinosaur"]))
    assert lifted == []


def test_the_search_after_letting_both_in_has_no_ruled_out_subject_and_no_query():
    plan = planned(after("dinosaurs and ghosts are alright now", [], genres=["comedy"],
                         exclude_topics=["ghost", "dinosaur"]))
    assert plan.constraints.exclude_topics == []
    assert plan.constraints.genres == ["comedy"]
    assert not plan.constraints.query


def test_the_genres_stay_as_the_search_had_them():
    # a subject ruled out never took the genres with it, so letting it in leaves exactly the search's genres
    plan = planned(after("zombies are alright actually", [], genres=["comedy"], exclude_genres=["romance"],
                         exclude_topics=["zombie"]))
    assert plan.constraints.exclude_genres == ["romance"] and plan.constraints.exclude_topics == []
