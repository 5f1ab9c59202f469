"""The search's person turned down or let go (pure; no I/O).

"Not by him", "someone else", "a different director", "drop adam": the person is turned down and the rest of the
search stays (``turns_down_person``); "more comedians like her" asks for others like them (``likes_the_person``);
"a comedy from anybody", "any director is fine" drops the person without turning them down (``any_person_will_do``).
"""

from __future__ import annotations

import re

from actions.edits.turn_basics import PERSON_ENTITIES
from actions.person_parts import dropped_person_spans
from actions.turn import Turn

_F = re.IGNORECASE

# Nouns for a person of the kind the search holds ("another comedian", "other directors like her").
_PERSON_NOUNS = (r"(?:(?:stand-?up|female|male|funny|good)\s+)?(?:director|actor|actress|filmmaker|person|cast|lead|star"
                 r"|comedian|comic|performer|host|presenter|narrator|guy|gal|girl|woman|man|lady|one\s+of\s+those)(?:e?s)?")
# Other people like the one searched: "more comedians like her", "actors like him", "someone similar to her": the
# person goes, the rest of the search stays, ranked like the person's titles (``likes_the_person``).
_LIKE_THE_PERSON = (r"\b(?:(?:more|other|some|any|similar|different|new)\s+)?(?:" + _PERSON_NOUNS + r"|someone|somebody|people"
                    # "who else is like him?", "anyone else like her": asked as a question about others
                    r"|who\s+else(?:\s+is|\s+are|'s|’s)?|(?:anyone|anybody|someone|somebody)\s+else)\s+"
                    r"(?:(?:just|a\s+bit|kind\s+of|kinda)\s+)?(?:like|similar\s+to|in\s+the\s+(?:same\s+)?vein\s+(?:as|of)"
                    r"|along\s+the\s+lines\s+of)\s+(?:him|her|them)\b")
_LIKE_THE_PERSON_RE = re.compile(_LIKE_THE_PERSON, _F)
# Any person will do: "a comedy from anybody", "by anyone at all", "any director is fine", "whoever made it": the
# search's person is dropped, not turned down (their titles may come back: ``any_person_will_do``). Never "for
# anyone" (an audience) nor "anyone else" (a turn-down, below).
_ANYONE_WILL_DO = (r"\b(?:from|by|with|starring|featuring|(?:directed|made)\s+by)\s+(?:just\s+)?(?:any(?:body|one|\s+one)|whoever)"
                   r"(?:\s+at\s+all)?\b(?!\s+else)"
                   r"|\bany\s+(?:director|actor|actress|filmmaker|cast|star)s?(?:\s+(?:at\s+all|will\s+do|is\s+fine|is\s+ok(?:ay)?"
                   r"|works))?\s*(?=[.,;!?]|$)"
                   r"|\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:really\s+)?(?:matter|care)\s+who\b")
_ANYONE_WILL_DO_RE = re.compile(_ANYONE_WILL_DO, _F)
# "not by him", "someone else", "a different director", "without her", "more comedians like her": the search's person
# is turned down.
_NOT_THE_PERSON_RE = re.compile(
    r"\b(?:not|never|without|no(?:thing)?|minus|except)\s+(?:(?:one|ones|anything|something|stuff|any)\s+)?"
    r"(?:(?:by|with|from|starring|featuring|directed\s+by|made\s+by)\s+)?(?:him|her|them|that\s+(?:guy|girl|woman|man"
    r"|director|actor|actress|filmmaker|person))\b"
    r"|\b(?:someone|somebody|anyone|anybody)\s+(?:else|new|other\s+than\s+(?:him|her|them))\b"
    rf"|\b(?:a\s+)?(?:different|another|other|new)\s+{_PERSON_NOUNS}\b|\bn't\s+(?:by|with|from|starring)\s+(?:him|her|them)\b"
    rf"|{_LIKE_THE_PERSON}|{_ANYONE_WILL_DO}", _F)


def likes_the_person(turn: Turn) -> bool:
    """"More comedians like her", "other directors like him": a turn-down of the search's person that asks for others
    like them (the list shown, the person's titles, is the "like" anchor: ``planning._plan_without_person``)."""
    return not (turn.text or "").startswith("/") and bool(_LIKE_THE_PERSON_RE.search(turn.text or ""))


def any_person_will_do(turn: Turn) -> bool:
    """"A comedy from anybody", "any director is fine": the search's person is dropped but not turned down (nothing
    else in the message turns them down), so their titles are not left out."""
    text = turn.text or ""
    return bool(_ANYONE_WILL_DO_RE.search(text)) and not _NOT_THE_PERSON_RE.search(_ANYONE_WILL_DO_RE.sub(" ", text)) \
        and not dropped_person_spans(turn)


def turned_down_person_spans(turn: Turn) -> list[tuple[int, int]]:
    """The words that turn the search's person down ("a different comedian"): an entity the extractor read in them
    (the stand-up genre in "comedian") describes the person, it never changes the search."""
    return [(m.start(), m.end()) for m in _NOT_THE_PERSON_RE.finditer(turn.text or "")] + dropped_person_spans(turn)


def turns_down_person(turn: Turn) -> bool:
    """"Something like these but not by him", "someone else": the search holds a person and the message
    turns that person down (the rest of the search stays; ``planning._plan_without_person``)."""
    state = turn.constraints
    if not (state.actors or state.directors or state.any_people) or (turn.text or "").startswith("/"):
        return False
    if any(e.name in PERSON_ENTITIES and not e.excluded for e in turn.entities):
        return False  # a person named: a swap, not a refusal
    return bool(_NOT_THE_PERSON_RE.search(turn.text or "")) or bool(dropped_person_spans(turn))  # "drop adam"
