"""The spoken rendering of the bot's answers, shared by every voice channel (Alexa, Dialogflow, generic).

Read aloud, a numbered list is a wall of "·" and "min". Voice renders the same ``Answer`` s every other
channel gets, its own way: the top three titles with their runtime in words ("an hour and a half",
"two seasons"), short pauses between them, and a question that invites a refinement. Rendering
happens once, into ``Segment`` s, and both the SSML and the plain spoken text are derived from them, so
what Alexa says and what a Home Assistant card shows never drift apart. Screens (an Alexa card, a
Dialogflow text message) get the plain-text rendering of the same answers (``contract.plain``).

Every data-dependent word (runtimes, constraint summaries, handoff notices) comes from
``contract.wording``; this module only arranges it for the ear. Nothing is parsed out of text.

Only ``<speak>`` and ``<break>`` are used: every SSML engine we target (Alexa, Google TTS) supports them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape as _xml_escape

from contract import plain, wording
from contract.payloads import (
    HANDOFF_AGENT_JOINED, HANDOFF_WAITING, AgentMessage, Answer, HandoffState, Item, ItemDetails,
    Recommendations, items_of,
)

SPOKEN_ITEMS = 3
SPOKEN_CAST = 3
SPOKEN_DIRECTORS = 2
ITEM_PAUSE_MS = 350
SENTENCE_PAUSE_MS = 250
MAX_SEGMENT_CHARS = 600  # one spoken text message; longer ones are cut at a sentence end
MAX_SSML_CHARS = 7500  # Alexa rejects outputSpeech over 8,000 characters

# A person picks up a voice viewer's request elsewhere, so the voice session ends with these.
SESSION_ENDING_HANDOFFS = frozenset({HANDOFF_WAITING, HANDOFF_AGENT_JOINED})

_ORDINALS = ("First", "Second", "And third")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Segment:
    """A stretch of plain words, then an optional pause before the next one."""

    text: str
    pause_ms: int = 0


@dataclass(frozen=True)
class Speech:
    """Everything a voice channel needs to answer one turn.

    ``answers`` are the bot's answers this was rendered from (empty for a fixed prompt such as a
    greeting), so a channel can pass their payloads on unchanged. ``display_text`` is for screens.
    """

    segments: tuple[Segment, ...]
    display_text: str
    answers: tuple[Answer, ...] = ()
    end_session: bool = False
    reprompt: str = wording.REFINE_QUESTION

    @property
    def ssml(self) -> str:
        return to_ssml(self.segments)

    @property
    def text(self) -> str:
        return to_plain(self.segments)

    @property
    def reprompt_ssml(self) -> str:
        return to_ssml((Segment(self.reprompt),))

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item recommended this turn (for payloads and screens)."""
        return items_of(self.answers)

    @property
    def spoken_items(self) -> tuple[Item, ...]:
        """The items actually read out: the top ones of each list."""
        return tuple(i for a in self.answers if isinstance(a, Recommendations) for i in a.items[:SPOKEN_ITEMS])

    @property
    def handoff(self) -> str | None:
        """The status of the last handoff answer of the turn, if any."""
        states = [a.status for a in self.answers if isinstance(a, HandoffState)]
        return states[-1] if states else None


# --- escaping and assembly -------------------------------------------------------------------------


def clean(text: str) -> str:
    """Drop control and format characters (invalid in XML, or read aloud as noise) and tidy spaces."""
    kept = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return _SPACES.sub(" ", kept).strip()


def escape(text: str) -> str:
    """Escape a plain string for SSML, quotes included (titles like ``Tom & Jerry`` or ``"Love"``)."""
    return _xml_escape(clean(text), {'"': "&quot;", "'": "&apos;"})


def to_ssml(segments: Iterable[Segment]) -> str:
    """``<speak>`` document with escaped words and ``<break>`` pauses; capped at Alexa's size limit."""
    parts: list[str] = []
    size = len("<speak></speak>")
    for seg in segments:
        piece = escape(seg.text)
        if seg.pause_ms:
            piece += f'<break time="{int(seg.pause_ms)}ms"/>'
        if size + len(piece) + 1 > MAX_SSML_CHARS:
            break
        parts.append(piece)
        size += len(piece) + 1
    return "<speak>" + " ".join(parts) + "</speak>"


def to_plain(segments: Iterable[Segment]) -> str:
    return " ".join(clean(seg.text) for seg in segments if seg.text.strip())


def prompt(text: str, *, reprompt: str = wording.REFINE_QUESTION, end_session: bool = False) -> Speech:
    """A fixed answer (greeting, help, goodbye) rendered like any other."""
    return Speech(segments=(Segment(text),), display_text=text, reprompt=reprompt, end_session=end_session)


# --- rendering a turn's answers -------------------------------------------------------------------


def render_reply(answers: Sequence[Answer]) -> Speech:
    """One turn's answers as speech, each answer by its kind, in order.

    A voice viewer cannot be reached by an agent here, so handoff notices say where the person will
    follow up, and a handoff that is waiting for (or joined by) a person ends the session. A statement
    gets a follow-up question, so the assistant keeps listening for a refinement.
    """
    segments = [seg for answer in answers for seg in answer_segments(answer)]
    if not segments:
        segments.append(Segment(wording.EMPTY_REPLY))
    end_session = any(isinstance(a, HandoffState) and a.status in SESSION_ENDING_HANDOFFS for a in answers)
    if not end_session and not _ends_with_question(segments):
        segments.append(Segment(wording.REFINE_QUESTION if items_of(answers) else wording.WHAT_ELSE_QUESTION))
    display = plain.render_all(answers, live=False)
    return Speech(segments=tuple(segments), display_text=display or to_plain(segments), answers=tuple(answers),
                  end_session=end_session)


def answer_segments(answer: Answer) -> list[Segment]:
    """The spoken form of one answer (dispatch on its kind; plain text is the fallback)."""
    if isinstance(answer, Recommendations):
        return recommendation_segments(answer)
    if isinstance(answer, ItemDetails):
        return details_segments(answer.item)
    if isinstance(answer, HandoffState):
        return [Segment(wording.handoff_notice(answer, live=False), SENTENCE_PAUSE_MS)]
    if isinstance(answer, AgentMessage):
        return text_segments(wording.agent_said(answer.name, answer.text))
    return text_segments(answer.text)


def recommendation_segments(answer: Recommendations) -> list[Segment]:
    """"I found five picks for comedy under 40 minutes. Here are the top three. First, …".

    An empty list speaks its heading, which says that nothing matched and offers the relaxation.
    """
    if not answer.items:
        return text_segments(answer.heading)
    spoken = answer.items[:SPOKEN_ITEMS]
    intro = wording.spoken_intro(len(answer.items), answer.constraints, len(spoken))
    segments = [Segment(intro, SENTENCE_PAUSE_MS)]
    for position, item in enumerate(spoken):
        lead = _ORDINALS[position] if len(spoken) > 1 else ""
        segments.append(Segment(item_sentence(item, lead), ITEM_PAUSE_MS))
    return segments


def item_sentence(item: Item, lead: str = "") -> str:
    """"First, The Office Party, from 2019, about 40 minutes." (facts the catalog lacks are left out)."""
    parts = [item.title]
    if item.year and item.year > 0:
        parts.append(f"from {item.year}")
    runtime = wording.runtime(item.duration_minutes, item.seasons, spoken=True)
    if runtime:
        parts.append(runtime)
    sentence = ", ".join(parts)
    return f"{lead}, {sentence}." if lead else f"{sentence}."


def details_segments(item: Item) -> list[Segment]:
    """One title in a few spoken sentences: kind, year, runtime, rating, people, then the story."""
    facts = [f"{item.title} is {wording.spoken_kind(item)}"]
    if item.year:
        facts.append(f"from {item.year}")
    runtime = wording.runtime(item.duration_minutes, item.seasons, spoken=True)
    if runtime:
        facts.append(runtime)
    if item.rating:
        facts.append(f"rated {item.rating}")
    segments = [Segment(", ".join(facts) + ".", SENTENCE_PAUSE_MS)]
    if item.directors:
        segments.append(Segment(f"Directed by {wording.and_list(item.directors[:SPOKEN_DIRECTORS])}.",
                                SENTENCE_PAUSE_MS))
    if item.cast:
        segments.append(Segment(f"Starring {wording.and_list(item.cast[:SPOKEN_CAST])}.", SENTENCE_PAUSE_MS))
    if item.description:
        segments.append(Segment(_cut(clean(item.description), MAX_SEGMENT_CHARS), SENTENCE_PAUSE_MS))
    return segments


def text_segments(text: str) -> list[Segment]:
    """A sentence of the bot's as speech: one segment per line, trimmed to a listenable length.

    The written separator (" · ") becomes a comma so it is heard as a pause, not read out; the words
    themselves are spoken as written.
    """
    lines = [clean(line.replace(wording.SEP, ", ")) for line in text.splitlines()]
    segments: list[Segment] = []
    budget = MAX_SEGMENT_CHARS
    for line in (line for line in lines if line):
        if budget <= 0:
            break
        segments.append(Segment(_cut(line, budget), SENTENCE_PAUSE_MS))
        budget -= len(line)
    return segments


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` characters, ending at a sentence (or word) boundary."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    end = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    return head[: end + 1] if end > 0 else head.rsplit(" ", 1)[0] + "…"


def _ends_with_question(segments: list[Segment]) -> bool:
    return bool(segments) and segments[-1].text.rstrip().endswith("?")


__all__ = [
    "Segment", "Speech", "answer_segments", "details_segments", "escape", "item_sentence", "prompt",
    "recommendation_segments", "render_reply", "text_segments", "to_plain", "to_ssml",
]
