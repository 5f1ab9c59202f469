"""A catalog name said inside a description of one title: "the <franchise> <kind> with <a star or a thing in it>" (the
franchise's words open the description) and "that <country> <topic> <kind>, <title>" (the title closes it).

Read as a search, the franchise's words become query words beside the star ("<star>'s films about <franchise>"), or
the extractor reads one member of the franchise and the answer is a like-search on it; a title said after its own
description is read as a mood or a query word ("dark" a mood). Both are names (``actions/identification.py`` weighs them
against the rest of the description): the franchise's words give every title of the franchise the name's weight and the
star, the year or the plot word picks one; a title closing a description is the title only where the description bears
it out (``Sketch.name_needs_support``), so "that korean revenge one, dark" stays a description of a dark film.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.entities import Entity
from actions.references import catalog_gazetteer
from contract.availability import OPENER
from contract.gazetteer import plain_name
from contract.words import is_filler

_F = re.IGNORECASE
# The work nouns a description of one title is built on (identification._WORK's, said once here for both readers).
WORK = (r"(?:show|series|movie|film|flick|picture|pic|anime|cartoon|documentary|doc|docuseries|sitcom|miniseries"
        r"|one)")
# Articles a franchise's titles may open with before the franchise's words ("the lord of the rings …").
_ARTICLES = ("the", "a", "an")
# "the <franchise words> <kind> with / where / about …": the words between the determiner and the work noun.
_FRANCHISE_OPENING_RE = re.compile(
    rf"{OPENER}(?:the|that|this)\s+(?P<name>[\w'’:&.-]+(?:\s+[\w'’:&.-]+){{0,3}}?)\s+{WORK}\s+"
    r"(?:with|w/?|where|about|in\s+which|starring|featuring|set)\b", _F)
# "that <what it is> <kind> (<more of it>), <a title>": the name after the description's last comma or dash, with
# at most a hedge around it ("…, dark i think?").
_TITLE_CLOSING_RE = re.compile(
    rf"{OPENER}(?:that|this|the|there'?s\s+(?:this|that|an?)|remember\s+(?:that|the))\s+(?:[\w'-]+\s+){{0,5}}?{WORK}"
    r"(?:\s+[\w'-]+){0,8}?\s*(?:,|;|:|\s[-–]\s|\.{3}|…|[.?!]+(?=\s))\s*(?:(?:i\s+think|maybe|prob(?:ably)?|called|named)\s+)?"
    r"(?P<name>[\w'’:&-]+(?:\s+[\w'’:&-]+){0,4}?)\s*(?:,?\s*(?:i\s+think|maybe|right|or\s+something))?\s*[?!.]*\s*$",
    _F)
# Entities that make the words a kind of title ("the british show with …", "the scary movie where …"), not a name.
_KIND_ENTITIES = frozenset({"genre", "mood", "country", "language", "media_type", "actor", "director", "year",
                            "audience", "unknown_person"})
MIN_FRANCHISE_WORDS = 2     # a one-word franchise ("cooking", "space") is a topic unless the extractor read a title


def franchise_opening(text: str, entities: Sequence[Entity]) -> Optional[str]:
    """The franchise's words opening a description of one title ("the <franchise> picture with <a star>"), when some
    catalog title begins with them: two content words or more, or words the extractor read as (part of) a title, and
    nothing inside them read as a kind, an origin or a person. None otherwise."""
    m = _FRANCHISE_OPENING_RE.match(text)
    if m is None:
        return None
    name, start, end = m["name"], m.start("name"), m.end("name")
    if any(e.start is not None and start <= e.start < end and e.name in _KIND_ENTITIES for e in entities):
        return None
    titled = any(e.name == "title" and not e.excluded and e.start is not None and e.end is not None
                 and e.start <= start and end <= e.end + 1 for e in entities)
    content = [w for w in re.findall(r"[\w']+", name.casefold()) if not is_filler(w)]
    if not content or (len(content) < MIN_FRANCHISE_WORDS and not titled) or not _begins_titles(name):
        return None
    return name


def title_closing(text: str, entities: Sequence[Entity]) -> Optional[str]:
    """A catalog title named exactly after the description of it ("that german time travel one, <title>"), whatever
    the extractor read in its words (a title that is an everyday word is read as a mood); None otherwise."""
    m = _TITLE_CLOSING_RE.match(text)
    gazetteer = catalog_gazetteer()
    if m is None or gazetteer is None:
        return None
    name = m["name"]
    words = re.findall(r"[\w']+", name.casefold())
    if not words or all(is_filler(w) for w in words) or gazetteer.title_named_exactly(name) is None:
        return None
    if any(e.name == "title" and not e.excluded and e.start is not None and e.start < m.start("name") for e in entities):
        return None  # a title named inside the description is the one asked for
    return name


def _begins_titles(name: str) -> bool:
    """Some catalog title is the name or begins with it, an article left out or not."""
    gazetteer = catalog_gazetteer()
    said = plain_name(name)
    if gazetteer is None or not said:
        return False
    return any(gazetteer.titles_starting(prefix + said) for prefix in ("", *(f"{a} " for a in _ARTICLES)))
