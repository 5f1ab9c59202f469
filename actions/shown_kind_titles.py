"""A title just shown whose name is a kind's words: "not the stand up" while "The Stand-Up" is on the list.

After a turning-down cue the extractor reads a genre's or a format's words as the kind ruled out, even where a
catalog title has those words and an article ("not the stand up, something with a plot" rules stand-up out, never the
film "The Stand-Up": nlu/extraction/names ``_names_a_kind``). The one case the extractor cannot see is the title being
on the list just shown: then the viewer points at it by name, as "not the irishman" does. The genre read on its words
becomes that title, turned down (round 29B); everything else the message says stays as read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from actions.entities import EXCLUDE, Entity
from actions.turn import Turn
from contract.gazetteer import plain_name

# The article a title's name may open with, said before the kind's words ("the stand up").
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def shown_titles_named_as_kinds(turn: Turn) -> Turn:
    """``turn`` with each excluded genre said as the whole name of a title of the list just shown (its article
    included) read as that title turned down; the turn as it was when there is none."""
    if not turn.last_items or not turn.text or turn.text.startswith("/"):
        return turn
    entities = [_as_shown_title(turn, e) or e for e in turn.entities]
    return turn if entities == turn.entities else replace(turn, entities=entities)


def _as_shown_title(turn: Turn, entity: Entity) -> Optional[Entity]:
    """The title entity for a genre ruled out on a shown title's words, or None."""
    if entity.name != "genre" or not entity.excluded or entity.start is None or entity.end is None:
        return None
    text = turn.text or ""
    article = _ARTICLE_BEFORE_RE.search(text, 0, entity.start)
    start = article.start() if article else entity.start
    said = plain_name(text[start:entity.end])
    for item in turn.last_items:
        title = str(item.get("title") or "")
        if title and plain_name(title) == said:
            return Entity("title", title, EXCLUDE, start, entity.end)
    return None
