"""Going back to an earlier list (actions/earlier_lists.py): the searches of the lists shown are remembered
(``remember_lists``, bounded, the first kept), a back-reference makes one the current search again — the same list, or
fresh titles of it — whatever the intent label, and "the older of the two" picks within the list shown. Sentences are
this module's own; near-misses must not trigger."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from dialogue_driver import Conversation, convo, ent, located  # noqa: F401  (convo is a fixture)
from listed_searches import comedy_then_drama, ids
from rasa_sdk.events import SlotSet

from actions.earlier_lists import MAX_LISTS, back_reference, picked_by_comparative, remember_lists
from actions.entities import Entity
from actions.turn import EARLIER_LISTS, LAST_ITEMS, SHOWN_IDS, Turn


# -- the history --------------------------------------------------------------------------------------------------------

def _shown(n: int) -> list[Any]:
    return [SlotSet("genres", [f"g{n}"]), SlotSet(LAST_ITEMS, [{"id": f"s{n}", "title": f"T{n}"}]),
            SlotSet(SHOWN_IDS, [f"s{n}"])]


def _history_after(searches: list[int]) -> list[dict[str, Any]]:
    slots: dict[str, Any] = {}
    for n in searches:
        for event in remember_lists(slots, _shown(n)):
            slots[event["name"]] = event["value"]
    return slots[EARLIER_LISTS]


def test_the_history_is_bounded_and_keeps_the_first_search() -> None:
    history = _history_after(list(range(1, 9)))
    assert len(history) == MAX_LISTS
    assert [h["search"]["genres"] for h in history] == [["g1"], ["g5"], ["g6"], ["g7"], ["g8"]]


def test_a_search_shown_again_keeps_its_place() -> None:
    history = _history_after([1, 2, 1])
    assert [h["search"]["genres"] for h in history] == [["g1"], ["g2"]]
    assert history[0]["seq"] > history[1]["seq"]


def test_a_turn_showing_no_list_changes_no_history() -> None:
    events = [SlotSet("genres", ["comedy"]), SlotSet(LAST_ITEMS, None)]
    assert remember_lists({}, events) == events


# -- back to a list, whatever the label ---------------------------------------------------------------------------------

async def test_back_to_the_first_list_shows_it_again(api: str, convo: Conversation) -> None:
    first, _ = await comedy_then_drama(convo, "hmm dramas instead")
    await convo.say("nlu_fallback", [], "nah take me back to the first list pls")
    assert ids(convo) == first
    assert "comedy" in convo.applied["genres"] and "drama" not in convo.applied["genres"]
    assert "earlier" in convo.text


async def test_the_restored_search_is_edited_as_usual(api: str, convo: Conversation) -> None:
    await comedy_then_drama(convo, "hmm dramas instead")
    await convo.say("nlu_fallback", [], "ok return to the earlier ones")
    await convo.say("refine", [ent("audience", "teen", "cap")], "ok for teens though")
    assert "comedy" in convo.applied["genres"] and convo.applied.get("audience") == "teen"


async def test_the_genre_named_picks_the_list(api: str, convo: Conversation) -> None:
    first, _ = await comedy_then_drama(convo, "hmm dramas instead")
    text = "honestly the comedy ones were better, can you put them up again"
    await convo.say("something_else", [located(text, "comedy", "genre", "comedy")], text)
    assert ids(convo) == first


async def test_more_of_those_gives_fresh_titles_of_that_search(api: str, convo: Conversation) -> None:
    first, second = await comedy_then_drama(convo, "hmm dramas instead")
    await convo.say("something_else", [], "wait the previous batch was good, more of those")
    fresh = ids(convo)
    assert fresh and not set(fresh) & (set(first) | set(second))
    assert "comedy" in convo.applied["genres"]


async def test_previous_is_the_one_before_the_latest_and_first_the_first(api: str, convo: Conversation) -> None:
    first, second = await comedy_then_drama(convo, "hmm dramas instead")
    await convo.say("refine", [ent("genre", "horror"), ent("media_type", "movie")], "actually horror movies")
    await convo.say("nlu_fallback", [], "meh i preferred the list you showed before this one")
    assert ids(convo) == second
    await convo.say("nlu_fallback", [], "no no, the very first list, bring it back")
    assert ids(convo) == first


@pytest.mark.parametrize("text, entities", [
    ("the first one looks good", [ent("position", "1")]),  # a title of the list
    ("more like the second one", [ent("position", "2")]),
    ("show me something else", []),
    ("the other one looked better", []),  # a title, not a list
    ("the last one again?", []),
    ("go back to the 90s", [ent("year", "1990-1999")]),
    ("was the first list all comedies?", []),  # no return or preference said
    ("not the first ones", []),
    ("the first ones are cheesy, others?", []),
    ("first ones are boring", []),
    ("the older ones were better", [ent("year", "older")]),  # a year comparison, not a list
])
def test_near_misses_are_no_back_reference(text: str, entities: list[dict[str, Any]]) -> None:
    turn = _turn(text, entities)
    assert back_reference(turn) is None


def test_no_history_no_back_reference() -> None:
    turn = Turn("t", "nlu_fallback", "back to the first list", slots={})
    assert back_reference(turn) is None


def _turn(text: str, entities: list[dict[str, Any]]) -> Turn:
    from actions.entities import parse_entities
    history = [{"search": {"genres": ["comedy"]}, "items": [{"id": "s1"}], "shown": ["s1"], "seq": 1},
               {"search": {"genres": ["drama"]}, "items": [{"id": "s2"}], "shown": ["s2"], "seq": 2}]
    return Turn("t", "refine", text, parse_entities(entities, text),
                slots={"genres": ["drama"], EARLIER_LISTS: history, LAST_ITEMS: [{"id": "s2"}]})


# -- the older of the two -------------------------------------------------------------------------------------------------

_TWO = [{"id": "a", "title": "A", "year": 2015, "duration_minutes": 100},
        {"id": "b", "title": "B", "year": 2009, "duration_minutes": 130}]


@pytest.mark.parametrize("text, expected", [
    ("and the older of the two, please", "b"),
    ("the newer one of them", "a"),
    ("gimme the shorter of the two", "a"),
    ("which one is longer", "b"),
    ("which is the newer one?", "a"),
    ("something older", None),  # a search edit, not a pick
    ("older than those", None),
])
def test_a_comparative_of_the_list_picks_one_title(text: str, expected: Optional[str]) -> None:
    turn = Turn("t", "refine", text, [Entity("year", "older")] if "older" in text else [], slots={LAST_ITEMS: _TWO})
    assert picked_by_comparative(turn) == expected


async def test_the_older_of_the_two_answers_with_that_title(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [ent("genre", "comedy"), ent("media_type", "series")], "funny series")
    first = convo.slots[LAST_ITEMS][0]
    other = next(i for i in convo.slots[LAST_ITEMS] if i["year"] != first["year"])
    convo.slots[LAST_ITEMS] = [first, other]  # a list of two titles
    await convo.say("refine", [], "and the older of the two, please")
    older = min((first, other), key=lambda i: i["year"])
    assert convo.slots.get("focused_id") == older["id"] and older["title"] in convo.text


@pytest.mark.parametrize("text", ["lol no, the first ones, i can handle it", "nah the earlier list.", "the first lot",
                                  "original list pls"])
def test_the_list_named_alone_as_the_answer_goes_back(text: str) -> None:
    ref = back_reference(_turn(text, []))
    assert ref is not None and ref.entry["search"] == {"genres": ["comedy"]} and not ref.fresh


@pytest.mark.parametrize("text, fresh", [
    ("I enjoyed the previous list more. May I see it once more?", False),
    ("liked the earlier ones more, bring them back", False),
    ("the earlier ones were better, got any more like those", True),
    ("back to the first list, ones i haven't watched", True),
])
def test_more_as_a_degree_shows_the_same_list(text: str, fresh: bool) -> None:
    ref = back_reference(_turn(text, []))
    assert ref is not None and ref.fresh is fresh


@pytest.mark.parametrize("text, genres", [
    ("previous list pls", ["comedy"]),  # the latest that is not the search now (drama)
    ("hmm the other ones were better", ["comedy"]),
    ("the last batch was nicer, show it again", ["comedy"]),
])
def test_the_list_before_is_the_latest_other_search(text: str, genres: list[str]) -> None:
    ref = back_reference(_turn(text, []))
    assert ref is not None and ref.entry["search"]["genres"] == genres


@pytest.mark.parametrize("text", [
    "Could we return to my initial search please",
    "take me back to what i originally asked for",
    "can we go back to what i asked for in the first place?",
    "back to the original request, if you don't mind",
])
def test_the_first_request_named_by_the_asking_goes_back_to_the_first_list(text: str) -> None:
    ref = back_reference(_turn(text, []))
    assert ref is not None and ref.entry["search"] == {"genres": ["comedy"]}


@pytest.mark.parametrize("text", [
    "is there an original soundtrack for the second one",  # "original" of a title, no return to a list
    "what was my original request?",  # a question about it, no return asked
    "i meant it, great list",
])
def test_original_said_otherwise_is_no_return_to_the_first_list(text: str) -> None:
    assert back_reference(_turn(text, [])) is None
