"""Round 33: "the <genre> kind" after a list is one kind of what is shown, a narrowing (the genre joins the search's,
else replaces it: planning._additive_genres); and after a title's card, what should differ said with "like that" asks
for titles like it whatever the intent label, only feedback keeping its own reading (like_focused); "other comedians
like her" is stand-up like her own (planning._plan_without_person). Sentences are this
module's own."""

from __future__ import annotations

import pytest
from planned_turns import after, at, planned

from actions.entities import Entity
from actions.like_focused import likes_the_focused_title
from actions.turn import Turn


@pytest.mark.parametrize("text, phrase", [("the cooking kind", "cooking"), ("hm, that romance type of thing", "romance")])
def test_the_genre_kind_narrows_the_search(text: str, phrase: str) -> None:
    plan = planned(after(text, [at(text, phrase, "genre", "romance")], "refine", genres=["reality"]))
    assert plan.constraints.genres == ["reality", "romance"], plan.constraints
    assert plan.unless_empty is not None and plan.unless_empty.genres == ["romance"], plan.unless_empty


def test_a_genre_alone_still_replaces_the_search_genre() -> None:
    plan = planned(after("romance", [at("romance", "romance", "genre", "romance")], "refine", genres=["reality"]))
    assert plan.constraints.genres == ["romance"], plan.constraints


def _after_card(text: str, intent: str, said: str, name: str, value: str) -> Turn:
    start = text.index(said)
    return Turn("t", intent, text, [Entity(name, value, None, start, start + len(said))],
                {"focused_id": "s1", "last_items": []})


def test_changes_like_that_after_a_card_are_a_likeness_whatever_the_label() -> None:
    assert likes_the_focused_title(_after_card("cheers! anything spanish like that", "notify_cancel", "spanish",
                                               "language", "es"))


def test_feedback_keeps_its_reading() -> None:
    assert not likes_the_focused_title(_after_card("loved it, spanish like that", "feedback_like", "spanish",
                                                   "language", "es"))


HER_TITLES = [{"id": "d1", "title": "A Drama She Was In", "type": "movie", "genres": ["drama"]},
              {"id": "s1", "title": "Her Special", "type": "movie", "genres": ["comedy", "stand-up"]}]


def test_other_comedians_like_her_are_stand_up_like_her_special() -> None:
    text = "any other comedians like her"
    plan = planned(after(text, [at(text, "comedians", "genre", "stand-up")], "refine", items=HER_TITLES,
                         actors=["Some Comic"]))
    assert plan.constraints.similar_to == "s1" and "stand-up" in plan.constraints.genres, plan.constraints
    assert not plan.constraints.actors and "Some Comic" in plan.exclude_people[0]
    assert plan.unless_empty is not None and "stand-up" not in plan.unless_empty.genres
