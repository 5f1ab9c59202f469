"""A "not <title>" after a list showing it, read by the intent classifier as a like: the title named is turned down
(role exclude), so the list comes again without it and nothing is praised or recorded (actions/feedback.py). Runs the
real recommender on the fixture catalog. And a title asked about with its kind before it or its maker after it ("do
you have the movie <title>", "<title>, of <director>?") is an availability question (actions/edits/asked_titles.py
``asks_if_available``)."""

from __future__ import annotations

from typing import Any

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)
from planned_turns import at

from actions.edits.asked_titles import asks_if_available
from actions.turn import Turn

OZARK = "s2768"


async def test_a_turned_down_title_read_as_a_like_is_left_out(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [located("crime series", "crime", "genre", "crime")], "crime series")
    shown: list[Any] = list(convo.slots.get("last_items") or [])
    assert shown, convo.text
    if OZARK not in shown:
        convo.slots["last_items"] = [OZARK, *shown[1:]]
    text = "hmm not ozark"
    await convo.say("feedback_like", [located(text, "ozark", "title", "Ozark", "exclude")], text)
    assert "Glad you liked" not in convo.text, convo.text
    again: list[Any] = convo.slots.get("last_items") or []
    assert again and OZARK not in again, convo.text


async def test_a_like_of_a_title_is_still_a_like(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [located("crime series", "crime", "genre", "crime")], "crime series")
    convo.slots["last_items"] = [OZARK, *(convo.slots.get("last_items") or [])[1:]]
    text = "ozark was a good one"
    await convo.say("feedback_like", [located(text, "ozark", "title", "Ozark")], text)
    assert "Glad you liked Ozark" in convo.text, convo.text


@pytest.mark.parametrize("text, kind", [
    ("do u have the movie the irishman?", "the movie"),
    ("you have the film the irishman, of scorsese?", "the film"),
    ("got the movie the irishman by scorsese", "the movie"),
])
def test_availability_of_a_title_named_with_its_kind_or_maker(text: str, kind: str) -> None:
    word = kind.split()[1]
    turn = Turn("t", "request_recommendation", text, [at(text, word, "media_type", "movie"),
                                                      at(text, "the irishman", "title", "The Irishman")], {})
    assert asks_if_available(turn)


@pytest.mark.parametrize("text", [
    "do you have a movie like the irishman",          # a likeness: titles like it
    "do you have the irishman or some other movie",   # more than the title after it
])
def test_near_misses_are_no_availability_question(text: str) -> None:
    entities = [at(text, "the irishman", "title", "The Irishman", "similar" if " like " in text else None)]
    if "movie" in text:
        entities.append(at(text, "movie", "media_type", "movie"))
    assert not asks_if_available(Turn("t", "request_recommendation", text, entities, {}))
