"""mediabot.stack: `mediabot up` starts the servers where the settings say and never overrides them;
Rasa finds the action server through the project's endpoints.yml and the ACTION_SERVER_URL setting."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from contract.settings import PROJECT_ROOT, Settings
from mediabot.stack import (
    ENDPOINTS,
    REDIS_LOCK_STORE,
    REDIS_TRACKER_STORE,
    Conversations,
    Plan,
    settings_with,
)

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
    env = dict(os.environ) | {"ACTION_SERVER_URL": Settings().action_server_url} | Conversations.from_settings(
        Settings()).rasa_env()
    assert _rasa_endpoints(ENDPOINTS, env)["action"] == "http://127.0.0.1:6055/webhook"


def _rasa_endpoints(path: Path, env: dict[str, str]) -> dict[str, object]:
    """What Rasa itself reads from an endpoints file (in the Rasa runtime, with ``env``)."""
    code = ("import json; from rasa.core.utils import AvailableEndpoints; "
            f"e = AvailableEndpoints.read_endpoints({str(path)!r}); "
            "print(json.dumps({'action': e.action.url, 'tracker': e.tracker_store and e.tracker_store.type, "
            "'tracker_kwargs': e.tracker_store and e.tracker_store.kwargs, 'tracker_url': e.tracker_store and "
            "e.tracker_store.url, 'lock': e.lock_store and e.lock_store.type, "
            "'lock_kwargs': e.lock_store and e.lock_store.kwargs}))")
    result = subprocess.run([str(RASA_PYTHON), "-W", "ignore", "-c", code], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_conversations_are_kept_in_a_sqlite_file_of_the_var_dir_by_default(clean_env, tmp_path) -> None:
    clean_env.setenv("MEDIABOT_VAR_DIR", str(tmp_path))
    store = Conversations.from_settings(Settings())
    assert not store.on_redis and store.sqlite_db == tmp_path / "conversations.db"
    assert store.endpoints("http://127.0.0.1:5055", tmp_path / "run") == ENDPOINTS
    env = dict(os.environ) | {"ACTION_SERVER_URL": "http://127.0.0.1:5055"} | store.rasa_env()
    read = _rasa_endpoints(ENDPOINTS, env)
    assert read["tracker"] == "conversations.sql_store.ConversationSQLStore"
    assert read["tracker_kwargs"] == {"dialect": "sqlite", "db": str(tmp_path / "conversations.db")}
    assert read["lock"] is None  # one process: Rasa's in-memory lock store


def test_redis_url_switches_rasa_to_redis_tracker_and_lock_stores(clean_env, tmp_path) -> None:
    clean_env.setenv("REDIS_URL", "redis://:s%40cret@cache.internal:6380/3")
    clean_env.setenv("MEDIABOT_RASA_WORKERS", "2")
    clean_env.setenv("MEDIABOT_CONVERSATION_TTL", "900")
    store = Conversations.from_settings(Settings())
    store.check()
    path = store.endpoints("http://127.0.0.1:5055", tmp_path / "run")
    assert path.parent == tmp_path / "run" and path.stat().st_mode & 0o777 == 0o600
    read = _rasa_endpoints(path, dict(os.environ))
    assert (read["action"], read["tracker"], read["lock"]) == ("http://127.0.0.1:5055/webhook", REDIS_TRACKER_STORE,
                                                          REDIS_LOCK_STORE)
    assert read["tracker_url"] == "cache.internal"
    assert read["tracker_kwargs"] == {"port": 6380, "db": 3, "use_ssl": False, "key_prefix": "mediabot",
                                      "password": "s@cret", "record_exp": 900}
    assert store.rasa_env()["SANIC_WORKERS"] == "2"


def test_several_rasa_workers_without_redis_are_refused(clean_env) -> None:
    clean_env.setenv("MEDIABOT_RASA_WORKERS", "2")
    with pytest.raises(ValueError, match="needs REDIS_URL"):
        Conversations.from_settings(Settings()).check()


def test_settings_of_a_child_are_read_with_its_environment(clean_env) -> None:
    settings = settings_with({"REDIS_URL": "redis://127.0.0.1:6379/0", "MEDIABOT_RASA_WORKERS": "2"})
    assert (settings.redis_url, settings.rasa_workers) == ("redis://127.0.0.1:6379/0", 2)
    assert "REDIS_URL" not in os.environ  # this process's environment is left as it was


class _Proc:
    """A child process as the supervisor sees it: running until told it exited."""

    pid = 2**22 + 7  # no such process group: stopping what is left of it finds nothing

    def __init__(self) -> None:
        self.code: int | None = None

    def poll(self) -> int | None:
        return self.code

    def wait(self, timeout: float | None = None) -> int | None:
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


def test_supervisor_runs_its_jobs_once_a_period(tmp_path) -> None:
    from mediabot.stack import Plan, Stack
    from mediabot.supervisor import Job, Supervisor

    now = [0.0]
    runs: list[float] = []
    said: list[str] = []
    job = Job("count", 10.0, lambda: runs.append(now[0]) or f"ran at {now[0]:.0f}")
    watch = Supervisor(Stack(Plan.local(1, 2, 3), tmp_path, processes={"rasa": _Proc()}), clock=lambda: now[0],
                       say=said.append, jobs=[job])
    for t in (0.0, 5.0, 10.0, 15.0, 21.0):
        now[0] = t
        watch.tick()
    assert runs == [10.0, 21.0] and said == ["ran at 10", "ran at 21"]


def test_a_failing_job_is_logged_and_supervision_goes_on(tmp_path) -> None:
    from mediabot.stack import Plan, Stack
    from mediabot.supervisor import Job, Supervisor

    now = [0.0]
    said: list[str] = []

    def broken() -> None:
        raise OSError("disk full")

    watch = Supervisor(Stack(Plan.local(1, 2, 3), tmp_path, processes={"rasa": _Proc()}), clock=lambda: now[0],
                       say=said.append, jobs=[Job("purge", 1.0, broken)])
    now[0] = 1.0
    assert watch.tick() == []
    assert said == ["warning: purge failed (OSError: disk full); trying again in 1 s"]
