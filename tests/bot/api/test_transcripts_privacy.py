"""A viewer's transcripts go with "delete my data" (found by viewer key, across linked channels) and with
retention, on SQLite and PostgreSQL; other viewers' and agent-held conversations stay."""

from __future__ import annotations

import datetime as dt
import secrets

from aiohttp.test_utils import TestClient

from api_testkit import SERVICE, call, client, db_recommender  # noqa: F401 - fixtures used by name
from bot.api.profile import TRANSCRIPTS, purge_old_events
from bot.handoff.models import Conversation, TranscriptMessage


def conversation(client: TestClient, channel: str, user: str, *, status: str = "bot", days_ago: int = 0) -> int:
    at = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days_ago)
    with client.app[TRANSCRIPTS].begin() as s:
        conv = Conversation(ref=secrets.token_hex(8), channel=channel, user_id=user, status=status, created_at=at)
        s.add(conv)
        s.flush()
        s.add_all(TranscriptMessage(conversation_id=conv.id, at=at, channel=channel, sender="viewer", text=t)
                  for t in ("comedies", "thanks"))
        return conv.id


def lines_of(client: TestClient, conv_id: int) -> int:
    with client.app[TRANSCRIPTS]() as s:
        return len(s.query(TranscriptMessage).filter_by(conversation_id=conv_id).all())


async def test_delete_my_data_removes_the_viewers_transcripts_on_every_linked_channel(client: TestClient) -> None:
    telegram = conversation(client, "telegram", "5005")
    web = conversation(client, "web", "tab-77")
    other = conversation(client, "telegram", "6006")
    held = conversation(client, "web", "tab-88", status="active")  # a person is answering: not now
    _, issued = await call(client, "POST", "/api/links/code", {"user_id": "telegram:5005"}, SERVICE)
    await call(client, "POST", "/api/links/redeem", {"user_id": "web:tab-77", "code": issued["code"]}, SERVICE)
    status, body = await call(client, "DELETE", "/api/profile", None, SERVICE, user_id="web:tab-77")
    assert status == 200 and body["deleted"]["transcript_lines"] == 4
    assert (lines_of(client, telegram), lines_of(client, web), lines_of(client, other)) == (0, 0, 2)
    status, body = await call(client, "DELETE", "/api/profile", None, SERVICE, user_id="web:tab-88")
    assert body["deleted"]["transcript_lines"] == 0 and lines_of(client, held) == 2


async def test_retention_purges_old_transcript_lines(client: TestClient) -> None:
    old = conversation(client, "telegram", "7007", days_ago=400)
    new = conversation(client, "telegram", "8008")
    await purge_old_events(client.app)
    assert (lines_of(client, old), lines_of(client, new)) == (0, 2)
