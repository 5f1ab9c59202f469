"""Dialogue round 7, class b: a like or a "seen" of a named title that also asks for more ("enjoyed <title>,
anything similar?", "we finished <title>, more like that"), and a like of a title as the opening message, record
the feedback and answer with picks like that title, the title itself left out; on the real recommender."""

from __future__ import annotations


import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import ent, convo, picks  # noqa: E402,F401

from actions.entities import Entity  # noqa: E402
from actions.feedback import answers_with_picks_like_the_title  # noqa: E402
from actions.turn import Turn  # noqa: E402

OZARK_ID = "s2768"


def title_at(text: str) -> list:
    start = text.index("ozark")
    return [ent("title", "Ozark", None, start, start + 5)]


def title_entity(text: str) -> list[Entity]:
    start = text.index("ozark")
    return [Entity("title", "Ozark", None, start, start + 5)]


@pytest.mark.parametrize("intent, text", [
    ("feedback_like", "adored ozark, got anything similar"),
    ("feedback_like", "ozark was great, what else would i enjoy like it"),
    ("feedback_seen", "we just wrapped up ozark, more like that please"),
    ("feedback_like", "i really loved ozark"),
])
async def test_a_like_or_seen_of_a_title_that_asks_for_more_gets_picks_like_it(api, convo, intent, text):
    await convo.say(intent, title_at(text), text)
    items = picks(convo).items
    assert items and OZARK_ID not in {i.id for i in items}
    assert convo.slots["similar_title"] == "Ozark"


def test_a_like_of_a_title_after_a_list_without_asking_stays_a_like():
    text = "loved ozark btw"
    t = Turn("t", "feedback_like", text, title_entity(text), {"last_items": [{"id": "s1", "title": "X"}],
                                                          "shown_ids": ["s1"], "genres": ["drama"]})
    assert not answers_with_picks_like_the_title(t, "like")


def test_a_seen_title_alone_is_only_left_out():
    text = "already watched ozark"
    assert not answers_with_picks_like_the_title(Turn("t", "feedback_seen", text, title_entity(text), {}), "seen")


def test_a_title_just_finished_as_the_opening_message_asks_for_picks_like_it():
    text = "we just finished ozark"
    assert answers_with_picks_like_the_title(Turn("t", "feedback_seen", text, title_entity(text), {}), "seen")
