"""Titles turned down by name in a message that also edits the search ("no <franchise>, and max 2 seasons"): both
hold — the titles stay out and the edit applies (actions/planning._plan_without_named_titles). Phrasings are this
module's own; the fixture catalog's gazetteer (tests/actions/conftest.py ``fixture_gazetteer``)."""

from __future__ import annotations

from planned_turns import after, at, planned

SHOWN = [{"id": "s1", "title": "Motu Patlu in Hong Kong: Kung Fu Kings 3", "type": "movie", "year": 2018,
          "duration_minutes": 70}, {"id": "s2", "title": "Hotel for Dogs", "type": "movie", "year": 2009,
                                    "duration_minutes": 100}]


def test_the_edit_said_beside_the_names_applies(fixture_gazetteer) -> None:
    text = "skip motu patlu, and under an hour please"
    plan = planned(after(text, [at(text, "under an hour", "duration", "-60")], items=SHOWN, genres=["kids"]))
    assert plan.constraints.max_minutes == 60 and plan.constraints.genres == ["kids"]
    assert plan.exclude_ids and "motu patlu" in (plan.note or "").casefold()  # the catalog's Motu Patlu titles


def test_names_alone_leave_the_search_as_it_was(fixture_gazetteer) -> None:
    plan = planned(after("skip motu patlu", [], items=SHOWN, genres=["kids"], max_minutes=90))
    assert plan.constraints.max_minutes == 90 and plan.constraints.genres == ["kids"] and plan.exclude_ids
