"""A "not <title>" after a list showing it, read by the intent classifier as a like: the title named is turned down
(role exclude), so the list comes again without it and nothing is praised or recorded (actions/feedback.py). Runs the
real recommender on the fixture catalog."""

from __future__ import annotations

from typing import Any

from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

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
