"""mediabot.stack: `mediabot up` starts the servers where the settings say and never overrides them;
Rasa finds the action server through the project's endpoints.yml and the ACTION_SERVER_URL setting."""

from __future__ import annotations

import os
import subprocess

from contract.settings import PROJECT_ROOT, Settings
from mediabot.stack import ENDPOINTS, Plan

RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"


def test_up_starts_the_servers_on_the_configured_ports(clean_env) -> None:
    clean_env.setenv("MEDIABOT_PORT", "9090")
    clean_env.setenv("RASA_PORT", "6005")
    clean_env.setenv("ACTION_SERVER_PORT", "6055")
    plan = Plan.from_settings(Settings())
    assert (plan.gateway_port, plan.rasa_port, plan.action_port) == (9090, 6005, 6055)
    assert (plan.rasa_url, plan.recommender_url, plan.action_url) == (
        "http://127.0.0.1:6005", "http://127.0.0.1:9090", "http://127.0.0.1:6055")
    assert plan.elsewhere() == []


def test_up_keeps_the_urls_the_readme_documents(clean_env) -> None:
    clean_env.setenv("RASA_URL", "http://rasa.internal:5005")
    clean_env.setenv("RECOMMENDER_URL", "https://api.example.org")
    plan = Plan.from_settings(Settings())
    assert (plan.rasa_url, plan.recommender_url) == ("http://rasa.internal:5005", "https://api.example.org")
    assert [note.split("=")[0] for note in plan.elsewhere()] == ["RASA_URL", "RECOMMENDER_URL"]  # told, not changed


def test_a_test_stack_points_every_url_at_the_process_started_on_its_port() -> None:
    plan = Plan.local(18080, 15005, 15055)
    assert (plan.rasa_url, plan.recommender_url, plan.action_url) == (
        "http://127.0.0.1:15005", "http://127.0.0.1:18080", "http://127.0.0.1:15055")


def test_rasa_reads_the_action_server_url_from_the_setting(clean_env) -> None:
    """What `mediabot up` passes to Rasa: the resolved setting, read by Rasa itself from endpoints.yml."""
    clean_env.setenv("ACTION_SERVER_PORT", "6055")
    code = ("from rasa.core.utils import AvailableEndpoints; "
            f"print(AvailableEndpoints.read_endpoints({str(ENDPOINTS)!r}).action.url)")
    env = dict(os.environ) | {"ACTION_SERVER_URL": Settings().action_server_url}
    result = subprocess.run([str(RASA_PYTHON), "-W", "ignore", "-c", code], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "http://127.0.0.1:6055/webhook"


class _Proc:
    """A child process as the supervisor sees it: running until told it exited."""

    def __init__(self) -> None:
        self.code: int | None = None

    def poll(self) -> int | None:
        return self.code


def test_supervisor_restarts_a_dead_child_with_doubling_backoff(monkeypatch, tmp_path) -> None:
    from mediabot import supervisor as sup
    from mediabot.stack import Plan, Stack

    now = [0.0]
    stack = Stack(Plan.local(1, 2, 3), tmp_path, processes={"actions": _Proc(), "rasa": _Proc()})
    started: list[str] = []

    def restart(s: Stack, name: str) -> _Proc:
        started.append(name)
        s.processes[name] = _Proc()
        return s.processes[name]

    monkeypatch.setattr(sup, "start_child", restart)
    watch = sup.Supervisor(stack, clock=lambda: now[0], say=lambda line: None)
    stack.processes["actions"].code = 1
    assert watch.tick() == []  # waits the first delay
    now[0] = 1.0
    assert watch.tick() == ["actions"] and started == ["actions"]
    stack.processes["actions"].code = 1  # dies again at once: the next wait is twice as long
    now[0] = 2.0
    assert watch.tick() == []
    now[0] = 3.5
    assert watch.tick() == []
    now[0] = 4.0
    assert watch.tick() == ["actions"]
    assert stack.processes["rasa"].poll() is None and watch.restarts == 2
