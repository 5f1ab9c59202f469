"""Transcripts repository: every line a viewer wrote or was shown, and which pushed lines arrived.

A bot line keeps the typed answer the viewer was shown (``to_custom`` JSON), so the console renders it
like any channel does and nothing is ever re-parsed from text. Viewer and agent lines keep their words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from bot.handoff.conversations import ConversationState, by_ref, find, get_or_create, state_of
from bot.handoff.models import (
    ACTIVE,
    AGENT,
    IN_HANDOFF,
    VIEWER,
    Agent,
    Repository,
    TranscriptMessage,
    UnknownConversation,
    utcnow,
)
from contract.payloads import AgentMessage, Answer, PlainText, from_custom, from_rasa, to_custom

TRANSCRIPT_LINES = 500


@dataclass(frozen=True)
class Line:
    """One line to write: the viewer's words (``text``) or one answer they were shown (``answer``)."""

    sender: str
    text: str | None = None
    answer: Answer | None = None
    delivered: bool | None = None  # None: not pushed; False until a channel confirmed delivery


@dataclass(frozen=True)
class StoredLine:
    """A line read back; ``answer`` is what the viewer was shown (None for the viewer's own lines)."""

    id: int
    at: dt.datetime
    channel: str
    sender: str
    text: str | None
    answer: Answer | None
    agent_name: str | None
    delivered: bool | None


@dataclass(frozen=True)
class Recorded:
    """What ``append`` did: the conversation's state when the lines were stored, and their ids."""

    state: ConversationState
    line_ids: tuple[int, ...]


class Transcripts(Repository):
    """Transcript lines of every conversation (not only during handoff: agents see the whole history)."""

    def append(self, channel: str, user_id: str, lines: Sequence[Line], at: dt.datetime | None = None) -> Recorded:
        """Append lines to the viewer's transcript (creating the conversation).

        The state is read in the same transaction as the write, so "was this message for the bot or
        for the agent?" is decided on the state the message was stored under.
        """
        now = at or utcnow()
        with self._tx() as s:
            conv = get_or_create(s, channel, user_id, now)
            rows = [TranscriptMessage(conversation_id=conv.id, at=now, channel=channel, sender=line.sender,
                                      text=line.text, payload=to_custom(line.answer) if line.answer else None,
                                      delivered=line.delivered) for line in lines]
            s.add_all(rows)
            if rows:
                conv.last_message_at = now
            s.flush()
            return Recorded(state_of(conv), tuple(row.id for row in rows))

    def record_viewer(self, channel: str, user_id: str, text: str,
                      at: dt.datetime | None = None) -> tuple[Recorded, list[StoredLine]]:
        """A viewer's message, in one transaction: the pushed lines they had not received (now marked
        delivered, since this turn's answer carries them), then their line, stored under the state it
        was written in. One transaction instead of three per turn."""
        now = at or utcnow()
        with self._tx() as s:
            conv = get_or_create(s, channel, user_id, now)
            missed = _take(s, conv.id)
            row = TranscriptMessage(conversation_id=conv.id, at=now, channel=channel, sender=VIEWER, text=text)
            s.add(row)
            conv.last_message_at = now
            s.flush()
            return Recorded(state_of(conv), (row.id,)), missed

    def add_agent_line(self, ref: str, agent_id: int, text: str,
                       now: dt.datetime | None = None) -> tuple[ConversationState, int] | None:
        """Store an agent's reply (undelivered) if the conversation is this agent's active one; else None."""
        now = now or utcnow()
        with self._tx() as s:
            try:
                conv = by_ref(s, ref)
            except UnknownConversation:
                return None
            if conv.status != ACTIVE or conv.agent_id != agent_id:
                return None
            line = TranscriptMessage(conversation_id=conv.id, at=now, channel=conv.channel, sender=AGENT,
                                     text=text, agent_id=agent_id, delivered=False)
            s.add(line)
            conv.last_message_at = now
            s.flush()
            return state_of(conv), line.id

    def undelivered(self, channel: str, user_id: str) -> list[StoredLine]:
        """Pushed lines the viewer has not received yet, oldest first (read only; see ``take_undelivered``)."""
        with self._tx() as s:
            conv = find(s, channel, user_id)
            if conv is None:
                return []
            rows = s.execute(
                _lines_query().where(TranscriptMessage.conversation_id == conv.id,
                                     TranscriptMessage.delivered.is_(False))
                .order_by(TranscriptMessage.id)
            ).all()
            return [_line(*row) for row in rows]

    def take_undelivered(self, channel: str, user_id: str,
                         line_ids: Sequence[int] | None = None) -> list[StoredLine]:
        """Mark the viewer's undelivered lines (or only ``line_ids`` of them) delivered and return the
        ones this call marked, oldest first.

        Whoever takes a line pushes it: a live push, the replay when a tab connects and the viewer's
        next turn can race each other (in one process or several), and each line must reach the viewer
        once. The caller gives lines back with ``release`` when its push found nobody.
        """
        with self._tx() as s:
            conv = find(s, channel, user_id)
            return [] if conv is None else _take(s, conv.id, line_ids)

    def release(self, line_ids: Sequence[int]) -> None:
        """A push taken with ``take_undelivered`` reached nobody: the lines wait for the next connect or turn."""
        if not line_ids:
            return
        with self._tx() as s:
            s.execute(update(TranscriptMessage).where(TranscriptMessage.id.in_(list(line_ids)))
                      .values(delivered=False))

    def of_handoff(self, ref: str, limit: int = TRANSCRIPT_LINES) -> tuple[ConversationState, list[StoredLine]]:
        """The latest ``limit`` lines of a conversation in handoff (others are not the console's business)."""
        with self._tx() as s:
            conv = by_ref(s, ref)
            if conv.status not in IN_HANDOFF:
                raise UnknownConversation(ref)
            rows = s.execute(
                _lines_query().where(TranscriptMessage.conversation_id == conv.id)
                .order_by(TranscriptMessage.id.desc()).limit(limit)
            ).all()
            return state_of(conv), [_line(*row) for row in reversed(rows)]


def _take(s: Any, conversation_id: int, line_ids: Sequence[int] | None = None) -> list[StoredLine]:
    """One UPDATE … RETURNING marks the lines: of two concurrent takers only one gets each line (the
    other's WHERE no longer matches once the first commits)."""
    stmt = (update(TranscriptMessage)
            .where(TranscriptMessage.conversation_id == conversation_id, TranscriptMessage.delivered.is_(False))
            .values(delivered=True).returning(TranscriptMessage.id)
            .execution_options(synchronize_session=False))
    if line_ids is not None:
        stmt = stmt.where(TranscriptMessage.id.in_(list(line_ids)))
    taken = [row[0] for row in s.execute(stmt).all()]
    if not taken:
        return []
    rows = s.execute(_lines_query().where(TranscriptMessage.id.in_(taken)).order_by(TranscriptMessage.id)).all()
    return [_line(*row) for row in rows]


def _lines_query() -> Any:
    return (
        select(TranscriptMessage.id, TranscriptMessage.at, TranscriptMessage.channel, TranscriptMessage.sender,
               TranscriptMessage.text, TranscriptMessage.payload, Agent.display_name,
               TranscriptMessage.delivered)
        .outerjoin(Agent, Agent.id == TranscriptMessage.agent_id)
    )


def _line(id_: int, at: dt.datetime, channel: str, sender: str, text: str | None,
          payload: dict[str, Any] | None, agent_name: str | None, delivered: bool | None) -> StoredLine:
    return StoredLine(id=id_, at=at, channel=channel, sender=sender, text=text,
                      answer=_answer(sender, text, payload, agent_name), agent_name=agent_name,
                      delivered=delivered)


def _answer(sender: str, text: str | None, payload: Mapping[str, Any] | None,
            agent_name: str | None) -> Answer | None:
    """The answer a stored line showed the viewer.

    Lines written before answers were typed hold a Rasa message's parts (``custom``, ``buttons``) beside
    their text; ``from_rasa`` reads those, so a transcript that spans an upgrade still renders.
    """
    if sender == VIEWER:
        return None
    if sender == AGENT:
        return AgentMessage(text or "", agent_name)
    if payload and "type" in payload:
        return from_custom(payload)
    if payload:
        return from_rasa({"text": text, **payload})
    return PlainText(text or "")
