"""Titles typed by their exact name and as they sound (nlu/extraction/names.py, round 21h): an exact name beats another
title's name with its "The" left out ("mystic river" is Mystic River, not The Mystic River listed first), and a title's
words spelt as they sound ("midnite", "tonite", "thru") name it (contract/sound_alikes.py)."""

from __future__ import annotations


def test_an_exact_name_beats_another_titles_name_without_its_article(values):
    assert values("something like mystic river", "title") == [("Mystic River", "similar")]


def test_the_article_said_names_the_title_with_it(values):
    # near miss: "the mystic river" said whole is the title written so
    assert values("something like the mystic river", "title") == [("The Mystic River", "similar")]


def test_an_article_left_out_still_names_the_title_when_no_exact_name_exists(values):
    assert values("anything like queens gambit", "title") == [("The Queen's Gambit", "similar")]


def test_a_title_word_spelt_as_it_sounds_names_the_title(values):
    assert values("midnite mass", "title") == [("Midnight Mass", None)]
    assert values("stuff like midnite mass", "title") == [("Midnight Mass", "similar")]


def test_a_title_written_short_is_named_long_too(values):
    assert values("highway through hell", "title") == [("Highway Thru Hell", None)]


def test_tonite_with_no_title_names_none(values):
    # near miss: the word alone is the evening, never a title
    assert values("a comedy for tonite", "title") == []
