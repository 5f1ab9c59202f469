"""The Telegram rendering of the bot's replies: HTML messages with inline keyboards.

One renderer for the Telegram kind of channel (issue 4): the gateway turns a list of Rasa messages
(contracts §3) into ``Outgoing`` messages here and nowhere else, so webhook turns, polling turns and
pushed handoff messages look the same.

Decisions:

* Recommendations arrive twice: a plain-text list (for text-only channels) and a ``recommendations``
  custom payload. Telegram shows the structured one — a short heading, then one message per title with
  its own 👍 / 👎 / ✓ / "more like this" keyboard — and keeps only the heading of the plain text.
* Quick-reply ``buttons`` of a whole turn go last, under what they refine, as one inline keyboard.
  After recommendations a "Something else" button is always there.
* HTML parse mode; every piece of text is escaped and no tag ever spans a line, so a message can be
  split on line boundaries without breaking the markup (Telegram refuses unbalanced HTML).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.channels.telegram_protocol import (
    InlineButton,
    Keyboard,
    PayloadStore,
    item_callback_data,
    payload_callback_data,
)

try:  # the canonical genre labels; the gateway runtime has them, a bare checkout may not
    from contract.vocabulary import GENRES

    GENRE_LABELS: dict[str, str] = {g.id: g.label for g in GENRES}
except ImportError:  # pragma: no cover
    GENRE_LABELS = {}

Item = Mapping[str, Any]
SEP = " · "
MESSAGE_LIMIT = 4096  # Telegram: 1-4096 characters after entity parsing
BUTTON_TEXT_MAX = 60
WIDE_BUTTON_CHARS = 18  # longer quick-reply titles get a row of their own
SOMETHING_ELSE = "/something_else"
CLOSING_TEXT = "Not quite it? Tap a button or tell me more."
HANDOFF_TEXTS: dict[str, str] = {
    "waiting": "Connecting you to a person. Keep typing: they'll see your messages.",
    "agent_joined": "A support agent joined the chat.",
    "ended": "You're chatting with mediabot again.",
}
TYPE_LABELS: dict[str, str] = {"movie": "Movie", "series": "Series", "special": "Special"}
LIST_LINE_RE = re.compile(r"^\s*\d{1,2}[.)]\s")
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


def render_messages(messages: Sequence[Any], store: PayloadStore) -> list[Outgoing]:
    """Turn one bot reply (Rasa messages) into Telegram messages, each within Telegram's limits."""
    valid = [m for m in messages if isinstance(m, Mapping)]
    replaced = _plain_text_renderings(valid)
    has_text = any(isinstance(m.get("text"), str) and m["text"].strip() for m in valid)
    out: list[Outgoing] = []
    quick: list[Mapping[str, Any]] = []
    showed_items = False
    for i, message in enumerate(valid):
        custom = message.get("custom")
        if isinstance(custom, Mapping) and custom.get("type") == "agent":
            out.extend(_agent(message, custom))
        else:
            text = replaced.get(i, message.get("text"))
            if isinstance(text, str) and text.strip():
                out.append(Outgoing(esc(text.strip())))
            if isinstance(custom, Mapping) and not (custom.get("type") == "handoff" and has_text):
                # a handoff status only needs words of ours when the turn brought none
                rendered = render_custom(custom)
                showed_items |= custom.get("type") == "recommendations" and bool(rendered)
                out.extend(rendered)
        quick.extend(b for b in message.get("buttons") or [] if isinstance(b, Mapping))
    if showed_items and not any(b.get("payload") == SOMETHING_ELSE for b in quick):
        quick.insert(0, {"title": "Something else", "payload": SOMETHING_ELSE})
    out = _attach_quick_replies(out, quick_reply_keyboard(quick, store))
    return [piece for message in out for piece in split_outgoing(message)]


def _plain_text_renderings(messages: Sequence[Mapping[str, Any]]) -> dict[int, str]:
    """Index of each plain-text message that a structured payload right after it replaces.

    The kept part is the heading ("Here are 5 picks (comedy · under 40 min):"); the numbered list
    is drawn from the payload instead. Item details replace their plain text entirely.
    """
    replaced: dict[int, str] = {}
    for j in range(1, len(messages)):
        custom, prev = messages[j].get("custom"), messages[j - 1]
        if not isinstance(custom, Mapping) or prev.get("custom") or not isinstance(prev.get("text"), str):
            continue
        if custom.get("type") == "recommendations":
            replaced[j - 1] = intro_of(prev["text"])
        elif custom.get("type") == "item_details":
            replaced[j - 1] = ""
    return replaced


def intro_of(text: str) -> str:
    """The lines before the numbered list of a plain-text recommendation."""
    kept: list[str] = []
    for line in text.splitlines():
        if LIST_LINE_RE.match(line):
            break
        kept.append(line)
    return "\n".join(kept).strip()


def _attach_quick_replies(out: list[Outgoing], keyboard: Keyboard) -> list[Outgoing]:
    """Quick replies go on the last message, or on a short closing message if it has a keyboard."""
    if not keyboard:
        return out
    if out and not out[-1].keyboard:
        return out[:-1] + [Outgoing(out[-1].html, keyboard)]
    return out + [Outgoing(esc(CLOSING_TEXT), keyboard)]


def _agent(message: Mapping[str, Any], custom: Mapping[str, Any]) -> list[Outgoing]:
    """A human agent's reply, pushed by the handoff module, signed with the agent's name."""
    text = message.get("text") if isinstance(message.get("text"), str) else custom.get("text")
    if not isinstance(text, str) or not text.strip():
        return []
    name = custom.get("name") if isinstance(custom.get("name"), str) and custom.get("name") else "Support agent"
    return [Outgoing(f"<b>{esc(name)}</b>\n{esc(text.strip())}")]


# --- custom payloads -----------------------------------------------------------------------------


def render_custom(custom: Mapping[str, Any]) -> list[Outgoing]:
    """Recommendations, item details and handoff notices; unknown kinds render as nothing."""
    kind = custom.get("type")
    if kind == "recommendations":
        items = [i for i in custom.get("items") or [] if isinstance(i, Mapping)]
        return [Outgoing(item_html(n, item), item_keyboard(item)) for n, item in enumerate(items, 1)]
    if kind == "item_details" and isinstance(custom.get("item"), Mapping):
        item = custom["item"]
        return [Outgoing(details_html(item), item_keyboard(item, details=False))]
    if kind == "handoff" and custom.get("status") in HANDOFF_TEXTS:
        return [Outgoing(f"<i>{esc(HANDOFF_TEXTS[custom['status']])}</i>")]
    return []


def runtime_text(item: Item) -> str | None:
    """"1 h 52 min", "32 min" or "3 seasons"; None when the catalog does not know."""
    minutes = item.get("duration_minutes")
    if isinstance(minutes, (int, float)) and not isinstance(minutes, bool) and minutes > 0:
        hours, rest = divmod(int(minutes), 60)
        if hours:
            return f"{hours} h {rest} min" if rest else f"{hours} h"
        return f"{rest} min"
    seasons = item.get("seasons")
    if isinstance(seasons, (int, float)) and not isinstance(seasons, bool) and seasons > 0:
        return f"{int(seasons)} season" + ("" if int(seasons) == 1 else "s")
    return None


def genre_labels(item: Item) -> list[str]:
    genres = item.get("genres")
    return [GENRE_LABELS.get(str(g), str(g).replace("-", " ").capitalize()) for g in genres or []
            if isinstance(g, str)] if isinstance(genres, list) else []


def _title(item: Item) -> str:
    return str(item.get("title") or "Untitled").replace("\n", " ").strip()


def _year(item: Item) -> str:
    year = item.get("year")
    return f" ({esc(year)})" if isinstance(year, int) and not isinstance(year, bool) else ""


def item_html(position: int, item: Item) -> str:
    """``<b>1. Title</b> (2019)`` / ``Movie · 32 min · TV-14`` / genres / the reason in italics."""
    lines = [f"<b>{position}. {esc(_title(item))}</b>{_year(item)}"]
    facts = [TYPE_LABELS.get(str(item.get("type")), ""), runtime_text(item) or "",
             str(item.get("rating") or "")]
    facts = [esc(f) for f in facts if f.strip()]
    if facts:
        lines.append(SEP.join(facts))
    genres = genre_labels(item)
    if genres:
        lines.append(esc(", ".join(genres)))
    reason = _one_line(item.get("reason"))
    if reason:
        lines.append(f"<i>{esc(reason)}</i>")
    return "\n".join(lines)


def details_html(item: Item) -> str:
    """Everything about one title: facts, genres, people, countries, then the description."""
    facts = [TYPE_LABELS.get(str(item.get("type")), str(item.get("type") or "Title"))]
    runtime = runtime_text(item)
    if runtime:
        facts.append(runtime)
    elif item.get("type") == "movie":
        facts.append("runtime unknown")
    if item.get("rating"):
        facts.append(f"rated {item['rating']}")
    lines = [f"<b>{esc(_title(item))}</b>{_year(item)}", esc(SEP.join(facts))]
    genres = genre_labels(item)
    if genres:
        lines.append("<b>Genres:</b> " + esc(", ".join(genres)))
    lines += _people_lines(item)
    description = _one_line(item.get("description"))
    if description:
        lines += ["", esc(description)]
    return "\n".join(lines)


def _people_lines(item: Item) -> list[str]:
    lines = []
    directors = _names(item.get("directors"))
    if directors:
        lines.append("<b>Directed by</b> " + esc(", ".join(directors)))
    cast = _names(item.get("cast"))
    if cast:
        more = f" and {len(cast) - 6} more" if len(cast) > 6 else ""
        lines.append("<b>Starring</b> " + esc(", ".join(cast[:6]) + more))
    countries = _names(item.get("countries"))
    if countries:
        lines.append("<b>From</b> " + esc(", ".join(countries)))
    return lines


def _names(value: Any) -> list[str]:
    return [str(v) for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []


def _one_line(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, str) else ""


# --- keyboards -----------------------------------------------------------------------------------


def item_keyboard(item: Item, *, details: bool = True) -> Keyboard:
    """👍 / 👎 / ✓ seen, then "more like this" (and details): feedback names the catalog id."""
    item_id = str(item.get("id") or "")
    first = [("👍 Like", "like"), ("👎 Dislike", "dislike"), ("✓ Seen", "seen")]
    second = [("More like this", "more")] + ([("ℹ️ Details", "info")] if details else [])
    rows = []
    for spec in (first, second):
        row = tuple(InlineButton(text, data) for text, action in spec
                    if (data := item_callback_data(action, item_id)) is not None)  # type: ignore[arg-type]
        if row:
            rows.append(row)
    return tuple(rows)


def quick_reply_keyboard(buttons: Sequence[Mapping[str, Any]], store: PayloadStore) -> Keyboard:
    """Rasa quick replies as inline buttons: short ones two to a row, long ones alone; no duplicates."""
    rows: list[tuple[InlineButton, ...]] = []
    pending: list[InlineButton] = []
    seen: set[str] = set()
    for b in buttons:
        title, payload = _button_title(b), b.get("payload")
        if not title or not isinstance(payload, str) or not payload.strip() or payload in seen:
            continue
        seen.add(payload)
        button = InlineButton(title, payload_callback_data(payload.strip(), store))
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


def _button_title(button: Mapping[str, Any]) -> str:
    title = button.get("title")
    if not isinstance(title, str):
        return ""
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
    plain = html.unescape(TAG_RE.sub("", line))
    return [esc(chunk) for chunk in _cut_plain(plain, limit)]


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
        return [Outgoing(esc(CLOSING_TEXT), message.keyboard)] if message.keyboard else []
    return [Outgoing(p) for p in pieces[:-1]] + [Outgoing(pieces[-1], message.keyboard)]


def plain_text(html_text: str) -> str:
    """The visible text of a message (a fallback if Telegram ever refuses our markup)."""
    return html.unescape(TAG_RE.sub("", html_text))


__all__ = [
    "CLOSING_TEXT", "InlineButton", "Keyboard", "MESSAGE_LIMIT", "Outgoing", "esc",
    "item_keyboard", "mark_pressed", "plain_text", "quick_reply_keyboard", "render_messages",
    "split_html", "split_outgoing", "visible_length",
]
