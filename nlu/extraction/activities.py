"""Action words said beside a person: "<star> punching people", "<star> doing car chases" ask for their action titles
(round 26d).

A fight, a shoot-out, a chase or an explosion said right beside a person the message names is the action & adventure
genre: the viewer describes the kind of title they want the person in, never words a title's description should hold
("kicking" as a query word finds a title about football). Alone such words stay what the vocabulary reads ("a doc
about a school shooting" is no action; "something to kick back with" no fight). A negator just before the word ("no
shooting") leaves it to the negation rules.
"""

from __future__ import annotations

import re

from .spans import EXCLUDE, Found

PERSON_ENTITIES = frozenset({"actor", "director", "unknown_person"})
# The activity and who or what it is done to ("punching people", "beating bad guys up", "blowing stuff up").
_TARGET = r"(?:\s+(?:(?:the|some|all\s+the)\s+)?(?:people|guys|bad\s+guys|baddies|villains|stuff|things|everyone|everybody|folks|dudes))?"
ACTIVITY_RE = re.compile(
    r"\b(?:(?:punch(?:ing|es)?|kick(?:ing|s)?(?!\s+back)|fight(?:ing|s)?|brawl(?:ing|s)?|shoot(?:ing|s)?"
    r"|beat(?:ing)?|smash(?:ing)?|slap(?:ping)?|blow(?:ing)?)" + _TARGET + r"(?:\s+up)?"
    r"|gun\s?fights?|fist\s?fights?|shoot[\s-]?outs?|car\s+chases?|chase\s+scenes?|explosions?|stunts?"
    r"|kicking\s+(?:ass|butt))\b", re.IGNORECASE)
_NEGATED_BEFORE_RE = re.compile(r"\b(?:no|not|without|nothing|less|zero|minus|never|hate|hates)\s+(?:\w+\s+){0,2}$",
                                re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?;\n]")
MAX_GAP = 40  # characters between the person and the activity


def activities_beside_people(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the action genre read on an activity word said right beside a person the message asks for
    (module docstring), unless an action genre or another reading is there already."""
    people = [f for f in found if f.entity in PERSON_ENTITIES and f.role != EXCLUDE]
    if not people or any(f.entity == "genre" and f.value == "action" and f.role != EXCLUDE for f in found):
        return found
    added: list[Found] = []
    for m in ACTIVITY_RE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if _NEGATED_BEFORE_RE.search(text, 0, m.start()):
            continue
        if any(_beside(text, p, m.start(), m.end()) for p in people):
            added.append(Found("genre", m.start(), m.end(), "action"))
            break
    return sorted([*found, *added], key=lambda f: (f.start, f.end)) if added else found


def _beside(text: str, person: Found, start: int, end: int) -> bool:
    """The activity and the person are in one sentence, at most ``MAX_GAP`` characters apart."""
    if person.end <= start:
        gap = text[person.end:start]
    elif end <= person.start:
        gap = text[end:person.start]
    else:
        return False
    return len(gap) <= MAX_GAP and not _SENTENCE_END_RE.search(gap)
