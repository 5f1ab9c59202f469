"""Who is watching (nlu/extraction/audience.py): audience words and a child's age.

Its phrases are rows of cases/audience.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import pytest

from nlu_cases import Ent


def test_family_movies_is_the_family_genre(values):
    assert values("family movies", "genre") == [("family", None)]
    assert values("family movies", "audience") == []


def test_the_youngest_of_several_ages_decides(values):
    assert values("my kids are 4 and 11", "audience") == [("preschool", None)]
    assert values("for my 6, 9 and 14 year olds", "audience") == [("kids", None)]


def test_a_pronoun_with_a_runtime_is_not_an_age(values):
    assert values("she's 40 minutes into it", "audience") == []
    assert values("he is 2 hours late", "audience") == []


def test_content_words_are_a_cap_only_when_negated(ents):
    # gore ruled out is no horror, no cap (round 18d: blood and gore are a grown-up's dislike of horror)
    assert [e for e in ents("no gore or nudity") if e.entity == "audience"] == [Ent("nudity", "audience", "teen", "cap")]
    assert Ent("gore", "genre", "horror", "exclude") in ents("no gore or nudity")  # with the other violent kinds
    assert [e for e in ents("some violence is ok") if e.entity == "audience"] == []
    # never reported under the internal name
    assert all(e.entity != "content" for e in ents("lots of swearing, violence and sex"))


def test_cleaning_is_not_a_clean_request(values):
    assert values("something to put on while I clean", "audience") == []
    assert values("we need to clean up first, then a movie", "audience") == []


def test_a_relative_counts_only_with_an_age_in_the_sentence(values):
    assert values("something for my nephew", "audience") == []
    assert values("something for my nephew, he's 9", "audience") == [("family", None)]
    # another sentence gives no age to this one's relative
    assert ("family", "cap") not in values("for my niece. my son is 12", "audience")


def test_ages_said_one_after_another_are_one_mention(ents):
    found = [e for e in ents("my son is 8 and my daughter is 12") if e.entity == "audience"]
    assert [(e.surface, e.value) for e in found] == [("my son is 8 and my daughter is 12", "family")]


def test_teen_next_to_an_age_is_not_the_teen_genre(values):
    assert values("a teen comedy for my 14 yo", "genre") == [("comedy", None)]
    assert values("a teen drama for my 10 year old", "audience") == [("family", "cap"), ("family", None)]
    assert ("teen", None) in values("teen comedies", "genre")


def test_a_visit_of_grown_ups_caps_nothing(values):
    # round 21q: grown-up kin are no children; their company caps nothing — but grandparents are the grown-ups' cap
    # (round 22d: audience.elders_in_company)
    assert values("grandma is visiting", "audience") == [("family", "cap")]
    assert values("my brother is visiting", "audience") == []


def test_a_runtime_after_an_age_is_not_a_visit(ents):
    found = ents("for my 10 year old, over 90 minutes")
    assert ("for my 10 year old", "audience", "family", None) in found
    assert ("over 90 minutes", "duration", "91-", None) in found


def test_the_age_bands_are_the_parents_bands(values):
    # docs/contracts.md "Age mapping" (Netflix's bands): 0-4 preschool, 5-6 kids, 7-12 family, 13-17 teen
    assert values("for a 4 year old", "audience") == [("preschool", None)]
    assert values("for a 5 year old", "audience") == [("kids", None)]
    assert values("for a 6 year old", "audience") == [("kids", None)]
    assert values("for a 7 year old", "audience") == [("family", None)]
    assert values("for an 8 year old", "audience") == [("family", None)]
    assert values("for a 12 year old", "audience") == [("family", None)]
    assert values("for a 13 year old", "audience") == [("teen", None)]


def test_children_of_no_stated_age_are_family(values):
    for text in ("something for the kids", "a film the children can watch", "kid-friendly shows", "for my kids"):
        assert values(text, "audience") == [("family", None)], text


def test_very_young_children_are_preschool(values):
    for text in ("for my little kids", "something for young kids", "a show for a toddler", "for preschoolers"):
        assert values(text, "audience") == [("preschool", None)], text


def test_tweens_are_family_and_teens_teen(values):
    assert values("a movie for tweens", "audience") == [("family", None)]
    assert values("a movie for teens", "audience") == [("teen", None)]


def test_children_ruled_out_are_the_childrens_audience(values):
    # excluded, a child of no stated age is no ceiling but the children's audience (no kids' titles)
    assert values("nothing kid-friendly", "audience") == [("kids", "exclude")]
    assert values("not for children", "audience") == [("kids", "exclude")]


def test_a_stance_adverb_between_the_verb_and_the_age(values):
    assert values("my boy? he's honestly only 4", "audience") == [("preschool", None)]
    assert values("she's actually 11, any ideas", "audience") == [("family", None)]
    assert values("they are really 6 and 9", "audience") == [("kids", None)]


def test_an_age_a_title_should_suit(values):
    assert values("a thriller that's ok for 14", "audience") == [("teen", None)]
    assert values("anything appropriate for a 6?", "audience") == [("kids", None)]
    assert values("anything appropriate for a 7?", "audience") == [("family", None)]
    assert values("is there a comedy fine for 9 year olds", "audience") == [("family", None)]
    # a group size or a length is no age
    assert values("a board-game movie fine for 4 people", "audience") == []
    assert values("a movie ok for 3 hours", "audience") == []


# --- round 13a: a baby's arrival is news about the viewer, not who is watching ------------------------------

import pytest  # noqa: E402


@pytest.mark.parametrize("text", [
    "we just had a baby so we're way behind on shows, any good dramas",
    "my wife and i are having a baby in june, something romantic",
    "expecting our first baby soon, want a comedy",
    "with a newborn baby in the house we need something short",
    "ever since our baby arrived we watch nothing, recommend a documentary",
])
def test_a_baby_as_a_life_event_is_no_audience(values, text):
    assert values(text, "audience") == []


def test_when_the_baby_came_is_no_year_wish(values):
    assert values("we had a baby two years ago, any crime dramas", "year") == []


@pytest.mark.parametrize("text", [
    "something gentle for my baby",
    "cartoons to watch with the baby",
    "my baby is 10 months old",
    "a show that's ok for a baby",
    "anything for babies",
])
def test_a_baby_watching_is_still_the_preschool_audience(values, text):
    assert values(text, "audience") == [("preschool", None)]


# --- round 13c: ages listed bare after the children, set off by a comma, brackets or a dash ------------------------

@pytest.mark.parametrize("text, audience", [
    ("we have the grandchildren over this weekend, 3 and 10, any film we can all watch", "preschool"),
    ("my boys today (6 and 12) want something exciting", "kids"),
    ("our two, 9 and 11, love animals", "family"),
    ("the twins tonight - 6 and 6 - need a movie", "kids"),
    ("got the nieces all day, 14 and 16, a comedy please", "teen"),
    ("my three, 4, 8 and 13, want a cartoon", "preschool"),
])
def test_ages_listed_after_the_children_give_the_youngests_audience(values, text, audience):
    assert values(text, "audience") == [(audience, None)]


@pytest.mark.parametrize("text", [
    "with the kids, 4 and 11 episodes in",   # counts of something after the ages
    "kids, 2 or 3 options please",            # a choice of counts, no list of ages
    "top 5 and 10 comedies",                  # no children
    "the kids this weekend, 2, 3 hours max",  # a runtime after the numbers
])
def test_numbers_after_children_that_are_no_ages_give_no_age_audience(values, text):
    assert all(value == "family" for value, _ in values(text, "audience")), values(text, "audience")


def test_ages_before_year_olds_still_read_the_youngest(values):
    assert values("a film for 5 and 12 year olds", "audience") == [("kids", None)]


# --- round 13h: "one" after ages is a pronoun when it does something ---------------------------------------------

@pytest.mark.parametrize("text, audience", [
    ("our boys are 6 and 12, one loves dragons and the other wants football", "kids"),
    ("the boys are 9 and 14 - one of them is scared of everything", "family"),
    ("my girls are 6 and 10; one's obsessed with ponies", "kids"),
    ("my kids are 8 and 15, one really prefers cartoons", "family"),
    ("nieces are 10 and 13, one watches anime all day", "family"),
])
def test_one_that_does_something_after_ages_is_no_age(values, text, audience):
    assert values(text, "audience") == [(audience, None)]


@pytest.mark.parametrize("text", [
    "the twins are one and four",         # a spelled age in the list
    "something for a one year old",       # before an age word
    "my daughter is one, she loves music",  # the age, then a comma
    "our son turns one this week",        # a time after the age
    "the kids are 3 and one",             # last in the list
])
def test_one_said_as_an_age_is_still_an_age(values, text):
    assert values(text, "audience") == [("preschool", None)]


@pytest.mark.parametrize("text", ["that show made me cry like a baby, more like it",
                                  "i slept like a baby after that one, anything similar",
                                  "laughed like a kid at it, more please"])
def test_a_baby_or_kid_in_a_figure_of_speech_is_no_audience(values, text):
    assert values(text, "audience") == []


def test_kids_who_would_like_something_are_still_an_audience(values):
    assert values("cartoons like kids would watch, for my 4 year old", "audience")[-1] == ("preschool", None)


def test_liking_something_for_children_is_no_figure_of_speech(values):
    assert values("i'd like kids movies tonight", "genre") == [("kids", None)]
    assert values("we'd like a child friendly movie", "audience") == [("family", None)]


# --- round 7 (13n): ages said as a range or of a whole group ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("a slumber party, three boys all 11-12, what should we put on", "family"),
    ("my nieces are 6 to 7", "kids"),
    ("for some 13-14 year olds", "teen"),  # the youngest end of the range decides, not the last number
    ("cousins between 4 and 6 are coming", "preschool"),
    ("something for kids between the ages of 8 and 10", "family"),
    ("ages 5-7 mostly", "kids"),
    ("the guests, all 9, love dogs", "family"),
])
def test_an_age_range_or_a_groups_shared_age_gives_the_youngest_audience(values, text, expected):
    assert values(text, "audience")[-1:] == [(expected, None)]
    assert {v for v, _ in values(text, "audience")} == {expected}


@pytest.mark.parametrize("text", [
    "a show with 10-12 episodes",
    "a 100-110 minute thriller",
    "films from 2014-2016",
    "we finished all 8-9 of them",
    "showtime between 8 and 10 pm",
    "something rated between 6 and 8",
])
def test_a_range_of_counts_minutes_years_times_or_ratings_is_no_age(values, text):
    assert values(text, "audience") == []
