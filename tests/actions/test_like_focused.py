""""Something like that" typed alone after one title's card is a like-search on that title (actions/like_focused.py);
a message that says more, a like, or no title on a card stays the usual reading."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.entities import Entity
from actions.like_focused import likes_the_focused_title
from actions.turn import FOCUSED_ID, Turn
from contract.payloads import ItemDetails

BREAKING_BAD = "s5941"  # tests/fixtures/netflix_small.csv


def _turn(text: str, intent: str = "request_recommendation", focused: Optional[str] = "s1",
          entities: Optional[list[Entity]] = None) -> Turn:
    slots: dict[str, Any] = {FOCUSED_ID: focused} if focused else {}
    return Turn("t", intent, text, entities or [], slots)


@pytest.mark.parametrize("text", [
    "something like that", "more like that", "other ones like it", "ok something like it then, not that one",
    "similar ones", "anything similar to that one", "stuff like it pls", "hmm, something kinda like that",
    # "else" / "more" before the likeness (round 17b)
    "ok anything else like that one", "more things like it please", "more stuff like this",
])
def test_a_likeness_of_the_card(text: str) -> None:
    assert likes_the_focused_title(_turn(text)), text


@pytest.mark.parametrize("text", [
    "my kid watched it twice, something like that",  # a title named before it: the usual reading
    "something like that but shorter",  # says more
    "something funny like that",
    "not like that",
    "i like that",
    "more stuff",
])
def test_a_message_that_says_more_or_else(text: str) -> None:
    assert not likes_the_focused_title(_turn(text)), text


def test_something_else_after_a_card_opened_from_the_list_goes_on_with_the_search() -> None:
    turn = Turn("t", "something_else", "something else", [], {FOCUSED_ID: "s1", "last_items": [{"id": "s1", "title": "A"}]})
    assert not likes_the_focused_title(turn)  # the card came from the list: a fresh pick of the search (round 21g)


def test_no_card_no_likeness_of_it() -> None:
    assert not likes_the_focused_title(_turn("something like that", focused=None))


def test_a_like_stays_feedback() -> None:
    assert not likes_the_focused_title(_turn("like that", intent="feedback_like"))


def test_a_person_leaves_it_to_the_usual_reading() -> None:
    assert not likes_the_focused_title(_turn("something like that with him", entities=[Entity("actor", "Tom Hanks")]))


def test_a_genre_is_a_change_of_the_likeness() -> None:
    """Round 34: "any other fantasy shows like it" after a card is titles like it, fantasy ones."""
    assert likes_the_focused_title(_turn("any other fantasy shows like it", entities=[Entity("genre", "fantasy")]))


def test_the_pattern_is_fast_on_the_longest_message_it_reads() -> None:
    """The pattern itself on the worst text the length guard lets through (hedge words its opener and hedges both
    take): the guard, MAX_CHARS, is what keeps it fast, so a guard raised far would fail here."""
    import time
    from actions.like_focused import LIKE_THAT_RE, MAX_CHARS
    for text in (("ok " * MAX_CHARS)[:MAX_CHARS - 1] + "x", ("ok " * MAX_CHARS)[:MAX_CHARS - 19] + "something like that"):
        started = time.perf_counter()
        LIKE_THAT_RE.match(text)
        assert time.perf_counter() - started < 0.05, text[-30:]


def test_a_message_past_the_guard_is_not_read() -> None:
    assert not likes_the_focused_title(_turn("ok " * 200 + "something like that"))


async def test_something_like_that_after_a_card_is_a_like_search(api: str, convo: Conversation) -> None:
    text = "the chemistry teacher with cancer who starts cooking meth, bryan cranston — is that on here?"
    await convo.say("request_recommendation", [located(text, "bryan cranston", "actor", "Bryan Cranston")], text)
    assert any(isinstance(a, ItemDetails) for a in convo.answers), convo.text
    await convo.say("request_recommendation", [], "something like that")
    assert (convo.applied or {}).get("similar_to") == BREAKING_BAD, convo.text
    assert BREAKING_BAD not in [i["id"] for i in convo.items]
