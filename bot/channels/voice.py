"""Voice channels: registers all three endpoints, and serves the generic one, ``POST /voice/webhook``.

The generic webhook is for assistants without a platform format of their own (Home Assistant, Siri
Shortcuts, a Raspberry Pi with a microphone): they send ``{"user_id", "text", "locale"}`` with
``Authorization: Bearer <VOICE_WEBHOOK_SECRET>`` and get ``{"speech_ssml", "text", "end_session"}``
back — SSML for engines that speak it, the same words as plain text for those that do not.

``setup(app)`` wires the generic webhook, the Alexa skill endpoint (``alexa``) and the Dialogflow CX
webhook (``dialogflow``), all sharing one ``VoiceTurns`` (router + deadline), one request path
(``voice_common.VoiceEndpoint``) and one speech renderer (``speech``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot import keys
from bot.channels import alexa, dialogflow, speech
from bot.channels.voice_common import VOICE_TURNS, Ask, VoiceEndpoint, VoiceTurns, read_bearer_json
from bot.conversation import ConversationKey, typed_text_to_rasa

log = logging.getLogger(__name__)

CHANNEL = "voice"
PATH = "/voice/webhook"
MAX_BODY_BYTES = 16 * 1024
MAX_TEXT_CHARS = 1000


class VoiceRequest(BaseModel):
    """The generic webhook's request. Unknown fields are refused, so a typo is reported, not ignored."""

    model_config = ConfigDict(extra="forbid", strict=True)

    user_id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@\-]+$")
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    locale: str | None = Field(default=None, max_length=35, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        words = typed_text_to_rasa(" ".join(value.split()))  # words, never a forged /intent
        if not words:
            raise ValueError("must contain words, not only spaces or slashes")
        return words


class GenericWebhook(VoiceEndpoint[VoiceRequest]):
    """``{"user_id", "text", "locale"}`` in, ``{"speech_ssml", "text", "end_session"}`` out."""

    name = CHANNEL
    budget_s = 6.0

    async def read(self, request: web.Request) -> VoiceRequest:
        return await read_bearer_json(request, VoiceRequest, MAX_BODY_BYTES)

    def turn(self, call: VoiceRequest) -> Ask:
        log.info("voice_request", extra={"locale": call.locale})
        return Ask(ConversationKey(CHANNEL, call.user_id), call.text)

    def respond(self, reply: speech.Speech) -> dict[str, Any]:
        return {"speech_ssml": reply.ssml, "text": reply.text, "end_session": reply.end_session}


def setup(app: web.Application) -> None:
    """All voice endpoints: ``/voice/webhook`` (here), ``/voice/alexa``, ``/voice/dialogflow``."""
    app[VOICE_TURNS] = VoiceTurns(app[keys.ROUTER])
    app.router.add_post(PATH, GenericWebhook().handle)
    alexa.setup(app)
    dialogflow.setup(app)
    app.cleanup_ctx.append(_close_turns)


async def _close_turns(app: web.Application) -> AsyncIterator[None]:
    yield
    await app[VOICE_TURNS].close()
