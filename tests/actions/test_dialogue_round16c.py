"""Dialogue round 16 (part C), action level (no servers): a person pointed at through a title they play in (role
``cast_of``) becomes a search of that title's lead cast, any of the first two billed, the title itself left out; a name
hint in the message picks the one cast member it fits; a title without a listed cast is said so and read as "like
it". Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from credits_catalog import FakeClient, serve
from planned_turns import at, planned

from actions import cast_of
from actions.entities import CAST_OF, Entity
from actions.turn import Turn

ITEMS: dict[str, dict[str, Any]] = {
    "c1": {"id": "c1", "title": "Harbour Lights", "cast": ["Mara Quill", "Tobias Venn", "Rafe Holloway", "Ines Dorr"]},
    "c2": {"id": "c2", "title": "Quiet Orchard", "cast": []},
    "c3": {"id": "c3", "title": "Salt Road", "cast": ["Petra Lund"]},
}


@pytest.fixture
def catalog(monkeypatch: pytest.MonkeyPatch) -> FakeClient:
    return serve(monkeypatch, ITEMS)


def turn_with(text: str, phrase: str, title: str, *extra: Entity) -> Turn:
    return Turn("test", "request_recommendation", text, [at(text, phrase, "title", title, CAST_OF), *extra], {})


async def test_the_lead_cast_of_a_pointed_title_are_alternatives(catalog: FakeClient) -> None:
    text = "that woman from harbour lights, anything else she did"
    found = await cast_of.cast_for_titles(turn_with(text, "that woman from harbour lights", "Harbour Lights"))
    assert [(e.name, e.value, e.role) for e in found.turn.entities] == [
        ("actor", "Mara Quill", "any"), ("actor", "Tobias Venn", "any")]
    assert found.exclude_ids == ["c1"] and "Mara Quill" in (found.note or "")
    plan = planned(found.turn)
    assert set(plan.constraints.any_people) == {"Mara Quill", "Tobias Venn"} and not plan.constraints.similar_to
    assert not plan.constraints.query or "harbour" not in plan.constraints.query, plan.constraints


@pytest.mark.parametrize("text,phrase,person", [
    ("the harbour lights bloke, holloway i think, what's he been in", "the harbour lights bloke", "Rafe Holloway"),
    ("that actress in harbour lights, ines something", "that actress in harbour lights", "Ines Dorr"),
    ("the harbour lights guy, tobias venm", "the harbour lights guy", "Tobias Venn"),  # one slip in a long word
])
async def test_a_name_hint_picks_that_cast_member(catalog: FakeClient, text: str, phrase: str, person: str) -> None:
    found = await cast_of.cast_for_titles(turn_with(text, phrase, "Harbour Lights"))
    assert [(e.name, e.value, e.role) for e in found.turn.entities] == [("actor", person, None)]
    assert found.exclude_ids == ["c1"]


async def test_a_person_the_extractor_read_is_kept_and_the_title_left_out(catalog: FakeClient) -> None:
    text = "the harbour lights guy, Rafe Holloway, what else"
    t = turn_with(text, "the harbour lights guy", "Harbour Lights", at(text, "Rafe Holloway", "actor", "Rafe Holloway"))
    found = await cast_of.cast_for_titles(t)
    assert [(e.name, e.value) for e in found.turn.entities] == [("actor", "Rafe Holloway")]
    assert found.exclude_ids == ["c1"]


async def test_words_that_are_no_hint_leave_the_lead_cast(catalog: FakeClient) -> None:
    text = "the girl from harbour lights, what else has she been in lately"
    found = await cast_of.cast_for_titles(turn_with(text, "the girl from harbour lights", "Harbour Lights"))
    assert [e.value for e in found.turn.entities] == ["Mara Quill", "Tobias Venn"]


async def test_a_single_cast_member_is_no_alternative(catalog: FakeClient) -> None:
    found = await cast_of.cast_for_titles(turn_with("the salt road actor", "the salt road actor", "Salt Road"))
    assert [(e.value, e.role) for e in found.turn.entities] == [("Petra Lund", None)]


async def test_a_title_without_a_cast_is_said_and_read_as_like_it(catalog: FakeClient) -> None:
    found = await cast_of.cast_for_titles(turn_with("the man in quiet orchard", "the man in quiet orchard", "Quiet Orchard"))
    assert [(e.name, e.role) for e in found.turn.entities] == [("title", "similar")]
    assert "doesn't list who plays in Quiet Orchard" in (found.note or "")


async def test_an_unreachable_catalog_makes_no_claim_about_the_cast(catalog: FakeClient) -> None:
    catalog.down = True
    found = await cast_of.cast_for_titles(turn_with("the lead of salt road", "the lead of salt road", "Salt Road"))
    assert [(e.name, e.role) for e in found.turn.entities] == [("title", "similar")] and found.note is None


@pytest.mark.parametrize("role", ["similar", None, "director_of"])
async def test_other_title_roles_are_left_as_they_are(catalog: FakeClient, role: Optional[str]) -> None:
    text = "something like Harbour Lights"
    t = Turn("test", "request_recommendation", text, [at(text, "Harbour Lights", "title", "Harbour Lights", role)], {})
    found = await cast_of.cast_for_titles(t)
    assert found.turn is t and found.exclude_ids == [] and found.note is None


def test_hints_need_exactly_one_fitting_member() -> None:
    cast = ["Anna Berg", "Anna Lind", "Olof Berglund"]
    assert cast_of.pick_by_hint(cast, ["anna"]) is None           # two Annas: the lead cast stands
    assert cast_of.pick_by_hint(cast, ["lind"]) == "Anna Lind"
    assert cast_of.pick_by_hint(cast, ["berglun"]) == "Olof Berglund"
    assert cast_of.pick_by_hint(cast, ["ber"]) is None            # short words need the exact name word


async def test_a_person_misread_from_the_hint_gives_way_to_the_cast_member(catalog: FakeClient) -> None:
    text = "the harbour lights woman, dorr, what else"
    t = turn_with(text, "the harbour lights woman", "Harbour Lights", at(text, "dorr", "actor", "Kim Dorr"))
    found = await cast_of.cast_for_titles(t)
    assert [(e.name, e.value) for e in found.turn.entities] == [("actor", "Ines Dorr")]


async def test_another_person_named_beside_the_title_stays(catalog: FakeClient) -> None:
    text = "the harbour lights guy and Kim Dorr together"
    t = turn_with(text, "the harbour lights guy", "Harbour Lights", at(text, "Kim Dorr", "actor", "Kim Dorr"))
    found = await cast_of.cast_for_titles(t)
    assert ("actor", "Kim Dorr") in [(e.name, e.value) for e in found.turn.entities]


async def test_a_person_named_in_apposition_is_who_the_viewer_means(catalog: FakeClient) -> None:
    text = "the lady from harbour lights, Kim Dorr, what else is she in"
    t = turn_with(text, "the lady from harbour lights", "Harbour Lights", at(text, "Kim Dorr", "actor", "Kim Dorr"))
    found = await cast_of.cast_for_titles(t)
    assert [(e.name, e.value) for e in found.turn.entities] == [("actor", "Kim Dorr")]


@pytest.mark.parametrize("phrase", ["the main actor from harbour lights", "the lead of harbour lights",
                                    "the star of harbour lights"])
async def test_the_main_actor_is_the_one_billed_first(catalog: FakeClient, phrase: str) -> None:
    found = await cast_of.cast_for_titles(turn_with(phrase + " in other stuff", phrase, "Harbour Lights"))
    assert [e.value for e in found.turn.entities] == ["Mara Quill"]


async def test_a_title_word_is_no_lead_pointer(catalog: FakeClient, monkeypatch: pytest.MonkeyPatch) -> None:
    serve(monkeypatch, {"c9": {"id": "c9", "title": "Star Harbour", "cast": ["Ona Veld", "Per Dahl"]}})
    found = await cast_of.cast_for_titles(turn_with("the guy from star harbour", "the guy from star harbour", "Star Harbour"))
    assert [e.value for e in found.turn.entities] == ["Ona Veld", "Per Dahl"]
