"""Alexa custom skill endpoint: ``POST /voice/alexa``.

Amazon calls this with a signed JSON envelope (LaunchRequest, IntentRequest, SessionEndedRequest, …).
Every request is verified first (``alexa_verify``: certificate URL, timestamp and application id, then
the chain and the signature over the raw body); only then is it read. The viewer's words arrive in the ``query`` slot
(``AMAZON.SearchQuery``) of ``FindMediaIntent`` (and of a few intents whose carrier phrase matters,
such as ``ExcludeIntent`` for "no {query}") and go through the shared router like any channel's.
Answers are SSML from ``speech`` with a reprompt, and the session stays open so the viewer can refine
("shorter", "something else") — except after Stop/Cancel and a handoff to a person. The request path
(read → router under the deadline → speech → response) is the one all voice endpoints share
(``voice_common.VoiceEndpoint``); this module holds only Alexa's side of it.

The interaction model that produces these intents ships in ``voice/alexa/interaction_model.json``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web
from cryptography import x509
from pydantic import BaseModel, ConfigDict, Field

from bot import keys
from bot.channels import speech
from bot.channels.alexa_verify import (
    AlexaVerifier,
    HttpsCertFetcher,
    VerificationFailed,
    check_application_id,
    check_timestamp,
    load_trust_roots,
    signature_headers,
)
from bot.channels.voice_common import (
    ERROR, Ask, Turn, VoiceEndpoint, read_voice_body,
)
from bot.conversation import ConversationKey, typed_text_to_rasa
from bot.http import INVALID_REQUEST, ApiError, parse_object, validated
from contract import wording
from contract.settings import Settings

log = logging.getLogger(__name__)

CHANNEL = "alexa"
PATH = "/voice/alexa"
MAX_BODY_BYTES = 64 * 1024  # real envelopes are a few KB
MAX_UTTERANCE_CHARS = 500
SEARCH_SLOT = "query"
CARD_TITLE = "mediabot"
MAX_CARD_CHARS = 7000  # Alexa's limit for a card's title and content together is 8,000

ALEXA_VERIFIER: web.AppKey[AlexaVerifier] = web.AppKey("alexa_verifier", AlexaVerifier)

WELCOME = ("Hi! I can help you find something to watch. You can say things like: comedies under 40 minutes, "
           "a family movie for tonight, or something like Stranger Things but less scary. "
           "What are you in the mood for? " + wording.PRIVACY_NOTICE)
WELCOME_REPROMPT = "What would you like to watch? For example, comedies under 40 minutes."
HELP = ("Tell me what you feel like watching, in your own words: a genre, how long, who's watching, "
        "or a title you loved. For example: find comedies under 40 minutes. What would you like?")
FALLBACK = ("Sorry, I didn't catch that. Try saying: find comedies under 40 minutes. "
            "What would you like to watch?")
GOODBYE = "Okay. Enjoy your show!"

# Alexa hands over only the slot, not the carrier phrase around it, so intents whose carrier carries
# meaning ("no {query}", "I've seen {query}") put it back before the words go to the dialogue.
SLOT_INTENT_PREFIXES = {
    "FindMediaIntent": "",
    "ExcludeIntent": "no ",
    "SimilarIntent": "something like ",
    "DetailsIntent": "tell me about ",
    "WhyIntent": "why ",
    "LikeIntent": "I liked ",
    "DislikeIntent": "I didn't like ",
    "SeenIntent": "I've seen ",
}
# Intents without a slot have one fixed meaning, so they go to Rasa as the same intent payloads the
# chat buttons send (contracts §3), which skips NLU: "shorter" answering the reprompt "Want something
# else, or shorter?" must tighten the runtime every time, not depend on how NLU reads two words.
FIXED_UTTERANCES = {
    "SomethingElseIntent": "/something_else",
    "ShorterIntent": '/refine{"duration":"shorter"}',
    "LongerIntent": '/refine{"duration":"longer"}',
    "HumanIntent": "/human_handoff",
    "AMAZON.YesIntent": "/affirm",
    "AMAZON.NoIntent": "no",
    "AMAZON.StartOverIntent": "/start_over",
}
ENDING_INTENTS = frozenset({"AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"})


# --- the envelope (only what we read; Amazon adds fields freely) -----------------------------------


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow")


class Slot(_Loose):
    name: str | None = Field(default=None, max_length=200)
    value: str | None = Field(default=None, max_length=4000)


class Intent(_Loose):
    name: str = Field(min_length=1, max_length=200)
    slots: dict[str, Slot] | None = None


class AlexaRequest(_Loose):
    type: str = Field(min_length=1, max_length=200)
    requestId: str | None = Field(default=None, max_length=500)
    timestamp: str | int | None = None
    locale: str | None = Field(default=None, max_length=20)
    intent: Intent | None = None
    reason: str | None = Field(default=None, max_length=200)


class IdHolder(_Loose):
    userId: str | None = Field(default=None, max_length=1000)


class Session(_Loose):
    sessionId: str | None = Field(default=None, max_length=500)
    user: IdHolder | None = None


class Envelope(_Loose):
    version: str | None = Field(default=None, max_length=20)
    session: Session | None = None
    context: dict[str, Any] | None = None
    request: AlexaRequest


def viewer_id(envelope: Envelope) -> str | None:
    """The account-level user id (stable across sessions, so refinements and likes carry over), else the
    session id."""
    system = (envelope.context or {}).get("System")
    user = system.get("user") if isinstance(system, dict) else None
    if isinstance(user, dict) and isinstance(user.get("userId"), str) and user["userId"]:
        return user["userId"][:1000]
    session = envelope.session
    if session and session.user and session.user.userId:
        return session.user.userId
    return session.sessionId if session and session.sessionId else None


def utterance(intent: Intent) -> str | None:
    """The viewer's words for an intent that carries them (carrier phrase restored), or None."""
    if intent.name in FIXED_UTTERANCES:
        return FIXED_UTTERANCES[intent.name]
    prefix = SLOT_INTENT_PREFIXES.get(intent.name)
    if prefix is None:
        return None
    slot = (intent.slots or {}).get(SEARCH_SLOT)
    words = typed_text_to_rasa(" ".join((slot.value or "").split())) if slot else ""
    return (prefix + words)[:MAX_UTTERANCE_CHARS] if words else None


# --- responses ------------------------------------------------------------------------------------


def alexa_response(reply: speech.Speech) -> dict[str, Any]:
    """Alexa's response JSON: SSML speech, a reprompt while the session stays open, and, when the reply
    carries the bot's answers (not a fixed prompt), a card with the complete list for the Alexa app."""
    response: dict[str, Any] = {
        "outputSpeech": {"type": "SSML", "ssml": reply.ssml},
        "shouldEndSession": reply.end_session,
    }
    if not reply.end_session:
        response["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": reply.reprompt_ssml}}
    if reply.answers and reply.display_text:
        response["card"] = {"type": "Simple", "title": CARD_TITLE, "content": reply.display_text[:MAX_CARD_CHARS]}
    return {"version": "1.0", "sessionAttributes": {}, "response": response}


def empty_response() -> dict[str, Any]:
    """For SessionEndedRequest and system events: Alexa ignores any speech there."""
    return {"version": "1.0", "response": {}}


# --- the endpoint ---------------------------------------------------------------------------------


class AlexaSkill(VoiceEndpoint[Envelope]):
    """Verified envelope in, Alexa response out. The session stays open for refinements."""

    name = CHANNEL
    budget_s = 6.0  # from arrival to answer; Alexa gives up at 8 s
    apology = speech.prompt(ERROR, reprompt=WELCOME_REPROMPT)

    async def read(self, request: web.Request) -> Envelope:
        """The verified envelope; whatever breaks while verifying, the request is refused, never a 500."""
        try:
            return await verified_envelope(request)
        except ApiError:
            raise
        except VerificationFailed as exc:
            log.warning("alexa_unverified", extra={"status": exc.status, "reason": exc.code})
            raise ApiError(exc.status, exc.code, exc.message) from exc
        except Exception as exc:  # noqa: BLE001 - an unverifiable request is refused
            log.exception("alexa_verification_error")
            raise ApiError(401, "cannot_verify", "The request could not be verified.") from exc

    def turn(self, call: Envelope) -> Turn:
        """Dispatch on the request type and intent."""
        kind = call.request.type
        log.info("alexa_request", extra={"request_type": kind,
                                         "intent": call.request.intent.name if call.request.intent else None})
        if kind == "LaunchRequest":
            return speech.prompt(WELCOME, reprompt=WELCOME_REPROMPT)
        if kind == "IntentRequest" and call.request.intent is not None:
            return intent_turn(call, call.request.intent)
        if kind == "SessionEndedRequest":
            log.info("alexa_session_ended", extra={"reason": call.request.reason})
        return empty_response()

    def respond(self, reply: speech.Speech) -> dict[str, Any]:
        return alexa_response(reply)


def intent_turn(envelope: Envelope, intent: Intent) -> Turn:
    """Built-ins answer themselves; intents that carry words go to the bot under the viewer's id."""
    if intent.name in ENDING_INTENTS:
        return speech.prompt(GOODBYE, end_session=True)
    if intent.name == "AMAZON.HelpIntent":
        return speech.prompt(HELP, reprompt=WELCOME_REPROMPT)
    words = utterance(intent)
    user = viewer_id(envelope)
    if words is None or user is None:
        return speech.prompt(FALLBACK, reprompt=WELCOME_REPROMPT)
    return Ask(ConversationKey(CHANNEL, user), words)


def setup(app: web.Application) -> None:
    """Register ``POST /voice/alexa`` and build the verifier from settings (unless a test injected one)."""
    app.router.add_post(PATH, AlexaSkill().handle)
    app.cleanup_ctx.append(_verifier_context)


async def _verifier_context(app: web.Application) -> AsyncIterator[None]:
    fetcher: HttpsCertFetcher | None = None
    if ALEXA_VERIFIER not in app:
        settings = app[keys.SETTINGS]
        fetcher = HttpsCertFetcher(settings.alexa_cert_cache_dir)
        app[ALEXA_VERIFIER] = AlexaVerifier(_trust_roots(settings), fetcher)
    yield
    if fetcher is not None:
        await fetcher.close()


def _trust_roots(settings: Settings) -> list[x509.Certificate]:
    """A missing or broken CA bundle disables Alexa (every request refused), not the whole gateway."""
    if not settings.alexa_verify_signatures:
        return []
    try:
        return load_trust_roots(settings.alexa_trusted_roots_pem)
    except (OSError, ValueError, RuntimeError) as exc:
        log.error("alexa_trust_roots_unavailable", extra={"error": type(exc).__name__})
        return []


async def verified_envelope(request: web.Request) -> Envelope:
    """Body → signature headers and URL → JSON → timestamp → application id → chain and signature.

    Everything that costs no network comes first: a replayed, foreign or malformed request is refused
    before any certificate is downloaded, so it cannot make the gateway fetch anything.
    """
    settings = request.app[keys.SETTINGS]
    raw = await read_voice_body(request, MAX_BODY_BYTES)
    verifier = request.app[ALEXA_VERIFIER]
    signed = signature_headers(request.headers) if settings.alexa_verify_signatures else None
    data = parse_object(raw)
    request_part = data.get("request")
    if not isinstance(request_part, dict):
        raise ApiError(400, INVALID_REQUEST, "The envelope has no 'request' object.")
    if settings.alexa_verify_signatures:
        check_timestamp(request_part.get("timestamp"), verifier.now())
    check_application_id(data, settings.alexa_skill_id)
    if signed is not None:
        await verifier.check_signed(signed, raw)
    return validated(Envelope, data)
