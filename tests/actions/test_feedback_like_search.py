"""A "like <title>" request the intent classifier read as a dislike ("shows like <title>, but not <title> itself
obviously") is a like-search, and nothing is recorded (actions/feedback.py). Runs the real recommender on the
fixture catalog."""

from __future__ import annotations

from typing import Any

from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)
from planned_turns import at

from actions.entities import SIMILAR
from actions.feedback import _only_likeness
from actions.turn import Turn

OZARK = "s2768"


async def test_a_liked_title_read_as_a_dislike_gets_titles_like_it(api: str, convo: Conversation) -> None:
    text = "series like ozark, but not ozark itself obviously"
    await convo.say("feedback_dislike", [located(text, "ozark", "title", "Ozark", SIMILAR)], text)
    assert "not your thing" not in convo.text, convo.text
    assert convo.slots.get("similar_to") == OZARK, convo.slots
    shown: list[Any] = convo.slots.get("last_items") or []
    assert shown and OZARK not in shown, convo.text


def test_a_dislike_of_a_shown_title_beside_a_like_title_stays_a_dislike() -> None:
    text = "the third one was awful, something like ozark instead"
    turn = Turn("t", "feedback_dislike", text, [at(text, "the third one", "position", "3"),
                                                at(text, "ozark", "title", "Ozark", SIMILAR)], {})
    assert not _only_likeness(turn)
