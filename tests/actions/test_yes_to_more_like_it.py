""""Yes" to a card's offer ("<title> is in the catalog. Want more like it?"): a like-search on that title, not
"What are you in the mood for?" (actions.recommend.ActionRelax with a focused title and no relaxation pending)."""

from __future__ import annotations

import uuid

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, ent  # noqa: E402

CARD = "Dark Skies"


@pytest.fixture
def convo(recommender_url: str, monkeypatch: pytest.MonkeyPatch) -> Conversation:
    monkeypatch.setenv("RECOMMENDER_URL", recommender_url)
    monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "30")
    return Conversation(sender_id=f"test:{uuid.uuid4().hex[:12]}")


async def test_yes_after_a_card_is_a_like_search_on_it(convo: Conversation) -> None:
    await convo.say("ask_details", [ent("title", CARD)], text=f"have you got {CARD}")
    card_id = convo.slots["focused_id"]
    await convo.say("affirm", [], text="yeah go on")
    assert convo.items and card_id not in [i["id"] for i in convo.items]
    assert convo.applied and convo.applied.get("similar_to") == card_id


async def test_yes_after_a_list_with_nothing_offered_asks_what_instead(convo: Conversation) -> None:
    await convo.say("request_recommendation", [ent("genre", "horror")], text="horror please")
    await convo.say("affirm", [], text="yes")
    assert convo.items == [] and "What are you in the mood for?" in convo.text
