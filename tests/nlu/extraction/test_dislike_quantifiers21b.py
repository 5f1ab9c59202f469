"""A quantifier between a dislike verb and the kind ("loathes every musical", "hates each horror film") is part of the
negation scope (nlu/extraction/negation.py ``FILLER``): the kind is ruled out, never wanted."""

from __future__ import annotations


def test_every_after_a_dislike_verb_rules_the_kind_out(values):
    assert values("my uncle loathes every musical going", "genre") == [("music", "exclude")]


def test_each_after_a_dislike_verb_rules_the_kind_out(values):
    assert ("horror", "exclude") in values("my sister hates each horror flick", "genre")


def test_every_single_after_a_dislike_verb_rules_the_kind_out(values):
    assert values("we detest every single romance", "genre") == [("romance", "exclude")]


def test_every_after_a_liking_verb_stays_wanted(values):
    # near miss: no dislike, the kind is wanted
    assert values("i adore every comedy", "genre") == [("comedy", None)]


def test_every_kind_watched_and_loved_stays_wanted(values):
    # near miss: "watched every ... and loved them" is a taste, not a kind used up
    assert values("we watched every thriller with him and loved them", "genre") == [("thriller", None)]


def test_the_dislike_ends_at_its_clause(values):
    got = values("grandpa loathes every musical, grandma wants comedies", "genre")
    assert ("music", "exclude") in got and ("comedy", None) in got
