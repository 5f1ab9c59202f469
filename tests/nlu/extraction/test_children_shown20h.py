"""Round 20h: children who are shown the titles ("show the kids films from back then") are who watches — the
children's audience — never the children's shelf (nlu/extraction/childrens.py ``_children_shown``)."""

from __future__ import annotations


def test_children_shown_films_are_the_audience_not_the_kids_genre(values):
    text = "nana wants to show our kids the movies she loved, made before 1980"
    # round 22d: a grandparent who "wants" is in company too, so the same `family` ceiling may carry the grown-ups'
    # cap role; either way PG / TV-PG is the ceiling and no children's shelf is asked for
    assert [v for v, _ in values(text, "audience")] == ["family"]
    assert values(text, "genre") == []
    assert values("grandad hopes to show the children films from when he was young", "genre") == []
    assert values("grandad hopes to show the children films from when he was young", "audience") == [("family", None)]


def test_near_miss_a_kids_movie_is_still_the_childrens_shelf(values):
    assert ("kids", None) in values("a kids movie for saturday", "genre")
