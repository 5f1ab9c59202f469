"""Clauses about the viewers, not the titles (pure; no I/O).

"We're wiped out", "the kids are cranky", "my cat died today", "we have work tomorrow": they say why, never what the
titles are about, so their words never become the free-text topic (``viewer_state_spans``).
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.constraints import CONSTRAINT_ENTITIES
from actions.edits.topics import _TOPIC_CUE_RE
from actions.entities import Entity
from contract.words import CHILD_KIN_PATTERN, PARTNER_PATTERN

_F = re.IGNORECASE

# A clause saying how the viewers are ("we're wiped out", "everyone's sleepy", "the kids are cranky", "she got
# bored"): a subject, a linking verb and a short predicate, up to the clause's end. It says why, never what about.
_STATE_SUBJECT = (r"(?:we|i|he|she|they|you|everyone|everybody|all\s+of\s+us|both\s+of\s+us|us\s+all|kids"
                  rf"|(?:the|my|our|her|his)\s+(?:\w+\s+)?(?:{CHILD_KIN_PATTERN}|little\s+ones?"
                  rf"|{PARTNER_PATTERN}|family|friends?|mum|mom|dad|parents|guests|in-laws|lot))")
_STATE_VERB = (r"(?:['’](?:re|s|m)|\s+(?:are|is|am|was|were|feel|feels|felt|feeling|seem|seems|seemed|look|looks"
               r"|got|get|gets|getting|went|go|goes|gone|have\s+been|has\s+been|had\s+been|been))|(?<=\bi)m")
_STATE_RE = re.compile(
    rf"(?:^|(?<=[,;:.!?(—–-])|\b(?:and|because|cause|cuz|coz|since|as|so|but|plus|cos)\b)\s*"
    rf"(?P<clause>\b{_STATE_SUBJECT}(?:{_STATE_VERB})(?:\s+(?:all|both))?\b(?P<pred>[^,;:.!?()—–]*))", _F)
# A predicate that wishes for or describes content is no state: "we're into dinosaurs", "she's after a comedy",
# "the kids are obsessed with trains", "we're looking for ...", "i'm in the mood for ...".
_NOT_A_STATE_RE = re.compile(
    r"^\s*(?:(?:so|really|very|pretty|super|kinda|kind\s+of|a\s+bit|quite|just|already|totally|all|both|too)\s+)*"
    r"(?:looking|look|want|wants|wanting|wanna|thinking|hoping|trying|craving|need|needing|into|up|after|in|keen"
    r"|interested|fans?|big|huge|obsessed|crazy|mad|going|gonna|about|watching|watch|planning|feeling\s+like|like|loving"
    r"|a|an|the|some|more|not|no)\b"
    r"|\b(?:about|with|of|into|for|on|in|like|to|by|from|at|around|where|that|which|who|movies?|films?|shows?|series)\b",
    _F)
STATE_PREDICATE_WORDS = 5
# Round 25d: a loss of the viewer's own ("my cat died today", "our dog passed away", "my gran passed last week"): why
# they want something, never what about — a possessive makes it theirs ("a film where a dog dies" keeps its topic).
_LOSS_RE = re.compile(
    r"\b(?:my|our|her|his|their)\s+(?:[\w'-]+\s+)?[\w'-]+\s+(?:just\s+|sadly\s+|finally\s+)?(?:died|passed(?:\s+(?:away|on))?"
    r"|was\s+put\s+down|had\s+to\s+be\s+put\s+down)\b(?:\s+(?:today|tonight|yesterday|this\s+\w+|last\s+\w+))?", _F)


def viewer_state_spans(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """Clauses about the viewers' state ("under 2 hours, we're wiped out", "everyone's sleepy", "the kids are
    cranky", "she got bored") as span-only entities: they say why, never what the titles are about, so their
    words never become the free-text topic (which would also make the turn a new search). A clause whose
    predicate carries a constraint other than a mood ("we're all comedy fans") or wishes for something ("we're
    into dinosaurs") is no state."""
    if not text or text.startswith("/"):
        return []
    spans: list[Entity] = []
    for m in _STATE_RE.finditer(text):
        pred = m.group("pred")
        if not pred.strip() or len(pred.split()) > STATE_PREDICATE_WORDS or _NOT_A_STATE_RE.search(pred):
            continue
        start, end = m.start("pred"), m.end("pred")
        if _carries_constraint(entities, start, end):
            continue
        spans.append(Entity("_viewer_state", "", None, m.start("clause"), end))
    spans += [Entity("_viewer_state", "", None, m.start(), m.end()) for m in _LOSS_RE.finditer(text)]
    for m in _CLAUSE_RE.finditer(text):
        start, end = m.start("clause"), m.end("clause")
        clause = m.group("clause")
        said = _OBLIGATION_RE.search(clause)
        if not said or _TOPIC_CUE_RE.search(clause) or not _OBLIGATION_LEAD_RE.match(clause[:said.start()]):
            continue  # "zombie stuff for tomorrow": the clause is about the titles, not the viewers
        if _carries_constraint(entities, start, end):
            continue  # "early 2000s films": a constraint, not a reason
        if not any(s.start is not None and s.start <= start and end <= (s.end or 0) for s in spans):
            spans.append(Entity("_viewer_state", "", None, start, end))
    return spans


def _carries_constraint(entities: Sequence[Entity], start: int, end: int) -> bool:
    """Whether a constraint other than a mood lies in ``text[start:end]`` (then the words say what to watch)."""
    return any(e.name in CONSTRAINT_ENTITIES and e.name != "mood" and e.start is not None and e.end is not None
               and e.start < end and start < e.end for e in entities)


# A clause of a message: between punctuation or a conjunction of reason ("because", "since", "so", "as", "but").
_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[,;:.!?(—–-])|\b(?:and|because|cause|cuz|coz|since|as|so|but|plus|cos)\b)\s*"
    r"(?P<clause>(?:(?!\b(?:and|because|cause|cuz|coz|since|so|but|plus|cos)\b)[^,;:.!?()—–])+)", _F)
# What may come before the obligation in its clause: who has it and the obligation's noun ("we ", "i've got ",
# "school ", "an early "); anything else (a title's words: "zombie stuff for tomorrow") makes the clause a request.
_OBLIGATION_LEAD_RE = re.compile(
    r"^\s*(?:(?:we|i|you|they|he|she|everyone|everybody|(?:my|our|the)\s+\w+)\s*(?:['’](?:ve|re|s|ll|d))?(?:\s+|$))?"
    r"(?:(?:all|both|really|just|still|got|have|has|had|need|needs|to|be|get|an?|early|big|long|first)\s+)*"
    r"(?:(?:work|school|class|classes|meeting|shift|job|flight|exam|appointment|practice|training)\s+)?$", _F)
# An obligation or a plan of the viewers, or when it is ("we have work tomorrow", "early start", "got a meeting at
# 8", "school in the morning", "need to be up at 6"): a reason for a constraint, never what the titles are about.
_OBLIGATION_RE = re.compile(
    r"\b(?:tomorrow|tmrw|tmr|tomoz|in\s+the\s+morning|early\s+(?:start|morning|shift|flight|night|day|class)"
    r"|(?:up|wake|waking|get\s+up|getting\s+up)\s+(?:early|at\s+\d)|school\s+night|work\s+night|bed\s*time"
    r"|(?:at|by|before)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|o'?clock)?\b"
    r"|(?:have|has|got|'ve\s+got|'ve|gotta|need\s+to|needs\s+to|must|have\s+to|has\s+to)\s+(?:an?\s+|to\s+)?(?:early\s+)?"
    r"(?:work|school|class|classes|a\s+meeting|meeting|shift|job|flight|exam|appointment|practice|training|get\s+up"
    r"|be\s+up|wake\s+up|sleep|go\s+to\s+bed)\b)", _F)
