"""Issue 10, classes 3 and 8 on the real stack: no junk in the query or the reason; long and odd messages.

Only content words (a topic, a plot element, a mood) may reach the semantic query, and a reason shown
to a viewer quotes only a word that the item's own text contains. A long message is answered as its
request sentence; a message in another language gets an honest "English only" answer, never a keyword
search on its words. Real Rasa + action server + gateway turns (conftest ``stack``), fixture catalog.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from chat import Turn, WebChat, fetch_item
from contract import wording
from contract.payloads import PlainText
from contract.words import is_content_word

pytestmark = pytest.mark.integration

FILLER_SEEN_IN_THE_WILD = {"thats", "nope", "somethin", "pls", "u", "something", "tonight", "anything",
                           "swearing", "violence", "sister", "week"}


@pytest.fixture
async def chat(stack: Any) -> AsyncIterator[WebChat]:
    async with WebChat(stack.gateway_url) as tab:
        yield tab


def applied_query(turn: Turn) -> str:
    assert turn.recommendations is not None, turn.text
    return str(turn.recommendations["constraints"].get("query") or "")


async def assert_reasons_quote_only_content(gateway_url: str, turn: Turn) -> None:
    """Every quoted word of every reason is a content word that the item's own record contains."""
    assert turn.items, turn.text
    for item in turn.items:
        record = await fetch_item(gateway_url, item["id"])
        text = " ".join(str(record.get(k) or "") for k in ("title", "description")).lower()
        for word in re.findall(r"'([^']+)'", item["reason"]):
            assert word not in FILLER_SEEN_IN_THE_WILD and is_content_word(word), item["reason"]
            stem = word[:-1] if word.endswith("s") else word  # "matches 'dogs'" for "a dog rescue"
            assert re.search(rf"\b{re.escape(stem)}", text), (record["title"], item["reason"])


@pytest.mark.parametrize("message, topic", [
    ("nope, u got somethin with zombies pls", "zombies"),
    ("thats cool but anything about dinosaurs?", "dinosaurs"),  # robots name sci-fi since round 24d
    ("somethin about dogs for tonight pls", "dogs"),
])
async def test_filler_never_reaches_the_query_or_a_reason(stack: Any, chat: WebChat, message: str,
                                                          topic: str) -> None:
    turn = await chat.say(message)
    assert applied_query(turn).split() == [topic]
    await assert_reasons_quote_only_content(stack.gateway_url, turn)
    assert any(f"matches '{topic}'" in i["reason"] for i in turn.items), [i["reason"] for i in turn.items]


async def test_only_filler_sends_no_query(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("ok so what u got for tonight pls")
    assert applied_query(turn) == ""
    await assert_reasons_quote_only_content(stack.gateway_url, turn)


async def test_negated_words_are_not_searched_for(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a show about robots, no swearing or violence")
    query = applied_query(turn)
    assert "robots" in query and "swearing" not in query and "violence" not in query
    await assert_reasons_quote_only_content(stack.gateway_url, turn)


async def test_a_rambling_message_is_answered_as_its_request(stack: Any, chat: WebChat) -> None:
    message = ("ugh what a week, my sister spent the whole weekend telling me about some horror marathon she "
               "went to and now I can barely sleep. Anyway I just want a comedy about dogs, nothing long")
    turn = await chat.say(message)
    query = applied_query(turn)
    assert query == "dogs", query
    constraints = turn.recommendations["constraints"]
    assert constraints.get("genres") == ["comedy"], constraints
    for item in turn.items:
        record = await fetch_item(stack.gateway_url, item["id"])
        assert "comedy" in record["genres"] and "horror" not in record["genres"], record["title"]
    await assert_reasons_quote_only_content(stack.gateway_url, turn)


@pytest.mark.parametrize("message", [
    "hola, quiero ver una película sobre dragones y caballeros para esta noche",
    "Ich möchte heute Abend einen lustigen Film mit meinen Kindern sehen",
])
async def test_another_language_gets_the_honest_answer(stack: Any, chat: WebChat, message: str) -> None:
    turn = await chat.say(message)
    assert turn.recommendations is None, turn.text
    assert any(isinstance(a, PlainText) and a.text == wording.ENGLISH_ONLY for a in turn.answers), turn.text
    # and the conversation carries on in English
    again = await chat.say("funny movies")
    assert again.items, again.text


async def test_a_request_understood_whole_in_another_language_is_answered(stack: Any, chat: WebChat) -> None:
    """Every word that says what to watch is vocabulary the extractor knows ("película de miedo" = a horror film):
    the request is answered, not told 'English only'."""
    turn = await chat.say("hola, quiero ver una película de miedo para esta noche")
    assert turn.items, turn.text
    for item in turn.items:
        assert "horror" in item["genres"] and item["type"] == "movie", item
