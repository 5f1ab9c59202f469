"""Several genres said beside a "like" title are asked for together first, and any one of them when no title has
them all (actions/like_genres.py)."""

from __future__ import annotations

from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.like_genres import either_genre_if_none_has_all
from actions.planning import Plan
from contract.constraints import Constraints


def test_a_like_search_of_two_genres_falls_back_to_either() -> None:
    plan = Plan(Constraints(genres=["teen", "action"], similar_to="s1", similar_title="Some Show"))
    either_genre_if_none_has_all(plan)
    assert plan.unless_empty is not None and plan.unless_empty.any_genres == ["teen", "action"]
    assert plan.unless_empty.genres == [] and plan.empty_note


def test_a_search_without_a_like_title_keeps_every_genre_required() -> None:
    plan = Plan(Constraints(genres=["teen", "action"]))
    either_genre_if_none_has_all(plan)
    assert plan.unless_empty is None


def test_a_like_search_of_one_genre_has_nothing_to_loosen() -> None:
    plan = Plan(Constraints(genres=["comedy"], similar_to="s1", similar_title="Some Show"))
    either_genre_if_none_has_all(plan)
    assert plan.unless_empty is None


async def test_genres_no_title_has_together_beside_a_like_title_give_either(api: str, convo: Conversation) -> None:
    text = "the irishman vibes, a romantic horror"
    await convo.say("request_recommendation", [
        located(text, "the irishman", "title", "The Irishman", "similar"),
        located(text, "romantic", "genre", "romance"), located(text, "horror", "genre", "horror")], text)
    assert convo.items, convo.text
    assert "one or the other" in convo.text, convo.text
