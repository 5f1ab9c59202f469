"""``mediabot agent add|passwd|disable|list``: accounts land in the database with a real hash."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.handoff import passwords
from bot.handoff.models import utcnow
from bot.handoff.store import HandoffStore
from bot.handoff.transcripts import Line
from mediabot import cli


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'agents.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("MEDIABOT_VAR_DIR", str(tmp_path))
    return url


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_add_with_password_stdin(db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "a long enough secret\n")
    assert cli.main(["agent", "add", "Ana", "--name", "Ana P.", "--password-stdin"]) == 0
    agent = HandoffStore.open(db).agents.by_username("ana")
    assert agent is not None and agent.display_name == "Ana P."
    assert agent.password_hash.startswith("scrypt$") and "a long enough secret" not in agent.password_hash
    assert passwords.verify_password("a long enough secret", agent.password_hash)
    out = capsys.readouterr()
    assert "a long enough secret" not in out.out + out.err

    _stdin(monkeypatch, "another long secret\n")
    assert cli.main(["agent", "add", "ana", "--password-stdin"]) == 1  # taken


def test_add_prompts_twice_and_refuses_a_mismatch(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["first long password", "second long password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert cli.main(["agent", "add", "ben"]) == 1
    assert HandoffStore.open(db).agents.by_username("ben") is None
    answers = iter(["same long password", "same long password"])
    assert cli.main(["agent", "add", "ben"]) == 0
    assert HandoffStore.open(db).agents.by_username("ben") is not None


def test_weak_password_and_bad_username_are_refused(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, "short\n")
    assert cli.main(["agent", "add", "cai", "--password-stdin"]) == 1
    _stdin(monkeypatch, "a long enough secret\n")
    assert cli.main(["agent", "add", "no spaces please", "--password-stdin"]) == 2


def test_passwd_disable_and_list(db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "a long enough secret\n")
    cli.main(["agent", "add", "dee", "--password-stdin"])
    _stdin(monkeypatch, "a brand new secret\n")
    assert cli.main(["agent", "passwd", "dee", "--password-stdin"]) == 0
    agents = HandoffStore.open(db).agents
    assert passwords.verify_password("a brand new secret", agents.by_username("dee").password_hash)
    assert cli.main(["agent", "disable", "dee"]) == 0
    assert agents.by_username("dee").disabled
    capsys.readouterr()
    assert cli.main(["agent", "list"]) == 0
    listing = capsys.readouterr().out
    assert "dee" in listing and "disabled" in listing and "scrypt" not in listing
    assert cli.main(["agent", "disable", "nobody"]) == 1


REDIS_URL = "redis://127.0.0.1:6379/0"


def _active_conversation_of(store: HandoffStore, agent_id: int, user: str) -> str:
    store.transcripts.append("web", user, [Line("viewer", text="a person please")])
    store.conversations.start_handoff("web", user, "requested")
    ref = store.conversations.state("web", user).ref
    assert store.conversations.claim(ref, agent_id, utcnow()) == "claimed"
    return ref


def test_disable_releases_the_agents_conversations_and_tells_open_consoles(
        db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Over Redis (``REDIS_URL``) the release reaches the consoles of every gateway process."""
    from redis import Redis

    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    _stdin(monkeypatch, "a long enough secret\n")
    cli.main(["agent", "add", "eve", "--password-stdin"])
    store = HandoffStore.open(db)
    eve = store.agents.by_username("eve").id
    refs = {_active_conversation_of(store, eve, f"viewer-{i}-0000000000") for i in range(2)}
    other = _active_conversation_of(store, store.agents.add("fay", "Fay", "x"), "viewer-fay-000000")

    listener = Redis.from_url(REDIS_URL).pubsub()
    listener.subscribe("mediabot:handoff:events")
    assert listener.get_message(timeout=2)["type"] == "subscribe"
    capsys.readouterr()
    assert cli.main(["agent", "disable", "eve"]) == 0
    assert "2 conversation(s) released back to the queue" in capsys.readouterr().out
    message = listener.get_message(timeout=5)
    listener.close()
    assert message is not None and json.loads(message["data"]) == {"type": "queue"}

    states = {e.ref: (e.status, e.claimed_by) for e in store.conversations.queue(eve, utcnow())}
    assert {ref: states[ref] for ref in refs} == {ref: ("waiting", None) for ref in refs}
    assert states[other] == ("active", "Fay")  # only Eve's claims are released
    store.close()
