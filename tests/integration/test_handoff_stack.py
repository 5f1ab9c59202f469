"""Human handoff on the real stack (gateway + Rasa + action server), including a gateway restart.

A web chat viewer asks for comedies under 40 minutes, then for a person; Rasa's
``action_human_handoff`` answers ``HandoffState("waiting")`` and the gateway queues the conversation
(forwarding nothing to Rasa from then on). The viewer writes twice while waiting; then the gateway
process is stopped and started again on the same database. The queue, the transcript (with the
recommendations shown) and both messages are still there, the agent can sign in again, the claim and
the reply reach the reconnected viewer, and after the hand-back (the gateway sends ``/handoff_ended``)
Rasa answers "something else" with exactly the hard constraints it applied before the handoff.

The viewer's socket is read through ``chat.WebChat`` as typed answers (contracts §4): a turn's answers,
then the pushes (agent joined, agent's reply, hand-back) one frame at a time.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import urllib.request
from typing import Any

import aiohttp
import pytest

from chat import WebChat, fetch_item
from contract.payloads import AgentMessage, Answer, HandoffState, Recommendations
from contract.settings import PROJECT_ROOT
from mediabot.stack import Plan, free_port, restart_gateway, start_gateway

pytestmark = pytest.mark.integration

PASSWORD = "integration test passphrase"


def add_agent(stack: Any, username: str, name: str, env: dict[str, str] | None = None) -> None:
    """Create the account with the real command, against the stack's database (or ``env``'s)."""
    env = dict(os.environ) | stack.env | dict(env or {})
    result = subprocess.run([sys.executable, "-m", "mediabot.cli", "agent", "add", username, "--name", name,
                             "--password-stdin"], input=PASSWORD + "\n", text=True, capture_output=True,
                            cwd=PROJECT_ROOT, env=env, timeout=60)
    assert result.returncode in (0, 1), result.stderr  # 1: already created by an earlier test
    assert result.returncode == 0 or "already exists" in result.stderr, result.stderr


class Agent:
    """The agent console's API as its page uses it: cookie session + CSRF header."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.csrf = ""

    async def sign_in(self, username: str) -> None:
        async with self.http.post(f"{self.base_url}/agent/api/login",
                                  json={"username": username, "password": PASSWORD}) as resp:
            assert resp.status == 200, await resp.text()
            self.csrf = (await resp.json())["csrf"]

    async def get(self, path: str) -> tuple[int, Any]:
        async with self.http.get(f"{self.base_url}/agent/api{path}") as resp:
            return resp.status, await resp.json()

    async def post(self, path: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
        async with self.http.post(f"{self.base_url}/agent/api{path}", json=body or {},
                                  headers={"X-CSRF-Token": self.csrf}) as resp:
            return resp.status, await resp.json()

    async def find(self, last_message: str) -> dict[str, Any]:
        status, body = await self.get("/queue")
        assert status == 200, body
        matches = [c for c in body["conversations"] if c["last_message"] == last_message]
        assert len(matches) == 1, body
        return matches[0]

    async def close(self) -> None:
        await self.http.close()


HARD_KEYS = ("genres", "exclude_genres", "media_type", "min_minutes", "max_minutes", "audience")


def picks(answers: list[Answer]) -> Recommendations:
    found = [a for a in answers if isinstance(a, Recommendations)]
    assert len(found) == 1 and found[0].items, answers
    return found[0]


def hard_constraints(answers: list[Answer]) -> dict[str, Any]:
    """The hard constraints the bot applied in a turn (what must survive the handoff)."""
    applied = picks(answers).constraints
    return {k: applied.get(k) for k in HARD_KEYS if applied.get(k) not in (None, [], "")}


async def assert_items_satisfy(gateway_url: str, answers: list[Answer], constraints: dict[str, Any]) -> None:
    """Every item shown (as the catalog describes it) has the genres and fits the runtime limit."""
    for item in picks(answers).items:
        record = await fetch_item(gateway_url, item.id)
        assert set(constraints.get("genres") or []) <= set(record["genres"]), record["title"]
        if constraints.get("max_minutes") is not None:
            assert record["duration_minutes"] is not None, record["title"]
            assert record["duration_minutes"] <= constraints["max_minutes"], record["title"]


def test_handoff_survives_a_gateway_restart(stack: Any) -> None:
    add_agent(stack, "rita", "Rita")

    async def before_restart() -> tuple[str, str, Agent, dict[str, Any]]:
        agent = Agent(stack.gateway_url)
        await agent.sign_in("rita")
        async with WebChat(stack.gateway_url) as chat:
            first = (await chat.say("comedies under 40 minutes")).answers
            asked = hard_constraints(first)
            assert "comedy" in asked.get("genres", []), asked
            await assert_items_satisfy(stack.gateway_url, first, asked)
            assert (await chat.say("can i talk to a person")).answers == [HandoffState("waiting", reason="requested")]
            assert (await chat.say("my subtitles are out of sync")).answers == []
            assert (await chat.say("on the living room TV")).answers == []
            conv = await agent.find("on the living room TV")
            assert conv["status"] == "waiting" and conv["channel"] == "web"
            return chat.session_id, conv["ref"], agent, asked

    session_id, ref, agent, asked = asyncio.run(before_restart())
    try:
        restart_gateway(stack)
    finally:
        asyncio.run(agent.close())

    async def after_restart() -> None:
        agent = Agent(stack.gateway_url)
        try:
            await agent.sign_in("rita")
            conv = await agent.find("on the living room TV")
            assert conv["ref"] == ref and conv["status"] == "waiting"
            status, transcript = await agent.get(f"/conversations/{ref}")
            assert status == 200
            viewer_lines = [m["text"] for m in transcript["messages"] if m["sender"] == "viewer"]
            assert viewer_lines == ["comedies under 40 minutes", "can i talk to a person",
                                    "my subtitles are out of sync", "on the living room TV"]
            shown = [m for m in transcript["messages"] if m["kind"] == "recommendations"]
            assert len(shown) == 1 and shown[0]["lines"], transcript["messages"]

            async with WebChat(stack.gateway_url, session_id=session_id) as chat:
                assert (await agent.post(f"/conversations/{ref}/claim"))[0] == 200
                assert await chat.next_push() == [HandoffState("agent_joined", agent_name="Rita")]
                status, body = await agent.post(f"/conversations/{ref}/reply",
                                                {"text": "Try turning subtitles off and on again."})
                assert status == 200 and body["delivered"] is True
                assert await chat.next_push() == [AgentMessage("Try turning subtitles off and on again.", "Rita")]
                assert (await chat.say("that worked, thanks")).answers == []

                assert (await agent.post(f"/conversations/{ref}/hand-back"))[0] == 200
                assert await chat.next_push() == [HandoffState("ended")]  # Rasa's answer to /handoff_ended
                again = (await chat.say("something else")).answers
                assert hard_constraints(again) == asked  # the slots survived the handoff and the restart
                await assert_items_satisfy(stack.gateway_url, again, asked)
            status, _ = await agent.get(f"/conversations/{ref}")
            assert status == 404  # back with the bot: no longer in the console
        finally:
            await agent.close()

    asyncio.run(after_restart())


def test_bot_failing_twice_hands_off(stack: Any) -> None:
    add_agent(stack, "rita", "Rita")

    async def scenario() -> None:
        agent = Agent(stack.gateway_url)
        await agent.sign_in("rita")  # somebody is present to take it
        async with WebChat(stack.gateway_url) as chat:
            first = (await chat.say("blorp zzkx qwfp")).answers
            assert not any(isinstance(a, HandoffState) for a in first), first
            second = (await chat.say("vrrm glorb snikt")).answers
            assert HandoffState("waiting", reason="fallback") in second, second
            await chat.say("hello? anyone?")
        try:
            conv = await agent.find("hello? anyone?")
            assert conv["reason"] == "fallback"
            assert (await agent.post(f"/conversations/{conv['ref']}/claim"))[0] == 200
            assert (await agent.post(f"/conversations/{conv['ref']}/hand-back"))[0] == 200
        finally:
            await agent.close()

    asyncio.run(scenario())


REDIS_URL = "redis://127.0.0.1:6379/0"
SSE_TIMEOUT_S = 20
READY_TIMEOUT_S = 90


def import_fixture_catalog(url: str) -> None:
    """The test stack's catalog in another database (the gateway's recommender needs one to start)."""
    from servers import FIXTURE_CATALOG

    from recommender.catalog.db import make_engine, session_factory
    from recommender.catalog.importers import parse_file
    from recommender.catalog.store import upsert

    engine = make_engine(url)
    try:
        upsert(session_factory(engine), parse_file(FIXTURE_CATALOG, "netflix").records)
    finally:
        engine.dispose()


def wait_ready(url: str, proc: subprocess.Popen, log: Any) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"gateway not ready at {url}: {log.read_text(errors='replace')[-3000:]}")


async def next_event(stream: aiohttp.ClientResponse) -> str:
    """The name of the next Server-Sent Event on an agent console stream (heartbeats skipped)."""
    async def read() -> str:
        while True:
            line = (await stream.content.readline()).decode().strip()
            if line.startswith("event: "):
                return line.removeprefix("event: ")
    return await asyncio.wait_for(read(), SSE_TIMEOUT_S)


def test_two_gateway_processes_share_postgresql_and_redis(stack: Any, postgres_schemas: Any, tmp_path: Any) -> None:
    """Behind a load balancer: the agent works on gateway 1, the viewer chats on gateway 2.

    Both gateways use the session's Rasa, one PostgreSQL schema and Redis. What a viewer does on one
    process reaches the agent's live console on the other, and the agent's claim, reply and hand-back
    reach the viewer's socket across processes (the reply counts as delivered live).
    """
    database_url = postgres_schemas.url(postgres_schemas.create())
    import_fixture_catalog(database_url)
    env = stack.env | {"DATABASE_URL": database_url, "REDIS_URL": REDIS_URL,
                       "MEDIABOT_VAR_DIR": str(tmp_path),
                       # every process must share the keys of cookies and signed web chat ids (as in production)
                       "MEDIABOT_SESSION_SECRET": "two-gateways-agent-session-secret-0123456789",
                       "MEDIABOT_WEBCHAT_SECRET": "two-gateways-webchat-session-secret-0123456789"}
    add_agent(stack, "gwen", "Gwen", env)
    plans = [Plan.local(free_port(), stack.plan.rasa_port, stack.plan.action_port) for _ in range(2)]
    urls = [f"http://127.0.0.1:{plan.gateway_port}" for plan in plans]
    procs: list[subprocess.Popen] = []

    async def scenario() -> None:
        agent = Agent(urls[0])
        try:
            await agent.sign_in("gwen")
            async with agent.http.get(f"{urls[0]}/agent/api/events") as stream:
                assert await next_event(stream) == "hello"
                async with WebChat(urls[1]) as chat:
                    assert (await chat.say("can i talk to a person")).answers == [
                        HandoffState("waiting", reason="requested")]
                    assert await next_event(stream) == "queue"  # the queue changed on the other process
                    await chat.say("the app logs me out on the TV")
                    assert await next_event(stream) == "message"
                    conv = await agent.find("the app logs me out on the TV")

                    assert (await agent.post(f"/conversations/{conv['ref']}/claim"))[0] == 200
                    assert await chat.next_push() == [HandoffState("agent_joined", agent_name="Gwen")]
                    status, body = await agent.post(f"/conversations/{conv['ref']}/reply",
                                                    {"text": "Which TV model is it?"})
                    assert status == 200 and body["delivered"] is True
                    assert await chat.next_push() == [AgentMessage("Which TV model is it?", "Gwen")]
                    assert (await agent.post(f"/conversations/{conv['ref']}/hand-back"))[0] == 200
                    assert await chat.next_push() == [HandoffState("ended")]
                status, body = await agent.post(f"/conversations/{conv['ref']}/reply", {"text": "hello?"})
                assert status == 409  # back with the bot
        finally:
            await agent.close()

    try:
        for plan, url in zip(plans, urls):  # one after the other: the first creates the tables
            procs.append(start_gateway(plan, tmp_path, env))
            wait_ready(f"{url}/healthz", procs[-1], tmp_path / "gateway.log")
        asyncio.run(scenario())
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=20)
