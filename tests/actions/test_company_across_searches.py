"""Who is watching lasts across searches (actions/planning.py ``_same_company``, ``_alone_now``): a new search after a
child's keeps the child's audience unless the message says who watches now; "for me" after it drops it.
Phrasings are this module's own."""

from __future__ import annotations

import pytest

from planned_turns import after, at, planned


def test_a_title_to_search_like_keeps_the_childs_audience():
    text = "we're done with lost in space, something else like it"
    plan = planned(after(text, [at(text, "lost in space", "title", "Lost in Space")], "request_recommendation",
                         audience="family", media_type=["series"], genres=["scifi"]))
    assert plan.constraints.similar_to and plan.constraints.audience == "family"


def test_a_new_person_search_keeps_a_teens_audience():
    text = "something with jackie chan"
    plan = planned(after(text, [at(text, "jackie chan", "actor", "Jackie Chan")], "request_recommendation",
                         audience="teen", genres=["comedy"]))
    assert plan.constraints.actors == ["Jackie Chan"] and plan.constraints.audience == "teen"
    assert plan.constraints.genres == [], "the rest of the old search goes: it is a new search"


@pytest.mark.parametrize("text", ["something with jackie chan, just for me tonight",
                                  "something with jackie chan then, for myself"])
def test_a_new_search_for_the_viewer_alone_has_no_childs_audience(text):
    plan = planned(after(text, [at(text, "jackie chan", "actor", "Jackie Chan")], "request_recommendation",
                         audience="kids"))
    assert plan.constraints.audience is None


@pytest.mark.parametrize("text", ["ok any of his then, for me", "fine, just me now, any of his"])
def test_for_me_after_a_childs_search_drops_the_childs_audience(text):
    plan = planned(after(text, [], actors=["Morgan Freeman"], audience="kids"))
    assert plan.constraints.actors == ["Morgan Freeman"] and plan.constraints.audience is None


@pytest.mark.parametrize("text", ["something for me and my son", "anything with him for me to show the kids",
                                  "is this one fine for me and the kids", "find me something with him",
                                  "ok that one's too scary for me", "you choose for me", "something for me too",
                                  "anything that works for me, my son and my daughter",
                                  "something with dinosaurs, not just for me", "just me , my son will join later",
                                  "it isn't only me tonight"])
def test_me_with_the_children_keeps_their_audience(text):
    from actions.planning import _alone
    turn = after(text, [], actors=["Morgan Freeman"], audience="kids")
    assert _alone(turn.constraints, turn).audience == "kids"
