"""A refused decade outside the search's era is the era wanted instead (actions/era_corrections.py), and the words of
the self-correction ("wait", "final answer") are no query (actions/query_text._SELF_CORRECTION)."""

from __future__ import annotations

from actions.constraints import apply_entities
from actions.entities import Entity
from actions.query_text import residual_query
from contract.constraints import Constraints

NINETIES = Constraints(genres=["comedy"], year_min=1990, year_max=1999)
EIGHTIES_REFUSED = [Entity("year", "1980-1989", "exclude", 8, 11)]


def test_a_refused_decade_outside_the_search_replaces_its_era():
    state = apply_entities(NINETIES, EIGHTIES_REFUSED)
    assert (state.year_min, state.year_max) == (1980, 1989) and state.genres == ["comedy"]


def test_a_refused_decade_without_an_era_in_the_search_stays_a_refusal():
    state = apply_entities(Constraints(genres=["comedy"]), EIGHTIES_REFUSED)
    assert (state.year_min, state.year_max) == (None, None)


def test_refusing_the_searchs_own_era_is_no_correction():
    state = apply_entities(Constraints(year_min=1980, year_max=1989), EIGHTIES_REFUSED)
    assert (state.year_min, state.year_max) == (1980, 1989)


def test_an_era_wanted_beside_the_refusal_wins():
    state = apply_entities(NINETIES, [*EIGHTIES_REFUSED, Entity("year", "1970-1979", None, 20, 23)])
    assert (state.year_min, state.year_max) == (1970, 1979)


def test_the_words_of_a_self_correction_are_no_query():
    text = "wait no 80s. final answer"
    assert residual_query(text, [Entity("year", "1980-1989", "exclude", 8, 11)]) is None


def test_hang_on_and_i_mean_are_no_query():
    text = "hang on, i mean the 80s"
    assert residual_query(text, [Entity("year", "1980-1989", None, 15, 23)]) is None


def test_wait_in_a_title_stays():
    assert "wait" in (residual_query("something like wait until dark", []) or "")
