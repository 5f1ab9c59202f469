"""The one reply contract: every bot answer is exactly one typed ``Answer``.

Actions (Rasa runtime) build answers and send each as one Rasa ``custom`` message
(``dispatcher.utter_message(json_message=to_custom(answer))``); the gateway turns every Rasa message
back into an ``Answer`` (``from_rasa``) and each channel renders it at its edge. No answer is ever sent
twice (a text copy beside a payload), so no renderer has to guess which copy to drop.

The wire form is plain JSON with a ``type`` tag and a schema version ``v``. Parsing is tolerant:
unknown keys are ignored and an unknown ``type`` becomes ``PlainText`` of its ``text`` field, so an old
gateway never crashes on a newer action server. Stdlib only: both runtimes import this module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Optional, Union

SCHEMA_VERSION = 1

RECOMMENDATIONS = "recommendations"
ITEM_DETAILS = "item_details"
HANDOFF = "handoff"
AGENT = "agent"
TEXT = "text"
# Not an answer: a control message of the deleting turn ("delete my data"), telling the gateway that ran
# the turn to erase this conversation from Rasa's tracker store once Rasa has saved it (bot/erasure.py).
# It has no text, so a gateway that does not know it shows nothing.
CONVERSATION_ERASE = "conversation_erase"

# Handoff states a channel may be told about (docs/contracts.md §3).
HANDOFF_WAITING = "waiting"
HANDOFF_AGENT_JOINED = "agent_joined"
HANDOFF_ENDED = "ended"
HANDOFF_UNAVAILABLE = "unavailable"
HANDOFF_STATUSES = (HANDOFF_WAITING, HANDOFF_AGENT_JOINED, HANDOFF_ENDED, HANDOFF_UNAVAILABLE)
# ``HandoffState.reason`` besides "requested"/"fallback" (why a handoff is waiting): why it ended or could not start.
HANDOFF_TIMED_OUT = "timeout"  # ended: nobody took it within MEDIABOT_HANDOFF_WAIT_S
HANDOFF_CANCELLED = "cancelled"  # ended: the viewer went back to the bot ("never mind")
HANDOFF_NO_AGENT = "nobody_present"  # unavailable: no agent is signed in and present right now
HANDOFF_VOICE = "voice"  # unavailable: a voice assistant cannot hold a chat with a person

# The item fields every channel may rely on (DESIGN.md), in wire order; ``extra`` keeps the rest.
_ITEM_FIELDS = ("id", "title", "type", "year", "duration_minutes", "seasons", "rating", "genres", "reason",
                "runtime", "description", "countries", "languages", "cast", "directors", "date_added")


@dataclass(frozen=True)
class QuickReply:
    """A button: what the viewer sees and what is sent when it is pressed (text or ``/intent{...}``)."""

    title: str
    payload: str

    def to_dict(self) -> dict[str, str]:
        return {"title": self.title, "payload": self.payload}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Optional["QuickReply"]:
        title, payload = data.get("title"), data.get("payload")
        if not isinstance(title, str) or not isinstance(payload, str) or not title or not payload:
            return None
        return cls(title, payload)


@dataclass(frozen=True)
class Item:
    """One title as the recommender API returns it, plus ``runtime``: its runtime already in words.

    ``runtime`` is written by the producer with ``contract.wording.runtime`` so that a renderer without
    Python (the web chat) never formats a runtime itself. ``reason`` never repeats a shown field.
    """

    id: str
    title: str
    type: Optional[str] = None
    year: Optional[int] = None
    duration_minutes: Optional[int] = None
    seasons: Optional[int] = None
    rating: Optional[str] = None
    genres: tuple[str, ...] = ()
    reason: Optional[str] = None
    runtime: Optional[str] = None
    description: Optional[str] = None
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    cast: tuple[str, ...] = ()
    directors: tuple[str, ...] = ()
    date_added: Optional[str] = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.extra)
        for name in _ITEM_FIELDS:
            value = getattr(self, name)
            out[name] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Optional["Item"]:
        """An item from API/wire JSON; None without an id (an item nobody can act on)."""
        item_id = data.get("id")
        if item_id is None or str(item_id) == "":
            return None
        from contract.wording import runtime  # local: wording imports this module

        minutes, seasons = _int(data.get("duration_minutes")), _int(data.get("seasons"))
        shown_runtime = data.get("runtime")
        return cls(
            id=str(item_id),
            title=str(data.get("title") or "Untitled"),
            type=_str(data.get("type")),
            year=_int(data.get("year")),
            duration_minutes=minutes,
            seasons=seasons,
            rating=_str(data.get("rating")),
            genres=_strs(data.get("genres")),
            reason=_str(data.get("reason")),
            runtime=shown_runtime if isinstance(shown_runtime, str) else runtime(minutes, seasons),
            description=_str(data.get("description")),
            countries=_strs(data.get("countries")),
            languages=_strs(data.get("languages")),
            cast=_strs(data.get("cast")),
            directors=_strs(data.get("directors")),
            date_added=_str(data.get("date_added")),
            extra={k: v for k, v in data.items() if k not in _ITEM_FIELDS},
        )


@dataclass(frozen=True)
class Relaxation:
    """The nearest way out of an empty result: what to loosen, and how many titles that gives."""

    label: str
    count: Optional[int] = None

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "count": self.count}


@dataclass(frozen=True)
class Recommendations:
    """A list of picks (possibly empty: then ``heading`` says nothing matched and ``relaxation`` offers
    the nearest way out). ``constraints`` are the ones applied, in the API's shape."""

    heading: str
    items: tuple[Item, ...] = ()
    constraints: Mapping[str, Any] = field(default_factory=dict)
    quick_replies: tuple[QuickReply, ...] = ()
    relaxation: Optional[Relaxation] = None
    type: str = field(default=RECOMMENDATIONS, init=False)


@dataclass(frozen=True)
class ItemDetails:
    """Everything about one title the viewer asked about."""

    item: Item
    quick_replies: tuple[QuickReply, ...] = ()
    type: str = field(default=ITEM_DETAILS, init=False)


@dataclass(frozen=True)
class HandoffState:
    """Where a conversation stands with the human support team. Channels word it with
    ``contract.wording.handoff_notice`` (which depends on whether the channel can push messages)."""

    status: str
    agent_name: Optional[str] = None
    reason: Optional[str] = None  # "requested" | "fallback" for ``waiting``
    type: str = field(default=HANDOFF, init=False)


@dataclass(frozen=True)
class AgentMessage:
    """A support agent's reply, pushed to the viewer during a handoff."""

    text: str
    name: Optional[str] = None
    type: str = field(default=AGENT, init=False)


@dataclass(frozen=True)
class PlainText:
    """A sentence of the bot's (a domain response, a question, an apology), with optional buttons."""

    text: str
    quick_replies: tuple[QuickReply, ...] = ()
    type: str = field(default=TEXT, init=False)


Answer = Union[Recommendations, ItemDetails, HandoffState, AgentMessage, PlainText]


# --- wire form ---------------------------------------------------------------------------------------


def to_custom(answer: Answer) -> dict[str, Any]:
    """The JSON object an action sends as ``json_message`` (and the web chat receives unchanged)."""
    out: dict[str, Any] = {"type": answer.type, "v": SCHEMA_VERSION}
    if isinstance(answer, Recommendations):
        out.update(heading=answer.heading, text=answer.heading, items=[i.to_dict() for i in answer.items],
                   constraints=dict(answer.constraints),
                   relaxation=answer.relaxation.to_dict() if answer.relaxation else None)
    elif isinstance(answer, ItemDetails):
        out.update(item=answer.item.to_dict())
    elif isinstance(answer, HandoffState):
        out.update(status=answer.status, name=answer.agent_name, reason=answer.reason)
    elif isinstance(answer, AgentMessage):
        out.update(text=answer.text, name=answer.name)
    else:
        out.update(text=answer.text)
    replies = getattr(answer, "quick_replies", ())
    if replies:
        out["quick_replies"] = [q.to_dict() for q in replies]
    return out


def from_custom(data: Mapping[str, Any]) -> Answer:
    """Parse a wire object; anything unrecognisable becomes ``PlainText`` of its ``text`` (maybe empty)."""
    kind = data.get("type")
    replies = quick_replies(data.get("quick_replies"))
    if kind == RECOMMENDATIONS:
        relax = data.get("relaxation")
        constraints = data.get("constraints")
        return Recommendations(
            heading=str(data.get("heading") or data.get("text") or ""),
            items=_items(data.get("items")),
            constraints=dict(constraints) if isinstance(constraints, Mapping) else {},
            quick_replies=replies,
            relaxation=(Relaxation(str(relax["label"]), _int(relax.get("count")))
                        if isinstance(relax, Mapping) and relax.get("label") else None),
        )
    if kind == ITEM_DETAILS and isinstance(data.get("item"), Mapping):
        item = Item.from_dict(data["item"])
        if item is not None:
            return ItemDetails(item, replies)
    if kind == HANDOFF and data.get("status") in HANDOFF_STATUSES:
        return HandoffState(str(data["status"]), _str(data.get("name")), _str(data.get("reason")))
    if kind == AGENT and isinstance(data.get("text"), str):
        return AgentMessage(data["text"], _str(data.get("name")))
    return PlainText(str(data.get("text") or ""), replies)


def from_rasa(message: Mapping[str, Any]) -> Answer:
    """One message of Rasa's REST channel as an answer: a ``custom`` payload, or a domain response's
    text and buttons."""
    custom = message.get("custom")
    if isinstance(custom, Mapping):
        return from_custom(custom)
    return PlainText(str(message.get("text") or ""), quick_replies(message.get("buttons")))


def from_rasa_messages(messages: Sequence[Any]) -> list[Answer]:
    """A whole Rasa reply as answers, dropping empty texts (Rasa sends none, but a proxy might)."""
    answers = [from_rasa(m) for m in messages if isinstance(m, Mapping)]
    return [a for a in answers if not (isinstance(a, PlainText) and not a.text.strip() and not a.quick_replies)]


def quick_replies(raw: Any) -> tuple[QuickReply, ...]:
    """Buttons from wire JSON (``[{"title", "payload"}]``), skipping malformed ones."""
    if not isinstance(raw, (list, tuple)):
        return ()
    parsed = (QuickReply.from_dict(b) for b in raw if isinstance(b, Mapping))
    return tuple(q for q in parsed if q is not None)


def items_of(answers: Sequence[Answer]) -> tuple[Item, ...]:
    """Every item recommended in these answers (in order)."""
    return tuple(i for a in answers if isinstance(a, Recommendations) for i in a.items)


def _items(raw: Any) -> tuple[Item, ...]:
    if not isinstance(raw, (list, tuple)):
        return ()
    parsed = (Item.from_dict(i) for i in raw if isinstance(i, Mapping))
    return tuple(i for i in parsed if i is not None)


def _int(value: Any) -> Optional[int]:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value)


def _str(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value else None


def _strs(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(str(v) for v in value if v is not None and str(v))
