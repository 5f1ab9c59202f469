"""Dialogflow CX fulfillment webhook: ``POST /voice/dialogflow``.

For teams whose voice front end is a Dialogflow CX agent (phone gateway, Google telephony, CCAI):
the agent's catch-all route calls this webhook, which hands the viewer's words to the shared router
and answers in CX's ``WebhookResponse`` format:

- ``fulfillmentResponse.messages``: a ``text`` message (the plain-text rendering of the bot's answers,
  complete list included, for chat surfaces), an ``outputAudioText.ssml`` message (the spoken
  rendering, which CX uses for audio), and one ``payload`` message per structured answer
  (recommendations, item details, handoff state) in the reply contract's wire form (contracts §3);
- ``sessionInfo.parameters``: ids of the recommended items and the handoff state, so CX routes can
  branch on them.

CX calls are authenticated with ``Authorization: Bearer <VOICE_WEBHOOK_SECRET>`` (configured on the CX
webhook as a request header; see docs/voice.md). The viewer is the end user when the request names one
(``payload.userId``, which a host app sets in ``QueryParameters.payload`` of its detectIntent call, so
likes and settings outlive a call), else the CX session (one call, one anonymous viewer).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.channels import speech
from bot.channels.voice_common import Ask, VoiceEndpoint, read_bearer_json
from bot.conversation import ConversationKey, typed_text_to_rasa
from contract.payloads import HandoffState, ItemDetails, Recommendations, to_custom

log = logging.getLogger(__name__)

CHANNEL = "dialogflow"
PATH = "/voice/dialogflow"
MAX_BODY_BYTES = 256 * 1024  # CX sends the page, parameters and messages along; still small
MAX_TEXT_CHARS = 1000
MAX_USER_ID_CHARS = 1000  # hashed into a fixed-length viewer key (bot/identity.py), so any real length fits
WELCOME_TAG = "welcome"
WELCOME = ("Hi! I can help you find something to watch. Try: comedies under 40 minutes, or a family movie "
           "for tonight. What are you in the mood for?")
# Answers a CX route or a rich client may draw itself; their wire form goes out as ``payload`` messages.
PAYLOAD_KINDS = (Recommendations, ItemDetails, HandoffState)
# projects/<P>/locations/<L>/agents/<A>[/environments/<E>]/sessions/<SESSION ID>
_SESSION = re.compile(r"/sessions/([^/]{1,200})$")


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow")


class FulfillmentInfo(_Loose):
    tag: str | None = Field(default=None, max_length=200)


class SessionInfo(_Loose):
    session: str = Field(min_length=1, max_length=1000)

    @field_validator("session")
    @classmethod
    def _session_id(cls, value: str) -> str:
        """The ``<Session ID>`` at the end of CX's session path (a bare id is accepted as is)."""
        match = _SESSION.search(value)
        sid = match.group(1) if match else value
        if not sid.strip() or "/" in sid:
            raise ValueError("not a Dialogflow CX session path")
        return sid


class WebhookRequest(_Loose):
    """The parts of CX's WebhookRequest we use; CX adds many more, which are ignored."""

    text: str | None = Field(default=None, max_length=MAX_TEXT_CHARS)
    transcript: str | None = Field(default=None, max_length=MAX_TEXT_CHARS)
    languageCode: str | None = Field(default=None, max_length=35)
    fulfillmentInfo: FulfillmentInfo | None = None
    sessionInfo: SessionInfo
    payload: dict[str, Any] | None = None  # QueryParameters.payload of the detectIntent call, passed through

    def viewer_id(self) -> str:
        """The end user's id when the caller gave one (``payload.userId``), else the CX session id."""
        user = (self.payload or {}).get("userId")
        if isinstance(user, str) and user.strip() and len(user) <= MAX_USER_ID_CHARS:
            return "user:" + user.strip()
        return self.sessionInfo.session

    def words(self) -> str:
        """Typed text, or the speech transcript when the viewer spoke (as words, never a forged /intent)."""
        return typed_text_to_rasa(" ".join((self.text or self.transcript or "").split()))

    @property
    def tag(self) -> str | None:
        return self.fulfillmentInfo.tag if self.fulfillmentInfo else None


def webhook_response(reply: speech.Speech) -> dict[str, Any]:
    """CX ``WebhookResponse``: text for screens, SSML for audio, structured answers as custom payloads."""
    messages: list[dict[str, Any]] = [
        {"text": {"text": [reply.display_text or reply.text]}},
        {"outputAudioText": {"ssml": reply.ssml}},
    ]
    messages += [{"payload": to_custom(a)} for a in reply.answers if isinstance(a, PAYLOAD_KINDS)]
    parameters: dict[str, Any] = {
        "mediabot_item_ids": [item.id for item in reply.items],
        "mediabot_handoff": reply.handoff,
        "mediabot_end_session": reply.end_session,
    }
    return {"fulfillmentResponse": {"messages": messages}, "sessionInfo": {"parameters": parameters}}


class DialogflowWebhook(VoiceEndpoint[WebhookRequest]):
    """CX ``WebhookRequest`` in, ``WebhookResponse`` out; the viewer is the end user, else the CX session."""

    name = CHANNEL
    budget_s = 4.0  # CX's default webhook timeout is 5 s

    async def read(self, request: web.Request) -> WebhookRequest:
        return await read_bearer_json(request, WebhookRequest, MAX_BODY_BYTES)

    def turn(self, call: WebhookRequest) -> Ask | speech.Speech:
        """Welcome (tag ``welcome`` or no words, e.g. a start event), else the viewer's words."""
        words = call.words()
        log.info("dialogflow_request", extra={"tag": call.tag, "has_text": bool(words)})
        if call.tag == WELCOME_TAG or not words:
            return speech.prompt(WELCOME)
        return Ask(ConversationKey(CHANNEL, call.viewer_id()), words)

    def respond(self, reply: speech.Speech) -> dict[str, Any]:
        return webhook_response(reply)


def setup(app: web.Application) -> None:
    app.router.add_post(PATH, DialogflowWebhook().handle)
