"""Round 19c of the NLU extraction: vocabulary of sports, music, holidays and formal English. Classes of failures,
each tested with this module's own phrasings and with near-misses that must not change.

1. sports, dance and fantasy creatures are vocabulary (``contract.vocabulary.SPORT_WORDS`` / ``TOPIC_GENRES``, and a
   slip of one: ``topic_word``), never a person the catalog lacks; nor is a lowercase season or a holiday opening a
   noun phrase ("summer camp") (``unknown_people._kind_or_occasion``);
2. a holiday's special is no comedian's special (``media.plausible``);
3. a holiday's scare gives way where children watch or violence is turned down, and a holiday turned down steers
   nothing (``nlu/extraction/holidays.py``);
4. a courtesy opening a sentence is never a title (``names.courtesy_opening``: "Thank You" is a catalog title);
5. formal English: "old-fashioned" is the classic years, "not too modern" the old ones (``years``), and "I do not care
   for <content>" rules it out (``negation.FILLER``: "care").
"""

from __future__ import annotations

import pytest

from contract.vocabulary import topic_word
from contract.words import in_catalog_vocabulary


# -- 1. sports and seasons are no people ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "any skateboarding films?",
    "surfing or snowboarding movies",
    "wrestling stuff for tonight",
    "a summer camp film for my nephews",
    "winter olympics movies",
    "Christmas Eve movies",
    "skatebording films",          # a slip of a sports word
])
def test_sports_seasons_and_holidays_are_no_unknown_person(values, text):
    assert values(text, "unknown_person") == []


@pytest.mark.parametrize("text", [
    "anything by almodovar",       # near miss: a name the catalog lacks still is one
    "hitchcock movies",
])
def test_a_name_the_catalog_lacks_still_is_a_person(values, text):
    assert len(values(text, "unknown_person")) == 1


@pytest.mark.parametrize("typed, word", [
    ("basketbal", "basketball"), ("footbal", "football"), ("wrestlin", "wrestling"), ("skatebording", "skateboarding"),
    ("nascar", "nascar"), ("f1", "f1"),
])
def test_a_topic_word_and_its_slips(typed, word):
    assert topic_word(typed, in_catalog_vocabulary) == word


@pytest.mark.parametrize("typed", ["facing", "rating", "mom", "boxes", "surfed", "gossip"])
def test_everyday_words_are_no_slip_of_a_topic(typed):
    assert topic_word(typed, in_catalog_vocabulary) is None


# -- 2. a holiday's special ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["an easter special for the little ones", "xmas specials please"])
def test_a_holiday_special_is_no_media_type(values, text):
    assert values(text, "media_type") == []


def test_a_comedians_special_stays(values):
    assert values("any good specials tonight", "media_type") == [("special", None)]


# -- 3. a holiday's scare, tempered --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "halloween night, my daughters are 7 and 9",
    "it's halloween but we can't stand gore",
    "halloween, nothing bloody please",
    "halloween with the grandkids, spooky is fine but not scary",
])
def test_a_tempered_halloween_rules_the_scare_out(values, text):
    assert ("scary", None) not in values(text, "mood")
    assert ("scary", "exclude") in values(text, "mood")


@pytest.mark.parametrize("text", ["halloween movie night", "halloween, give me gore"])
def test_halloween_alone_still_wants_a_scare(values, text):
    assert values(text, "mood") == [("scary", None)]


@pytest.mark.parametrize("text", [
    "christmas again and i'm sick of christmas films, something funny",
    "it's christmas but i hate christmas movies, a thriller",
])
def test_a_holiday_turned_down_steers_nothing(ents, text):
    # round 28A: the holiday turned down may be a topic ruled out (no Christmas titles), never a wish or a mood
    said = [(e.surface.lower(), e.entity, e.role) for e in ents(text)]
    assert not any("christmas" in surface and (entity, role) != ("topic", "exclude") for surface, entity, role in said), said


# -- 4. courtesies -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("Thank you. Is there anything similar to Ozark?", "Ozark"),
    ("Good afternoon. Thank you for that; something like Sherlock, if you would.", "Sherlock"),
    ("Thank You kindly. More like Narcos", "Narcos"),
])
def test_a_courtesy_opening_a_sentence_is_no_title(ents, text, title):
    assert [e.value for e in ents(text) if e.entity == "title"] == [title]


def test_a_title_named_in_the_sentence_stays(ents):
    text = 'we loved "Thank You", anything like it'  # near miss: quoted, and not opening a sentence
    assert [e.value for e in ents(text) if e.entity == "title"] == ["Thank You"]


# -- 5. formal English ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, year", [
    ("a love story, the old-fashioned sort", "old:31"),
    ("an old fashioned mystery film", "old:31"),
    ("a drama, nothing too modern", "old"),
    ("a comedy that's not very modern", "old"),
])
def test_older_kinds_in_formal_words(values, text, year):
    assert values(text, "year") == [(year, None)]


def test_modern_wanted_is_no_old_year(values):
    assert values("a modern thriller", "year") == []


@pytest.mark.parametrize("text", [
    "I do not care for bad language",
    "we don't much care for swearing in films",
])
def test_a_formal_dislike_of_content_is_the_clean_cap(values, text):
    assert values(text, "audience") == [("family", "cap")]


def test_not_caring_about_runtime_caps_nothing(values):
    assert values("i don't care about the length, a comedy", "audience") == []


def test_a_family_saga_is_a_long_drama_series_not_an_audience(values):
    text = "a long family saga, if you would"
    assert values(text, "genre") == [("drama", None)] and values(text, "audience") == []
    assert values(text, "media_type") == [("series", None)] and values(text, "seasons") == [("4-", None)]


@pytest.mark.parametrize("text", ["something rated for all ages", "a comedy suitable for all ages"])
def test_a_rating_for_all_ages_is_the_g_band_as_a_cap(values, text):
    assert values(text, "audience") == [("preschool", "cap")]


def test_fun_for_all_ages_stays_the_family(values):
    assert values("fun for all ages", "audience") == [("family", None)]


@pytest.mark.parametrize("text", ["a k-pop documentary", "kpop concerts", "korean pop music please"])
def test_k_pop_is_music_in_korean(values, text):
    assert ("music", None) in values(text, "genre") and values(text, "language") == [("ko", None)]


def test_pop_music_alone_is_no_language(values):
    assert values("pop music documentaries", "language") == []
