"""Round 16c: second-language English, ages and numbers, each with near-misses that must not change. Phrasings are
this module's own.

Classes: "no too <x>" is "not too <x>" (nlu/extraction/shorthand.py); an age limit "14+" is a cap (ratings.py);
children with bare numbers ("boy 7, girl 12"), a misspelt kin word, ages set off after the viewer's children
(audience.py); an older viewer's age is no adults' audience; "nothing rude" is the clean cap; "from the old days" is
the old years (years.py); a count of seasons refused with its kind, or with "refuse to" (seasons.py); what titles
usually run said as a complaint (durations.py); a format ruled out in words stays out when named again as a reason
(media.py).
"""

from __future__ import annotations

import pytest


# -- 1. "no too <x>" ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, entity, value", [
    ("a mystery series but no too long please", "seasons", ("-2", None)),
    ("a film no too long, we are tired", "duration", ("-120", None)),
    ("detective show, no very violent", "audience", ("family", "cap")),
    ("something no too scary for tonight", "mood", ("scary", "exclude")),
])
def test_no_before_a_degree_word_is_not(values, text, entity, value):
    assert value in values(text, entity), values(text, entity)


@pytest.mark.parametrize("text", ["no, too long for us tonight", "no. too long", "a series, no too"])
def test_a_no_answer_or_no_adjective_is_not_rewritten(values, text):
    assert values(text, "seasons") == [] and values(text, "duration") == []


def test_the_rewrite_keeps_the_typed_offsets(ents):
    assert [e.surface for e in ents("crime shows but no too long") if e.entity == "seasons"] == ["no too long"]


# -- 2. an age limit said "N+" -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, audience", [
    ("fine, it can be 14+", "teen"),
    ("13+ is ok for them now", "teen"),
    ("something 18+ for me and my wife", "adult"),
    ("a 12+ comedy", "family"),
    ("ok it can be 14 and up", "teen"),
    ("maybe 17 plus is fine", "adult"),
])
def test_an_age_limit_is_the_audience_of_that_age(values, text, audience):
    assert values(text, "audience") == [(audience, None)], values(text, "audience")


@pytest.mark.parametrize("text, entity, value", [
    ("a drama with 12+ seasons", "seasons", ("12-", None)),
    ("even longer, like 8+", "bound", ("8-", None)),
    ("rated pg 13+", "rating", ("PG-13", None)),
])
def test_other_numbers_with_a_plus_are_no_age_limit(values, text, entity, value):
    assert value in values(text, entity) and values(text, "audience") == [], (values(text, entity),
                                                                               values(text, "audience"))


@pytest.mark.parametrize("text", [
    "i've already seen 15+ horror movies this month, what else",   # Review 1 finding 6
    "there are 15+ friends coming over, a comedy please",
    "we are 16+ people tonight, something fun",
    "there are 14+ of us, any comedy",
    "we watched 13+ scary films last week",
])
def test_a_count_with_a_plus_is_no_age_limit(values, text):
    assert values(text, "audience") == [], values(text, "audience")


@pytest.mark.parametrize("text, audience", [
    ("18+ for my friends and me", "adult"),   # a phrase of its own after the limit: still the limit
    ("a 16+ thriller", "teen"),
    ("14+ is fine for them", "teen"),
])
def test_an_age_limit_before_other_words_stays(values, text, audience):
    assert values(text, "audience") == [(audience, None)], values(text, "audience")


# -- 3. ages without "year old" ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, audience", [
    ("girl 9, boy 13 - a film they both like", "family"),
    ("my son 6 and my daughter 10, any cartoon", "kids"),
    ("the twins 4 & nephew 11 are here", "preschool"),
    ("grandaughter 10 coming over tomorrow", "family"),
    ("my neice 13 visiting this weekend", "teen"),
    ("my girls adore taylor swift, 8 and 11, anything of hers ok", "family"),
    ("our boys - 5 and 9 - want dinosaurs", "kids"),
    ("granddaughter 11, she loves horses", "family"),
    ("nephew 14 - a superhero film", "teen"),
])
def test_children_with_bare_numbers_are_ages(values, text, audience):
    assert (audience, None) in values(text, "audience"), values(text, "audience")
    assert {v for v, _ in values(text, "audience")} == {audience}, values(text, "audience")


@pytest.mark.parametrize("text", [
    "girl 6 is a film i liked",               # one pair and no visit words: may be a title
    "girl 6, a spike lee film",               # a child word that may begin a title needs a second pair
    "sons 2 was a good film",
    "the daughter 3 seasons in",
    "my kids like marvel, 2 and 3 are the best",  # numbers that end no clause
    "my kids, 25 and 30 minutes episodes",    # a count of something
    "they have been married 40 years",
    "she has 30 years of experience in tv",
])
def test_numbers_beside_children_that_are_no_ages(values, text):
    assert {v for v, _ in values(text, "audience")} <= {"family"}, values(text, "audience")


@pytest.mark.parametrize("text", [
    "my kids love harry potter, 1 and 2.",                 # Review 1 finding 5: the parts of a title, closing it
    "my kids watched the hunger games, 2 and 3.",
    "my kids prefer the toy story ones, 3 and 4.",
    "my daughter rated them, 7 and 8.",
    "my kids prefer the toy story ones, 3 and 4, the first less",  # set off, but after "ones": parts
    "our son gave them, 6 and 9, out of ten",             # scores
    "my boys liked the sequels, 2 and 3, not the first",
])
def test_parts_or_scores_set_off_near_children_are_no_ages(values, text):
    assert {v for v, _ in values(text, "audience")} <= {"family"}, values(text, "audience")


@pytest.mark.parametrize("text, audience", [
    ("my boys love kung fu films, 9 and 12, what is ok for them", "family"),
    ("our girls love ponies - 5 and 7 - anything with horses", "kids"),
    ("my kids love dinosaurs (4 and 6) any ideas", "preschool"),
    ("my boys, 9 and 12.", "family"),                      # right after the children: an age even closing the sentence
])
def test_ages_set_off_in_the_middle_of_a_sentence_stay_ages(values, text, audience):
    assert (audience, None) in values(text, "audience"), values(text, "audience")


# -- 4. older viewers --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my grandparents are over, they're 78, nothing rude please",
    "grandparents visiting, they are 82, no swearing",
])
def test_an_older_viewers_age_is_no_adults_audience(values, text):
    assert ("adult", None) not in values(text, "audience")
    assert ("family", "cap") in values(text, "audience"), values(text, "audience")


def test_a_grown_childs_age_is_still_adult(values):
    assert values("my son is 25 and loves war films", "audience") == [("adult", None)]


@pytest.mark.parametrize("text", ["a comedy, nothing rude", "no rude jokes please", "nothing crude for my mum"])
def test_rude_turned_down_is_the_clean_cap(values, text):
    assert ("family", "cap") in values(text, "audience"), values(text, "audience")


def test_rude_said_as_a_wish_is_no_cap(values):
    assert values("a rude comedy for the lads", "audience") == []


@pytest.mark.parametrize("text", ["a western from the old days", "something like the good old days",
                                  "a film from back in the day", "an old-time musical", "my grandpa loves old westerns"])
def test_the_old_days_are_the_old_years(values, text):
    assert values(text, "year") == [("old", None)], values(text, "year")


@pytest.mark.parametrize("text", ["in the old days we watched westerns", "back in the day i loved horror",
                                  "those were the days"])
def test_a_story_about_the_past_asks_no_years(values, text):
    assert values(text, "year") == []


def test_companions_visiting_without_a_verb(values):
    # round 21q: grown-up company caps nothing, the words are still no query; round 22d: a grandparent's visit is the
    # grown-ups' cap (audience.elders_in_company)
    assert values("grandma coming over tonight, something gentle", "audience") == [("family", "cap")]
    assert values("my grandma visiting paris loved it", "audience") == []


# -- 5. negation over numbers ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("not the long ones with 6 or more seasons", "-5"),
    ("none of those shows with 8 seasons please", "-7"),
    ("i refuse to watch a show with 12 seasons", "-11"),
    ("not another 10 season show", "-9"),
])
def test_a_count_refused_is_a_ceiling_below_it(values, text, value):
    assert values(text, "seasons") == [(value, None)], values(text, "seasons")


@pytest.mark.parametrize("text, value", [
    ("a 10 season show", "10-10"),
    ("a show with 5 or more seasons", "5-"),
])
def test_a_count_wished_stays(values, text, value):
    assert values(text, "seasons") == [(value, None)]


@pytest.mark.parametrize("text, value", [
    ("no series with 3 seasons or less", "4-"),            # Review 1 finding 3: the short kind refused
    ("not the ones with 2 seasons or fewer, i want something long", "3-"),
    ("none of those shows with 4 seasons max", "5-"),
    ("no series with 3 seasons, at most", "4-"),
])
def test_a_kind_refused_with_a_ceiling_is_the_longer_kind(values, text, value):
    assert values(text, "seasons") == [(value, None)], values(text, "seasons")


def test_a_refused_kind_that_is_a_series_keeps_series(values):
    assert values("no series that have 7 seasons", "media_type") == [("series", None)]


@pytest.mark.parametrize("text", [
    "korean movies under 2 hours, they're always 3 hrs",
    "bollywood under 2 hours, theyre always like 3 hours",
    "a thriller under 2 hours, most of them run 2.5 hours",
])
def test_what_titles_usually_run_is_a_complaint(values, text):
    assert values(text, "duration") == [("-120", None)], values(text, "duration")


def test_a_runtime_said_as_a_wish_stays(values):
    assert values("a movie, 3 hours is fine", "duration") != []


# -- 6. a format ruled out, then named as a reason ---------------------------------------------------------------------

def test_a_format_ruled_out_stays_out_when_named_as_a_reason(values):
    assert values("a movie please, no series, we never agree on episodes", "media_type") == [
        ("movie", None), ("series", "exclude")]


def test_both_formats_asked_stay(values):
    assert {v for v, r in values("a movie or a series, no anime", "media_type")} == {"movie", "series"}


@pytest.mark.parametrize("text", ["movie only, no series, too many episodes",
                                  "a film not a series, nothing with 5 seasons"])
def test_a_count_of_seasons_beside_refused_series_is_no_bound(values, text):
    assert values(text, "seasons") == [] and ("series", None) not in values(text, "media_type"), values(text,
                                                                                                       "media_type")


def test_a_count_of_seasons_for_series_asked_stays(values):
    assert values("a series, not a movie, under 3 seasons", "seasons") == [("-2", None)]


@pytest.mark.parametrize("text", ["a movie, no show please, i hate waiting for new episodes",
                                  "no series, we got tired of waiting for new seasons"])
def test_what_a_viewer_waits_for_is_no_recency(values, text):
    assert values(text, "year") == []


@pytest.mark.parametrize("text", ["i can't wait for new thrillers", "new episodes of a comedy show"])
def test_new_titles_wished_stay_recent(values, text):
    assert values(text, "year") == [("recent", None)]


# -- Review 1 finding 4: a title that ends in "baby" beats the kind of baby shows ----------------------------------------

@pytest.mark.parametrize("text, title", [
    ("is million dollar baby movie on here", "Million Dollar Baby"),
    ("rosemary's baby film please", "Rosemary's Baby"),
])
def test_a_title_ending_in_baby_is_the_title(values, text, title):
    assert values(text, "title") == [(title, None)] and values(text, "audience") == [], (
        values(text, "title"), values(text, "audience"))


@pytest.mark.parametrize("text", ["he hates baby shows", "not the baby shows, the 13 year old would riot",
                                  "no babyish cartoons", "a thriller, no baby stuff"])
def test_baby_shows_refused_are_still_the_preschool_kind(values, text):
    assert ("preschool", "exclude") in values(text, "audience"), values(text, "audience")
