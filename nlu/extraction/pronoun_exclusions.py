"""A person turned down by a pronoun later in the same message: "bf loves nic cage, i can't stand him. an action
movie WITHOUT him" excludes Nicolas Cage.

The negation rules (negation.py) exclude what a cue's scope covers; a pronoun is no entity, so "without him" left the
person named earlier as a wish — the opposite of what the viewer asked. Here a cue that turns a pronoun down
("without him", "w/o her", "minus him", "except her", "nothing with him", "not with her", "but not him") excludes
the nearest person named before it in the message. A gerund after the pronoun makes the phrase a situation, not the
person: "with keanu but without him shooting everyone" keeps Keanu.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .spans import EXCLUDE, Found

PERSON_ENTITIES = frozenset({"actor", "director"})
_PRONOUN_TURNED_DOWN_RE = re.compile(
    r"\b(?:without|w/o|minus|except(?:\s+for)?|(?:nothing|none|not|nothin)\s+(?:with|starring|featuring)|but\s+not)"
    r"\s+(?:him|her)\b(?!\s+[a-z]+ing\b)", re.IGNORECASE)


def exclude_pronoun_people(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the person each pronoun cue points back to (the nearest one named before it) excluded."""
    out = list(found)
    for cue in _PRONOUN_TURNED_DOWN_RE.finditer(text):
        before = [(n, f) for n, f in enumerate(out) if f.entity in PERSON_ENTITIES and f.end <= cue.start()]
        if not before:
            continue
        n, person = max(before, key=lambda nf: nf[1].end)
        if person.role != EXCLUDE:
            out[n] = replace(person, role=EXCLUDE)
    return out
