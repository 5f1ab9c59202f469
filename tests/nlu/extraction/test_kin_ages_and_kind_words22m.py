"""Round 22m: children, second-language phrasing and small kind words.

- a relative with a bare number and a verb of liking after it is the child's age ("grandson 4 adores trains":
  nlu/extraction/audience.py ``_LIKING_AFTER_AGE``);
- a copula's short negation before "offensive" ("isnt offensive") is the clean cap, as "nothing offensive" is;
- the season noun between two counts ("just a season or two") is the range ``1-2`` (seasons.py "seasons-noun-between");
- "new ones" as a clause of its own after the kind is the recent years (years.py "year-new-ones").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, audience", [
    ("grandson 4 adores trains", "preschool"),
    ("my niece 2 loves peppa style stuff", "preschool"),
    ("daughter 6 wants something with horses", "kids"),
    ("our nephew 10 is into space", "family"),
    ("stepson 15 only watches anime", "teen"),
])
def test_a_relative_a_bare_number_and_a_liking_verb_is_an_age(values, text, audience):
    assert (audience, None) in values(text, "audience"), values(text, "audience")


@pytest.mark.parametrize("text", [
    "season 3 loves to drag on",
    "my son likes 4 films a week",
    "episode 2 likes to tease the ending",
])
def test_near_miss_no_relative_or_no_number_after_it_is_no_age(values, text):
    assert all(role is not None or value not in ("preschool", "kids") for value, role in values(text, "audience")), \
        values(text, "audience")


@pytest.mark.parametrize("text", [
    "a sitcom that isnt offensive",
    "something funny that aren't too offensive pls",
    "a romcom that wasnt offensive",
    "give me a comedy that ain't offensive",
])
def test_a_short_negated_copula_before_offensive_is_the_clean_cap(values, text):
    assert ("family", "cap") in values(text, "audience"), values(text, "audience")


@pytest.mark.parametrize("text", [
    "it isnt offensive to me if they swear",
    "a comedy that is offensive on purpose",
    "swearing isnt offensive when it's funny",
])
def test_near_miss_offensive_said_of_the_viewer_or_affirmed_is_no_cap(values, text):
    assert ("family", "cap") not in values(text, "audience"), values(text, "audience")


@pytest.mark.parametrize("text", [
    "a show that is just a season or two",
    "something short, one season or 2",
    "a series, only a season or two long",
])
def test_the_season_noun_between_two_counts_is_a_short_range(values, text):
    assert ("1-2", None) in values(text, "seasons"), values(text, "seasons")


def test_near_miss_a_season_or_two_episodes_is_no_range(values):
    assert ("1-2", None) not in values("i gave up a season or two episodes in", "seasons")


@pytest.mark.parametrize("text", [
    "anime films, new ones",
    "horror movies - only the new ones please",
    "a documentary. new ones",
])
def test_new_ones_as_a_clause_of_its_own_is_the_recent_years(values, text):
    assert ("recent", None) in values(text, "year"), values(text, "year")


@pytest.mark.parametrize("text", [
    "the new ones from pixar",
    "something with new ones to me",
    "she likes new ones and old ones",
])
def test_near_miss_new_ones_inside_a_clause_is_no_year(values, text):
    assert ("recent", None) not in values(text, "year"), values(text, "year")


@pytest.mark.parametrize("text", [
    "dating reality, about the love",
    "a reality show where people find a wife",
    "a movie where she finally finds love",
])
def test_love_and_finding_a_spouse_as_the_subject_is_romance(values, text):
    assert ("romance", None) in values(text, "genre"), values(text, "genre")


@pytest.mark.parametrize("text", [
    "help me find a movie for my husband",
    "i can't find a show my wife likes",
])
def test_near_miss_finding_a_title_for_a_spouse_is_no_romance(values, text):
    assert ("romance", None) not in values(text, "genre"), values(text, "genre")
