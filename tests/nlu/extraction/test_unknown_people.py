"""People the catalog lacks (nlu/extraction/unknown_people.py): a person-shaped span where a person stands, who is
nobody in the catalog, is an ``unknown_person``; catalog people (also with slips), topics, characters and ordinary
phrases after "with" / "by" are not. The gazetteer is the shipped Netflix catalog's (tests/nlu/conftest.py); every
name said unknown here is absent from it."""

from __future__ import annotations

import time

import pytest


def unknown(ents, text: str) -> list[tuple[str, str | None]]:
    return [(e.value, e.role) for e in ents(text) if e.entity == "unknown_person"]


def people(ents, text: str) -> list[str]:
    return [e.value for e in ents(text) if e.entity in ("actor", "director")]


@pytest.mark.parametrize("text, name", [
    ("anything directed by ingmar bergman?", "Ingmar Bergman"),
    ("akira kurosawa films", "Akira Kurosawa"),
    ("got any Charlie Chaplin", "Charlie Chaplin"),
    ("films starring humphrey bogart", "Humphrey Bogart"),
    ("anything with Grace Kelly", "Grace Kelly"),
    ("the works of andrei tarkovsky", "Andrei Tarkovsky"),
    ("Yasujiro Ozu movies please", "Yasujiro Ozu"),
    ("ingrid bergman classics", "Ingrid Bergman"),
    ("do u have stuff with bette davis", "Bette Davis"),
    ("films by agnes varda", "Agnes Varda"),
])
def test_a_person_the_catalog_lacks_is_named(ents, text, name):
    assert unknown(ents, text) == [(name, None)]
    assert people(ents, text) == []


def test_a_second_person_after_a_known_one(ents):
    text = "romcoms with adam sandler and bette davis"
    assert people(ents, text) == ["Adam Sandler"]
    assert unknown(ents, text) == [("Bette Davis", None)]


def test_a_catalog_person_typed_near_the_unknown_name_gives_way(ents):
    # the surname alone would read as an actor one letter away; the full name says who is meant
    text = "the Bergmann films? Ingmar Bergman"
    assert unknown(ents, text) == [("Ingmar Bergman", None)]


@pytest.mark.parametrize("text, person", [
    ("films with jackie chan", "Jackie Chan"),
    ("comedies with will ferrell", "Will Ferrell"),
    ("comedies with will ferel", "Will Ferrell"),  # a slip still names the catalog's person
    ("movies with jakie chan", "Jackie Chan"),
    ("with ryan goslin", "Ryan Gosling"),
    ("movies with paul rudd", "Paul Rudd"),
    ("anything with chris hemsworth", "Chris Hemsworth"),
])
def test_catalog_people_are_never_unknown(ents, text, person):
    assert unknown(ents, text) == []
    assert person in people(ents, text)


@pytest.mark.parametrize("text", [
    "movies with a dog",
    "a film by the sea",
    "something with martial arts",
    "a film about alfred the great",
    "films with james bond",
    "stuff with harry potter",
    "shows with jack frost",
    "movies with tom and jerry",
    "anything with a happy ending",
    "films with strong women",
    "movies with rich people",
    "films with big cats",
    "movies with talking animals",
    "movies with korean actors",
    "anything with christmas vibes",
    "anything like tiger king",
    "movies with will power",
    "a film by the river please",
])
def test_topics_characters_and_phrases_are_no_people(ents, text):
    assert unknown(ents, text) == []


def test_a_person_turned_down_keeps_the_exclusion_role(ents):
    assert unknown(ents, "westerns, but nothing starring humphrey bogart") == [("Humphrey Bogart", "exclude")]


def test_lowercase_words_no_catalog_name_has_after_a_weak_cue_may_be_typos(ents):
    # neither word is a catalog given name or surname, no capitals, only "with": no claim either way
    assert unknown(ents, "late ninties grunge movies") == []


def test_a_long_message_stays_fast(extractor):
    from nlu_cases import TODAY
    text = ("movies with greta garbo and buster keaton or " * 25)[:1000]
    start = time.perf_counter()
    extractor.extract(text, TODAY)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("text", [
    "something like Silver Glass",               # capitals alone after a likeness cue: a title the catalog lacks
    "anything else by whoever made Paper Kite Road",
    "haha ok show me something else",
    "lol ok films please",
])
def test_capitalised_titles_and_chat_are_no_people(ents, text):
    assert unknown(ents, text) == []


@pytest.mark.parametrize("text", [
    "Happy Holidays all, anything feelgood",        # a greeting opening the capitals
    "Merry Xmas!! a heartwarming movie tonight",
    "hey, Good Morning, something light",
    "a documentary about Queen Victoria",            # the subject of a title, not its maker or star
    "movies about Amelia Earhart please",
    "a biopic of Abraham Lincoln",
    "a heist film set in Monte Carlo",              # a setting
    "a romcom in Notting Hill",
    "anything from Buenos Aires",
    "home from a weekend trip to Palm Springs, something easy",
])
def test_capitals_after_a_subject_or_a_greeting_are_no_people(ents, text):
    assert unknown(ents, text) == []


@pytest.mark.parametrize("text, name", [
    ("how about Charlie Chaplin?", "Charlie Chaplin"),        # a suggestion, not a subject
    ("what about Greta Garbo films", "Greta Garbo"),
    ("a documentary by Agnes Varda", "Agnes Varda"),          # the cue, not the kind, places the name
    ("Bette Davis classics set in the forties", "Bette Davis"),  # a setting later on leaves the name alone
])
def test_a_cue_or_a_suggestion_still_names_the_person(ents, text, name):
    assert unknown(ents, text) == [(name, None)]


@pytest.mark.parametrize("text", [
    "a documentary about Winston Churchill",   # no slip of a catalog surname inside another full name
    "films on Winston Churchill please",
])
def test_a_word_of_another_capitalised_name_is_no_catalog_person(ents, text):
    # round 22g: the person a documentary is about is its subject (nlu/extraction/people_subjects.py), no one to credit
    subject = [("Winston Churchill", "subject")] if "documentary" in text else []
    assert people(ents, text) == [] and unknown(ents, text) == subject


@pytest.mark.parametrize("text, person", [
    ("Winstone films?", "Ray Winstone"),        # a capital opening the message says nothing
    ("anything with Ray Winstone", "Ray Winstone"),
])
def test_a_capitalised_catalog_person_is_still_read(ents, text, person):
    assert people(ents, text) == [person]


def test_a_long_capitalised_message_stays_fast(extractor):
    from nlu_cases import TODAY
    text = ("Merry Christmas from Palm Springs, a film about Winston Churchill with Greta Garbo " * 15)[:1000]
    start = time.perf_counter()
    extractor.extract(text, TODAY)
    assert time.perf_counter() - start < 1.0
