"""The handoff actions (actions/handoff.py) in their own runtime, .venv-rasa (rasa-sdk 3.6).

The gateway's test runtime has no rasa_sdk, so the actions run in a .venv-rasa subprocess; the
contract checked is what the router relies on: ``action_human_handoff`` answers exactly one
``HandoffState("waiting", reason="requested")`` and does not pause Rasa (the gateway simply forwards
nothing while a person owns the conversation); ``action_handoff_ended`` answers ``HandoffState("ended")``.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from contract.payloads import HandoffState, from_rasa_messages

ROOT = Path(__file__).resolve().parents[3]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"

SCRIPT = """
import asyncio, json, sys
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from actions.handoff import ActionHandoffEnded, ActionHumanHandoff

action = {"action_human_handoff": ActionHumanHandoff, "action_handoff_ended": ActionHandoffEnded}[sys.argv[1]]()
tracker = Tracker("web:abc", {}, {"intent": {"name": "human_handoff"}, "text": "can I talk to a person"},
                  [], False, None, {}, "action_listen")
dispatcher = CollectingDispatcher()
events = asyncio.run(action.run(dispatcher, tracker, {}))
print(json.dumps({"messages": dispatcher.messages, "events": events}))
"""


def run_action(name: str) -> dict[str, Any]:
    result = subprocess.run([str(RASA_PYTHON), "-c", SCRIPT, name], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


pytestmark = pytest.mark.skipif(not RASA_PYTHON.exists(), reason=f"{RASA_PYTHON} missing (make venvs creates it)")


def test_asking_for_a_person_is_one_waiting_state_and_no_pause() -> None:
    out = run_action("action_human_handoff")
    assert from_rasa_messages(out["messages"]) == [HandoffState("waiting", reason="requested")]
    assert all(m.get("text") is None for m in out["messages"])  # no text beside the payload
    assert "pause" not in [e["event"] for e in out["events"]]


def test_hand_back_is_answered_with_the_ended_state() -> None:
    out = run_action("action_handoff_ended")
    assert from_rasa_messages(out["messages"]) == [HandoffState("ended")]
    assert "pause" not in [e["event"] for e in out["events"]]
