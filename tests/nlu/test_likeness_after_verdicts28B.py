"""Round 28B: a title with an exclamation or a verdict, then a bare ask for more, is a like-search on it
(nlu/extraction/names.py ``NameMatcher._verdict_then_more``); a title watched ("i watched / saw <title>") then newer
ones asked for is the anchor of a like-search, never a seen title left out (``_seen_lists``, ``_NEWER_ONE_RE``).
Phrasings are this module's own."""

from __future__ import annotations

import pytest


def _titles(ents, text):
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


@pytest.mark.parametrize("text, title", [
    ("the witcher!!! need more", "The Witcher"),
    ("lupin was unreal. more?", "Lupin"),
    ("omg squid game. more pls", "Squid Game"),
    ("ozark is addictive ngl, gimme more", "Ozark"),
    ("we finally watched the umbrella academy, got anything similar-ish", "The Umbrella Academy"),
    ("saw the irishman yesterday, more?", "The Irishman"),
    ("narcos!! more", "Narcos"),
    ("watched money heist over the weekend, need more", "Money Heist"),
])
def test_a_title_then_a_bare_ask_for_more_is_a_like_search(ents, text, title):
    assert (title, "similar") in _titles(ents, text)


@pytest.mark.parametrize("text", [
    "ozark, more comedies",          # "more" before what is wanted: no likeness of the title
    "seen ozark, more?",             # seen: behind the viewer, not an anchor read here
    "dark was wild. more?",          # an ordinary word in lower case stays a word
    "saw it last night, more?",      # a pointing word is no title
])
def test_no_likeness_without_a_title_or_with_a_wish_after_more(ents, text):
    assert not any(role == "similar" for _, role in _titles(ents, text))


@pytest.mark.parametrize("text, title", [
    ("i watched the crown, any newer ones", "The Crown"),
    ("saw narcos. more recent stuff like it?", "Narcos"),
    ("we watched dark last month, anything newer", "Dark"),
])
def test_a_watched_title_then_newer_ones_is_the_anchor(ents, text, title):
    got = _titles(ents, text)
    assert (title, "similar") in got, got
    assert not any(role == "exclude" for _, role in got), got


def test_saw_before_a_title_is_no_persons_name(ents):
    got = [(e.entity, e.value) for e in ents("saw narcos. more recent stuff like it?")]
    assert not any(entity == "unknown_person" for entity, _ in got), got


def test_seen_titles_listed_with_what_else_stay_left_out(ents):  # near miss: no newer / more ask
    got = _titles(ents, "seen the crown and narcos already, what else")
    assert got and all(role == "exclude" for _, role in got), got


def test_the_verdict_and_the_ask_are_said_of_the_title(ents):
    text = "ozark was bonkers. more?"
    titles = [e for e in ents(text) if e.entity == "title"]
    assert titles and titles[0].surface == text, titles  # no word of it is left for the query
