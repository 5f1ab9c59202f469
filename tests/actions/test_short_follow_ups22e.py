"""Short follow-ups that add, offer an alternative or start afresh (round 22e), on the pure planner:

1. "w <genre>" / "w <actor>" adds like "with": comedy AND crime, both actors (planning._ADD_BEFORE_RE,
   edits._BARE_CAST_BEFORE_RE); a bare genre still replaces;
2. "(or) a horror one" labelled ask_details names a kind, never a listed title (request_cues._KIND_ONE_BEFORE);
3. "fine then, any drama" / "okay just anything horror then" give up the narrowing: afresh with what is said
   (constraints.gives_up_the_narrowing); "any of these but a bit shorter" stays a refinement;
4. "newer than that" beside a reason with "old" stays relative to the list
   (planning._era_words_beside_comparatives);
5. "<person>'s films instead" after their stand-up drops the stand-up (constraints._films_of_named).
"""

from __future__ import annotations

import pytest

from actions.constraints import Constraints, fiction_drops_forms, gives_up_the_narrowing
from actions.request_cues import asks_search_not_details
from actions.turn import Turn
from planned_turns import ITEMS, after, at, planned

COMEDIES = {"genres": ["comedy"]}


@pytest.mark.parametrize("text", ["w crime then", "ok w some crime", "w/ crime", "but w crime", "and also crime",
                                  "plus crime maybe"])
def test_w_a_genre_adds_it(text):
    e = at(text, "crime", "genre", "crime")
    plan = planned(after(text, [e], **COMEDIES))
    assert set(plan.constraints.genres) == {"comedy", "crime"}, plan.constraints


@pytest.mark.parametrize("text", ["crime", "a crime one instead", "crime please"])
def test_a_bare_genre_still_replaces(text):
    e = at(text, "crime", "genre", "crime")
    plan = planned(after(text, [e], **COMEDIES))
    assert plan.constraints.genres == ["crime"], plan.constraints


def test_a_word_starting_with_w_is_no_addition():
    text = "wild crime"
    plan = planned(after(text, [at(text, "crime", "genre", "crime")], **COMEDIES))
    assert plan.constraints.genres == ["crime"], plan.constraints


@pytest.mark.parametrize("text", ["w harvey keitel", "with harvey keitel", "ok w/ harvey keitel", "starring harvey keitel"])
def test_w_an_actor_after_an_actors_films_adds_them(text):
    e = at(text, "harvey keitel", "actor", "Harvey Keitel")
    plan = planned(after(text, [e], actors=["Robert De Niro"], media_type=["movie"]))
    assert plan.constraints.actors == ["Robert De Niro", "Harvey Keitel"], plan.constraints
    assert plan.constraints.media_type == ["movie"], plan.constraints


@pytest.mark.parametrize("text", ["what about harvey keitel", "harvey keitel instead", "w harvey keitel instead"])
def test_swap_words_still_replace_the_actor(text):
    e = at(text, "harvey keitel", "actor", "Harvey Keitel")
    plan = planned(after(text, [e], actors=["Robert De Niro"]))
    assert plan.constraints.actors == ["Harvey Keitel"], plan.constraints


def test_w_an_actor_after_a_genre_filters_the_genre():
    text = "w seth rogen"
    plan = planned(after(text, [at(text, "seth rogen", "actor", "Seth Rogen")], **COMEDIES))
    assert plan.constraints.genres == ["comedy"] and plan.constraints.actors == ["Seth Rogen"], plan.constraints


def _details(text: str, phrase: str, value: str) -> Turn:
    t = after(text, [at(text, phrase, "genre", value)], intent="ask_details", **COMEDIES)
    return t


@pytest.mark.parametrize("text", ["or a horror one", "or perhaps a crime one?", "any horror ones?", "or maybe a thriller one",
                                  "another drama one"])
def test_a_kind_one_is_no_details_question(text):
    phrase = next(w for w in ("crime", "horror", "thriller", "drama") if w in text)
    assert asks_search_not_details(_details(text, phrase, phrase))


@pytest.mark.parametrize("text", ["is the crime one long?", "tell me about the crime one", "the crime one?"])
def test_the_kind_one_of_the_list_stays_a_details_question(text):
    assert not asks_search_not_details(_details(text, "crime", "crime"))


def test_or_a_crime_one_puts_crime_in_place_of_comedy():
    text = "hmm or a crime one?"
    plan = planned(after(text, [at(text, "crime", "genre", "crime")], genres=["comedy"], media_type=["movie"]))
    assert plan.constraints.genres == ["crime"] and plan.constraints.media_type == ["movie"], plan.constraints


OLD_SEARCH = {"genres": ["comedy"], "year_min": 1990, "year_max": 1999, "max_minutes": 90}


@pytest.mark.parametrize("text, phrase, value", [
    ("fine then, any drama", "drama", "drama"),
    ("okay just anything horror then", "horror", "horror"),
    ("whatever, any docs", "docs", "documentary"),
    ("oh well. just any thriller", "thriller", "thriller"),
    ("meh, anything romantic", "romantic", "romance"),
    ("meh whatever, just any comedy", "comedy", "comedy"),
])
def test_giving_up_starts_afresh_with_what_is_said(text, phrase, value):
    e = at(text, phrase, "genre", value)
    assert gives_up_the_narrowing(text, [e]) is not None
    plan = planned(after(text, [e], **OLD_SEARCH))
    c = plan.constraints
    assert c.genres == [value] and not (c.year_min or c.year_max or c.max_minutes), c
    assert not c.query, c


def test_giving_up_keeps_what_the_same_message_says():
    text = "whatever, any docs from 2019 onwards"
    entities = [at(text, "docs", "genre", "documentary"), at(text, "from 2019 onwards", "year", "2019-")]
    plan = planned(after(text, entities, genres=["comedy"], media_type=["series"], year_max=2009))
    c = plan.constraints
    assert c.genres == ["documentary"] and c.year_min == 2019 and not c.year_max and not c.media_type, c


def test_giving_up_keeps_who_is_watching():
    text = "fine, any comedy"
    plan = planned(after(text, [at(text, "comedy", "genre", "comedy")], genres=["horror"], audience="kids",
                         ratings=["TV-Y7"], year_min=2019))
    c = plan.constraints
    assert c.genres == ["comedy"] and c.audience == "kids" and not c.year_min, c


@pytest.mark.parametrize("text, phrase, name, value", [
    ("any of these but a bit shorter", "shorter", "duration", "shorter"),
    ("fine, any of those in drama", "drama", "genre", "drama"),
    ("ok just anything shorter then", "shorter", "duration", "shorter"),
    ("ok any drama ones?", "drama", "genre", "drama"),
    ("fine with drama too", "drama", "genre", "drama"),
    ("anything else in drama", "drama", "genre", "drama"),
])
def test_near_misses_are_no_fresh_start(text, phrase, name, value):
    assert gives_up_the_narrowing(text, [at(text, phrase, name, value)]) is None


def test_any_of_these_but_shorter_refines():
    text = "any of these but a bit shorter"
    plan = planned(after(text, [at(text, "shorter", "duration", "shorter")], **OLD_SEARCH))
    c = plan.constraints
    assert c.genres == ["comedy"] and c.year_min == 1990 and c.max_minutes and c.max_minutes < 90, c


LIST_2015 = [dict(i, year=2015) for i in ITEMS]
DRAMAS_2015 = {"genres": ["drama"], "year_min": 2015, "year_max": 2015}


@pytest.mark.parametrize("text, word, era", [("newer than those, my teens refuse old stuff", "old", "recent:20"),
                                             ("something newer, nothing too old for them", "too old", "recent:10"),
                                             ("newer please, they like recent things", "recent", "recent")])
def test_newer_than_the_list_beside_an_era_reason_stays_relative(text, word, era):
    entities = [at(text, "newer", "year", "newer"), at(text, word, "year", era)]
    c = planned(after(text, entities, items=LIST_2015, **DRAMAS_2015)).constraints
    assert c.year_min == 2016 and not c.year_max and not c.recent_years and not c.older_than_years, c
    assert c.genres == ["drama"], c


def test_older_than_the_list_beside_an_era_reason_stays_relative():
    text = "older than these, we love old stuff"
    entities = [at(text, "older", "year", "older"), at(text, "old stuff", "year", "old")]
    c = planned(after(text, entities, items=LIST_2015, genres=["drama"])).constraints
    assert c.year_max == 2014 and not c.older_than_years, c


@pytest.mark.parametrize("text, words, era", [("newer, from the last two years", "the last two years", "recent:3"),
                                              ("newer, past decade only", "past decade", "recent:10")])
def test_an_era_said_with_its_years_beside_newer_is_kept(text, words, era):
    entities = [at(text, "newer", "year", "newer"), at(text, words, "year", era)]
    c = planned(after(text, entities, items=LIST_2015, **DRAMAS_2015)).constraints
    assert c.recent_years == int(era.partition(":")[2]), c


def test_an_era_word_without_newer_is_kept():
    text = "my teens refuse old stuff"
    c = planned(after(text, [at(text, "old", "year", "recent:20")], items=LIST_2015, **DRAMAS_2015)).constraints
    assert c.recent_years == 20, c


STAND_UP = Constraints(genres=["stand-up"], actors=["Fortune Feimster"])


@pytest.mark.parametrize("text", ["fortune feimster's films instead then", "feimster movies then", "her real films",
                                  "movies with fortune feimster", "fortune’s actual films please"])
def test_the_persons_films_by_name_drop_the_stand_up(text):
    assert fiction_drops_forms(STAND_UP, text).genres == [], text


@pytest.mark.parametrize("text", ["more fortune feimster stand-up", "fortune feimster's other specials",
                                  "other movies", "movies from the same year"])
def test_near_misses_keep_the_stand_up(text):
    assert fiction_drops_forms(STAND_UP, text).genres == ["stand-up"], text


def test_named_persons_movies_instead_is_planned_without_stand_up():
    text = "ok fortune feimster's movies rather"
    entities = [at(text, "fortune feimster", "actor", "Fortune Feimster"), at(text, "movies", "media_type", "movie")]
    plan = planned(after(text, entities, genres=["stand-up"], actors=["Fortune Feimster"]))
    c = plan.constraints
    assert c.actors == ["Fortune Feimster"] and "stand-up" not in c.genres and c.media_type == ["movie"], c


@pytest.mark.parametrize("text, phrase, value", [("or maybe a sports one?", "sports", "sports"),
                                                 ("hmm or a music one", "music", "music")])
def test_an_alternative_offered_with_or_replaces_the_genre(text, phrase, value):
    plan = planned(after(text, [at(text, phrase, "genre", value)], genres=["drama"], media_type=["movie"]))
    assert plan.constraints.genres == [value] and plan.constraints.media_type == ["movie"], plan.constraints


@pytest.mark.parametrize("text, phrase, value", [("maybe a sports one?", "sports", "sports"),
                                                 ("or with some romance", "romance", "romance")])
def test_without_the_leading_or_a_subject_or_an_addition_still_joins(text, phrase, value):
    plan = planned(after(text, [at(text, phrase, "genre", value)], genres=["drama"]))
    assert set(plan.constraints.genres) == {"drama", value}, plan.constraints


def test_or_a_form_after_a_subject_replaces_it():
    text = "or maybe a doc?"
    plan = planned(after(text, [at(text, "doc", "genre", "documentary")], genres=["sports"]))
    assert plan.constraints.genres == ["documentary"], plan.constraints
    narrowing = "maybe a doc?"  # near miss: no "or", the form narrows the subject (round 18b)
    plan = planned(after(narrowing, [at(narrowing, "doc", "genre", "documentary")], genres=["sports"]))
    assert set(plan.constraints.genres) == {"sports", "documentary"}, plan.constraints


@pytest.mark.parametrize("text", ["or maybe something scary?", "hmm, or something scary"])
def test_or_a_mood_puts_its_family_in_place_of_the_genre(text):
    plan = planned(after(text, [at(text, "scary", "mood", "scary")], genres=["comedy"]))
    assert "comedy" not in plan.constraints.genres and set(plan.constraints.any_genres) == {"horror", "thriller"}, \
        plan.constraints


def test_a_mood_without_or_still_narrows_the_genre():
    text = "maybe something scary?"
    plan = planned(after(text, [at(text, "scary", "mood", "scary")], genres=["comedy"]))
    assert "comedy" in plan.constraints.genres, plan.constraints


@pytest.mark.parametrize("text", ["fine, anything with harvey keitel", "ugh whatever, anything starring harvey keitel"])
def test_giving_up_for_a_person_pivots_to_them(text):
    e = at(text, "harvey keitel", "actor", "Harvey Keitel")
    plan = planned(after(text, [e], genres=["comedy"], year_min=1990, year_max=1999, max_minutes=90))
    c = plan.constraints
    assert c.actors == ["Harvey Keitel"] and not c.genres and not (c.year_min or c.max_minutes), c


def test_anything_with_a_person_without_resignation_filters_the_search():
    text = "anything with harvey keitel"
    plan = planned(after(text, [at(text, "harvey keitel", "actor", "Harvey Keitel")], genres=["comedy"]))
    assert plan.constraints.genres == ["comedy"] and plan.constraints.actors == ["Harvey Keitel"], plan.constraints


def test_never_mind_with_a_genre_takes_back_the_genre_only():
    """Round 18b's rule stands: "never mind, any drama" after kids' films replaces the genre, the rest kept."""
    text = "never mind, any adventure"
    assert gives_up_the_narrowing(text, [at(text, "adventure", "genre", "action")]) is None
