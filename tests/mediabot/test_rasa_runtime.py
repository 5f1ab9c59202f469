"""The Rasa runtime keeps the library versions its speed depends on (requirements-rasa.txt)."""

from __future__ import annotations

import subprocess

from mediabot.rasa_model import rasa_bin


def _version_in_rasa_runtime(package: str) -> str:
    code = f"import importlib.metadata as m; print(m.version({package!r}))"
    return subprocess.run([str(rasa_bin("python")), "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_rasa_validates_action_responses_with_the_fast_jsonschema() -> None:
    """jsonschema 4.x re-validates Rasa's response schema on every action call: ~10x slower per turn."""
    assert _version_in_rasa_runtime("jsonschema") == "3.2.0"
