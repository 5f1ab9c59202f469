"""A message that is one catalog title and nothing else, read by the intent classifier as a dislike or a like: no
word says either, so it asks for that title, as a title said alone does everywhere else since round 37 (its card,
"more like it" offered; actions/edits/asked_titles.asks_for_a_title_by_name); nothing is recorded. A dislike said in words stays a dislike. Runs the real recommender on the
fixture catalog."""

from __future__ import annotations

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

OZARK = "s2768"


@pytest.mark.parametrize("intent, text", [("feedback_dislike", "ozark"), ("feedback_like", "Ozark?"),
                                          ("feedback_dislike", '"ozark"')])
async def test_a_title_alone_read_as_feedback_is_its_card(api: str, convo: Conversation, intent: str,
                                                          text: str) -> None:
    await convo.say(intent, [located(text, text.strip('"?'), "title", "Ozark")], text)
    assert "not your thing" not in convo.text and "Glad you liked" not in convo.text, convo.text
    assert "Here's Ozark" in convo.text and convo.slots.get("focused_id") == OZARK, convo.text


async def test_a_dislike_in_words_is_still_a_dislike(api: str, convo: Conversation) -> None:
    text = "ozark was boring"
    await convo.say("feedback_dislike", [located(text, "ozark", "title", "Ozark")], text)
    assert "Ozark" in convo.text and not convo.slots.get("last_items"), convo.text
