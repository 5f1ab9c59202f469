"""Issue 10, sixth round, the dialogue side (pure: no recommender, no Rasa).

1. A mood naming a genre family ("romantic", "funny", "scary") said as what the viewer wants narrows a search
   that already has a genre to both (``constraints.mood_genre_family``; the action keeps the mood soft when the
   combination has no titles: ``Plan.unless_empty``). A situation's moods stay soft.
4. After a director's list, "and <director>" asks for the new director (a film has one director); a cast member
   "too" is added (``edits.find_person_edit``).
5. A film search for a genre the catalog tags on series only says so in words (``wording.stand_in_note``).
"""

from __future__ import annotations

from typing import Any

from planned_turns import after, at, planned

from actions.constraints import mood_genre_family
from actions.entities import Entity
from contract import wording
from contract.constraints import Constraints


# -- 1. moods naming a genre family -----------------------------------------------------------------

def test_a_romantic_follow_up_after_dramas_asks_for_romantic_dramas_and_keeps_the_soft_search():
    text = "the lovey-dovey romantic kind"
    plan = planned(after(text, [at(text, "romantic", "mood", "romantic")], genres=["drama"],
                         media_type=["series"], languages=["ko"]))
    assert plan.constraints.genres == ["drama", "romance"] and plan.constraints.media_type == ["series"]
    assert plan.unless_empty is not None and plan.unless_empty.genres == ["drama"]
    assert plan.unless_empty.mood == ["romantic"], "without titles of both, the mood stays soft"


def test_a_mood_word_and_a_genre_in_one_message_ask_for_both():
    text = "something funny, a documentary"
    state = Constraints(genres=["documentary"], mood=["funny"])
    narrowed = mood_genre_family(state, [at(text, "funny", "mood", "funny"), at(text, "documentary", "genre",
                                                                                    "documentary")])
    assert narrowed is not None and narrowed.genres == ["documentary", "comedy"]


def test_a_second_mood_with_too_keeps_the_first_moods_genre():
    text = "make them funny as well"
    plan = planned(after(text, [at(text, "funny", "mood", "funny")], genres=["drama", "romance"],
                         mood=["romantic"]))
    assert plan.constraints.genres == ["drama", "romance", "comedy"]


def test_a_second_mood_without_too_swaps_the_first_moods_genre():
    text = "actually scary instead"
    plan = planned(after(text, [at(text, "scary", "mood", "scary")], genres=["drama", "romance"],
                         mood=["romantic"]))
    assert plan.constraints.genres == ["drama"] and plan.constraints.any_genres == ["horror", "thriller"]


def test_the_moods_of_a_situation_stay_soft_beside_a_genre():
    text = "a comedy for a chill evening with friends"
    start = text.index("a chill")
    moods = [Entity("mood", "funny", None, start, len(text)), Entity("mood", "romantic", None, start, len(text))]
    assert mood_genre_family(Constraints(genres=["comedy"]), moods) is None


def test_a_one_mood_situation_stays_soft_beside_a_genre():
    text = "a comedy for our anniversary"
    plan = planned(after(text, [at(text, "comedy", "genre", "comedy"), at(text, "anniversary", "mood", "romantic")]))
    assert plan.constraints.genres == ["comedy"] and plan.constraints.mood == ["romantic"]
    assert plan.unless_empty is None


def test_an_excluded_genre_is_never_brought_back_by_a_mood():
    text = "something romantic"
    state = Constraints(genres=["drama"], exclude_genres=["romance"])
    assert mood_genre_family(state, [at(text, "romantic", "mood", "romantic")]) is None


# -- 4. a second director is a new request, a second actor is added ------------------------------------

def test_and_something_by_another_director_replaces_the_director():
    text = "and also something by sofia coppola"
    plan = planned(after(text, [at(text, "sofia coppola", "director", "Sofia Coppola")], "request_recommendation",
                         directors=["Wes Anderson"], media_type=["movie"]))
    assert plan.constraints.directors == ["Sofia Coppola"] and plan.constraints.media_type == ["movie"]


def test_and_a_name_after_a_directors_list_is_read_as_the_next_director():
    text = "and sofia coppola?"
    plan = planned(after(text, [at(text, "sofia coppola", "actor", "Sofia Coppola")], "refine",
                         directors=["Wes Anderson"], media_type=["movie"]))
    assert plan.constraints.directors == ["Sofia Coppola"] and plan.constraints.actors == []


def test_directors_said_to_work_together_are_both_kept():
    text = "ones they co-directed together with sofia coppola"
    plan = planned(after(text, [at(text, "sofia coppola", "director", "Sofia Coppola")], "refine",
                         directors=["Wes Anderson"]))
    assert plan.constraints.directors == ["Wes Anderson", "Sofia Coppola"]


def test_an_actor_with_too_after_a_directors_list_is_added():
    text = "with bill murray too"
    plan = planned(after(text, [at(text, "bill murray", "actor", "Bill Murray")], "refine",
                         directors=["Wes Anderson"]))
    assert plan.constraints.directors == ["Wes Anderson"] and plan.constraints.actors == ["Bill Murray"]


# -- 5. a stand-in film genre said in words ------------------------------------------------------------

def test_the_crime_stand_in_is_said_in_words():
    assert wording.stand_in_note(["crime"], ["thriller"]) == \
        "No crime films are tagged here; these are thrillers about crime."


def test_a_stand_in_beside_a_genre_said_names_that_genre():
    assert wording.stand_in_note(["mystery"], ["drama"]) == \
        "No mystery films are tagged here; these are dramas about mystery."


# -- through the actions, on the real recommender (fixture catalog) ----------------------------------


import pytest  # noqa: E402

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, ent, convo  # noqa: E402,F401
from real_recommender import api_get  # noqa: E402,F401

from actions.entities import EXCLUDE  # noqa: E402


def span(text: str, phrase: str) -> tuple[int, int]:
    return text.index(phrase), text.index(phrase) + len(phrase)


def records(api: str, convo: Conversation) -> list[dict[str, Any]]:
    return [api_get(api, f"/api/items/{i['id']}")[1] for i in convo.items]


async def test_romantic_after_comedies_gets_romantic_comedies(api, convo):
    text = "comedy films"
    await convo.say("request_recommendation", [ent("genre", "comedy", None, *span(text, "comedy")),
                                               ent("media_type", "movie", None, *span(text, "films"))], text)
    text = "only the romantic kind"
    await convo.say("refine", [ent("mood", "romantic", None, *span(text, "romantic"))], text)
    assert convo.items
    assert all({"comedy", "romance"} <= set(r["genres"]) and r["type"] == "movie" for r in records(api, convo))


async def test_a_mood_whose_combination_has_no_titles_stays_soft(api, convo):
    text = "stand-up specials"
    await convo.say("request_recommendation", [ent("genre", "stand-up", None, *span(text, "stand-up"))], text)
    text = "something scary"
    await convo.say("refine", [ent("mood", "scary", None, *span(text, "scary"))], text)
    assert convo.items and all("stand-up" in r["genres"] for r in records(api, convo))
    assert convo.slots["genres"] == ["stand-up"] and convo.slots["mood"] == ["scary"]


async def test_turning_down_japan_after_anime_drops_anime_and_says_so(api, convo):
    text = "japanese anime series"
    await convo.say("request_recommendation", [ent("country", "Japan", None, *span(text, "japanese")),
                                               ent("genre", "anime", None, *span(text, "anime")),
                                               ent("media_type", "series", None, *span(text, "series"))], text)
    text = "hmm none from japan, korean ones then"
    await convo.say("refine", [ent("country", "Japan", EXCLUDE, *span(text, "japan")),
                               ent("language", "ko", None, *span(text, "korean"))], text)
    assert convo.items and "anime" in convo.text.lower().split("\n")[0]
    for r in records(api, convo):
        assert "anime" not in r["genres"] and "ko" in r["languages"] and r["type"] == "series"


async def test_stand_up_but_not_the_movies_keeps_the_specials(api, convo):
    await convo.say("request_recommendation", [ent("actor", "Kevin Hart", None, 0, 10)], "kevin hart")
    text = "just his stand-up comedy, none of the movies"
    await convo.say("refine", [ent("genre", "stand-up", None, *span(text, "stand-up comedy")),
                               ent("media_type", "movie", EXCLUDE, *span(text, "movies"))], text)
    assert convo.items
    assert all("stand-up" in r["genres"] and "Kevin Hart" in r["cast"] for r in records(api, convo))


async def test_crime_films_are_said_to_be_thrillers_about_crime(api, convo):
    text = "crime films"
    await convo.say("request_recommendation", [ent("genre", "crime", None, *span(text, "crime")),
                                               ent("media_type", "movie", None, *span(text, "films"))], text)
    assert "No crime films are tagged here; these are thrillers about crime." in convo.text
