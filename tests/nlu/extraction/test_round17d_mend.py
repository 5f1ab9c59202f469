"""Mend of round 17d (nlu/extraction/{negation,durations,audience}.py): readings the round added went too far. Each
class is tested with its over-reach and with the round's own behaviour that must keep working (near-misses)."""

from __future__ import annotations

import pytest

from nlu.extraction import audience, negation

_VIOLENT = [("action", "exclude"), ("horror", "exclude"), ("thriller", "exclude"), ("crime", "exclude")]


# -- a closing dislike rules out the clause right before it, never a wish said earlier ---------------------------------

@pytest.mark.parametrize("text, genres", [
    ("we want a romance tonight, the slasher ones, my girlfriend hates them", [("romance", None), ("horror", "exclude")]),
    ("a comedy please, those zombie horror flicks, my son doesn't like", [("comedy", None), ("horror", "exclude")]),
    ("a sitcom, anything bloody, she hates it", [("comedy", None)] + _VIOLENT),
])
def test_a_closing_dislike_reaches_back_to_the_last_comma_only(values, text, genres):
    assert values(text, "genre") == genres


@pytest.mark.parametrize("text, genres", [
    ("those slasher films, my mum hates them", [("horror", "exclude")]),           # near miss: the clause itself
    ("a comedy. the thriller ones; she doesn't like them", [("comedy", None), ("thriller", "exclude")]),
    ("a romance, she really likes those", [("romance", None)]),                      # a liking closes nothing
])
def test_a_closing_dislike_still_rules_out_its_own_clause(values, text, genres):
    assert values(text, "genre") == genres


# -- a negated list goes on across a sentence break only through a bare list ---------------------------------------------

@pytest.mark.parametrize("text, genres", [
    ("no westerns. or a thriller or a mystery, up to you", [("thriller", "any"), ("mystery", "any")]),
    ("no anime. or maybe a romance?", [("anime", "exclude"), ("romance", None)]),
    ("not horror. or a thriller?", [("horror", "exclude"), ("thriller", None)]),
])
def test_a_fragment_that_offers_or_asks_is_no_continuation(values, text, genres):
    assert [g for g in values(text, "genre") if g[0] != "action"] == genres


@pytest.mark.parametrize("text, excluded", [
    ("please no romance. or musicals. nor anything sad", {"romance", "music"}),   # near miss: bare lists
    ("skip the thrillers... or the mysteries please", {"thriller", "mystery"}),
    ("not in the mood for anime; or sci-fi either", {"anime", "sci-fi"}),
])
def test_a_bare_list_after_a_break_still_goes_on(values, text, excluded):
    genres = values(text, "genre")
    assert {v for v, r in genres if r == "exclude"} == excluded and not [v for v, r in genres if r != "exclude"]


# -- a kind seen widely or with pleasure is not used up -------------------------------------------------------------------

@pytest.mark.parametrize("text, genres", [
    ("we've seen all sorts of anime, what's good now", [("anime", None)]),
    ("i watched all types of thrillers this year, any new one", [("thriller", None)]),
    ("she has watched every romance with julia roberts and adored them, another", [("romance", None)]),
    ("i've seen all the mysteries on here and enjoyed every one", [("mystery", None)]),
])
def test_seen_widely_or_liked_is_no_kind_used_up(values, text, genres):
    assert values(text, "genre") == genres


@pytest.mark.parametrize("text, genres", [
    ("he's seen every documentary on here, something else", [("documentary", "exclude")]),   # near miss: used up
    ("we watched all the anime, loved it, now something else", [("anime", "exclude")]),     # liking in a later clause
])
def test_a_kind_used_up_is_still_excluded(values, text, genres):
    assert values(text, "genre") == genres


# -- a refusal negated is a taste ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, genres", [
    ("my grandpa never refuses a good drama", [("drama", None)]),
    ("she doesn't refuse a decent thriller", [("thriller", None)]),
    ("he would not refuse a romance", [("romance", None)]),
])
def test_a_negated_refusal_asks_for_the_kind(values, text, genres):
    assert [g for g in values(text, "genre") if g[0] != "action"] == genres


def test_a_refusal_still_rules_out(values):
    assert values("my aunt refuses to sit through thrillers", "genre") == [("thriller", "exclude")]


# -- violence turned down beside a kind named by its topic --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "some vampire film but without blood",
    "a gangster series, no bloodshed",
    "a spy movie without guns please",
    "ninja stuff with no gore",
])
def test_a_topic_naming_a_violent_kind_keeps_the_kinds(values, text):
    # blood and gore ruled out cap nothing and, beside a kind other than horror, rule horror out (round 18d)
    gore = any(w in text for w in ("blood", "gore"))
    horror_named = "vampire" in text
    expected = [("horror", "exclude")] if gore and not horror_named else []
    assert [g for g in values(text, "genre") if g[1] == "exclude"] == expected, values(text, "genre")
    assert (("family", "cap") in values(text, "audience")) is not gore


@pytest.mark.parametrize("text", [
    "a comedy without any blood please",                 # near miss: no violent kind asked
    "no vampires, and nothing with blood",               # the topic itself ruled out asks for nothing
])
def test_violence_turned_down_without_a_violent_kind_still_excludes_them(values, text):
    assert set(_VIOLENT) <= set(values(text, "genre")), values(text, "genre")


# -- one list of violence words -----------------------------------------------------------------------------------------

def test_the_violence_words_are_content_words():
    assert audience.VIOLENCE_WORDS <= set(audience.CONTENT_WORDS) | set(audience.CONTENT_MOODS)
    assert not hasattr(negation, "VIOLENCE_WORDS")


@pytest.mark.parametrize("text, violent", [
    ("nothing brutal for the kids", True),
    ("no graphic stuff please", False),   # graphic may be sex as much as violence: the cap only
    ("without graphic violence", True),
])
def test_violence_words_and_other_content(values, text, violent):
    genres = values(text, "genre")
    assert (set(_VIOLENT) <= set(genres)) is violent, genres
    assert [v for v in values(text, "audience") if v[1] == "cap"]
