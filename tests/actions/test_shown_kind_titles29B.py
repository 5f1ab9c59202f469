"""Round 29B: a genre ruled out on the whole name of a title just shown ("not the stand-up" while "The Stand-Up" is
on the list) is that title turned down (actions/shown_kind_titles.py); with no such title shown, or said without the
title's article, the kind stays ruled out. The planning after it: the kind ruled out edits the search and "something
with a plot" adds no query. Phrasings are this module's own."""

from __future__ import annotations

from actions.shown_kind_titles import shown_titles_named_as_kinds
from planned_turns import after, at, planned

SHOWN = [{"id": "s476", "title": "The Stand-Up", "type": "movie"},
         {"id": "s827", "title": "Bo Burnham: Inside", "type": "movie"}]
OTHERS = [{"id": "s827", "title": "Bo Burnham: Inside", "type": "movie"},
          {"id": "s279", "title": "Lokillo: Nothing's the Same", "type": "movie"}]
TEXT = "hmm not the stand-up, one with a real story"


def _genre_turn(items: list[dict], text: str = TEXT, phrase: str = "stand-up"):
    return after(text, [at(text, phrase, "genre", "stand-up", "exclude")], items=items, genres=["stand-up"])


def test_the_kind_on_a_shown_titles_name_is_that_title():
    entities = shown_titles_named_as_kinds(_genre_turn(SHOWN)).entities
    assert [(e.name, e.value, e.role) for e in entities] == [("title", "The Stand-Up", "exclude")]


def test_the_title_entity_takes_the_article_in():
    (entity,) = shown_titles_named_as_kinds(_genre_turn(SHOWN)).entities
    assert TEXT[entity.start:entity.end] == "the stand-up"


def test_with_no_such_title_shown_the_kind_stays():
    turn = _genre_turn(OTHERS)
    assert shown_titles_named_as_kinds(turn) is turn


def test_without_the_titles_article_the_kind_stays():
    text = "no more stand-up, one with a real story"
    turn = _genre_turn(SHOWN, text)
    assert shown_titles_named_as_kinds(turn) is turn


def test_the_kind_ruled_out_edits_the_search_and_adds_no_query():
    plan = planned(_genre_turn(OTHERS))
    assert "stand-up" in plan.constraints.exclude_genres and "stand-up" not in plan.constraints.genres
    assert not plan.constraints.query


def test_the_shown_title_turned_down_keeps_the_search():
    plan = planned(shown_titles_named_as_kinds(_genre_turn(SHOWN)))
    assert plan.constraints.genres == ["stand-up"]
    assert "s476" in (plan.rejected_ids or [])


def test_a_kind_ruled_out_with_nothing_pointed_at_is_an_edit_whatever_the_label():
    from actions.list_follow_ups import kind_ruled_out
    turn = _genre_turn(OTHERS)
    assert kind_ruled_out(turn.entities)


def test_a_kind_said_beside_a_position_is_left_to_the_position():
    from actions.list_follow_ups import kind_ruled_out
    text = "the second one, not the stand-up"
    turn = after(text, [at(text, "second one", "position", "2"), at(text, "stand-up", "genre", "stand-up", "exclude")],
                 items=OTHERS)
    assert not kind_ruled_out(turn.entities)
