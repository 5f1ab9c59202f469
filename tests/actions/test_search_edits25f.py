"""Round 25f: follow-ups that edit the active search, on the pure planner and its helpers (phrasings are this
module's own).

1. an origin ruled out after a list drops it from the search, the rest kept;
2. a new upper runtime bound replaces the old one, the rest of the search kept;
3. a bound without its unit after a search that bounds one count is that count (title_questions._unit_of_the_search),
   and a hedge "like" before it is no likeness request.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions.title_questions import bound_in_the_unit_asked  # noqa: E402
from planned_turns import after, at, planned  # noqa: E402


def test_an_origin_ruled_out_after_a_list_leaves_the_rest():
    text = "those are all danish, got anything different?"
    got = planned(after(text, [at(text, "danish", "country", "Denmark", "exclude")], genres=["thriller"],
                        countries=["Denmark"], media_type="tv")).constraints
    assert got.exclude_countries == ["Denmark"] and "Denmark" not in got.countries and got.genres == ["thriller"], got


@pytest.mark.parametrize("intent", ["refine", "request_recommendation"])
def test_a_new_upper_runtime_replaces_the_old_one(intent):
    text = "ok we could stretch it to 50"
    got = planned(after(text, [at(text, "stretch it to 50", "duration", "-50")], intent=intent, genres=["comedy"],
                        max_minutes=25)).constraints
    assert got.max_minutes == 50 and got.genres == ["comedy"] and not got.query, got


def _with_units(text, phrase, value, **slots):
    turn = after(text, [at(text, phrase, "bound", value)], intent="more_like", **slots)
    return replace(turn, entities=bound_in_the_unit_asked(turn))


def test_a_hedged_bound_after_a_season_search_moves_the_seasons():
    turn = _with_units("like 7 or more", "7 or more", "7-", genres=["drama"], min_seasons=3, media_type="tv")
    assert [(e.name, e.value) for e in turn.entities] == [("seasons", "7-")]
    got = planned(turn).constraints
    assert got.min_seasons == 7 and got.genres == ["drama"], got


def test_a_bound_after_a_runtime_search_moves_the_runtime():
    turn = _with_units("like 80 or less", "80 or less", "-80", genres=["horror"], max_minutes=60)
    assert [(e.name, e.value) for e in turn.entities] == [("duration", "-80")]


def test_a_search_bounding_both_counts_leaves_the_bound_unitless():
    turn = _with_units("like 7 or more", "7 or more", "7-", min_seasons=3, max_minutes=60)
    assert [e.name for e in turn.entities] == ["bound"]


# -- 4. a decade said alone after a search for classics is the era now ---------------------------------------------------

def test_a_decade_alone_replaces_the_classic_genre():
    text = "only the 70s then"
    got = planned(after(text, [at(text, "the 70s", "year", "1970-1979")], genres=["horror", "classic"],
                        countries=["Italy"], older_than_years=31)).constraints
    assert got.genres == ["horror"] and (got.year_min, got.year_max) == (1970, 1979) and got.countries == ["Italy"], got
    assert got.older_than_years is None


def test_a_decade_said_with_classics_keeps_them():
    text = "70s classics then"
    got = planned(after(text, [at(text, "70s", "year", "1970-1979"), at(text, "classics", "genre", "classic")],
                        genres=["western", "classic"])).constraints
    assert "classic" in got.genres and got.year_min == 1970, got


# -- 5. a take-back that names what it removes drops only that -----------------------------------------------------------

def test_a_take_back_naming_its_field_keeps_the_rest():
    text = "scrap that, any country but under 2 seasons"
    got = planned(after(text, [at(text, "under 2 seasons", "seasons", "-1")], genres=["crime", "documentary"],
                        countries=["France"], media_type=["series"])).constraints
    assert got.countries == [] and got.genres == ["crime", "documentary"] and got.max_seasons == 1, got


def test_any_country_but_one_is_no_removal():
    from actions.constraints import Constraints
    from actions.edits.removals import find_removals
    text = "any country but spain"
    assert "country" not in find_removals(text, [], Constraints(countries=["France"])).groups


def test_a_whole_take_back_still_starts_afresh():
    from actions.constraints import Constraints, starts_new_search
    text = "forget all that, any decade, under 2 seasons"
    entities = [at(text, "under 2 seasons", "seasons", "-1")]
    assert starts_new_search("refine", entities, Constraints(genres=["crime"], countries=["France"]), text=text)


# -- 6. "with both A and B" in a first message wants them together ------------------------------------------------------

@pytest.mark.parametrize("text, together", [
    ("the film with both hugh grant and julia roberts in it", True),
    ("hugh grant and julia roberts together in something", True),
    ("a film with hugh grant or julia roberts", False),
])
def test_people_named_together(text, together):
    from actions.constraints import names_people_together
    assert names_people_together(text, ["Hugh Grant", "Julia Roberts"]) is together


def test_one_person_is_never_together():
    from actions.constraints import names_people_together
    assert not names_people_together("both of us like hugh grant", ["Hugh Grant"])
