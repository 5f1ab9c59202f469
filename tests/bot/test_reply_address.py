"""Reply addresses sealed into a turn: any process with the deployment's secret opens them, nobody else can
read or alter them, they expire, and voice turns carry none."""

from __future__ import annotations

import time

from bot.identity import ViewerKeys
from bot.reply_address import METADATA_KEY, TTL_S, ReplyAddress, ReplyAddresses

KEYS = ViewerKeys(b"a-shared-viewer-key-secret-for-the-tests")
VIEWER = KEYS.key("telegram", "5005")


def test_another_process_with_the_same_secret_opens_what_one_sealed() -> None:
    sealed = ReplyAddresses.from_keys(KEYS).turn_metadata(VIEWER, "telegram", "5005")[METADATA_KEY]
    other_process = ReplyAddresses.from_keys(ViewerKeys(KEYS.secret))
    assert other_process.open(sealed) == ReplyAddress(VIEWER, "telegram", "5005")


def test_the_channel_id_is_not_readable_in_the_sealed_form() -> None:
    sealed = ReplyAddresses.from_keys(KEYS).seal(ReplyAddress(VIEWER, "telegram", "123456789"))
    assert "123456789" not in sealed and "telegram" not in sealed


def test_a_forged_altered_or_foreign_address_does_not_open() -> None:
    addresses = ReplyAddresses.from_keys(KEYS)
    sealed = addresses.seal(ReplyAddress(VIEWER, "web", "session-1"))
    altered = sealed[:-6] + ("A" if sealed[-6] != "A" else "B") + sealed[-5:]
    assert addresses.open(altered) is None
    assert addresses.open("not a token") is None
    assert ReplyAddresses(b"another-deployment-secret").open(sealed) is None


def test_a_sealed_address_expires_after_its_turn() -> None:
    addresses = ReplyAddresses.from_keys(KEYS)
    sealed = addresses.seal(ReplyAddress(VIEWER, "web", "session-1"))
    assert addresses.open(sealed, now=int(time.time()) + TTL_S - 60) is not None
    assert addresses.open(sealed, now=int(time.time()) + TTL_S + 60) is None


def test_voice_turns_carry_no_address() -> None:
    addresses = ReplyAddresses.from_keys(KEYS)
    assert addresses.turn_metadata(KEYS.key("alexa", "amzn1"), "alexa", "amzn1") is None
    assert addresses.turn_metadata(KEYS.key("voice", "speaker"), "voice", "speaker") is None
