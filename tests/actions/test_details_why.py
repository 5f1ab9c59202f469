"""An "explain" label on a message that asks no "why" while nothing has been shown is a request the label took for a
question: it is answered as a search. A real "why" with nothing shown still says nothing was suggested yet."""

from __future__ import annotations

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.details import asks_why


@pytest.mark.parametrize("text", ["why the second one?", "how come you picked that", "what makes it so good",
                                  "explain the first pick", "what's so great about it"])
def test_why_questions_ask_why(text: str) -> None:
    assert asks_why(text)


@pytest.mark.parametrize("text", ["a long series to keep me company on the flight, three seasons at least",
                                  "that show made me laugh and cry, what else is similar", "whatever works"])
def test_requests_do_not_ask_why(text: str) -> None:
    assert not asks_why(text)


async def test_a_request_labelled_explain_with_nothing_shown_gets_picks(api: str, convo: Conversation) -> None:
    text = "a long flight tomorrow, i want a series to keep me company, two seasons at least"
    await convo.say("why_this", [located(text, "series", "media_type", "series"),
                                 located(text, "two seasons at least", "seasons", "2-")], text)
    assert convo.items, convo.text
    assert "haven't suggested" not in convo.text
    assert all(i.get("seasons") and i["seasons"] >= 2 for i in convo.items), convo.items
