"""A one-word title of a rare word said right after a turning-down cue or a dislike verb ("not narcos", "she hates
bridgerton") is the title left out (nlu/extraction/names.py ``_turned_down_whole``; negation marks it excluded)."""

from __future__ import annotations


def test_not_and_a_rare_one_word_title_leaves_it_out(values):
    assert values("maybe a crime show, not narcos", "title") == [("Narcos", "exclude")]


def test_anything_but_a_rare_one_word_title_leaves_it_out(values):
    assert values("anything but ozark", "title") == [("Ozark", "exclude")]


def test_a_dislike_verb_before_a_rare_one_word_title_leaves_it_out(values):
    assert values("my girlfriend hates bridgerton", "title") == [("Bridgerton", "exclude")]


def test_cant_stand_before_a_title_leaves_it_out(values):
    assert values("my brother can't stand lucifer", "title") == [("Lucifer", "exclude")]


def test_a_dislike_verb_before_a_multiword_title_leaves_it_out(values):
    assert values("dad hates the irishman", "title") == [("The Irishman", "exclude")]


def test_chat_after_not_names_no_title(values):
    # near misses: everyday replies stay what they were
    for text in ("not sure", "no worries", "not tonight", "no idea", "not yet", "no thanks"):
        assert values(text, "title") == [], text


def test_a_dislike_of_a_kind_stays_a_kind(values):
    assert values("she hates horror", "title") == []
    assert values("she hates horror", "genre") == [("horror", "exclude")]
