"""The search's one person turned down by part of their name (actions/person_parts.py): the person goes, their titles
stay out, the rest of the request is applied — never a keyword search on the word nor titles holding it. Phrasings
are this module's own."""

from __future__ import annotations

from planned_turns import after, at

from actions.edits.person_turn_downs import turns_down_person
from actions.person_parts import dropped_person_spans
from actions.planning import plan_recommendation


def test_dropping_the_one_person_by_given_name_keeps_the_rest():
    text = "hmm lose keanu, only thrillers"
    turn = after(text, [at(text, "thrillers", "genre", "thriller")], actors=["Keanu Reeves"])
    plan = plan_recommendation(turn, "refine")
    assert plan.constraints.actors == [] and plan.constraints.genres == ["thriller"]
    assert plan.constraints.query is None
    assert plan.exclude_people == (("Keanu Reeves",), ())


def test_by_surname_too():
    assert dropped_person_spans(after("no more reeves please", [], actors=["Keanu Reeves"]))
    assert turns_down_person(after("without reeves", [], actors=["Keanu Reeves"]))


def test_words_that_are_not_the_persons_name_drop_nobody():
    for text in ("not tonight", "drop the comedies", "no keys", "keanu is great, not sure about thrillers"):
        assert dropped_person_spans(after(text, [], actors=["Keanu Reeves"])) == [], text


def test_with_two_people_the_narrowing_rule_decides():
    assert dropped_person_spans(after("drop keanu", [], actors=["Keanu Reeves", "Sandra Bullock"])) == []


def test_two_new_people_together_replace_the_search_people_and_topic():
    text = "keanu reeves and sandra bullock together in a film"
    turn = after(text, [at(text, "keanu reeves", "actor", "Keanu Reeves"),
                        at(text, "sandra bullock", "actor", "Sandra Bullock"), at(text, "film", "media_type", "movie")],
                 actors=["Adam Sandler"], query="wedding")
    plan = plan_recommendation(turn, "refine")
    assert plan.constraints.actors == ["Keanu Reeves", "Sandra Bullock"]
    assert plan.constraints.query is None


def test_a_person_added_to_the_search_is_still_added():
    text = "and keanu reeves too"
    turn = after(text, [at(text, "keanu reeves", "actor", "Keanu Reeves")], actors=["Sandra Bullock"])
    assert plan_recommendation(turn, "refine").constraints.actors == ["Sandra Bullock", "Keanu Reeves"]


def test_a_pair_holding_the_search_person_adds_the_other():
    text = "sandra bullock and keanu reeves together"
    turn = after(text, [at(text, "sandra bullock", "actor", "Sandra Bullock"),
                        at(text, "keanu reeves", "actor", "Keanu Reeves")], actors=["Sandra Bullock"], query="bus")
    assert set(plan_recommendation(turn, "refine").constraints.actors) == {"Sandra Bullock", "Keanu Reeves"}


def test_a_director_turned_down_in_a_request_leaves_their_titles_out():
    text = "something with keanu reeves but nothing the wachowskis made"
    turn = after(text, [at(text, "keanu reeves", "actor", "Keanu Reeves"),
                        at(text, "wachowskis", "director", "Lana Wachowski", "exclude")], "request_recommendation")
    turn.slots = {}
    plan = plan_recommendation(turn, "request_recommendation")
    assert plan.constraints.actors == ["Keanu Reeves"]
    assert plan.exclude_people == ((), ("Lana Wachowski",))


def test_no_person_turned_down_leaves_no_one_out():
    text = "something with keanu reeves"
    turn = after(text, [at(text, "keanu reeves", "actor", "Keanu Reeves")], "request_recommendation")
    turn.slots = {}
    assert plan_recommendation(turn, "request_recommendation").exclude_people is None


def test_a_name_word_inside_another_reading_drops_nobody():
    # the era the NLU read covers the word: the person stays, the era applies
    for text in ("nothing black & white tonight", "skip black-and-white films"):
        era_end = text.index("white") + len("white")
        turn = after(text, [at(text, text[text.index("black"):era_end], "year", "1961-")], actors=["Jack Black"])
        assert dropped_person_spans(turn) == [], text
        assert not turns_down_person(turn), text


def test_a_name_word_hyphened_to_more_words_drops_nobody():
    assert dropped_person_spans(after("no black-ish humour", [], actors=["Jack Black"])) == []


def test_the_same_word_said_alone_still_drops_the_person():
    for text in ("ok no black, just comedies", "drop black please", "without jack black"):
        assert dropped_person_spans(after(text, [], actors=["Jack Black"])), text


def test_an_everyday_name_word_before_a_kind_modifies_the_kind():
    text = "hmm no black comedies tonight"
    turn = after(text, [at(text, "comedies", "genre", "comedy", "exclude")], actors=["Jack Black"])
    assert dropped_person_spans(turn) == []


def test_a_surname_no_description_uses_before_a_kind_still_drops_the_person():
    text = "no sandler comedies anymore"
    turn = after(text, [at(text, "comedies", "genre", "comedy", "exclude")], actors=["Adam Sandler"])
    assert dropped_person_spans(turn)
