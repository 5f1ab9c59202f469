"""A "like <title>" request the intent classifier read as a dislike ("shows like <title>, but not <title> itself
obviously") is a like-search, and nothing is recorded (actions/feedback.py). Runs the real recommender on the
fixture catalog."""

from __future__ import annotations

from typing import Any

from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.entities import SIMILAR

OZARK = "s2768"


async def test_a_liked_title_read_as_a_dislike_gets_titles_like_it(api: str, convo: Conversation) -> None:
    text = "series like ozark, but not ozark itself obviously"
    await convo.say("feedback_dislike", [located(text, "ozark", "title", "Ozark", SIMILAR)], text)
    assert "not your thing" not in convo.text, convo.text
    assert convo.slots.get("similar_to") == OZARK, convo.slots
    shown: list[Any] = convo.slots.get("last_items") or []
    assert shown and OZARK not in shown, convo.text
