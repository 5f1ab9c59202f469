"""What the Telegram channel tests share: the project root on ``sys.path`` and the fake Bot API.

The fake lives in tests/fakes/telegram_api.py (the Telegram integration test uses it too), which is
importable as ``tests.fakes`` only from the project root; putting the root on the path here, once,
lets the test modules import it however pytest was started.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fakes.telegram_api import (  # noqa: E402  (re-exported for the test modules)
    TOKEN,
    FakeBotApi,
    check_markup,
    threaded_fake,
    utf16_len,
    visible_text,
)

__all__ = ["ROOT", "TOKEN", "FakeBotApi", "check_markup", "threaded_fake", "utf16_len", "visible_text"]
