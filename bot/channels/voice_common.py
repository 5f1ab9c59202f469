"""What the three voice endpoints share: one request path, safe body reading, bearer auth, refusals as
``bot.http.ApiError``, and running a viewer's words through the router under a deadline.

Every voice endpoint does the same thing: read (and verify) the request, ask the router under the
platform's deadline, render the answers as speech, answer in the platform's JSON. ``VoiceEndpoint.handle``
is that path, once; a channel module (``alexa``, ``dialogflow``, ``voice``) holds only its protocol
mapping: how to read a call, what the call asks, and how a ``Speech`` looks in its response format.

Voice platforms hang up on slow webhooks (Alexa after 8 s, Dialogflow CX after 5 s by default), so a
turn that takes too long must become a short "taking longer than usual" answer instead of silence. The
slow turn is not thrown away: it keeps running (cancelling it could cut Rasa off mid-turn), and when
the viewer asks the same thing again its answer is used instead of asking Rasa twice.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from abc import ABC, abstractmethod
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar, Union

from aiohttp import web

from pydantic import BaseModel

from bot import keys
from bot.channels import speech
from bot.conversation import ConversationKey, ConversationRouter
from bot.http import ApiError, parse_object, read_body, validated
from contract.payloads import Answer

log = logging.getLogger(__name__)

PENDING_TTL_S = 120.0
MAX_PENDING = 1000
SLOW = "This is taking longer than usual. Please ask me again in a moment."
SLOW_REPROMPT = "Ask me again, or try something else?"
ERROR = "Sorry, something went wrong on my side. Please try again."
BEARER_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="mediabot-voice"'}
EMPTY_BODY = "empty_body"  # 400: a voice platform posted nothing (distinct from a body that is not JSON)

ModelT = TypeVar("ModelT", bound=BaseModel)
CallT = TypeVar("CallT")


async def read_voice_body(request: web.Request, limit: int) -> bytes:
    """The raw body (Alexa signs the exact bytes); an empty one is refused with its own code, since a
    platform that posts nothing is misconfigured rather than sending bad JSON."""
    body = await read_body(request, limit)
    if not body:
        raise ApiError(400, EMPTY_BODY, "The request has no body; send a JSON object.")
    return body


def check_bearer(request: web.Request, secret: str) -> None:
    """``Authorization: Bearer <secret>``, compared in constant time; no secret configured = refuse all."""
    if not secret:
        raise ApiError(403, "webhook_disabled",
                       "This webhook is disabled: set VOICE_WEBHOOK_SECRET on the server to enable it.")
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "Send the shared secret as 'Authorization: Bearer <secret>'.",
                       headers=BEARER_CHALLENGE)
    if not hmac.compare_digest(token.strip().encode("utf-8"), secret.encode("utf-8")):
        raise ApiError(401, "unauthorized", "The bearer token is wrong.", headers=BEARER_CHALLENGE)


async def read_bearer_json(request: web.Request, model: type[ModelT], limit: int) -> ModelT:
    """The webhooks secured by ``VOICE_WEBHOOK_SECRET``: auth first (before the body is read), then a
    JSON object of at most ``limit`` bytes, validated as ``model``."""
    check_bearer(request, request.app[keys.SETTINGS].voice_webhook_secret)
    return validated(model, parse_object(await read_voice_body(request, limit)))


# --- the one request path -------------------------------------------------------------------------


@dataclass(frozen=True)
class Ask:
    """A call that carries the viewer's words: they go to the router under this conversation key."""

    key: ConversationKey
    words: str


# What a call asks for: the bot's answer to the viewer's words, a fixed prompt (greeting, help,
# goodbye), or a finished response body that says nothing (Alexa's answer to SessionEndedRequest).
Turn = Union[Ask, speech.Speech, dict[str, Any]]


class VoiceEndpoint(ABC, Generic[CallT]):
    """One voice platform's protocol mapping; ``handle`` is the request path all of them share.

    Subclasses say how a call is read (``read``: authenticate, verify, parse; raise ``ApiError`` to
    refuse it), what it asks (``turn``), and how speech looks in their response JSON (``respond``).
    """

    name: ClassVar[str]  # the log prefix, e.g. "alexa"
    budget_s: ClassVar[float]  # from arrival to answer, below the platform's webhook timeout
    apology: ClassVar[speech.Speech] = speech.prompt(ERROR)

    @abstractmethod
    async def read(self, request: web.Request) -> CallT:
        """The call, or ``ApiError`` (nothing reaches the router before a call is read)."""

    @abstractmethod
    def turn(self, call: CallT) -> Turn:
        """What this call asks for."""

    @abstractmethod
    def respond(self, reply: speech.Speech) -> dict[str, Any]:
        """The platform's response JSON for ``reply``."""

    async def handle(self, request: web.Request) -> web.Response:
        """Read → ask the router under the deadline → render → respond. Refusals are ``ApiError`` s (the
        gateway's error middleware answers them as 4xx JSON); anything unexpected after the call was read
        is spoken as an apology, never a 500 (the platform would play its own error tone)."""
        started = _now()
        try:
            call = await self.read(request)
        except ApiError as exc:
            log.info("voice_refused", extra={"channel": self.name, "status": exc.status, "reason": exc.code})
            raise
        try:
            reply = await self.reply(request.app[VOICE_TURNS], call, deadline=started + self.budget_s)
        except Exception:  # noqa: BLE001 - the viewer hears an apology rather than the platform's error
            log.exception("voice_answer_failed", extra={"channel": self.name})
            reply = self.apology
        return web.json_response(self.respond(reply) if isinstance(reply, speech.Speech) else reply)

    async def reply(self, turns: VoiceTurns, call: CallT, *, deadline: float) -> speech.Speech | dict[str, Any]:
        """The speech for one call: a fixed prompt, or the router's answers rendered (or "too slow")."""
        turn = self.turn(call)
        if not isinstance(turn, Ask):
            return turn
        answers = await turns.ask(turn.key, turn.words, deadline - _now())
        if answers is None:
            return speech.prompt(SLOW, reprompt=SLOW_REPROMPT)
        return speech.render_reply(answers)


def _now() -> float:
    return asyncio.get_running_loop().time()


@dataclass
class _Pending:
    text: str
    task: asyncio.Task[list[Answer]]
    started: float


class VoiceTurns:
    """Runs viewer utterances through the one ``ConversationRouter``, each under a deadline."""

    def __init__(self, router: ConversationRouter, clock: Any = time.monotonic) -> None:
        self._router = router
        self._clock = clock
        self._pending: OrderedDict[ConversationKey, _Pending] = OrderedDict()

    async def ask(self, key: ConversationKey, text: str, timeout_s: float) -> list[Answer] | None:
        """The bot's answers, or None when they did not arrive within ``timeout_s``."""
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

    def _reuse(self, key: ConversationKey, text: str) -> asyncio.Task[list[Answer]] | None:
        pending = self._pending.get(key)
        if pending is not None and pending.text == _norm(text) and not pending.task.cancelled():
            return pending.task
        return None

    def _start(self, key: ConversationKey, text: str) -> asyncio.Task[list[Answer]]:
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
