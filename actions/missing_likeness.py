""""Something like it" right after the viewer named a title the catalog lacks ("put on <a show it lacks> for my
four year old" → "ok, something like it then"; "got <a show it lacks>? my kid loves it" → "what's similar?"): "it" is
that title, never one of the list shown for it nor a question about which title (round 24c). Nothing is known of the
missing title beyond what the message around it said, so the picks are the children's shelf within the child's cap
(the audience said there or kept by the search), said with the title's absence. Without a child's audience nothing
closer can be told and the caller asks which title, as before."""

from __future__ import annotations

import re
from typing import Optional

from actions.constraints import CHILDREN_AUDIENCES
from actions.turn import Said, Turn
from contract.constraints import Constraints

_F = re.IGNORECASE
# The words a message names a title with: "play <words>", "put on <words>", "is <words> on here", "do you have <words>",
# "got <words>?", "can we watch <words>" — up to the place, a "for", a comma or the sentence's end.
_NAMED_RE = re.compile(
    r"^\W*(?:(?:hey|hi|hello|ok(?:ay)?|so|um+|please|pls|can\s+you|could\s+you|can\s+we|could\s+we|let'?s|i\s+want\s+to"
    r"|we\s+want\s+to)\W+)*"
    r"(?:play|put\s+on|watch|is|are|do\s+you\s+(?:guys\s+)?have|have\s+you\s+got|you\s+got|got|is\s+there)\s+"
    r"(?P<words>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,4}?)"
    r"(?=\s+(?:on\s+here|on\s+netflix|here|available|for|please|pls)\b|\s*[?!.,;]|\s*$)", _F)
_NOT_A_NAME = frozenset("""it that this them those these there here something anything some any one more other stuff
a an the me us you my our his her their what which cartoons cartoon shows show movies movie films film""".split())


def missing_title_said(said: Said) -> Optional[str]:
    """The words an earlier message named a title with when the extractor read no catalog title there (and nothing
    else in those words), or None."""
    text = said.text or ""
    if not text or text.startswith("/") or any(e.name in ("title", "item_id") for e in said.entities):
        return None
    m = _NAMED_RE.match(text)
    if m is None:
        return None
    words = m["words"].strip()
    tokens = words.casefold().split()
    if not tokens or tokens[0] in _NOT_A_NAME or tokens[-1] in _NOT_A_NAME:
        return None
    if any(e.start is not None and e.end is not None and e.start < m.end("words") and e.end > m.start("words")
           for e in said.entities):
        return None  # "play something funny", "is anime on here": a kind, no title's name
    return words


def children_like_the_missing(turn: Turn) -> Optional[tuple[Constraints, str]]:
    """"Something like it" (no title named, none in focus) right after a message naming a title the catalog lacks,
    with a child's audience said there or kept: the children's shelf within that cap, and the missing title's words
    (for the sentence said before the picks). None otherwise."""
    if turn.focused_id or not turn.earlier:
        return None
    if any(e.name in ("title", "item_id", "position") for e in turn.entities):
        return None
    words = missing_title_words_before(turn)
    if words is None:
        return None
    said = [e.value for e in turn.earlier[0].entities if e.name == "audience" and e.role is None]
    audience = turn.constraints.audience or (said[0] if said else None)
    if audience not in CHILDREN_AUDIENCES:
        return None
    state = turn.constraints
    kept = Constraints(audience=audience, ratings=list(state.ratings), media_type=list(state.media_type),
                       languages=list(state.languages), exclude_genres=list(state.exclude_genres),
                       genres=["kids"])
    return kept, words


def missing_title_words_before(turn: Turn) -> Optional[str]:
    """The title the viewer's previous message named and the catalog lacks (``missing_title_said``)."""
    return missing_title_said(turn.earlier[0]) if turn.earlier else None

