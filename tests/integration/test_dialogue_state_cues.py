"""On the REAL stack (web chat → gateway → Rasa with the real NLU → action server → recommender): searches
that read like a state change — two people "together", a genre "but no" some kind — are answered with
picks whatever the classifier calls them, and leave no link code and no standing filter behind
(actions/request_cues.py)."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat

pytestmark = pytest.mark.integration


# The current model labels the first link_account (0.59) and the second nlu_fallback (link_account second);
# the standing-filter phrasings are request_recommendation today: they guard against a retrained model.
@pytest.mark.parametrize("text", ["seth rogen with james franco together", "robert de niro and joe pesci together"])
async def test_two_people_together_get_an_answer_not_a_link_code(stack: Any, chat: WebChat, text: str) -> None:
    said = await chat.say(text)
    # picks, or (when no title has both) the honest answer with a button for each person: never the link code
    answered = said.recommendations is not None or "no title here has both" in said.text.lower()
    assert "link code" not in said.text.lower() and answered, said.text


@pytest.mark.parametrize("text", ["documentary series, but no crime ones", "a comedy show, but no animated ones"])
async def test_a_genre_but_no_kind_sets_no_standing_filter(stack: Any, chat: WebChat, text: str) -> None:
    said = await chat.say(text)
    assert not said.text.startswith("Got it: from now on") and said.recommendations is not None, said.text
    fresh = await chat.say("start over")
    assert fresh.text, fresh.text
    later = await chat.say("thrillers")
    applied = (later.recommendations or {}).get("constraints") or {}
    assert not applied.get("exclude_genres"), applied
