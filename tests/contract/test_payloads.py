"""The reply contract's wire form: round trips, tolerance of unknown input, and Rasa messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract.payloads import (SCHEMA_VERSION, AgentMessage, HandoffState, Item, ItemDetails, PlainText, QuickReply,
                               Recommendations, Relaxation, from_custom, from_rasa, from_rasa_messages, items_of,
                               to_custom)

GOLDEN = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "golden_answers.json").read_text())


@pytest.mark.parametrize("wire", GOLDEN, ids=[f"{w['type']}-{i}" for i, w in enumerate(GOLDEN)])
def test_every_golden_answer_survives_a_round_trip(wire: dict) -> None:
    answer = from_custom(wire)
    assert from_custom(to_custom(answer)) == answer


def test_wire_form_carries_type_and_schema_version() -> None:
    wire = to_custom(PlainText("hi"))
    assert (wire["type"], wire["v"]) == ("text", SCHEMA_VERSION)


def test_recommendations_keep_the_design_contract_fields() -> None:
    answer = Recommendations("Here are 1 pick:", (Item("s1", "X", duration_minutes=90),), {"genres": ["comedy"]})
    wire = to_custom(answer)
    assert wire["items"][0]["id"] == "s1" and wire["constraints"] == {"genres": ["comedy"]}
    assert set(wire["items"][0]) >= {"id", "title", "type", "year", "duration_minutes", "seasons", "rating",
                                     "genres", "reason"}


def test_item_runtime_is_worded_once_by_the_contract() -> None:
    assert Item.from_dict({"id": "s1", "title": "X", "duration_minutes": 112}).runtime == "1 h 52 min"
    assert Item.from_dict({"id": "s1", "title": "X", "seasons": 1}).runtime == "1 season"


def test_item_without_an_id_is_dropped() -> None:
    answer = from_custom({"type": "recommendations", "heading": "h", "items": [{"title": "no id"}, {"id": "s2"}]})
    assert [i.id for i in answer.items] == ["s2"]


def test_unknown_item_fields_are_kept_not_lost() -> None:
    item = Item.from_dict({"id": "s1", "title": "X", "score": 0.5})
    assert item.to_dict()["score"] == 0.5


def test_unknown_type_becomes_plain_text_of_its_text() -> None:
    assert from_custom({"type": "carousel-v9", "text": "hello"}) == PlainText("hello")


def test_handoff_with_unknown_status_is_not_a_handoff() -> None:
    assert not isinstance(from_custom({"type": "handoff", "status": "exploded"}), HandoffState)


def test_malformed_quick_replies_are_skipped() -> None:
    answer = from_custom({"type": "text", "text": "t", "quick_replies": [{"title": "ok", "payload": "/x"}, {"title": 3},
                                                                          "junk"]})
    assert answer.quick_replies == (QuickReply("ok", "/x"),)


def test_rasa_text_with_buttons_becomes_plain_text() -> None:
    message = {"recipient_id": "web:1", "text": "Hi!", "buttons": [{"title": "Comedy", "payload": "/greet"}]}
    assert from_rasa(message) == PlainText("Hi!", (QuickReply("Comedy", "/greet"),))


def test_rasa_custom_message_becomes_its_answer() -> None:
    message = {"recipient_id": "web:1", "custom": {"type": "handoff", "status": "ended"}}
    assert from_rasa(message) == HandoffState("ended")


def test_empty_rasa_texts_are_dropped() -> None:
    assert from_rasa_messages([{"text": "  "}, {"text": "ok"}, "junk"]) == [PlainText("ok")]


def test_items_of_collects_the_items_of_every_list() -> None:
    answers = [Recommendations("h", (Item("a", "A"),)), PlainText("x"), Recommendations("h", (Item("b", "B"),))]
    assert [i.id for i in items_of(answers)] == ["a", "b"]


def test_relaxation_and_agent_answers_round_trip() -> None:
    for answer in (Recommendations("none", relaxation=Relaxation("allow up to 60 minutes", 12)),
                   AgentMessage("hello", "Ana"), ItemDetails(Item("s1", "X"))):
        assert from_custom(to_custom(answer)) == answer
