"""A state-changing intent acts only on a message carrying its cues (actions/request_cues.py); a search the
classifier mislabelled as one is answered as a search, against the REAL recommender, and changes nothing."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402
from real_recommender import api_post  # noqa: E402,F401

from actions.privacy import ActionPersonalization, ActionPrivacySummary  # noqa: E402
from actions.profile import ActionLinkAccount, ActionLinkCode, ActionStanding, ActionUnlink, code_in  # noqa: E402
from actions.request_cues import CUES, carries_request_cues  # noqa: E402
from actions.turn import Turn  # noqa: E402
from contract import plain  # noqa: E402
from contract.payloads import from_rasa  # noqa: E402

NLU = Path(__file__).resolve().parents[2] / "data" / "nlu.yml"


def examples(intent: str) -> list[str]:
    block = re.search(rf"- intent: {intent}\n  examples: \|\n((?:    - .*\n)+)", NLU.read_text())
    assert block, intent
    return [line.strip()[2:] for line in block.group(1).splitlines()]


@pytest.mark.parametrize("intent", sorted(CUES))
def test_every_training_example_of_the_intent_carries_its_cues(intent: str) -> None:
    missing = [t for t in examples(intent) if not carries_request_cues(Turn("u", intent, t))]
    assert missing == []


def test_a_code_may_come_before_the_word_code() -> None:
    assert code_in("R2D7NP is my code") == "R2D7NP" and code_in("my code is K7M2QX") == "K7M2QX"


async def act(action: type, user: str, intent: str, text: str, entities: list[dict[str, Any]]) -> tuple[str, list]:
    latest = {"intent": {"name": intent, "confidence": 0.9}, "text": text, "entities": entities}
    dispatcher = CollectingDispatcher()
    events = await action().run(dispatcher, Tracker(user, {}, latest, [], False, None, {}, "action_listen"), {})
    return "\n".join(plain.render(from_rasa(m)) for m in dispatcher.messages), events


def searched(events: list) -> bool:
    return any(e.get("event") == "slot" and e.get("name") in ("last_items", "pending_relaxation") for e in events)


async def test_two_people_together_labelled_link_account_is_a_search_not_a_code(api: str) -> None:
    me = f"web:{uuid.uuid4().hex[:8]}"
    text, events = await act(ActionLinkAccount, me, "link_account", "tom hanks and meg ryan in one film",
                             [{"entity": "actor", "value": "Tom Hanks"}, {"entity": "actor", "value": "Meg Ryan"}])
    assert "link code" not in text.lower() and searched(events), text


async def test_a_genre_with_an_exception_labelled_standing_filter_sets_nothing(api: str) -> None:
    me = f"web:{uuid.uuid4().hex[:8]}"
    text, events = await act(ActionStanding, me, "standing_filter", "comedies, just no romantic ones",
                             [{"entity": "genre", "value": "comedy"},
                              {"entity": "genre", "value": "romance", "role": "exclude"}])
    assert not text.startswith("Got it: from now on") and searched(events), text
    status, body = api_post(api, "/api/recommendations", {"user_id": me, "limit": 10})
    assert status == 200 and not body["constraints"].get("exclude_genres"), body["constraints"]


@pytest.mark.parametrize("action,intent,text", [
    (ActionLinkCode, "link_code", "that thriller about cracking an enigma"),
    (ActionUnlink, "unlink_account", "something to separate work from the weekend, a comedy"),
    (ActionStanding, "standing_clear", "no more thrillers tonight, a comedy"),
    (ActionPersonalization, "personalization_off", "stop it with the thrillers, comedy please"),
])
async def test_other_state_changes_without_their_cues_are_searches(api: str, action: type, intent: str,
                                                                  text: str) -> None:
    me = f"web:{uuid.uuid4().hex[:8]}"
    reply, events = await act(action, me, intent, text, [{"entity": "genre", "value": "comedy"}])
    assert searched(events), reply
    summary, _ = await act(ActionPrivacySummary, me, "privacy_summary", "what do you know about me?", [])
    assert "Personalised picks are off" not in summary, summary


async def test_the_real_requests_still_act(api: str) -> None:
    me = f"web:{uuid.uuid4().hex[:8]}"
    text, _ = await act(ActionLinkAccount, me, "link_account", "connect my telegram and web chat", [])
    assert "Your link code is" in text
    text, _ = await act(ActionStanding, me, "standing_filter", "never show me horror",
                        [{"entity": "genre", "value": "horror", "role": "exclude"}])
    assert text.startswith("Got it: from now on"), text


async def test_tell_me_about_a_title_labelled_as_a_like_shows_it_and_saves_no_like(api: str) -> None:
    from actions.feedback import ActionFeedback

    me = f"web:{uuid.uuid4().hex[:8]}"
    text, events = await act(ActionFeedback, me, "feedback_like", "tell me about The Upshaws - The Afterparty",
                             [{"entity": "title", "value": "The Upshaws - The Afterparty"}])
    assert "Glad you liked" not in text and "The Upshaws - The Afterparty" in text, text
    summary, _ = await act(ActionPrivacySummary, me, "privacy_summary", "what do you know about me?", [])
    assert "no likes" in summary, summary


async def test_a_like_said_in_words_is_still_saved(api: str) -> None:
    from actions.feedback import ActionFeedback

    me = f"web:{uuid.uuid4().hex[:8]}"
    text, events = await act(ActionFeedback, me, "feedback_like", "loved The Upshaws - The Afterparty",
                             [{"entity": "title", "value": "The Upshaws - The Afterparty"}])
    # round 7, class b: a like of a title as the opening message is saved and answered with picks like it
    assert searched(events), text
    summary, _ = await act(ActionPrivacySummary, me, "privacy_summary", "what do you know about me?", [])
    assert "no likes" not in summary, summary
