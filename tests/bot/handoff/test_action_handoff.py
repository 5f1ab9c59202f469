"""``action_human_handoff`` (actions/handoff.py) in its own runtime, .venv-rasa (rasa-sdk 3.6).

The gateway's test runtime has no rasa_sdk, so the action runs in a .venv-rasa subprocess; the
contract checked is what the router relies on: a text, the ``{"type": "handoff", "status":
"waiting"}`` custom payload, and a ``pause`` event.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"

SCRIPT = """
import asyncio, json
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from actions.handoff import ActionHumanHandoff

tracker = Tracker("web:abc", {}, {"intent": {"name": "human_handoff"}, "text": "can I talk to a person"},
                  [], False, None, {}, "action_listen")
dispatcher = CollectingDispatcher()
events = asyncio.run(ActionHumanHandoff().run(dispatcher, tracker, {}))
print(json.dumps({"name": ActionHumanHandoff().name(), "messages": dispatcher.messages, "events": events}))
"""


@pytest.mark.skipif(not RASA_PYTHON.exists(), reason=f"{RASA_PYTHON} missing (make venvs creates it)")
def test_action_announces_signals_and_pauses() -> None:
    result = subprocess.run([str(RASA_PYTHON), "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["name"] == "action_human_handoff"
    texts = [m["text"] for m in out["messages"] if m.get("text")]
    customs = [m["custom"] for m in out["messages"] if m.get("custom")]
    assert texts and "person" in texts[0]
    assert customs == [{"type": "handoff", "status": "waiting"}]
    assert [e["event"] for e in out["events"]] == ["pause"]
