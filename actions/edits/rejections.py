"""Rejections: a follow-up that turns down one title of the list shown, or the list as a whole (pure; no I/O).

"Not this one", "not the third", "skip the first one", a dislike of a listed title, "the second one looks boring,
others?": that title never comes back in this conversation and the answer shows fresh picks of the same search
(``find_rejection``, ``opinion_turn_down``). docs/contracts.md "Dialogue edit rules".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from actions.edits.turn_basics import REFERENCE_ENTITIES
from actions.entities import Entity
from actions.references import Reference, resolve
from actions.turn import Turn

_F = re.IGNORECASE

# "not this one", "that one's no good", "not that", "not interested in this one"
_REJECT_RE = re.compile(
    r"\bnot\s+(?:this|that)(?:\s+one)?\s*[.!?]*\s*$"
    r"|\bnot\s+(?:this|that|the)\s+one\b(?!\s+(?:with|from|about|where|that|which|who|in))"
    r"|\b(?:this|that|the)\s+one(?:'s|\s+is)\s+(?:no\s+good|not\s+(?:it|for\s+me|good|great|my\s+thing))\b"
    r"|\bnot\s+(?:interested\s+in|into|feeling|a\s+fan\s+of)\s+(?:this|that|it)\b", _F)
# A negation right before a reference: "skip the first one", "not interested in the third one".
_NEGATED_REFERENCE_RE = re.compile(
    r"\b(?:not|skip|drop|remove|ditch|lose|hate|no\s+to|rather\s+not|not\s+interested\s+in|not\s+into"
    r"|not\s+feeling|(?:do\s*n[o']?t|do\s+not)\s+want)\s+(?:\w+\s+){0,2}$", _F)


@dataclass(frozen=True)
class Rejection:
    """The viewer rejects ``ref`` (None: the list as a whole, "not these", no single title resolvable);
    ``spans``: the opinion words that turned it down ("looks boring", "silly"), which say nothing about the
    search (an entity read inside them, the mood of "silly", is no edit)."""

    ref: Optional[Reference] = None
    spans: tuple[tuple[int, int], ...] = ()


# A low opinion of a title: "boring", "looks dumb", "seems silly", "meh", "not for me", "looks bad". Said in the
# clause of a listed title's position it turns that title down ("the second one looks boring, others?"), never
# asks for more like it.
_OPINION_DOWN_RE = re.compile(
    r"\b(?:boring|bored|dull|dumb|silly|lame|stupid|meh+|naff|cringe\w*|rubbish|crap|crappy|trash|weak|awful"
    r"|terrible|horrible|bad|tedious|overrated|corny|cheesy|yawn|pass"
    r"|not\s+(?:for\s+(?:me|us|her|him|them)|my\s+(?:thing|cup\s+of\s+tea|style|taste)|(?:really\s+)?(?:great|good|it"
    r"|appealing|interesting|fun|my\s+vibe))|no\s+good|doesn'?t\s+(?:appeal|grab|interest|do\s+it)"
    r"|(?:looks?|seems?|sounds?)\s+(?:kinda\s+|kind\s+of\s+|a\s+bit\s+|pretty\s+|so\s+|too\s+|really\s+|very\s+)*"
    r"(?:off|meh|bad|weird|odd|slow|childish|depressing|grim|heavy))\b", _F)
# An opinion word that is itself negated or asked about is no turn-down: "not boring at all", "is the second one dull?"
_OPINION_NEGATED_RE = re.compile(r"(?:\bnot|n't|\bnever|\bhardly)\s+(?:\w+\s+)?$", _F)
_OPINION_QUESTION_RE = re.compile(r"\b(?:is|was|does|do|would|will|are|isn'?t)\s+$", _F)
_ASKS_FOR_OTHERS_RE = re.compile(r"\b(?:else|others?|more|instead|different|another)\b", _F)
# The clause of a reference: up to punctuation or a contrast word ("the 2nd is dull, but more like the 4th").
_CLAUSE_END_RE = re.compile(r"[,;.!?:()]|\b(?:but|though|however|whereas|while)\b", _F)


def opinion_turn_down(turn: Turn) -> Optional[Rejection]:
    """"The second one looks boring, others?", "number 4 seems silly, what else", "meh the last one, anything
    else": a low opinion in the clause of a listed title's position turns that title down — it is left out, the
    whole search stays and fresh picks follow (``planning._plan_rejection``), whatever the label said (a "more
    like" pivot to it would be the opposite). None without a list, a position or such an opinion.

    Raises ``references.UnresolvedReference`` for a position outside the list."""
    text = turn.text or ""
    if not turn.last_items or text.startswith("/"):
        return None
    for e in turn.entities:
        if e.name != "position" or e.start is None or e.end is None:
            continue
        at, to = e.start, e.end
        start, end = _clause_of(text, at, to)
        if _OPINION_QUESTION_RE.search(text[start:at]) and not _ASKS_FOR_OTHERS_RE.search(text):
            continue  # "is the second one boring?": a question about it ("does number 2 look dull? others?" is not)
        said = [(m.start(), m.end()) for m in _OPINION_DOWN_RE.finditer(text, start, end)
                if not (at <= m.start() < to) and not _OPINION_NEGATED_RE.search(text[start:m.start()])]
        if said:
            return Rejection(resolve([e], turn.last_items, None), tuple(said))
    return None


def _clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the last clause boundary before it to the next one after."""
    before = [m.end() for m in _CLAUSE_END_RE.finditer(text, 0, start)]
    after = _CLAUSE_END_RE.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def find_rejection(turn: Turn, intent: Optional[str]) -> Optional[Rejection]:
    """The title (or list) this message rejects while a list is shown, or None.

    Raises ``references.UnresolvedReference`` for a position outside the list ("not the ninth").
    """
    if not turn.last_items:
        return None
    refs = [e for e in turn.entities if e.name in REFERENCE_ENTITIES]
    excluded = [e for e in refs if e.excluded or _negated(turn.text, e)]
    if excluded:
        return Rejection(resolve(excluded, turn.last_items, None))
    text = turn.text or ""
    opinion = opinion_turn_down(turn)
    if opinion is not None:
        return opinion  # "the second one looks boring, others?"
    if intent == "feedback_dislike" or (not text.startswith("/") and _REJECT_RE.search(text)):
        return Rejection(resolve(refs, turn.last_items, turn.focused_id))
    return None


def _negated(text: Optional[str], entity: Entity) -> bool:
    if not text or entity.start is None or entity.name == "title":
        return False
    return bool(_NEGATED_REFERENCE_RE.search(text[:entity.start]))
