"""Round 21f: going back to the beginning of the conversation (actions/earlier_lists.beginning_named).

After a few edits, a message naming the beginning by what was asked then ("what we first said", "our original
idea", "where we started", "back to the beginning") is the conversation's first search again, whatever the intent
label — the NLU reads several of these as starting over, which answered "let's start fresh" and forgot the search. A
fresh start said outright ("start over", "new search", "back to square one") stays one, and a question about the
first request asks nothing back. Phrasings are this module's own.
"""

from __future__ import annotations

from typing import Any

import pytest
from dialogue_driver import Conversation, convo, ent, located  # noqa: F401  (convo is a fixture)
from listed_searches import comedy_then_drama, ids

from actions.earlier_lists import back_reference, beginning_named
from actions.entities import parse_entities
from actions.turn import EARLIER_LISTS, LAST_ITEMS, Turn

_HISTORY = [{"search": {"genres": ["comedy"]}, "items": [{"id": "s1"}], "shown": ["s1"], "seq": 1},
            {"search": {"genres": ["drama"]}, "items": [{"id": "s2"}], "shown": ["s2"], "seq": 2},
            {"search": {"genres": ["horror"]}, "items": [{"id": "s3"}], "shown": ["s3"], "seq": 3}]


def _turn(text: str, entities: list[dict[str, Any]] | None = None, intent: str = "start_over") -> Turn:
    return Turn("t", intent, text, parse_entities(entities or [], text),
                slots={"genres": ["horror"], EARLIER_LISTS: _HISTORY, LAST_ITEMS: [{"id": "s3"}]})


@pytest.mark.parametrize("text", [
    "can we go back to what we first said",
    "return to the first thing we asked for",
    "hmm, what we had at the start then",
    "let's just go with our original idea",
    "our initial plan please",
    "ok let's head back to where we started",
    "take me back to the beginning",
    "i think our first idea was better",
    "how about what we kicked off with",
    "what i was looking for at first, please",
])
def test_the_beginning_named_is_the_first_search(text: str) -> None:
    ref = back_reference(_turn(text))
    assert ref is not None and ref.entry["search"] == {"genres": ["comedy"]}, text


@pytest.mark.parametrize("intent", ["start_over", "request_recommendation", "nlu_fallback", "refine"])
def test_the_beginning_named_goes_back_whatever_the_label(intent: str) -> None:
    ref = back_reference(_turn("let's go back to what we first said", intent=intent))
    assert ref is not None and ref.entry is _HISTORY[0]


def test_a_change_said_after_the_beginning_edits_it() -> None:
    text = "what we said at first, but only movies"
    ref = back_reference(_turn(text, [located(text, "movies", "media_type", "movie")]))
    assert ref is not None and ref.entry is _HISTORY[0] and [e.value for e in ref.edit] == ["movie"]


@pytest.mark.parametrize("text", [
    "start over",
    "let's start fresh",
    "new search please",
    "start over from the beginning",  # a fresh start said outright
    "back to square one",
    "forget it, clean slate",
])
def test_a_fresh_start_said_outright_is_no_return(text: str) -> None:
    assert back_reference(_turn(text)) is None


@pytest.mark.parametrize("text", [
    "what was our original idea?",  # a question about it
    "what did we first ask for?",
    "remind me what we first said",
    "this is not what we first asked for",
    "go back to the start of the film",  # the start of a story
    "what we first said was wrong",
])
def test_the_beginning_said_otherwise_is_no_return(text: str) -> None:
    assert beginning_named(text) is None and back_reference(_turn(text)) is None


async def test_the_beginning_said_after_edits_restores_the_first_list(api: str, convo: Conversation) -> None:
    first, _ = await comedy_then_drama(convo, "hmm dramas instead")
    await convo.say("refine", [ent("media_type", "movie")], "only films")
    await convo.say("start_over", [], "ugh, let's go back to what we first said")
    assert ids(convo) == first
    assert convo.applied["genres"] == ["comedy"] and convo.applied.get("media_type") in ("series", ["series"])
    assert "start fresh" not in convo.text


async def test_start_over_still_starts_afresh(api: str, convo: Conversation) -> None:
    await comedy_then_drama(convo, "hmm dramas instead")
    await convo.say("start_over", [], "let's start over")
    assert "start fresh" in convo.text and not convo.slots.get("genres")
