""""Like X but Y" (issue 11 item 2; actions/contrast.py): each comparative becomes a constraint relative to
X's own facts, the answer's heading says what was kept and what was changed, and without X the
comparatives keep their plain meaning. Pure: no recommender, no Rasa."""

from __future__ import annotations

from typing import Any

from actions.contrast import Contrast, apply_contrast, plain_entities, split_shifts
from actions.entities import EXCLUDE, Entity
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn
from contract import wording
from contract.constraints import Constraints

STRANGER_THINGS = {"id": "s3686", "title": "Stranger Things", "type": "series", "year": 2019, "seasons": 3,
                   "duration_minutes": None, "rating": "TV-14", "genres": ["horror", "mystery", "sci-fi"]}
IRISHMAN = {"id": "s3228", "title": "The Irishman", "type": "movie", "year": 2019, "seasons": None,
            "duration_minutes": 209, "rating": "R", "genres": ["drama"]}


def at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def like(anchor: dict[str, Any], *shifts: str, stated: tuple[str, ...] = ()):
    state = Constraints(similar_to=anchor["id"], similar_title=anchor["title"])
    return apply_contrast(state, Contrast(anchor["id"], anchor["title"], shifts, stated), anchor)


def test_less_scary_rules_out_horror_and_caps_the_maturity_one_level_below_the_anchor():
    applied = like(STRANGER_THINGS, "less-scary")
    assert applied.constraints.exclude_genres == ["horror"]
    assert applied.constraints.audience == "family"  # TV-14 is teen: one level milder
    assert "light" not in applied.constraints.mood  # X's mystery / sci-fi side is what is kept, not lightness
    assert applied.changed == ["no horror", "milder than its TV-14 (for kids and family)"]
    assert applied.kept == ["mystery", "science fiction", "a series"]


def test_shorter_is_shorter_than_the_anchor_movie_and_fewer_seasons_than_the_anchor_series():
    movie = like(IRISHMAN, "shorter")
    assert movie.constraints.max_minutes == 188 and movie.changed == ["shorter than its 3 h 29 min"]
    series = like(STRANGER_THINGS, "shorter")
    assert series.constraints.max_seasons == 2 and series.changed == ["fewer seasons than its 3"]


def test_newer_and_older_are_after_and_before_the_anchor_year():
    assert like(IRISHMAN, "newer").constraints.year_min == 2020
    older = like(IRISHMAN, "older")
    assert older.constraints.year_max == 2018 and older.changed == ["older than its 2019"]


def test_funnier_requires_comedy_of_an_anchor_that_is_no_comedy_else_boosts_it():
    assert like(IRISHMAN, "funnier").constraints.genres == ["comedy"]
    comedy = dict(IRISHMAN, genres=["comedy", "drama"])
    applied = like(comedy, "funnier")
    assert applied.constraints.genres == [] and applied.constraints.mood == ["funny"]


def test_darker_and_lighter_shift_the_mood_and_lighter_rules_out_horror():
    assert like(STRANGER_THINGS, "darker").constraints.mood == ["dark"]
    lighter = like(STRANGER_THINGS, "lighter")
    assert lighter.constraints.mood == ["light"] and lighter.constraints.exclude_genres == ["horror"]


def test_other_constraints_of_the_turn_are_listed_as_changes_and_an_other_format_is_not_kept():
    state = Constraints(similar_to="s3686", similar_title="Stranger Things", media_type=["movie"])
    applied = apply_contrast(state, Contrast("s3686", "Stranger Things", (), ("movie only",)), STRANGER_THINGS)
    assert applied.changed == ["movie only"] and "a series" not in applied.kept


def test_without_the_anchor_facts_nothing_is_applied_relative_to_it():
    assert apply_contrast(Constraints(), Contrast(None, "Unknown", ("shorter",)), None) is None
    assert plain_entities(["less-scary", "shorter"]) == [Entity("mood", "scary", EXCLUDE),
                                                       Entity("duration", "shorter")]


def test_relative_words_are_shifts_only_when_a_like_anchor_is_named():
    shorter = Entity("duration", "shorter")
    assert split_shifts([shorter], relative=True) == ([], [shorter])
    assert split_shifts([shorter], relative=False) == ([shorter], [])
    funnier = Entity("contrast", "funnier")
    assert split_shifts([funnier], relative=False) == ([], [funnier])


def test_like_a_title_but_shorter_plans_a_contrast_and_leaves_the_words_out_of_the_query():
    text = "something like The Irishman but shorter"
    turn = Turn("t", "request_recommendation", text, [at(text, "The Irishman", "title", "The Irishman", "similar"),
                                                       at(text, "shorter", "duration", "shorter")], {})
    plan = plan_recommendation(turn)
    assert isinstance(plan, Plan) and plan.contrast is not None
    assert plan.contrast.shifts == ("shorter",) and plan.contrast.title == "The Irishman"
    assert plan.constraints.max_minutes is None  # applied once the action knows The Irishman's runtime
    assert plan.constraints.query is None


def test_more_like_a_shown_item_but_newer_uses_that_items_facts():
    items = [dict(IRISHMAN), dict(STRANGER_THINGS)]
    text = "more like the second one but newer"
    turn = Turn("t", "more_like", text, [at(text, "the second one", "position", "2"),
                                         at(text, "newer", "year", "newer")],
                {"last_items": items, "shown_ids": ["s3228", "s3686"], "genres": ["drama"]})
    plan = plan_recommendation(turn)
    assert isinstance(plan, Plan) and plan.contrast is not None and plan.contrast.anchor == STRANGER_THINGS
    applied = apply_contrast(plan.constraints, plan.contrast, plan.contrast.anchor)
    assert applied.constraints.year_min == 2020 and applied.constraints.similar_to == "s3686"


def test_a_comparative_without_an_anchor_keeps_its_plain_meaning():
    text = "something funnier"
    turn = Turn("t", "request_recommendation", text, [at(text, "funnier", "contrast", "funnier")], {})
    plan = plan_recommendation(turn)
    assert isinstance(plan, Plan) and plan.contrast is None and plan.constraints.mood == ["funny"]
    assert not plan.diverse


def test_a_follow_up_comparative_is_relative_to_the_anchor_of_the_search():
    text = "but less scary"
    slots = {"similar_to": "s3686", "similar_title": "Stranger Things", "last_items": [dict(STRANGER_THINGS, id="s1")],
             "shown_ids": ["s1"]}
    turn = Turn("t", "refine", text, [at(text, "less scary", "contrast", "less-scary")], slots)
    plan = plan_recommendation(turn)
    assert isinstance(plan, Plan) and plan.contrast is not None and plan.contrast.anchor_id == "s3686"


def test_the_heading_names_the_anchor_what_was_kept_and_what_changed():
    heading = wording.contrast_heading(5, "Stranger Things", ["mystery", "a series"], ["no horror"])
    assert heading == "Here are 5 picks like Stranger Things (kept: mystery and a series; changed: no horror):"


def test_what_is_kept_from_the_anchor_is_required_any_of_its_genres():
    applied = like(STRANGER_THINGS, "less-scary")
    assert applied.constraints.any_genres == ["mystery", "sci-fi"]  # horror was dropped by "less scary"
    funnier = like(dict(IRISHMAN, genres=["drama", "crime"]), "funnier")
    assert funnier.constraints.genres == ["comedy"] and funnier.constraints.any_genres == ["drama", "crime"]


def test_a_kept_genre_the_search_already_requires_keeps_the_promise_without_requiring_the_others():
    outsiders = {"id": "s1", "title": "The Outsiders", "type": "series", "year": 2016, "seasons": 3,
                 "duration_minutes": None, "rating": "TV-MA", "genres": ["crime", "romance"]}
    state = Constraints(genres=["crime"], similar_to="s1", similar_title="The Outsiders")
    applied = apply_contrast(state, Contrast("s1", "The Outsiders", ("newer",), ()), outsiders)
    assert applied.constraints.genres == ["crime"] and applied.constraints.any_genres == []


CONJURING = {"id": "s1001", "title": "The Conjuring", "type": "movie", "year": 2013, "seasons": None,
             "duration_minutes": 112, "rating": "R", "genres": ["horror", "thriller"]}
GOODFELLAS = {"id": "s6881", "title": "GoodFellas", "type": "movie", "year": 1990, "seasons": None,
              "duration_minutes": 145, "rating": "R", "genres": ["drama", "classic"]}
THE_CROWN = {"id": "s9", "title": "The Crown", "type": "series", "year": 2020, "seasons": 4,
             "duration_minutes": None, "rating": "TV-MA", "genres": ["drama"]}


def test_less_scary_than_a_horror_thriller_keeps_its_suspense_side_not_kids_titles():
    applied = like(CONJURING, "less-scary")
    assert applied.constraints.exclude_genres == ["horror"]
    assert "thriller" in applied.constraints.any_genres and "kids" not in applied.constraints.any_genres
    assert applied.constraints.audience == "teen" and "light" not in applied.constraints.mood


def test_newer_than_a_classic_drops_classic_from_what_is_kept_and_keeps_a_stricter_recency():
    state = Constraints(similar_to=GOODFELLAS["id"], similar_title=GOODFELLAS["title"], recent_years=2)
    applied = apply_contrast(state, Contrast(GOODFELLAS["id"], GOODFELLAS["title"], ("newer",)), GOODFELLAS)
    assert applied.constraints.recent_years == 2 and applied.constraints.year_min is None
    assert "classic" not in applied.kept and "classic" not in applied.constraints.any_genres
    assert applied.kept == ["drama", "a movie"]


def test_shorter_than_the_anchor_keeps_a_tighter_bound_said_with_it():
    state = Constraints(similar_to=IRISHMAN["id"], similar_title=IRISHMAN["title"], max_minutes=120)
    applied = apply_contrast(state, Contrast(IRISHMAN["id"], IRISHMAN["title"], ("shorter",)), IRISHMAN)
    assert applied.constraints.max_minutes == 120
    state = Constraints(similar_to=THE_CROWN["id"], similar_title=THE_CROWN["title"], media_type=["series"],
                        min_seasons=1, max_seasons=1)
    applied = apply_contrast(state, Contrast(THE_CROWN["id"], THE_CROWN["title"], ("shorter",)), THE_CROWN)
    assert (applied.constraints.min_seasons, applied.constraints.max_seasons) == (1, 1)
    assert "a series" in applied.kept


def test_shorter_said_with_a_season_count_after_a_like_list_is_the_season_count():
    from actions.constraints import apply_entities

    state = apply_entities(Constraints(similar_to="s1", similar_title="X"),
                           [Entity("duration", "shorter"), Entity("seasons", "1-1")], shown_minutes=[50, 60])
    assert state.max_minutes is None and state.max_seasons == 1
