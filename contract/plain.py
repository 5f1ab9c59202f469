"""The plain-text rendering of an answer: for text-only clients, logs and any channel's fallback.

It is the reference rendering: every fact of the answer appears once ("32 min" beside the title,
never again in the reason). Richer renderers (web cards, Telegram HTML, speech) draw the same
answer their own way and fall back to this for kinds they do not draw.
"""

from __future__ import annotations

from collections.abc import Sequence

from contract import wording
from contract.payloads import (AgentMessage, Answer, HandoffState, Item, ItemDetails,
                               Recommendations)
from contract.vocabulary import genre_label

MAX_CAST_SHOWN = 6


def item_line(position: int, item: Item) -> str:
    """One numbered line: ``1. Title (2019) · 32 min · TV-14 — reason``."""
    line = f"{position}. " + wording.SEP.join([wording.title_with_year(item)] + wording.item_facts(item))
    return f"{line} — {item.reason}" if item.reason else line


def details_lines(item: Item) -> list[str]:
    """Everything about one title: kind, runtime, rating, genres, people, story."""
    facts = details_facts(item, item.type or "title")
    lines = [f"{wording.title_with_year(item)} — {wording.SEP.join(facts)}"]
    lines += [f"{label} {value}" for label, value in labelled_details(item)]
    if item.description:
        lines.append(item.description)
    return lines


def render(answer: Answer, *, live: bool = True) -> str:
    """One answer as plain text (without its quick replies; see ``quick_reply_line``)."""
    if isinstance(answer, Recommendations):
        return "\n".join([answer.heading] + [item_line(i, item) for i, item in enumerate(answer.items, 1)])
    if isinstance(answer, ItemDetails):
        return "\n".join(details_lines(answer.item))
    if isinstance(answer, HandoffState):
        return wording.handoff_notice(answer, live=live)
    if isinstance(answer, AgentMessage):
        return f"{answer.name}: {answer.text}" if answer.name else answer.text
    return answer.text


def quick_reply_line(answer: Answer) -> str:
    """"[Something else] [Shorter]" — the buttons of an answer for a client that shows only text."""
    replies = getattr(answer, "quick_replies", ())
    return " ".join(f"[{q.title}]" for q in replies)


def render_all(answers: Sequence[Answer], *, live: bool = True) -> str:
    """A whole turn as plain text, answers separated by blank lines, buttons after their answer."""
    blocks = []
    for answer in answers:
        text, buttons = render(answer, live=live), quick_reply_line(answer)
        blocks.append("\n".join(part for part in (text, buttons) if part))
    return "\n\n".join(b for b in blocks if b)


def details_facts(item: Item, kind: str) -> list[str]:
    """The details' first facts, unstyled: ``kind`` as the renderer words it, runtime, rating.

    A movie without a runtime says so rather than leaving a gap the viewer would read as "short".
    """
    facts = [kind]
    if item.runtime:
        facts.append(item.runtime)
    elif item.type == "movie":
        facts.append("runtime unknown")
    if item.rating:
        facts.append(f"rated {item.rating}")
    return facts


def labelled_details(item: Item) -> list[tuple[str, str]]:
    """The labelled facts of the details, ``("Starring", "A, B and 3 more")``, so each renderer styles the
    label its own way (plain text as is, Telegram in bold) without rewording them."""
    pairs = []
    if item.genres:
        pairs.append(("Genres:", ", ".join(genre_label(g) for g in item.genres)))
    if item.directors:
        pairs.append(("Directed by", ", ".join(item.directors)))
    if item.cast:
        more = f" and {len(item.cast) - MAX_CAST_SHOWN} more" if len(item.cast) > MAX_CAST_SHOWN else ""
        pairs.append(("Starring", ", ".join(item.cast[:MAX_CAST_SHOWN]) + more))
    if item.countries:
        pairs.append(("From", ", ".join(item.countries)))
    return pairs
