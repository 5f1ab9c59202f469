"""The near-namesake of a person searched for, one tap away (round 26d).

The NLU reads a name typed as a minor person's, spelt nearly like a far more credited one, as the prolific person
(nlu/extraction/namesakes.py); a name typed exactly as a person's that a near-namesake does not outweigh stays theirs.
Either way the other person is offered as a button beside the picks ("Or <name>?"), so a viewer who meant them is one
tap away. The rule is ``contract.namesakes`` (one home for both runtimes).
"""

from __future__ import annotations

from actions import buttons
from actions.references import catalog_gazetteer
from actions.turn import Turn
from contract.namesakes import ROLES, namesakes_of
from contract.payloads import QuickReply

_INTENT = "request_recommendation"


def namesake_buttons(turn: Turn) -> tuple[QuickReply, ...]:
    """One "Or <name>?" button for each person named in this message that has a near-namesake worth offering, the
    tap searching that person in the same role."""
    gazetteer = catalog_gazetteer()
    text = turn.text or ""
    if gazetteer is None or not text or text.startswith("/"):
        return ()
    namesakes = namesakes_of(gazetteer)
    named = {e.value for e in turn.entities}
    out: list[QuickReply] = []
    for e in turn.entities:
        if e.name not in ROLES or e.excluded or e.start is None or e.end is None:
            continue
        other = namesakes.offered(text[e.start:e.end], e.value, e.name)
        if other is not None and other not in named:
            out.append(buttons.button(f"Or {other}?", _INTENT, {e.name: other}))
    return tuple(dict.fromkeys(out))
