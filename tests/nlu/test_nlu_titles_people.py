"""Titles and people from the gazetteer: full names only, roles from cues, precision on short titles."""

from __future__ import annotations

import pytest

from conftest import Ent


@pytest.mark.parametrize("text,surface,value", [
    ("something like Stranger Things", "Stranger Things", "Stranger Things"),
    ("shows like stranger things", "stranger things", "Stranger Things"),
    ("similar to Black Mirror", "Black Mirror", "Black Mirror"),
    ("I loved Squid Game", "Squid Game", "Squid Game"),
    ("movies like Inception", "Inception", "Inception"),
    ("something like the office", "the office", "The Office (U.S.)"),
    ('something like "Her"', "Her", "Her"),
    ("in the vein of Narcos", "Narcos", "Narcos"),
])
def test_like_a_title_is_a_similar_title(ents, text, surface, value):
    assert Ent(surface, "title", value, "similar") in ents(text)


@pytest.mark.parametrize("text,surface,value", [
    ("I want to watch Ozark", "Ozark", "Ozark"),
    ("play sex education", "sex education", "Sex Education"),
    ("is Lucifer any good", "Lucifer", "Lucifer"),
    ("what's Bird Box about", "Bird Box", "Bird Box"),
    ("tell me about The Witcher", "The Witcher", "The Witcher"),
    ("breaking bad", "breaking bad", "Breaking Bad"),
    ("watch Her", "Her", "Her"),
    ("Blood and Water", "Blood and Water", "Blood & Water"),
    ("my little pony a new generation", "my little pony a new generation", "My Little Pony: A New Generation"),
    ("pokemon master journeys the series", "pokemon master journeys the series", "Pokémon Master Journeys: The Series"),
    ("greys anatomy", "greys anatomy", "Grey's Anatomy"),
])
def test_title_mentions_without_similarity(ents, text, surface, value):
    assert Ent(surface, "title", value) in ents(text)


@pytest.mark.parametrize("text", [
    "show me something like it", "movies like it", "I'd like dark comedies", "up for anything",
    "love stories", "something you would like", "thank you", "a guilty pleasure", "I'm in love",
    "what about her", "a slasher", "something for tonight", "a movie about love", "something dark",
])
def test_ordinary_words_are_not_titles(ents, text):
    assert [e for e in ents(text) if e.entity == "title"] == []


def test_capitalised_short_title_after_a_cue_is_a_title(ents):
    assert Ent("Dark", "title", "Dark", "similar") in ents("something like Dark")


def test_partial_match_inside_a_longer_capitalised_name_is_rejected(values):
    # "Money Heist" is not in the Netflix file; the film "Money" must not be reported for it.
    assert values("similar to Money Heist", "title") == []


def test_title_beats_the_genre_words_inside_it(ents):
    assert ents("american horror story") == [Ent("american horror story", "title", "American Horror Story")]


@pytest.mark.parametrize("text,surface,entity,value", [
    ("directed by martin scorsese", "martin scorsese", "director", "Martin Scorsese"),
    ("anything by Martin Scorsese", "Martin Scorsese", "director", "Martin Scorsese"),
    ("martin scorsese films", "martin scorsese", "director", "Martin Scorsese"),
    ("movies with Adam Sandler", "Adam Sandler", "actor", "Adam Sandler"),
    ("something starring adam sandler", "adam sandler", "actor", "Adam Sandler"),
    ("Adam Sandler comedies", "Adam Sandler", "actor", "Adam Sandler"),
    ("by Adam Sandler", "Adam Sandler", "actor", "Adam Sandler"),
    ("directed by Clint Eastwood", "Clint Eastwood", "director", "Clint Eastwood"),
    ("with Clint Eastwood", "Clint Eastwood", "actor", "Clint Eastwood"),
    ("Clint Eastwood westerns", "Clint Eastwood", "actor", "Clint Eastwood"),
    ("a Lasse Hallstrom film", "Lasse Hallstrom", "director", "Lasse Hallström"),
])
def test_people_roles(ents, text, surface, entity, value):
    assert Ent(surface, entity, value) in ents(text)


def test_surname_alone_is_not_a_person(ents):
    assert [e for e in ents("a Scorsese film") if e.entity in ("actor", "director")] == []


def test_without_gazetteer_people_and_titles_are_skipped(bare_extractor):
    from conftest import TODAY, as_ents

    text = "comedies like Stranger Things with Adam Sandler"
    assert as_ents(text, bare_extractor.extract(text, TODAY)) == [Ent("comedies", "genre", "comedy")]


SHORT_TITLES = ("Up", "It", "Her", "You", "Love", "Dark")


@pytest.fixture(scope="module")
def short_title_ents():
    """A gazetteer holding exactly the everyday-word titles the precision rule is about."""
    from conftest import TODAY, as_ents
    from nlu.extraction import Extractor
    from contract.gazetteer import Gazetteer, TitleEntry

    extractor = Extractor(Gazetteer(titles=tuple(TitleEntry(f"x{i}", t) for i, t in enumerate(SHORT_TITLES))))
    return lambda text: [e for e in as_ents(text, extractor.extract(text, TODAY)) if e.entity == "title"]


@pytest.mark.parametrize("text,expected", [
    ("something like Up", Ent("Up", "title", "Up", "similar")),
    ("watch It", Ent("It", "title", "It")),
    ('is "it" any good?', Ent("it", "title", "It")),
    ("movies like You", Ent("You", "title", "You", "similar")),
    ("tell me about Love", Ent("Love", "title", "Love")),
    ("‘Her’", Ent("Her", "title", "Her")),
])
def test_everyday_word_titles_with_evidence(short_title_ents, text, expected):
    assert short_title_ents(text) == [expected]


@pytest.mark.parametrize("text", [
    "I'm up for anything", "show me something like it", "more like this one, I loved it",
    "something you would like", "I love comedies", "something dark", "watch it with her",
    "Up for a movie?", "It is late, something short", "like up",
])
def test_everyday_word_titles_without_evidence(short_title_ents, text):
    assert short_title_ents(text) == []
