"""A title asked for by what happens in it, with no likeness cue ("what was that show where …", "there's this movie
about …, is it on here") is identified on evidence and answered as that one title's card; its era, audience or topic
words are no search. A request, a kind of title or a reference is none (actions/described_anchor.py)."""

from __future__ import annotations

import time
from typing import Optional

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.described_anchor import find_identification
from actions.turn import FOCUSED_ID
from contract.payloads import ItemDetails, Recommendations

# tests/fixtures/netflix_small.csv: s5941 Breaking Bad (a chemistry teacher ... selling crystal meth),
# s891 Castlevania (a vampire hunter ... Dracula), s3686 Stranger Things (a young boy vanishes, a small town ...).
BREAKING_BAD, CASTLEVANIA, STRANGER_THINGS = "s5941", "s891", "s3686"


def _span(text: str) -> Optional[str]:
    found = find_identification(text)
    return text[found.start:found.end] if found else None


# --- finding the question ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span", [
    ("what's that film where two rival magicians compete for fame?", "that film where two rival magicians compete for fame"),
    ("what was the series about a lawyer who never loses, from the 2000s", "the series about a lawyer who never loses"),
    ("there was this cartoon with a sponge living under the sea, is it on here",
     "this cartoon with a sponge living under the sea"),
    ("the documentary about climbers on a frozen peak, what's it called", "the documentary about climbers on a frozen peak"),
    ("i forgot the name of the movie where a robot cleans up earth", "the movie where a robot cleans up earth"),
    ("this sitcom where roommates run a bar in boston", "this sitcom where roommates run a bar in boston"),
])
def test_a_question_asking_which_title_it_is(text: str, span: str) -> None:
    assert _span(text) == span


def test_the_noun_says_the_media_type_and_the_era_stays_outside() -> None:
    found = find_identification("what was that movie about a haunted ship, late 90s i think")
    assert found is not None and found.media_type == "movie" and found.words == ("haunted", "ship")


@pytest.mark.parametrize("text", [
    "what's a good show about ghosts for kids",  # a request
    "is there anything from the 80s about ghosts",  # a kind of title
    "what was the last thing you showed me",  # a reference to the list
    "what's the second movie about",
    "what was that show about",  # nothing said about it
    "what was that show about ghosts",  # one word: a kind, not one title
    "the series with a chef please",  # a request for a kind
    "that series with the chef was so good, more of those",  # a remark, then a wish
    "there's this show about a haunted hotel i loved, anything like it",  # titles like it: the like-search's
    "what's that show like",
])
def test_no_question_for_one_title(text: str) -> None:
    assert find_identification(text) is None, text


def test_a_long_message_is_read_quickly() -> None:
    text = ("what was that show where " + "very " * 300 + "long, ") * 3 + "the the the " * 100
    started = time.perf_counter()
    find_identification(text)
    assert time.perf_counter() - started < 1.0


# --- through the actions, on the real recommender ---------------------------------------------------------------------


def _card(convo: Conversation) -> Optional[ItemDetails]:
    return next((a for a in convo.answers if isinstance(a, ItemDetails)), None)


async def test_a_described_series_is_answered_as_its_card(api: str, convo: Conversation) -> None:
    text = "whats that series where a kid vanishes and the small town finds secret experiments, it's set in the 80s"
    await convo.say("request_recommendation", [located(text, "series", "media_type", "series"),
                                               located(text, "80s", "release_year", "1980s")], text)
    card = _card(convo)
    assert card is not None and card.item.id == STRANGER_THINGS, convo.text
    assert "That sounds like Stranger Things" in convo.text
    assert not any(isinstance(a, Recommendations) for a in convo.answers)  # the era described it: no search
    assert convo.slots.get(FOCUSED_ID) == STRANGER_THINGS
    assert any(b["title"].lower().startswith("more like") for b in convo.buttons), convo.buttons


async def test_more_like_it_after_the_card_is_a_like_search_on_it(api: str, convo: Conversation) -> None:
    text = "there was this show with a chemistry teacher who ends up selling meth, is it on here?"
    await convo.say("request_recommendation", [located(text, "show", "media_type", "series")], text)
    card = _card(convo)
    assert card is not None and card.item.id == BREAKING_BAD, convo.text
    await convo.say("more_like", [], "ok more like that")
    assert (convo.applied or {}).get("similar_to") == BREAKING_BAD, convo.applied
    assert BREAKING_BAD not in [i["id"] for i in convo.items]


async def test_an_uncertain_description_stays_a_search(api: str, convo: Conversation) -> None:
    text = "what was that show about a family that moves house"
    await convo.say("request_recommendation", [located(text, "show", "media_type", "series")], text)
    assert _card(convo) is None and "That sounds like" not in convo.text, convo.text


async def test_a_request_about_a_topic_stays_a_search(api: str, convo: Conversation) -> None:
    text = "what's a good show about vampires and monsters"
    await convo.say("request_recommendation", [located(text, "show", "media_type", "series")], text)
    assert _card(convo) is None and any(isinstance(a, Recommendations) for a in convo.answers), convo.text
