"""Round 26b: a likeness cue right before a position of the list just shown ("like #2", "like the 2nd one", "similar to
no. 4", "sth like 3rd pls") asks for titles like that listed title, whatever the label the intent model gives it: never
that title's card, never "didn't quite get that".

Only a message that is the cue, the position and filler counts: "i'd like the second one" chooses a title (a wish, no
likeness: a person before "like"), "is the 2nd one like the first?" asks about a title, and "like the 2nd one but
shorter" is left to the rules that read the change (listed_pivots, like_focused).
"""

from __future__ import annotations

import re

from actions.entities import Entity
from actions.turn import Turn

_F = re.IGNORECASE
# What may stand before the cue: filler and words asking for titles ("more", "something", "any", "ones", "show me").
_OPENING_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|hmm+|um+|maybe|yeah|yes|oh|ooh|pls|plz|please|just|then|more|some|something|somethin|sth"
    r"|smth|anything|any|ones?|films?|movies?|shows?|series|titles?|picks?|others?|things?|got|have"
    r"|show|give|me|find|gimme|stuff|kinda|sorta|a\s+bit|lil|little|bit|really|mostly|want|need)\W+)*"
    r"(?P<cue>like|similar\s+to|similar|along\s+the\s+lines\s+of|in\s+the\s+vein\s+of)\s+$", _F)
# What may follow the position: filler only.
_CLOSING_RE = re.compile(r"^\W*(?:(?:one|1|pls|plz|please|then|thx|thanks|ty|ones|maybe|instead|again|more)\W*)*$", _F)


def likeness_of_a_listed_position(turn: Turn) -> Entity | None:
    """The position of the list a message asks titles like ("like #2", "like the 2nd one"), or None (module
    docstring)."""
    text = turn.text or ""
    if text.startswith("/") or not turn.last_items or turn.intent == "more_like":
        return None
    positions = [e for e in turn.entities if e.name == "position" and not e.excluded
                 and e.start is not None and e.end is not None]
    if len(positions) != 1 or any(e.name in ("title", "item_id") for e in turn.entities):
        return None
    position = positions[0]
    if _OPENING_RE.match(text[:position.start]) is None or _CLOSING_RE.match(text[position.end:]) is None:
        return None
    return position
