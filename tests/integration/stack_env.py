"""Channel settings of the one session-wide test stack (voice secret, Alexa test CA, skill id).

Secrets are at least 32 characters: the gateway refuses shorter ones at start-up (bot.keys).

Every integration and browser test shares one real stack (tests/conftest.py ``stack``), so the
settings the channel tests need are given to it up front instead of each module starting its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

CHANNELS_TESTS = Path(__file__).resolve().parents[1] / "bot" / "channels"
VOICE_SECRET = "integration-voice-secret-of-32-chars-or-more"
# Rasa's HTTP API token of the test stack: tests read trackers with it (the gateway never does).
RASA_TOKEN = "integration-rasa-token-of-32-chars-or-more"
# The viewer-key secret of the test stack: tests derive the key Rasa and the recommender see for a viewer.
VIEWER_KEY_SECRET = "integration-viewer-key-secret-of-32-chars"
# The recommender API token of the test stack (the action server's credential; tests act as it).
API_TOKEN = "integration-recommender-api-token"
# The operators' tokens of the test stack (tests/integration/test_operators_stack.py).
ADMIN_TOKEN = "integration-operators-admin-token"
METRICS_TOKEN = "integration-metrics-token"


def viewer_key(channel: str, user_id: str) -> str:
    """The viewer key the test stack's gateway derives for ``user_id`` on ``channel``."""
    from bot.identity import ViewerKeys

    return ViewerKeys(VIEWER_KEY_SECRET.encode("utf-8")).key(channel, user_id)


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
        "MEDIABOT_VIEWER_KEY_SECRET": VIEWER_KEY_SECRET,
        "RECOMMENDER_API_TOKEN": API_TOKEN,
        "MEDIABOT_ADMIN_TOKEN": ADMIN_TOKEN,
        "MEDIABOT_METRICS_TOKEN": METRICS_TOKEN,
        "MEDIABOT_RELOAD_POLL_S": "1",  # a live import shows within a second or two
        # Test clients drive one socket far faster than a person types, and many from one address; the
        # limits themselves are tested in tests/bot/channels/test_webchat_edge.py.
        "MEDIABOT_WEBCHAT_RATE": "1000",
        "MEDIABOT_WEBCHAT_BURST": "1000",
        "MEDIABOT_WEBCHAT_MAX_PER_ADDRESS": "1000",
    }
