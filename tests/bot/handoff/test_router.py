"""The router with handoff attached, inside the real gateway app, against a scripted fake Rasa.

Covers the two triggers (asked for a person, two failures in a row), queueing while handed off with a
rate-limited acknowledgement, hand-back resuming Rasa with its slots, voice channels (no push) and
Rasa being down.
"""

from __future__ import annotations

import datetime as dt

import pytest
from aiohttp import web

from handoff_helpers import add_agent
from fake_rasa import FakeRasa

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

WEB = ConversationKey("web", "viewer-session-0001")
VOICE = ConversationKey("voice", "voice-user-1")


@pytest.fixture
def service(gateway_app: web.Application) -> HandoffService:
    return gateway_app[HANDOFF_SERVICE]


@pytest.fixture
def router(gateway_app: web.Application) -> ConversationRouter:
    return gateway_app[keys.ROUTER]


@pytest.fixture
async def started(client, service: HandoffService) -> HandoffService:  # noqa: ANN001 - aiohttp client
    """The app is running (start-up hooks ran: the web chat deliverer is registered) with one agent."""
    add_agent(service.store)
    return service


def texts(messages: list[dict]) -> list[str]:
    return [m["text"] for m in messages if m.get("text")]


def customs(messages: list[dict]) -> list[dict]:
    return [m["custom"] for m in messages if m.get("custom")]


async def test_asking_for_a_person_queues_and_stops_sending_to_rasa(
        started: HandoffService, router: ConversationRouter, fake_rasa: FakeRasa) -> None:
    await router.handle(WEB, "comedy please")
    reply = await router.handle(WEB, "can I talk to a person")
    assert {"type": "handoff", "status": "waiting"} in customs(reply)
    assert started.store.state(WEB.channel, WEB.user_id).status == "waiting"

    sent_before = list(fake_rasa.tracker_of(WEB.sender_id).received)
    first = await router.handle(WEB, "my account is broken")
    second = await router.handle(WEB, "hello??")
    assert first == [] and second == []  # acknowledged by the handoff message itself, not per message
    assert fake_rasa.tracker_of(WEB.sender_id).received == sent_before  # nothing reached Rasa

    agent = started.store.agent_by_username("ana")
    queue = await started.queue(agent)
    assert [q.last_viewer_text for q in queue] == ["hello??"]
    _, lines, _, _ = await started.transcript(queue[0].ref)
    assert [ln.sender for ln in lines] == ["viewer", "bot", "bot", "viewer", "bot", "bot", "viewer", "viewer"]
    assert lines[2].payload["custom"]["type"] == "recommendations"


async def test_acknowledgement_at_most_once_a_minute(
        started: HandoffService, router: ConversationRouter) -> None:
    await router.handle(WEB, "a person please")
    assert await router.handle(WEB, "one") == []
    # state is in SQL: move the last acknowledgement a minute into the past
    with started.store.engine.begin() as conn:
        from sqlalchemy import update

        from bot.handoff.models import Conversation

        conn.execute(update(Conversation).values(last_ack_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=61)))
    assert texts(await router.handle(WEB, "two")) == [WAITING_ACK_TEXT]
    assert await router.handle(WEB, "three") == []


async def test_two_failures_in_a_row_hand_off_and_pause_rasa(
        started: HandoffService, router: ConversationRouter, fake_rasa: FakeRasa) -> None:
    first = await router.handle(WEB, "asdf qwerty")
    assert texts(first) == ["Sorry, I didn't quite get that."]
    assert started.store.state(WEB.channel, WEB.user_id).status == "bot"
    second = await router.handle(WEB, "what's the weather")
    assert texts(second) == [FALLBACK_HANDOFF_TEXT]
    assert {"type": "handoff", "status": "waiting"} in customs(second)
    assert started.store.state(WEB.channel, WEB.user_id).status == "waiting"
    assert (WEB.sender_id, [{"event": "pause"}]) in fake_rasa.appended


async def test_a_success_between_failures_resets_the_count(
        started: HandoffService, router: ConversationRouter, fake_rasa: FakeRasa) -> None:
    await router.handle(WEB, "asdf")
    await router.handle(WEB, "comedy")
    await router.handle(WEB, "asdf again")
    assert started.store.state(WEB.channel, WEB.user_id).status == "bot"
    requests = fake_rasa.tracker_requests
    await router.handle(WEB, "horror")  # a recommendation: no tracker lookup needed
    assert fake_rasa.tracker_requests == requests


async def test_hand_back_resumes_rasa_with_slots_and_tells_the_viewer(
        started: HandoffService, router: ConversationRouter, fake_rasa: FakeRasa) -> None:
    await router.handle(WEB, "horror films")
    await router.handle(WEB, "let me talk to a human")
    agent = started.store.agent_by_username("ana")
    ref = (await started.queue(agent))[0].ref
    await started.claim(ref, agent)
    with pytest.raises(HandoffError):
        await started.claim(ref, agent)
    await started.reply(ref, agent, "Hi, Ana here. How can I help?")  # viewer offline: stays pending
    await started.hand_back(ref, agent)
    # action_human_handoff was the last action: Rasa needs the action_listen it skipped when pausing
    assert (WEB.sender_id, [{"event": "resume"}, {"event": "action", "name": "action_listen"}]) in fake_rasa.appended

    reply = await router.handle(WEB, "something else")  # no genre named: the slot must still be there
    assert "Hi, Ana here. How can I help?" in texts(reply)  # the missed agent reply comes first
    assert {"type": "handoff", "status": "ended"} in customs(reply)
    assert "1. A horror title" in texts(reply)
    assert fake_rasa.tracker_of(WEB.sender_id).slots["genre"] == "horror"


async def test_failures_before_a_handoff_do_not_count_after_hand_back(
        started: HandoffService, router: ConversationRouter, fake_rasa: FakeRasa) -> None:
    await router.handle(WEB, "asdf")
    await router.handle(WEB, "asdf")  # second failure: handoff
    agent = started.store.agent_by_username("ana")
    ref = (await started.queue(agent))[0].ref
    await started.claim(ref, agent)
    await started.hand_back(ref, agent)
    assert fake_rasa.appended[-1] == (WEB.sender_id, [{"event": "resume"}])  # already after action_listen
    await router.handle(WEB, "asdf")  # one failure after the resume is just one
    assert started.store.state(WEB.channel, WEB.user_id).status == "bot"


async def test_resume_is_retried_when_rasa_was_down_at_hand_back(
        started: HandoffService, router: ConversationRouter, fake_rasa: FakeRasa) -> None:
    await router.handle(WEB, "comedy")
    await router.handle(WEB, "a person please")
    agent = started.store.agent_by_username("ana")
    ref = (await started.queue(agent))[0].ref
    await started.claim(ref, agent)
    fake_rasa.down = True
    await started.hand_back(ref, agent)
    assert started.store.state(WEB.channel, WEB.user_id).rasa_paused
    fake_rasa.down = False
    reply = await router.handle(WEB, "anything new?")
    assert "1. A comedy title" in texts(reply)
    assert not started.store.state(WEB.channel, WEB.user_id).rasa_paused


async def test_voice_viewer_is_told_a_person_follows_up_elsewhere(
        started: HandoffService, router: ConversationRouter) -> None:
    reply = await router.handle(VOICE, "can I talk to a person")
    assert texts(reply) == [NO_PUSH_HANDOFF_TEXT]
    assert {"type": "handoff", "status": "waiting"} in customs(reply)
    again = await router.handle(VOICE, "hello?")  # a voice turn must always be answered
    assert texts(again) == [NO_PUSH_HANDOFF_TEXT]

    agent = started.store.agent_by_username("ana")
    ref = (await started.queue(agent))[0].ref
    await started.claim(ref, agent)
    assert await started.reply(ref, agent, "I'll email you the fix.") is False  # no push on voice
    reply = await router.handle(VOICE, "anyone there?")
    assert texts(reply) == ["I'll email you the fix."]  # read out with the next turn
    assert customs(reply) == [{"type": "agent", "text": "I'll email you the fix.", "name": "Ana"}]


async def test_without_any_agent_account_the_bot_says_so_and_carries_on(
        client, service: HandoffService, router: ConversationRouter, fake_rasa: FakeRasa) -> None:  # noqa: ANN001
    reply = await router.handle(WEB, "can I talk to a person")
    assert texts(reply) == [NO_AGENTS_TEXT]
    assert service.store.state(WEB.channel, WEB.user_id).status == "bot"
    assert not fake_rasa.tracker_of(WEB.sender_id).paused
    assert "1. A drama title" in texts(await router.handle(WEB, "drama"))


async def test_rasa_down_is_answered_honestly_and_recorded(
        started: HandoffService, router: ConversationRouter, fake_rasa: FakeRasa) -> None:
    fake_rasa.down = True
    assert texts(await router.handle(WEB, "comedy")) == [UNAVAILABLE_TEXT]
    assert started.store.state(WEB.channel, WEB.user_id).status == "bot"


async def test_router_without_handoff_still_works(rasa_url: str) -> None:
    from bot.rasa_client import RasaClient

    rasa = RasaClient(rasa_url, 2.0)
    try:
        reply = await ConversationRouter(rasa).handle(WEB, "comedy")
    finally:
        await rasa.close()
    assert "1. A comedy title" in texts(reply)


def test_consecutive_failures_reads_the_tracker_turns() -> None:
    def bot(action: str | None) -> dict:
        return {"event": "bot", "metadata": {"utter_action": action} if action else {}}

    user = {"event": "user"}
    assert consecutive_failures([user, bot("utter_default"), user, bot("utter_out_of_scope")]) == 2
    assert consecutive_failures([user, bot("utter_default"), user, bot(None), user, bot("utter_default")]) == 1
    assert consecutive_failures([user, bot("utter_default"), {"event": "resume"}, user, bot("utter_default")]) == 1
    assert consecutive_failures([user, bot(None)]) == 0
    assert consecutive_failures([]) == 0


def test_store_is_shared_state_not_memory(tmp_path, gateway_app: web.Application) -> None:  # noqa: ANN001
    """A second store on the same database sees the same conversations (what a restart relies on)."""
    service = gateway_app[HANDOFF_SERVICE]
    service.store.record("web", "restart-viewer-1", [])
    service.store.start_handoff("web", "restart-viewer-1", "requested", True)
    other = HandoffStore.from_url(gateway_app[keys.SETTINGS].database_url)
    assert other.state("web", "restart-viewer-1").status == "waiting"
    other.engine.dispose()


async def test_a_broken_handoff_database_does_not_silence_the_bot(
        started: HandoffService, router: ConversationRouter, monkeypatch: pytest.MonkeyPatch) -> None:
    def down(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database is gone")

    monkeypatch.setattr(started.store, "record", down)
    monkeypatch.setattr(started.store, "undelivered", down)
    assert "1. A comedy title" in texts(await router.handle(WEB, "comedy"))
