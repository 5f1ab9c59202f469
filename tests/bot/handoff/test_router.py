"""The router with handoff attached, inside the real gateway app, in front of the session's real Rasa.

The handoff policy is Rasa's (a viewer asking for a person; two "didn't get that" answers in a row);
the router only queues the conversation, keeps the viewer's messages away from Rasa while a person owns
it (acknowledging them at most once a minute), tells Rasa ``/handoff_ended`` on hand-back, answers voice
channels (no push) with the handoff state, and says so honestly when Rasa is down (a closed port) or no
agent exists. Every test talks under sender ids of its own: the real Rasa keeps the session's trackers
in memory.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from aiohttp import web
from handoff_helpers import add_agent, add_present_agent
from real_rasa import (
    NONSENSE,
    assert_items_fit,
    closed_url,
    rasa_heard,
    recommendations,
    statuses,
    texts,
    unique_key,
)
from sqlalchemy import update

from bot import keys
from bot.conversation import ConversationKey, ConversationRouter, is_cancel, typed_text_to_rasa
from bot.handoff.console import HANDOFF_SERVICE
from bot.handoff.models import Conversation
from bot.handoff.service import HandoffError, HandoffService
from bot.handoff.store import HandoffStore
from bot.identity import ViewerKeys
from bot.rasa_client import RasaClient
from contract import wording
from contract.payloads import AgentMessage, HandoffState, PlainText, Recommendations


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
    """The app is running (start-up hooks ran: the web chat deliverer is registered) with one present agent."""
    add_present_agent(service.store)
    return service


async def claimed_ref(service: HandoffService) -> tuple[str, Any]:
    """Ana claims the one queued conversation."""
    agent = service.store.agents.by_username("ana")
    ref = (await service.queue(agent))[0].ref
    await service.claim(ref, agent)
    return ref, agent


def test_typed_text_never_becomes_an_intent() -> None:
    assert typed_text_to_rasa('/inform{"audience":"adult"}') == 'inform{"audience":"adult"}'
    assert typed_text_to_rasa(" / /handoff_ended") == "handoff_ended"  # however the slashes are spaced
    assert typed_text_to_rasa("  comedies under 40 minutes ") == "comedies under 40 minutes"
    assert typed_text_to_rasa("either/or") == "either/or"  # only a leading slash means an intent
    assert typed_text_to_rasa("//") == ""


def test_only_a_whole_short_cancel_phrase_leaves_a_handoff() -> None:
    for words in ("never mind", "Nevermind.", "back to the bot please", "OK, cancel!", "Forget it"):
        assert is_cancel(words), words
    for words in ("cancel my subscription", "never mind the subtitles, the sound is off", "bot", ""):
        assert not is_cancel(words), words


@pytest.mark.integration
async def test_asking_for_a_person_queues_and_stops_sending_to_rasa(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey, stack: Any) -> None:
    recommendations(await router.handle(web_key, "comedies"))
    reply = await router.handle(web_key, "I want to talk to a person")
    assert reply == [HandoffState("waiting", reason="requested")]
    assert started.store.conversations.state(web_key.channel, web_key.user_id).status == "waiting"

    assert await router.handle(web_key, "my account is broken") == []
    assert await router.handle(web_key, "hello??") == []  # acknowledged by the handoff notice itself
    assert await rasa_heard(stack.rasa_url, router.viewer_key(web_key)) == ["comedies", "I want to talk to a person"]

    queue = await started.queue(started.store.agents.by_username("ana"))
    assert [(q.last_viewer_text, q.reason) for q in queue] == [("hello??", "requested")]
    _, lines, _, _ = await started.transcript(queue[0].ref)
    assert [ln.text for ln in lines if ln.sender == "viewer"] == [
        "comedies", "I want to talk to a person", "my account is broken", "hello??"]
    shown = [ln.answer for ln in lines if ln.sender == "bot"]
    assert any(isinstance(a, Recommendations) and a.items for a in shown)
    assert shown[-1] == HandoffState("waiting", reason="requested")


@pytest.mark.integration
async def test_acknowledgement_at_most_once_a_minute(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    assert statuses(await router.handle(web_key, "a person please")) == ["waiting"]
    assert await router.handle(web_key, "one") == []
    with started.store.engine.begin() as conn:  # state is in SQL: move the last acknowledgement back a minute
        conn.execute(update(Conversation).values(last_ack_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=61)))
    assert await router.handle(web_key, "two") == [PlainText(wording.WAITING_ACK)]
    assert await router.handle(web_key, "three") == []


@pytest.mark.integration
async def test_two_failures_in_a_row_hand_off(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    first = await router.handle(web_key, NONSENSE)
    assert statuses(first) == [] and texts(first)  # the bot's own "sorry", shown as it is
    assert started.store.conversations.state(web_key.channel, web_key.user_id).status == "bot"

    second = await router.handle(web_key, NONSENSE)
    assert statuses(second) == ["waiting"]
    queue = await started.queue(started.store.agents.by_username("ana"))
    assert [(q.status, q.reason) for q in queue] == [("waiting", "fallback")]


@pytest.mark.integration
async def test_a_success_between_failures_resets_the_count(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    await router.handle(web_key, NONSENSE)
    recommendations(await router.handle(web_key, "comedies"))
    assert statuses(await router.handle(web_key, NONSENSE)) == []  # one failure since the answer
    assert started.store.conversations.state(web_key.channel, web_key.user_id).status == "bot"
    assert statuses(await router.handle(web_key, NONSENSE)) == ["waiting"]  # two in a row


@pytest.mark.integration
async def test_hand_back_tells_rasa_and_the_slots_still_apply(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey, stack: Any) -> None:
    asked = recommendations(await router.handle(web_key, "comedies"))
    assert asked.constraints["genres"] == ["comedy"]
    await router.handle(web_key, "let me talk to a human")
    ref, agent = await claimed_ref(started)
    with pytest.raises(HandoffError):
        await started.claim(ref, agent)
    await started.reply(ref, agent, "Hi, Ana here. How can I help?")  # viewer offline: stays pending
    await started.hand_back(ref, agent)
    assert (await rasa_heard(stack.rasa_url, router.viewer_key(web_key)))[-1] == "/handoff_ended"

    reply = await router.handle(web_key, "under 30 minutes please")  # no genre named: the slot must hold
    # what the viewer missed comes first, in order: who joined, their words, the bot saying it is back
    assert reply[:3] == [HandoffState("agent_joined", agent_name="Ana"),
                         AgentMessage("Hi, Ana here. How can I help?", "Ana"), HandoffState("ended")]
    shown = recommendations(reply[3:])
    assert shown.constraints["genres"] == ["comedy"] and shown.constraints["max_minutes"] == 30
    await assert_items_fit(stack.gateway_url, shown, "comedy", max_minutes=30)


@pytest.mark.integration
async def test_failures_before_a_handoff_do_not_count_after_hand_back(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    await router.handle(web_key, NONSENSE)
    assert statuses(await router.handle(web_key, NONSENSE)) == ["waiting"]  # second failure: handoff
    ref, agent = await claimed_ref(started)
    await started.hand_back(ref, agent)

    third = await router.handle(web_key, NONSENSE)  # one failure after the hand-back is just one
    assert "waiting" not in statuses(third)
    assert started.store.conversations.state(web_key.channel, web_key.user_id).status == "bot"


@pytest.mark.integration
async def test_hand_back_while_rasa_is_down_still_tells_the_viewer(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey, stack: Any) -> None:
    recommendations(await router.handle(web_key, "comedies"))
    await router.handle(web_key, "a person please")
    ref, agent = await claimed_ref(started)

    real_rasa, down = router.rasa, RasaClient(closed_url(), 2.0)  # Rasa unreachable at hand-back time
    router.rasa = down
    try:
        await started.hand_back(ref, agent)
    finally:
        router.rasa = real_rasa
        await down.close()
    assert started.store.conversations.state(web_key.channel, web_key.user_id).status == "bot"

    reply = await router.handle(web_key, "under 30 minutes please")  # Rasa is back: the bot answers
    # the notices the offline viewer could not be pushed, then the bot's answer
    assert reply[:2] == [HandoffState("agent_joined", agent_name="Ana"), HandoffState("ended")]
    await assert_items_fit(stack.gateway_url, recommendations(reply), "comedy", max_minutes=30)


@pytest.mark.integration
async def test_voice_viewer_is_told_to_continue_in_the_web_chat_or_telegram(
        started: HandoffService, router: ConversationRouter, voice_key: ConversationKey, stack: Any) -> None:
    """A voice assistant cannot hold a chat with a person: no queue, no dead end, the bot carries on."""
    reply = await router.handle(voice_key, "can I talk to a person")
    assert reply == [HandoffState("unavailable", reason="voice")]
    assert "web chat" in wording.handoff_notice(reply[0], live=False)
    assert "Telegram" in wording.handoff_notice(reply[0], live=False)
    assert started.store.conversations.state(voice_key.channel, voice_key.user_id).status == "bot"
    assert await started.queue(started.store.agents.by_username("ana")) == []
    await assert_items_fit(stack.gateway_url, recommendations(await router.handle(voice_key, "dramas")), "drama")


@pytest.mark.integration
async def test_with_accounts_but_nobody_signed_in_the_viewer_is_told_at_once(
        client, service: HandoffService, router: ConversationRouter,
        web_key: ConversationKey, stack: Any) -> None:
    add_agent(service.store)  # an account exists, but nobody is at a console
    assert await router.handle(web_key, "can I talk to a person") == [HandoffState("unavailable", reason="nobody_present")]
    assert service.store.conversations.state(web_key.channel, web_key.user_id).status == "bot"
    shown = recommendations(await router.handle(web_key, "dramas"))
    assert shown.constraints["genres"] == ["drama"]
    await assert_items_fit(stack.gateway_url, shown, "drama")


@pytest.mark.integration
@pytest.mark.parametrize("words", ["never mind", "Back to the bot, please!", "cancel"])
async def test_viewer_cancels_while_waiting_and_the_bot_answers_again(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey, stack: Any, words: str) -> None:
    asked = recommendations(await router.handle(web_key, "comedies"))
    assert statuses(await router.handle(web_key, "a person please")) == ["waiting"]
    reply = await router.handle(web_key, words)
    assert reply[0] == HandoffState("ended", reason="cancelled")
    assert started.store.conversations.state(web_key.channel, web_key.user_id).status == "bot"
    assert await started.queue(started.store.agents.by_username("ana")) == []
    assert (await rasa_heard(stack.rasa_url, router.viewer_key(web_key)))[-1] == "/handoff_ended"
    shown = recommendations(await router.handle(web_key, "under 30 minutes"))  # the slots still apply
    assert shown.constraints["genres"] == asked.constraints["genres"] == ["comedy"]


@pytest.mark.integration
async def test_viewer_leaves_an_agent_and_a_longer_message_still_goes_to_the_agent(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    await router.handle(web_key, "a person please")
    ref, agent = await claimed_ref(started)
    # words for the agent, not a cancel (the viewer is offline: the missed "Ana joined" comes with it)
    assert await router.handle(web_key, "cancel my subscription") == [HandoffState("agent_joined", agent_name="Ana")]
    assert started.store.conversations.state(web_key.channel, web_key.user_id).status == "active"
    reply = await router.handle(web_key, "never mind")
    assert HandoffState("ended", reason="cancelled") in reply
    with pytest.raises(HandoffError):
        await started.reply(ref, agent, "Still there?")  # the conversation is the bot's again


@pytest.mark.integration
async def test_nobody_claims_within_the_wait_limit_and_the_bot_comes_back_with_a_note(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey, stack: Any) -> None:
    recommendations(await router.handle(web_key, "comedies"))
    await router.handle(web_key, "a person please")
    started.wait_limit = dt.timedelta(minutes=5)
    assert await started.return_unclaimed() == 0  # not yet
    with started.store.engine.begin() as conn:  # state is in SQL: the request was made six minutes ago
        conn.execute(update(Conversation).where(Conversation.user_id == web_key.user_id)
                     .values(waiting_since=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=6)))
    assert await started.return_unclaimed() == 1
    assert await started.return_unclaimed() == 0  # once
    assert started.store.conversations.state(web_key.channel, web_key.user_id).status == "bot"
    assert (await rasa_heard(stack.rasa_url, router.viewer_key(web_key)))[-1] == "/handoff_ended"
    reply = await router.handle(web_key, "under 30 minutes")  # offline viewer: the note comes first
    assert reply[0] == HandoffState("ended", reason="timeout")
    assert "in time" in wording.handoff_notice(reply[0])
    await assert_items_fit(stack.gateway_url, recommendations(reply[1:]), "comedy", max_minutes=30)


async def test_rasa_down_is_answered_honestly_and_recorded(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey) -> None:
    # Not an integration test: the app's RASA_URL is a closed port (conftest ``rasa_url``).
    assert await router.handle(web_key, "comedies") == [PlainText(wording.BOT_UNAVAILABLE)]
    assert started.store.conversations.state(web_key.channel, web_key.user_id).status == "bot"
    assert await started.queue(started.store.agents.by_username("ana")) == []


@pytest.mark.integration
async def test_router_without_handoff_answers_and_has_nobody_to_hand_off_to(
        stack: Any, web_key: ConversationKey) -> None:
    rasa = RasaClient(stack.rasa_url, 30.0)
    try:
        router = ConversationRouter(rasa, ViewerKeys(b"router-test-secret"))
        await assert_items_fit(stack.gateway_url, recommendations(await router.handle(web_key, "comedies")), "comedy")
        assert await router.handle(web_key, "can I talk to a person") == [HandoffState("unavailable")]
    finally:
        await rasa.close()


def test_store_is_shared_state_not_memory(gateway_app: web.Application) -> None:
    """A second store on the same database sees the same conversations (what a restart relies on)."""
    store = gateway_app[HANDOFF_SERVICE].store
    store.transcripts.append("web", "restart-viewer-1", [])
    store.conversations.start_handoff("web", "restart-viewer-1", "requested")
    other = HandoffStore.open(gateway_app[keys.SETTINGS].database_url)
    assert other.conversations.state("web", "restart-viewer-1").status == "waiting"
    other.close()


@pytest.mark.integration
async def test_a_broken_handoff_database_does_not_silence_the_bot(
        started: HandoffService, router: ConversationRouter, web_key: ConversationKey,
        monkeypatch: pytest.MonkeyPatch, stack: Any) -> None:
    def down(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database is gone")

    monkeypatch.setattr(started.store.transcripts, "append", down)
    monkeypatch.setattr(started.store.transcripts, "record_viewer", down)
    await assert_items_fit(stack.gateway_url, recommendations(await router.handle(web_key, "comedies")), "comedy")
    # nobody could pick a handoff up from a database that is gone: the viewer is told so
    assert await router.handle(web_key, "can I talk to a person") == [HandoffState("unavailable")]
