"""What a Telegram update means for the bot: commands, button callbacks and update kinds.

Kept free of I/O (it only reads python-telegram-bot's ``Update`` objects) so every decision the channel
makes — "send this to Rasa", "answer politely", "ignore" — is a pure function with unit tests.

Everything in an update is untrusted. Typed text never becomes a Rasa intent (a leading ``/`` would
let a viewer forge ``/intent{"slot":"value"}``; ``bot.conversation.typed_text_to_rasa`` strips it,
the one rule for every channel), and callback data is validated against the domain's
intents and entities before it reaches Rasa, because a modified client can send any callback data.

Longer than ~300 lines on purpose: commands, callback data and update kinds are the three halves of one
question ("what does this update ask of the bot?") and share their validation rules.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Literal

from telegram import Message, Update
from telegram.constants import InlineKeyboardButtonLimit

from bot.conversation import typed_text_to_rasa

# --- Rasa side -----------------------------------------------------------------------------------

# The intents of domain.yml a button may carry (tests check this against domain.yml).
BUTTON_INTENTS: frozenset[str] = frozenset({
    "request_recommendation", "refine", "something_else", "more_like", "ask_details", "why_this",
    "feedback_like", "feedback_dislike", "feedback_seen", "affirm", "greet", "goodbye", "thanks",
    "help", "start_over", "bot_challenge", "out_of_scope", "human_handoff",
})
# The entities of domain.yml a button payload may set.
BUTTON_ENTITIES: frozenset[str] = frozenset({
    "genre", "media_type", "duration", "audience", "rating", "year", "country", "language", "actor",
    "director", "title", "mood", "position", "item_id",
})
MAX_ENTITY_VALUE_CHARS = 100
MAX_BUTTON_ENTITIES = 6
INTENT_PAYLOAD_RE = re.compile(r"^/([a-z_]{1,40})(\{.*\})?$", re.DOTALL)
# Catalog ids are short opaque tokens such as the Netflix "s123" (same rule as the web chat).
ITEM_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,40}$")

# Telegram commands -> what Rasa receives.
COMMANDS: dict[str, str] = {"start": "/greet", "help": "/help", "reset": "/start_over"}
COMMAND_DESCRIPTIONS: dict[str, str] = {
    "start": "Say hello and get started",
    "help": "What I can do",
    "reset": "Forget this search and start over",
}


def compact_payload(intent: str, entities: dict[str, str] | None = None) -> str:
    """``/intent{"entity":"value"}`` in the compact form Rasa's payload parser expects."""
    if not entities:
        return f"/{intent}"
    return f"/{intent}" + json.dumps(entities, separators=(",", ":"), ensure_ascii=False)


def is_safe_intent_payload(payload: str) -> bool:
    """True for ``/intent`` or ``/intent{...}`` with a domain intent and plain, known entities."""
    match = INTENT_PAYLOAD_RE.match(payload)
    if not match or match.group(1) not in BUTTON_INTENTS:
        return False
    if match.group(2) is None:
        return True
    try:
        entities = json.loads(match.group(2))
    except ValueError:
        return False
    return isinstance(entities, dict) and len(entities) <= MAX_BUTTON_ENTITIES and all(
        key in BUTTON_ENTITIES and _plain_value(value) for key, value in entities.items())


def _plain_value(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and 0 < len(value) <= MAX_ENTITY_VALUE_CHARS


# --- callback data ---------------------------------------------------------------------------------

CALLBACK_DATA_MAX_BYTES: int = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # bytes
PAYLOAD_PREFIX = "p:"   # p:<Rasa button payload>
STORED_PREFIX = "k:"    # k:<key of a payload too long for 64 bytes, kept in a PayloadStore>
ITEM_PREFIX = "a:"      # a:<action>:<catalog id>
ItemAction = Literal["like", "dislike", "seen", "more", "info"]
ITEM_ACTIONS: dict[str, tuple[str, str]] = {
    # action -> (Rasa intent, toast shown on the viewer's screen)
    "like": ("feedback_like", "👍 Noted: you like it"),
    "dislike": ("feedback_dislike", "👎 Noted: not for you"),
    "seen": ("feedback_seen", "✓ Noted: already seen"),
    "more": ("more_like", "Finding more like this…"),
    "info": ("ask_details", "Looking it up…"),
}
EXPIRED_TOAST = "That button has expired. Please type what you'd like instead."


class PayloadStore:
    """Button payloads longer than callback data allows, by a short deterministic key (bounded, LRU).

    Lost on restart; the viewer then gets ``EXPIRED_TOAST`` and can type the request instead.
    """

    def __init__(self, max_entries: int = 5000) -> None:
        self._max = max_entries
        self._payloads: OrderedDict[str, str] = OrderedDict()

    def put(self, payload: str) -> str:
        key = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
        self._payloads.pop(key, None)
        self._payloads[key] = payload
        while len(self._payloads) > self._max:
            self._payloads.popitem(last=False)
        return key

    def get(self, key: str) -> str | None:
        return self._payloads.get(key)


def payload_callback_data(payload: str, store: PayloadStore) -> str:
    """Callback data for a Rasa button payload: inline when it fits in 64 bytes, else a stored key."""
    data = PAYLOAD_PREFIX + payload
    if len(data.encode("utf-8")) <= CALLBACK_DATA_MAX_BYTES:
        return data
    return STORED_PREFIX + store.put(payload)


def item_callback_data(action: ItemAction, item_id: str) -> str | None:
    """Callback data of a per-item button; None when the id cannot be carried safely."""
    if not ITEM_ID_RE.match(item_id):
        return None
    data = f"{ITEM_PREFIX}{action}:{item_id}"
    return data if len(data.encode("utf-8")) <= CALLBACK_DATA_MAX_BYTES else None


@dataclass(frozen=True)
class CallbackAction:
    """What a button press does: a message for Rasa (None: nothing), a toast, the pressed item action."""

    rasa_text: str | None
    toast: str | None = None
    item_action: str | None = None


def callback_to_rasa(data: str | None, store: PayloadStore) -> CallbackAction:
    """Map callback data to the Rasa message it stands for; unknown or forged data does nothing."""
    if not data:
        return CallbackAction(None, EXPIRED_TOAST)
    if data.startswith(ITEM_PREFIX):
        return _item_callback(data[len(ITEM_PREFIX):])
    if data.startswith(STORED_PREFIX):
        payload = store.get(data[len(STORED_PREFIX):])
    elif data.startswith(PAYLOAD_PREFIX):
        payload = data[len(PAYLOAD_PREFIX):]
    else:
        payload = None
    text = _payload_to_rasa(payload) if payload else None
    return CallbackAction(text, None if text else EXPIRED_TOAST)


def _item_callback(rest: str) -> CallbackAction:
    action, _, item_id = rest.partition(":")
    if action not in ITEM_ACTIONS or not ITEM_ID_RE.match(item_id):
        return CallbackAction(None, EXPIRED_TOAST)
    intent, toast = ITEM_ACTIONS[action]
    return CallbackAction(compact_payload(intent, {"item_id": item_id}), toast, action)


def _payload_to_rasa(payload: str) -> str | None:
    """An intent payload only if it is safe; a plain-text payload as the words it is."""
    payload = payload.strip()
    if payload.startswith("/"):
        return payload if is_safe_intent_payload(payload) else None
    return typed_text_to_rasa(payload) or None


# --- update classification -----------------------------------------------------------------------

NOT_TEXT_TEXT = ("I can only read text for now. Tell me in words what you'd like to watch — "
                 "for example “comedies under 40 minutes”.")
EDITED_TEXT = ("I only read new messages, so I didn't see that edit. Please send the corrected "
               "message again.")
UNKNOWN_COMMAND_TEXT = ("I know /start, /help and /reset. Or just tell me what you'd like to watch.")
GROUP_TEXT = ("Hi! I only work in private chats, so I can keep recommendations personal. "
              "Open a chat with me{handle} and tell me what you'd like to watch.")
# Message fields that mean "the viewer sent something that is not text" (polite answer).
MEDIA_FIELDS: tuple[str, ...] = (
    "sticker", "photo", "video", "voice", "audio", "document", "animation", "video_note",
    "location", "venue", "contact", "poll", "dice", "game", "story", "paid_media", "invoice",
)


@dataclass(frozen=True)
class Turn:
    """Send ``text`` to Rasa for this chat and show the reply."""

    chat_id: int
    text: str


@dataclass(frozen=True)
class Notice:
    """Answer with a fixed polite text, without bothering Rasa. ``group`` notes name the bot."""

    chat_id: int
    text: str
    group: bool = False


@dataclass(frozen=True)
class InlineButton:
    text: str
    data: str


Keyboard = tuple[tuple[InlineButton, ...], ...]


@dataclass(frozen=True)
class Callback:
    """A button press: answered at once, then (maybe) a turn. ``keyboard`` is the pressed message's."""

    query_id: str
    chat_id: int | None
    message_id: int | None
    data: str | None
    keyboard: Keyboard = ()

    def button_text(self) -> str | None:
        """The label of the pressed button (shown back to the viewer as a toast)."""
        return next((b.text for row in self.keyboard for b in row if b.data == self.data), None)


@dataclass(frozen=True)
class Ignore:
    """Nothing to do; ``kind`` says what it was (logged, never the content)."""

    kind: str


Action = Turn | Notice | Callback | Ignore


def update_kind(update: Update) -> str:
    """The update's field name (``message``, ``callback_query``, ...), for logs."""
    for name in ("message", "edited_message", "callback_query", "my_chat_member", "channel_post",
                 "edited_channel_post", "inline_query", "chat_member", "chat_join_request"):
        if getattr(update, name, None) is not None:
            return name
    extra = [k for k in (update.api_kwargs or {}) if k != "update_id"]
    return extra[0] if extra else "unknown"


def classify(update: Update) -> Action:
    """Decide what an update asks of the bot. Raises ``TypeError`` for fields of impossible types."""
    if update.message is not None:
        return _classify_message(update.message)
    if update.edited_message is not None:
        return _classify_edit(update.edited_message)
    if update.callback_query is not None:
        return _classify_callback(update)
    if update.my_chat_member is not None:
        return _classify_membership(update)
    return Ignore(update_kind(update))


def _checked_chat_id(chat: Any) -> int:
    """Chat ids are integers; python-telegram-bot does not check the types of what it parses."""
    if not isinstance(chat.id, int) or isinstance(chat.id, bool):
        raise TypeError("chat.id must be an integer")
    return chat.id


def _classify_message(message: Message) -> Action:
    chat = message.chat
    _checked_chat_id(chat)
    if message.text is not None and not isinstance(message.text, str):
        raise TypeError("message.text must be a string")
    if chat.type != "private":
        if _is_command(message.text):
            return Notice(chat.id, GROUP_TEXT, group=True)
        return Ignore(f"{chat.type}_message")
    if message.from_user is not None and message.from_user.is_bot:
        return Ignore("bot_message")
    if message.text:
        return _classify_text(chat.id, message.text)
    if any(getattr(message, name, None) for name in MEDIA_FIELDS):
        return Notice(chat.id, NOT_TEXT_TEXT)
    return Ignore("service_message")


def _is_command(text: str | None) -> bool:
    return text is not None and len(text) > 1 and text.startswith("/")


def _classify_text(chat_id: int, text: str) -> Action:
    if not _is_command(text):
        words = typed_text_to_rasa(text)
        return Turn(chat_id, words) if words else Notice(chat_id, UNKNOWN_COMMAND_TEXT)
    command = text[1:].split(maxsplit=1)[0].split("@", 1)[0].lower()
    if command in COMMANDS:
        return Turn(chat_id, COMMANDS[command])
    return Notice(chat_id, UNKNOWN_COMMAND_TEXT)


def _classify_edit(message: Message) -> Action:
    _checked_chat_id(message.chat)
    if message.chat.type != "private":
        return Ignore(f"{message.chat.type}_edit")
    return Notice(message.chat.id, EDITED_TEXT)


def _classify_callback(update: Update) -> Action:
    query = update.callback_query
    assert query is not None
    message = query.message  # may be an InaccessibleMessage (too old) or None (inline message)
    chat = message.chat if message is not None else None
    if chat is not None:
        _checked_chat_id(chat)
    if query.data is not None and not isinstance(query.data, str):
        raise TypeError("callback_query.data must be a string")
    if chat is not None and chat.type != "private":
        return Callback(query.id, None, None, None)
    chat_id = chat.id if chat is not None else None
    message_id = message.message_id if message is not None else None
    markup = getattr(message, "reply_markup", None)  # absent on an InaccessibleMessage
    return Callback(query.id, chat_id, message_id, query.data, _keyboard_of(markup))


def _keyboard_of(markup: Any) -> Keyboard:
    rows = getattr(markup, "inline_keyboard", None) or ()
    return tuple(tuple(InlineButton(b.text, b.callback_data) for b in row
                       if isinstance(getattr(b, "callback_data", None), str)) for row in rows)


def _classify_membership(update: Update) -> Action:
    """Added to a group: say once, politely, that the bot works in private chats."""
    change = update.my_chat_member
    assert change is not None
    _checked_chat_id(change.chat)
    joined = change.new_chat_member.status in ("member", "administrator")
    was_out = change.old_chat_member.status in ("left", "kicked")
    if change.chat.type in ("group", "supergroup") and joined and was_out:
        return Notice(change.chat.id, GROUP_TEXT, group=True)
    return Ignore(f"my_chat_member_{change.new_chat_member.status}")
