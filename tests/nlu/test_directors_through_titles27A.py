"""Round 27A of the NLU extraction: a director reached through a title named first, and "is <title> on?".

A title, then words later in the message asking for more by its director ("... anything by the same director", "in a
<surname> mood, what more of his"), is that title with role ``director_of`` (names.maker_phrase_after); durations,
positions and years said between the two are remarks about the title (names.drop_remarks_before_the_maker). "is
<title> on?" is an availability question (contract.availability frame; names._asks_availability). Phrasings are this
module's own (the full Netflix catalog's gazetteer, tests/nlu/conftest.py)."""

from __future__ import annotations

import pytest

from contract.availability import asked_slot


@pytest.mark.parametrize("text, title", [
    ("hugo was sweet. is there anything by the same director", "Hugo"),
    ("my dad keeps quoting the departed, what else is there from the same filmmaker", "The Departed"),
    ("shutter island messed me up, same director please", "Shutter Island"),
])
def test_a_title_then_the_same_director_is_its_director(values, text, title):
    assert values(text, "title") == [(title, "director_of")]


def test_a_directors_mood_lets_his_point_at_the_titles_director(values):
    text = "finished the departed and i'm in a total scorsese mood now, what more of his can i watch"
    assert values(text, "title") == [("The Departed", "director_of")]


def test_his_alone_after_a_title_is_no_director(values):
    # no director's word or surname: "of his" may be the star, the title keeps its reading
    assert ("The Departed", "director_of") not in values("the departed again tonight. what else of his is on", "title")


def test_not_the_same_director_points_at_no_director(values):
    assert ("Hugo", "director_of") not in values("hugo was fine, something not by the same director", "title")


def test_a_runtime_said_of_the_title_is_no_window(values):
    text = "people say the departed is way too long (like 2.5 hours) so first something else by the same director"
    assert values(text, "title") == [("The Departed", "director_of")]
    assert values(text, "duration") == []
    assert values(text, "position") == []


def test_a_runtime_after_the_ask_still_bounds_the_search(values):
    text = "hugo was lovely, something by the same director under 2 hours"
    assert values(text, "title") == [("Hugo", "director_of")]
    assert values(text, "duration") != []


@pytest.mark.parametrize("text", ["is the departed on?", "hi is shutter island on"])
def test_is_a_title_on_asks_whether_the_catalog_has_it(values, text):
    assert [role for _, role in values(text, "title")] == [None]
    assert asked_slot(text) is not None


@pytest.mark.parametrize("text", ["is anything good on?", "is it on", "is something on tonight"])
def test_is_anything_on_is_no_title_asked_about(text):
    assert asked_slot(text) is None
