"""The transcripts repository on SQLite and PostgreSQL: typed answers kept, pushed lines tracked."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from handoff_helpers import add_agent
from sqlalchemy import insert

from bot.handoff.models import Conversation, TranscriptMessage, UnknownConversation, utcnow
from bot.handoff.store import HandoffStore
from bot.handoff.transcripts import Line
from contract.payloads import (
    AgentMessage,
    HandoffState,
    Item,
    PlainText,
    QuickReply,
    Recommendations,
)

CH, USER = "web", "viewer-session-0001"
PICKS = Recommendations(
    heading="Here's 1 pick (comedy):",
    items=(Item("s1", "Funny Film", type="movie", year=2019, duration_minutes=32, runtime="32 min", rating="TV-14",
                genres=("comedy",), reason="comedy"),),
    constraints={"genres": ["comedy"]},
    quick_replies=(QuickReply("Shorter", '/refine{"duration":"shorter"}'),),
)


def _waiting(store: HandoffStore) -> str:
    recorded = store.transcripts.append(CH, USER, [Line("viewer", text="a person please")])
    assert store.conversations.start_handoff(CH, USER, "requested")
    return recorded.state.ref


def test_bot_lines_keep_the_typed_answer(store: HandoffStore) -> None:
    store.transcripts.append(CH, USER, [Line("viewer", text="comedies")])
    store.transcripts.append(CH, USER, [Line("bot", answer=PICKS), Line("bot", answer=PlainText("Anything else?"))])
    ref = _waiting(store)
    state, lines = store.transcripts.of_handoff(ref)
    assert state.channel == CH and state.status == "waiting"
    assert [ln.sender for ln in lines] == ["viewer", "bot", "bot", "viewer"]
    assert lines[0].answer is None and lines[0].text == "comedies"
    assert lines[1].answer == PICKS  # the whole answer, items and quick replies included
    assert lines[1].text is None  # no text copy of the list
    assert lines[2].answer == PlainText("Anything else?")


def test_transcript_only_for_conversations_in_handoff(store: HandoffStore) -> None:
    recorded = store.transcripts.append(CH, USER, [Line("viewer", text="comedies")])
    assert recorded.state.status == "bot"
    with pytest.raises(UnknownConversation):
        store.transcripts.of_handoff(recorded.state.ref)
    with pytest.raises(UnknownConversation):
        store.transcripts.of_handoff("0000000000000000")


def test_agent_lines_pending_until_delivered(store: HandoffStore) -> None:
    ana, ben = add_agent(store, "ana", "Ana"), add_agent(store, "ben", "Ben")
    ref = _waiting(store)
    assert store.transcripts.add_agent_line(ref, ana, "hi") is None  # not claimed yet
    store.conversations.claim(ref, ana, utcnow())
    assert store.transcripts.add_agent_line(ref, ben, "hi") is None  # not Ben's
    _, line_id = store.transcripts.add_agent_line(ref, ana, "Hi, I'm Ana.")
    pending = store.transcripts.undelivered(CH, USER)
    assert [(p.id, p.answer) for p in pending] == [(line_id, AgentMessage("Hi, I'm Ana.", "Ana"))]
    assert [t.id for t in store.transcripts.take_undelivered(CH, USER, [line_id])] == [line_id]
    assert store.transcripts.undelivered(CH, USER) == []


def test_pushed_notices_are_pending_until_taken(store: HandoffStore) -> None:
    joined = HandoffState("agent_joined", agent_name="Ana")
    recorded = store.transcripts.append(CH, USER, [Line("system", answer=joined, delivered=False)])
    assert [p.answer for p in store.transcripts.undelivered(CH, USER)] == [joined]
    assert [t.answer for t in store.transcripts.take_undelivered(CH, USER, recorded.line_ids)] == [joined]
    assert store.transcripts.undelivered(CH, USER) == []


def test_a_line_is_taken_once(store: HandoffStore) -> None:
    """A live push and a replay on connect racing each other: the second taker gets nothing."""
    joined = HandoffState("agent_joined", agent_name="Ana")
    recorded = store.transcripts.append(CH, USER, [Line("system", answer=joined, delivered=False)])
    assert [t.answer for t in store.transcripts.take_undelivered(CH, USER)] == [joined]
    assert store.transcripts.take_undelivered(CH, USER) == []
    assert store.transcripts.take_undelivered(CH, USER, recorded.line_ids) == []


def test_concurrent_takers_share_no_line(store: HandoffStore) -> None:
    lines = [Line("system", answer=PlainText(f"notice {i}"), delivered=False) for i in range(40)]
    store.transcripts.append(CH, USER, lines)
    with ThreadPoolExecutor(max_workers=4) as pool:
        taken = list(pool.map(lambda _: store.transcripts.take_undelivered(CH, USER), range(8)))
    ids = [line.id for batch in taken for line in batch]
    assert len(ids) == len(set(ids)) == 40


def test_released_lines_wait_for_the_next_taker(store: HandoffStore) -> None:
    recorded = store.transcripts.append(CH, USER, [Line("system", answer=PlainText("hi"), delivered=False)])
    taken = store.transcripts.take_undelivered(CH, USER, recorded.line_ids)
    store.transcripts.release([line.id for line in taken])  # the push found no open tab
    assert [t.id for t in store.transcripts.take_undelivered(CH, USER)] == list(recorded.line_ids)


def test_taking_only_some_lines_leaves_the_others(store: HandoffStore) -> None:
    first = store.transcripts.append(CH, USER, [Line("system", answer=PlainText("a"), delivered=False)])
    second = store.transcripts.append(CH, USER, [Line("system", answer=PlainText("b"), delivered=False)])
    assert [t.id for t in store.transcripts.take_undelivered(CH, USER, second.line_ids)] == list(second.line_ids)
    assert [p.id for p in store.transcripts.undelivered(CH, USER)] == list(first.line_ids)


def test_a_viewer_message_takes_what_they_missed_and_is_stored_after_it(store: HandoffStore) -> None:
    ana = add_agent(store, "ana", "Ana")
    ref = _waiting(store)
    store.conversations.claim(ref, ana, utcnow())
    _, line_id = store.transcripts.add_agent_line(ref, ana, "Hi, I'm Ana.")
    recorded, missed = store.transcripts.record_viewer(CH, USER, "hello?")
    assert recorded.state.status == "active"  # the message is the agent's, decided in the same transaction
    assert [(m.id, m.answer) for m in missed] == [(line_id, AgentMessage("Hi, I'm Ana.", "Ana"))]
    assert store.transcripts.undelivered(CH, USER) == []  # carried by this turn's answer
    _, lines = store.transcripts.of_handoff(ref)
    assert [(ln.sender, ln.text) for ln in lines][-2:] == [("agent", "Hi, I'm Ana."), ("viewer", "hello?")]


def test_lines_written_before_answers_were_typed_still_read(sqlite_store: HandoffStore) -> None:
    """A transcript spanning the upgrade: old rows hold a Rasa message's text, buttons and custom payload."""
    store = sqlite_store
    ref = _waiting(store)
    old_rows = [
        {"sender": "bot", "text": "Hi! What do you feel like?",
         "payload": {"buttons": [{"title": "Comedies", "payload": "comedies"}]}},
        {"sender": "system", "text": "Ana joined.",
         "payload": {"custom": {"type": "handoff", "status": "agent_joined", "name": "Ana"}}},
    ]
    with store.engine.begin() as conn:
        conv_id = conn.execute(Conversation.__table__.select().where(Conversation.ref == ref)).one().id
        conn.execute(insert(TranscriptMessage), [
            {"conversation_id": conv_id, "at": utcnow(), "channel": CH, **row} for row in old_rows])
    answers = [ln.answer for ln in store.transcripts.of_handoff(ref)[1][-2:]]
    assert answers == [PlainText("Hi! What do you feel like?", (QuickReply("Comedies", "comedies"),)),
                       HandoffState("agent_joined", agent_name="Ana")]
