"""An opinion on a listed title named by what it is ("disliked the british one") stays feedback: the describing words
are no edit of the search (actions/described_pick.py). Near-misses: a constraint turned down, a like that asks for more,
a reply that names a new kind ("nah, something korean") still edit the search."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, convo, located  # noqa: E402,F401
from planned_turns import after, at  # noqa: E402

from actions.described_pick import opinion_on_a_described_title  # noqa: E402

COMEDY = {"genres": ["comedy"]}


@pytest.mark.parametrize("text, phrase, name, value, kind", [
    ("really disliked the british one", "british", "country", "United Kingdom", "dislike"),
    ("we adored that spanish one", "spanish", "language", "es", "like"),
    ("already watched the old french crime one", "french", "country", "France", "seen"),
    ("couldn't stand those korean ones", "korean", "language", "ko", "dislike"),
    ("did not enjoy the italian stuff at all", "italian", "country", "Italy", "dislike"),
])
def test_an_opinion_on_a_described_title_is_feedback(text, phrase, name, value, kind) -> None:
    turn = after(text, [at(text, phrase, name, value)], f"feedback_{kind}", **COMEDY)
    assert opinion_on_a_described_title(turn, kind)


@pytest.mark.parametrize("text, phrase, name, value, role, kind", [
    ("not the british one", "british", "country", "United Kingdom", "exclude", "dislike"),  # a real exclusion
    ("skip the spanish ones, seen plenty", "spanish", "language", "es", "exclude", "seen"),
    ("nah, something korean instead", "korean", "language", "ko", None, "dislike"),  # a new kind asked for
    ("loved those, more of the french ones", "french", "country", "France", None, "like"),  # asks for more
    ("liked the french stuff", "french", "country", "France", None, "like"),  # a like of a kind: no "one" head
    ("the british one was great, got any others?", "british", "country", "United Kingdom", None, "like"),
])
def test_near_misses_stay_edits(text, phrase, name, value, role, kind) -> None:
    turn = after(text, [at(text, phrase, name, value, role)], f"feedback_{kind}", **COMEDY)
    assert not opinion_on_a_described_title(turn, kind)


def test_a_long_message_stays_fast() -> None:
    text = ("the one that the one those these ones " * 30)[:1000] + " british one"
    turn = after(text, [at(text, "british", "country", "United Kingdom")], "feedback_dislike", **COMEDY)
    started = time.perf_counter()
    opinion_on_a_described_title(turn, "dislike")
    assert time.perf_counter() - started < 1.0


# -- through the real recommender (fixture catalog) --------------------------------------------------------------------

async def _comedies(convo: Conversation) -> None:
    text = "comedies"
    await convo.say("request_recommendation", [located(text, "comedies", "genre", "comedy")], text)
    assert len(convo.items) > 1, convo.text


@pytest.mark.parametrize("intent, text, phrase, name, value", [
    ("feedback_dislike", "honestly hated the british one", "british", "country", "United Kingdom"),
    ("feedback_like", "we really liked the american one", "american", "country", "United States"),
    ("feedback_seen", "seen the american one already", "american", "country", "United States"),
])
async def test_an_opinion_on_the_described_title_asks_which(api: str, convo: Conversation, intent, text, phrase,
                                                             name, value) -> None:  # noqa: F811
    await _comedies(convo)
    await convo.say(intent, [located(text, phrase, name, value)], text)
    assert "which" in convo.text.lower() and not convo.items, convo.text


async def test_a_seen_reply_turning_a_country_down_still_edits(api: str, convo: Conversation) -> None:  # noqa: F811
    await _comedies(convo)
    text = "skip the american ones, we've watched loads"
    await convo.say("feedback_seen", [located(text, "american", "country", "United States", "exclude")], text)
    assert convo.items and "which" not in convo.text.lower(), convo.text
