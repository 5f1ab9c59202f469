"""One way for every gateway endpoint to refuse a request: ``ApiError``, one JSON body reader, one middleware.

Clients (the web chat, the agent console, voice platforms, Telegram, API users) all learn a single error
shape, ``{"error": <code>, "message": <sentence>, "details"?: {...}}``, and a single spelling per code.
Handlers ``raise ApiError(...)`` (or let ``read_json`` raise it) and ``error_middleware`` renders it;
special cases such as a 503 or a ``WWW-Authenticate`` header are fields of the error, not new classes.

The middleware also turns aiohttp's own 4xx (unknown route, wrong method, ``client_max_size``) and any
unexpected exception into that shape, but only on API paths: the web chat and console pages, their
static files and redirects keep aiohttp's ordinary answers, and WebSocket upgrades are left alone.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar, overload

from aiohttp import web
from pydantic import BaseModel, ValidationError

from recommender.constraints import InvalidValue

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# --- error codes: one spelling each -------------------------------------------------------------------

INVALID_JSON = "invalid_json"                      # 400: not parseable JSON, or not a JSON object
INVALID_REQUEST = "invalid_request"                # 400: valid JSON with wrong/missing/unknown fields
PAYLOAD_TOO_LARGE = "payload_too_large"            # 413
UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"  # 415: the endpoint needs Content-Type: application/json
NOT_FOUND = "not_found"                            # 404
METHOD_NOT_ALLOWED = "method_not_allowed"          # 405
INTERNAL_ERROR = "internal_error"                  # 500: a bug; the trace goes to the log, never the body

# Paths whose callers are programs, so every failure there is answered as JSON.
API_PATH_PREFIXES = ("/api/", "/agent/api/", "/voice/", "/webhooks/")
API_PATHS = frozenset({"/healthz"})

_CODE_OF_STATUS = {400: INVALID_REQUEST, 404: NOT_FOUND, 405: METHOD_NOT_ALLOWED, 413: PAYLOAD_TOO_LARGE,
                   415: UNSUPPORTED_MEDIA_TYPE}


class ApiError(Exception):
    """A request refused with ``status`` and a JSON reason; rendered by ``error_middleware``."""

    def __init__(self, status: int, code: str, message: str, details: Mapping[str, Any] | None = None,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers

    def body(self) -> dict[str, Any]:
        """The wire shape; ``details`` only when there are some."""
        body: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.details:
            body["details"] = dict(self.details)
        return body

    def response(self) -> web.Response:
        return web.json_response(self.body(), status=self.status, headers=self.headers)


def validation_error(exc: ValidationError) -> ApiError:
    """Pydantic's errors as one 400: a precise sentence per wrong field, plus machine-readable details.

    A closed-vocabulary miss (``InvalidValue``) also lists the valid values, so a client can correct itself.
    """
    problems: list[str] = []
    details: dict[str, Any] = {"errors": []}
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "body"
        cause = err.get("ctx", {}).get("error")
        if isinstance(cause, InvalidValue):
            problems.append(f"{where}: unknown value(s) {', '.join(cause.bad)}; valid: {', '.join(cause.valid)}")
            details.update(valid=cause.valid, invalid=cause.bad, field=cause.field)
        elif err["type"] == "extra_forbidden":
            problems.append(f"{where}: unknown field")
        else:
            problems.append(f"{where}: {err['msg']}")
        details["errors"].append({"field": where, "problem": problems[-1]})
    return ApiError(400, INVALID_REQUEST, "; ".join(problems), details)


# --- the one body reader ------------------------------------------------------------------------------


@overload
async def read_json(request: web.Request, *, limit: int, model: type[M],
                    require_content_type: bool = True) -> M: ...
@overload
async def read_json(request: web.Request, *, limit: int, model: None = None,
                    require_content_type: bool = True) -> dict[str, Any]: ...


async def read_json(request: web.Request, *, limit: int, model: type[M] | None = None,
                    require_content_type: bool = True) -> M | dict[str, Any]:
    """The body as a JSON object (validated as ``model`` when given); raises only ``ApiError``.

    Checks, in order: Content-Type (415, skipped with ``require_content_type=False`` for platforms that
    do not send it reliably), size (413, from Content-Length and again while reading, so a lying or
    chunked client cannot send more than ``limit`` bytes; ``limit`` replaces the app's
    ``client_max_size`` for this endpoint), UTF-8 JSON (400 ``invalid_json``), a top-level object (400
    ``invalid_json``), and the model (400 ``invalid_request`` naming every wrong field).
    """
    if require_content_type and request.content_type != "application/json":
        raise ApiError(415, UNSUPPORTED_MEDIA_TYPE, "send a JSON body (Content-Type: application/json)")
    data = parse_object(await read_body(request, limit))
    return data if model is None else validated(model, data)


def validated(model: type[M], data: dict[str, Any]) -> M:
    """``data`` as ``model``, or a 400 ``invalid_request`` naming every field that is wrong."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc) from None


async def read_body(request: web.Request, limit: int) -> bytes:
    """The raw body (a signature check needs the exact bytes), refused with 413 above ``limit`` bytes:
    checked from Content-Length and again while reading, so a lying or chunked client cannot send more."""
    too_large = ApiError(413, PAYLOAD_TOO_LARGE, f"the body is larger than {limit} bytes")
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    raw = bytearray()
    while chunk := await request.content.read(limit + 1 - len(raw)):
        raw += chunk
        if len(raw) > limit:
            raise too_large
    return bytes(raw)


def parse_object(raw: bytes) -> dict[str, Any]:
    """A JSON object, or a 400 ``invalid_json`` that says why (not UTF-8, bad JSON, absurd nesting, not an object)."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ApiError(400, INVALID_JSON, "the body is not valid JSON: it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ApiError(400, INVALID_JSON, f"the body is not valid JSON: {exc}") from None
    except RecursionError:
        raise ApiError(400, INVALID_JSON, "the body is not valid JSON: it is nested too deeply") from None
    if not isinstance(data, dict):
        raise ApiError(400, INVALID_JSON, "the body must be a JSON object")
    return data


# --- the one error middleware -------------------------------------------------------------------------


def is_api_path(path: str) -> bool:
    """Whether failures on ``path`` are answered as JSON (pages and static files keep aiohttp's answers)."""
    return path in API_PATHS or path.startswith(API_PATH_PREFIXES)


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Render ``ApiError`` everywhere, and aiohttp's errors and unexpected exceptions on API paths, as JSON."""
    if request.headers.get("Upgrade", "").lower() == "websocket":
        return await handler(request)
    try:
        return await handler(request)
    except Exception as exc:
        if request.writer.output_size > 0:  # a stream (SSE) already sent its headers: no answer is possible
            raise
        response = _error_response(request, exc)
        if response is None:
            raise
        return response


def _error_response(request: web.Request, exc: Exception) -> web.Response | None:
    """The JSON answer to ``exc``, or None to leave it to aiohttp (redirects, pages, already-JSON errors)."""
    if isinstance(exc, ApiError):
        return exc.response()
    if not is_api_path(request.path):
        return None
    if isinstance(exc, web.HTTPException):
        if exc.status < 400 or exc.content_type == "application/json":
            return None
        return _from_http_exception(request, exc).response()
    log.exception("unhandled_error", extra={"method": request.method, "path": request.path})
    return ApiError(500, INTERNAL_ERROR, "something went wrong on our side; please try again").response()


def _from_http_exception(request: web.Request, exc: web.HTTPException) -> ApiError:
    """aiohttp's own error as an ``ApiError``: its status, its headers (``Allow`` on a 405), its sentence
    when it has one (``client_max_size``'s 413 does), else its reason and the request it refused."""
    code = _CODE_OF_STATUS.get(exc.status) or exc.reason.lower().replace(" ", "_")
    text = exc.text or ""
    custom = text and text != f"{exc.status}: {exc.reason}"
    message = text if custom else f"{exc.reason}: {request.method} {request.path}"
    headers = {k: v for k, v in exc.headers.items() if k.lower() not in ("content-type", "content-length")}
    return ApiError(exc.status, code, message, headers=headers or None)
