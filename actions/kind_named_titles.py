"""A title asked for with its kind before its name: "is the movie jaws on here", "do you have the show dark?".

The extractor leaves a lowercase title that is also an everyday word unread inside a sentence ("jaws", "dark"), so the
availability question's words (``edits.missing_title_words``) are "the movie jaws", which names no title, and the
answer used to be "I don't see “the movie jaws”" followed by titles matching the words. With the kind said first and
the rest naming a catalog title exactly (no slip allowed: the words are everyday ones), the viewer named that title:
it becomes the turn's title entity and the question is answered with its card (``recommend.recommend_turn``).
"""

from __future__ import annotations

import re
from typing import Optional

from actions.edits.asked_titles import missing_title_words
from actions.entities import Entity
from actions.references import catalog_gazetteer
from actions.turn import Turn

_KIND_FIRST_RE = re.compile(r"^(?:the\s+)?(?:movie|film|show|series|tv\s+show|documentary|doc|anime|cartoon)\s+(?=\S)",
                            re.IGNORECASE)


def title_named_after_its_kind(turn: Turn) -> Optional[Entity]:
    """The title entity of "is the movie <title> on here" (over the title's words in the message), or None when the
    message is no such question, no kind opens the words or the rest names no catalog title exactly."""
    words = missing_title_words(turn)
    kind = _KIND_FIRST_RE.match(words) if words else None
    gazetteer = catalog_gazetteer() if kind else None
    if words is None or kind is None or gazetteer is None:
        return None
    name = words[kind.end():]
    title = gazetteer.title_named_exactly(name)
    start = (turn.text or "").find(name)
    return Entity("title", title, None, start, start + len(name)) if title and start >= 0 else None

