"""Round 18e of the NLU extraction: titles and exclusions (nlu/extraction/{names,genres,negation}.py). Classes of
failures seen on real viewers, each tested with this module's own phrasings and with near-misses that must not change."""

from __future__ import annotations

import pytest


# -- 1. a language or country word is never a loose reading of a title that only tags it in brackets ------------------

@pytest.mark.parametrize("text", ["fine with kannada or telugu movies, something funny", "tamil or telugu is ok",
                                  "hindi or tamil please, a thriller", "any telugu films"])
def test_a_language_word_is_no_bracketed_title(values, text):
    assert values(text, "title") == []


@pytest.mark.parametrize("text, title", [
    ("boomika telugu", "Boomika (Telugu)"),  # near miss: the title's own words with its tag
    ("kabali hindi version", "Kabali (Hindi Version)"),
])
def test_a_title_named_with_its_tag_stays_the_title(values, text, title):
    assert values(text, "title") == [(title, None)]


# -- 2. the supernatural ruled out is the sci-fi & fantasy shelf; wished for, a topic ------------------------------------

@pytest.mark.parametrize("text", ["a mystery but nothing supernatural", "no paranormal stuff please",
                                  "she's not into the supernatural", "skip anything paranormal, a crime drama"])
def test_the_supernatural_ruled_out_is_fantasy(values, text):
    assert ("fantasy", "exclude") in values(text, "genre")


def test_the_supernatural_beside_horror_rules_out_both(values):
    assert set(values("a detective show, nothing supernatural or horror", "genre")) >= {
        ("fantasy", "exclude"), ("horror", "exclude")}


@pytest.mark.parametrize("text", ["a supernatural thriller", "paranormal investigation docs",
                                  "i love supernatural shows"])
def test_the_supernatural_wished_for_is_no_genre(values, text):
    assert all(v != "fantasy" for v, _ in values(text, "genre"))


# -- 3. a whole title of two or more words right after a turning-down cue is the title left out ------------------------

@pytest.mark.parametrize("text, title", [
    ("his films but only the grown up ones, not spy kids", "Spy Kids"),
    ("a family comedy but not spy kids", "Spy Kids"),
    ("any scorsese, just skip the irishman please", "The Irishman"),
])
def test_a_whole_title_after_a_cue_is_left_out(values, text, title):
    assert (title, "exclude") in values(text, "title")


@pytest.mark.parametrize("text", [
    "nothing with spy kids in it",  # the words go on: no title closes the clause
    "no kids movies",  # a vocabulary phrase keeps its reading
])
def test_words_after_a_cue_that_are_no_whole_title_stay_words(values, text):
    assert values(text, "title") == []


# -- 4. a title praised then "more <kind> like it", and a title someone loves, are like-searches ------------------------

@pytest.mark.parametrize("text, title", [
    ("crash landing on you was amazing, more korean like it", "Crash Landing on You"),
    ("ozark was so good, something darker like that", "Ozark"),
    ("my son loves pocoyo", "Pocoyo"),
    ("my daughter adores masha and the bear", "Masha and the Bear"),
])
def test_a_praised_or_loved_title_is_the_like_anchor(values, text, title):
    assert (title, "similar") in values(text, "title")


@pytest.mark.parametrize("text", [
    "ozark was great, would you like it",  # a question to the bot, no request for more
    "she loves horror",  # a kind, no title
    "my wife loves dark stuff",  # a mood word, no title
])
def test_no_like_anchor_without_a_title_asked_more_of(values, text):
    assert all(role != "similar" for _, role in values(text, "title"))
