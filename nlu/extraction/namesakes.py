"""A person typed as the catalog's minor near-namesake of a prolific one is the prolific one (round 26d).

"irfan khan films" names an actor with two titles exactly, but a viewer typing it means the actor credited fourteen
times whose name is spelt nearly the same; a name typed with a slip as close to a well-known person as to a minor one
is the well-known person. The rule and its thresholds live in ``contract.namesakes`` (the actions offer the other
person as a button from the same rule: actions/namesakes.py).
"""

from __future__ import annotations

from contract.gazetteer import Gazetteer
from contract.namesakes import namesakes_of
from .spans import Found


def prolific_namesakes(text: str, found: list[Found], gazetteer: Gazetteer | None) -> list[Found]:
    """``found`` with each actor or director read on a typed full name replaced by the namesake the viewer means
    (``contract.namesakes.Namesakes.preferred``); the span and role stay."""
    if gazetteer is None or not any(f.entity in ("actor", "director") for f in found):
        return found
    namesakes = namesakes_of(gazetteer)
    out = []
    for f in found:
        if f.entity in ("actor", "director"):
            meant = namesakes.preferred(text[f.start:f.end], f.value, f.entity)
            if meant is not None:
                f = f.with_value(meant)
        out.append(f)
    return out
