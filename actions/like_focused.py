""""Something like that" / "more like it" / "other ones like it" typed alone right after one title's card: a like-search
on that title (the focused one), whatever the label.

The words point at a title and name none: read as a request they are a vague one (a varied mix), and read as
"more like" with a list still remembered they ask "which one?". After a card (the title identified, asked about or
explained) the focused title is the one pointed at. "…, not that one" asks the same: the like-search never offers its
anchor. With a likeness word, what should differ may be said too ("something similar but shorter, a miniseries": the
like-search with one season), a genre as well ("any other fantasy shows like it"); a message naming a person or a title
is left to the usual reading.
"""

from __future__ import annotations

import re
from actions.turn import Turn
from contract.availability import OPENER

_HEDGES = r"(?:(?:ok(?:ay)?|so|then|well|hm+|cool|nice|great|alright|right|yeah|yes|sure)\W+)*"
_ASKS = r"(?:(?:give\s+me|show\s+me|find\s+me|got|any|i\s+want|i'd\s+like)\s+)?(?:some\s+)?"
# "something else like it", "more stuff like that"
_WHAT = (r"(?:(?:more\s+)?(?:something|anything|stuff|more|other\s+ones|others|more\s+ones|ones|titles|shows|movies|films"
         r"|series|things)(?:\s+else)?\s+)?")
_POINTER = r"(?:that|it|this|those)(?:\s+one)?"
_TAIL = r"(?:\W+(?:then|please|pls|plz|too|instead|maybe|thanks|thx))*"
_NOT_IT = rf"(?:\W+(?:but\s+)?not\s+{_POINTER}(?:\s+(?:itself|again))?)?"
MAX_CHARS = 120  # a pointer and a few hedges; a longer message says more than "like that"
# The labels such a message may get; a like ("like that!") or a "seen" stays feedback.
_INTENTS = frozenset({"request_recommendation", "refine", "more_like", "something_else", "nlu_fallback", "out_of_scope",
                      "ask_details"})
LIKE_THAT_RE = re.compile(
    rf"{OPENER}{_HEDGES}{_ASKS}{_WHAT}(?:(?:a\s+bit|kinda|sorta|a\s+little)\s+)?(?:like|similar\s+to)\s+{_POINTER}"
    rf"{_TAIL}{_NOT_IT}{_TAIL}\W*$"
    rf"|{OPENER}{_HEDGES}{_ASKS}(?:similar\s+(?:ones|stuff|titles|shows|movies|films)|more\s+of\s+(?:that|the\s+same))"
    rf"{_TAIL}\W*$", re.IGNORECASE)


# "Something else", "anything else?", "what else you got", "other suggestions?" typed alone: after a title the viewer
# asked about by name ("do you have <title>?", "is <title> on here") they ask for titles in its vein, there being no list
# to go on with. "Something completely different" / "else entirely" asks away from it: no likeness.
ELSE_RE = re.compile(
    rf"{OPENER}{_HEDGES}(?:(?:give\s+me|show\s+me|find\s+me|got|have\s+you\s+got|do\s+you\s+have|any|i\s+want|i'd\s+like)\s+)?"
    r"(?:(?:something|anything|what|any|some)\s+else|others|any\s+others|other\s+(?:ones|options|suggestions|picks|recs"
    r"|recommendations|titles|stuff)|(?:any|some)\s+(?:other\s+)?(?:options|suggestions|recs|recommendations|alternatives))"
    r"(?:\s+(?:you\s+(?:got|have|recommend|suggest)|(?:do\s+)?you\s+have|have\s+you\s+got|to\s+watch|then|maybe))*"
    rf"{_TAIL}\W*$", re.IGNORECASE)


# "something similar but shorter, a miniseries", "like that but a film" after a card: a likeness word with the changes.
_LIKENESS_RE = re.compile(r"\b(?:similar|(?:a\s+bit\s+|kinda\s+|sorta\s+)?like\s+(?:it|that|this)(?:\s+one)?)\b"
                          r"(?!\s+(?:to|as)\b)", re.IGNORECASE)
# A likeness turned down ("nothing like those", "not like that at all", "nothing similar please", "don't want anything
# like them"): the viewer wants something else, never titles like the ones pointed at. The negation reaches the likeness
# word through a few words of request phrasing only, within its clause ("not sure, something like those" and "no horror
# but more like those" still ask for titles like them).
_NEGATION = r"(?:no|not|nothing|none|never|nor|don'?t|didn'?t|doesn'?t|won'?t|wouldn'?t|isn'?t|aren'?t)"
_BETWEEN = (r"(?:want|wanna|need|fancy|feel|feeling|looking|for|in|the|mood|anything|something|stuff|ones|more|else|"
            r"really|quite|at|all|even|remotely|too|very|so|much|a|bit|any|of|that|kind|sort|kinda|sorta)")
LIKENESS_TURNED_DOWN_RE = re.compile(rf"\b{_NEGATION}(?:\s+{_BETWEEN}){{0,4}}\s+(?:like|similar)\b", re.IGNORECASE)


def turns_down_a_likeness(text: str) -> bool:
    """Whether the message turns a likeness down ("nothing like those", "nothing similar please"): never a like-search
    on the titles it points at."""
    return LIKENESS_TURNED_DOWN_RE.search(text or "") is not None


# What such a message may change about the anchor: its format, length, years, who is watching, mood, origin, and the
# genre its picks should have ("any other fantasy shows like it": like it, fantasy ones; round 34). A person or a title
# is more to say: the usual reading.
_CHANGES = frozenset({"duration", "seasons", "media_type", "year", "audience", "rating", "mood", "contrast",
                      "language", "country", "genre"})


def likes_the_focused_title(turn: Turn) -> bool:
    """The message asks for titles like the one just shown on its own card (module docstring), alone or with what
    should differ ("something similar but shorter, a miniseries": a like-search on it with one season)."""
    text = turn.text or ""
    if not turn.focused_id or text.startswith("/") or len(text) > MAX_CHARS or turns_down_a_likeness(text):
        return False
    if not turn.entities:
        return turn.intent in _INTENTS and (
            LIKE_THAT_RE.match(text) is not None or (ELSE_RE.match(text) is not None and _card_asked_by_name(turn)))
    # With what should differ said, the words decide whatever the label ("thanks! anything else korean and dark like
    # that" may be labelled a cancellation; round 33): only feedback keeps its own reading.
    return (not (turn.intent or "").startswith("feedback")
            and all(e.name in _CHANGES and not e.excluded for e in turn.entities)
            and _LIKENESS_RE.search(text) is not None)



def _card_asked_by_name(turn: Turn) -> bool:
    """The title in focus is not one of the list shown: its card answered the viewer's own question about it ("do you
    have <title>"), so "something else" has no list to go on with and means titles in its vein. A card opened from the
    list ("tell me about the second one") leaves "something else" to the search."""
    return not any(str(item.get("id")) == turn.focused_id for item in turn.last_items)
