"""A genre said alone after a search replaces the genres of its own kind and keeps the rest: the shelf genres
(``contract.vocabulary.COLLECTION_GENRES``: who it is for, era, style, provenance) combine with the story genres,
and a narrower genre the new one takes in stays (actions/constraints.py ``_kept_beside``); "no specials" leaves out
the genre whose films are specials. Pure: no recommender."""

from __future__ import annotations

from actions.constraints import apply_entities
from actions.entities import EXCLUDE, Entity
from contract.constraints import Constraints
from planned_turns import after, at, planned


def genre(value: str, role: str | None = None) -> Entity:
    return Entity("genre", value, role, 0, 5)


def test_a_story_genre_after_a_shelf_genre_narrows_the_shelf():
    assert apply_entities(Constraints(genres=["cult"]), [genre("horror")]).genres == ["cult", "horror"]


def test_a_shelf_genre_after_a_story_genre_narrows_the_story():
    assert apply_entities(Constraints(genres=["thriller"]), [genre("classic")]).genres == ["thriller", "classic"]


def test_a_story_genre_still_replaces_a_story_genre():
    assert apply_entities(Constraints(genres=["drama", "anime"]), [genre("thriller")]).genres == ["anime", "thriller"]


def test_the_wider_genre_keeps_the_narrower_one_it_takes_in():
    assert apply_entities(Constraints(genres=["stand-up"]), [genre("comedy")]).genres == ["stand-up", "comedy"]


def test_an_excluded_shelf_genre_is_not_kept():
    state = apply_entities(Constraints(genres=["kids"]), [genre("comedy"), genre("kids", EXCLUDE)])
    assert state.genres == ["comedy"] and state.exclude_genres == ["kids"]


def test_no_specials_leaves_out_the_stand_up_specials_the_catalog_types_as_films():
    state = apply_entities(Constraints(actors=["Adam Sandler"]), [Entity("media_type", "movie", None, 9, 15),
                                                                   Entity("media_type", "special", EXCLUDE, 20, 28)])
    assert state.media_type == ["movie"] and "stand-up" in state.exclude_genres


def test_children_away_leave_a_grown_up_search_without_the_childrens_shelf():
    text = "the kids are asleep now, a thriller"
    plan = planned(after(text, [at(text, "kids", "audience", "family"), at(text, "thriller", "genre", "thriller")],
                         genres=["family"], media_type=["movie"], audience="family"))
    assert plan.constraints.genres == ["thriller"] and plan.constraints.audience == "adult"


def test_forgetting_the_childrens_audience_takes_its_genres_along():
    text = "forget the kids thing, a thriller"
    plan = planned(after(text, [at(text, "kids", "audience", "family"), at(text, "thriller", "genre", "thriller")],
                         genres=["family"], media_type=["movie"], audience="family"))
    assert plan.constraints.genres == ["thriller"] and plan.constraints.audience is None
