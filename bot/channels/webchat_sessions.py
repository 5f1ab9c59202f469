"""Web chat session ids are issued by the server and signed, so a browser cannot choose one.

A session id names a viewer's conversation (and, through handoff, their transcript): if the client
could pick it, anyone who learned or guessed an id could join that conversation. So the server
issues ``<22 random url-safe chars><22 chars of HMAC-SHA256 over them>``; a tab presents the id it
was given in its hello and gets the same one back only if the signature checks, otherwise a fresh
one. The id keeps the shape the protocol always had (letters, digits, ``-``, ``_``; 44 characters) and
starts with a letter or digit, as the hello check requires.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

RANDOM_CHARS = 22  # 16 random bytes, base64url without padding
MAC_CHARS = 22  # the first 16 bytes of the HMAC


class SessionIds:
    """Issues and checks signed session ids with one secret (shared by every gateway process)."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 32:
            raise ValueError("the web chat session secret must be at least 32 bytes")
        self._secret = secret

    def issue(self) -> str:
        return self.issue_from(secrets.token_bytes(16))

    def issue_from(self, raw: bytes) -> str:
        """The id made from 16 random bytes (``issue`` draws them; tests choose them)."""
        nonce = _nonce(raw)
        return nonce + self._mac(nonce)

    def is_valid(self, session_id: str | None) -> bool:
        if not session_id or len(session_id) != RANDOM_CHARS + MAC_CHARS:
            return False
        nonce, mac = session_id[:RANDOM_CHARS], session_id[RANDOM_CHARS:]
        return hmac.compare_digest(self._mac(nonce), mac)

    def confirm(self, presented: str | None) -> str:
        """The presented id when it is one of ours, else a new one."""
        return presented if presented is not None and self.is_valid(presented) else self.issue()

    def _mac(self, nonce: str) -> str:
        digest = hmac.new(self._secret, b"webchat-session\x00" + nonce.encode("ascii"), hashlib.sha256).digest()
        return _b64(digest[:16])


def _nonce(raw: bytes) -> str:
    """``raw`` in base64url, starting with a letter: the hello check (``webchat_protocol.SESSION_ID_RE``)
    wants a letter or digit first, and a first 6-bit group of 62 or 63 would be ``-`` or ``_``. Clearing
    the first byte's top bit then maps it to ``e`` or ``f`` (costs far less than a bit of the 128)."""
    if raw[0] >> 2 >= 62:
        raw = bytes([raw[0] & 0x7F]) + raw[1:]
    return _b64(raw)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
