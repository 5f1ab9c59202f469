"""Every web chat session id the server issues passes the hello check and is confirmed when presented back
(an id starting with '-' or '_' used to be refused by the hello check)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from bot.channels.webchat_protocol import Hello, parse_frame
from bot.channels.webchat_sessions import SessionIds

SESSIONS = SessionIds(b"a-web-chat-secret-of-at-least-32-bytes")


@given(st.binary(min_size=16, max_size=16))
def test_every_issued_id_round_trips_through_the_hello(raw: bytes) -> None:
    issued = SESSIONS.issue_from(raw)
    hello = parse_frame(json.dumps({"type": "hello", "session_id": issued}))
    assert hello == Hello(issued)
    assert SESSIONS.confirm(issued) == issued


def test_random_bytes_that_would_start_with_a_dash_or_underscore_still_round_trip() -> None:
    for first in (0xF8, 0xFC, 0xFF):  # 6-bit groups 62 ('-') and 63 ('_')
        issued = SESSIONS.issue_from(bytes([first]) + bytes(15))
        assert issued[0].isalnum()
        assert SESSIONS.confirm(issued) == issued
