"""Round 28A (the action side): a subject ruled out is a hard constraint of the search, ``exclude_topics``. During an
active search it is added to that search (the other constraints kept, fresh picks first); a new search starts without
the old search's topics; "actually <subject> is fine" lets it in again; "forget all filters" clears it. Pure planning
with the entities the extractor gives (nlu/extraction/ruled_out_topics.py); examples are our own."""

from __future__ import annotations

from actions.constraints import apply_entities, topics_let_in
from actions.edits.routing import carries_search_words
from contract.constraints import Constraints

from planned_turns import after, at, planned


def test_a_subject_ruled_out_during_a_search_is_added_to_it():
    text = "and nothing about sharks"
    plan = planned(after(text, [at(text, "sharks", "topic", "shark", "exclude")], genres=["action"],
                         media_type=["movie"], max_minutes=120))
    c = plan.constraints
    assert c.exclude_topics == ["shark"]
    assert c.genres == ["action"] and c.media_type == ["movie"] and c.max_minutes == 120
    assert {"s1", "s2", "s3", "s4", "s5"} <= set(plan.exclude_ids)  # fresh picks first


def test_subjects_accumulate_over_turns():
    text = "no vampire stuff either"
    plan = planned(after(text, [at(text, "vampire", "topic", "vampire", "exclude")], genres=["horror"],
                         exclude_topics=["zombie"]))
    assert plan.constraints.exclude_topics == ["zombie", "vampire"] and plan.constraints.genres == ["horror"]


def test_a_new_search_starts_without_the_old_subjects():
    text = "something with Adam Sandler"
    plan = planned(after(text, [at(text, "Adam Sandler", "actor", "Adam Sandler")], intent="request_recommendation",
                         genres=["horror"], exclude_topics=["zombie"]))
    assert plan.constraints.actors == ["Adam Sandler"]
    assert plan.constraints.exclude_topics == []


def test_a_new_search_ruling_a_subject_out_keeps_only_its_own():
    text = "start over: a comedy, no wedding stuff"
    entities = [at(text, "comedy", "genre", "comedy"), at(text, "wedding", "topic", "wedding", "exclude")]
    plan = planned(after(text, entities, intent="request_recommendation", genres=["horror"], exclude_topics=["zombie"]))
    assert plan.constraints.exclude_topics == ["wedding"] and plan.constraints.genres == ["comedy"]


def test_saying_the_subject_is_fine_lets_it_in_again():
    text = "actually zombies are fine"
    plan = planned(after(text, [], genres=["comedy"], exclude_topics=["zombie", "war"]))
    assert plan.constraints.exclude_topics == ["war"]
    assert plan.constraints.genres == ["comedy"]
    assert not plan.constraints.query


def test_letting_a_subject_in_is_a_search_edit_whatever_the_label():
    text = "superhero stuff is ok now"
    assert carries_search_words(after(text, [], intent="affirm", genres=["action"], exclude_topics=["superhero"]))


def test_near_miss_a_subject_named_in_a_negation_is_not_let_in():
    state = Constraints(genres=["comedy"], exclude_topics=["zombie"])
    assert topics_let_in("no zombies, ok?", state) == ([], [])
    assert topics_let_in("zombies please", state) == ([], [])


def test_forgetting_all_filters_clears_the_subjects():
    text = "forget all the filters"
    plan = planned(after(text, [], genres=["comedy"], exclude_topics=["zombie"]))
    assert plan.constraints.exclude_topics == []


def test_apply_entities_keeps_the_base_word():
    from actions.entities import Entity
    new = apply_entities(Constraints(exclude_topics=["shark"]), [Entity("topic", "Superheroes", "exclude")])
    assert new.exclude_topics == ["shark", "superhero"]
