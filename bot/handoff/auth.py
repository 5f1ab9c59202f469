"""Agent console authentication: sign-in with throttling, server-side sessions, CSRF and origin checks.

- The session cookie holds a random 256-bit token; the database stores only an HMAC of it, so a copy
  of the database does not let anyone sign in. The cookie is HttpOnly, SameSite=Strict, limited to
  ``/agent`` and Secure whenever the console is reached over HTTPS.
- Every state-changing request must carry ``X-CSRF-Token``: an HMAC of the session token that the
  console's script gets from ``GET /agent/api/me`` (same-origin only). Sign-in itself has no session
  yet; it must be a JSON request (a cross-site form cannot send one without a CORS preflight, which
  this server never grants) and a cross-site ``Origin``/``Sec-Fetch-Site`` is refused everywhere.
- Failed sign-ins are counted in SQL per (username, address) and per address, keyed by HMACs so the
  table holds neither usernames nor addresses; over the limit the answer is 429 with ``Retry-After``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web

from bot.handoff import passwords
from bot.handoff.models import utcnow
from bot.handoff.agents import AgentRecord, Agents

log = logging.getLogger(__name__)

COOKIE = "mediabot_agent"
COOKIE_PATH = "/agent"
CSRF_HEADER = "X-CSRF-Token"
SESSION_LIFETIME = dt.timedelta(hours=12)
SESSION_IDLE = dt.timedelta(hours=2)
SESSION_TOUCH = dt.timedelta(minutes=1)
FAILURE_WINDOW = dt.timedelta(minutes=5)
MAX_FAILURES_PER_USER = 5  # per username + address, within FAILURE_WINDOW
MAX_FAILURES_PER_ADDRESS = 30  # any usernames from one address (password spraying)
SECRET_FILE = "agent-session.secret"


def load_secret(configured: str, var_dir: Path) -> bytes:
    """``MEDIABOT_SESSION_SECRET``, or a random secret generated once into ``var/`` (mode 0600)."""
    if configured:
        return configured.encode("utf-8")
    path = var_dir / SECRET_FILE
    try:
        return bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError):
        pass
    var_dir.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it first: use theirs
        return bytes.fromhex(path.read_text().strip())
    with os.fdopen(fd, "w") as f:
        f.write(secret.hex())
    return secret


@dataclass(frozen=True)
class Throttle:
    limited: bool
    retry_after_s: int = 0


class AgentAuth:
    """Sessions, CSRF tokens and sign-in throttling for the agent console."""

    def __init__(self, agents: Agents, secret: bytes) -> None:
        self.agents = agents
        self._secret = secret

    def _mac(self, purpose: str, value: str) -> str:
        return hmac.new(self._secret, f"{purpose}\x00{value}".encode(), hashlib.sha256).hexdigest()

    def csrf_token(self, session_token: str) -> str:
        return self._mac("csrf", session_token)

    def csrf_ok(self, session_token: str, sent: str | None) -> bool:
        return bool(sent) and hmac.compare_digest(self.csrf_token(session_token), sent or "")

    # --- sign-in ------------------------------------------------------------------------------------

    async def throttle(self, username: str, address: str) -> Throttle:
        now = utcnow()
        by_user, by_address, oldest = await asyncio.to_thread(
            self.agents.failures_since, self._user_key(username, address), self._mac("ip", address),
            now - FAILURE_WINDOW)
        if by_user < MAX_FAILURES_PER_USER and by_address < MAX_FAILURES_PER_ADDRESS:
            return Throttle(False)
        retry = (oldest + FAILURE_WINDOW - now).total_seconds() if oldest else FAILURE_WINDOW.total_seconds()
        return Throttle(True, max(1, int(retry) + 1))

    async def check_password(self, username: str, password: str) -> AgentRecord | None:
        """The agent if the password is right; the same work is done for unknown usernames."""
        agent = await asyncio.to_thread(self.agents.by_username, username)
        stored = agent.password_hash if agent is not None and not agent.disabled else passwords.dummy_hash()
        ok = await asyncio.to_thread(passwords.verify_password, password, stored)
        if not ok or agent is None or agent.disabled:
            return None
        if passwords.needs_rehash(agent.password_hash):
            new_hash = await asyncio.to_thread(passwords.hash_password, password)
            await asyncio.to_thread(self.agents.set_password, agent.username, new_hash)
        return agent

    async def record_failure(self, username: str, address: str) -> None:
        now = utcnow()
        await asyncio.to_thread(self.agents.add_failure, self._user_key(username, address),
                                self._mac("ip", address), now, now - FAILURE_WINDOW)

    async def clear_failures(self, username: str, address: str) -> None:
        await asyncio.to_thread(self.agents.clear_failures, self._user_key(username, address))

    def _user_key(self, username: str, address: str) -> str:
        return self._mac("login", f"{username.lower()}\x00{address}")

    # --- sessions -----------------------------------------------------------------------------------

    async def start_session(self, agent: AgentRecord) -> str:
        token = secrets.token_urlsafe(32)
        await asyncio.to_thread(self.agents.create_session, self._mac("session", token), agent.id,
                                utcnow() + SESSION_LIFETIME)
        return token

    async def end_session(self, token: str) -> None:
        await asyncio.to_thread(self.agents.delete_session, self._mac("session", token))

    async def session_agent(self, token: str | None) -> AgentRecord | None:
        if not token or len(token) > 128:
            return None
        return await asyncio.to_thread(self.agents.session_agent, self._mac("session", token),
                                       SESSION_IDLE, SESSION_TOUCH)


# --- request helpers ---------------------------------------------------------------------------------


def client_address(request: web.Request) -> str:
    """The peer address. Forwarded headers are not trusted: behind a proxy, the proxy must limit too."""
    return request.remote or "unknown"


def is_cross_site(request: web.Request) -> bool:
    """True when the browser tells us the request comes from another site."""
    if request.headers.get("Sec-Fetch-Site", "") == "cross-site":
        return True
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    return origin == "null" or urlsplit(origin).netloc.lower() != request.host.lower()


def is_https(request: web.Request) -> bool:
    return request.secure or request.headers.get("X-Forwarded-Proto", "").lower() == "https"


def set_session_cookie(request: web.Request, response: web.StreamResponse, token: str) -> None:
    response.set_cookie(COOKIE, token, path=COOKIE_PATH, httponly=True, samesite="Strict",
                        secure=is_https(request), max_age=int(SESSION_LIFETIME.total_seconds()))


def clear_session_cookie(request: web.Request, response: web.StreamResponse) -> None:
    response.set_cookie(COOKIE, "", path=COOKIE_PATH, httponly=True, samesite="Strict",
                        secure=is_https(request), max_age=0, expires="Thu, 01 Jan 1970 00:00:00 GMT")
