"""One spoken rendering of the bot's replies, shared by every voice channel (Alexa, Dialogflow, generic).

Text channels show the numbered list Rasa sends; read aloud, that list is a wall of "·" and "min".
Voice needs a different rendering: the top three titles with their runtime in words ("an hour and a
half", "two seasons"), short pauses between them, and a question that invites a refinement. Rendering
happens once, into ``Segment`` s, and both the SSML and the plain spoken text are derived from them, so
what Alexa says and what a Home Assistant card shows never drift apart.

Only ``<speak>`` and ``<break>`` are used: every SSML engine we target (Alexa, Google TTS) supports them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from contract.vocabulary import GENRES

Item = Mapping[str, Any]
BotMessage = Mapping[str, Any]

SPOKEN_ITEMS = 3
ITEM_PAUSE_MS = 350
SENTENCE_PAUSE_MS = 250
MAX_SEGMENT_CHARS = 600  # one spoken text message; longer ones are cut at a sentence end
MAX_SSML_CHARS = 7500  # Alexa rejects outputSpeech over 8,000 characters

REFINE_QUESTION = "Want something else, or shorter?"
HANDOFF_SPEECH = (
    "I've asked a person from our team to help. They'll follow up with you in the app or on Telegram."
)
HANDOFF_STATUS_SPEECH = {
    "waiting": HANDOFF_SPEECH,
    "agent_joined": "A person from our team has picked up your request. "
                    "They'll answer you in the app or on Telegram.",
    "ended": "You're back with me. What would you like to watch?",
}
EMPTY_REPLY_SPEECH = (
    "Sorry, I don't have an answer for that. Want to try something like comedies under 40 minutes?"
)

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")
_ORDINALS = ("First", "Second", "And third")
_GENRE_LABELS = {g.id: g.label.lower() for g in GENRES}
_MEDIA_WORDS = {"movie": "movies", "series": "series", "special": "specials"}
_AUDIENCE_WORDS = {"kids": "for kids", "family": "for the family", "teen": "for teens", "adult": "for adults"}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Segment:
    """A stretch of plain words, then an optional pause before the next one."""

    text: str
    pause_ms: int = 0


@dataclass(frozen=True)
class Speech:
    """Everything a voice channel needs to answer one turn.

    ``display_text`` is for screens (Alexa card, Dialogflow text message): the bot's own text messages,
    which carry the complete list. ``items`` are all recommended items of the turn (for payloads),
    ``spoken_items`` the ones actually read out.
    """

    segments: tuple[Segment, ...]
    display_text: str
    items: tuple[dict[str, Any], ...] = ()
    spoken_items: tuple[dict[str, Any], ...] = ()
    constraints: dict[str, Any] | None = None
    handoff: str | None = None
    end_session: bool = False
    reprompt: str = REFINE_QUESTION

    @property
    def ssml(self) -> str:
        return to_ssml(self.segments)

    @property
    def text(self) -> str:
        return to_plain(self.segments)

    @property
    def reprompt_ssml(self) -> str:
        return to_ssml((Segment(self.reprompt),))


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


def prompt(text: str, *, reprompt: str = REFINE_QUESTION, end_session: bool = False) -> Speech:
    """A fixed answer (greeting, help, goodbye) rendered like any other."""
    return Speech(segments=(Segment(text),), display_text=text, reprompt=reprompt, end_session=end_session)


# --- words for numbers and runtimes ----------------------------------------------------------------


def number_words(n: int) -> str:
    """"two" rather than "2" for the small counts people say in words; digits beyond twelve."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def runtime_words(minutes: Any = None, seasons: Any = None) -> str | None:
    """Runtime as a person would say it: "about 40 minutes", "an hour and a half", "two seasons".

    None when the catalog does not know (never guess a runtime out loud).
    """
    if _positive(minutes):
        return _minutes_words(int(minutes))
    if _positive(seasons):
        count = int(seasons)
        return f"{number_words(count)} season" + ("" if count == 1 else "s")
    return None


def _positive(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def _minutes_words(minutes: int) -> str:
    if minutes < 10 or (minutes < 60 and minutes % 5 == 0):
        return f"{minutes} minute" + ("" if minutes == 1 else "s")
    if minutes < 58:
        return f"about {5 * round(minutes / 5)} minutes"
    quarters = round(minutes / 15)
    about = "" if quarters * 15 == minutes else "about "
    hours, rest = divmod(quarters, 4)
    return about + _hours_words(hours, rest)


def _hours_words(hours: int, quarters: int) -> str:
    whole = "an hour" if hours == 1 else f"{number_words(hours)} hours"
    return whole + ("", " and a quarter", " and a half", " and three quarters")[quarters]


# --- rendering a Rasa reply -----------------------------------------------------------------------


def render_reply(messages: Sequence[BotMessage]) -> Speech:
    """Turn one turn's Rasa messages (contracts §3) into speech.

    A handoff payload wins over everything else: a voice viewer cannot be reached by an agent here, so
    they are told where the person will follow up. Recommendations are spoken from the structured items,
    not from the accompanying numbered text; other text messages are read as they are.
    """
    customs = [m["custom"] for m in messages if isinstance(m.get("custom"), Mapping)]
    texts = [_spoken_text(m) for m in messages if isinstance(m.get("text"), str) and m["text"].strip()]
    display = "\n\n".join(texts)
    handoff = _first(customs, "handoff")
    if handoff is not None:
        return _handoff_speech(handoff, display)
    recs = _first(customs, "recommendations")
    details = _first(customs, "item_details")
    segments: list[Segment] = []
    items: tuple[dict[str, Any], ...] = ()
    spoken: tuple[dict[str, Any], ...] = ()
    for text in texts:
        if _is_rendering_of(text, recs, details):
            continue
        segments.extend(_text_segments(text))
    if details is not None and isinstance(details.get("item"), Mapping):
        segments.extend(details_segments(details["item"]))
    if recs is not None:
        items = tuple(dict(i) for i in recs.get("items") or [] if isinstance(i, Mapping))
        spoken = items[:SPOKEN_ITEMS]
        segments.extend(recommendation_segments(items, recs.get("constraints")))
    if not segments:
        segments.append(Segment(EMPTY_REPLY_SPEECH))
    if not _ends_with_question(segments):
        segments.append(Segment(REFINE_QUESTION if items else "What else can I find for you?"))
    constraints = recs.get("constraints") if recs is not None and isinstance(recs.get("constraints"), dict) else None
    return Speech(segments=tuple(segments), display_text=display or to_plain(segments), items=items,
                  spoken_items=spoken, constraints=constraints)


def _spoken_text(message: BotMessage) -> str:
    """A message's words; an agent's reply says who is speaking, since a voice has no avatar."""
    custom = message.get("custom")
    if isinstance(custom, Mapping) and custom.get("type") == "agent" and custom.get("name"):
        return f"{custom['name']} from support says: {message['text']}"
    return str(message["text"])


def _first(customs: list[Mapping[str, Any]], kind: str) -> Mapping[str, Any] | None:
    return next((c for c in customs if c.get("type") == kind), None)


def _handoff_speech(payload: Mapping[str, Any], display: str) -> Speech:
    status = str(payload.get("status") or "waiting")
    sentence = HANDOFF_STATUS_SPEECH.get(status, HANDOFF_SPEECH)
    ended = status == "ended"
    return Speech(segments=(Segment(sentence),), display_text=sentence if not display else f"{display}\n\n{sentence}",
                  handoff=status, end_session=not ended)


def _is_rendering_of(text: str, recs: Mapping[str, Any] | None, details: Mapping[str, Any] | None) -> bool:
    """True for the plain-text twin of a structured payload, which voice renders from the items itself.

    The twin names the same titles; asking for two of them (or the only one) keeps a short title such
    as "Up" from swallowing an unrelated sentence.
    """
    titles: list[str] = []
    if recs is not None:
        titles += [str(i.get("title")) for i in recs.get("items") or [] if isinstance(i, Mapping) and i.get("title")]
    if details is not None and isinstance(details.get("item"), Mapping) and details["item"].get("title"):
        titles.append(str(details["item"]["title"]))
    if not titles:
        return False
    found = sum(1 for title in titles if title in text)
    return found >= min(2, len(titles))


def _text_segments(text: str) -> list[Segment]:
    """A bot text message as speech: one segment per line, trimmed to a listenable length."""
    lines = [clean(line.replace("·", ",")) for line in text.splitlines()]
    lines = [line for line in lines if line]
    segments: list[Segment] = []
    budget = MAX_SEGMENT_CHARS
    for line in lines:
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


def recommendation_segments(items: Sequence[Item], constraints: Any = None) -> list[Segment]:
    """"I found five picks for comedy under 40 minutes. Here are the top three. First, …"."""
    if not items:
        return [Segment("I couldn't find anything for that.")]
    scope = constraints_words(constraints) if isinstance(constraints, Mapping) else ""
    scope = f" for {scope}" if scope else ""
    count = len(items)
    if count > SPOKEN_ITEMS:
        intro = f"I found {number_words(count)} picks{scope}. Here are the top {number_words(SPOKEN_ITEMS)}."
    elif count == 1:
        intro = f"I found one pick{scope}."
    else:
        intro = f"Here are {number_words(count)} picks{scope}."
    segments = [Segment(intro, SENTENCE_PAUSE_MS)]
    spoken = list(items[:SPOKEN_ITEMS])
    for position, item in enumerate(spoken):
        lead = _ORDINALS[position] if len(spoken) > 1 else ""
        segments.append(Segment(item_sentence(item, lead), ITEM_PAUSE_MS))
    return segments


def item_sentence(item: Item, lead: str = "") -> str:
    """"First, The Office Party, from 2019, about 40 minutes." (facts the catalog lacks are left out)."""
    parts = [str(item.get("title") or "an untitled pick")]
    year = item.get("year")
    if isinstance(year, int) and not isinstance(year, bool) and year > 0:
        parts.append(f"from {year}")
    runtime = runtime_words(item.get("duration_minutes"), item.get("seasons"))
    if runtime:
        parts.append(runtime)
    sentence = ", ".join(parts)
    return f"{lead}, {sentence}." if lead else f"{sentence}."


def details_segments(item: Item) -> list[Segment]:
    """One title in a few spoken sentences: kind, year, runtime, rating, people, then the story."""
    kind = {"movie": "a movie", "series": "a series", "special": "a special"}.get(str(item.get("type")), "a title")
    facts = [f"{item.get('title') or 'This'} is {kind}"]
    if isinstance(item.get("year"), int):
        facts.append(f"from {item['year']}")
    runtime = runtime_words(item.get("duration_minutes"), item.get("seasons"))
    if runtime:
        facts.append(runtime)
    if item.get("rating"):
        facts.append(f"rated {item['rating']}")
    segments = [Segment(", ".join(facts) + ".", SENTENCE_PAUSE_MS)]
    directors = [str(d) for d in item.get("directors") or []][:2]
    if directors:
        segments.append(Segment(f"Directed by {_and_list(directors)}.", SENTENCE_PAUSE_MS))
    cast = [str(c) for c in item.get("cast") or []][:3]
    if cast:
        segments.append(Segment(f"Starring {_and_list(cast)}.", SENTENCE_PAUSE_MS))
    if item.get("description"):
        segments.append(Segment(_cut(clean(str(item["description"])), MAX_SEGMENT_CHARS), SENTENCE_PAUSE_MS))
    return segments


def constraints_words(constraints: Mapping[str, Any]) -> str:
    """The hard constraints in a few spoken words: "comedy movies under 40 minutes for kids"."""
    words: list[str] = []
    genres = [_GENRE_LABELS.get(str(g), str(g)) for g in constraints.get("genres") or []]
    if genres:
        words.append(_and_list(genres))
    media = constraints.get("media_type")
    if isinstance(media, str) and media in _MEDIA_WORDS:
        words.append(_MEDIA_WORDS[media])
    runtime = _runtime_range_words(constraints.get("min_minutes"), constraints.get("max_minutes"))
    if runtime:
        words.append(runtime)
    audience = constraints.get("audience")
    if isinstance(audience, str) and audience in _AUDIENCE_WORDS:
        words.append(_AUDIENCE_WORDS[audience])
    return " ".join(words)


def _runtime_range_words(low: Any, high: Any) -> str | None:
    """Limits are said exactly ("under 40 minutes"): rounding a limit would misstate the request."""
    low = int(low) if _positive(low) else None
    high = int(high) if _positive(high) else None
    if low and high:
        return f"between {_exact_minutes_words(low)} and {_exact_minutes_words(high)}"
    if high:
        return f"under {_exact_minutes_words(high)}"
    if low:
        return f"over {_exact_minutes_words(low)}"
    return None


def _exact_minutes_words(minutes: int) -> str:
    if minutes >= 60 and minutes % 15 == 0:
        return _hours_words(*divmod(minutes // 15, 4))
    return f"{minutes} minute" + ("" if minutes == 1 else "s")


def _and_list(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


__all__ = [
    "EMPTY_REPLY_SPEECH", "HANDOFF_SPEECH", "REFINE_QUESTION", "Segment", "Speech", "constraints_words",
    "escape", "item_sentence", "number_words", "prompt", "recommendation_segments", "render_reply",
    "runtime_words", "to_plain", "to_ssml",
]
