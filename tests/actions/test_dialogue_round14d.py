"""Round 14, helper D (actions): a terse request whose only constraint is a topic that implies a genre ("any
westerns?", "zombie flicks?") or a request cue with a content word falls to ``nlu_fallback`` with no constraint
entity (the topic is a query word); ``actions/fallback.py`` reads it as a request (``asks_for_a_topic``). Gibberish and
requests the bot cannot serve stay not understood. Picks are judged on their catalog record (real recommender over
the fixture catalog).
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, convo  # noqa: E402,F401
from real_recommender import item  # noqa: E402,F401

from actions.fallback import asks_for_a_topic  # noqa: E402


@pytest.mark.parametrize("text", ["any westerns?", "zombie flicks?", "got any samurai stuff?", "ninja ones?",
                                  "spy stuff maybe", "got anything about volcanoes", "looking for submarine films"])
def test_a_topic_or_a_cue_with_a_content_word_asks_for_titles(text: str) -> None:
    assert asks_for_a_topic(text), text


@pytest.mark.parametrize("text", ["asdfghjkl", "what's the weather", "can you order pizza", "do you have a minute",
                                  "show me how you work", "hmm", "/restart"])
def test_gibberish_and_other_errands_ask_for_nothing(text: str) -> None:
    assert not asks_for_a_topic(text), text


@pytest.mark.parametrize("text, genres", [("any westerns?", {"action"}), ("zombie flicks?", {"horror"}),
                                          ("got any heist stuff?", {"thriller", "action", "crime"})])
async def test_a_topic_alone_at_low_confidence_gets_titles_of_its_genres(api: str, convo: Conversation, text: str,
                                                                        genres: set[str]) -> None:
    await convo.say("nlu_fallback", [], text)
    assert convo.items, convo.text
    assert convo.slots.get("failures") == 0, convo.slots
    for pick in convo.items:
        record: dict[str, Any] = item(api, pick["id"])
        assert genres & set(record["genres"]), record


@pytest.mark.parametrize("text", ["asdfghjkl", "what's the weather", "can you order pizza"])
async def test_nonsense_and_errands_stay_not_understood(api: str, convo: Conversation, text: str) -> None:
    await convo.say("nlu_fallback", [], text)
    assert convo.responses == ["utter_default"] and not convo.items, convo.text
