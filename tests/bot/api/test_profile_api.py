"""The viewer's profile over HTTP (bot/api/profile.py) on SQLite and PostgreSQL: viewing events batched
and idempotent, the summary, the export, deletion that leaves nothing, and the personalisation switch."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient

from api_testkit import (  # noqa: F401 - fixtures used by name
    PARTS, SERVICE, ClientFactory, app_settings, call, client, db_recommender, key,
)
from bot.app import create_app
from recommender import subscriptions
from recommender.constraints import Constraints

ME = "telegram:1001"


def events(*specs: tuple[str, str, str]) -> dict[str, Any]:
    return {"user_id": ME, "events": [{"id": i, "item_id": item, "kind": kind} for i, item, kind in specs]}


async def test_a_batch_is_stored_once_even_when_sent_again(client: TestClient) -> None:
    batch = events(("p1", "s608", "play"), ("c1", "s608", "completion"), ("p1", "s608", "play"))
    assert await call(client, "POST", "/api/events", batch, SERVICE) == (200, {"stored": 2, "duplicates": 1})
    assert await call(client, "POST", "/api/events", batch, SERVICE) == (200, {"stored": 0, "duplicates": 3})
    status, profile = await call(client, "GET", "/api/profile", None, SERVICE, user_id=ME)
    assert status == 200 and profile["viewing_events"] == 2
    assert profile["watched"] == [{"id": "s608", "title": "The Strangers"}]


async def test_a_batch_with_an_unknown_item_is_refused_whole(client: TestClient) -> None:
    status, body = await call(client, "POST", "/api/events",
                              events(("a", "s608", "play"), ("b", "s0", "play")), SERVICE)
    assert status == 400 and body["details"]["unknown_item_ids"] == ["s0"]
    _, profile = await call(client, "GET", "/api/profile", None, SERVICE, user_id=ME)
    assert profile["viewing_events"] == 0


async def test_progress_must_be_a_share_and_events_not_in_the_future(client: TestClient) -> None:
    bad = [{"id": "x", "item_id": "s608", "kind": "progress", "progress": 1.5},
           {"id": "y", "item_id": "s608", "kind": "play", "at": "2999-01-01T00:00:00Z"},
           {"id": "z", "item_id": "s608", "kind": "pause"}]
    for event in bad:
        status, _ = await call(client, "POST", "/api/events", {"user_id": ME, "events": [event]}, SERVICE)
        assert status == 400, event


async def test_summary_export_and_deletion(client: TestClient) -> None:
    for item, kind in (("s608", "like"), ("s533", "dislike"), ("s29", "seen")):
        assert (await call(client, "POST", "/api/feedback", {"user_id": ME, "item_id": item, "kind": kind},
                           SERVICE))[0] == 200
    await call(client, "POST", "/api/events", events(("e1", "s29", "completion")), SERVICE)
    _, profile = await call(client, "GET", "/api/profile", None, SERVICE, user_id=ME)
    assert [t["title"] for t in profile["liked"]] == ["The Strangers"]
    assert [t["title"] for t in profile["disliked"]] == ["Scream"]
    assert [t["id"] for t in profile["seen"]] == ["s29"] and profile["personalize"] is True
    assert profile["retention_days"] > 0
    resp = await client.get("/api/profile/export", params={"user_id": ME}, headers=SERVICE)
    assert resp.status == 200 and "attachment" in resp.headers["Content-Disposition"]
    exported = await resp.json()
    assert len(exported["feedback"]) == 3 and len(exported["viewing_events"]) == 1
    status, body = await call(client, "DELETE", "/api/profile", None, SERVICE, user_id=ME)
    assert status == 200
    assert body["deleted"] == {"like": 1, "dislike": 1, "seen": 1, "viewing_events": 1, "settings": 0, "links": 0,
                               "transcript_lines": 0, "subscriptions": 0, "conversations": 0}
    _, after = await call(client, "GET", "/api/profile", None, SERVICE, user_id=ME)
    assert (after["liked"], after["disliked"], after["seen"], after["watched"]) == ([], [], [], [])


async def test_undo_takes_a_signal_back(client: TestClient) -> None:
    like = {"user_id": ME, "item_id": "s608", "kind": "like"}
    await call(client, "POST", "/api/feedback", like, SERVICE)
    assert await call(client, "POST", "/api/feedback", like | {"undo": True}, SERVICE) == (200, {"ok": True, "undone": True})
    assert await call(client, "POST", "/api/feedback", like | {"undo": True}, SERVICE) == (200, {"ok": True, "undone": False})
    _, profile = await call(client, "GET", "/api/profile", None, SERVICE, user_id=ME)
    assert profile["liked"] == []


async def test_the_personalisation_switch_is_kept(client: TestClient) -> None:
    off = {"user_id": ME, "enabled": False}
    assert await call(client, "POST", "/api/profile/personalization", off, SERVICE) == (200, {"personalize": False})
    _, profile = await call(client, "GET", "/api/profile", None, SERVICE, user_id=ME)
    assert profile["personalize"] is False


async def test_a_signed_export_link_works_without_credentials_until_it_expires(client: TestClient) -> None:
    from bot.api.profile import EXPORT_LINK_S, export_link, viewer_of_link
    from bot.identity import VIEWER_KEYS

    await call(client, "POST", "/api/feedback", {"user_id": ME, "item_id": "s608", "kind": "like"}, SERVICE)
    assert (await call(client, "POST", "/api/profile/export-link", {"user_id": ME}))[0] == 401
    status, body = await call(client, "POST", "/api/profile/export-link", {"user_id": ME}, SERVICE)
    assert status == 200 and body["expires_in"] == EXPORT_LINK_S and "telegram" not in body["url"]
    resp = await client.get(body["url"])  # no Authorization header: the link is the credential
    assert resp.status == 200 and [f["item_id"] for f in (await resp.json())["feedback"]] == ["s608"]
    link = body["url"].split("link=")[1]
    tampered = link[:-2] + ("AA" if not link.endswith("AA") else "BB")
    assert (await client.get("/api/profile/export", params={"link": tampered})).status == 403
    keys = client.app[VIEWER_KEYS]
    old = export_link(keys, keys.resolve(ME), now_s=1_000_000)
    assert viewer_of_link(keys, old) is None
    assert (await client.get("/api/profile/export", params={"link": old})).status == 403


async def test_the_gateway_purges_events_older_than_the_retention_period(client: TestClient, db_recommender) -> None:
    import datetime as dt

    from bot.api.profile import purge_old_events
    from recommender import profiles

    old = (profiles.now() - dt.timedelta(days=400)).isoformat()
    batch = {"user_id": ME, "events": [{"id": "old", "item_id": "s608", "kind": "play", "at": old},
                                       {"id": "new", "item_id": "s533", "kind": "play"}]}
    assert (await call(client, "POST", "/api/events", batch, SERVICE))[0] == 200
    await purge_old_events(client.app)  # (the start-up purge may have run already: the count is not checked)
    _, profile = await call(client, "GET", "/api/profile", None, SERVICE, user_id=ME)
    assert [t["id"] for t in profile["watched"]] == ["s533"]


async def test_a_pick_a_liked_title_moved_up_says_so(client: TestClient) -> None:
    for item in ("s608", "s29"):  # The Strangers, Dark Skies
        await call(client, "POST", "/api/feedback", {"user_id": ME, "item_id": item, "kind": "like"}, SERVICE)
    status, body = await call(client, "POST", "/api/recommendations", {"user_id": ME, "limit": 10}, SERVICE)
    assert status == 200
    explained = [i for i in body["items"] if "because you liked" in i["reason"]]
    assert explained, [i["reason"] for i in body["items"]]
    assert all(i["reason"].endswith(("because you liked The Strangers", "because you liked Dark Skies"))
               for i in explained)
    _, anonymous = await call(client, "POST", "/api/recommendations", {"limit": 10})
    assert not any("because you liked" in i["reason"] for i in anonymous["items"])
    await call(client, "POST", "/api/profile/personalization", {"user_id": ME, "enabled": False}, SERVICE)
    _, off = await call(client, "POST", "/api/recommendations", {"user_id": ME, "limit": 10}, SERVICE)
    assert not any("because you liked" in i["reason"] for i in off["items"])


# Rasa's SQL tracker store table (rasa.core.tracker_store.SQLTrackerStore.SQLEvent); the real Rasa writes it
# in tests/integration/test_privacy_stack.py.
RASA_EVENTS = """CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, sender_id VARCHAR(255) NOT NULL,
  type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)"""


def conversations_of(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT DISTINCT sender_id FROM events")}


async def test_deletion_erases_the_conversations_and_alerts_of_every_linked_channel(
        aiohttp_client: ClientFactory, db_recommender: Any, catalog_db: Any, tmp_path: Path) -> None:
    store = tmp_path / "conversations.db"
    me, my_web, someone = key(ME), key("web:tab-1001"), key("telegram:2002")
    with sqlite3.connect(store) as conn:
        conn.execute(RASA_EVENTS)
        conn.executemany("INSERT INTO events (sender_id, type_name, timestamp) VALUES (?, 'user', 1.0)",
                         [(me,), (my_web,), (someone,)])
    settings = dataclasses.replace(app_settings(tmp_path, catalog_db.url), conversations_db=store)
    client = await aiohttp_client(create_app(settings, recommender=db_recommender, parts=PARTS))
    _, issued = await call(client, "POST", "/api/links/code", {"user_id": ME}, SERVICE)
    await call(client, "POST", "/api/links/redeem", {"user_id": "web:tab-1001", "code": issued["code"]}, SERVICE)
    subscriptions.subscribe(catalog_db.factory, my_web, "web", "tab-1001", Constraints(genres=["drama"]), 0)

    status, body = await call(client, "DELETE", "/api/profile", None, SERVICE, user_id="web:tab-1001")
    assert status == 200
    assert (body["deleted"]["conversations"], body["deleted"]["subscriptions"], body["deleted"]["links"]) == (2, 1, 1)
    assert conversations_of(store) == {someone}
    assert subscriptions.list_for(catalog_db.factory, my_web) == []


async def test_the_export_holds_the_saved_searches_of_every_linked_channel(client: TestClient, catalog_db: Any) -> None:
    _, issued = await call(client, "POST", "/api/links/code", {"user_id": ME}, SERVICE)
    await call(client, "POST", "/api/links/redeem", {"user_id": "web:tab-1001", "code": issued["code"]}, SERVICE)
    subscriptions.subscribe(catalog_db.factory, key("web:tab-1001"), "web", "tab-1001", Constraints(genres=["drama"]), 0)
    resp = await client.get("/api/profile/export", params={"user_id": ME}, headers=SERVICE)
    exported = await resp.json()
    assert exported["saved_searches"] == [{"channel": "web", "constraints": {"genres": ["drama"]}}]
