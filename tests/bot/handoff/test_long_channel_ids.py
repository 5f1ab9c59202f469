"""Raw channel ids as long as real ones fit the handoff tables on PostgreSQL (which enforces VARCHAR
lengths): an Alexa account id of 230 characters gets its transcript written, and a database made with
the old, narrower column is widened at start."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "channels"))

from alexa_testkit import body_bytes, envelope, signed_headers  # noqa: E402
from voice_testkit import ClientFactory, voice_app, voice_settings  # noqa: E402

from bot.handoff.models import CHANNEL_USER_ID_CHARS, Conversation, TranscriptMessage  # noqa: E402
from bot.handoff.store import HandoffStore  # noqa: E402
from bot.handoff.transcripts import Line  # noqa: E402

ALEXA_ID = "amzn1.ask.account." + "AEXAMPLE7QZ3" * 17 + "ABCDEFGH"  # 230 characters, as real account ids are


def _column_width(store: HandoffStore) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text(
            "SELECT character_maximum_length FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = 'handoff_conversations' AND column_name = 'user_id'")).scalar_one()


def _lines_of(store: HandoffStore, channel: str, user_id: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(
            select(func.count()).select_from(TranscriptMessage).join(Conversation)
            .where(Conversation.channel == channel, Conversation.user_id == user_id)).scalar_one()


async def test_a_230_character_alexa_id_writes_its_transcript_through_a_real_turn_on_postgresql(
        aiohttp_client: ClientFactory, tmp_path: Path, postgres_schemas: object) -> None:
    assert len(ALEXA_ID) == 230
    url = postgres_schemas.url(postgres_schemas.create())  # type: ignore[attr-defined]
    client: TestClient = await aiohttp_client(voice_app(voice_settings(tmp_path, database_url=url)))
    body = body_bytes(envelope(query="comedies under 40 minutes", user_id=ALEXA_ID))
    resp = await client.post("/voice/alexa", data=body, headers=signed_headers(body))
    assert resp.status == 200, await resp.text()  # Rasa is a closed port here: an honest apology
    store = HandoffStore.open(url)
    try:
        assert store.conversations.state("alexa", ALEXA_ID) is not None
        assert _lines_of(store, "alexa", ALEXA_ID) >= 2  # what the viewer said and what they were told
    finally:
        store.close()


def test_a_database_with_the_old_narrow_column_is_widened_at_start_once(postgres_schemas: object) -> None:
    url = postgres_schemas.url(postgres_schemas.create())  # type: ignore[attr-defined]
    old = HandoffStore.open(url)
    with old.engine.begin() as conn:  # as versions before the widening created it
        conn.execute(text("ALTER TABLE handoff_conversations ALTER COLUMN user_id TYPE VARCHAR(128)"))
    assert _column_width(old) == 128
    old.close()
    for _ in range(2):  # a second start finds nothing to do
        store = HandoffStore.open(url)
        try:
            assert _column_width(store) == CHANNEL_USER_ID_CHARS
            store.transcripts.append("alexa", ALEXA_ID, [Line("viewer", text="comedies")])
        finally:
            store.close()
    store = HandoffStore.open(url)
    try:
        assert _lines_of(store, "alexa", ALEXA_ID) == 2
    finally:
        store.close()


def test_sqlite_stores_are_left_as_they_are(tmp_path: Path) -> None:
    store = HandoffStore.open(f"sqlite:///{tmp_path / 'handoff.db'}")
    try:
        store.transcripts.append("alexa", ALEXA_ID, [Line("viewer", text="comedies")])
        assert _lines_of(store, "alexa", ALEXA_ID) == 1
    finally:
        store.close()
