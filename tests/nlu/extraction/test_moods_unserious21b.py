""""Something serious" is a drama; ruled out it is a light evening (nlu/extraction/moods.py ``unserious``): the light
and relaxing moods, never drama asked for and never every drama ruled out."""

from __future__ import annotations


def test_not_something_serious_is_light(values):
    text = "honestly not something serious this evening"
    assert values(text, "genre") == []
    assert values(text, "mood") == [("light", None), ("relaxing", None)]


def test_not_wanting_anything_serious_is_light(values):
    text = "we don't want anything serious"
    assert values(text, "genre") == []
    assert ("light", None) in values(text, "mood")


def test_no_serious_films_rules_out_no_drama(values):
    assert ("drama", "exclude") not in values("no serious films please", "genre")
    assert ("light", None) in values("no serious films please", "mood")


def test_something_serious_stays_a_drama(values):
    # near miss: the wish is unchanged
    assert values("could you suggest something serious", "genre") == [("drama", None)]


def test_a_drama_named_beside_nothing_serious_stays_wanted(values):
    # near miss: the drama is asked for, the evening is light
    text = "a drama, but nothing too serious"
    assert values(text, "genre") == [("drama", None)]
    assert ("light", None) in values(text, "mood")


def test_no_dramas_still_rules_out_drama(values):
    # near miss: the genre itself ruled out stays ruled out
    assert values("no dramas tonight", "genre") == [("drama", "exclude")]
