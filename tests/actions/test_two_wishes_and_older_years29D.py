"""Round 29D, on the pure planner and its helpers (no recommender, no Rasa). Phrasings are this module's own.

1. Two people's wishes said in the story of a long message, then something for both asked in a later sentence: the
   wishes are the request, whatever else the story says ("we never agree": query_text ``_one_of_two_wishes``); a wish
   the story turns down ("but i can't stand it") stays out.
2. "Older" beside a year said, after a search that found nothing: the year said is the bound, the search's own years
   and the list-relative reading give way (constraints ``_apply_year``).
"""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.query_text import request_entities
from planned_turns import after, at, planned

# -- 1. two people's wishes -------------------------------------------------------------------------------------------

_BOTH = ("me and my cousin never agree, he wants a western and i want a comedy. is there one that does both? a film",
         "western", "comedy")
_EITHER = ("we never agree, she wants horror, i want romance. something either of us would watch?", "horror", "romance")


def _genres(text: str, a: str, b: str) -> list[Entity]:
    return [at(text, a, "genre", a), at(text, b, "genre", b)]


@pytest.mark.parametrize("text, a, b", [_BOTH, _EITHER])
def test_each_persons_wish_counts_when_both_are_asked_for(text, a, b):
    got = request_entities(text, _genres(text, a, b) + ([at(text, "film", "media_type", "movie")]
                                                       if "film" in text else []))
    assert {e.value for e in got if e.name == "genre"} == {a, b}


def test_without_both_a_story_of_disagreement_keeps_its_wishes_out():
    text = "me and my cousin never agree, he wants a western and i want a comedy. anyway, a film please"
    got = request_entities(text, _genres(text, "western", "comedy") + [at(text, "film", "media_type", "movie")])
    assert [e.value for e in got if e.name == "genre"] == []


def test_a_wish_turned_down_in_the_story_is_no_wish_of_both():
    text = "my brother wants horror every single time but honestly i can't stand it. what's a good film for both of us?"
    got = request_entities(text, [at(text, "horror", "genre", "horror"), at(text, "film", "media_type", "movie")])
    assert [e.value for e in got if e.name == "genre"] == []


# -- 2. "older" beside a year after nothing was found -----------------------------------------------------------------

_NOTHING = {"pending_relaxation": {"label": "Include titles from 2020 on", "constraints": {"genres": ["thriller"],
                                                                                          "year_min": 2020}}}


@pytest.mark.parametrize("text, phrase, value, year_max", [
    ("ok then older stuff, pre 2013", "pre 2013", "-2012", 2012),
    ("go older, anything up to 2010", "up to 2010", "-2010", 2010),
])
def test_older_with_a_year_after_nothing_is_the_year_said(text, phrase, value, year_max):
    ents = [at(text, "older", "year", "older"), at(text, phrase, "year", value)]
    got = planned(after(text, ents, items=[], genres=["thriller"], media_type=["movie"], year_min=2022,
                        **_NOTHING)).constraints
    assert (got.year_min, got.year_max, got.genres) == (None, year_max, ["thriller"]), got


def test_older_with_a_year_after_a_list_is_the_year_said_not_both():
    text = "older ones, before 2016 say"
    items = [{"id": f"t{y}", "title": f"T{y}", "type": "movie", "year": y, "duration_minutes": 100}
             for y in (2012, 2017, 2019, 2020, 2021)]
    ents = [at(text, "older", "year", "older"), at(text, "before 2016", "year", "-2015")]
    got = planned(after(text, ents, items=items, genres=["thriller"])).constraints
    assert (got.year_min, got.year_max) == (None, 2015), got
