"""Start the whole system as real processes: action server, Rasa server, gateway.

``make run`` uses this on the fixed ports of the settings; the integration tests use it on free
ports with a throw-away database. Rasa and the action server run in ``.venv-rasa`` (Python 3.10);
the gateway runs in the current interpreter (Python 3.11+). All of them bind to 127.0.0.1 except
the gateway, whose interface is ``MEDIABOT_HOST``.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from mediabot.rasa_model import _rasa_env, rasa_bin
from contract.settings import PROJECT_ROOT

READY_TIMEOUT_S = 300


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Stack:
    """Running processes and where to reach them."""

    gateway_url: str
    rasa_url: str
    action_url: str
    log_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

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


def start_actions(port: int, recommender_url: str, log_dir: Path, env: dict[str, str]) -> subprocess.Popen:
    action_env = _rasa_env(PROJECT_ROOT) | env | {"SANIC_HOST": "127.0.0.1", "RECOMMENDER_URL": recommender_url}
    cmd = [str(rasa_bin()), "run", "actions", "--port", str(port), "--actions", "actions"]
    return _spawn(cmd, action_env, log_dir / "actions.log")


def start_rasa(port: int, model: Path, action_url: str, log_dir: Path, env: dict[str, str]) -> subprocess.Popen:
    endpoints = log_dir / "endpoints.yml"
    endpoints.write_text(f"action_endpoint:\n  url: \"{action_url}/webhook\"\n")
    cmd = [str(rasa_bin()), "run", "--enable-api", "-i", "127.0.0.1", "-p", str(port), "-m", str(model),
           "--endpoints", str(endpoints), "--credentials", str(PROJECT_ROOT / "credentials.yml")]
    return _spawn(cmd, _rasa_env(PROJECT_ROOT) | env, log_dir / "rasa.log")


def start_gateway(port: int, rasa_url: str, log_dir: Path, env: dict[str, str]) -> subprocess.Popen:
    gw_env = dict(os.environ) | env | {"MEDIABOT_PORT": str(port), "RASA_URL": rasa_url, "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "mediabot.cli", "serve", "--port", str(port)]
    return _spawn(cmd, gw_env, log_dir / "gateway.log")


def start_stack(model: Path, *, gateway_port: int | None = None, rasa_port: int | None = None,
                action_port: int | None = None, env: dict[str, str] | None = None,
                log_dir: Path | None = None) -> Stack:
    """Start actions, Rasa and the gateway (in parallel) and wait until all three answer."""
    env = dict(env or {})
    gateway_port = gateway_port or free_port()
    rasa_port = rasa_port or free_port()
    action_port = action_port or free_port()
    log_dir = log_dir or Path(tempfile.mkdtemp(prefix="mediabot-stack-"))
    log_dir.mkdir(parents=True, exist_ok=True)
    gateway_url = f"http://127.0.0.1:{gateway_port}"
    rasa_url = f"http://127.0.0.1:{rasa_port}"
    action_url = f"http://127.0.0.1:{action_port}"
    stack = Stack(gateway_url, rasa_url, action_url, log_dir, env)
    try:
        stack.processes["actions"] = start_actions(action_port, gateway_url, log_dir, env)
        stack.processes["rasa"] = start_rasa(rasa_port, model, action_url, log_dir, env)
        stack.processes["gateway"] = start_gateway(gateway_port, rasa_url, log_dir, env)
        _wait(f"{action_url}/health", stack.processes["actions"], "action server", log_dir / "actions.log")
        _wait(f"{gateway_url}/healthz", stack.processes["gateway"], "gateway", log_dir / "gateway.log")
        _wait(f"{rasa_url}/status", stack.processes["rasa"], "Rasa server", log_dir / "rasa.log")
    except BaseException:
        stack.stop()
        raise
    return stack


def restart_gateway(stack: Stack, env: dict[str, str] | None = None) -> None:
    """Stop and start only the gateway (same port, same database): for restart tests."""
    port = int(stack.gateway_url.rsplit(":", 1)[1])
    stack.stop(("gateway",))
    stack.processes["gateway"] = start_gateway(port, stack.rasa_url, stack.log_dir, stack.env | dict(env or {}))
    _wait(f"{stack.gateway_url}/healthz", stack.processes["gateway"], "gateway", stack.log_dir / "gateway.log")
