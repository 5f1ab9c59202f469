"""The contract and the renderers that draw it type-check strictly: a renamed or retyped payload field
is found everywhere at once, not by a viewer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STRICT = ["contract", "bot/channels/telegram_render.py", "bot/channels/speech.py"]


def test_contract_and_renderers_pass_mypy_strict() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *STRICT],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
