"""Agent sign-in throttling against the real gateway app and its SQLite store.

The attempt is recorded before the password is hashed, so parallel guesses cannot race the check;
an account backs off exponentially instead of every agent being locked out; client addresses come
from X-Forwarded-For only behind a trusted proxy; hashing has a pool of its own and a bound on waiting.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from handoff_helpers import PASSWORD, add_agent
from sqlalchemy import select, update

from bot.app import Parts, create_app
from bot.handoff import passwords
from bot.handoff.auth import BACKOFF_BASE_S, BACKOFF_MAX_S, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USER, backoff_s
from bot.handoff.console import AGENT_AUTH, HANDOFF_SERVICE
from bot.handoff.models import Agent, LoginFailure
from contract.settings import Settings

ClientFactory = Callable[..., Awaitable[TestClient]]
WRONG = "wrong password, sorry"


def make_app(tmp_path: Path, rasa_url: str, **overrides: object) -> web.Application:
    settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}", rasa_url=rasa_url,
                        session_secret="x" * 32, **overrides)  # type: ignore[arg-type]
    app = create_app(settings, parts=Parts.channels_only())
    store = app[HANDOFF_SERVICE].store
    add_agent(store, "ana", "Ana")
    add_agent(store, "ben", "Ben")
    return app


@pytest.fixture
async def app_client(aiohttp_client: ClientFactory, tmp_path: Path, rasa_url: str) -> TestClient:
    return await aiohttp_client(make_app(tmp_path, rasa_url))


async def login(client: TestClient, username: str, password: str, **headers: str) -> int:
    resp = await client.post("/agent/api/login", json={"username": username, "password": password}, headers=headers)
    return resp.status


def age_attempts(client: TestClient, seconds: float) -> None:
    """Move every recorded attempt back in time, as if ``seconds`` had passed."""
    store = client.server.app[HANDOFF_SERVICE].store
    with store.engine.begin() as conn:
        for row_id, at in conn.execute(select(LoginFailure.id, LoginFailure.at)).all():
            conn.execute(update(LoginFailure).where(LoginFailure.id == row_id)
                         .values(at=at - dt.timedelta(seconds=seconds)))


def test_backoff_doubles_after_the_free_failures_and_is_capped() -> None:
    free = MAX_FAILURES_PER_USER
    assert [backoff_s(n, free) for n in range(free)] == [0.0] * free
    assert backoff_s(free, free) == BACKOFF_BASE_S
    assert backoff_s(free + 1, free) == 2 * BACKOFF_BASE_S
    assert backoff_s(free + 3, free) == 8 * BACKOFF_BASE_S
    assert backoff_s(free + 40, free) == BACKOFF_MAX_S


async def test_parallel_guesses_for_one_account_get_one_hash_the_rest_wait(app_client: TestClient) -> None:
    # The hash pool is held busy, so the first guess is still being checked while the others arrive
    # (without that, on a slow machine a "parallel" guess can arrive after the first one finished).
    release = threading.Event()
    blockers = [passwords.HASH_POOL.submit(release.wait) for _ in range(passwords.HASH_THREADS)]
    try:
        first = asyncio.ensure_future(login(app_client, "ana", f"{WRONG} 0"))
        auth = app_client.server.app[AGENT_AUTH]
        while not auth._hashing:  # noqa: SLF001 - until the first guess holds the account's hashing slot
            await asyncio.sleep(0.01)
        others = await asyncio.gather(*(login(app_client, "ana", f"{WRONG} {i}") for i in range(1, 8)))
    finally:
        release.set()
    assert others == [429] * 7
    assert await first == 401
    for blocker in blockers:
        blocker.result()


async def test_an_account_backs_off_after_its_free_failures_then_lets_the_right_password_in(
        app_client: TestClient) -> None:
    for _ in range(MAX_FAILURES_PER_USER):
        assert await login(app_client, "ana", WRONG) == 401
    blocked = await app_client.post("/agent/api/login", json={"username": "ana", "password": PASSWORD})
    assert blocked.status == 429
    assert BACKOFF_BASE_S - 5 <= int(blocked.headers["Retry-After"]) <= BACKOFF_BASE_S + 1
    assert await login(app_client, "ben", PASSWORD) == 200  # other agents are not locked out
    age_attempts(app_client, BACKOFF_BASE_S + 1)
    assert await login(app_client, "ana", PASSWORD) == 200  # the wait is over, not a lockout


async def test_each_further_failure_doubles_the_wait(app_client: TestClient) -> None:
    for _ in range(MAX_FAILURES_PER_USER):
        assert await login(app_client, "ana", WRONG) == 401
    age_attempts(app_client, BACKOFF_BASE_S + 1)
    assert await login(app_client, "ana", WRONG) == 401
    blocked = await app_client.post("/agent/api/login", json={"username": "ana", "password": PASSWORD})
    assert 2 * BACKOFF_BASE_S - 5 <= int(blocked.headers["Retry-After"]) <= 2 * BACKOFF_BASE_S + 1


async def test_a_success_clears_the_accounts_attempts(app_client: TestClient) -> None:
    for _ in range(MAX_FAILURES_PER_USER - 1):
        assert await login(app_client, "ana", WRONG) == 401
    assert await login(app_client, "ana", PASSWORD) == 200
    for _ in range(MAX_FAILURES_PER_USER):
        assert await login(app_client, "ana", WRONG) == 401  # a fresh allowance


async def test_the_account_backs_off_whatever_address_the_guesses_come_from(
        aiohttp_client: ClientFactory, tmp_path: Path, rasa_url: str) -> None:
    client = await aiohttp_client(make_app(tmp_path, rasa_url, trusted_proxies="127.0.0.1"))
    for i in range(MAX_FAILURES_PER_USER):
        assert await login(client, "ana", WRONG, **{"X-Forwarded-For": f"203.0.113.{i + 1}"}) == 401
    assert await login(client, "ana", PASSWORD, **{"X-Forwarded-For": "198.51.100.9"}) == 429


async def test_behind_a_trusted_proxy_one_spraying_address_backs_off_alone(
        aiohttp_client: ClientFactory, tmp_path: Path, rasa_url: str) -> None:
    client = await aiohttp_client(make_app(tmp_path, rasa_url, trusted_proxies="127.0.0.0/8"))
    sprayer = {"X-Forwarded-For": "203.0.113.66"}
    for i in range(MAX_FAILURES_PER_ADDRESS):
        assert await login(client, f"user{i}", WRONG, **sprayer) == 401
    assert await login(client, "ben", PASSWORD, **sprayer) == 429
    assert await login(client, "ben", PASSWORD, **{"X-Forwarded-For": "203.0.113.67"}) == 200


async def test_without_a_trusted_proxy_forwarded_addresses_are_ignored(app_client: TestClient) -> None:
    for i in range(MAX_FAILURES_PER_USER):
        assert await login(app_client, "ana", WRONG, **{"X-Forwarded-For": f"203.0.113.{i}"}) == 401
    # each guess claimed another address; the limit counted them as one client (and one account)
    store = app_client.server.app[HANDOFF_SERVICE].store
    with store.engine.connect() as conn:
        assert len(set(conn.execute(select(LoginFailure.ip_key)).scalars())) == 1


async def test_hashing_has_its_own_pool_so_a_busy_pool_leaves_other_work_running(app_client: TestClient) -> None:
    release = threading.Event()
    blockers = [passwords.HASH_POOL.submit(release.wait) for _ in range(passwords.HASH_THREADS)]
    try:
        pending = asyncio.ensure_future(login(app_client, "ana", PASSWORD))
        assert await asyncio.to_thread(lambda: "database call") == "database call"  # not stuck behind scrypt
        assert not pending.done()
    finally:
        release.set()
    assert await pending == 200
    for blocker in blockers:
        blocker.result()


async def test_sign_ins_beyond_the_waiting_bound_are_refused_at_once(app_client: TestClient) -> None:
    from bot.handoff.auth import MAX_WAITING_HASHES

    release = threading.Event()
    blockers = [passwords.HASH_POOL.submit(release.wait) for _ in range(passwords.HASH_THREADS)]
    try:
        waiting = [asyncio.ensure_future(login(app_client, f"user{i}", WRONG)) for i in range(MAX_WAITING_HASHES)]
        auth = app_client.server.app[AGENT_AUTH]
        while auth._waiting < MAX_WAITING_HASHES:  # noqa: SLF001 - until all are queued for the pool
            await asyncio.sleep(0.01)
        assert await login(app_client, "ben", PASSWORD) == 429
    finally:
        release.set()
    assert await asyncio.gather(*waiting) == [401] * MAX_WAITING_HASHES
    for blocker in blockers:
        blocker.result()


@pytest.mark.real_scrypt
async def test_an_old_cheaper_hash_still_signs_in_and_is_upgraded(
        aiohttp_client: ClientFactory, tmp_path: Path, rasa_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(tmp_path, rasa_url)
    store = app[HANDOFF_SERVICE].store
    monkeypatch.setattr(passwords, "N", 2**14)
    store.agents.set_password("ana", passwords.hash_password(PASSWORD))
    monkeypatch.setattr(passwords, "N", 2**17)
    client = await aiohttp_client(app)
    assert await login(client, "ana", PASSWORD) == 200
    with store.engine.connect() as conn:
        stored = conn.execute(select(Agent.password_hash).where(Agent.username == "ana")).scalar_one()
    assert stored.startswith("scrypt$131072$8$1$")
    assert passwords.verify_password(PASSWORD, stored)


@pytest.mark.real_scrypt
def test_the_production_cost_is_owasps_minimum() -> None:
    assert (passwords.N, passwords.R, passwords.P) == (2**17, 8, 1)
