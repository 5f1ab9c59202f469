"""Viewer keys: one fixed-length internal id for every channel identity.

Channels identify people in their own ways and lengths: a Telegram chat id, a web chat session, a
Dialogflow end-user id, an Alexa account id of 200–250 characters. Everything that stores viewer data
(feedback, viewing events, settings, Rasa's trackers) keys it by ``viewer_key(channel, id)`` instead:
``v1`` + the first 128 bits of HMAC-SHA256(secret, ``"<channel>:<id>"``) in hex, 34 characters.

Why here, in the gateway, before Rasa: the gateway is the only part that sees channel identities, so
Rasa's trackers, the action server and the recommender only ever see the key — an Alexa id of any
length fits every column, and a leaked database or log does not name anyone's Telegram or Alexa
account. Why keyed (HMAC, not a bare hash): chat ids are small numbers, so a plain hash could be
reversed by trying them all; without the secret, a key cannot be computed from an id.
The secret is ``MEDIABOT_VIEWER_KEY_SECRET`` or one generated into ``var/`` (contract.secret_file).

API callers may name a viewer by a channel identity (``"telegram:123"``) or by a key; ``resolve``
turns either into the key, so the same viewer is the same row whoever asks.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field

from aiohttp import web

from contract.secret_file import load_or_create
from contract.settings import VIEWER_KEY_SECRET_FILE, Settings
from contract.viewer import KEY_HEX_CHARS, PREFIX, is_viewer_key



@dataclass(frozen=True)
class ViewerKeys:
    """Derives viewer keys with one secret (``from_settings`` for the gateway's)."""

    secret: bytes = field(repr=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> ViewerKeys:
        secret = load_or_create(settings.viewer_key_secret, settings.var_dir / VIEWER_KEY_SECRET_FILE)
        return cls(secret.encode("utf-8"))

    def key(self, channel: str, user_id: str) -> str:
        """The viewer key of ``user_id`` on ``channel`` (any length in, 34 characters out)."""
        digest = hmac.new(self.secret, f"{channel}:{user_id}".encode("utf-8"), hashlib.sha256).hexdigest()
        return PREFIX + digest[:KEY_HEX_CHARS]

    def resolve(self, ref: str) -> str:
        """A key as is; ``"<channel>:<id>"`` hashed to its key (how API callers name a viewer)."""
        if is_viewer_key(ref):
            return ref
        channel, sep, user_id = ref.partition(":")
        if not sep or not channel or not user_id:
            raise ValueError("a viewer is named '<channel>:<id>' or by its viewer key")
        return self.key(channel, user_id)


VIEWER_KEYS: web.AppKey[ViewerKeys] = web.AppKey("viewer_keys")
