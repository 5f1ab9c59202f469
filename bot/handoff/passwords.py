"""Agent password hashing with the standard library's scrypt (memory-hard, per-user random salt).

Stored format: ``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>``. The parameters travel with each hash, so
they can be raised later and old hashes still verify (``needs_rehash`` tells when to upgrade; sign-in
re-hashes with today's cost). The cost is OWASP's minimum for scrypt (N=2^17, r=8, p=1: 128 MiB and
a few hundred ms per hash), so hashing runs only on ``HASH_POOL``, a small pool of its own: a burst
of sign-ins queues there instead of taking the threads chat turns and database calls need.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
from concurrent.futures import ThreadPoolExecutor

SCHEME = "scrypt"
N, R, P = 2**17, 8, 1  # OWASP minimum: 128 MiB and ~0.3 s per hash on one core; slow for guessing, fine for a login
HASH_THREADS = 2  # at most this many hashes at once (each holds 128 MiB)
HASH_POOL = ThreadPoolExecutor(max_workers=HASH_THREADS, thread_name_prefix="scrypt")
SALT_BYTES = 16
KEY_BYTES = 32
MAX_PASSWORD_CHARS = 1024  # scrypt cost doesn't depend on length, but a 10 MB "password" is abuse
MIN_PASSWORD_CHARS = 10


class PasswordPolicyError(ValueError):
    """The chosen password is not acceptable; the message says why."""


def check_policy(password: str) -> None:
    """Refuse passwords that are trivially guessable, before they are ever stored."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise PasswordPolicyError(f"use at least {MIN_PASSWORD_CHARS} characters")
    if len(password) > MAX_PASSWORD_CHARS:
        raise PasswordPolicyError(f"use at most {MAX_PASSWORD_CHARS} characters")
    if len(set(password)) < 4:
        raise PasswordPolicyError("use more than a few distinct characters")


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, N, R, P)
    return "$".join([SCHEME, str(N), str(R), str(P), _b64(salt), _b64(digest)])


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison; False (never an exception) for malformed stored values."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = _unb64(digest)
        actual = _scrypt(password[:MAX_PASSWORD_CHARS], _unb64(salt), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    return not stored.startswith(f"{SCHEME}${N}${R}${P}$")


@functools.cache
def dummy_hash() -> str:
    """A real hash of a random password: verifying against it costs as much as a real account, so the
    time a sign-in takes does not reveal whether the username exists."""
    return hash_password(secrets.token_urlsafe(16))


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int = KEY_BYTES) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=_maxmem(n, r, p), dklen=dklen)


def _maxmem(n: int, r: int, p: int) -> int:
    """Room for the parameters asked for (128·r·(n+p) bytes, plus slack), capped so a tampered stored
    hash cannot make one sign-in allocate gigabytes."""
    return min(128 * r * (n + p) + 32 * 1024 * 1024, 512 * 1024 * 1024)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
