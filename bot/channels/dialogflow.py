"""Dialogflow CX fulfillment webhook: ``POST /voice/dialogflow``.

For teams whose voice front end is a Dialogflow CX agent (phone gateway, Google telephony, CCAI):
the agent's catch-all route calls this webhook, which hands the viewer's words to the shared router
and answers in CX's ``WebhookResponse`` format:

- ``fulfillmentResponse.messages``: a ``text`` message (the bot's own plain-text rendering, complete
  list included, for chat surfaces), an ``outputAudioText.ssml`` message (the spoken rendering, which
  CX uses for audio), and a ``payload`` message with the recommendation items (contracts §3);
- ``sessionInfo.parameters``: ids of the recommended items and the handoff state, so CX routes can
  branch on them.

CX calls are authenticated with ``Authorization: Bearer <VOICE_WEBHOOK_SECRET>`` (configured on the CX
webhook as a request header; see docs/voice.md). The conversation key is the CX session id.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from bot import keys
from bot.channels import speech
from bot.channels.voice_common import VOICE_TURNS, BadRequest, check_bearer, parse_json_object, read_body, validate
from bot.conversation import ConversationKey

log = logging.getLogger(__name__)

CHANNEL = "dialogflow"
PATH = "/voice/dialogflow"
MAX_BODY_BYTES = 256 * 1024  # CX sends the page, parameters and messages along; still small
ANSWER_BUDGET_S = 4.0  # CX's default webhook timeout is 5 s
MAX_TEXT_CHARS = 1000
WELCOME_TAG = "welcome"
WELCOME = ("Hi! I can help you find something to watch. Try: comedies under 40 minutes, or a family movie "
           "for tonight. What are you in the mood for?")
SLOW = "This is taking longer than usual. Please ask me again in a moment."
ERROR = "Sorry, something went wrong on my side. Please try again."
# projects/<P>/locations/<L>/agents/<A>[/environments/<E>]/sessions/<SESSION ID>
_SESSION = re.compile(r"/sessions/([^/]{1,200})$")


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow")


class FulfillmentInfo(_Loose):
    tag: str | None = Field(default=None, max_length=200)


class SessionInfo(_Loose):
    session: str = Field(min_length=1, max_length=1000)


class WebhookRequest(_Loose):
    """The parts of CX's WebhookRequest we use; CX adds many more, which are ignored."""

    text: str | None = Field(default=None, max_length=MAX_TEXT_CHARS)
    transcript: str | None = Field(default=None, max_length=MAX_TEXT_CHARS)
    languageCode: str | None = Field(default=None, max_length=35)
    fulfillmentInfo: FulfillmentInfo | None = None
    sessionInfo: SessionInfo

    def words(self) -> str:
        """Typed text, or the speech transcript when the viewer spoke."""
        return " ".join((self.text or self.transcript or "").split())


def session_id(session: str) -> str:
    """The ``<Session ID>`` at the end of CX's session path (a bare id is accepted as is)."""
    match = _SESSION.search(session)
    sid = match.group(1) if match else session
    if not sid.strip() or "/" in sid:
        raise BadRequest(400, "invalid_request", "sessionInfo.session is not a Dialogflow CX session path.")
    return sid


def webhook_response(answer: speech.Speech) -> dict[str, Any]:
    """CX ``WebhookResponse``: text for screens, SSML for audio, the items as a custom payload."""
    messages: list[dict[str, Any]] = [
        {"text": {"text": [answer.display_text or answer.text]}},
        {"outputAudioText": {"ssml": answer.ssml}},
    ]
    if answer.items:
        messages.append({"payload": {"type": "recommendations", "items": list(answer.items),
                                     "constraints": answer.constraints or {}}})
    if answer.handoff:
        messages.append({"payload": {"type": "handoff", "status": answer.handoff}})
    parameters: dict[str, Any] = {
        "mediabot_item_ids": [str(i.get("id")) for i in answer.items if i.get("id")],
        "mediabot_handoff": answer.handoff,
        "mediabot_end_session": answer.end_session,
    }
    return {"fulfillmentResponse": {"messages": messages}, "sessionInfo": {"parameters": parameters}}


def setup(app: web.Application) -> None:
    app.router.add_post(PATH, dialogflow_endpoint)


async def dialogflow_endpoint(request: web.Request) -> web.Response:
    """Auth → body → WebhookRequest → router (under CX's timeout) → WebhookResponse."""
    started = asyncio.get_running_loop().time()
    try:
        check_bearer(request, request.app[keys.SETTINGS].voice_webhook_secret)
        call = parse_request(await read_body(request, MAX_BODY_BYTES))
        key = ConversationKey(CHANNEL, session_id(call.sessionInfo.session))
    except BadRequest as exc:
        log.info("dialogflow_refused", extra={"status": exc.status, "reason": exc.code})
        return exc.response()
    try:
        answer = await answer_call(request.app, key, call, deadline=started + ANSWER_BUDGET_S)
    except Exception:  # noqa: BLE001 - CX speaks our apology instead of its generic webhook error
        log.exception("dialogflow_answer_failed")
        answer = speech.prompt(ERROR)
    return web.json_response(webhook_response(answer))


def parse_request(raw: bytes) -> WebhookRequest:
    return validate(WebhookRequest, parse_json_object(raw))


async def answer_call(app: web.Application, key: ConversationKey, call: WebhookRequest, *,
                      deadline: float) -> speech.Speech:
    """Welcome (tag ``welcome`` or no words, e.g. a start event), else the bot's answer."""
    tag = call.fulfillmentInfo.tag if call.fulfillmentInfo else None
    words = call.words()
    log.info("dialogflow_request", extra={"tag": tag, "has_text": bool(words)})
    if tag == WELCOME_TAG or not words:
        return speech.prompt(WELCOME)
    remaining = deadline - asyncio.get_running_loop().time()
    messages = await app[VOICE_TURNS].ask(key, words, remaining)
    if messages is None:
        return speech.prompt(SLOW)
    return speech.render_reply(messages)
