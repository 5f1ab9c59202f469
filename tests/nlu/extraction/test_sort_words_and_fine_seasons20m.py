"""Round 20 mend M1 (nlu side): a turned-down superlative is the sort with the exclude role; a list question only
near the superlative makes it no sort; "nothing but" is no turn-down; "too many seasons" said to be fine is no
bound (nlu/extraction/sort.py, seasons.py). Phrasings are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, order", [
    ("a thriller, just not the shortest one", "shortest"),
    ("i don't want the oldest stuff pls", "oldest"),
])
def test_a_turned_down_superlative_is_the_order_excluded(values, text, order):
    assert values(text, "sort") == [(order, "exclude")]


@pytest.mark.parametrize("text, order", [
    ("your longest dramas where denzel washington is in them", "longest"),
    ("the oldest comedies which have talking animals", "oldest"),
    ("give me nothing but the quickest cartoons", "shortest"),
])
def test_a_list_word_away_from_the_superlative_keeps_the_order(values, text, order):
    assert values(text, "sort") == [(order, None)]


@pytest.mark.parametrize("text", [
    "which one would be the longest",
    "ok which of them is your oldest",
    "the shortest among those please",
    "nothing the newest ones",
])
def test_a_list_question_near_the_superlative_or_a_turn_down_is_no_wanted_order(values, text):
    assert [v for v in values(text, "sort") if v[1] is None] == []


@pytest.mark.parametrize("text", [
    "we really don't mind too many seasons",
    "it doesn't matter if the show has too many seasons",
    "honestly too many seasons would be ok",
])
def test_too_many_seasons_said_to_be_fine_is_no_bound(values, text):
    assert values(text, "seasons") == []


@pytest.mark.parametrize("text", ["ugh these have way too many seasons", "too many seasons, 2 max"])
def test_too_many_seasons_as_a_complaint_stays_a_ceiling(values, text):
    assert values(text, "seasons") and values(text, "seasons")[0][0].startswith("-")


@pytest.mark.parametrize("text", [
    "we would rather not have too many seasons",
    "a drama series but nothing with too many seasons",
    "honestly i dont want way too many seasons",
])
def test_too_many_seasons_turned_down_is_still_the_ceiling(values, text):
    # the negation only repeats the complaint: never flipped into "at least 3 seasons"
    assert values(text, "seasons") == [("-2", None)]


def test_a_count_turned_down_is_still_flipped(values):
    assert values("not one of those shows with 12 seasons", "seasons") == [("-11", None)]
