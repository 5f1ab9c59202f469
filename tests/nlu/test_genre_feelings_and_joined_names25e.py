"""Round 25e: words that name a genre family, the supernatural ruled out, part of a name with a fan's evidence, and a
title's season count asked — through the real extractor (the bundled catalog's gazetteer) and the planner (no
recommender, no Rasa). Phrasings are this module's own.

1. Tension is the thriller's feeling ("full of tension": thriller + the exciting mood, ``genres.THRILL_PHRASES``); love
   a story has in it is romance ("a western with a little love"); a teen or high-school feel is the teen genre, not who
   watches (``genres.EXTRA``), beside a viewer's age too (``audience._TEEN_WORD_RE``).
2. A word of the supernatural ruled out rules horror out beside the fantasy shelf, unless horror is asked for
   (``negation._supernatural_kinds``); said as a wish it stays a topic, no genre.
3. Part of a name (joined or not) is a person when a fan says so or the message asks for "his/her films"
   (``names._works_called_theirs``); the fan words reach no query (``query_text._FAN_OF``).
4. "how many seasons of <title> …" asks about that title: no season bound (``seasons._HOW_BEFORE_RE``), the title's
   card (``edits.asks_about_title``).
"""

from __future__ import annotations

import pytest

from actions.edits.asked_titles import asks_about_title
from actions.entities import Entity, parse_entities
from actions.turn import Turn
from nlu_cases import TODAY


@pytest.fixture(scope="module")
def read(extractor):
    return lambda text: parse_entities(extractor.extract(text, TODAY), text)


def of(entities: list[Entity], name: str) -> set[tuple[str, str | None]]:
    return {(e.value, e.role) for e in entities if e.name == name}


# -- 1. genre feelings ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a limited series, really tense please",
    "a movie full of tension for tonight",
    "anything tense, under two hours",
])
def test_tension_is_the_thriller(plan, text):
    got = plan(text)
    assert "thriller" in got.genres and not got.query, got


def test_tension_ruled_out_is_no_thriller(plan):
    got = plan("a comedy, nothing too tense")
    assert "thriller" not in got.genres and "comedy" in got.genres, got


@pytest.mark.parametrize("text, kind", [
    ("a western with a little love in it", None),
    ("an action film with some love", "action"),
    ("a crime show with a love interest", "crime"),
])
def test_love_in_the_story_is_romance(plan, text, kind):
    got = plan(text)
    assert "romance" in got.genres and (kind is None or kind in got.genres), got


@pytest.mark.parametrize("text", ["a film with a high school feel", "some show with teenage vibes"])
def test_a_teen_feel_is_the_teen_genre(plan, text):
    got = plan(text)
    assert "teen" in got.genres and got.audience is None, got


def test_a_teen_feel_beside_an_age_stays_the_genre(plan):
    got = plan("for my 14 year old, some show with teenage vibes")
    assert "teen" in got.genres and got.audience == "teen", got


# -- 2. the supernatural ruled out ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["crime shows, nothing paranormal", "a mystery film but no supernatural stuff"])
def test_the_supernatural_ruled_out_rules_out_horror(plan, text):
    got = plan(text)
    assert {"fantasy", "horror"} <= set(got.exclude_genres), got


def test_horror_asked_for_stays_beside_no_supernatural(plan):
    got = plan("a horror movie but nothing paranormal")
    assert "horror" in got.genres and "horror" not in got.exclude_genres, got


def test_the_supernatural_wished_for_is_a_topic(plan):
    got = plan("a paranormal series")
    assert "fantasy" not in got.genres and "horror" not in got.exclude_genres and got.query, got


# -- 3. part of a name with a fan's evidence --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my mum is a huge fan of shahrukh",
    "love shahrukh so much, any of his movies",
    "always liked shah rukh, his films please",
])
def test_part_of_a_name_with_a_fans_evidence_is_the_person(read, text):
    assert ("Shah Rukh Khan", None) in of(read(text), "actor")


@pytest.mark.parametrize("text", ["my mum is a huge fan of shahrukh", "we are massive fans of westerns"])
def test_the_fan_words_are_no_topic(plan, text):
    got = plan(text)
    assert not got.query or "fan" not in got.query, got


def test_a_fan_of_a_title_stays_a_title(read):
    assert ("The Crown", "similar") in of(read("a big fan of the crown, anything close"), "title")


# -- 4. a title's season count asked ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("how many seasons of The Crown do you have", "The Crown"),
    ("how many seasons are there of Narcos on this", "Narcos"),
])
def test_how_many_seasons_of_a_title_asks_about_it(read, text, title):
    entities = read(text)
    assert not of(entities, "seasons"), entities
    assert (title, None) in of(entities, "title")
    assert asks_about_title(Turn("test", "request_recommendation", text, entities, {}))


def test_many_seasons_wished_for_is_still_a_bound(read):
    assert ("4-", None) in of(read("a drama series with many seasons"), "seasons")
