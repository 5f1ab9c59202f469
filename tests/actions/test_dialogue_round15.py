"""Dialogue round 15 (issue 10, round 14 part C): 1. a follow-up that rules something out and names a format edits
the search (its people, genres, origin stay); "real", "proper", "actual" are never query words; 2. narrowing words
("<genre> specifically", "in particular", "among those") add the genre to the search's, else the genre alone;
3. a first request naming genres in different clauses answers with titles of either side when none has them all;
4. "give me a special" asks for stand-up specials, which the catalog types Movie. Sentences are this module's own;
near-misses must not trigger."""

from __future__ import annotations

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)
from planned_turns import after, at, planned

from actions.constraints import says_only_exclusions
from actions.entities import EXCLUDE, Entity
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn
from contract.words import is_content_word


def first(text: str, entities: list[Entity]) -> Plan:
    plan = plan_recommendation(Turn("test", "request_recommendation", text, entities, {}))
    assert isinstance(plan, Plan), plan
    return plan


# -- 1. an exclusion said with a format ----------------------------------------------------------------------------

def test_an_exclusion_with_a_format_only_narrows() -> None:
    assert says_only_exclusions([Entity("genre", "documentary", EXCLUDE), Entity("media_type", "movie")])


@pytest.mark.parametrize("entities", [
    [Entity("media_type", "movie")],  # a format alone is no exclusion
    [Entity("genre", "documentary", EXCLUDE), Entity("genre", "comedy")],  # a genre wanted beside it
])
def test_a_format_alone_or_a_wanted_genre_is_not_only_exclusions(entities: list[Entity]) -> None:
    assert not says_only_exclusions(entities)


@pytest.mark.parametrize("word", ["real", "proper", "actual", "genuine", "works", "wins", "stand"])
def test_words_of_genuineness_and_agreement_are_never_query_words(word: str) -> None:
    assert not is_content_word(word)


def test_ruling_out_specials_for_real_films_keeps_the_person() -> None:
    text = "hmm not his stand up stuff, real films"
    plan = planned(after(text, [at(text, "stand up", "genre", "stand-up", EXCLUDE), at(text, "films", "media_type", "movie")],
                         "request_recommendation", actors=["Steve Martin"]))
    c = plan.constraints
    assert (c.actors, c.exclude_genres, c.media_type, c.query) == (["Steve Martin"], ["stand-up"], ["movie"], None), c


def test_ruling_out_docs_for_proper_movies_keeps_genre_and_origin() -> None:
    text = "no docs tho, proper movies please"
    plan = planned(after(text, [at(text, "docs", "genre", "documentary", EXCLUDE),
                                at(text, "movies", "media_type", "movie")],
                         "request_recommendation", genres=["sports"], countries=["GB"]))
    c = plan.constraints
    assert (c.genres, c.countries, c.exclude_genres, c.media_type, c.query) == (
        ["sports"], ["GB"], ["documentary"], ["movie"], None), c


def test_ruling_out_animation_for_actual_series_keeps_the_origin() -> None:
    text = "nothing animated, actual series"
    plan = planned(after(text, [at(text, "animated", "genre", "animation", EXCLUDE),
                                at(text, "series", "media_type", "series")],
                         "request_recommendation", countries=["JP"]))
    c = plan.constraints
    assert (c.countries, c.exclude_genres, c.media_type, c.query) == (["JP"], ["animation"], ["series"], None), c


def test_a_new_genre_wanted_beside_an_exclusion_still_replaces_the_genre() -> None:
    text = "no horror, a comedy series"
    plan = planned(after(text, [at(text, "horror", "genre", "horror", EXCLUDE), at(text, "comedy", "genre", "comedy"),
                                at(text, "series", "media_type", "series")],
                         "request_recommendation", genres=["thriller"]))
    assert plan.constraints.genres == ["comedy"], plan.constraints


async def test_real_films_instead_of_specials_stay_the_comedians(api: str, convo: Conversation) -> None:
    text = "anything with fortune feimster"
    await convo.say("request_recommendation", [located(text, "fortune feimster", "actor", "Fortune Feimster")], text)
    assert convo.items, convo.text
    text = "not the stand up specials, real films"
    await convo.say("request_recommendation", [located(text, "stand up specials", "genre", "stand-up", EXCLUDE),
                                               located(text, "films", "media_type", "movie")], text)
    assert convo.items, convo.text
    assert (convo.applied or {}).get("actors") == ["Fortune Feimster"], convo.applied
    assert all("stand-up" not in i["genres"] and i["type"] == "movie" for i in convo.items), convo.text


# -- 2. narrowing words add the genre --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,phrase", [
    ("documentaries specifically", "documentaries"),
    ("ok particularly the docs", "docs"),
    ("the documentary ones among those", "documentary"),
    ("docs in particular pls", "docs"),
])
def test_a_genre_with_narrowing_words_joins_the_search(text: str, phrase: str) -> None:
    plan = planned(after(text, [at(text, phrase, "genre", "documentary")], "refine", genres=["sports"]))
    assert plan.constraints.genres == ["sports", "documentary"], plan.constraints
    assert plan.unless_empty is not None and plan.unless_empty.genres == ["documentary"], plan.unless_empty
    assert not plan.constraints.query, plan.constraints


# a bare "documentaries" after sports films narrows to sports documentaries (round 20e: test_forms_after_subjects20e)
@pytest.mark.parametrize("text", ["documentaries instead", "i meant documentaries"])
def test_a_genre_without_narrowing_words_replaces_the_search_genre(text: str) -> None:
    plan = planned(after(text, [at(text, "documentaries", "genre", "documentary")], "refine", genres=["sports"]))
    assert plan.constraints.genres == ["documentary"], plan.constraints


async def test_documentaries_specifically_after_sports_films_are_sports_documentaries(
        api: str, convo: Conversation) -> None:
    text = "sports films"
    await convo.say("request_recommendation", [located(text, "sports", "genre", "sports")], text)
    assert convo.items, convo.text
    text = "documentaries in particular"
    await convo.say("refine", [located(text, "documentaries", "genre", "documentary")], text)
    assert convo.items, convo.text
    assert all({"sports", "documentary"} <= set(i["genres"]) for i in convo.items), convo.text


async def test_a_narrowing_genre_no_title_has_with_the_search_gives_that_genre(api: str, convo: Conversation) -> None:
    text = "some sports movies"
    await convo.say("request_recommendation", [located(text, "sports", "genre", "sports")], text)
    text = "stand-up specifically"
    await convo.say("refine", [located(text, "stand-up", "genre", "stand-up")], text)
    assert convo.items, convo.text
    assert all("stand-up" in i["genres"] for i in convo.items), convo.text
    assert "Nothing here is both" in convo.text, convo.text


# -- 3. different people's genres in one first request ---------------------------------------------------------------

def test_genres_of_different_clauses_fall_back_to_either() -> None:
    text = "my bf is into horror, i want a musical, what could we both handle"
    plan = first(text, [at(text, "horror", "genre", "horror"), at(text, "musical", "genre", "music")])
    assert plan.constraints.genres == ["horror", "music"], plan.constraints
    assert plan.unless_empty is not None and plan.unless_empty.any_genres == ["horror", "music"], plan.unless_empty
    assert not plan.constraints.query, plan.constraints


@pytest.mark.parametrize("text,phrases", [
    ("a crime comedy", [("crime", "crime"), ("comedy", "comedy")]),
    ("romantic comedy for tonight", [("romantic comedy", "romance"), ("romantic comedy", "comedy")]),
])
def test_genres_of_one_phrase_stay_required_together(text: str, phrases: list[tuple[str, str]]) -> None:
    plan = first(text, [at(text, p, "genre", v) for p, v in phrases])
    assert plan.unless_empty is None, plan.unless_empty


async def test_romcoms_for_one_and_crime_for_the_other_answers_either(api: str, convo: Conversation) -> None:
    text = "my partner likes romcoms, i like crime, something we both can stand"
    await convo.say("request_recommendation", [located(text, "romcoms", "genre", "romance"),
                                               located(text, "romcoms", "genre", "comedy"),
                                               located(text, "crime", "genre", "crime")], text)
    assert convo.items, convo.text
    assert all({"romance", "comedy", "crime"} & set(i["genres"]) for i in convo.items), convo.text
    assert "Nothing here is all of" in convo.text, convo.text


async def test_two_tastes_some_title_shares_stay_required_together(api: str, convo: Conversation) -> None:
    text = "he wants action, she wants comedy, what works for both"
    await convo.say("request_recommendation", [located(text, "action", "genre", "action"),
                                               located(text, "comedy", "genre", "comedy")], text)
    assert convo.items, convo.text
    assert all({"action", "comedy"} <= set(i["genres"]) for i in convo.items), convo.text
    assert "Nothing here" not in convo.text, convo.text


# -- 4. a special is a stand-up special -------------------------------------------------------------------------------

def test_a_special_asks_for_stand_up_films() -> None:
    text = "ok a special then"
    plan = planned(after(text, [at(text, "special", "media_type", "special")], "refine", genres=["comedy"]))
    assert plan.constraints.media_type == ["movie"], plan.constraints
    assert "stand-up" in plan.constraints.genres, plan.constraints


def test_movies_or_specials_keep_both_formats() -> None:
    text = "movies or specials"
    plan = first(text, [at(text, "movies", "media_type", "movie"), at(text, "specials", "media_type", "special")])
    assert plan.constraints.media_type == ["movie", "special"], plan.constraints


async def test_stand_up_is_fine_give_me_a_special_after_a_light_comedy_search(api: str, convo: Conversation) -> None:
    text = "something funny and chill, a comedy to relax"
    await convo.say("request_recommendation", [located(text, "funny", "mood", "funny"),
                                               located(text, "chill", "mood", "light"),
                                               located(text, "comedy", "genre", "comedy"),
                                               located(text, "relax", "mood", "relaxing")], text)
    assert convo.items, convo.text
    text = "stand up's ok actually, one of those specials"
    await convo.say("refine", [located(text, "stand up", "genre", "stand-up"),
                               located(text, "specials", "media_type", "special")], text)
    assert convo.items, convo.text
    assert all("stand-up" in i["genres"] and i["type"] == "movie" for i in convo.items), convo.text
