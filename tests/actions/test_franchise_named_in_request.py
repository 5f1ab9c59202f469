"""A request that turns a franchise down by its one-word name before any list ("anime movies but not naruto"): the
franchise's titles are left out of its picks (actions/title_words.py ``named_in_request``, actions/franchises.py
``widen_to_franchises``). A franchise's name that its synopses repeat counts though the catalog's vocabulary has the
word (contract/words.py ``title_words``). Fixture catalog: tests/fixtures/netflix_small.csv. Phrasings are this
module's own; near-misses leave nothing out."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.franchises import widen_to_franchises
from actions.planning import Plan
from actions.title_words import named_in_request
from actions.turn import Turn
from contract.constraints import Constraints
from contract.gazetteer import load_gazetteer
from contract.words import title_words

BARBIE = {"Barbie in A Mermaid Tale", "Barbie: Spy Squad"}


def _named(text: str, entities: list[Entity] | None = None, shown: list[dict] | None = None) -> set[str]:
    named = named_in_request(Turn("test", "request_recommendation", text, entities or [],
                                  {"last_items": shown or []}))
    if named is None:
        return set()
    titles = {e.id: e.title for e in load_gazetteer().titles}
    return {titles[i] for i in named.item_ids}


def test_franchise_names_the_synopses_repeat_are_franchise_words() -> None:
    assert {"naruto", "barbie"} <= title_words()


@pytest.mark.parametrize("text", ["cartoons for my girl but not barbie", "a kids movie, no barbie please",
                                  "animated films except the barbie ones", "something fun without barbie"])
def test_a_franchise_turned_down_in_the_request_is_left_out(fixture_gazetteer: None, text: str) -> None:
    assert _named(text) == BARBIE


@pytest.mark.parametrize("text", [
    "cartoons for my girl, barbie style",  # no turning-down cue: a wish
    "not sure, something like barbie",  # the cue turns down nothing that names titles
    "no dogs or cats in it please",  # everyday words name no franchise before a list
    "nothing too long, my girl loves barbie",  # the cue's clause ends before the name
])
def test_near_misses_leave_nothing_out(fixture_gazetteer: None, text: str) -> None:
    assert _named(text) == set()


def test_a_constraint_after_the_cue_keeps_its_own_reading(fixture_gazetteer: None) -> None:
    assert _named("no horror", [Entity("genre", "horror", "exclude", 3, 9)]) == set()


def test_after_a_list_the_list_rule_reads_it_not_this_one(fixture_gazetteer: None) -> None:
    shown = [{"id": "x1", "title": "Barbie: Spy Squad", "type": "movie"}]
    assert _named("not barbie", shown=shown) == set()


def test_the_plan_of_the_request_leaves_the_franchise_out(fixture_gazetteer: None) -> None:
    plan = Plan(Constraints(genres=["kids"]), exclude_ids=[])
    widen_to_franchises(plan, Turn("test", "request_recommendation", "kids movies but not barbie", [], {}))
    titles = {e.id: e.title for e in load_gazetteer().titles}
    assert {titles[i] for i in plan.exclude_ids} == BARBIE and set(plan.rejected_ids or []) == set(plan.exclude_ids)
