"""A title shown on its own card (not in the last list) keeps its name when referred to ("more like that"): the
heading of the like-search says the title, never its catalog id (actions/references.resolve)."""

from __future__ import annotations

from actions.references import resolve

IRISHMAN_ID = "s3228"  # tests/fixtures/netflix_small.csv


def test_a_focused_title_outside_the_list_is_named_from_the_catalog(fixture_gazetteer) -> None:
    ref = resolve([], [{"id": "s1", "title": "Some Other Title"}], IRISHMAN_ID)
    assert ref is not None and ref.item_id == IRISHMAN_ID and ref.title == "The Irishman"


def test_a_focused_title_in_the_list_keeps_its_place(fixture_gazetteer) -> None:
    ref = resolve([], [{"id": "s1", "title": "A"}, {"id": IRISHMAN_ID, "title": "The Irishman"}], IRISHMAN_ID)
    assert ref is not None and ref.position == 2
