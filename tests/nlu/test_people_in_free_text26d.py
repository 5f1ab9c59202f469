"""Round 26d of the NLU extraction: people in free text — near-namesakes, people the catalog lacks with hyphen-joined
given names, action words beside a person, and the narco kind. Phrasings and people are this module's own (the full
Netflix catalog's gazetteer, tests/nlu/conftest.py)."""

from __future__ import annotations

import pytest

from contract.gazetteer import Gazetteer
from contract.namesakes import Namesakes, spelling_variant


def _people(values, text: str) -> list[str]:
    return [v for v, _ in values(text, "actor") + values(text, "director")]


# -- 1. a minor person's exact name beside a far more credited near-namesake ------------------------------------------

@pytest.mark.parametrize("text, meant", [
    ("jigna bharadwaj cartoons", "Jigna Bhardwaj"),        # 4 credits beside 23, one vowel added
    ("films with roopa bhimani please", "Rupa Bhimani"),   # 2 beside 31
    ("any erin matthews shows?", "Erin Mathews"),          # a doubled letter
])
def test_a_minor_namesake_gives_way_to_the_prolific_one(values, text, meant):
    assert _people(values, text) == [meant]


@pytest.mark.parametrize("text, kept", [
    ("rajiv kapoor films", "Rajiv Kapoor"),    # another consonant ("rajit"): another name
    ("david kross movies", "David Kross"),     # another first letter ("cross")
    ("tony hawk stuff", "Tony Hawk"),          # two edits that change the consonants ("hale")
    ("joan cusack films", "Joan Cusack"),      # both well known: no one outweighs the other three times
])
def test_a_name_that_is_no_spelling_variant_or_not_outweighed_stays(values, text, kept):
    assert _people(values, text) == [kept]


def _tiny_gazetteer() -> Gazetteer:
    return Gazetteer(actors=("Dora Malvik", "Dora Mallvik", "Pim Ostra", "Pim Ostrah"),
                     directors=("Karel Venn", "Karel Vann", "Lise Arno"),
                     well_known=("Dora Mallvik", "Karel Venn", "Pim Ostrah"),
                     well_known_credits={"Dora Mallvik": 13, "Karel Venn": 6, "Pim Ostrah": 7})


def test_the_rule_prefers_three_times_the_credits_a_minor_person_can_have() -> None:
    n = Namesakes(_tiny_gazetteer())
    assert n.preferred("dora malvik", "Dora Malvik", "actor") == "Dora Mallvik"   # 13 >= 3 x 4
    assert n.preferred("karel vann", "Karel Vann", "director") is None            # 6 < 12: the exact one stays
    assert n.offered("karel vann", "Karel Vann", "director") == "Karel Venn"      # ... the other one a button away
    assert n.offered("dora malvik", "Dora Mallvik", "actor") == "Dora Malvik"     # the exact spelling offered back
    assert n.preferred("dora malvik", "Dora Malvik", "director") is None          # another role: nobody's namesake


def test_a_slip_as_close_to_a_well_known_person_as_to_a_minor_one_is_the_well_known_one() -> None:
    n = Namesakes(_tiny_gazetteer())
    assert n.preferred("pim ostrax", "Pim Ostra", "actor") == "Pim Ostrah"  # one edit from each
    assert n.preferred("pim ostrah", "Pim Ostrah", "actor") is None


def test_spelling_variants_keep_the_first_letter_and_the_consonants() -> None:
    assert spelling_variant(("ana", "lopes"), ("ana", "loopes"))
    assert not spelling_variant(("ana", "lopes"), ("ana", "lopez"))
    assert not spelling_variant(("ana", "lopes"), ("ana", "kopes"))
    assert not spelling_variant(("ana", "lopes"), ("anna", "loopes"))  # two words differ


# -- 2. a person the catalog lacks, with a hyphen-joined given name ---------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("anything with choi min-sik?", "Choi Min-sik"),          # the catalog has a Choi Min-soo: another syllable
    ("what about something with jung woo-sung?", "Jung Woo-sung"),  # "jung woo" is a catalog actor: cut in two
    ("a comedy with lee min-soo", "Lee Min-soo"),
    ("anything with kang ho-jin", "Kang Ho-jin"),              # "ho" alone is no name word: a joined syllable is
    ("anything with ma jin-woo? he's great", "Ma Jin-woo"),     # a short family name before a joined given name
    ("a thriller with so ji-sub", "So Ji-sub"),
])
def test_a_hyphen_joined_given_name_the_catalog_lacks_is_an_unknown_person(values, text, person):
    assert values(text, "unknown_person") == [(person, None)] and _people(values, text) == []


@pytest.mark.parametrize("text, person", [
    ("films with lee byung-hun", "Lee Byung-hun"),
    ("a show with yoo ah-in", "Yoo Ah-in"),
    ("song kang-ho movies", "Song Kang-ho"),
])
def test_a_hyphen_joined_catalog_name_stays_the_person(values, text, person):
    assert _people(values, text) == [person] and values(text, "unknown_person") == []


@pytest.mark.parametrize("text", ["with my so-called friends", "the so-so ones with tom hanks"])
def test_hyphenated_everyday_words_are_nobody(values, text):
    assert values(text, "unknown_person") == []


# -- 3. action words beside a person ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["jackie chan kicking people", "keanu reeves shooting stuff",
                                  "jason statham car chases please", "films where tom cruise does stunts"])
def test_an_activity_beside_a_person_is_the_action_genre(values, text):
    assert ("action", None) in values(text, "genre") and _people(values, text)


@pytest.mark.parametrize("text", ["a doc about a school shooting", "tom hanks, nothing with shooting",
                                  "something to kick back with, tom hanks"])
def test_an_activity_alone_negated_or_kicking_back_is_no_action(values, text):
    assert ("action", None) not in values(text, "genre")


# -- 4. the narco kind, mobsters, the yakuza -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["mexican shows, the narco sort", "colombian stuff, narco type", "a yakuza film",
                                  "films about mobsters"])
def test_narco_mobster_and_yakuza_words_are_crime(values, text):
    assert ("crime", None) in values(text, "genre")


def test_the_narco_title_alone_stays_a_title(values):
    assert values("narcos", "title") == [("Narcos", None)] and values("narcos", "genre") == []
