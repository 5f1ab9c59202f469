"""What the agent console shows, as JSON: queue entries and transcript lines, already worded.

Transcript lines are rendered here from the typed answers the viewer was shown, with the plain-text
renderer (``contract.plain``), so the console page only places strings: it never formats a runtime,
words a notice or parses text.
"""

from __future__ import annotations

from typing import Any

from bot.handoff.conversations import QueueEntry
from bot.handoff.transcripts import StoredLine
from contract import plain
from contract.payloads import AgentMessage, Answer, ItemDetails, Recommendations

MAX_ITEMS_SHOWN = 10
MAX_BUTTONS_SHOWN = 10
MAX_BUTTON_CHARS = 80


def label(ref: str) -> str:
    return f"Viewer {ref[:4].upper()}"


def queue_json(entry: QueueEntry, live: bool) -> dict[str, Any]:
    return {
        "ref": entry.ref, "label": label(entry.ref), "channel": entry.channel, "status": entry.status,
        "reason": entry.reason,
        "waiting_since": entry.waiting_since.isoformat() if entry.waiting_since else None,
        "claimed_by": entry.claimed_by, "claimed_by_me": entry.claimed_by_me,
        "claimed_by_present": entry.claimed_by_present,
        "last_message": entry.last_viewer_text,
        "last_message_at": entry.last_viewer_at.isoformat() if entry.last_viewer_at else None,
        "live_delivery": live,
    }


def line_json(line: StoredLine, live: bool) -> dict[str, Any]:
    """A transcript line as the console draws it, its words already rendered (``contract.plain``).

    ``live``: whether the viewer's channel can push, which decides how a handoff notice was worded to
    them. The page only places these strings; it never formats or parses anything.
    """
    out: dict[str, Any] = {"id": line.id, "at": line.at.isoformat(), "sender": line.sender,
                           "delivered": line.delivered}
    answer = line.answer
    if answer is None:
        return out | {"kind": "viewer", "text": line.text or "", "lines": [], "buttons": []}
    if isinstance(answer, AgentMessage):
        out["agent"] = answer.name
    return out | {"kind": answer.type, **_rendered(answer, live)}


def _rendered(answer: Answer, live: bool) -> dict[str, Any]:
    """``text`` (the answer's first paragraph), ``lines`` (list items or details) and button titles."""
    lines: list[str] = []
    if isinstance(answer, Recommendations):
        text = answer.heading
        lines = [plain.item_line(i, item) for i, item in enumerate(answer.items[:MAX_ITEMS_SHOWN], 1)]
    elif isinstance(answer, ItemDetails):
        text, *lines = plain.details_lines(answer.item)
    elif isinstance(answer, AgentMessage):
        text = answer.text  # the console shows the agent's name beside it
    else:
        text = plain.render(answer, live=live)
    buttons = [q.title[:MAX_BUTTON_CHARS] for q in getattr(answer, "quick_replies", ())][:MAX_BUTTONS_SHOWN]
    return {"text": text, "lines": lines, "buttons": buttons}
