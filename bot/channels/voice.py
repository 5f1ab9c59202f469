"""Voice channels: registers all three endpoints, and serves the generic one, ``POST /voice/webhook``.

The generic webhook is for assistants without a platform format of their own (Home Assistant, Siri
Shortcuts, a Raspberry Pi with a microphone): they send ``{"user_id", "text", "locale"}`` with
``Authorization: Bearer <VOICE_WEBHOOK_SECRET>`` and get ``{"speech_ssml", "text", "end_session"}``
back — SSML for engines that speak it, the same words as plain text for those that do not.

``setup(app)`` wires the generic webhook, the Alexa skill endpoint (``alexa``) and the Dialogflow CX
webhook (``dialogflow``), all sharing one ``VoiceTurns`` (router + deadline) and one speech renderer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot import keys
from bot.channels import alexa, dialogflow, speech
from bot.channels.voice_common import (
    VOICE_TURNS, BadRequest, VoiceTurns, check_bearer, parse_json_object, read_body, validate,
)
from bot.conversation import ConversationKey

log = logging.getLogger(__name__)

CHANNEL = "voice"
PATH = "/voice/webhook"
MAX_BODY_BYTES = 16 * 1024
ANSWER_BUDGET_S = 6.0
MAX_TEXT_CHARS = 1000
SLOW = "This is taking longer than usual. Please ask me again in a moment."
ERROR = "Sorry, something went wrong on my side. Please try again."


class VoiceRequest(BaseModel):
    """The generic webhook's request. Unknown fields are refused, so a typo is reported, not ignored."""

    model_config = ConfigDict(extra="forbid", strict=True)

    user_id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@\-]+$")
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    locale: str | None = Field(default=None, max_length=35, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        words = " ".join(value.split())
        if not words:
            raise ValueError("must contain words, not only spaces")
        return words


def setup(app: web.Application) -> None:
    """All voice endpoints: ``/voice/webhook`` (here), ``/voice/alexa``, ``/voice/dialogflow``."""
    app[VOICE_TURNS] = VoiceTurns(app[keys.ROUTER])
    app.router.add_post(PATH, voice_webhook)
    alexa.setup(app)
    dialogflow.setup(app)
    app.cleanup_ctx.append(_close_turns)


async def _close_turns(app: web.Application) -> AsyncIterator[None]:
    yield
    await app[VOICE_TURNS].close()


def voice_response(answer: speech.Speech) -> dict[str, Any]:
    return {"speech_ssml": answer.ssml, "text": answer.text, "end_session": answer.end_session}


async def voice_webhook(request: web.Request) -> web.Response:
    """Auth → body → validated fields → router (under a deadline) → speech."""
    started = asyncio.get_running_loop().time()
    try:
        check_bearer(request, request.app[keys.SETTINGS].voice_webhook_secret)
        call = parse_request(await read_body(request, MAX_BODY_BYTES))
    except BadRequest as exc:
        log.info("voice_refused", extra={"status": exc.status, "reason": exc.code})
        return exc.response()
    try:
        answer = await answer_call(request.app, call, deadline=started + ANSWER_BUDGET_S)
    except Exception:  # noqa: BLE001 - the assistant speaks an apology rather than a bare error
        log.exception("voice_answer_failed")
        answer = speech.prompt(ERROR)
    return web.json_response(voice_response(answer))


def parse_request(raw: bytes) -> VoiceRequest:
    return validate(VoiceRequest, parse_json_object(raw))


async def answer_call(app: web.Application, call: VoiceRequest, *, deadline: float) -> speech.Speech:
    log.info("voice_request", extra={"locale": call.locale})
    remaining = deadline - asyncio.get_running_loop().time()
    messages = await app[VOICE_TURNS].ask(ConversationKey(CHANNEL, call.user_id), call.text, remaining)
    if messages is None:
        return speech.prompt(SLOW)
    return speech.render_reply(messages)
