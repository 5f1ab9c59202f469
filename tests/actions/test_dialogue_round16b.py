"""Dialogue round 16 (part B), action level (no servers): a title named through its maker (role ``director_of``)
becomes a search of that title's directors with the title itself left out, and an honest "like it" reading when the
catalog lists no director; children said to be asleep after their ages ("…, they're in bed now") put no children's
cap on the search. Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from credits_catalog import FakeClient, serve
from planned_turns import at, planned

from actions import made_by
from actions.entities import Entity
from actions.turn import Turn

ITEMS: dict[str, dict[str, Any]] = {
    "t1": {"id": "t1", "title": "Paper Moon Road", "directors": ["Ana Ruiz"]},
    "t2": {"id": "t2", "title": "Two Hands", "directors": ["Ana Ruiz", "Bo Lind"]},
    "t3": {"id": "t3", "title": "Open Sky Talk", "directors": []},
}


@pytest.fixture
def catalog(monkeypatch: pytest.MonkeyPatch) -> FakeClient:
    return serve(monkeypatch, ITEMS)


def turn_with(text: str, title: str, role: Optional[str] = made_by.DIRECTOR_OF) -> Turn:
    return Turn("test", "request_recommendation", text, [at(text, title, "title", title, role)], {})


async def test_a_title_named_through_its_director_becomes_that_director(catalog: FakeClient) -> None:
    text = "anything else by whoever made Paper Moon Road"
    found = await made_by.directors_for_titles(turn_with(text, "Paper Moon Road"))
    assert [(e.name, e.value, e.role) for e in found.turn.entities] == [("director", "Ana Ruiz", None)]
    assert found.exclude_ids == ["t1"] and "Ana Ruiz" in (found.note or "")
    plan = planned(found.turn)
    assert plan.constraints.directors == ["Ana Ruiz"] and plan.constraints.similar_to is None, plan.constraints


async def test_two_directors_are_alternatives(catalog: FakeClient) -> None:
    text = "same directors as Two Hands"
    found = await made_by.directors_for_titles(turn_with(text, "Two Hands"))
    assert {(e.value, e.role) for e in found.turn.entities} == {("Ana Ruiz", "any"), ("Bo Lind", "any")}


async def test_a_title_without_a_director_is_said_and_read_as_like_it(catalog: FakeClient) -> None:
    text = "from the director of Open Sky Talk"
    found = await made_by.directors_for_titles(turn_with(text, "Open Sky Talk"))
    assert [(e.name, e.role) for e in found.turn.entities] == [("title", "similar")]
    assert "doesn't list who directed Open Sky Talk" in (found.note or "")


async def test_an_unreachable_catalog_makes_no_claim_about_the_director(catalog: FakeClient) -> None:
    catalog.down = True
    found = await made_by.directors_for_titles(turn_with("the folks behind Paper Moon Road", "Paper Moon Road"))
    assert [(e.name, e.role) for e in found.turn.entities] == [("title", "similar")] and found.note is None


@pytest.mark.parametrize("role", ["similar", None])
async def test_a_title_liked_or_named_is_left_as_it_is(catalog: FakeClient, role: Optional[str]) -> None:
    t = turn_with("something like Paper Moon Road", "Paper Moon Road", role)
    found = await made_by.directors_for_titles(t)
    assert found.turn is t and found.exclude_ids == [] and found.note is None


# -- children asleep after their ages ------------------------------------------------------------------------------

def test_children_in_bed_after_their_ages_leave_the_adults() -> None:
    text = "busy day with the twins (6 and 9), they're in bed now. a grown-up thriller"
    plan = planned(Turn("test", "request_recommendation", text, [
        at(text, "with the twins (6 and 9)", "audience", "kids"), at(text, "grown-up", "audience", "adult"),
        at(text, "thriller", "genre", "thriller")], {}))
    assert plan.constraints.audience in (None, "adult"), plan.constraints


def test_a_pronoun_on_a_child_who_is_watching_keeps_the_cap() -> None:
    text = "with my son (6), he loves robots"
    plan = planned(Turn("test", "request_recommendation", text, [at(text, "with my son (6)", "audience", "kids")], {}))
    assert plan.constraints.audience == "kids", plan.constraints


def test_a_child_said_asleep_with_but_he_is_no_audience() -> None:
    text = "my son is 6 but he's asleep, a horror film"
    plan = planned(Turn("test", "request_recommendation", text, [
        at(text, "my son is 6", "audience", "kids"), at(text, "horror", "genre", "horror")], {}))
    assert plan.constraints.audience in (None, "adult"), plan.constraints


def test_entity_roles_are_untouched_by_the_maker_rule() -> None:
    assert not made_by.names_a_director(Turn("t", None, "x", [Entity("title", "X", "similar")], {}))


def audience_of(text: str, *spans: tuple[str, str, str | None]) -> str | None:
    plan = planned(Turn("test", "request_recommendation", text,
                        [at(text, phrase, "audience", value, role) for phrase, value, role in spans], {}))
    return plan.constraints.audience


def test_an_adults_wish_in_a_later_clause_leaves_the_children_out() -> None:
    text = "took my girls (6 and 10) to the zoo all day. tonight i want something grown up"
    assert audience_of(text, ("my girls (6 and 10)", "kids", None), ("grown up", "adult", None)) in (None, "adult")


@pytest.mark.parametrize("text,child,adult,role", [
    ("with my son (6), he wants something grown up", "with my son (6)", "grown up", None),  # the child wants it
    ("my nephew (9) wants something grown up", "my nephew (9)", "grown up", None),  # same clause: he does
    ("for me and my kids (4 and 6), nothing too grown up", "my kids (4 and 6)", "grown up", "exclude"),
])
def test_an_adults_word_about_the_children_keeps_their_cap(text: str, child: str, adult: str,
                                                           role: str | None) -> None:
    assert audience_of(text, (child, "kids", None), (adult, "adult", role)) == "kids"
