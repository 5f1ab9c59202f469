"""Action tests run in the Rasa runtime (.venv-rasa: ``.venv-rasa/bin/python -m pytest tests/actions``).

In the gateway's virtualenv (Python 3.11, no rasa_sdk) this directory is skipped instead of failing,
so ``pytest`` over the whole tree works from either runtime.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

if importlib.util.find_spec("rasa_sdk") is None:
    collect_ignore_glob = ["test_*.py"]
