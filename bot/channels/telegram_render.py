"""The Telegram rendering of the bot's answers: HTML messages with inline keyboards.

The one renderer for Telegram: the gateway hands it a turn's ``Answer``s (contract.payloads) and it
returns ``Outgoing`` messages, so webhook turns, polling turns and pushed handoff messages look the
same. It draws each answer from its fields, one function per kind, and never reads meaning out of
text; a kind it does not know is drawn by the contract's plain-text renderer.

Decisions:

* Recommendations: the heading, then one message per title with its own 👍 / 👎 / ✓ / "more like
  this" keyboard. An empty list is just its heading (which already says nothing matched and offers
  the nearest relaxation) with its quick replies.
* Quick replies of a whole turn go last, under what they refine, as one inline keyboard. After
  recommendations a "Something else" button is always there.
* Wording comes from ``contract.wording`` (runtimes arrive pre-worded in ``Item.runtime``), genre
  labels from ``contract.vocabulary``, the message limit from python-telegram-bot's constants.
* HTML parse mode; every piece of text is escaped and no tag ever spans a line, so a message can be
  split on line boundaries without breaking the markup (Telegram refuses unbalanced HTML).

Just over ~300 lines on purpose: drawing an answer and fitting it into Telegram's limits (length in
UTF-16 units, callback data, markup that survives a split) are one job; splitting them would separate
rules that must agree.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from telegram.constants import MessageLimit

from bot.channels.telegram_protocol import (
    InlineButton,
    Keyboard,
    PayloadStore,
    item_callback_data,
    payload_callback_data,
)
from contract import plain, wording
from contract.payloads import (AgentMessage, Answer, HandoffState, Item, ItemDetails, PlainText, QuickReply,
                               Recommendations)
from contract.vocabulary import genre_label

MESSAGE_LIMIT: int = MessageLimit.MAX_TEXT_LENGTH  # 1-4096 characters after entity parsing
BUTTON_TEXT_MAX = 60
WIDE_BUTTON_CHARS = 18  # longer quick-reply titles get a row of their own
SOMETHING_ELSE = QuickReply("Something else", "/something_else")
AGENT_FALLBACK_NAME = "Support agent"
TAG_RE = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Outgoing:
    """One Telegram message: HTML text (already escaped) and an optional inline keyboard."""

    html: str
    keyboard: Keyboard = field(default=())


def esc(text: Any) -> str:
    """Escape text for Telegram's HTML parse mode (``<``, ``>``, ``&``; no attributes are ever built)."""
    return html.escape(str(text), quote=False)


# --- a whole turn --------------------------------------------------------------------------------


def render_answers(answers: Sequence[Answer], store: PayloadStore) -> list[Outgoing]:
    """Turn one bot reply into Telegram messages, each within Telegram's limits."""
    out = [message for answer in answers for message in render_answer(answer)]
    keyboard = quick_reply_keyboard(turn_quick_replies(answers), store)
    out = _attach_quick_replies(out, keyboard)
    return [piece for message in out for piece in split_outgoing(message)]


def render_answer(answer: Answer) -> list[Outgoing]:
    """One answer's messages, without its quick replies (the turn puts those last)."""
    if isinstance(answer, Recommendations):
        return recommendations(answer)
    if isinstance(answer, ItemDetails):
        return [Outgoing(details_html(answer.item), item_keyboard(answer.item, details=False))]
    if isinstance(answer, HandoffState):
        return [Outgoing(f"<i>{esc(wording.handoff_notice(answer, live=True))}</i>")]
    if isinstance(answer, AgentMessage):
        return agent_message(answer)
    if isinstance(answer, PlainText):
        return _text(answer.text)
    return _text(plain.render(answer))  # a kind newer than this renderer


def turn_quick_replies(answers: Sequence[Answer]) -> list[QuickReply]:
    """Every answer's quick replies, in order; "Something else" first after a list of titles."""
    replies = [q for answer in answers for q in getattr(answer, "quick_replies", ())]
    showed_items = any(isinstance(a, Recommendations) and a.items for a in answers)
    if showed_items and all(q.payload != SOMETHING_ELSE.payload for q in replies):
        replies.insert(0, SOMETHING_ELSE)
    return replies


def recommendations(answer: Recommendations) -> list[Outgoing]:
    """The heading, then one message per title with its own keyboard."""
    heading = _text(answer.heading)
    return heading + [Outgoing(item_html(n, item), item_keyboard(item)) for n, item in enumerate(answer.items, 1)]


def agent_message(answer: AgentMessage) -> list[Outgoing]:
    """A human agent's reply, pushed by the handoff module, signed with the agent's name."""
    if not answer.text.strip():
        return []
    return [Outgoing(f"<b>{esc(answer.name or AGENT_FALLBACK_NAME)}</b>\n{esc(answer.text.strip())}")]


def _text(text: str) -> list[Outgoing]:
    return [Outgoing(esc(text.strip()))] if text.strip() else []


def _attach_quick_replies(out: list[Outgoing], keyboard: Keyboard) -> list[Outgoing]:
    """Quick replies go on the last message, or on a short closing message if it has a keyboard."""
    if not keyboard:
        return out
    if out and not out[-1].keyboard:
        return out[:-1] + [Outgoing(out[-1].html, keyboard)]
    return out + [Outgoing(esc(wording.NOT_QUITE), keyboard)]


# --- titles --------------------------------------------------------------------------------------


def genre_labels(item: Item) -> list[str]:
    return [genre_label(g) for g in item.genres]


def _title(item: Item) -> str:
    return " ".join(item.title.split())


def _year(item: Item) -> str:
    return f" ({item.year})" if item.year else ""


def item_html(position: int, item: Item) -> str:
    """``<b>1. Title</b> (2019)`` / ``Movie · 32 min · TV-14`` / genres / the reason in italics."""
    lines = [f"<b>{position}. {esc(_title(item))}</b>{_year(item)}"]
    facts = [wording.TYPE_LABELS.get(str(item.type), ""), item.runtime or "", item.rating or ""]
    facts = [esc(f) for f in facts if f.strip()]
    if facts:
        lines.append(wording.SEP.join(facts))
    genres = genre_labels(item)
    if genres:
        lines.append(esc(", ".join(genres)))
    reason = _one_line(item.reason)
    if reason:
        lines.append(f"<i>{esc(reason)}</i>")
    return "\n".join(lines)


def details_html(item: Item) -> str:
    """Everything about one title, worded by ``contract.plain``: the title in bold, the facts, the
    labelled facts with their labels in bold, then the description."""
    kind = wording.TYPE_LABELS.get(str(item.type), item.type or "Title")
    lines = [f"<b>{esc(_title(item))}</b>{_year(item)}", esc(wording.SEP.join(plain.details_facts(item, kind)))]
    lines += [f"<b>{esc(label)}</b> {esc(value)}" for label, value in plain.labelled_details(item)]
    description = _one_line(item.description)
    if description:
        lines += ["", esc(description)]
    return "\n".join(lines)


def _one_line(value: str | None) -> str:
    return " ".join(value.split()) if value else ""


# --- keyboards -----------------------------------------------------------------------------------


def item_keyboard(item: Item, *, details: bool = True) -> Keyboard:
    """👍 / 👎 / ✓ seen, then "more like this" (and details): feedback names the catalog id."""
    first = [("👍 Like", "like"), ("👎 Dislike", "dislike"), ("✓ Seen", "seen")]
    second = [("More like this", "more")] + ([("ℹ️ Details", "info")] if details else [])
    rows = []
    for spec in (first, second):
        row = tuple(InlineButton(text, data) for text, action in spec
                    if (data := item_callback_data(action, item.id)) is not None)  # type: ignore[arg-type]
        if row:
            rows.append(row)
    return tuple(rows)


def quick_reply_keyboard(replies: Sequence[QuickReply], store: PayloadStore) -> Keyboard:
    """Quick replies as inline buttons: short ones two to a row, long ones alone; no duplicates."""
    rows: list[tuple[InlineButton, ...]] = []
    pending: list[InlineButton] = []
    seen: set[str] = set()
    for reply in replies:
        title, payload = _button_title(reply.title), reply.payload.strip()
        if not title or not payload or payload in seen:
            continue
        seen.add(payload)
        button = InlineButton(title, payload_callback_data(payload, store))
        if len(title) > WIDE_BUTTON_CHARS:
            rows.append((button,))
            continue
        pending.append(button)
        if len(pending) == 2:
            rows.append(tuple(pending))
            pending = []
    if pending:
        rows.append(tuple(pending))
    return tuple(rows)


def _button_title(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= BUTTON_TEXT_MAX else title[: BUTTON_TEXT_MAX - 1] + "…"


def mark_pressed(keyboard: Keyboard, data: str) -> Keyboard:
    """The same keyboard with the pressed feedback button ticked (and its siblings un-ticked)."""
    feedback_row = {f"a:{a}:" for a in ("like", "dislike", "seen")}
    pressed_group = any(data.startswith(p) for p in feedback_row)

    def relabel(button: InlineButton) -> InlineButton:
        text = button.text.removesuffix(" ✔")
        if pressed_group and any(button.data.startswith(p) for p in feedback_row):
            return InlineButton(text + (" ✔" if button.data == data else ""), button.data)
        return button

    return tuple(tuple(relabel(b) for b in row) for row in keyboard)


# --- limits --------------------------------------------------------------------------------------


def visible_length(html_text: str) -> int:
    """Length as Telegram counts it: after entity parsing, in UTF-16 code units."""
    return len(html.unescape(TAG_RE.sub("", html_text)).encode("utf-16-le")) // 2


def split_html(html_text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split on line boundaries into pieces of at most ``limit`` visible characters.

    A single line longer than the limit loses its markup and is cut at spaces (or hard, for a
    space-less run); that never happens with the bot's own short lines.
    """
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in html_text.split("\n"):
        for part in _fit_line(line, limit):
            extra = visible_length(part) + (1 if current else 0)
            if current and size + extra > limit:
                pieces.append("\n".join(current))
                current, size = [], 0
                extra = visible_length(part)
            current.append(part)
            size += extra
    if current:
        pieces.append("\n".join(current))
    return [p.strip("\n") for p in pieces if p.strip()]


def _fit_line(line: str, limit: int) -> list[str]:
    if visible_length(line) <= limit:
        return [line]
    return [esc(chunk) for chunk in _cut_plain(plain_text(line), limit)]


def _cut_plain(text: str, limit: int) -> list[str]:
    """Cut plain text into chunks of at most ``limit`` UTF-16 units, preferring spaces."""
    chunks: list[str] = []
    while text:
        end = _prefix_fitting(text, limit)
        if end < len(text):
            space = text.rfind(" ", 0, end)
            end = space if space > limit // 2 else end
        chunks.append(text[:end].strip())
        text = text[end:].lstrip()
    return [c for c in chunks if c]


def _prefix_fitting(text: str, limit: int) -> int:
    """Largest n such that text[:n] is at most ``limit`` UTF-16 units."""
    units = 0
    for n, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return n
    return len(text)


def split_outgoing(message: Outgoing, limit: int = MESSAGE_LIMIT) -> list[Outgoing]:
    """A message within the limit; the keyboard stays under the last piece."""
    pieces = split_html(message.html, limit) or []
    if not pieces:
        return [Outgoing(esc(wording.NOT_QUITE), message.keyboard)] if message.keyboard else []
    return [Outgoing(p) for p in pieces[:-1]] + [Outgoing(pieces[-1], message.keyboard)]


def plain_text(html_text: str) -> str:
    """The visible text of a message (a fallback if Telegram ever refuses our markup)."""
    return html.unescape(TAG_RE.sub("", html_text))


__all__ = [
    "InlineButton", "Keyboard", "MESSAGE_LIMIT", "Outgoing", "esc", "item_keyboard", "mark_pressed",
    "plain_text", "quick_reply_keyboard", "render_answer", "render_answers", "split_html", "split_outgoing",
    "visible_length",
]
