"""Round 24a, classes 2 and 4, the action side (phrasings are this module's own).

2. In a long message, a negation in another clause of a story sentence rules out only what it names: the wish said in
   the sentence's first clause stays asked for ("we'd like a french show, but she's seen every period drama, so nothing
   too stuffy. a mystery?" keeps French and the series: ``query_text._story_rejects``); a clause that points back at
   what was named ("… but I can't stand it") still rejects it.
4. Children at someone else's home or with another parent ("the kids are at my sister's", "kids are with their dad")
   are away: no children's audience (``planning._CHILDREN_AWAY_RE``); "with me" keeps them watching.
"""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from planned_turns import at, planned  # noqa: E402

from actions.entities import EXCLUDE  # noqa: E402
from actions.query_text import _story_rejects, request_entities  # noqa: E402
from actions.turn import Turn  # noqa: E402


def first(text, entities):
    return Turn("test", "request_recommendation", text, list(entities), {})


def test_a_wish_in_a_story_clause_survives_a_negation_in_a_later_clause():
    text = "we'd like a french show, but she's seen every period drama, so nothing too stuffy. a mystery?"
    ents = [at(text, "french", "language", "fr"), at(text, "show", "media_type", "series"),
            at(text, "period drama", "genre", "drama", EXCLUDE), at(text, "mystery", "genre", "mystery")]
    names = {(e.name, e.value, e.role) for e in request_entities(text, ents)}
    assert ("language", "fr", None) in names and ("media_type", "series", None) in names, names
    assert ("genre", "drama", EXCLUDE) in names


def test_near_miss_a_clause_pointing_back_still_rejects():
    text = "my brother wants a french show but i can't stand it."
    e = at(text, "french", "language", "fr")
    assert _story_rejects(text, (0, len(text)), e)
    text = "my brother wants a french show, so nothing too long."
    assert not _story_rejects(text, (0, len(text)), at(text, "french", "language", "fr"))


@pytest.mark.parametrize("text, kids", [
    ("the kids are at my sister's tonight, a thriller", "kids"),
    ("kids are with their grandparents this weekend, a romance", "kids"),
    ("the children are at camp, something dark", "children"),
])
def test_children_at_someone_else_s_home_are_no_audience(text, kids):
    plan = planned(first(text, [at(text, kids, "audience", "family")]))
    assert plan.constraints.audience in (None, "adult"), plan.constraints
    assert not plan.constraints.ratings


def test_near_miss_children_with_me_are_watching():
    text = "the kids are with me tonight, a comedy"
    plan = planned(first(text, [at(text, "kids", "audience", "family"), at(text, "comedy", "genre", "comedy")]))
    assert plan.constraints.audience == "family"


def test_the_little_one_pointed_at_after_ages_is_the_youngest_counted():
    # round 24a, class 7's follow-up: "the little one" names the youngest already counted, never the toddlers' band
    from actions.company import known_children_as_caps
    from actions.entities import Entity
    from actions.turn import Said
    from contract.constraints import Constraints
    text = "skip that one, the little one gets spooked"
    ents = [at(text, "the little one", "audience", "preschool")]
    before = "an adventure for my nephew (5) and niece (11)"
    said = [Said(before, (at(before, "my nephew (5) and niece (11)", "audience", "kids"),))]
    got = known_children_as_caps(text, ents, Constraints(audience="kids"), said)
    assert [(e.value, e.role) for e in got] == [("kids", "cap")], got
    assert isinstance(got[0], Entity)
