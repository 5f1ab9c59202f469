"""Round 28C of the NLU extraction: people, titles and fields in the viewer's own words.

* a form noun right after a title turned down ("<person> but not the <title> cartoons") is the noun of those titles,
  as "movies" is: no kids or anime genre asked for (negation ``_form_noun_of_title``);
* "my / our" and a noun that is also a catalog title, said as the subject of a verb ("my girl loves dramas"), is the
  viewer's own words, never the title (names ``_own_words``);
* a field let go by name later in the message ("…, never mind the year") takes back what was said of it before
  (corrections ``_fields_let_go``).

Phrasings are this module's own (the full Netflix catalog's gazetteer, tests/nlu/conftest.py)."""

from __future__ import annotations

import pytest


# -- a form noun after a title turned down ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "jack black stuff but not the kung fu panda cartoons",
    "something with adam sandler, just not the hotel transylvania cartoons",
    "anything starring jack black except the kung fu panda animated ones",
])
def test_a_form_noun_after_a_title_turned_down_asks_for_no_kind(values, text):
    assert [v for v in values(text, "genre") if v[1] is None] == [], values(text, "genre")
    assert [role for _, role in values(text, "title")] == ["exclude"]


def test_the_person_stays_beside_the_title_turned_down(values):
    assert values("jack black but not the kung fu panda cartoons", "actor") == [("Jack Black", None)]


def test_cartoons_asked_for_apart_from_the_title_stay_asked_for(values):
    # a clause of its own after the turned-down title: the kind is the wish
    assert ("kids", None) in values("no kung fu panda, but cartoons for my 5 year old", "genre")


# -- my / our + noun + verb -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("my girl loves the office, anything similar?", "The Office (U.S.)"),
    ("my little brother loves the crown, more like that", "The Crown"),
])
def test_a_kin_subject_is_no_title_beside_the_title_meant(values, text, title):
    assert [v for v, _ in values(text, "title")] == [title]


@pytest.mark.parametrize("text", [
    "my girl wants something romantic tonight",
    "my girl and i want a scary film",
    "our house is full of guests, a comedy for everyone",
    "my girl is into thrillers lately",
])
def test_possessive_noun_then_a_verb_is_the_viewers_own_words(values, text):
    assert values(text, "title") == []


@pytest.mark.parametrize("text, title", [
    ("my girl", "My Girl"),  # the name alone
    ("My Girl was on tv last night, anything like it", "My Girl"),  # capitals on the noun
    ("our planet is amazing, more like it", "Our Planet"),  # praise of a title that is no person of theirs
])
def test_the_title_itself_stays_a_title(values, text, title):
    assert [v for v, _ in values(text, "title")] == [title]


# -- a field let go later in the message --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("horror from the 2010s, nevermind the year actually, with ghosts", "year"),
    ("a comedy from the 90s, oh and never mind the whole decade thing", "year"),
    ("a korean thriller under 2 hours, never mind the length", "duration"),
    ("a french comedy, forget about the country", "country"),
])
def test_a_field_let_go_takes_back_what_was_said_of_it(values, text, kind):
    assert values(text, kind) == []


def test_the_rest_of_the_message_stays(values):
    text = "horror from the 2010s, nevermind the year actually, with ghosts"
    assert values(text, "genre") == [("horror", None)]


def test_a_field_let_go_before_it_is_said_keeps_what_follows(values):
    # the value said after the removal is the new wish
    assert values("forget the year, comedies from the 90s", "year") == [("1990-1999", None)]


def test_never_mind_said_of_something_else_takes_back_no_field(values):
    assert values("comedies from the 90s, never mind my brother, he's asleep", "year") == [("1990-1999", None)]
