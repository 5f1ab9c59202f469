"""The router with handoff attached, inside the real gateway app, in front of the session's real Rasa.

Covers the two triggers (a viewer asking for a person: ``action_human_handoff`` pauses Rasa and sends
the handoff payload; two real failure answers in a row), queueing while handed off with a rate-limited
acknowledgement, hand-back resuming the real Rasa tracker with its slots, voice channels (no push) and
Rasa being down (a closed port). Every test talks under sender ids of its own: the real Rasa keeps the
trackers of the whole session in memory.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from aiohttp import web
from handoff_helpers import add_agent
from real_rasa import (
    NONSENSE,
    assert_failure_answer,
    assert_items_fit,
    closed_url,
    customs,
    recommendations,
    texts,
    tracker,
    unique_key,
    user_texts,
)

from bot import keys
from bot.conversation import (
    FALLBACK_HANDOFF_TEXT,
    NO_AGENTS_TEXT,
    NO_PUSH_HANDOFF_TEXT,
    UNAVAILABLE_TEXT,
    WAITING_ACK_TEXT,
    ConversationKey,
    ConversationRouter,
    consecutive_failures,
)
from bot.handoff.console import HANDOFF_SERVICE
from bot.handoff.service import HandoffError, HandoffService
from bot.handoff.store import HandoffStore
from bot.rasa_client import RasaClient

HANDOFF_WAITING = {"type": "handoff", "status": "waiting"}


@pytest.fixture
def web_key() -> ConversationKey:
    return unique_key("web")


@pytest.fixture
def voice_key() -> ConversationKey:
    return unique_key("voice")


@pytest.fixture
def service(gateway_app: web.Application) -> HandoffService:
    return gateway_app[HANDOFF_SERVICE]


@pytest.fixture
def router(gateway_app: web.Application) -> ConversationRouter:
    return gateway_app[keys.ROUTER]


@pytest.fixture
async def started(client, service: HandoffService) -> HandoffService:
    """The app is running (start-up hooks ran: the web chat deliverer is registered) with one agent."""
    add_agent(service.store)
    return service


@pytest.mark.integration
async def test_asking_for_a_person_queues_and_stops_sending_to_rasa(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    recommendations(await router.handle(web_key, "comedies"))
    reply = await router.handle(web_key, "I want to talk to a person")
    assert HANDOFF_WAITING in customs(reply)
    assert texts(reply) and "person" in texts(reply)[0]  # action_human_handoff's announcement
    assert started.store.state(web_key.channel, web_key.user_id).status == "waiting"
    paused = await tracker(router, web_key)
    assert paused["paused"] is True and paused["latest_action_name"] == "action_human_handoff"

    first = await router.handle(web_key, "my account is broken")
    second = await router.handle(web_key, "hello??")
    assert first == [] and second == []  # acknowledged by the handoff message itself, not per message
    assert user_texts(await tracker(router, web_key)) == ["comedies", "I want to talk to a person"]

    agent = started.store.agent_by_username("ana")
    queue = await started.queue(agent)
    assert [q.last_viewer_text for q in queue] == ["hello??"]
    _, lines, _, _ = await started.transcript(queue[0].ref)
    assert [ln.sender for ln in lines] == ["viewer", "bot", "bot", "viewer", "bot", "bot", "viewer", "viewer"]
    assert lines[2].payload["custom"]["type"] == "recommendations"


@pytest.mark.integration
async def test_acknowledgement_at_most_once_a_minute(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    assert HANDOFF_WAITING in customs(await router.handle(web_key, "a person please"))
    assert await router.handle(web_key, "one") == []
    # state is in SQL: move the last acknowledgement a minute into the past
    with started.store.engine.begin() as conn:
        from sqlalchemy import update

        from bot.handoff.models import Conversation

        conn.execute(update(Conversation).values(last_ack_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=61)))
    assert texts(await router.handle(web_key, "two")) == [WAITING_ACK_TEXT]
    assert await router.handle(web_key, "three") == []


@pytest.mark.integration
async def test_two_failures_in_a_row_hand_off_and_pause_rasa(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    first = await router.handle(web_key, NONSENSE)
    assert_failure_answer(await tracker(router, web_key))
    assert texts(first) and not customs(first)  # the bot's own "sorry", shown as it is
    assert first[0].get("buttons"), first  # with suggestions of what works
    assert started.store.state(web_key.channel, web_key.user_id).status == "bot"

    second = await router.handle(web_key, NONSENSE)
    assert texts(second) == [FALLBACK_HANDOFF_TEXT]
    assert HANDOFF_WAITING in customs(second)
    assert started.store.state(web_key.channel, web_key.user_id).status == "waiting"
    rasa_side = await tracker(router, web_key)
    assert_failure_answer(rasa_side)  # Rasa did answer "sorry" again; the router replaced it
    assert rasa_side["paused"] is True
    assert rasa_side["events"][-1]["event"] == "pause"


@pytest.mark.integration
async def test_a_success_between_failures_resets_the_count(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey,
        monkeypatch: pytest.MonkeyPatch) -> None:
    await router.handle(web_key, NONSENSE)
    recommendations(await router.handle(web_key, "comedies"))
    await router.handle(web_key, NONSENSE)
    assert started.store.state(web_key.channel, web_key.user_id).status == "bot"
    assert consecutive_failures((await tracker(router, web_key))["events"]) == 1

    lookups: list[str] = []
    real_tracker = router.rasa.tracker

    async def counting_tracker(sender_id: str) -> Any:
        lookups.append(sender_id)
        return await real_tracker(sender_id)

    monkeypatch.setattr(router.rasa, "tracker", counting_tracker)
    recommendations(await router.handle(web_key, "horror"))
    assert lookups == []  # a recommendation is an answer: no tracker lookup needed


@pytest.mark.integration
async def test_hand_back_resumes_rasa_with_slots_and_tells_the_viewer(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey, stack: Any) -> None:
    asked = recommendations(await router.handle(web_key, "comedies"))
    assert asked["constraints"]["genres"] == ["comedy"]
    await assert_items_fit(stack.gateway_url, asked, "comedy")
    await router.handle(web_key, "let me talk to a human")
    agent = started.store.agent_by_username("ana")
    ref = (await started.queue(agent))[0].ref
    await started.claim(ref, agent)
    with pytest.raises(HandoffError):
        await started.claim(ref, agent)
    await started.reply(ref, agent, "Hi, Ana here. How can I help?")  # viewer offline: stays pending
    await started.hand_back(ref, agent)
    # action_human_handoff was the last action: Rasa needs the action_listen it skipped when pausing
    resumed = await tracker(router, web_key)
    assert resumed["paused"] is False
    assert [(e["event"], e.get("name")) for e in resumed["events"][-3:]] == [
        ("pause", None), ("resume", None), ("action", "action_listen")]
    assert resumed["slots"]["genres"] == ["comedy"]

    reply = await router.handle(web_key, "under 30 minutes please")  # no genre named: the slot must hold
    said = texts(reply)
    assert "Hi, Ana here. How can I help?" in said  # the missed agent reply comes before the bot's answer
    assert said.index("Hi, Ana here. How can I help?") < len(said) - 1
    assert {"type": "handoff", "status": "ended"} in customs(reply)
    shown = recommendations(reply)
    assert shown["constraints"]["genres"] == ["comedy"] and shown["constraints"]["max_minutes"] == 30
    await assert_items_fit(stack.gateway_url, shown, "comedy", max_minutes=30)
    slots = (await tracker(router, web_key))["slots"]
    assert slots["genres"] == ["comedy"] and slots["max_minutes"] == 30


@pytest.mark.integration
async def test_failures_before_a_handoff_do_not_count_after_hand_back(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    await router.handle(web_key, NONSENSE)
    assert HANDOFF_WAITING in customs(await router.handle(web_key, NONSENSE))  # second failure: handoff
    agent = started.store.agent_by_username("ana")
    ref = (await started.queue(agent))[0].ref
    await started.claim(ref, agent)
    await started.hand_back(ref, agent)
    events = (await tracker(router, web_key))["events"]
    # the router paused Rasa after its action_listen: a bare resume is enough
    assert [e["event"] for e in events[-3:]] == ["action", "pause", "resume"]
    assert events[-3]["name"] == "action_listen"

    third = await router.handle(web_key, NONSENSE)  # one failure after the resume is just one
    assert_failure_answer(await tracker(router, web_key))
    assert FALLBACK_HANDOFF_TEXT not in texts(third) and HANDOFF_WAITING not in customs(third)
    assert started.store.state(web_key.channel, web_key.user_id).status == "bot"


@pytest.mark.integration
async def test_resume_is_retried_when_rasa_was_down_at_hand_back(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey, stack: Any) -> None:
    recommendations(await router.handle(web_key, "comedies"))
    await router.handle(web_key, "a person please")
    agent = started.store.agent_by_username("ana")
    ref = (await started.queue(agent))[0].ref
    await started.claim(ref, agent)

    real_rasa, down = router.rasa, RasaClient(closed_url(), 2.0)  # Rasa unreachable at hand-back time
    router.rasa = down
    try:
        await started.hand_back(ref, agent)
    finally:
        router.rasa = real_rasa
        await down.close()
    assert started.store.state(web_key.channel, web_key.user_id).rasa_paused
    assert (await tracker(router, web_key))["paused"] is True  # the resume never reached Rasa

    reply = await router.handle(web_key, "under 30 minutes please")  # Rasa is back: resumed first
    shown = recommendations(reply)
    await assert_items_fit(stack.gateway_url, shown, "comedy", max_minutes=30)
    assert not started.store.state(web_key.channel, web_key.user_id).rasa_paused
    assert (await tracker(router, web_key))["paused"] is False


@pytest.mark.integration
async def test_voice_viewer_is_told_a_person_follows_up_elsewhere(
        started: HandoffService, router: ConversationRouter, voice_key: ConversationKey) -> None:
    reply = await router.handle(voice_key, "can I talk to a person")
    assert texts(reply) == [NO_PUSH_HANDOFF_TEXT]
    assert HANDOFF_WAITING in customs(reply)
    again = await router.handle(voice_key, "hello?")  # a voice turn must always be answered
    assert texts(again) == [NO_PUSH_HANDOFF_TEXT]

    agent = started.store.agent_by_username("ana")
    ref = (await started.queue(agent))[0].ref
    await started.claim(ref, agent)
    assert await started.reply(ref, agent, "I'll email you the fix.") is False  # no push on voice
    reply = await router.handle(voice_key, "anyone there?")
    assert texts(reply) == ["I'll email you the fix."]  # read out with the next turn
    assert customs(reply) == [{"type": "agent", "text": "I'll email you the fix.", "name": "Ana"}]


@pytest.mark.integration
async def test_without_any_agent_account_the_bot_says_so_and_carries_on(
        client, service: HandoffService, router: ConversationRouter,
        web_key: ConversationKey, stack: Any) -> None:
    reply = await router.handle(web_key, "can I talk to a person")
    assert texts(reply) == [NO_AGENTS_TEXT]
    assert service.store.state(web_key.channel, web_key.user_id).status == "bot"
    resumed = await tracker(router, web_key)
    assert resumed["paused"] is False  # action_human_handoff paused it; the router resumed at once
    shown = recommendations(await router.handle(web_key, "dramas"))
    assert shown["constraints"]["genres"] == ["drama"]
    await assert_items_fit(stack.gateway_url, shown, "drama")


async def test_rasa_down_is_answered_honestly_and_recorded(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    # Not an integration test: the app's RASA_URL is a closed port (conftest ``rasa_url``).
    assert texts(await router.handle(web_key, "comedies")) == [UNAVAILABLE_TEXT]
    assert started.store.state(web_key.channel, web_key.user_id).status == "bot"
    agent = started.store.agent_by_username("ana")
    assert await started.queue(agent) == []


@pytest.mark.integration
async def test_router_without_handoff_still_works(stack: Any, web_key: ConversationKey) -> None:
    rasa = RasaClient(stack.rasa_url, 30.0)
    try:
        reply = await ConversationRouter(rasa).handle(web_key, "comedies")
    finally:
        await rasa.close()
    await assert_items_fit(stack.gateway_url, recommendations(reply), "comedy")


def test_consecutive_failures_reads_the_tracker_turns() -> None:
    def bot(action: str | None) -> dict:
        return {"event": "bot", "metadata": {"utter_action": action} if action else {}}

    user = {"event": "user"}
    assert consecutive_failures([user, bot("utter_default"), user, bot("utter_out_of_scope")]) == 2
    assert consecutive_failures([user, bot("utter_default"), user, bot(None), user, bot("utter_default")]) == 1
    assert consecutive_failures([user, bot("utter_default"), {"event": "resume"}, user, bot("utter_default")]) == 1
    assert consecutive_failures([user, bot(None)]) == 0
    assert consecutive_failures([]) == 0


def test_store_is_shared_state_not_memory(tmp_path, gateway_app: web.Application) -> None:
    """A second store on the same database sees the same conversations (what a restart relies on)."""
    service = gateway_app[HANDOFF_SERVICE]
    service.store.record("web", "restart-viewer-1", [])
    service.store.start_handoff("web", "restart-viewer-1", "requested", True)
    other = HandoffStore.from_url(gateway_app[keys.SETTINGS].database_url)
    assert other.state("web", "restart-viewer-1").status == "waiting"
    other.engine.dispose()


@pytest.mark.integration
async def test_a_broken_handoff_database_does_not_silence_the_bot(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey,
        monkeypatch: pytest.MonkeyPatch, stack: Any) -> None:
    def down(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database is gone")

    monkeypatch.setattr(started.store, "record", down)
    monkeypatch.setattr(started.store, "undelivered", down)
    await assert_items_fit(stack.gateway_url, recommendations(await router.handle(web_key, "comedies")), "comedy")
