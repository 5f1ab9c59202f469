"""Cached event decoding gives exactly Rasa's events."""

from __future__ import annotations

from conftest import conversation

from conversations.events import decode_events, event_class
from rasa.shared.core.events import deserialise_events


def test_decoding_matches_rasa_for_every_event_of_a_conversation(domain) -> None:
    dumps = [event.as_dict() for event in conversation(domain, 6).events]
    assert [e.as_dict() for e in decode_events(dumps)] == [e.as_dict() for e in deserialise_events(dumps)]


def test_an_unknown_event_is_skipped_instead_of_failing_the_conversation() -> None:
    assert event_class("no-such-event") is None
    assert decode_events([{"event": "no-such-event"}, {"event": "action", "name": "action_listen"}])[0].action_name \
        == "action_listen"
