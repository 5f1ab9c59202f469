"""Dialogue round 8: edit classes of the search, each by its rule, planned (pure) and against the real recommender
on the fixture catalog.

1. a genre said in words of addition joins the search's genres; 2. the search's person in the other role
("what has she directed"); 3. "a different comedian" turns the person down and keeps the rest exactly; 4. one of
the search's people by first name or surname; 5. a pivot to a title keeps only format, caps, bounds and
exclusions; 6. a turned-down origin keeps the viewer's genre while titles of it are left; 7. a genre wish said as
a sentence ("... would be perfect") keeps the search. Sentences are this module's own."""

from __future__ import annotations

from typing import Any

import pytest
from dialogue_driver import Conversation, convo, ent, located  # noqa: F401  (convo is a fixture)
from planned_turns import after, at, planned

from actions.edits.people_narrowing import find_people_narrowing
from actions.edits.person_roles import role_switch
from actions.edits.person_turn_downs import turns_down_person
from actions.edits.routing import carries_search_words
from actions.entities import Entity
from actions.planning import similarity_pivot_base
from contract.constraints import Constraints



def genres_of(convo: Conversation) -> list[set[str]]:
    return [set(i.get("genres") or []) for i in convo.items]


# -- 1. a genre in words of addition ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["throw some comedy into it", "a little comedy thrown in too",
                                  "and with a touch of comedy", "comedy as well please"])
def test_a_genre_in_words_of_addition_joins_the_search_genre(text: str) -> None:
    plan = planned(after(text, [at(text, "comedy", "genre", "comedy")], "request_recommendation",
                         genres=["action"], media_type=["movie"]))
    assert plan.constraints.genres == ["action", "comedy"] and plan.constraints.media_type == ["movie"]


@pytest.mark.parametrize("text", ["comedy", "a comedy instead", "no, comedy rather"])
def test_a_bare_or_swapped_genre_still_replaces(text: str) -> None:
    plan = planned(after(text, [at(text, "comedy", "genre", "comedy")], "request_recommendation",
                         genres=["action"], media_type=["movie"]))
    assert plan.constraints.genres == ["comedy"]


async def test_action_films_plus_comedy_are_both(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [ent("genre", "action", None, 0, 6), ent("media_type", "movie", None, 7, 13)],
                    "action movies")
    text = "and throw some comedy in"
    await convo.say("request_recommendation", [located(text, "comedy", "genre", "comedy")], text)
    assert convo.items and all({"action", "comedy"} <= g for g in genres_of(convo)), convo.text
    assert all(i["type"] == "movie" for i in convo.items)


# -- 2. the person in the other role -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["and the stuff he directed?", "has she ever directed anything",
                                  "the films directed by her", "what about her work as a director"])
def test_the_actor_as_director(text: str) -> None:
    t = after(text, [], "request_recommendation", actors=["Some Actor"], genres=["comedy"])
    assert role_switch(t) == "director" and carries_search_words(t)
    plan = planned(t)
    assert plan.constraints.directors == ["Some Actor"] and plan.constraints.actors == []
    assert set(plan.exclude_ids) >= set(t.shown_ids), "fresh picks"


def test_the_director_as_actor_and_no_switch_without_the_other_role() -> None:
    plan = planned(after("anything she acted in?", [], "refine", directors=["Some Director"]))
    assert plan.constraints.actors == ["Some Director"] and plan.constraints.directors == []
    assert role_switch(after("what else is he in", [], "refine", actors=["Some Actor"])) is None


async def test_what_has_she_directed_after_her_acting(api: str, convo: Conversation) -> None:
    text = "films starring natasha lyonne"
    await convo.say("request_recommendation", [located(text, "natasha lyonne", "actor", "Natasha Lyonne")], text)
    acted = {i["id"] for i in convo.items}
    await convo.say("request_recommendation", [], "ok and which ones has she directed")
    assert convo.applied and convo.applied.get("directors") == ["Natasha Lyonne"] and not convo.applied.get("actors")
    assert convo.items and not acted & {i["id"] for i in convo.items}, convo.text


# -- 3. a different comedian ---------------------------------------------------------------------------------

def test_a_different_comedian_drops_the_person_and_keeps_the_specials() -> None:
    text = "hmm a different comedian maybe"
    t = after(text, [at(text, "comedian", "genre", "stand-up")], "request_recommendation",
              actors=["Some Comic"], genres=["stand-up"], media_type=["movie"], audience="teen")
    assert turns_down_person(t)
    plan = planned(t)
    c = plan.constraints
    assert c.actors == [] and c.genres == ["stand-up"] and c.media_type == ["movie"] and c.audience == "teen"
    assert plan.exclude_people == (("Some Comic",), ())


async def test_another_comedian_after_a_comedians_special(api: str, convo: Conversation) -> None:
    text = "bo burnham stand-up"
    await convo.say("request_recommendation", [located(text, "bo burnham", "actor", "Bo Burnham"),
                                               located(text, "stand-up", "genre", "stand-up")], text)
    shown = {i["id"] for i in convo.items}
    text = "some other comic please"
    await convo.say("something_else", [located(text, "comic", "genre", "stand-up")], text)
    assert convo.applied and convo.applied.get("genres") == ["stand-up"] and not convo.applied.get("actors")
    assert convo.items and not shown & {i["id"] for i in convo.items}
    assert all("stand-up" in g for g in genres_of(convo)), "the specials, not plain comedy"


# -- 4. one of the people by part of the name --------------------------------------------------------------------

def test_a_first_name_or_surname_keeps_that_person() -> None:
    people = {"actors": ["Ann Example", "Bob Sample"], "genres": ["drama"]}
    for text, kept in (("only ann", ["Ann Example"]), ("the sample ones then", ["Bob Sample"]),
                       ("skip example", ["Bob Sample"])):
        t = after(text, [], "refine", **people)
        assert find_people_narrowing(t) is not None, text
        plan = planned(t)
        assert plan.constraints.actors == kept and plan.constraints.genres == ["drama"], text
    assert find_people_narrowing(after("only ann", [], "refine", actors=["Ann Example"])) is None


def test_a_whole_name_of_one_of_the_people_narrows_the_same_way() -> None:
    text = "only the ann example ones"
    plan = planned(after(text, [at(text, "ann example", "actor", "Ann Example")], "refine",
                         actors=["Ann Example", "Bob Sample"], genres=["drama"]))
    assert plan.constraints.actors == ["Ann Example"] and plan.constraints.genres == ["drama"]
    assert set(plan.exclude_ids) >= {"s1", "s2"}, "the titles with both were shown: fresh picks"


async def test_only_one_of_two_costars(api: str, convo: Conversation) -> None:
    text = "with robert de niro and joe pesci"
    await convo.say("request_recommendation", [located(text, "robert de niro", "actor", "Robert De Niro"),
                                               located(text, "joe pesci", "actor", "Joe Pesci")], text)
    await convo.say("refine", [], "just robert")
    assert convo.applied and convo.applied.get("actors") == ["Robert De Niro"], convo.text
    assert [i["title"] for i in convo.items] == ["Mean Streets"], "fresh picks with him alone"


# -- 5. a pivot to similarity -------------------------------------------------------------------------------------

def test_the_pivot_keeps_format_caps_bounds_and_exclusions_only() -> None:
    state = Constraints(genres=["drama"], countries=["India"], actors=["X"], year_min=1990, mood=["dark"],
                        media_type=["movie"], audience="teen", max_minutes=120, exclude_genres=["horror"],
                        exclude_languages=["ko"])
    base = similarity_pivot_base(state)
    assert base == Constraints(media_type=["movie"], audience="teen", max_minutes=120, exclude_genres=["horror"],
                               exclude_languages=["ko"])
    text = "more like the last one"
    plan = planned(after(text, [at(text, "the last one", "position", "last")], "more_like", genres=["drama"],
                         countries=["India"], media_type=["movie"]))
    assert plan.constraints.similar_to == "s5" and plan.constraints.genres == ["drama"]
    fallback = plan.unless_empty  # run when the search's filters leave no new title
    assert fallback is not None and fallback.similar_to == "s5" and fallback.genres == [] and fallback.countries == []


async def test_more_like_a_title_of_a_narrow_list_finds_new_ones(api: str, convo: Conversation) -> None:
    text = "classic sports films"
    await convo.say("request_recommendation", [located(text, "classic", "genre", "classic"),
                                               located(text, "sports", "genre", "sports"),
                                               located(text, "films", "media_type", "movie")], text)
    first = convo.items[0]["id"]
    shown = {i["id"] for i in convo.items}
    text = "more like the first one"
    await convo.say("more_like", [located(text, "the first one", "position", "1")], text)
    assert "seen all" not in convo.text, convo.text
    assert convo.items and not shown & {i["id"] for i in convo.items} and first not in {i["id"] for i in convo.items}
    assert all(i["type"] == "movie" for i in convo.items)


# -- 6. an origin turned down after the viewer's genre ----------------------------------------------------------

async def test_anime_not_from_japan_keeps_anime_when_some_is_from_elsewhere(api: str, convo: Conversation) -> None:
    text = "some anime shows"
    await convo.say("request_recommendation", [located(text, "anime", "genre", "anime"),
                                               located(text, "shows", "media_type", "series")], text)
    text = "none made in japan though"
    await convo.say("refine", [located(text, "japan", "country", "Japan", "exclude")], text)
    assert "left anime out" not in convo.text, convo.text
    assert convo.items and all("anime" in g for g in genres_of(convo)), convo.text


async def test_anime_dropped_with_its_origin_only_when_nothing_is_left(api: str, convo: Conversation) -> None:
    text = "japanese anime series"
    await convo.say("request_recommendation", [located(text, "japanese", "country", "Japan"),
                                               located(text, "anime", "genre", "anime"),
                                               located(text, "series", "media_type", "series")], text)
    text = "not japanese, korean ones"
    await convo.say("refine", [located(text, "japanese", "country", "Japan", "exclude"),
                               located(text, "korean", "language", "ko")], text)
    assert "anime" in convo.text.splitlines()[0].lower(), convo.text
    assert convo.items and all("anime" not in g for g in genres_of(convo))


# -- 7. a genre wish said as a sentence -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["a documentary would be ideal", "documentaries sound lovely to us",
                                  "a documentary is perfect then"])
def test_the_predicate_of_a_wish_is_no_topic(text: str) -> None:
    word = "documentaries" if "documentaries" in text else "documentary"
    plan = planned(after(text, [at(text, word, "genre", "documentary")], "request_recommendation",
                         audience="kids", media_type=["movie"]))
    c = plan.constraints
    assert c.genres == ["documentary"] and c.audience == "kids" and c.media_type == ["movie"] and c.query is None


def test_the_predicate_before_another_constraint_is_no_topic_either() -> None:
    text = "a western could be fun for the children"
    plan = planned(after(text, [at(text, "western", "genre", "western"), at(text, "children", "audience", "family")],
                         "request_recommendation", audience="family", media_type=["movie"]))
    assert plan.constraints.query is None and plan.constraints.media_type == ["movie"]


def test_a_topic_after_a_genre_is_still_a_topic() -> None:
    text = "a documentary about volcanoes"
    plan = planned(after(text, [at(text, "documentary", "genre", "documentary")], "request_recommendation",
                         audience="kids"))
    assert plan.constraints.query == "volcanoes"


async def test_a_genre_wish_after_a_family_message_keeps_the_cap_and_format(api: str, convo: Conversation) -> None:
    text = "our boys are 6 and 8, it is movie night at home and we only do films, nothing longer than 2 hours"
    await convo.say("request_recommendation", [located(text, "6 and 8", "audience", "kids"),
                                               located(text, "films", "media_type", "movie"),
                                               located(text, "nothing longer than 2 hours", "duration", "-120")], text)
    text = "a musical one would be wonderful"
    await convo.say("request_recommendation", [located(text, "musical", "genre", "music")], text)
    applied = convo.applied or {}
    assert applied.get("genres") == ["music"] and applied.get("media_type") == ["movie"], convo.text
    assert applied.get("audience") == "kids" and not applied.get("query")


async def test_the_other_role_read_as_a_details_question_is_still_searched(api: str, convo: Conversation) -> None:
    text = "films debbie allen directed"
    await convo.say("request_recommendation", [located(text, "debbie allen", "director", "Debbie Allen")], text)
    shown = {i["id"] for i in convo.items}
    await convo.say("ask_details", [], "and did she star in any")
    assert convo.applied and convo.applied.get("actors") == ["Debbie Allen"], convo.text
    assert convo.items and not shown & {i["id"] for i in convo.items}
