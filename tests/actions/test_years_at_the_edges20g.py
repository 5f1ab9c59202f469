"""Round 20g: "newer" / "older" after a list at the catalog's edge years, and a classic word beside "old" / "older"
after a list (actions.planning._relative_years_within_catalog, _classic_beside_older). Pure planning, no stack.
Round 21f replaced the fallback to the edge year (a list of the same year shown as "newer") by an honest answer with
that year offered (``Plan.past_the_list``)."""

from __future__ import annotations

from actions.entities import Entity
from contract.constraints import CLASSIC_YEARS, OLD_YEARS
from planned_turns import after, at, planned


def _items(years: list[int]) -> list[dict]:
    return [{"id": f"s{i}", "title": f"Title {i}", "type": "movie", "year": y, "duration_minutes": 100}
            for i, y in enumerate(years, 1)]


# --- "newer" / "older" never past the catalog's years (the list's own edge year offered when the strict bound has nothing) ---

def test_newer_after_a_list_of_the_newest_year_offers_that_year() -> None:
    # round 21f: no fallback list of the same year shown as "newer"; the answer says so and offers that year
    # (tests/actions/test_nothing_past_the_list21f.py)
    text = "anything newer?"
    plan = planned(after(text, [at(text, "newer", "year", "newer")], items=_items([2021, 2021, 2020, 2021, 2021]),
                         genres=["crime"]))
    assert plan.constraints.year_min == 2022  # strictly newer first: the catalog may reach further
    assert plan.unless_empty is None
    past = plan.past_the_list
    assert past is not None and past.newer and past.year == 2021, past
    assert past.same_year.year_min == 2021 and past.same_year.genres == ["crime"]


def test_newer_within_the_list_years_needs_no_fallback() -> None:  # near miss: a list spanning many years
    text = "anything newer?"
    plan = planned(after(text, [at(text, "newer", "year", "newer")], items=_items([2004, 2010, 2014, 2019, 2021]),
                         genres=["drama"]))
    assert plan.constraints.year_min == 2015 and plan.unless_empty is None and plan.past_the_list is None


def test_older_after_a_list_of_its_oldest_year_offers_that_year() -> None:
    text = "older pls"
    plan = planned(after(text, [at(text, "older", "year", "older")], items=_items([1942, 1942, 1942, 1944, 1945]),
                         genres=["drama"]))
    assert plan.constraints.year_max == 1941
    past = plan.past_the_list
    assert past is not None and not past.newer and past.year == 1942 and past.same_year.year_max == 1942


def test_older_after_an_even_list_is_older_than_both_middle_years() -> None:
    text = "hmm older ones"
    plan = planned(after(text, [at(text, "older", "year", "older")], items=_items([2017, 2019, 2020, 2021]),
                         genres=["drama"]))
    assert plan.constraints.year_max == 2018


# --- a classic word beside "old" / "older" after a list: the old years are the request, the classic word narrows ---

def test_old_ones_with_classic_fall_back_to_the_old_years() -> None:
    text = "some more old ones, like classics"
    ents = [at(text, "old", "year", "old"), at(text, "classics", "genre", "classic")]
    plan = planned(after(text, ents, genres=["comedy"], countries=["EG"]))
    assert "classic" in plan.constraints.genres
    fallback = plan.unless_empty
    assert fallback is not None and "classic" not in fallback.genres and fallback.genres == ["comedy"]
    assert fallback.older_than_years == OLD_YEARS and fallback.countries == ["EG"]


def test_older_with_classics_falls_back_to_older_than_the_list() -> None:
    text = "older now, classics"
    ents = [at(text, "older", "year", "older"), at(text, "classics", "year", f"old:{CLASSIC_YEARS}")]
    plan = planned(after(text, ents, items=_items([2018, 2018, 2019, 2020, 2021]), genres=["comedy"]))
    fallback = plan.unless_empty
    assert fallback is not None and fallback.year_max == 2018 and fallback.older_than_years is None, fallback


def test_classic_alone_after_a_list_keeps_the_shelf_rule() -> None:  # near miss: no old word beside it
    text = "any classic films?"
    ents = [at(text, "classic", "year", f"old:{CLASSIC_YEARS}"), at(text, "films", "media_type", "movie")]
    plan = planned(after(text, ents, intent="request_recommendation"))
    assert plan.unless_empty is not None and plan.unless_empty.older_than_years == CLASSIC_YEARS
