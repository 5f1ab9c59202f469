"""Round 25c: negation scope, genre composition and "family" words, through the real extractor (the bundled catalog's
gazetteer) and the planner (no recommender, no Rasa). Phrasings are this module's own.

1. A negation rules out the genres of its own clause, never asks for them: examples after "like" ("nothing noisy like
   war films", ``negation.EXAMPLE_MARKERS``), a modifier with a hyphened ending ("no artsy-y dramas"), "exclude" as a
   command, a title as a likeness before a shelf ("<title>-type korean stuff"); a sub-kind of the genre asked for
   ("thrillers, but not the serial killer kind") leaves the genre asked for (``negation._part_of_a_genre``).
2. A region narrowed by a country ruled out ("scandinavian dramas, nothing danish") keeps its genre and the rest of the
   region (``negation._region_members_excluded``).
3. Topics ruled out that mean a genre: "not about a murder" is no crime (genres.py ``EXTRA``), an age word before a
   genre ruled out is its modifier ("no teenage romance stuff": romance goes, no audience); "nothing sad" is no drama
   and "nothing dark" no horror (constraints ``MOOD_EXCLUDES_GENRE``).
4. "family" before a genre noun is the kids shelf with it ("a family fantasy film", ``childrens.family_as_kind``);
   before a format noun it stays an audience; "no cartoons, she says those are for toddlers" is a reason, no audience.
5. "music docs, not the concert ones" keeps films (genres.py ``_said_again``).
6. A bare bound after a season count re-says it ("not 2 seasons, more like at least 4").
"""

from __future__ import annotations

import pytest

from actions.entities import Entity, parse_entities
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn
from nlu_cases import TODAY


@pytest.fixture(scope="module")
def read(extractor):
    return lambda text: parse_entities(extractor.extract(text, TODAY), text)


def genres(entities: list[Entity]) -> set[tuple[str, str | None]]:
    return {(e.value, e.role) for e in entities if e.name == "genre"}


# -- 1. negation scope ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, excluded", [
    ("a calm evening, nothing noisy like action flicks", "action"),
    ("nothing gloomy like dramas please", "drama"),
    ("sci-fi is fine but no creepy stuff like horror", "horror"),
    ("no artsy-y dramas tonight", "drama"),
    ("comedies please, exclude stand-up", "stand-up"),
])
def test_the_genres_of_a_negated_clause_are_ruled_out(read, text, excluded):
    got = genres(read(text))
    assert (excluded, "exclude") in got and (excluded, None) not in got, got


def test_a_title_as_a_likeness_rules_out_the_shelf_after_it(plan):
    c = plan("a thriller series, but i'm tired of squid game-type korean stuff")
    assert "ko" in c.exclude_languages or "South Korea" in c.exclude_countries, c
    assert "ko" not in c.languages and "South Korea" not in c.countries
    assert c.genres == ["thriller"]


@pytest.mark.parametrize("text, genre", [
    ("thrillers, but not the detective kind", "thriller"),
    ("a horror movie, no zombies though", "horror"),
])
def test_a_sub_kind_ruled_out_leaves_the_genre_asked_for(plan, text, genre):
    c = plan(text)
    assert genre in c.genres and genre not in c.exclude_genres, c


def test_near_miss_the_genre_named_itself_is_still_ruled_out(plan):
    c = plan("something funny, but no comedies")
    assert "comedy" in c.exclude_genres


# -- 2. a region narrowed ---------------------------------------------------------------------------------------------

def test_a_region_narrowed_keeps_its_genre_and_the_other_countries(plan):
    c = plan("scandinavian crime, nothing from sweden")
    assert "crime" in c.genres and "Sweden" in c.exclude_countries, c
    assert "Sweden" not in c.countries and "Norway" in c.countries
    assert not c.exclude_origin_genres


# -- 3. topics and moods that mean a genre ----------------------------------------------------------------------------

def test_a_murder_ruled_out_is_no_crime(plan):
    assert "crime" in plan("a documentary, just not about a murder").exclude_genres


def test_an_age_word_before_a_ruled_out_genre_is_its_modifier(plan):
    c = plan("a movie for my 8 year old, nothing with teenage romance in it")
    assert "romance" in c.exclude_genres and "kids" not in c.exclude_genres, c


@pytest.mark.parametrize("text, excluded", [
    ("a western maybe, nothing sad", "drama"),
    ("no dark stuff, something for a lazy sunday", "horror"),
])
def test_moods_ruled_out_rule_out_their_genre(plan, text, excluded):
    assert excluded in plan(text).exclude_genres


def test_near_miss_a_mood_only_softened_rules_out_nothing(plan):
    assert "drama" not in plan("a sad film, but not too sad").exclude_genres


def test_near_miss_scary_softened_still_rules_out_horror(plan):
    # scary stands for thrillers too: softened, it is the thriller without the horror (as before round 25c)
    c = plan("something spooky, but nothing too spooky")
    assert "horror" in c.exclude_genres and c.genres == ["thriller"], c


# -- 4. "family" ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, genre", [
    ("a family fantasy film for the weekend", "fantasy"),
    ("any family sci-fi?", "sci-fi"),
    ("cartoon family action movie", "action"),
])
def test_family_before_a_genre_is_the_kids_shelf_with_it(plan, text, genre):
    c = plan(text)
    assert {"kids", genre} <= set(c.genres) and "anime" not in c.genres, c


@pytest.mark.parametrize("text", ["a family movie night on sunday", "we'll watch as a family, a comedy"])
def test_near_miss_family_before_a_format_or_as_company_is_an_audience(plan, text):
    c = plan(text)
    assert "kids" not in c.genres and c.audience == "family", c


def test_a_dismissal_pointing_back_is_a_reason_not_an_audience(plan):
    c = plan("me and my cousin, she's 14, no cartoons, she says those are for toddlers")
    assert c.audience == "teen" and {"kids", "anime"} <= set(c.exclude_genres), c


# -- 5. a part of the genre is no format ------------------------------------------------------------------------------

def test_a_sub_kind_before_a_format_noun_keeps_the_format(plan):
    c = plan("music docs about a band's story, not concert movies")
    assert {"music", "documentary"} <= set(c.genres) and "movie" in (c.media_type or ["movie"]), c
    assert c.media_type in ([], ["movie"]), c


# -- 6. a bare bound after a season count -----------------------------------------------------------------------------

def test_a_bare_bound_after_a_season_count_re_says_it(plan):
    c = plan("a finished drama series, not 2 seasons, more like at least 4")
    assert c.min_seasons == 4, c


def test_near_miss_a_bare_bound_with_a_noun_after_is_no_season_count(plan):
    c = plan("a series with 3 seasons, at least 2 of them good")
    assert c.min_seasons == 3 and c.max_seasons == 3, c


# -- 1b. a part of the search's genre ruled out in a follow-up ----------------------------------------------------------

def _follow_up(read, first: str, second: str):
    before = plan_recommendation(Turn("test", "request_recommendation", first, read(first), {}))
    items = [{"id": f"s{i}", "title": f"Title {i}", "type": "movie", "year": 2015, "duration_minutes": 100}
             for i in range(1, 6)]
    slots = {**before.constraints.to_slots(), "last_items": items, "shown_ids": [i["id"] for i in items]}
    got = plan_recommendation(Turn("test", "refine", second, read(second), slots))
    assert isinstance(got, Plan), got
    return got.constraints


def test_a_part_of_the_search_genre_ruled_out_keeps_the_genre(read):
    c = _follow_up(read, "any musicals?", "films only, no concerts and no docs")
    assert c.genres == ["music"] and "music" not in c.exclude_genres and "documentary" in c.exclude_genres, c


def test_a_fiction_word_after_documentaries_rules_the_documentaries_out(read):
    c = _follow_up(read, "nature documentaries", "the fictionalised ones instead")
    assert "documentary" not in c.genres and "documentary" in c.exclude_genres, c


def test_near_miss_the_search_genre_named_itself_is_swapped(read):
    c = _follow_up(read, "horror movies please", "no horror after all, a comedy")
    assert c.genres == ["comedy"] and "horror" in c.exclude_genres, c
