"""A superlative said as a request becomes the ``sort`` entity (nlu/extraction/sort.py, docs/contracts.md "Sort
order"); one that is not a request (a way of saying, a person, a turned-down wish, a question about the list) is
none."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "order"), [
    ("the briefest... no, the shortest horror you got", "shortest"),
    ("quickest cartoon movie u have", "shortest"),
    ("give me your longest docuseries", "longest"),
    ("whats the longest show on netflix", "longest"),
    ("the oldest war film on here", "oldest"),
    ("ur oldest titles pls", "oldest"),
    ("newest thriller you've got", "newest"),
    ("just show me the longest", "longest"),
])
def test_a_superlative_before_what_is_asked_for_is_a_sort(values, text, order):
    assert values(text, "sort") == [(order, None)]


@pytest.mark.parametrize("text", [
    "whats the shortest way to put this, i want a heist movie",
    "my oldest buddy told me about a crime series",
    "which one here is the oldest",
    "is the newest of those any good",
    "the longest day of my week, need a laugh",
])
def test_a_superlative_that_asks_for_no_order_is_none(values, text):
    assert values(text, "sort") == []


def test_newest_keeps_its_recent_reading_beside_the_order(values):
    assert values("your newest romcoms", "sort") == [("newest", None)]
    assert values("your newest romcoms", "year") == [("recent", None)]
