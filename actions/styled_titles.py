"""A title or franchise named as a style: "<title> style", "a <title>-style movie", "<title>-esque", "in the style of
<title>", "à la <title>" — and the franchise a "like" anchor belongs to.

The viewer asks for titles LIKE the one named, never for it: the words become a "like" anchor (a title entity with
role ``similar``), whether the extractor read the title (it leaves "<title> style" without a role) or not (a name
joined to "-style", a franchise word no title is named by alone: "kung fu panda style", "beyblade-esque"). A franchise
word names several catalog titles; the anchor is the one the words name exactly, else the shortest name among them
(the franchise's main title rather than a spin-off's subtitle), the catalog's first on a tie.

Titles like a franchise are never the franchise itself: every title of the anchor's franchise is left out of a
like-search (``same_franchise``), so "more like <an entry>" does not answer with its sequels. A franchise is the
titles whose names start with the franchise's name: the anchor's name before its subtitle ("Kung Fu Panda: Holiday"
→ "Kung Fu Panda"), or the words the viewer used when no title has that name alone ("beyblade").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from actions.entities import SIMILAR, Entity
from contract.gazetteer import Gazetteer, GazetteerError, load_gazetteer, plain_name
from contract.words import is_filler

log = logging.getLogger(__name__)

_F = re.IGNORECASE
# A style word right after the name: "shutter island style", "goodfellas-style", "beyblade-esque", "x-inspired".
_STYLE_AFTER_RE = re.compile(r"(?:\s*-\s*|\s+)(?:style[ds]?|esque|inspired)\b|-(?:like|ish)\b|esque\b", _F)
# A style phrase right before the name: "in the style of", "in the vein of", "à la", "styled after".
_STYLE_BEFORE_RE = re.compile(
    r"\b(?:in\s+the\s+(?:style|vein|spirit|mou?ld|tradition)\s+of|in\s+the\s+same\s+vein\s+as|(?:à|a)\s+la"
    r"|styled\s+(?:after|on)|inspired\s+by|along\s+the\s+lines\s+of"
    # "something like <franchise>", "shows similar to <franchise>": only where the extractor read no title
    r"|(?:something|anything|stuff|shows?|movies?|films?|series|cartoons?|more|ones)\s+(?:a\s+bit\s+)?like"
    r"|similar\s+to)\s+", _F)
MAX_NAME_WORDS = 7
# Between a name and the end of its clause after a style phrase: "in the style of <title>, for my son".
_CLAUSE_END_RE = re.compile(r"[,.;:!?()]|\s(?:but|and|for|with|without|please|pls|that|which|from|under|over)\b", _F)
# What separates a franchise's name from an entry's subtitle or number: "Wakfu: The Quest", "Title - Part 2", "Title 2".
_SUBTITLE_RE = re.compile(r"\s*(?::|\s[-–—]\s|\(|\s\d+\b)")
_ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class StyledTitle:
    """The "like" anchor the style words name, and the franchise name when the viewer named a franchise, not a title."""

    entity: Entity
    franchise: Optional[str] = None


def styled_title(text: Optional[str], entities: Sequence[Entity]) -> Optional[StyledTitle]:
    """The title or franchise named as a style in ``text``, or None: a title entity without a role beside style
    words gets the role ``similar``; without one, the words before a style word or after a style phrase that name a
    catalog title (plainly typed) or begin the names of several. Words another entity reads ("thriller-ish") are none."""
    if not text or text.startswith("/"):
        return None
    for e in entities:
        if e.name == "title" and e.role is None and e.start is not None and e.end is not None and (
                _STYLE_AFTER_RE.match(text, e.end) or _ends_with_style_phrase(text[:e.start])):
            return StyledTitle(Entity("title", e.value, SIMILAR, e.start, e.end))
    if any(e.name == "title" for e in entities):
        return None
    try:
        gazetteer = load_gazetteer()
    except GazetteerError as exc:
        log.warning("%s", exc)
        return None
    if gazetteer is None:
        return None
    taken = [(e.start, e.end) for e in entities if e.start is not None and e.end is not None]
    for start, end in _candidate_spans(text):
        if any(a < end and start < b for a, b in taken):
            continue
        found = _named(gazetteer, text[start:end])
        if found is not None:
            title, franchise = found
            return StyledTitle(Entity("title", title, SIMILAR, start, end), franchise)
    return None


def franchise_said(text: Optional[str], anchor: str) -> Optional[str]:
    """The franchise the style words of ``text`` name when they name no title alone and ``anchor`` was picked for
    it ("kung fu panda style" → "kung fu panda"), or None: read on the words alone, whatever entities the turn carries
    by now."""
    styled = styled_title(text, ())
    return styled.franchise if styled is not None and styled.entity.value == anchor else None


def _ends_with_style_phrase(before: str) -> bool:
    return any(m.end() == len(before) for m in _STYLE_BEFORE_RE.finditer(before))


def _candidate_spans(text: str) -> list[tuple[int, int]]:
    """Word spans that may name the title, longest first at each style cue: the words before a style word (within
    the clause) and the words after a style phrase (up to the clause's end)."""
    spans: list[tuple[int, int]] = []
    for m in _STYLE_AFTER_RE.finditer(text):
        clause = re.split(r"[,.;:!?()]", text[:m.start()])[-1]
        words = list(re.finditer(r"[^\s]+", clause))[-MAX_NAME_WORDS:]
        offset = m.start() - len(clause)
        spans += [(offset + w.start(), m.start()) for w in words]
    for m in _STYLE_BEFORE_RE.finditer(text):
        stop = _CLAUSE_END_RE.search(text, m.end())
        rest = text[m.end():stop.start() if stop else len(text)]
        words = list(re.finditer(r"[^\s]+", rest))[:MAX_NAME_WORDS]
        spans += [(m.end(), m.end() + w.end()) for w in reversed(words)]
    return spans


def _named(gazetteer: Gazetteer, said: str) -> Optional[tuple[str, Optional[str]]]:
    """The title ``said`` names plainly (no franchise), else the anchor of the franchise it begins (the shortest
    name, the catalog's first on a tie) with the franchise's name, else None. Filler words alone name none."""
    words = re.findall(r"[\w']+", said)
    if all(is_filler(w) for w in words):
        return None
    title = gazetteer.title_named_plainly(said)
    if title:
        return title, None
    plain = plain_name(said)
    if len(plain.replace(" ", "")) < 4:
        return None
    members = [t.title for t in gazetteer.titles if plain_name(t.title).startswith(plain + " ")]
    if not members:
        return None
    return min(members, key=len), said.strip()


def same_franchise(title: str, franchise: Optional[str] = None) -> list[str]:
    """Catalog ids of the titles of the anchor ``title``'s franchise (itself included): names starting with the
    franchise's name — ``franchise`` as the viewer said it (any continuation: "beyblade" → every Beyblade title),
    else ``title`` before its subtitle, followed by a subtitle, a number or, for a name of two words or more besides
    articles, any word ("Little Singham" → "Little Singham: Mahabali", "Little Singham Bandarpur …"; "Dark" → never
    "Dark Tourist"). Empty when the gazetteer is missing."""
    try:
        gazetteer = load_gazetteer()
    except GazetteerError as exc:
        log.warning("%s", exc)
        return []
    if gazetteer is None:
        return []
    if franchise:
        name = plain_name(franchise)
        return [t.id for t in gazetteer.titles if plain_name(t.title) == name or plain_name(t.title).startswith(name + " ")]
    head = _SUBTITLE_RE.split(title, maxsplit=1)[0].strip()
    if not [w for w in plain_name(head).split() if w not in _ARTICLES]:
        head = title  # "The 100": the number is the name, no subtitle
    name = plain_name(head)
    spaced = len([w for w in name.split() if w not in _ARTICLES]) >= 2
    ids = []
    for t in gazetteer.titles:
        other = plain_name(t.title)
        if other == name or (other.startswith(name + " ") and (spaced or _SUBTITLE_RE.match(t.title, len(head)))):
            ids.append(t.id)
    return ids
