"""A subject said as the kind of title asks for the genres that kind is (vocabulary.TOPIC_GENRES), the subject still
ranks: "football films" are sports titles, "gangster movies" crime, thrillers or action, "ghost stories" horror or
thrillers. With a genre named ("a documentary about boxing") the genre is the request and the subject only ranks."""

from __future__ import annotations

from planned_turns import at

from actions.planning import Plan, plan_recommendation
from actions.turn import Turn


def test_a_sport_as_the_kind_asks_for_sports_titles() -> None:
    text = "any basketball films for my nephew"
    plan = plan_recommendation(Turn("test", "request_recommendation", text,
                                    [at(text, "films", "media_type", "movie")], {}))
    assert isinstance(plan, Plan) and plan.constraints.any_genres == ["sports"]
    assert "basketball" in (plan.constraints.query or "")
    assert plan.unless_empty is not None  # the sport alone when the catalog has no sports title for it


def test_a_sport_beside_a_named_genre_only_ranks() -> None:
    text = "a documentary about boxing"
    plan = plan_recommendation(Turn("test", "request_recommendation", text,
                                    [at(text, "documentary", "genre", "documentary")], {}))
    assert isinstance(plan, Plan) and plan.constraints.genres == ["documentary"]
    assert plan.constraints.any_genres == [] and "boxing" in (plan.constraints.query or "")


def test_gangster_films_ask_for_crime_thrillers_or_action() -> None:
    text = "got any good gangster films"
    plan = plan_recommendation(Turn("test", "request_recommendation", text,
                                    [at(text, "films", "media_type", "movie")], {}))
    assert isinstance(plan, Plan) and set(plan.constraints.any_genres) == {"crime", "thriller", "action"}


def test_a_ghost_story_for_a_named_genre_only_ranks() -> None:
    text = "a comedy with a ghost in it"
    plan = plan_recommendation(Turn("test", "request_recommendation", text, [at(text, "comedy", "genre", "comedy")], {}))
    assert isinstance(plan, Plan) and plan.constraints.genres == ["comedy"] and plan.constraints.any_genres == []
