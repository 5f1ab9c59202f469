"""Agent console authentication: sign-in with throttling, server-side sessions, CSRF and origin checks.

- The session cookie holds a random 256-bit token; the database stores only an HMAC of it, so a copy
  of the database does not let anyone sign in. The cookie is HttpOnly, SameSite=Strict, limited to
  ``/agent`` and Secure whenever the console is reached over HTTPS.
- Every state-changing request must carry ``X-CSRF-Token``: an HMAC of the session token that the
  console's script gets from ``GET /agent/api/me`` (same-origin only). Sign-in itself has no session
  yet; it must be a JSON request (a cross-site form cannot send one without a CORS preflight, which
  this server never grants) and a cross-site ``Origin``/``Sec-Fetch-Site`` is refused everywhere.
- Sign-in attempts are recorded in SQL per account and per client address, keyed by HMACs so the
  table holds neither usernames nor addresses. The attempt is recorded *before* the password is
  hashed (and cleared only by a success), so parallel guesses cannot all slip through between the
  check and the record; in this process, one account has at most one hash in flight. Past a few free
  failures an account backs off exponentially (``backoff_s``): a guesser slows down that one account
  for a bounded time instead of locking every agent out; an address spraying many accounts backs off
  the same way at a higher threshold. The client address comes from ``X-Forwarded-For`` only when the
  direct peer is one of ``TRUSTED_PROXIES`` (``bot.proxies``).
- Hashing (scrypt at OWASP's cost) runs on its own small pool (``passwords.HASH_POOL``) with a bound
  on waiting sign-ins; beyond it the answer is 429 at once, so sign-ins cannot starve chat turns.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import logging
import math
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from aiohttp import web

from bot import keys, proxies
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
FAILURE_WINDOW = dt.timedelta(minutes=30)  # attempts older than this are forgotten
MAX_FAILURES_PER_USER = 5  # free failures per account within FAILURE_WINDOW; then exponential back-off
MAX_FAILURES_PER_ADDRESS = 30  # free failures from one address, any usernames (password spraying)
BACKOFF_BASE_S = 30.0  # the first wait after the free failures; doubles with each further failure
BACKOFF_MAX_S = 15 * 60.0
MAX_WAITING_HASHES = 8  # sign-ins queued for the hash pool beyond which the answer is 429 at once
SECRET_FILE = "agent-session.secret"


def load_secret(configured: str, var_dir: Path) -> bytes:
    """``MEDIABOT_SESSION_SECRET``, or a random secret generated once into ``var/`` (mode 0600)."""
    return keys.secret(configured, var_dir / SECRET_FILE)


@dataclass(frozen=True)
class Throttle:
    limited: bool
    retry_after_s: int = 0


T = TypeVar("T")


def _remaining(wait_s: float, last: dt.datetime | None, now: dt.datetime) -> float:
    return 0.0 if wait_s <= 0 or last is None else wait_s - (now - last).total_seconds()


def backoff_s(failures: int, free: int) -> float:
    """Seconds to wait after the latest failure: none for the first ``free``, then 30 s doubling to 15 min."""
    if failures < free:
        return 0.0
    return min(BACKOFF_BASE_S * 2.0 ** (failures - free), BACKOFF_MAX_S)


class AgentAuth:
    """Sessions, CSRF tokens and sign-in throttling for the agent console."""

    def __init__(self, agents: Agents, secret: bytes) -> None:
        self.agents = agents
        self._secret = secret
        self._attempts_lock = asyncio.Lock()  # check + record is one step in this process
        self._hashing: set[str] = set()  # accounts with a hash in flight
        self._waiting = 0

    def _mac(self, purpose: str, value: str) -> str:
        return hmac.new(self._secret, f"{purpose}\x00{value}".encode(), hashlib.sha256).hexdigest()

    def csrf_token(self, session_token: str) -> str:
        return self._mac("csrf", session_token)

    def csrf_ok(self, session_token: str, sent: str | None) -> bool:
        return bool(sent) and hmac.compare_digest(self.csrf_token(session_token), sent or "")

    # --- sign-in ------------------------------------------------------------------------------------

    async def sign_in(self, username: str, password: str, address: str) -> AgentRecord | Throttle:
        """The agent; ``Throttle(True, s)`` to wait ``s`` seconds; ``Throttle(False)`` for a wrong password.

        The attempt is recorded before hashing and cleared only on success."""
        user_key, ip_key = self._user_key(username), self._mac("ip", address)
        throttle = await self._admit(user_key, ip_key)
        if throttle.limited:
            return throttle
        try:
            agent = await self.check_password(username, password)
        finally:
            self._hashing.discard(user_key)
        if agent is None:
            return Throttle(False)
        await asyncio.to_thread(self.agents.clear_failures, user_key)
        return agent

    async def _admit(self, user_key: str, ip_key: str) -> Throttle:
        """Check the back-off and record the attempt, as one step; claim the account's hashing slot."""
        if self._waiting >= MAX_WAITING_HASHES:
            return Throttle(True, 1)
        async with self._attempts_lock:
            if user_key in self._hashing:
                return Throttle(True, 1)
            now = utcnow()
            n_user, last_user, n_ip, last_ip = await asyncio.to_thread(
                self.agents.attempt_stats, user_key, ip_key, now - FAILURE_WINDOW)
            wait = max(_remaining(backoff_s(n_user, MAX_FAILURES_PER_USER), last_user, now),
                       _remaining(backoff_s(n_ip, MAX_FAILURES_PER_ADDRESS), last_ip, now))
            if wait > 0:
                return Throttle(True, max(1, math.ceil(wait)))
            await asyncio.to_thread(self.agents.add_failure, user_key, ip_key, now, now - FAILURE_WINDOW)
            self._hashing.add(user_key)
        return Throttle(False)

    async def check_password(self, username: str, password: str) -> AgentRecord | None:
        """The agent if the password is right; the same work is done for unknown usernames. A hash
        made with an older (lower) cost is upgraded to today's on a successful sign-in."""
        agent = await asyncio.to_thread(self.agents.by_username, username)
        if agent is not None and not agent.disabled:
            stored = agent.password_hash
        else:
            stored = await self._hash(passwords.dummy_hash)  # computed once, on the pool too
        ok = await self._hash(passwords.verify_password, password, stored)
        if not ok or agent is None or agent.disabled:
            return None
        if passwords.needs_rehash(agent.password_hash):
            new_hash = await self._hash(passwords.hash_password, password)
            await asyncio.to_thread(self.agents.set_password, agent.username, new_hash)
        return agent

    async def _hash(self, fn: Callable[..., T], *args: str) -> T:
        """Run on the hash pool (never the default executor that database calls share)."""
        self._waiting += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(passwords.HASH_POOL, fn, *args)
        finally:
            self._waiting -= 1

    def _user_key(self, username: str) -> str:
        return self._mac("login", username.strip().lower())

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
    """The client's address (``X-Forwarded-For`` honoured only behind a trusted proxy, see bot.proxies)."""
    return proxies.client_address(request)


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
