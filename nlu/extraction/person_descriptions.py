"""A nationality describing a person the message names is no origin wish: "that indonesian guy from <title>, <given
name> something", "a french director, <full name>", "the british actress <full name>".

The origin rules (geo.py) read "indonesian" as a country wherever it stands, so the person's titles were searched
among that country's only — a constraint the viewer never asked for (their titles may come from anywhere). A country
or language read right before a singular person noun ("guy", "actress", "director") is dropped when the message names
a person (a catalog one or one the catalog lacks). A plural ("movies with korean actors") asks for the origin, and so
does a nationality with no person named ("a british guy movie").
"""

from __future__ import annotations

import re

from .spans import Found

PEOPLE = frozenset({"actor", "director", "unknown_person"})
ORIGINS = frozenset({"country", "language"})
_PERSON_NOUN_AFTER_RE = re.compile(
    r"\s+(?:guy|dude|bloke|fella|man|woman|lady|girl|boy|chick|actor|actress|director|filmmaker|comedian|star)\b",
    re.IGNORECASE)


def drop_described_origins(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the origins that only describe a person the message names (module docstring)."""
    if not any(f.entity in PEOPLE and f.role != "exclude" for f in found):
        return found
    return [f for f in found if not (f.entity in ORIGINS and _PERSON_NOUN_AFTER_RE.match(text, f.end))]
