"""Round 26a: negation beyond "no/not" — weariness, setting aside, dislike in the progressive, kinds used up — and the
scope of a negation, through the real extractor (the bundled catalog's gazetteer) and the planner (no recommender, no
Rasa). Phrasings are this module's own.

1. Weariness rules out what it names and is no mood: "i'm so tired of …", "burnt out on …", "fed up with …"
   (negation ``_weariness_of_a_kind``, ``PAIR_CUES``); over a word that is no entity ("sick of vampire films") the word
   is no topic asked for (actions/query_text ``_SET_ASIDE_RE``); the cue's own words never reach the query.
2. A preposition of setting aside ("beyond", "besides", "apart from", "aside from") rules its origin out and narrows a
   region named beside it; before a measure it is no exclusion.
3. A dislike in the progressive ("isn't liking the …") rules out what follows.
4. A kind used up ("seen practically every …") then a wish for another origin ("anything from elsewhere?") rules out
   the origin only: the kind and the format stay asked for (negation ``_ELSEWHERE_RE``).
5. An audience said generically right after a children's or animated kind ruled out is that shelf's audience, ruled
   out with it ("nothing animated for children"); a viewer named ("for my kids") stays who is watching.
6. A story sentence that opens with nothing but kinds ("a french-language series, but …, so nothing …") states the
   wish: a negation in a later clause never takes those kinds with it (actions/query_text ``_opens_as_the_wish``).
"""

from __future__ import annotations

import pytest

from actions.entities import Entity, parse_entities
from nlu_cases import TODAY


@pytest.fixture(scope="module")
def read(extractor):
    return lambda text: parse_entities(extractor.extract(text, TODAY), text)


def moods(entities: list[Entity]) -> set[str]:
    return {e.value for e in entities if e.name == "mood" and not e.excluded}


# -- 1. weariness -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, genre", [
    ("i'm so tired of horror movies", "horror"),
    ("honestly i'm tired of sci-fi, what else is there", "sci-fi"),
    ("we're kinda burnt out on anime", "anime"),
    ("my wife is fed up with musicals", "music"),
    ("i'm exhausted with reality tv", "reality"),
])
def test_weariness_rules_the_kind_out_and_is_no_mood(read, plan, text, genre):
    got = read(text)
    assert not moods(got) & {"relaxing", "light"}, got
    c = plan(text)
    assert genre in c.exclude_genres and genre not in c.genres, c
    assert not c.mood and not c.query, c


def test_weariness_of_a_combined_kind_keeps_the_combination(plan):
    c = plan("i am so tired of true crime docs")
    assert c.exclude_origin_genres == ["crime+documentary"], c
    assert not c.exclude_genres and not c.mood, c


@pytest.mark.parametrize("text", [
    "sick of vampire films",
    "i've had enough of wedding shows",
    "tired of heist flicks, a comedy maybe",
    "fed up with superhero stuff",
])
def test_weariness_over_a_topic_word_asks_for_no_topic(plan, text):
    c = plan(text)
    assert not c.query and not c.any_genres, c


def test_near_miss_a_tired_viewer_still_gets_the_calm_mood(read):
    assert {"relaxing", "light"} <= moods(read("i'm tired tonight, a comedy please"))


# -- 2. setting aside ---------------------------------------------------------------------------------------------------

def test_beyond_a_country_rules_it_out_and_narrows_the_region(plan):
    c = plan("latin american thrillers beyond mexico please")
    assert "Mexico" in c.exclude_countries and "Mexico" not in c.countries, c
    assert c.genres == ["thriller"], c
    assert not c.query, c


@pytest.mark.parametrize("text, country", [
    ("some european dramas apart from germany", "Germany"),
    ("besides spain, any european comedies?", "Spain"),
    ("a comedy, aside from the italian ones", "Italy"),
])
def test_a_country_set_aside_is_ruled_out(plan, text, country):
    c = plan(text)
    assert country in c.exclude_countries and country not in c.countries, c
    assert not c.query, c


def test_near_miss_beyond_a_runtime_is_no_exclusion(read):
    got = read("nothing beyond 100 minutes")
    assert not any(e.excluded for e in got if e.name == "duration"), got


# -- 3. dislike in the progressive --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, value", [
    ("my daughter isn't liking the anime ones", "genre", "anime"),
    ("he's not loving the british ones", "country", "United Kingdom"),
])
def test_a_progressive_dislike_rules_out_what_follows(read, text, name, value):
    got = read(text)
    assert any(e.name == name and e.value == value and e.excluded for e in got), got
    assert not any(e.name == name and e.value == value and not e.excluded for e in got), got


# -- 4. a kind used up, another origin asked for ------------------------------------------------------------------------

def test_used_up_origin_with_elsewhere_keeps_the_kind(plan):
    c = plan("my nephew has seen practically every french cartoon. something from another country?")
    assert "France" in c.exclude_countries and "France" not in c.countries, c
    assert "kids" in c.genres and not c.exclude_origin_genres, c


def test_used_up_origin_and_format_with_elsewhere(plan):
    c = plan("we watched pretty much all the british crime shows, any from elsewhere")
    assert c.exclude_countries == ["United Kingdom"] and c.genres == ["crime"], c
    assert c.media_type == ["series"] and not c.exclude_origin_genres, c


def test_near_miss_used_up_without_elsewhere_rules_out_the_pair(plan):
    c = plan("she has seen all the korean dramas")
    assert c.exclude_origin_genres == ["drama@ko"], c


# -- 5. an audience inside a negated clause ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "i say nothing longer than 2 hours, my wife says nothing animated for children. a film",
    "no cartoons for little kids please, a series",
])
def test_a_shelf_audience_in_a_negation_is_never_asked_for(plan, text):
    c = plan(text)
    assert c.audience is None, c
    assert "kids" in c.exclude_genres and "kids" not in c.genres, c


def test_the_bound_of_another_clause_stays(plan):
    c = plan("i say nothing longer than 2 hours, my wife says nothing animated for children. a film")
    assert c.max_minutes == 120 and c.media_type == ["movie"], c


def test_near_miss_a_viewer_named_after_the_negation_stays_who_watches(plan):
    c = plan("nothing animated for my kids please")
    assert c.audience is not None, c


# -- 6. a kind stated in another clause ---------------------------------------------------------------------------------

def test_a_kind_opening_the_story_survives_a_later_negation(plan):
    c = plan("a portuguese-language series, but she's watched every telenovela there is, so nothing too soapy. "
             "a thriller or something tense, please.")
    assert c.languages == ["pt"] and c.media_type == ["series"], c
    assert "pt" not in c.exclude_languages, c


def test_a_kind_opening_the_story_with_a_soap_ruled_out(plan):
    c = plan("an italian-language series, but we have seen every soap opera ever, so nothing too melodramatic. "
             "mystery or thriller please")
    assert c.languages == ["it"] and c.media_type == ["series"], c
    assert c.exclude_origin_genres == ["drama+romance"], c
