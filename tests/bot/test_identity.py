"""Viewer keys: fixed length for any channel id, stable per secret, unguessable without it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bot.identity import ViewerKeys
from contract.viewer import KEY_LENGTH, is_viewer_key
from contract.settings import Settings

ALEXA_ID = "amzn1.ask.account." + "A" * 212  # 230 characters, like a real Alexa account id


def test_any_channel_id_becomes_a_key_of_fixed_length() -> None:
    keys = ViewerKeys(b"s")
    for channel, user in (("alexa", ALEXA_ID), ("telegram", "42"), ("web", "x" * 2000)):
        key = keys.key(channel, user)
        assert len(key) == KEY_LENGTH and is_viewer_key(key)


def test_the_key_depends_on_channel_id_and_secret() -> None:
    a, b = ViewerKeys(b"one"), ViewerKeys(b"two")
    assert a.key("telegram", "42") == a.key("telegram", "42")
    assert a.key("telegram", "42") != a.key("web", "42")
    assert a.key("telegram", "42") != b.key("telegram", "42")


def test_resolve_accepts_a_channel_identity_or_a_key() -> None:
    keys = ViewerKeys(b"s")
    key = keys.key("alexa", ALEXA_ID)
    assert keys.resolve(f"alexa:{ALEXA_ID}") == key
    assert keys.resolve(key) == key
    with pytest.raises(ValueError):
        keys.resolve("no-channel")


def test_a_generated_secret_is_private_and_shared_by_every_process(tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path, viewer_key_secret="")
    first, second = ViewerKeys.from_settings(settings), ViewerKeys.from_settings(settings)
    assert first.key("web", "a") == second.key("web", "a")
    secret_file, = tmp_path.glob("*.secret")
    assert stat.S_IMODE(os.stat(secret_file).st_mode) == 0o600


def test_a_configured_secret_wins(tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path, viewer_key_secret="configured")
    assert ViewerKeys.from_settings(settings).key("web", "a") == ViewerKeys(b"configured").key("web", "a")
    assert not list(tmp_path.iterdir())
