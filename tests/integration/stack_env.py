"""Channel settings of the one session-wide test stack (voice secret, Alexa test CA, skill id).

Every integration and browser test shares one real stack (tests/conftest.py ``stack``), so the
settings the channel tests need are given to it up front instead of each module starting its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

CHANNELS_TESTS = Path(__file__).resolve().parents[1] / "bot" / "channels"
VOICE_SECRET = "integration-voice-secret"
# Rasa's HTTP API token of the test stack: tests read trackers with it (the gateway never does).
RASA_TOKEN = "integration-rasa-token"


def channel_env(tmp: Path) -> dict[str, str]:
    if str(CHANNELS_TESTS) not in sys.path:
        sys.path.insert(0, str(CHANNELS_TESTS))
    from alexa_testkit import CERT_URL, SKILL_ID, shared_ca, shared_signing_cert, write_cert_cache

    roots = tmp / "test-roots.pem"
    roots.write_bytes(shared_ca().root_pem())
    cache_dir = tmp / "alexa-certs"
    write_cert_cache(cache_dir, CERT_URL, shared_signing_cert().chain_pem())
    return {
        "ALEXA_SKILL_ID": SKILL_ID,
        "ALEXA_VERIFY_SIGNATURES": "1",
        "ALEXA_TRUSTED_ROOTS_PEM": str(roots),
        "ALEXA_CERT_CACHE_DIR": str(cache_dir),
        "VOICE_WEBHOOK_SECRET": VOICE_SECRET,
        "RASA_AUTH_TOKEN": RASA_TOKEN,
    }
