"""Frames of the web chat WebSocket (docs/contracts.md §4): parsing, validation and server frames.

Everything a browser sends is untrusted. This module turns one raw text frame into a typed frame or a
``FrameError`` carrying a sentence we can show the viewer, so the socket handler never has to guess and
a bad frame never closes the connection or reaches Rasa. Kept free of aiohttp so it is trivially
unit-testable.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from contract.payloads import Answer, HandoffState, from_custom, to_custom
from contract.wording import handoff_notice

MAX_TEXT_CHARS = 1000
MAX_SESSION_ID_CHARS = 64
# A browser-generated UUID (or any similar opaque token): letters, digits, '-' and '_', 8..64 chars.
SESSION_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$")
# Catalog ids are short opaque tokens such as the Netflix "s123".
ITEM_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
FEEDBACK_KINDS = ("like", "dislike", "seen")
FeedbackKind = Literal["like", "dislike", "seen"]


class FrameError(ValueError):
    """A frame the server refuses; ``str(exc)`` is safe and useful to show to the viewer."""


@dataclass(frozen=True)
class Hello:
    session_id: str | None  # the id the tab presents (None: it has none yet)


@dataclass(frozen=True)
class Message:
    """A viewer message: typed ``text``, or a quick-reply ``payload`` with its button title as ``text``."""

    text: str
    payload: str | None


@dataclass(frozen=True)
class Feedback:
    item_id: str
    kind: FeedbackKind


ClientFrame = Hello | Message | Feedback


def parse_frame(raw: str) -> ClientFrame:
    """Parse one client text frame; raise ``FrameError`` with a human reason when it is not valid."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise FrameError("That frame was not valid JSON.") from exc
    if not isinstance(data, dict):
        raise FrameError("A frame must be a JSON object.")
    kind = data.get("type")
    parser = _PARSERS.get(kind) if isinstance(kind, str) else None
    if parser is None:
        raise FrameError("Unknown frame type; expected hello, message or feedback.")
    return parser(data)


def _parse_hello(data: dict[str, Any]) -> Hello:
    """A hello may present the session id this tab was issued before; the server decides (``session``)."""
    session_id = data.get("session_id")
    if session_id is None:
        return Hello(None)
    if not isinstance(session_id, str) or not SESSION_ID_RE.match(session_id):
        raise FrameError(
            f"session_id must be a UUID-like token of 8 to {MAX_SESSION_ID_CHARS} letters, digits, '-' or '_'."
        )
    return Hello(session_id)


def _parse_message(data: dict[str, Any]) -> Message:
    text = _optional_str(data, "text")
    payload = _optional_str(data, "payload")
    if not text.strip() and not payload.strip():
        raise FrameError("The message is empty.")
    return Message(text=text.strip(), payload=payload.strip() or None)


def _parse_feedback(data: dict[str, Any]) -> Feedback:
    item_id = data.get("item_id")
    kind = data.get("kind")
    if not isinstance(item_id, str) or not ITEM_ID_RE.match(item_id):
        raise FrameError("feedback needs the item_id of a recommended title.")
    if kind not in FEEDBACK_KINDS:
        raise FrameError("feedback kind must be like, dislike or seen.")
    return Feedback(item_id=item_id, kind=kind)


def _optional_str(data: dict[str, Any], field: str) -> str:
    """A string field that may be absent or null; over-long or non-string values are refused."""
    value = data.get(field)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FrameError(f"{field} must be a string.")
    if len(value) > MAX_TEXT_CHARS:
        raise FrameError(f"{field} is too long (at most {MAX_TEXT_CHARS} characters).")
    return value


_PARSERS = {"hello": _parse_hello, "message": _parse_message, "feedback": _parse_feedback}


# --- what reaches Rasa -------------------------------------------------------------------------------

# Intent names of domain.yml; entity ``item_id`` carries the catalog id.
FEEDBACK_INTENTS: dict[str, str] = {
    "like": "feedback_like",
    "dislike": "feedback_dislike",
    "seen": "feedback_seen",
}


def feedback_to_rasa(frame: Feedback) -> str:
    """Render feedback as a Rasa intent message, so the bot acknowledges it and the dialogue knows."""
    entities = json.dumps({"item_id": frame.item_id}, separators=(",", ":"))
    return f"/{FEEDBACK_INTENTS[frame.kind]}{entities}"


# Payloads the page builds itself rather than echoing a bot button: the "Start over" control, and
# "tell me about this title" on a card, which names the card's catalog id (entity ``item_id``).
PAGE_PAYLOAD_RE = re.compile(r'^/(?:start_over|ask_details\{"item_id":"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}"\})$')


def is_page_payload(payload: str) -> bool:
    """True for the few fixed-shape payloads the page may send without the bot offering them."""
    return PAGE_PAYLOAD_RE.fullmatch(payload) is not None


class OfferedPayloads:
    """Remembers the quick-reply payloads the bot offered to each session (bounded, LRU).

    A ``payload`` from the browser is forwarded to Rasa only if the bot offered it (or it is one of
    the page's own fixed payloads); anything else is downgraded to its button title as plain text.
    That keeps quick replies exact while making forged intents impossible, and degrades gracefully
    when the gateway restarted and forgot what it offered.
    """

    def __init__(self, max_sessions: int = 10_000, per_session: int = 64) -> None:
        self._max_sessions = max_sessions
        self._per_session = per_session
        self._offers: OrderedDict[str, deque[str]] = OrderedDict()

    def remember(self, session_id: str, answers: Sequence[Answer]) -> None:
        """Record every quick-reply payload of the bot's answers."""
        payloads = offered_payloads(answers)
        if not payloads:
            return
        offers = self._offers.pop(session_id, None) or deque(maxlen=self._per_session)
        offers.extend(payloads)
        self._offers[session_id] = offers
        while len(self._offers) > self._max_sessions:
            self._offers.popitem(last=False)

    def was_offered(self, session_id: str, payload: str) -> bool:
        return payload in self._offers.get(session_id, ())


def offered_payloads(answers: Sequence[Answer]) -> list[str]:
    """The button payloads these answers offer, read from each answer's ``quick_replies``."""
    # Stripped like the payload a browser sends back (``_parse_message``), so the two compare equal.
    return [q.payload.strip() for answer in answers for q in getattr(answer, "quick_replies", ())]


def answers_in(frame: Mapping[str, Any]) -> list[Answer]:
    """The answers of a ``bot`` frame (see ``bot_frame``), back as typed answers; [] for other frames."""
    raw = frame.get("answers") if frame.get("type") == "bot" else None
    return [from_custom(a) for a in raw if isinstance(a, Mapping)] if isinstance(raw, list) else []


# --- server -> client frames ---------------------------------------------------------------------------


def typing_frame(on: bool) -> dict[str, Any]:
    return {"type": "typing", "on": on}


def answer_json(answer: Answer) -> dict[str, Any]:
    """One answer as the page receives it: the contract's wire form, unchanged, plus the notice's
    wording for a handoff state (the page has no Python to word it with ``handoff_notice``)."""
    data = to_custom(answer)
    if isinstance(answer, HandoffState):
        data["text"] = handoff_notice(answer, live=True)
    return data


def bot_frame(answers: Sequence[Answer]) -> dict[str, Any]:
    """What the page draws: a bot turn, an agent's reply or a handoff notice, each a typed answer."""
    return {"type": "bot", "answers": [answer_json(a) for a in answers]}


def error_frame(message: str, code: str | None = None) -> dict[str, Any]:
    """An error the page shows; ``code`` (e.g. ``rate_limited``) lets a program tell kinds apart."""
    return {"type": "error", "message": message} if code is None else {"type": "error", "message": message, "code": code}


def session_frame(session_id: str) -> dict[str, Any]:
    """The server's answer to a hello: the session this socket now belongs to (signed, server-issued)."""
    return {"type": "session", "session_id": session_id}
