"""Round 20d of the NLU extraction: who is watching said in a non-native word order, elderly relatives, and a famous
person named by one word beside another constraint (nlu/extraction/audience.py, nlu/extraction/names.py). Phrasings
are this module's own; near-misses must not change."""

from __future__ import annotations

import pytest


# -- 1. "<relative> of N": a child's age after "of", without "years" -----------------------------------------------------

@pytest.mark.parametrize("text, audience", [
    ("a cartoon for my daughter of 4", "preschool"),
    ("movies for my grandson of 13 please", "teen"),
    ("for kids of six, something funny", "kids"),
    ("films for my niece of 9 and nephew of 3, both at once", "preschool"),  # the youngest decides
    ("something for my girl of eight years", "family"),
])
def test_a_childs_age_after_of_is_their_age(values, text, audience):
    assert values(text, "audience") == [(audience, None)]


def test_a_corrected_age_after_of_is_the_age_kept(values):
    assert values("shows for my lad of 12 - no wait, he has 13 now", "audience") == [("teen", None)]


@pytest.mark.parametrize("text", ["the boys of summer", "sons of anarchy style shows", "children of 2 worlds documentary",
                                  "a drama about daughters of 1950s immigrants"])
def test_of_with_no_age_after_it_is_no_childs_age(values, text):
    assert ("kids", None) not in values(text, "audience")
    assert ("preschool", None) not in values(text, "audience")


# -- 2. an elderly relative watching: the clean cap ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my grandmother wants something with singing",
    "my elderly dad likes war films",
    "for my aunt of 85 years, a quiet film",
    "my old father he love cowboys",
])
def test_an_elderly_relative_is_the_clean_cap(values, text):
    assert values(text, "audience") == [("family", "cap")]


@pytest.mark.parametrize("text", ["a film about a grandmother and her farm", "my grandparents came from Greece",
                                  "my dad loves westerns", "my old mum used to adore musicals, anything similar",
                                  "my grandpa recommended a war film, any good ones"])
def test_a_relative_in_a_story_or_alone_is_no_cap(values, text):
    assert values(text, "audience") == []


# -- 3. a famous person's one distinctive name beside a decade -------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("denzel 90s", "Denzel Washington"),
    ("2010s keanu", "Keanu Reeves"),
    ("reeves 1990s", "Keanu Reeves"),
    ("scorsese 1990s", "Martin Scorsese"),
])
def test_a_distinctive_name_beside_a_decade_is_the_person(values, text, person):
    assert (person, None) in values(text, "actor") + values(text, "director")


@pytest.mark.parametrize("text", ["will 2000s", "grace 1990s", "king 80s", "mother 2017", "washington 90s",
                                  "lincoln 1990s"])
def test_an_everyday_word_beside_a_decade_is_nobody(values, text):
    assert values(text, "actor") == [] and values(text, "director") == []
