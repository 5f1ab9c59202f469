"""Round 28D: who watches, a wish said as a joke, a hedged limit of the time there is, and English ruled out — through
the real extractor (the bundled catalog's gazetteer) and the planner (no recommender, no Rasa). Phrasings are this
module's own.

1. A partner as the only company ("me and my boyfriend", "with my fiancee and the cat", "my husband and I") is the
   grown-ups' audience: no children's titles (audience ``partners_alone``). A child, an age, the family or a partner
   merely named (a taste, "without my husband") changes nothing.
2. A clause taken back as a joke ("... haha jk, something for my 3 year old") leaves none of its readings
   (corrections ``_joked``); "not kidding" and a name such as "jk simmons" take nothing back.
3. A tilde or "abt" before a battery's length is a hedge: the length stays a ceiling (durations ``_HEDGE``).
4. English ruled out with no origin asked is the foreign shelf asked for (geo ``english_refused``).
"""

from __future__ import annotations

import pytest

# -- 1. a partner as the only company -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "a thriller me and my boyfriend can watch tonight",
    "something cosy for a rainy evening with my fiancee and the cat",
    "my husband and i want a comedy",
    "any good films for me & my gf",
])
def test_a_partner_as_the_only_company_is_the_grown_ups_audience(plan, text):
    c = plan(text)
    assert c.audience == "adult" and "kids" in c.exclude_genres, c


@pytest.mark.parametrize("text", [
    "me and my wife and our 6 year old want a comedy",
    "with my husband and the kids, something funny",
    "a movie for me and my girlfriend and her little nephew",
    "family comedy with my partner",
])
def test_a_child_or_the_family_beside_the_partner_decides_instead(plan, text):
    c = plan(text)
    assert c.audience != "adult", c


@pytest.mark.parametrize("text", [
    "my wife loves westerns",
    "an action film without my husband, he hates them",
    "a drama about a man and his wife",
])
def test_a_partner_named_but_not_watching_is_no_audience(plan, text):
    c = plan(text)
    assert c.audience is None, c


def test_a_partner_with_an_animated_kind_keeps_the_childrens_shelf_open(plan):
    c = plan("an animated movie me and my husband can enjoy")
    assert c.audience != "adult", c


# -- 2. a wish said as a joke -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "gory slasher for the baby haha jk, something for my 3 year old",
    "an nc-17 thriller for my toddler lol j/k. ok what's good for a 2 year old",
    "zombie gore for the little one, just kidding! something gentle for my 4 yo",
])
def test_a_clause_taken_back_as_a_joke_leaves_nothing(plan, text):
    c = plan(text)
    assert c.audience == "preschool", c
    assert not c.genres and not getattr(c, "ratings", None), c


def test_not_kidding_takes_nothing_back(plan):
    c = plan("horror, not kidding, for my 10 year old")
    assert "horror" in c.genres, c


def test_a_name_spelt_like_the_cue_takes_nothing_back(ents):
    got = ents("thrillers with jk simmons from the 90s")
    assert {(e.entity, e.value) for e in got} >= {("genre", "thriller"), ("actor", "J.K. Simmons")}, got


def test_a_joke_with_nothing_asked_after_it_takes_nothing_back(plan):
    c = plan("a scary movie for grandma jk")
    assert "horror" in c.genres or c.mood, c


# -- 3. a hedged battery is a ceiling -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, minutes", [
    ("the tablet battery lasts ~75 min", 75),
    ("a film for the train, battery lasts abt 100 minutes", 100),
])
def test_a_hedged_battery_length_is_a_ceiling(plan, text, minutes):
    c = plan(text)
    assert c.max_minutes == minutes and not c.min_minutes, c


def test_a_tilde_alone_is_still_a_window(plan):
    c = plan("a movie ~100 min")
    assert c.min_minutes and c.max_minutes and c.min_minutes < 100 < c.max_minutes, c


# -- 4. English ruled out is the foreign shelf --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "films that aren't in english",
    "a non-english series",
    "comedies not in english please",
])
def test_english_ruled_out_asks_for_the_foreign_shelf(plan, text):
    c = plan(text)
    assert "international" in c.genres and "en" in c.exclude_languages, c


def test_english_ruled_out_beside_an_origin_asked_adds_no_shelf(plan):
    c = plan("not in english, something from japan")
    assert "international" not in c.genres and c.countries == ["Japan"], c


def test_no_subtitles_still_rules_the_shelf_out(plan):
    c = plan("a thriller with no subtitles")
    assert "international" not in c.genres, c


# -- 5. "this year" of a yearly habit -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "every thanksgiving my brother and i watch something with nicolas cage. any of his this year?",
    "our christmas tradition is a film with tom hanks, which one this year",
    "once a year we rewatch a keanu reeves movie, what should it be this year",
])
def test_this_year_of_a_yearly_habit_is_no_release_year(plan, text):
    c = plan(text)
    assert not c.recent_years and not c.year_min and c.actors, c


def test_this_year_alone_keeps_the_newest_year(plan):
    c = plan("any nicolas cage film from this year")
    assert c.recent_years == 1, c


# -- 6. "the tv stuff" is the series format -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["just the tv stuff", "only the tv ones please", "the tv side of his work"])
def test_tv_before_a_noun_of_work_is_the_series_format(values, text):
    assert values(text, "media_type") == [("series", None)]


@pytest.mark.parametrize("text", ["the tv remote is broken", "something on the tv tonight"])
def test_the_tv_set_stays_no_format(values, text):
    assert values(text, "media_type") == []


# -- 7. "a newer one" after a long story refers back to what the story named --------------------------------------------


def test_a_newer_one_after_a_story_keeps_the_kind_and_title_named_there(plan):
    c = plan("my flatmate got me into korean dramas this spring and now i'm hooked, saw tomorrow with you three times. "
             "got a newer one")
    assert c.similar_title == "Tomorrow with You" and "ko" in c.languages, c


def test_a_funny_one_after_a_story_does_not_pull_the_story_in(plan):
    c = plan("we had the longest week ever at work and the kids were sick all the time. a funny one please")
    assert not c.query, c
