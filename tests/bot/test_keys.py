"""Secrets: a blank or short secret set in the environment stops the gateway with a clear error;
unset ones are generated once into var/ with mode 0600."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.keys import MIN_SECRET_CHARS, WeakSecretError, check_secrets, secret
from contract.settings import PROJECT_ROOT

STRONG = "s" * MIN_SECRET_CHARS


@pytest.mark.parametrize("name", ["MEDIABOT_SESSION_SECRET", "VOICE_WEBHOOK_SECRET", "RASA_AUTH_TOKEN",
                                  "MEDIABOT_WEBCHAT_SECRET", "TELEGRAM_WEBHOOK_SECRET"])
@pytest.mark.parametrize("value", ["", "   ", "changeme", "x" * (MIN_SECRET_CHARS - 1)])
def test_blank_or_short_secrets_are_refused_by_name_never_by_value(name: str, value: str) -> None:
    with pytest.raises(WeakSecretError) as info:
        check_secrets({name: value})
    assert name in str(info.value)
    if value.strip():
        assert value not in str(info.value)


def test_long_or_unset_secrets_pass() -> None:
    check_secrets({"MEDIABOT_SESSION_SECRET": STRONG, "VOICE_WEBHOOK_SECRET": STRONG + "more"})
    check_secrets({})


def test_every_weak_secret_is_named_at_once() -> None:
    with pytest.raises(WeakSecretError) as info:
        check_secrets({"VOICE_WEBHOOK_SECRET": "short", "RASA_AUTH_TOKEN": ""})
    assert "VOICE_WEBHOOK_SECRET" in str(info.value) and "RASA_AUTH_TOKEN" in str(info.value)


def test_a_generated_secret_is_private_and_stable(tmp_path: Path) -> None:
    path = tmp_path / "var" / "some.secret"
    first = secret("", path)
    assert len(first) == 32 and secret("", path) == first
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_configured_secret_wins_over_the_file(tmp_path: Path) -> None:
    assert secret(STRONG, tmp_path / "unused.secret") == STRONG.encode()
    assert not (tmp_path / "unused.secret").exists()


def test_the_gateway_refuses_to_start_with_a_short_secret(tmp_path: Path) -> None:
    env = {**os.environ, "VOICE_WEBHOOK_SECRET": "too-short", "MEDIABOT_VAR_DIR": str(tmp_path),
           "MEDIABOT_PORT": "9"}
    done = subprocess.run([sys.executable, "-m", "mediabot.cli", "serve"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "VOICE_WEBHOOK_SECRET" in done.stderr and "too-short" not in done.stderr
