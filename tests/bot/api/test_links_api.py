"""Linking channels over HTTP on SQLite and PostgreSQL: after a code from Telegram is redeemed in the web
chat, both read and write one profile; deleting from either deletes it for both; unlink separates them."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from api_testkit import SERVICE, call, client, db_recommender  # noqa: F401 - fixtures used by name

TELEGRAM, WEB = "telegram:5005", "web:tab-77"


async def like(client: TestClient, user: str, item: str) -> None:
    assert (await call(client, "POST", "/api/feedback", {"user_id": user, "item_id": item, "kind": "like"},
                       SERVICE))[0] == 200


async def liked(client: TestClient, user: str) -> list[str]:
    status, profile = await call(client, "GET", "/api/profile", None, SERVICE, user_id=user)
    assert status == 200
    return sorted(t["id"] for t in profile["liked"])


async def link(client: TestClient) -> None:
    status, issued = await call(client, "POST", "/api/links/code", {"user_id": TELEGRAM}, SERVICE)
    assert status == 200 and issued["expires_in"] == 600
    status, body = await call(client, "POST", "/api/links/redeem", {"user_id": WEB, "code": issued["code"]}, SERVICE)
    assert (status, body) == (200, {"status": "linked"})


async def test_linked_channels_share_one_profile_until_unlinked(client: TestClient) -> None:
    await like(client, TELEGRAM, "s608")
    await like(client, WEB, "s533")
    await link(client)
    assert await liked(client, WEB) == await liked(client, TELEGRAM) == ["s533", "s608"]
    await like(client, WEB, "s29")
    assert await liked(client, TELEGRAM) == ["s29", "s533", "s608"]
    _, profile = await call(client, "GET", "/api/profile", None, SERVICE, user_id=TELEGRAM)
    assert profile["linked_channels"] == 1
    assert await call(client, "POST", "/api/links/unlink", {"user_id": WEB}, SERVICE) == (200, {"unlinked": True})
    assert await liked(client, WEB) == [] and len(await liked(client, TELEGRAM)) == 3


async def test_a_wrong_code_is_400_and_guessing_gets_429(client: TestClient) -> None:
    for _ in range(5):
        status, body = await call(client, "POST", "/api/links/redeem", {"user_id": WEB, "code": "QQQQQQ"}, SERVICE)
        assert (status, body["error"]) == (400, "invalid_code")
    status, body = await call(client, "POST", "/api/links/redeem", {"user_id": WEB, "code": "QQQQQQ"}, SERVICE)
    assert (status, body["error"]) == (429, "too_many_attempts")


async def test_deleting_from_one_channel_deletes_the_linked_profile(client: TestClient) -> None:
    await like(client, TELEGRAM, "s608")
    await link(client)
    await like(client, WEB, "s533")
    status, body = await call(client, "DELETE", "/api/profile", None, SERVICE, user_id=WEB)
    assert status == 200 and body["deleted"]["like"] == 2 and body["deleted"]["links"] == 1
    assert await liked(client, TELEGRAM) == [] and await liked(client, WEB) == []
