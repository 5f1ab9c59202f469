"""Round 14, helper A (NLU extraction): the classes of issue 10's understanding failures, each with phrasings of this
module's own and near-misses that must not change.

1. "kids" modifying a format or genre noun: the kids genre and the children's audience, singular or plural
   (``childrens.kids_as_kind``); ruled out, the genre only.
2. Animation words ruled out: anime always; the kids genre too unless children's titles are asked for
   (``childrens.negated_animation``).
3. "aged" / "ages" with a hedge before the ages (``audience._AGE_HEDGE``).
4. Grown-ups alone ("date night", "just the two of us"): the adults' audience (``audience._GROWN_UPS_ALONE``).
5. Sexual or racy content ruled out, "tasteful": the teen cap (``vocabulary.RACY_AUDIENCE``).
6. Adjective forms of genre nouns ("sporty", "thriller-ish"): the genre (``genres.adjective_terms``).
7. Fun that asks no thought: light + funny on a span of its own (``moods.FUN_WITHOUT_THINKING``).
8. "old school <genre>": the old years (``years._old_school``).
9. Recency typed with a slip or before a slipped kind; "what's new in <genre>" is release years (``typos.RECENCY_WORDS``,
   ``years.new_before_a_kind``, ``years._whats_new_in``).
10. A bare bound without a unit: the ``bound`` entity (``bounds.find``).
11. "cults" the organisation is a topic; a genre a documentary "feels like" is a mood (``topics.cults_as_topic``,
    ``genres.feels_like_as_mood``).
12. "western(s)" is no genre entity (the action family comes from vocabulary.TOPIC_GENRES); "western europe" is the
    region.
"""

from __future__ import annotations

import pytest

from contract.vocabulary import TOPIC_GENRES

# -- 1. "kids" as a modifier -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["any good kids films?", "a kids series for tonight", "one kid's movie please",
                                  "childrens shows about trains", "some kids comedies", "a children's film"])
def test_kids_before_a_noun_is_the_genre_and_the_childrens_audience(values, text):
    assert ("kids", None) in values(text, "genre"), text
    assert values(text, "audience") == [("family", None)], text


@pytest.mark.parametrize("text", ["definitely not a kids film", "no kids series please", "nothing like a kid's show"])
def test_kids_before_a_noun_ruled_out_excludes_only_the_genre(values, text):
    assert ("kids", "exclude") in values(text, "genre"), text
    assert values(text, "audience") == [], text


@pytest.mark.parametrize("text, audience", [("something for the kids", "family"), ("films for kids", "family"),
                                             ("kids aged 6 and 9, a film", "kids")])
def test_kids_not_modifying_a_noun_stays_the_audience_only(values, text, audience):
    assert values(text, "audience") == [(audience, None)], text
    assert ("kids", None) not in values(text, "genre"), text


# -- 2. animation words ruled out ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["a drama series but nothing animated", "some sci-fi, no cartoons",
                                  "a fantasy film that isn't cartoony"])
def test_animation_ruled_out_without_children_excludes_anime_and_kids(values, text):
    genres = values(text, "genre")
    assert ("anime", "exclude") in genres and ("kids", "exclude") in genres, genres


@pytest.mark.parametrize("text", ["a children's film but no cartoons", "kids movies but nothing animated",
                                  "something for my 7 year old, no cartoons"])
def test_animation_ruled_out_beside_children_excludes_only_anime(values, text):
    genres = values(text, "genre")
    assert ("anime", "exclude") in genres and ("kids", "exclude") not in genres, genres


def test_the_kids_exclusion_sits_on_the_animation_word(ents):
    text = "a crime show, nothing animated"
    kids = [e for e in ents(text) if e.entity == "genre" and e.value == "kids"]
    assert [e.surface for e in kids] == ["animated"]


def test_anime_ruled_out_by_name_stays_anime_only(values):
    assert values("a comedy, no anime", "genre") == [("comedy", None), ("anime", "exclude")]


# -- 3. "aged" with a hedge --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, audience", [
    ("four girls aged like 10 to 12", "family"), ("my nephews, ages about 6 and 8", "kids"),
    ("kids aged roughly 3-5", "preschool"), ("children ages between 9 and 11", "family")])
def test_aged_with_a_hedge_is_the_youngest_age(values, text, audience):
    assert (audience, None) in values(text, "audience"), values(text, "audience")


@pytest.mark.parametrize("text", ["aged", "a film about aged parents", "aged cheese and wine documentaries"])
def test_aged_without_an_age_says_nothing(values, text):
    assert values(text, "audience") == []


# -- 4. grown-ups alone ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["it's date night, a drama", "just the two of us, something scary",
                                  "just me and my husband tonight"])
def test_grown_ups_alone_are_the_adults_audience(values, text):
    assert values(text, "audience") == [("adult", None)], text


def test_date_night_is_still_romantic(values):
    assert ("romantic", None) in values("a film for our date night", "mood")


def test_a_date_alone_says_nothing_about_who_watches(values):
    assert values("on a date with my gf, something funny", "audience") == []


# -- 5. racy content ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["a drama but nothing too raunchy", "a thriller with no sex scenes",
                                  "nothing overly steamy please", "a romance that isn't too explicit",
                                  "a comedy, keep it tasteful"])
def test_racy_content_ruled_out_is_the_teen_cap(values, text):
    assert values(text, "audience") == [("teen", "cap")], text


@pytest.mark.parametrize("text", ["no swearing please", "nothing violent"])
def test_swearing_and_violence_keep_the_family_cap(values, text):
    assert values(text, "audience") == [("family", "cap")], text


def test_racy_words_not_ruled_out_say_nothing(values):
    assert values("a steamy romance", "audience") == []


# -- 6. adjective forms of genres --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, genre", [
    ("something sporty for the weekend", "sports"), ("a bit thriller-ish", "thriller"), ("horror-y stuff", "horror"),
    ("comedy-ish", "comedy"), ("a mystery-esque show", "mystery"), ("documentary style please", "documentary"),
    ("a romancy film", "romance"), ("actiony", "action")])
def test_a_genre_with_an_adjective_suffix_is_the_genre(values, text, genre):
    assert (genre, None) in values(text, "genre"), values(text, "genre")


@pytest.mark.parametrize("text", ["a teeny bit scary", "i feel spacey today, anything"])
def test_derived_forms_that_are_other_words_are_no_genre(values, text):
    assert all(g not in ("teen", "sci-fi") for g, _ in values(text, "genre")), values(text, "genre")


# -- 7. fun that asks no thought ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, funny_word", [("some brainless fun", "fun"), ("want to turn my brain off", "off"),
                                               ("a total no brainer", "brainer"),
                                               ("nothing that requires thinking tonight", "thinking")])
def test_fun_without_thinking_is_funny_on_its_own_span(ents, text, funny_word):
    moods = [(e.value, e.surface) for e in ents(text) if e.entity == "mood"]
    assert ("funny", funny_word) in moods and any(m == "light" for m, _ in moods), moods
    assert not any(m == "relaxing" for m, _ in moods), moods


def test_background_viewing_stays_light_and_relaxing(values):
    assert sorted(values("something mindless while we eat", "mood")) == sorted(
        [("light", None), ("relaxing", None)] * 2)


# -- 8. old school -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["old school thrillers", "some old-school kung fu movies", "a comedy, old school"])
def test_old_school_is_the_old_years(ents, text):
    years = [(e.value, e.surface.lower()) for e in ents(text) if e.entity == "year"]
    assert years and years[0][0] == "old" and "school" in years[0][1], years


@pytest.mark.parametrize("text", ["a high school drama", "a documentary about my old school",
                                  "the old school gym in the movie"])
def test_school_elsewhere_is_no_age_of_titles(values, text):
    assert values(text, "year") == []


# -- 9. recency with slips; what's new in a genre ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["recnt comedies", "the newst anime", "lastest horror films", "new thrilers",
                                  "new docmentaries please"])
def test_recency_with_a_slip_is_the_recent_years(values, text):
    assert values(text, "year") == [("recent", None)], text


@pytest.mark.parametrize("text", ["what's new in thrillers", "whats new in sci-fi", "what's new among k-dramas"])
def test_whats_new_in_a_genre_is_recent_releases(ents, text):
    kinds = {e.entity: e.value for e in ents(text)}
    assert kinds.get("year") == "recent" and "added" not in kinds, kinds


@pytest.mark.parametrize("text", ["what's new", "what's new on netflix", "just added thrillers", "recently added docs",
                                  "what's new in the app"])
def test_added_lately_stays_the_date_added(values, text):
    assert values(text, "added") == [("30", None)], text
    assert values(text, "year") == [], text


def test_new_before_a_non_kind_is_no_recency(values):
    assert values("new york stories", "year") == []


# -- 10. a bare bound --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [("maybe 6+", "6-"), ("4 or more would be great", "4-"), ("three plus", "3-"),
                                          ("2 or fewer", "-2"), ("like 5 tops", "-5")])
def test_a_bound_without_a_unit_is_the_bound_entity(values, text, value):
    assert values(text, "bound") == [(value, None)], text


@pytest.mark.parametrize("text, entity, value", [("6+ seasons", "seasons", "6-"), ("3 seasons or fewer", "seasons", "-3"),
                                                  ("100 minutes or more", "duration", "100-"),
                                                  ("2 hours plus", "duration", "120-")])
def test_a_bound_with_its_unit_stays_that_unit(values, text, entity, value):
    assert values(text, entity) == [(value, None)] and values(text, "bound") == [], text


@pytest.mark.parametrize("text", ["something 18+", "for ages 10+", "rated 13+", "2 or 3 options", "version 2.5+"])
def test_ages_ratings_and_choices_are_no_bound(values, text):
    assert values(text, "bound") == [], text


# -- 11. cults; "feels like" -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["a doc series about cults", "something on a cult and its leader",
                                  "true crime, cults, scams", "cult docs"])
def test_a_cult_the_organisation_is_no_genre(values, text):
    assert ("cult", None) not in values(text, "genre"), values(text, "genre")


@pytest.mark.parametrize("text", ["a cult classic", "cult films from the 80s", "a cult favourite comedy",
                                  "cult horror"])
def test_the_cult_genre_stays(values, text):
    assert ("cult", None) in values(text, "genre"), text


@pytest.mark.parametrize("text, mood", [("a docuseries that plays like a thriller", "exciting"),
                                         ("a documentary that feels like a horror movie", "scary")])
def test_a_genre_a_documentary_feels_like_is_a_mood(values, text, mood):
    assert values(text, "genre") == [("documentary", None)], values(text, "genre")
    assert (mood, None) in values(text, "mood")


def test_a_genre_said_alone_after_like_stays_the_genre(values):
    assert ("thriller", None) in values("i'd like a thriller", "genre")


# -- 12. westerns ------------------------------------------------------------------------------------------------------


def test_westerns_are_the_action_family_by_topic():
    assert TOPIC_GENRES["westerns"] == ("action",) and TOPIC_GENRES["western"] == ("action",)


@pytest.mark.parametrize("text", ["films set in western europe", "shows from western countries"])
def test_western_places_are_the_region(values, text):
    countries = [v for v, _ in values(text, "country")]
    assert "France" in countries and "Germany" in countries, countries


def test_a_western_reaches_the_query_untouched(values):
    assert values("a classic western", "genre") in ([], [("classic", None)])
    assert values("a classic western", "country") == []
