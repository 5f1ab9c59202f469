"""bot/http.py on a small real aiohttp app: ``read_json`` refuses each kind of bad body with one code, and
``error_middleware`` answers API paths in JSON while pages, static files, redirects and WebSockets keep
aiohttp's own behaviour."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientPayloadError, web
from aiohttp.test_utils import TestClient
from pydantic import BaseModel, ConfigDict, Field

from bot.http import ApiError, error_middleware, read_json

LIMIT = 64


class Greeting(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    times: int = Field(default=1, ge=1, le=3)


async def echo_model(request: web.Request) -> web.Response:
    greeting = await read_json(request, limit=LIMIT, model=Greeting)
    return web.json_response(greeting.model_dump())


async def echo_any(request: web.Request) -> web.Response:
    return web.json_response(await read_json(request, limit=LIMIT, require_content_type=False))


async def locked(request: web.Request) -> web.Response:
    raise ApiError(401, "unauthorized", "send a bearer token", headers={"WWW-Authenticate": 'Bearer realm="x"'})


async def broken(request: web.Request) -> web.Response:
    raise RuntimeError("secret internal detail")


async def broken_page(request: web.Request) -> web.Response:
    raise RuntimeError("page bug")


async def already_json(request: web.Request) -> web.Response:
    raise web.HTTPNotFound(text=json.dumps({"error": "no_such_thing", "message": "gone"}),
                           content_type="application/json")


async def go_home(request: web.Request) -> web.Response:
    raise web.HTTPFound("/")


async def stream_then_fail(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    await response.write(b"event: hello\ndata: {}\n\n")
    raise RuntimeError("stream bug")


async def page(request: web.Request) -> web.Response:
    return web.Response(text="<h1>chat</h1>", content_type="text/html")


async def socket(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        await ws.send_str(f"echo {msg.data}")
    return ws


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[TestClient]], tmp_path: Path) -> AsyncIterator[TestClient]:
    (tmp_path / "app.js").write_text("// js")
    app = web.Application(middlewares=[error_middleware])
    app.router.add_post("/api/greet", echo_model)
    app.router.add_post("/webhooks/any", echo_any)
    app.router.add_get("/api/locked", locked)
    app.router.add_get("/api/broken", broken)
    app.router.add_get("/api/already-json", already_json)
    app.router.add_get("/api/events", stream_then_fail)
    app.router.add_get("/", page)
    app.router.add_get("/broken-page", broken_page)
    app.router.add_get("/old-home", go_home)
    app.router.add_get("/ws", socket)
    app.router.add_static("/static/", tmp_path)
    yield await aiohttp_client(app)


async def post_raw(client: TestClient, path: str, data: Any, content_type: str = "application/json") -> tuple[int, Any]:
    resp = await client.post(path, data=data, headers={"Content-Type": content_type})
    return resp.status, await resp.json()


# --- read_json -----------------------------------------------------------------------------------------

async def test_a_valid_body_comes_back_as_the_model(client: TestClient) -> None:
    assert await post_raw(client, "/api/greet", b'{"name": "Ana"}') == (200, {"name": "Ana", "times": 1})


async def test_without_a_model_the_object_comes_back_as_is(client: TestClient) -> None:
    assert await post_raw(client, "/webhooks/any", b'{"a": [1]}', "text/plain") == (200, {"a": [1]})


async def test_a_declared_oversized_body_is_413(client: TestClient) -> None:
    status, body = await post_raw(client, "/api/greet", b'{"name": "' + b"x" * LIMIT + b'"}')
    assert (status, body["error"]) == (413, "payload_too_large")


async def test_an_oversized_body_without_content_length_is_413(client: TestClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b" " * 16

    status, body = await post_raw(client, "/api/greet", chunks())
    assert (status, body["error"]) == (413, "payload_too_large")


async def test_a_body_that_is_not_json_is_400_invalid_json(client: TestClient) -> None:
    status, body = await post_raw(client, "/api/greet", b"{name: Ana")
    assert (status, body["error"]) == (400, "invalid_json")
    assert body["message"].startswith("the body is not valid JSON")


async def test_json_that_is_not_an_object_is_400_invalid_json(client: TestClient) -> None:
    assert await post_raw(client, "/api/greet", b'["Ana"]') == (
        400, {"error": "invalid_json", "message": "the body must be a JSON object"})


async def test_an_invalid_field_is_400_invalid_request_naming_it(client: TestClient) -> None:
    status, body = await post_raw(client, "/api/greet", b'{"name": "Ana", "times": 9}')
    assert (status, body["error"]) == (400, "invalid_request")
    assert body["message"].startswith("times: ")
    assert [e["field"] for e in body["details"]["errors"]] == ["times"]


async def test_a_wrong_content_type_is_415_where_json_is_required(client: TestClient) -> None:
    status, body = await post_raw(client, "/api/greet", b'{"name": "Ana"}', "text/plain")
    assert (status, body["error"]) == (415, "unsupported_media_type")


# --- error_middleware ----------------------------------------------------------------------------------

async def test_api_error_fields_become_status_body_and_headers(client: TestClient) -> None:
    resp = await client.get("/api/locked")
    assert resp.status == 401 and resp.headers["WWW-Authenticate"] == 'Bearer realm="x"'
    assert await resp.json() == {"error": "unauthorized", "message": "send a bearer token"}


async def test_an_unknown_api_route_is_a_json_404(client: TestClient) -> None:
    resp = await client.get("/api/nope")
    assert resp.status == 404
    assert await resp.json() == {"error": "not_found", "message": "Not Found: GET /api/nope"}


async def test_a_wrong_method_on_an_api_route_is_a_json_405_with_allow(client: TestClient) -> None:
    resp = await client.get("/api/greet")
    assert resp.status == 405 and resp.headers["Allow"] == "POST"
    assert (await resp.json())["error"] == "method_not_allowed"


async def test_an_unexpected_error_is_a_json_500_without_the_trace(client: TestClient, caplog) -> None:
    with caplog.at_level(logging.ERROR, logger="bot.http"):
        resp = await client.get("/api/broken")
    text = await resp.text()
    assert resp.status == 500 and json.loads(text)["error"] == "internal_error"
    assert "secret internal detail" not in text and "Traceback" not in text
    assert any(r.exc_info and "secret internal detail" in str(r.exc_info[1]) for r in caplog.records)


async def test_a_stream_that_fails_after_starting_is_cut_off_not_given_a_second_answer(client: TestClient) -> None:
    resp = await client.get("/api/events")
    assert resp.status == 200
    with pytest.raises(ClientPayloadError):
        await resp.read()


async def test_a_json_http_exception_passes_through_unchanged(client: TestClient) -> None:
    resp = await client.get("/api/already-json")
    assert (resp.status, await resp.json()) == (404, {"error": "no_such_thing", "message": "gone"})


async def test_pages_static_files_and_redirects_keep_aiohttps_answers(client: TestClient) -> None:
    unknown = await client.get("/nope")
    assert (unknown.status, unknown.content_type) == (404, "text/plain")
    missing = await client.get("/static/missing.js")
    assert missing.status == 404 and missing.content_type != "application/json"
    assert await (await client.get("/static/app.js")).text() == "// js"
    moved = await client.get("/old-home", allow_redirects=False)
    assert (moved.status, moved.headers["Location"]) == (302, "/")
    failed = await client.get("/broken-page")
    assert (failed.status, failed.content_type) == (500, "text/plain")


async def test_websocket_upgrades_pass_through(client: TestClient) -> None:
    ws = await client.ws_connect("/ws")
    await ws.send_str("hi")
    assert (await ws.receive_str()) == "echo hi"
    await ws.close()
