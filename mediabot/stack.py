"""Start the whole system as real processes: action server, Rasa server, gateway.

``mediabot up`` (``make run``) starts them where the settings say (``Plan.from_settings``: the ports
``MEDIABOT_PORT``, ``RASA_PORT``, ``ACTION_SERVER_PORT`` and the URLs ``RASA_URL``,
``RECOMMENDER_URL``, ``ACTION_SERVER_URL``, never overridden); the integration tests start them on
free loopback ports with a throw-away database (``start_stack``). Rasa reads the project's
``endpoints.yml``, which takes the action server's URL from ``ACTION_SERVER_URL`` in its environment.
Rasa and the action server run in ``.venv-rasa`` (Python 3.10); the gateway runs in the current
interpreter (Python 3.11+). All of them bind to 127.0.0.1 except the gateway, whose interface is
``MEDIABOT_HOST``.

Stdlib only (plus ``contract`` and ``mediabot.rasa_model``): tests in ``.venv-rasa`` import it.
"""

from __future__ import annotations

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

from contract.settings import PROJECT_ROOT, Settings
from mediabot.rasa_model import rasa_bin, runtime_env

READY_TIMEOUT_S = 300
ENDPOINTS = PROJECT_ROOT / "endpoints.yml"
CREDENTIALS = PROJECT_ROOT / "credentials.yml"
LOOPBACK = "127.0.0.1"
LOCAL_HOSTS = frozenset({LOOPBACK, "localhost", "::1"})
DEFAULT_PORTS = {"http": 80, "https": 443}


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


@dataclass
class Stack:
    """Running processes and where to reach them (always on loopback, whatever the URLs they use)."""

    plan: Plan
    log_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    model: Path | None = None

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
            if proc is None or proc.poll() is not None:
                continue
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def __enter__(self) -> Stack:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


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


def start_actions(plan: Plan, log_dir: Path, env: dict[str, str]) -> subprocess.Popen:
    action_env = runtime_env() | env | {"SANIC_HOST": LOOPBACK, "RECOMMENDER_URL": plan.recommender_url}
    cmd = [str(rasa_bin()), "run", "actions", "--port", str(plan.action_port), "--actions", "actions"]
    return _spawn(cmd, action_env, log_dir / "actions.log")


def start_rasa(plan: Plan, model: Path, log_dir: Path, env: dict[str, str]) -> subprocess.Popen:
    """Rasa on loopback; its HTTP API requires ``RASA_AUTH_TOKEN`` (a random one when unset, which closes
    the API: the gateway talks only to the REST channel and checks liveness on the open root route)."""
    rasa_env = runtime_env() | env | {"ACTION_SERVER_URL": plan.action_url}
    token = rasa_env.get("RASA_AUTH_TOKEN") or secrets.token_urlsafe(32)
    cmd = [str(rasa_bin()), "run", "--enable-api", "--auth-token", token, "-i", LOOPBACK, "-p", str(plan.rasa_port),
           "-m", str(model), "--endpoints", str(ENDPOINTS), "--credentials", str(CREDENTIALS)]
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
        proc = start_actions(stack.plan, stack.log_dir, stack.env)
    elif name == "rasa":
        assert stack.model is not None, "a stack that runs Rasa knows its model"
        proc = start_rasa(stack.plan, stack.model, stack.log_dir, stack.env)
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
