"""Start the whole system as real processes: action server, Rasa server, gateway.

``mediabot up`` (``make run``) starts them where the settings say (``Plan.from_settings``: the ports
``MEDIABOT_PORT``, ``RASA_PORT``, ``ACTION_SERVER_PORT`` and the URLs ``RASA_URL``,
``RECOMMENDER_URL``, ``ACTION_SERVER_URL``, never overridden); the integration tests start them on
free loopback ports with a throw-away database (``start_stack``). Rasa reads the project's
``endpoints.yml``, which takes the action server's URL from ``ACTION_SERVER_URL`` in its environment.
Rasa and the action server run in ``.venv-rasa`` (Python 3.10); the gateway runs in the current
interpreter (Python 3.11+). All of them bind to 127.0.0.1 except the gateway, whose interface is
``MEDIABOT_HOST``.

Where Rasa keeps conversations is ``Conversations`` (from the settings): the embedded default is the
project's ``endpoints.yml`` (SQL tracker store on a SQLite file, one Rasa process); with ``REDIS_URL``
set, Rasa gets a per-run endpoints file under ``var/run/`` (Redis tracker store with expiry, Redis lock
store) and may run ``MEDIABOT_RASA_WORKERS`` Sanic workers.

Stdlib only (plus ``contract`` and ``mediabot.rasa_model``): tests in ``.venv-rasa`` import it.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from contract.settings import PROJECT_ROOT, SETTINGS_DOC, Settings
from mediabot.rasa_model import rasa_bin, runtime_env

READY_TIMEOUT_S = 300
ENDPOINTS = PROJECT_ROOT / "endpoints.yml"
CREDENTIALS = PROJECT_ROOT / "credentials.yml"
LOOPBACK = "127.0.0.1"
LOCAL_HOSTS = frozenset({LOOPBACK, "localhost", "::1"})
DEFAULT_PORTS = {"http": 80, "https": 443}
REDIS_KEY_PREFIX = "mediabot"  # Rasa accepts alphanumeric prefixes only
# Rasa loads these by module path (conversations/: bounded sessions, one SET per save).
REDIS_TRACKER_STORE = "conversations.redis_store.ConversationRedisStore"
REDIS_LOCK_STORE = "conversations.redis_lock.ConversationRedisLockStore"  # one atomic SET NX per turn


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def local_url(port: int) -> str:
    return f"http://{LOOPBACK}:{port}"


@dataclass(frozen=True)
class Plan:
    """Where each process listens, and the URL each process uses to reach the next one."""

    gateway_port: int
    rasa_port: int
    action_port: int
    rasa_url: str         # the gateway calls Rasa here
    recommender_url: str  # the actions call the recommender API (the gateway) here
    action_url: str       # Rasa calls the action server here

    @classmethod
    def local(cls, gateway_port: int, rasa_port: int, action_port: int) -> Plan:
        """Everything on loopback, each URL pointing at the process started on its port."""
        return cls(gateway_port, rasa_port, action_port, rasa_url=local_url(rasa_port),
                   recommender_url=local_url(gateway_port), action_url=local_url(action_port))

    @classmethod
    def from_settings(cls, settings: Settings) -> Plan:
        """Ports and URLs exactly as configured (the URLs default to the ports, see contract.settings)."""
        return cls(settings.port, settings.rasa_port, settings.action_server_port, rasa_url=settings.rasa_url,
                   recommender_url=settings.recommender_url, action_url=settings.action_server_url)

    def elsewhere(self) -> list[str]:
        """The configured URLs that do not lead to the process started here (worth telling the user:
        it is honoured, but the server started on that port will not be the one called)."""
        pairs = (("RASA_URL", self.rasa_url, self.rasa_port), ("RECOMMENDER_URL", self.recommender_url, self.gateway_port),
                 ("ACTION_SERVER_URL", self.action_url, self.action_port))
        return [f"{name}={url} is used as configured; the server started here listens on port {port}"
                for name, url, port in pairs if not _reaches(url, port)]


def _reaches(url: str, port: int) -> bool:
    """Whether ``url`` leads to a server of this machine listening on ``port``."""
    parts = urllib.parse.urlsplit(url)
    return parts.hostname in LOCAL_HOSTS and (parts.port or DEFAULT_PORTS.get(parts.scheme)) == port


def settings_with(env: dict[str, str]) -> Settings:
    """The settings a child started with ``env`` over this process's environment will read."""
    saved = {name: os.environ.get(name) for name in SETTINGS_DOC}
    os.environ.update({k: v for k, v in env.items() if k in SETTINGS_DOC})
    try:
        return Settings()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@dataclass(frozen=True)
class Conversations:
    """Where Rasa keeps conversations, how long an idle one lives, and how many workers serve them."""

    sqlite_db: Path
    ttl_s: int
    redis_url: str = ""
    rasa_workers: int = 1
    action_workers: int = 1
    lock_lifetime_s: int = 3

    @classmethod
    def from_settings(cls, settings: Settings) -> Conversations:
        # A turn's lock outlives the gateway's wait for it by no more than needed: a Rasa worker that dies
        # mid-turn leaves its ticket behind, and the viewer's next turn must not queue behind it for
        # Rasa's default 60 s. Half the gateway's timeout, so that next turn still fits in it.
        return cls(settings.conversations_db, settings.conversation_ttl_s, settings.redis_url,
                   settings.rasa_workers, settings.action_workers,
                   lock_lifetime_s=max(1, math.ceil(settings.rasa_timeout_s / 2)))

    @property
    def on_redis(self) -> bool:
        return bool(self.redis_url)

    def check(self) -> None:
        """Refuse what Rasa would silently ignore: several workers need a lock store they share."""
        if self.rasa_workers < 1 or self.action_workers < 1:
            raise ValueError("MEDIABOT_RASA_WORKERS and MEDIABOT_ACTION_WORKERS must be at least 1")
        if self.rasa_workers > 1 and not self.on_redis:
            raise ValueError(f"MEDIABOT_RASA_WORKERS={self.rasa_workers} needs REDIS_URL: Rasa's workers share "
                             "conversations and their locks through Redis (one worker runs without it)")
        if self.ttl_s < 60:
            raise ValueError("MEDIABOT_CONVERSATION_TTL must be at least 60 seconds")

    def rasa_env(self) -> dict[str, str]:
        """What Rasa reads from its environment: endpoints.yml's SQLite file, Sanic's worker count, the
        lifetime of a conversation's lock."""
        return {"MEDIABOT_CONVERSATIONS_DB": str(self.sqlite_db), "SANIC_WORKERS": str(self.rasa_workers),
                "TICKET_LOCK_LIFETIME": str(self.lock_lifetime_s)}

    def endpoints(self, action_url: str, run_dir: Path) -> Path:
        """The endpoints file Rasa runs with: the project's, or (Redis) a per-run one in ``run_dir``."""
        if not self.on_redis:
            return ENDPOINTS
        run_dir.mkdir(parents=True, exist_ok=True)
        path = run_dir / "endpoints-redis.yml"
        # YAML is a superset of JSON; 0600 because the Redis password may be in it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(json.dumps(self.redis_endpoints(action_url), indent=2) + "\n")
        return path

    def redis_endpoints(self, action_url: str) -> dict[str, object]:
        """Rasa's endpoints for the scale path: conversations and their locks in Redis."""
        parts = urllib.parse.urlsplit(self.redis_url)
        if parts.scheme not in ("redis", "rediss") or not parts.hostname:
            raise ValueError("REDIS_URL must look like redis://[:password@]host:port/db")
        server: dict[str, object] = {"url": parts.hostname, "port": parts.port or 6379,
                                     "db": int(parts.path.strip("/") or 0), "use_ssl": parts.scheme == "rediss",
                                     "key_prefix": REDIS_KEY_PREFIX}
        if parts.username:
            server["username"] = urllib.parse.unquote(parts.username)
        if parts.password:
            server["password"] = urllib.parse.unquote(parts.password)
        return {"action_endpoint": {"url": f"{action_url}/webhook"},
                "tracker_store": {"type": REDIS_TRACKER_STORE, **server, "record_exp": self.ttl_s},
                "lock_store": {"type": REDIS_LOCK_STORE, **server}}


@dataclass
class Stack:
    """Running processes and where to reach them (always on loopback, whatever the URLs they use)."""

    plan: Plan
    log_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    model: Path | None = None
    conversations: Conversations | None = None

    @property
    def store(self) -> Conversations:
        if self.conversations is None:
            self.conversations = Conversations.from_settings(settings_with(self.env))
        return self.conversations

    @property
    def gateway_url(self) -> str:
        return local_url(self.plan.gateway_port)

    @property
    def rasa_url(self) -> str:
        return local_url(self.plan.rasa_port)

    @property
    def action_url(self) -> str:
        return local_url(self.plan.action_port)

    def stop(self, names: tuple[str, ...] = ("gateway", "rasa", "actions")) -> None:
        for name in names:
            proc = self.processes.get(name)
            if proc is not None:
                _stop_group(proc)

    def __enter__(self) -> Stack:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _stop_group(proc: subprocess.Popen) -> None:
    """Stop a child and everything it started: each child leads its own process group (``_spawn``), and
    Rasa's and the action server's Sanic workers are in it. A main process that died (or was killed in a
    fault test) can leave its workers behind; they are stopped with it rather than outliving the stack."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # whatever of the group is still there
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def _wait(url: str, proc: subprocess.Popen, name: str, log: Path, timeout: float = READY_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            raise RuntimeError(f"{name} exited with code {proc.returncode} before becoming ready:\n{tail}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status < 500:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{name} not ready at {url} after {timeout:.0f}s (log: {log})")


def _spawn(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    fh = log.open("ab")
    return subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT,
                            start_new_session=True)


def start_actions(plan: Plan, log_dir: Path, env: dict[str, str], workers: int = 1) -> subprocess.Popen:
    action_env = runtime_env() | env | {"SANIC_HOST": LOOPBACK, "RECOMMENDER_URL": plan.recommender_url,
                                        "ACTION_SERVER_SANIC_WORKERS": str(workers)}
    cmd = [str(rasa_bin()), "run", "actions", "--port", str(plan.action_port), "--actions", "actions"]
    return _spawn(cmd, action_env, log_dir / "actions.log")


def start_rasa(plan: Plan, model: Path, log_dir: Path, env: dict[str, str],
               conversations: Conversations) -> subprocess.Popen:
    """Rasa on loopback; its HTTP API requires ``RASA_AUTH_TOKEN`` (a random one when unset, which closes
    the API: the gateway talks only to the REST channel and checks liveness on the open root route).
    Conversations are kept where ``conversations`` says (the SQLite file or Redis)."""
    rasa_env = runtime_env() | env | conversations.rasa_env() | {"ACTION_SERVER_URL": plan.action_url}
    token = rasa_env.get("RASA_AUTH_TOKEN") or secrets.token_urlsafe(32)
    endpoints = conversations.endpoints(plan.action_url, log_dir.parent / "run")
    conversations.sqlite_db.parent.mkdir(parents=True, exist_ok=True)
    # "--auth-token=<token>": a random token may begin with "-", which argparse would read as an option.
    cmd = [str(rasa_bin()), "run", "--enable-api", f"--auth-token={token}", "-i", LOOPBACK, "-p", str(plan.rasa_port),
           "-m", str(model), "--endpoints", str(endpoints), "--credentials", str(CREDENTIALS)]
    return _spawn(cmd, rasa_env, log_dir / "rasa.log")


def start_gateway(plan: Plan, log_dir: Path, env: dict[str, str]) -> subprocess.Popen:
    gw_env = dict(os.environ) | env | {"MEDIABOT_PORT": str(plan.gateway_port), "RASA_URL": plan.rasa_url,
                                       "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "mediabot.cli", "serve", "--port", str(plan.gateway_port)]
    return _spawn(cmd, gw_env, log_dir / "gateway.log")


CHILDREN = ("actions", "rasa", "gateway")


def start_child(stack: Stack, name: str) -> subprocess.Popen:
    """(Re)start one of the stack's processes where its plan says; the supervisor restarts with this."""
    if name == "actions":
        proc = start_actions(stack.plan, stack.log_dir, stack.env, stack.store.action_workers)
    elif name == "rasa":
        assert stack.model is not None, "a stack that runs Rasa knows its model"
        proc = start_rasa(stack.plan, stack.model, stack.log_dir, stack.env, stack.store)
    elif name == "gateway":
        proc = start_gateway(stack.plan, stack.log_dir, stack.env)
    else:
        raise ValueError(f"unknown stack process {name!r}")
    stack.processes[name] = proc
    return proc


def launch(model: Path, plan: Plan, *, env: dict[str, str] | None = None, log_dir: Path | None = None) -> Stack:
    """Start actions, Rasa and the gateway as ``plan`` says (in parallel); wait until all three answer."""
    env = dict(env or {})
    log_dir = log_dir or Path(tempfile.mkdtemp(prefix="mediabot-stack-"))
    log_dir.mkdir(parents=True, exist_ok=True)
    stack = Stack(plan, log_dir, env, model=model)
    stack.store.check()
    try:
        for name in CHILDREN:
            start_child(stack, name)
        _wait(f"{stack.action_url}/health", stack.processes["actions"], "action server", log_dir / "actions.log")
        _wait(f"{stack.gateway_url}/healthz", stack.processes["gateway"], "gateway", log_dir / "gateway.log")
        _wait(f"{stack.rasa_url}/", stack.processes["rasa"], "Rasa server", log_dir / "rasa.log")
    except BaseException:
        stack.stop()
        raise
    return stack


def start_stack(model: Path, *, gateway_port: int | None = None, rasa_port: int | None = None,
                action_port: int | None = None, env: dict[str, str] | None = None,
                log_dir: Path | None = None) -> Stack:
    """A self-contained stack on loopback (free ports unless given): for tests and benchmarks."""
    plan = Plan.local(gateway_port or free_port(), rasa_port or free_port(), action_port or free_port())
    return launch(model, plan, env=env, log_dir=log_dir)


def restart_gateway(stack: Stack, env: dict[str, str] | None = None) -> None:
    """Stop and start only the gateway (same port, same database): for restart tests."""
    stack.stop(("gateway",))
    stack.processes["gateway"] = start_gateway(stack.plan, stack.log_dir, stack.env | dict(env or {}))
    _wait(f"{stack.gateway_url}/healthz", stack.processes["gateway"], "gateway", stack.log_dir / "gateway.log")


def restart_rasa(stack: Stack) -> None:
    """Stop and start only Rasa (same port, same conversation store): for restart tests."""
    stack.stop(("rasa",))
    start_child(stack, "rasa")
    _wait(f"{stack.rasa_url}/", stack.processes["rasa"], "Rasa server", stack.log_dir / "rasa.log")
