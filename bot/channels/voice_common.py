"""What the three voice endpoints share: reading bodies safely, bearer auth, JSON errors, and running a
viewer's words through the router under a deadline.

Voice platforms hang up on slow webhooks (Alexa after 8 s, Dialogflow CX after 5 s by default), so a
turn that takes too long must become a short "taking longer than usual" answer instead of silence. The
slow turn is not thrown away: it keeps running (cancelling it could cut Rasa off mid-turn), and when
the viewer asks the same thing again its answer is used instead of asking Rasa twice.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web

from pydantic import BaseModel, ValidationError

from bot.api.errors import error_response, validation_error_body
from bot.conversation import ConversationKey, ConversationRouter
from bot.rasa_client import BotMessage

log = logging.getLogger(__name__)

PENDING_TTL_S = 120.0
MAX_PENDING = 1000


ModelT = TypeVar("ModelT", bound=BaseModel)


class BadRequest(Exception):
    """A request the endpoint refuses with a 4xx and a JSON reason."""

    def __init__(self, status: int, code: str, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details

    def response(self) -> web.Response:
        resp = error_response(self.status, self.code, self.message, self.details)
        if self.status == 401:
            resp.headers["WWW-Authenticate"] = 'Bearer realm="mediabot-voice"'
        return resp


async def read_body(request: web.Request, limit: int) -> bytes:
    """The raw body, refused with 413 above ``limit`` bytes (checked before and after reading)."""
    if request.content_length is not None and request.content_length > limit:
        raise BadRequest(413, "payload_too_large", f"The body is larger than {limit} bytes.")
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge as exc:
        raise BadRequest(413, "payload_too_large", f"The body is larger than {limit} bytes.") from exc
    if len(body) > limit:
        raise BadRequest(413, "payload_too_large", f"The body is larger than {limit} bytes.")
    if not body:
        raise BadRequest(400, "empty_body", "The request has no body; send a JSON object.")
    return body


def parse_json_object(body: bytes) -> dict[str, Any]:
    """A JSON object, or a 400 that says why (bad JSON, wrong top-level type, absurd nesting)."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise BadRequest(400, "invalid_json", "The body is not valid JSON.") from exc
    if not isinstance(data, dict):
        raise BadRequest(400, "invalid_json", "The body must be a JSON object.")
    return data


def validate(model: type[ModelT], data: dict[str, Any]) -> ModelT:
    """``data`` as ``model``, or a 400 naming every field that is wrong (shared by the voice webhooks)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        body = validation_error_body(exc)
        raise BadRequest(400, "invalid_request", body["message"], body.get("details")) from exc


def check_bearer(request: web.Request, secret: str) -> None:
    """``Authorization: Bearer <secret>``, compared in constant time; no secret configured = refuse all."""
    if not secret:
        raise BadRequest(403, "webhook_disabled",
                         "This webhook is disabled: set VOICE_WEBHOOK_SECRET on the server to enable it.")
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise BadRequest(401, "unauthorized", "Send the shared secret as 'Authorization: Bearer <secret>'.")
    if not hmac.compare_digest(token.strip().encode("utf-8"), secret.encode("utf-8")):
        raise BadRequest(401, "unauthorized", "The bearer token is wrong.")


@dataclass
class _Pending:
    text: str
    task: asyncio.Task[list[BotMessage]]
    started: float


class VoiceTurns:
    """Runs viewer utterances through the one ``ConversationRouter``, each under a deadline."""

    def __init__(self, router: ConversationRouter, clock: Any = time.monotonic) -> None:
        self._router = router
        self._clock = clock
        self._pending: OrderedDict[ConversationKey, _Pending] = OrderedDict()

    async def ask(self, key: ConversationKey, text: str, timeout_s: float) -> list[BotMessage] | None:
        """The bot's messages, or None when they did not arrive within ``timeout_s``."""
        self._forget_old()
        task = self._reuse(key, text) or self._start(key, text)
        try:
            result = await asyncio.wait_for(asyncio.shield(task), timeout=max(0.05, timeout_s))
        except asyncio.TimeoutError:
            self._pending[key] = _Pending(_norm(text), task, self._clock())
            self._pending.move_to_end(key)
            log.warning("voice_turn_slow", extra={"channel": key.channel, "timeout_s": round(timeout_s, 2)})
            return None
        self._pending.pop(key, None)
        return result

    async def close(self) -> None:
        """Cancel turns nobody will collect (shutdown)."""
        for pending in self._pending.values():
            pending.task.cancel()
        self._pending.clear()

    def _reuse(self, key: ConversationKey, text: str) -> asyncio.Task[list[BotMessage]] | None:
        pending = self._pending.get(key)
        if pending is not None and pending.text == _norm(text) and not pending.task.cancelled():
            return pending.task
        return None

    def _start(self, key: ConversationKey, text: str) -> asyncio.Task[list[BotMessage]]:
        task = asyncio.ensure_future(self._router.handle(key, text))
        task.add_done_callback(_consume_exception)
        return task

    def _forget_old(self) -> None:
        now = self._clock()
        while self._pending:
            key, oldest = next(iter(self._pending.items()))
            if now - oldest.started < PENDING_TTL_S and len(self._pending) <= MAX_PENDING:
                break
            self._pending.pop(key)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _consume_exception(task: asyncio.Task[Any]) -> None:
    """A turn nobody awaits any more must not log 'exception was never retrieved'; log it properly."""
    if not task.cancelled() and task.exception() is not None:
        log.error("voice_turn_failed", extra={"error": type(task.exception()).__name__})


VOICE_TURNS: web.AppKey[VoiceTurns] = web.AppKey("voice_turns", VoiceTurns)
