"""Round 26c: a listed title confirmed by name, then more of the same search asked for: "<title> is one of them,
right? any others", "<title> was in there yeah? more pls", "so <title> is one? what else".

After a list (a director's films, a genre's picks) the viewer checks that a title they know belongs to it and asks for
the rest. Read as a search, the title's name turns into a like-search or nothing at all; read here, the answer confirms
that the title is in the list and shows further picks of the same search (``something_else``).

The words before the confirmation must name a title of the list shown (its plain name, a leading article said or left
out); the confirmation is "is / was one (of them)", "is in there / on the list / among them / included", closed by a
tag question ("right", "yeah", "correct", "isn't it") or a question mark; a request for more must follow ("others",
"more", "what else", "the rest"). Anything else (a title the list lacks, no request for more) is left to the other
readers.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional

from actions.turn import Turn
from contract.gazetteer import plain_name

_F = re.IGNORECASE
_CONFIRMED_RE = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|and|oh|wait|hm+)\W+)*(?P<name>[\w'’:&.!-]+?(?:\s+[\w'’:&.!-]+?){0,7}?)(?:\s+(?:is|was)|'s|’s)\s+"
    r"(?:(?:definitely|def|probably|also|surely)\s+)?"
    r"(?:one(?:\s+of\s+(?:them|those|these|his|hers|theirs|the\s+\w+))?|in\s+(?:there|it|the\s+list)|on\s+(?:the|that|this)\s+list"
    r"|among\s+(?:them|those)|included|part\s+of\s+(?:it|them|that))"
    r"\s*(?:[,.]?\s*(?:right|yeah|yes|yea|correct|no|isn'?t\s+it|wasn'?t\s+it|innit))?\s*\?*", _F)
_MORE_RE = re.compile(r"^\W*(?:(?:and|so|ok|any|got|what\s+about|show\s+me|gimme)\s+)*(?:others?|more|the\s+rest|what\s+else"
                      r"|anything\s+else|any\s+more|other\s+ones?|what\s+other\s+ones?)\b", _F)


def confirmed_listed_title(turn: Turn) -> Optional[Mapping[str, Any]]:
    """The listed item the message confirms by name while asking for more of the same search (module docstring), or
    None."""
    text = turn.text or ""
    if not turn.last_items or not text or text.startswith("/") or len(text) > 120:
        return None
    m = _CONFIRMED_RE.match(text)
    if m is None or _MORE_RE.match(text[m.end():]) is None:
        return None
    said = plain_name(m["name"])
    if not said:
        return None
    for item in turn.last_items:
        name = plain_name(str(item.get("title") or ""))
        if name and (name == said or _without_article(name) == _without_article(said)):
            return item
    return None


def _without_article(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name)
