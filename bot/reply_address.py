"""Where the viewer of a turn can be written to, carried with the turn to the "tell me when" API (issue 9).

"Let me know when new Korean dramas arrive" must be saved with the Telegram chat or web chat session it
came from, and only the gateway that received the message knows it. The notification action calls the
subscriptions API during the turn, but on the scale path that call may land on another gateway or on a
``mediabot serve --recommender-only`` process, which has never seen this viewer. So the address travels
with the turn: the router gives Rasa ``{"reply_to": <sealed address>}`` as the message's metadata
(``turn_metadata``), the action reads it from the tracker's latest message and sends it back with the
subscription, and whichever process answers opens it (``POST /api/subscriptions``).

Why sealed (Fernet: AES-128-CBC + HMAC-SHA256, from ``cryptography``) rather than plain: Rasa stores
message metadata in its tracker store, and the viewer-key design keeps channel ids (a Telegram chat id)
out of Rasa, the action server and their logs. The key is derived from the viewer-key secret, which every
gateway process of a deployment must share anyway (otherwise viewer keys would differ), so any of them
can open what another sealed. A sealed address names its viewer key (the API refuses it for another
viewer) and expires after ``TTL_S`` (it is only needed during its own turn). Voice channels get none:
they cannot write first, and the API says so (``409 cannot_notify``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from cryptography.fernet import Fernet, InvalidToken

from bot.identity import ViewerKeys
from recommender.subscriptions import CHANNELS

METADATA_KEY = "reply_to"
TTL_S = 15 * 60
MAX_SEALED_CHARS = 2048  # a Telegram chat id or a web chat session id, sealed, is a few hundred


@dataclass(frozen=True)
class ReplyAddress:
    """A viewer key and the channel address behind it, as the turn's gateway knew them."""

    viewer: str
    channel: str
    address: str


class ReplyAddresses:
    """Seals and opens reply addresses with a key derived from the viewer-key secret."""

    def __init__(self, secret: bytes) -> None:
        derived = hmac.new(secret, b"reply-address", hashlib.sha256).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(derived))

    @classmethod
    def from_keys(cls, keys: ViewerKeys) -> ReplyAddresses:
        return cls(keys.secret)

    def seal(self, address: ReplyAddress) -> str:
        plain = json.dumps({"v": address.viewer, "c": address.channel, "a": address.address}, separators=(",", ":"))
        return self._fernet.encrypt(plain.encode("utf-8")).decode("ascii")

    def open(self, sealed: str, ttl_s: int = TTL_S, now: int | None = None) -> ReplyAddress | None:
        """The address, or None when the token is forged, altered, expired (at ``now``, a Unix time; the
        clock when None) or malformed."""
        try:
            token = sealed.encode("ascii")
            plain = (self._fernet.decrypt(token, ttl=ttl_s) if now is None
                     else self._fernet.decrypt_at_time(token, ttl_s, now))
            data = json.loads(plain)
        except (InvalidToken, UnicodeError, ValueError):
            return None
        if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in ("v", "c", "a")):
            return None
        return ReplyAddress(data["v"], data["c"], data["a"])

    def turn_metadata(self, viewer: str, channel: str, user_id: str) -> dict[str, Any] | None:
        """The router's hook: the metadata of a turn, a sealed address for channels that can write first."""
        if channel not in CHANNELS:
            return None
        return {METADATA_KEY: self.seal(ReplyAddress(viewer, channel, user_id))}


REPLY_ADDRESSES: web.AppKey[ReplyAddresses] = web.AppKey("reply_addresses")


def setup(app: web.Application, keys: ViewerKeys, router: Any) -> None:
    """Seal the address into every turn of this gateway; open them in its subscriptions API."""
    addresses = ReplyAddresses.from_keys(keys)
    app[REPLY_ADDRESSES] = addresses
    router.turn_metadata = addresses.turn_metadata
