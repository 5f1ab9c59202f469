"""The REAL recommender for the action tests: the gateway as a subprocess over the fixture catalog.

``recommender_url`` (session scope, registered once for the whole folder by ``conftest.py``: a module that
imported it would start a gateway of its own, and overlapping ones leaked their settings into each other)
imports tests/fixtures/netflix_small.csv into a throw-away SQLite
file with ``mediabot import`` and starts ``mediabot serve`` on a free loopback port, both in the gateway
runtime (``.venv``, Python 3.11) while the tests run in the Rasa runtime (``.venv-rasa``). The actions
reach it over real HTTP through ``RECOMMENDER_URL`` and read that catalog's gazetteer (``MEDIABOT_GAZETTEER``). Item embeddings come from the shared test cache
(``var/test-cache``), so the start costs seconds, not the minutes of a first encoding.

Also here: ``api_get`` / ``api_post`` (plain urllib, to check the actions' answers against the API
itself) and ``silent_server`` (a socket that accepts connections and never answers: a real network
condition for the timeout test).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from mediabot.stack import _spawn, _wait, free_port  # stdlib-only: importable from .venv-rasa

PROJECT_ROOT = Path(__file__).resolve().parents[2]
GATEWAY_PYTHON = PROJECT_ROOT / ".venv" / "bin" / "python"
FIXTURE_CATALOG = PROJECT_ROOT / "tests" / "fixtures" / "netflix_small.csv"
TEST_CACHE_DIR = Path(os.environ.get("MEDIABOT_TEST_CACHE", PROJECT_ROOT / "var" / "test-cache"))
READY_TIMEOUT_S = 180
# The action server's credential for viewer-scoped calls (bot/api/auth.py); the actions under test and
# these helpers send it, as the real action server does.
API_TOKEN = "action-tests-recommender-api-token"


@contextmanager
def served_catalog(catalog: Path, tmp: Path) -> Iterator[tuple[str, Path]]:
    """A real gateway (``.venv``) over ``catalog`` imported into a throw-away SQLite file under ``tmp``: its URL and
    the gazetteer file the import wrote; stopped on exit."""
    if not GATEWAY_PYTHON.exists():
        pytest.fail(f"gateway runtime missing: {GATEWAY_PYTHON} (run `make install`)")
    gazetteer = tmp / "var" / "gazetteer.json"
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONHOME", "PYTHONPATH")} | {
        "DATABASE_URL": f"sqlite:///{tmp / 'catalog.db'}",  # (nothing of .venv-rasa may leak into .venv)
        "MEDIABOT_VAR_DIR": str(tmp / "var"),
        "MEDIABOT_CACHE_DIR": str(TEST_CACHE_DIR),
        "HF_HUB_OFFLINE": "1",
        "RECOMMENDER_API_TOKEN": API_TOKEN,
        "MEDIABOT_GAZETTEER": str(gazetteer),  # written by the import below
    }
    imported = subprocess.run([str(GATEWAY_PYTHON), "-m", "mediabot.cli", "import", str(catalog)],
                              cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)
    if imported.returncode != 0:
        pytest.fail(f"mediabot import failed ({imported.returncode}):\n{imported.stdout}\n{imported.stderr}")
    port = free_port()
    log = tmp / "gateway.log"
    proc = _spawn([str(GATEWAY_PYTHON), "-m", "mediabot.cli", "serve", "--port", str(port)],
                  env | {"MEDIABOT_PORT": str(port)}, log)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(f"{url}/healthz", proc, "gateway", log, timeout=READY_TIMEOUT_S)
        yield url, gazetteer
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def recommender_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a real gateway serving the fixture catalog; stopped at the end of the session."""
    # The actions in this process read the token (get_client) and the gazetteer of the catalog they talk to:
    # the import writes it into the gateway's var dir. Never the project's var/gazetteer.json, which a
    # clean clone has not got before `make run` (`make test` alone must pass).
    previous = {key: os.environ.get(key) for key in ("RECOMMENDER_API_TOKEN", "MEDIABOT_GAZETTEER")}
    try:
        with served_catalog(FIXTURE_CATALOG, tmp_path_factory.mktemp("real-recommender")) as (url, gazetteer):
            os.environ["RECOMMENDER_API_TOKEN"] = API_TOKEN
            os.environ["MEDIABOT_GAZETTEER"] = str(gazetteer)
            yield url
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _call(req: urllib.request.Request) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")


AUTH = {"Authorization": f"Bearer {API_TOKEN}"}


def api_get(base: str, path: str) -> tuple[int, Any]:
    return _call(urllib.request.Request(base + path, headers=AUTH))


def api_post(base: str, path: str, body: dict[str, Any]) -> tuple[int, Any]:
    return _call(urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                        headers={"Content-Type": "application/json", **AUTH}))


def item(base: str, item_id: str) -> dict[str, Any]:
    """The full catalog record of ``item_id`` from the real API (cast, directors, languages ...)."""
    status, body = api_get(base, f"/api/items/{item_id}")
    assert status == 200, (item_id, status, body)
    return body


@contextmanager
def silent_server() -> Iterator[str]:
    """A loopback TCP server that accepts connections, reads, and never answers; yields its URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    stop = threading.Event()
    conns: list[socket.socket] = []

    def accept() -> None:
        sock.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except (socket.timeout, OSError):
                continue
            conns.append(conn)  # keep it open, say nothing

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=2)
        for conn in conns:
            conn.close()
        sock.close()


@pytest.fixture
def api(recommender_url: str, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: F811
    """The actions pointed at the real recommender (and its catalog's gazetteer); returns its base URL."""
    monkeypatch.setenv("RECOMMENDER_URL", recommender_url)
    monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "30")
    return recommender_url
