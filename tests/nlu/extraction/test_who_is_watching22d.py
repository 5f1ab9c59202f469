"""Who is watching, said loosely (round 22d): "clean" as a request word, grandparents in company, ages said with a
hedge or "-ish" for any young relative, and the whole family typed short.

Mechanisms: nlu/extraction/audience.py (``_CLEAN_RE`` with "pls", ``_INOFFENSIVE_RE`` for "nothing dirty",
``elders_in_company``, ``_QUALIFIER`` / ``_ISH`` / "lil"), contract/words.CHILD_KIN_PATTERN ("bro", "sis")."""

from __future__ import annotations

import pytest

CLEAN_CAP = [("family", "cap")]


@pytest.mark.parametrize("text", [
    "so clean pls",
    "clean plz, its for work",
    "nothing dirty",
    "a romcom, nothing too dirty tho",
    "no filthy stuff please",
    "it needs to be clean, my boss is around",
    "keep it sfw, im on my lunch break",
    "nothing nsfw please",
])
def test_clean_said_as_a_request_is_the_clean_cap(values, text):
    assert values(text, "audience") == CLEAN_CAP, values(text, "audience")


def test_a_clean_comedy_keeps_the_comedy_and_the_cap(values):
    assert values("any clean comedies pls", "audience") == CLEAN_CAP
    assert ("comedy", None) in values("any clean comedies pls", "genre")


@pytest.mark.parametrize("text", [
    "a show about cleaning houses",
    "something on while i tidy up",
    "i need to clean pls recommend something to put on",
    "not dirty dancing, something else",
    "no dirty harry films",
])
def test_near_miss_chores_and_titles_are_no_cap(values, text):
    assert values(text, "audience") == [], values(text, "audience")


@pytest.mark.parametrize("text", [
    "watching w my gran later",
    "a film with my grandparents tonight",
    "nana's coming over, got any films?",
    "grandad is staying with us this week, a western maybe",
    "something for me and my nan",
    "for my 85 year old grandma",
    "nan and grandad are round tonight",
    "me n my gran, a film",
    "nana wants a film tonight",
    "grandparents in town this week, ideas?",
])
def test_grandparents_in_company_are_the_grown_ups_cap(values, text):
    assert values(text, "audience") == CLEAN_CAP, values(text, "audience")


@pytest.mark.parametrize("text", [
    "watching with my mum tonight, she likes crime",
    "my dad is visiting, any good thrillers",
    "the in-laws are over, something funny",
    "my grandparents came from greece, a greek film",
    "my gran recommended a show, what else is like it",
    "for my 70 year old dad",
    "a film where grandma wants revenge",
])
def test_near_miss_parents_and_grandparents_not_watching_cap_nothing(values, text):
    assert values(text, "audience") == [], values(text, "audience")


def test_a_child_beside_a_grandparent_still_decides(values):
    got = values("with my grandma and my 5 year old", "audience")
    assert ("kids", None) in got


@pytest.mark.parametrize("text, audience", [
    ("my lil cousin shes like 6, what can she watch", "kids"),
    ("bro is 8ish and loves dinosaurs", "family"),
    ("my little sis is maybe 5", "kids"),
    ("for my 6yo niece", "kids"),
    ("my nephew's like 4, something short", "preschool"),
    ("he's about 7", "family"),
    ("my lil bro is 12-ish, a superhero film", "family"),
    ("our cousin is probably 14", "teen"),
    ("a film for my cousin (like 7)", "family"),
    ("my niece who's like 6", "kids"),
    ("my friend's son, 7, is over tonight", "family"),
    ("babysitting a 6ish year old", "kids"),
    ("my stepbrother is 10", "family"),
])
def test_a_loose_age_of_any_young_relative_is_the_audience(values, text, audience):
    assert (audience, None) in values(text, "audience"), values(text, "audience")


@pytest.mark.parametrize("text", [
    "she's like 6 feet tall",
    "he's like 2 hours in already",
    "hey bro what's good tonight",
    "my lil bro wants to watch too",
])
def test_near_miss_heights_times_and_address_are_no_age(values, text):
    assert all(v not in ("preschool", "kids") for v, _ in values(text, "audience")), values(text, "audience")


@pytest.mark.parametrize("text", ["movie night with the whole fam", "something for the whole fam", "w the whole fam",
                                  "family safe stuff"])
def test_the_whole_fam_is_the_family(values, text):
    assert values(text, "audience") == [("family", None)], values(text, "audience")


def test_near_miss_fam_as_address_is_nobody(values):
    assert values("yo fam what's a good thriller", "audience") == []
