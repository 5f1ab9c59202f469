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

from actions.constraints import mood_genre_family
from actions.entities import Entity
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn
from contract import wording
from contract.constraints import Constraints

ITEMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "movie", "year": 2015, "duration_minutes": 100}
         for i in range(1, 6)]


def at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def after(text: str, entities: list[Entity], intent: str = "refine", **slots: Any) -> Turn:
    state: dict[str, Any] = {"last_items": ITEMS, "shown_ids": [i["id"] for i in ITEMS]}
    state.update(slots)
    return Turn("test", intent, text, list(entities), state)


def planned(t: Turn) -> Plan:
    plan = plan_recommendation(t)
    assert isinstance(plan, Plan)
    return plan


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
