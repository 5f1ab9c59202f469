"""Every genre of the search in one title (pure; no I/O): "ideally both in one", "a bit of both", "combine the
two" after "she likes dramas, i like action" (``asks_for_all_genres``), never either of them.
"""

from __future__ import annotations

import re

from actions.turn import Turn

_F = re.IGNORECASE

# "ideally both in one", "a bit of both", "one that's both", "combine the two", "mix them": every genre of the search
# in one title, never either of them.
_BOTH_RE = re.compile(
    r"\bboth\s+(?:(?:of\s+(?:them|those|these|the\s+genres)\s+)?(?:in\s+(?:one|the\s+same)|at\s+once|together"
    r"|at\s+the\s+same\s+time|combined|mixed))"
    r"|\b(?:bit|mix|mixture|blend|combo|combination|little)\s+of\s+(?:both|the\s+two|each)\b"
    r"|\b(?:that|which|one|something|anything)(?:'s|’s|\s+is|\s+are|\s+has|\s+have)\s+both\b"
    r"|\b(?:combine|combining|mix|mixing|merge|blend|blending)\s+(?:them|those|these|the\s+two|both)\b"
    r"|\b(?:has|have|with)\s+both\b(?!\s+(?:of\s+)?(?:us|you|them\s+in\s+it))|\ball\s+in\s+one\b", _F)


def asks_for_all_genres(turn: Turn) -> bool:
    """The viewer wants titles that are every genre of the search at once ("ideally both in one" after "she likes
    dramas, i like action"); only while the search holds two genres or more."""
    state = turn.constraints
    genres = set(state.genres) | set(state.any_genres)
    return len(genres) >= 2 and not (turn.text or "").startswith("/") and bool(_BOTH_RE.search(turn.text or ""))
