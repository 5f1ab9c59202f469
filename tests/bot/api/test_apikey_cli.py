"""``mediabot apikey create|list|revoke`` on a real SQLite database: the key is printed once, stored
hashed, listed by prefix only, and refused by the API repository once revoked."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.api.api_keys import ApiKeys
from mediabot.cli import main


def test_create_list_revoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'keys.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("MEDIABOT_VAR_DIR", str(tmp_path))
    assert main(["apikey", "create", "tv-app"]) == 0
    key = capsys.readouterr().out.splitlines()[0]
    assert main(["apikey", "create", "tv-app"]) == 1  # one key per name
    capsys.readouterr()
    assert main(["apikey", "list"]) == 0
    listing = capsys.readouterr().out
    assert "tv-app" in listing and "active" in listing and key not in listing
    store = ApiKeys.open(url)
    try:
        assert store.verify(key) == "tv-app"
        assert key not in (tmp_path / "keys.db").read_bytes().decode("latin-1")  # only its hash is stored
        assert main(["apikey", "revoke", "tv-app"]) == 0
        assert store.verify(key) is None
        assert main(["apikey", "revoke", "tv-app"]) == 1
    finally:
        store.close()
