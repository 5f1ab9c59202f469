"""Clauses telling what the viewer watched last ("the last thing we watched was a thriller", "we just finished a
horror", "i've been watching a lot of anime"): shared by the NLU, which drops the genres and moods named there when the
message asks for another kind (nlu/extraction/past_viewing.py), and the free-text query, which then leaves those words
out (actions/query_text.py).

The viewer is the subject ("i", "we") of a verb of having watched ("watched", "saw", "finished", "binged", "sat
through", "have been watching"), or the clause is "the last <thing|one|film|...> (we|i) watched"; it runs to the
clause's end (punctuation, or a word opening the viewer's wish now: "now", "so", "but", "want", "next"). A kind used up
("we've watched every thriller") is no such clause (nlu/extraction/negation.py rules it out), nor is "never watched".
"""

from __future__ import annotations

import re

_F = re.IGNORECASE
_SUBJECT = r"\b(?:i|we|i'?ve|we'?ve|i\s+have|we\s+have|i'?d|we'?d|i\s+had|we\s+had)"
_ADVERB = r"(?:just|already|recently|finally|only|last\s+night|yesterday|earlier)"
_VERB = (r"(?:watched|saw|finished|binged|devoured|rewatched|sat\s+through|got\s+through|caught|streamed"
         r"|been\s+watching|been\s+bingeing|been\s+binging|had\s+a\s+(?:\w+\s+)?(?:night|marathon))")
_LAST = r"\b(?:the\s+)?last\s+(?:thing|one|film|movie|show|series|title|few|couple)\s+(?:\w+\s+)?(?:we|i)\s+(?:saw|watched)"
# The clause ends at punctuation or at a word that opens the viewer's wish now.
_REST = r"(?P<rest>(?:(?![.!?;:,]|\s(?:so|but|now|tonight|today|want|wanna|next|any|anything|something|can|could)\b).)*)"
_CLAUSE_RE = re.compile(rf"(?:{_LAST}|{_SUBJECT}\s+(?:{_ADVERB}\s+)*{_VERB}\b)(?!\s+(?:all|every|each)\b){_REST}", _F)


def viewing_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the clauses that tell what the viewer watched (see the module docstring)."""
    return [(m.start(), m.end()) for m in _CLAUSE_RE.finditer(text)]
