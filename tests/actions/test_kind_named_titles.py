"""A title asked for with its kind before its name ("is the movie <title> on here") is that title's card, not
"I don't see “the movie <title>”" (actions/kind_named_titles.py). Phrasings are this module's own."""

from __future__ import annotations

import uuid

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions.kind_named_titles import title_named_after_its_kind  # noqa: E402
from actions.turn import Turn  # noqa: E402
from dialogue_driver import Conversation, located  # noqa: E402


@pytest.fixture
def convo(recommender_url: str, monkeypatch: pytest.MonkeyPatch) -> Conversation:
    monkeypatch.setenv("RECOMMENDER_URL", recommender_url)
    monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "30")
    return Conversation(sender_id=f"test:{uuid.uuid4().hex[:12]}")


@pytest.mark.parametrize("text", ["is the movie dark skies on here", "do you have the film dark skies?",
                                  "um is the film dark skies on netflix"])
def test_the_kind_then_a_title_names_the_title(fixture_gazetteer, text: str) -> None:
    title = title_named_after_its_kind(Turn("t", "ask_details", text, [], {}))
    assert title is not None and title.value == "Dark Skies" and text[title.start:title.end] == "dark skies"


@pytest.mark.parametrize("text", ["is the movie dark woods on here",  # no such title: the honest "I don't see" stays
                                  "is dark skies on here",  # no kind said: the other readers' business
                                  "do you have the movie", "is the movie on here"])
def test_no_title_without_a_kind_and_an_exact_name(fixture_gazetteer, text: str) -> None:
    assert title_named_after_its_kind(Turn("t", "ask_details", text, [], {})) is None


async def test_the_question_is_answered_with_the_titles_card(convo: Conversation) -> None:
    text = "is the movie dark skies on here"
    await convo.say("ask_details", [located(text, "movie", "media_type", "movie")], text)
    assert "Dark Skies" in convo.text and "I don't see" not in convo.text and convo.slots.get("focused_id")
