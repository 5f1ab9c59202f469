"""actions/franchises.py: a title turned down by name takes its franchise with it, and a title said to be watched too
often is left out with its spin-offs. Titles from tests/fixtures/netflix_small.csv; near-misses must not widen."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from actions.entities import Entity
from actions.franchises import franchise_ids, watched_too_often, widen_to_franchises
from actions.planning import Plan
from actions.turn import REJECTED_IDS, Turn
from contract.constraints import Constraints
from contract.gazetteer import build_from_netflix_csv, write_gazetteer

LITTLE_SINGHAM = {"s862", "s2237", "s2293", "s3226", "s7319"}
GLITTER_FORCE = {"s5175", "s5808"}
KUNG_FU_PANDA = {"s5858", "s7242"}


@pytest.mark.parametrize("item_id, franchise", [
    ("s2293", LITTLE_SINGHAM),  # the series: every film of it
    ("s5808", GLITTER_FORCE),  # "Glitter Force" → "Glitter Force Doki Doki"
    ("s7242", KUNG_FU_PANDA),  # an entry's subtitle: the other entry
    ("s8267", {"s8267", "s3552"}),  # "The Dark Crystal" → "The Dark Crystal: Age of Resistance"
])
def test_a_title_brings_its_franchise(fixture_gazetteer: None, item_id: str, franchise: set[str]) -> None:
    assert set(franchise_ids(item_id)) == franchise


@pytest.mark.parametrize("item_id", ["s1359", "s8273"])  # Shutter Island, The Departed: titles of their own
def test_a_title_without_a_franchise_is_itself(fixture_gazetteer: None, item_id: str) -> None:
    assert franchise_ids(item_id) == [item_id]


@pytest.mark.parametrize("text", ["i can't take another episode of it", "seen it 100 times", "we're sick of it",
                                  "watched it a million times", "he's seen it over and over"])
def test_words_of_watching_too_often(text: str) -> None:
    assert watched_too_often(text)


@pytest.mark.parametrize("text", ["she's obsessed with it, more like it", "we watch it every day", "loved it",
                                  "watched it once", "saw it 2 times, loved it", "i can't wait for another season"])
def test_love_or_a_single_watch_is_not_too_often(text: str) -> None:
    assert not watched_too_often(text)


def _turn(text: str, entities: list[Entity], rejected: list[str] | None = None) -> Turn:
    return Turn("test:user", "refine", text, entities, {REJECTED_IDS: rejected or []})


def test_a_title_turned_down_by_name_is_widened(fixture_gazetteer: None) -> None:
    plan = Plan(Constraints(genres=["comedy"]), exclude_ids=["s1"])
    plan.rejected_ids = ["s7242"]
    widen_to_franchises(plan, _turn("not kung fu panda holiday", [Entity("title", "Kung Fu Panda: Holiday", "exclude",
                                                                          4, 25)]))
    assert KUNG_FU_PANDA <= set(plan.exclude_ids) and KUNG_FU_PANDA <= set(plan.rejected_ids or [])


def test_a_title_pointed_at_in_the_list_is_that_entry_only(fixture_gazetteer: None) -> None:
    plan = Plan(Constraints(genres=["comedy"]))
    plan.rejected_ids = ["s7242"]
    widen_to_franchises(plan, _turn("not the third", [Entity("position", "3", "exclude", 4, 13)]))
    assert plan.exclude_ids == [] and plan.rejected_ids == ["s7242"]


def test_an_excluded_title_entity_is_widened(fixture_gazetteer: None) -> None:
    plan = Plan(Constraints(genres=["kids"]))
    widen_to_franchises(plan, _turn("no glitter force", [Entity("title", "Glitter Force", "exclude", 3, 16)]))
    assert GLITTER_FORCE <= set(plan.exclude_ids)


def test_an_anchor_watched_too_often_is_left_out_with_its_franchise(fixture_gazetteer: None) -> None:
    plan = Plan(Constraints(similar_to="s5808", similar_title="Glitter Force"))
    text = "she has watched glitter force for weeks, i can't stand it, another cartoon?"
    widen_to_franchises(plan, _turn(text, [Entity("title", "Glitter Force", None, 16, 29)]))  # as the extractor reads it
    assert GLITTER_FORCE <= set(plan.exclude_ids)


def test_an_anchor_loved_keeps_its_franchise(fixture_gazetteer: None) -> None:
    plan = Plan(Constraints(similar_to="s5808", similar_title="Glitter Force"))
    widen_to_franchises(plan, _turn("she loves glitter force, more like it", [Entity("title", "Glitter Force", "similar", 10, 23)]))
    assert plan.exclude_ids == [] and plan.rejected_ids is None


def test_titles_turned_down_earlier_are_not_widened_again(fixture_gazetteer: None) -> None:
    plan = Plan(Constraints(genres=["comedy"]))
    plan.rejected_ids = ["s7242"]
    widen_to_franchises(plan, _turn("only movies", [], rejected=["s7242"]))
    assert plan.exclude_ids == []


def test_a_title_only_seen_keeps_its_sequels(fixture_gazetteer: None) -> None:
    plan = Plan(Constraints(genres=["comedy"]))
    plan.rejected_ids, plan.seen_ids = ["s7242"], ["s7242"]
    widen_to_franchises(plan, _turn("seen kung fu panda holiday already", [Entity("title", "Kung Fu Panda: Holiday",
                                                                                   "exclude", 5, 27)]))
    assert plan.exclude_ids == []


def test_a_numbered_entry_brings_the_other_numbers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [("h1", "Heist Crew Eleven"), ("h2", "Heist Crew Twelve"), ("h3", "Heist Crew 13"), ("h4", "Heist Crew Reunion"),
            ("h5", "Heist Crewman 2")]
    csv_path = tmp_path / "catalog.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["show_id", "type", "title", "director", "cast", "country", "date_added", "release_year",
                         "rating", "duration", "listed_in", "description"])
        for show_id, title in rows:
            writer.writerow([show_id, "Movie", title, "", "", "", "", "2010", "PG-13", "100 min", "Thrillers", ""])
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(write_gazetteer(build_from_netflix_csv(csv_path),
                                                                  tmp_path / "gazetteer.json")))
    assert set(franchise_ids("h1")) == {"h1", "h2", "h3"}  # "Reunion" is no numbered entry, "Crewman" another name


def _title_at(text: str, said: str, value: str, role: str | None = None) -> Entity:
    start = text.index(said)
    return Entity("title", value, role, start, start + len(said))


@pytest.mark.parametrize("text", [
    "fed up with browsing menus, more like glitter force",
    "we're sick of adverts, anything like glitter force?",
    "so tired of searching. similar to glitter force please",
])
def test_a_like_anchor_beside_words_of_weariness_keeps_its_franchise(fixture_gazetteer: None, text: str) -> None:
    plan = Plan(Constraints(similar_to="s5808", similar_title="Glitter Force"))
    widen_to_franchises(plan, _turn(text, [_title_at(text, "glitter force", "Glitter Force", "similar")]))
    assert plan.exclude_ids == [] and plan.rejected_ids is None


def test_weariness_in_another_clause_says_nothing_of_the_title(fixture_gazetteer: None) -> None:
    text = "tired of endless trailers, my nephew enjoyed glitter force"
    plan = Plan(Constraints(genres=["kids"]))
    widen_to_franchises(plan, _turn(text, [_title_at(text, "glitter force", "Glitter Force")]))
    assert plan.exclude_ids == []


def test_a_pronoun_before_the_title_points_at_nothing_of_it(fixture_gazetteer: None) -> None:
    text = "we're sick of it, glitter force is what she wants"
    plan = Plan(Constraints(genres=["kids"]))
    widen_to_franchises(plan, _turn(text, [_title_at(text, "glitter force", "Glitter Force")]))
    assert plan.exclude_ids == []


@pytest.mark.parametrize("text", [
    "my daughter has seen glitter force 50 times, a different cartoon?",
    "we're fed up with glitter force, something else for her",
    "glitter force every single morning, honestly i can't bear that anymore",
    "glitter force nonstop at home - can't watch another one",
])
def test_weariness_said_of_the_title_leaves_out_its_franchise(fixture_gazetteer: None, text: str) -> None:
    plan = Plan(Constraints(genres=["kids"]))
    widen_to_franchises(plan, _turn(text, [_title_at(text, "glitter force", "Glitter Force")]))
    assert GLITTER_FORCE <= set(plan.exclude_ids) and GLITTER_FORCE <= set(plan.rejected_ids or [])
