"""Turn-downs of a kind read more gently than the extractor reads them, given the search (pure; no I/O).

"No cartoons" in a children's search leaves out the animated titles only, never the children's titles themselves
(``animation_turned_down_for_children``); "not that scary" after horror asks for its milder neighbour, not for every
genre but horror (``horror_toned_down``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from actions.constraints import CHILDREN_AUDIENCES
from actions.entities import EXCLUDE, Entity
from contract.constraints import Constraints
from contract.words import ANIMATION_WORD_RE

_F = re.IGNORECASE

# The words of animation a viewer turns down ("no cartoons", "nothing animated", "not cartoony",
# ``contract.words.ANIMATION_WORD_RE``): the extractor reads them as the kids genre (cartoons) or anime (animated).
ANIMATED_GENRE = "anime"


def animation_turned_down_for_children(text: Optional[str], entities: Sequence[Entity],
                                       state: Constraints) -> list[Entity]:
    """``entities`` with a negated animation word ("no cartoons", "nothing animated") read as leaving out the
    animated titles (``ANIMATED_GENRE``) while the search is for children (the kids genre or a children's
    audience): the children's titles themselves stay — excluding the kids genre there would leave the children
    nothing. Outside a children's search the extractor's reading stands."""
    if not text or text.startswith("/"):
        return list(entities)
    if "kids" not in state.genres + state.any_genres and state.audience not in CHILDREN_AUDIENCES:
        return list(entities)
    out: list[Entity] = []
    for e in entities:
        if (e.name == "genre" and e.excluded and e.start is not None and e.end is not None
                and ANIMATION_WORD_RE.fullmatch(text[e.start:e.end].strip())):
            e = replace(e, value=ANIMATED_GENRE)
            if any(o.name == "genre" and o.excluded and o.value == ANIMATED_GENRE and (o.start, o.end) == (e.start, e.end)
                   for o in out):
                continue  # the extractor read both genres on the word: one exclusion is enough
        out.append(e)
    return out


# "not that scary", "nothing too scary actually", "not so scary this time": a degree word between the negation and
# "scary" asks for less fright, not for none (a comparative — "not as scary" — is the contrast edit's).
_TONED_DOWN_RE = re.compile(r"\b(?:not|n't|nothing|no)\s+(?:(?:that|too|so|overly|super|very|crazy|insanely)\s+)+$", _F)
HORROR = "horror"
MILDER_THAN_HORROR = "thriller"  # the other kind scary stands for (constraints.MOOD_GENRES), short of horror


def horror_toned_down(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """``entities`` with "scary" turned down by degree ("not that scary actually") read, while the search is horror
    and the message names no genre, as horror giving way to its milder neighbour (``MILDER_THAN_HORROR``) — not as
    every genre but horror. "Nothing scary" (no degree) stays a plain exclusion."""
    if not text or text.startswith("/") or HORROR not in state.genres + state.any_genres:
        return list(entities)
    if any(e.name == "genre" and not e.excluded for e in entities):
        return list(entities)
    out: list[Entity] = []
    for e in entities:
        if (e.name == "mood" and e.value == "scary" and e.excluded and e.start is not None
                and _TONED_DOWN_RE.search(text, 0, e.start)):
            out += [Entity("genre", HORROR, EXCLUDE, e.start, e.end), Entity("genre", MILDER_THAN_HORROR, None, e.start, e.end)]
            continue
        out.append(e)
    return out
