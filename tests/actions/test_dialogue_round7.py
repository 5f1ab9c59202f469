"""Dialogue round 7: follow-ups that edit the list shown. Class a: a bare person follow-up ("with <actor>",
"starring <actor>", "narrated by <person>") adds the person to the search and keeps the rest."""

from __future__ import annotations

from typing import Any

from planned_turns import after as shown_after
from planned_turns import at, planned

from actions.entities import Entity
from actions.turn import Turn
from contract.constraints import CLASSIC_YEARS

ITEMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "movie", "year": 2010 + i, "duration_minutes": 90 + i}
         for i in range(1, 6)]


def after(text: str, entities: list[Entity], intent: str = "refine", **slots: Any) -> Turn:
    """A turn after this module's five films (years and runtimes that differ) were shown."""
    return shown_after(text, entities, intent, items=ITEMS, **slots)


def test_a_bare_with_person_keeps_the_genre_and_format():
    text = "with cate blanchett"
    plan = planned(after(text, [at(text, "cate blanchett", "actor", "Cate Blanchett")], "request_recommendation",
                         genres=["thriller"], media_type=["movie"]))
    assert plan.constraints.actors == ["Cate Blanchett"]
    assert plan.constraints.genres == ["thriller"] and plan.constraints.media_type == ["movie"]


def test_starring_and_narrated_by_are_bare_person_follow_ups():
    for text, name in (("ok starring denzel washington please", "denzel washington"),
                       ("narrated by david attenborough", "david attenborough")):
        value = name.title()
        plan = planned(after(text, [at(text, name, "actor", value)], "request_recommendation",
                             genres=["documentary"], media_type=["movie"]))
        assert plan.constraints.actors == [value], text
        assert plan.constraints.genres == ["documentary"], text


def test_two_people_said_bare_are_both_searched_with_the_genre():
    text = "with emma stone and ryan gosling?"
    plan = planned(after(text, [at(text, "emma stone", "actor", "Emma Stone"),
                                at(text, "ryan gosling", "actor", "Ryan Gosling")], "request_recommendation",
                         genres=["romance"]))
    assert plan.constraints.actors == ["Emma Stone", "Ryan Gosling"] and plan.constraints.genres == ["romance"]


def test_a_person_in_a_new_request_still_starts_a_new_search():
    text = "show me something with adam sandler"
    plan = planned(after(text, [at(text, "adam sandler", "actor", "Adam Sandler")], "request_recommendation",
                         genres=["horror"]))
    assert plan.constraints.actors == ["Adam Sandler"] and plan.constraints.genres == []


def test_a_genre_instead_of_one_of_the_search_genres_replaces_that_one_only():
    text = "make it a drama instead of comedy"
    plan = planned(after(text, [at(text, "drama", "genre", "drama"),
                                Entity("genre", "comedy", "exclude", text.index("comedy"), len(text))],
                         genres=["romance", "comedy"], media_type=["movie"]))
    assert set(plan.constraints.genres) == {"romance", "drama"} and plan.constraints.media_type == ["movie"]


def test_a_genre_named_alone_still_replaces_the_search_genres():
    text = "make it a thriller"
    plan = planned(after(text, [at(text, "thriller", "genre", "thriller")], genres=["romance", "comedy"]))
    assert plan.constraints.genres == ["thriller"]


def test_older_like_classic_keeps_the_genre_and_asks_for_the_classic_years():
    text = "older ones, like classic"
    plan = planned(after(text, [Entity("year", "older", None, 0, 10), at(text, "classic", "genre", "classic")],
                         genres=["action"], media_type=["movie"]))
    assert plan.constraints.genres == ["action"]
    # the classic years (1990 and before on the bundled catalog) are older than the list (2015 at its median) too
    assert plan.constraints.older_than_years == CLASSIC_YEARS and plan.constraints.year_max is None


def test_shorter_than_those_is_shorter_than_the_list():
    text = "shorter than those"
    plan = planned(after(text, [], genres=["thriller"]))
    assert plan.constraints.max_minutes is not None and plan.constraints.max_minutes < 93
    assert plan.constraints.genres == ["thriller"]


def test_newer_than_those_is_newer_than_the_list():
    text = "newer than those please"
    plan = planned(after(text, [], actors=["Adam Sandler"], genres=["comedy"]))
    assert plan.constraints.year_min is not None and plan.constraints.year_min > 2013
    assert plan.constraints.genres == ["comedy"] and plan.constraints.actors == ["Adam Sandler"]


def test_a_runtime_said_of_the_title_shown_beside_shorter_is_no_window():
    text = "shorter ones, that one was 3 hours"
    plan = planned(after(text, [Entity("duration", "shorter", None, 0, 7),
                                at(text, "3 hours", "duration", "165-195")], genres=["drama"]))
    assert plan.constraints.min_minutes is None
    assert plan.constraints.max_minutes is not None and plan.constraints.max_minutes < 93


def test_adults_now_after_a_family_search_clears_the_cap_and_the_family_genre():
    text = "the kids went to bed, something for adults now"
    plan = planned(after(text, [at(text, "kids", "audience", "family"), at(text, "adults", "audience", "adult")],
                         "request_recommendation", genres=["family"], audience="family", media_type=["movie"]))
    assert plan.constraints.audience in (None, "adult")
    assert "family" not in plan.constraints.genres and plan.constraints.media_type == ["movie"]
    assert "kids" in plan.constraints.exclude_genres, "no children's titles for the adults"


def test_kids_named_beside_adults_still_decide_when_they_are_watching():
    text = "for the kids and the adults"
    plan = planned(after(text, [at(text, "kids", "audience", "family"), at(text, "adults", "audience", "adult")],
                         "request_recommendation", genres=["comedy"]))
    assert plan.constraints.audience == "family"


def test_children_said_to_be_asleep_leave_no_search_words():
    text = "kids are asleep, something for grown-ups now"
    plan = planned(after(text, [at(text, "kids", "audience", "family"), at(text, "grown-ups", "audience", "adult")],
                         "request_recommendation", genres=["kids"], audience="kids"))
    assert not plan.constraints.query and plan.constraints.genres == []


def test_not_as_scary_after_a_like_search_is_a_comparative_not_a_topic():
    text = "hmm, not as scary"
    plan = planned(after(text, [Entity("contrast", "less-scary", None, 5, len(text))],
                         similar_to="s1", similar_title="Stranger Things"))
    assert plan.exclude_topic is None and plan.constraints.similar_to == "s1"
