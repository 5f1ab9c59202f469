"""The search's person in another role (pure; no I/O).

"The ones she directed" after her films as an actor switches the role searched (``role_switch``, a pivot);
"and with him acting" after a director's films adds the role, the rest of the search kept (``role_added``).
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.edits.people_narrowing import _NAME_TOKEN_RE
from actions.edits.turn_basics import PERSON_ENTITIES
from actions.turn import Turn

_F = re.IGNORECASE

# The search's person in another role: "the ones she directed", "what has he directed", "films directed by him",
# "his work as a director" (as director); "the ones he starred in", "what has she acted in", "starring him" (as cast).
_AS_DIRECTOR_RE = re.compile(
    r"\b(?:she|he|they)\s+(?:(?:has|have|had|also|ever|actually|herself|himself|themselves|did)\s+)*"
    r"(?:directed|helmed|direct|directs)\b"
    r"|\b(?:directed|helmed)\s+by\s+(?:him|her|them)\b"
    r"|\b(?:has|did|does|have|do)\s+(?:she|he|they)\s+(?:(?:ever|also|actually)\s+)*(?:directed|direct|helmed)\b"
    r"|\b(?:her|his|their)\s+(?:own\s+)?(?:directing|directorial|work\s+as\s+(?:a\s+)?director|films\s+as\s+(?:a\s+)?director)\b"
    r"|\b(?:as|behind\s+the\s+camera\s+as)\s+(?:a\s+)?director\b|\bbehind\s+the\s+camera\b", _F)
_AS_ACTOR_RE = re.compile(
    r"\b(?:she|he|they)\s+(?:(?:has|have|had|also|ever|actually|did)\s+)*(?:acted|starred|appeared|act|star|appear)"
    r"\s+in\b|\b(?:starring|featuring)\s+(?:him|her|them)\b"
    r"|\b(?:has|did|does|have|do)\s+(?:she|he|they)\s+(?:(?:ever|also|actually)\s+)*(?:acted|starred|appeared|act|star|appear)\b"
    r"|\b(?:her|his|their)\s+(?:acting|roles|work\s+as\s+an?\s+(?:actor|actress))\b|\bas\s+an?\s+(?:actor|actress)\b"
    r"|\bones?\s+(?:(?:she|he)(?:'s|’s|\s+is)|they(?:'re|’re|\s+are))\s+(?:(?:also|actually|even)\s+)?in\b", _F)  # "the ones he's in"


def role_switch(turn: Turn) -> Optional[str]:
    """"The ones she directed" after a search with her as an actor: ``"director"``; "the ones he starred in" after
    a director's search: ``"actor"``; None when the message names a person or the search holds no one person. The person
    searched in either role ("A or B" kept to one, or acting and directing both) is narrowed to the role asked;
    searched in that role already, the words confirm it ("just the ones he directed" after his films as director)."""
    text = turn.text or ""
    state = turn.constraints
    if text.startswith("/") or any(e.name in PERSON_ENTITIES and not e.excluded for e in turn.entities):
        return None
    if role_added(turn) is not None:
        return None  # "and with him acting": the role is added, not switched to
    if len({*state.actors, *state.directors, *state.any_people}) != 1:
        return None  # nobody, or several people: whose role is meant is not said
    if _AS_DIRECTOR_RE.search(text):
        return "director"
    if _AS_ACTOR_RE.search(text):
        return "actor"
    return None


# The search's person in a second role, beside the one searched: "and with him acting", "and starring him too",
# "where he also acts" after a director's films (cast as well); "and directed by her too", "ones she also directed"
# after an actor's (director as well). The role words, and words that add rather than switch.
_ALSO_ACTS_RE = re.compile(
    r"\b(?:with|and|plus)\s+(?:him|her|them)(?:self|selves)?\s+(?:also\s+)?(?:acting|starring|in\s+(?:it|them|the\s+cast)"
    r"|on\s+screen|in\s+front\s+of\s+the\s+camera|playing(?:\s+(?:a|the)\s+(?:part|role|lead))?|appearing)\b"
    r"|\b(?:starring|featuring)\s+(?:him|her|them)(?:self|selves)?\b"
    r"|\b(?:she|he|they)(?:'s|'re|\s+is|\s+are)?(?:\s+be|\s+being)?\s+(?:also\s+|too\s+)?(?:acts?|stars?|appears?|plays?|acting|starring"
    r"|appearing|in\s+(?:it|them|the\s+cast)|on\s+screen)\b"
    r"|\b(?:she|he|they)\s+(?:also\s+)?(?:acted|starred|appeared|played)\s+in\b", _F)
_ALSO_DIRECTS_RE = re.compile(
    r"\b(?:and|also|too)\s+(?:directed|helmed|made)\s+by\s+(?:him|her|them)\b"
    r"|\b(?:with|and)\s+(?:him|her|them)\s+(?:also\s+)?directing\b"
    r"|\b(?:she|he|they)(?:'s|\s+is)?\s+(?:also\s+|too\s+)(?:directs?|directed|directing|helmed)\b"
    r"|\b(?:she|he|they)\s+(?:directs?|directed|helmed)\s+(?:(?:it|them)\s+)?(?:too|as\s+well|also)\b", _F)
# Words that add the role rather than switch to it: a leading "and"/"plus", "too", "also", "as well", "both", a
# "with him ..." or "where he ..." qualifying the titles of the list.
_ROLE_ADDED_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|oh|hm+|um+)[\s,]+)?(?:and|plus|&)\b|\b(?:too|also|as\s+well|both|at\s+the\s+same\s+time"
    r"|himself|herself|themselves)\b|\bwith\s+(?:him|her|them)\b|\b(?:where|in\s+which|when)\s+(?:she|he|they)\b", _F)


# A question about, or a list of, the person's work in the other role: the role switch's words.
_SWITCH_FORM_RE = re.compile(
    r"\b(?:has|did|does|have|do)\s+(?:she|he|they)\b"
    r"|\b(?:ones?|films?|movies?|shows?|stuff|titles?|things)\s+(?:that\s+)?(?:she|he|they)\s+(?:has\s+|have\s+)?"
    r"(?:acted|starred|appeared|played|directed|helmed)\b", _F)
_ALSO_RE = re.compile(r"\b(?:also|too|as\s+well|both)\b", _F)


def _named_as_pronoun(text: str, people: Sequence[str]) -> str:
    """``text`` with a part of the search's people's names (3+ letters: "with scorsese acting too", the extractor
    needs whole names) read as "him", so the role words see the person they refer to."""
    for name in people:
        for part in {t for t in _NAME_TOKEN_RE.findall(name) if len(t) >= 3}:
            text = re.sub(rf"\b{re.escape(part)}(?:'s)?\b", "him", text, flags=re.IGNORECASE)
    return text


_FILMOGRAPHY_QUESTION_RE = re.compile(r"\b(?:what|anything|something|everything)\s+else\b|\bfilmography\b|\bcareer\b", _F)


def role_added(turn: Turn) -> Optional[str]:
    """"And with him acting" after "films directed by X": ``"actor"`` — X as cast AND director, the rest of the
    search (format, genres...) kept; "and directed by her too" after an actor's search: ``"director"``. None when a
    person is named, the search holds no single person in one role, or the words switch roles ("the ones he starred
    in": ``role_switch``)."""
    state = turn.constraints
    text = _named_as_pronoun(turn.text or "", list(state.actors) + list(state.directors))
    if text.startswith("/") or any(e.name in PERSON_ENTITIES and not e.excluded for e in turn.entities):
        return None
    if not _ROLE_ADDED_RE.search(text) or _FILMOGRAPHY_QUESTION_RE.search(text):
        return None  # "what else has he also acted in": his other work (the pivot), not this search narrowed
    if _SWITCH_FORM_RE.search(text) and not _ALSO_RE.search(text):
        return None  # "and did she star in any", "and the ones he starred in": the other role instead (role_switch)
    if state.directors and not state.actors and _ALSO_ACTS_RE.search(text):
        return "actor"
    if state.actors and not state.directors and _ALSO_DIRECTS_RE.search(text):
        return "director"
    return None
