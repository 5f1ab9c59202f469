"""Review 1 (mend B), the action side: a person named as feedback with no list shown is a search for that person
(actions/feedback.py). Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, convo, located  # noqa: E402,F401
from real_recommender import api, recommender_url  # noqa: E402,F401


async def test_a_person_named_as_feedback_with_nothing_shown_is_a_search(api: str, convo: Conversation) -> None:
    text = "ryan reynolds? the sarcastic one not gosling"
    await convo.say("feedback_like", [located(text, "ryan reynolds", "actor", "Ryan Reynolds")], text=text)
    assert "Which title" not in convo.text, convo.text



@pytest.mark.parametrize("intent", ["feedback_like", "feedback_dislike", "feedback_seen"])
@pytest.mark.parametrize("second", [("unknown_person", "Gosling", None), ("actor", "Ryan Gosling", "exclude")])
async def test_a_person_beside_another_turned_down_is_a_search_under_any_feedback_label(
        api: str, convo: Conversation, intent: str, second: tuple[str, str, str | None]) -> None:
    text = "ryan reynolds? the sarcastic one not gosling"
    turned_down = located(text, "gosling", second[0], second[1], second[2])
    await convo.say(intent, [located(text, "ryan reynolds", "actor", "Ryan Reynolds"), turned_down], text=text)
    assert "Which title" not in convo.text, convo.text


async def test_feedback_with_no_person_and_nothing_shown_still_asks_which(api: str, convo: Conversation) -> None:
    await convo.say("feedback_dislike", [], text="the sarcastic one was bad")  # near-miss: no person, no list
    assert "Which title" in convo.text, convo.text
