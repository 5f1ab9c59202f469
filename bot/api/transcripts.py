"""The viewer's conversation transcripts (the agent console's tables), for "delete my data" and retention.

Transcripts are the one store still keyed by the channel's own id: the gateway must know where to deliver
an agent's reply (a Telegram chat id, a web chat session). So a deletion by viewer key finds the viewer's
conversations by deriving each conversation's key (one HMAC per conversation: bot/identity.py) and
deletes their lines and the conversation rows; a conversation a person is handling right now is left to
them. Retention deletes lines older than ``MEDIABOT_RETENTION_DAYS``.

It works on the tables of bot/handoff/models.py through their own metadata, so it needs no handoff
service running (a recommender-only gateway process can answer a deletion too).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.models import Conversation, HandoffBase, TranscriptMessage
from bot.identity import ViewerKeys
from recommender.catalog.db import make_engine, session_factory

WITH_BOT = "bot"
CHUNK = 500


def open_transcripts(url: str) -> sessionmaker[Session]:
    return session_factory(make_engine(url, HandoffBase.metadata, immediate_transactions=True))


def delete_for(factory: sessionmaker[Session], viewer_keys: ViewerKeys, keys: Collection[str]) -> int:
    """Delete the transcripts of every conversation whose viewer key is in ``keys``; returns the lines."""
    wanted = set(keys)
    with factory.begin() as s:
        rows = s.execute(select(Conversation.id, Conversation.channel, Conversation.user_id, Conversation.status)).all()
        ids = [cid for cid, channel, user, status in rows
               if status == WITH_BOT and viewer_keys.key(channel, user) in wanted]
        lines = 0
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i:i + CHUNK]
            lines += s.execute(delete(TranscriptMessage).where(TranscriptMessage.conversation_id.in_(chunk))).rowcount or 0
            s.execute(delete(Conversation).where(Conversation.id.in_(chunk)))
    return lines


def purge(factory: sessionmaker[Session], older_than: dt.datetime) -> int:
    """Retention: delete transcript lines written before ``older_than``; returns how many."""
    with factory.begin() as s:
        return s.execute(delete(TranscriptMessage).where(TranscriptMessage.at < older_than)).rowcount or 0
