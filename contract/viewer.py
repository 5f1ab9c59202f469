"""How a viewer is named between the parts: a viewer key, or a channel identity ``"<channel>:<id>"``.

The gateway turns every channel identity into a viewer key before a message reaches Rasa
(bot/identity.py), so the actions normally see keys. A conversation that reaches Rasa without the
gateway (its REST channel, ``rasa shell``) has a bare sender id; the actions name it as the identity
``"rasa:<sender>"`` so the recommender keys it like any other channel instead of refusing the search.
"""

from __future__ import annotations

import re

PREFIX = "v1"  # a version: a new derivation gets a new prefix, never a silent clash
KEY_HEX_CHARS = 32
KEY_LENGTH = len(PREFIX) + KEY_HEX_CHARS
VIEWER_KEY = re.compile(rf"^{PREFIX}[0-9a-f]{{{KEY_HEX_CHARS}}}$")
DIRECT_CHANNEL = "rasa"


def is_viewer_key(value: str) -> bool:
    return bool(VIEWER_KEY.match(value))


def viewer_ref(sender_id: str) -> str:
    """What the actions send as ``user_id`` for a Rasa sender: a key or ``channel:id`` as is, else
    the bare sender as an identity of the direct Rasa channel."""
    if is_viewer_key(sender_id) or ":" in sender_id.strip(":"):
        return sender_id
    return f"{DIRECT_CHANNEL}:{sender_id}"
