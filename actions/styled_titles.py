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

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from actions.entities import SIMILAR, Entity
from actions.references import catalog_gazetteer
from contract.gazetteer import Gazetteer, plain_name
from contract.words import is_filler


_F = re.IGNORECASE
# A style word right after the name: "shutter island style", "goodfellas-style", "beyblade-esque", "x-inspired" (group
# ``style``: a franchise may be read before it); "-like" / "-ish" compounds name a title only (group ``likeness``).
# The lookbehind keeps a run of spaces from being tried at every split (linear on any input).
_STYLE_AFTER_RE = re.compile(
    r"(?<=\S)(?:\s*-\s*|\s+)(?P<style>style[ds]?|esque|inspired)\b|(?<=\w)-(?P<likeness>like|ish)\b", _F)
# A style phrase right before the name: "in the style of", "in the vein of", "à la", "styled after" (group ``style``).
_STYLE_BEFORE_RE = re.compile(
    r"\b(?:(?P<style>in\s+the\s+(?:style|vein|spirit|mou?ld|tradition)\s+of|in\s+the\s+same\s+vein\s+as|(?:à|a)\s+la"
    r"|styled\s+(?:after|on)|inspired\s+by|along\s+the\s+lines\s+of)"
    # "something like <title>", "shows similar to <title>": only where the extractor read no title, and a title
    # named whole, never a franchise ("anything like christmas" is a topic, not the Christmas titles)
    r"|(?P<likeness>(?:something|anything|stuff|shows?|movies?|films?|series|cartoons?|more|ones)\s+(?:a\s+bit\s+)?like"
    r"|similar\s+to))\s+", _F)
# Style cues of each kind read per message: a long message of cues costs no more than a few.
MAX_CUES = 4
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
    gazetteer = catalog_gazetteer()
    if gazetteer is None:
        return None
    taken = [(e.start, e.end) for e in entities if e.start is not None and e.end is not None]
    for start, end, title, franchise in _anchors_in_words(gazetteer, text):
        if not any(a < end and start < b for a, b in taken):
            return StyledTitle(Entity("title", title, SIMILAR, start, end), franchise)
    return None


@lru_cache(maxsize=256)
def _anchors_in_words(gazetteer: Gazetteer, text: str) -> tuple[tuple[int, int, str, Optional[str]], ...]:
    """Every candidate span of ``text`` that names a title or franchise, in the order tried, with what it names:
    cached per message, since every action and the like-search read the same words several times a turn."""
    found = []
    for start, end, franchise_ok in _candidate_spans(text):
        named = _named(gazetteer, text[start:end], franchise_ok)
        if named is not None:
            found.append((start, end) + named)
    return tuple(found)


def franchise_said(text: Optional[str], anchor: str) -> Optional[str]:
    """The franchise the style words of ``text`` name when they name no title alone and ``anchor`` was picked for
    it ("kung fu panda style" → "kung fu panda"), or None: read on the words alone, whatever entities the turn carries
    by now."""
    styled = styled_title(text, ())
    return styled.franchise if styled is not None and styled.entity.value == anchor else None


def _ends_with_style_phrase(before: str) -> bool:
    return any(m.end() == len(before) for m in _STYLE_BEFORE_RE.finditer(before))


def _candidate_spans(text: str) -> list[tuple[int, int, bool]]:
    """Word spans that may name the title, longest first at each style cue, each with whether it may name a
    franchise: the words before a style word (within the clause) and the words after a style phrase (up to the
    clause's end). A franchise only after explicit style words; a one-word "-like" / "-ish" compound ("life-like",
    "war-like") is an English adjective, never a title."""
    spans: list[tuple[int, int, bool]] = []
    for m in list(_STYLE_AFTER_RE.finditer(text))[:MAX_CUES]:
        clause_start = max(text.rfind(c, 0, m.start()) for c in ",.;:!?()") + 1
        words = list(re.finditer(r"[^\s]+", text[clause_start:m.start()]))[-MAX_NAME_WORDS:]
        style = m.group("style") is not None
        spans += [(clause_start + w.start(), m.start(), style) for w in words
                  if style or _content_words(text[clause_start + w.start():m.start()]) >= 2]
    for m in list(_STYLE_BEFORE_RE.finditer(text))[:MAX_CUES]:
        stop = _CLAUSE_END_RE.search(text, m.end())
        rest = text[m.end():stop.start() if stop else len(text)]
        words = list(re.finditer(r"[^\s]+", rest))[:MAX_NAME_WORDS]
        spans += [(m.end(), m.end() + w.end(), m.group("style") is not None) for w in reversed(words)]
    return spans


def _content_words(said: str) -> int:
    return len([w for w in re.findall(r"[\w']+", said.lower()) if w not in _ARTICLES])


def _named(gazetteer: Gazetteer, said: str, franchise_ok: bool) -> Optional[tuple[str, Optional[str]]]:
    """The title ``said`` names exactly (no franchise; no slip, which would read everyday words as a title: "a war"
    is no "Anwar"), else, when ``franchise_ok``, the anchor of the franchise it begins (the shortest name, the
    catalog's first on a tie) with the franchise's name, else None. Filler words alone name none."""
    words = re.findall(r"[\w']+", said)
    if all(is_filler(w) for w in words):
        return None
    title = gazetteer.title_named_exactly(said)
    if title:
        return title, None
    plain = plain_name(said)
    if not franchise_ok or len(plain.replace(" ", "")) < 4:
        return None
    members = [t.title for name, t in gazetteer.titles_starting(plain) if name != plain]
    if not members:
        return None
    return min(members, key=len), said.strip()


def same_franchise(title: str, franchise: Optional[str] = None) -> list[str]:
    """Catalog ids of the titles of the anchor ``title``'s franchise (itself included): names starting with the
    franchise's name — ``franchise`` as the viewer said it (any continuation: "beyblade" → every Beyblade title),
    else ``title`` before its subtitle, followed by a subtitle, a number or, for a name of two words or more besides
    articles, any word ("Little Singham" → "Little Singham: Mahabali", "Little Singham Bandarpur …"; "Dark" → never
    "Dark Tourist"). Empty when the gazetteer is missing."""
    gazetteer = catalog_gazetteer()
    if gazetteer is None:
        return []
    if franchise:
        return [t.id for _, t in gazetteer.titles_starting(plain_name(franchise))]
    head = _SUBTITLE_RE.split(title, maxsplit=1)[0].strip()
    if not [w for w in plain_name(head).split() if w not in _ARTICLES]:
        head = title  # "The 100": the number is the name, no subtitle
    name = plain_name(head)
    spaced = len([w for w in name.split() if w not in _ARTICLES]) >= 2
    return [t.id for other, t in gazetteer.titles_starting(name)
            if other == name or spaced or _SUBTITLE_RE.match(t.title, len(head))]
