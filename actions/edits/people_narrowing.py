"""One of the search's people picked by part of their name or by their place (pure; no I/O).

"Only eddie", "just the murphy ones", "without <surname>", "just the second guy", "the latter" after a search with
two people or more: who stays (``find_people_narrowing``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from actions.edits.turn_basics import PERSON_ENTITIES
from actions.turn import Turn
from contract.numbers import ORDINALS

_F = re.IGNORECASE

_NAME_TOKEN_RE = re.compile(r"[^\W\d_][\w\-]*", _F)
# Words that narrow to a person said in part ("only eddie", "just the murphy ones", "the ones with tilda only").
_NARROW_RE = re.compile(r"\b(?:only|just|solely|exclusively|ones?|stuff|films?|movies?|shows?|series|titles|alone)\b", _F)
_NEGATED_NAME_RE = re.compile(r"\b(?:not|no|without|minus|except|drop|skip|lose|forget)\s+(?:the\s+|any\s+)?$", _F)


@dataclass(frozen=True)
class PeopleNarrowing:
    """The search's people after "only <first name>" (kept) or "without <surname>" (the others kept)."""

    actors: tuple[str, ...]
    directors: tuple[str, ...]
    any_people: tuple[str, ...] = ()  # kept of "A or B" ("only A": A acting or directing)


def find_people_narrowing(turn: Turn) -> Optional[PeopleNarrowing]:
    """"Only eddie", "just the murphy ones" after a search with two people: a first name or a surname is matched
    against the people of the current search (not the gazetteer, which needs whole names); when it names exactly
    one of them, only that person stays ("without <surname>": the others stay). None when the search holds fewer
    than two people, the message names a person the extractor found, or no name part matches exactly one."""
    text = turn.text or ""
    state = turn.constraints
    people = ([("actor", p) for p in state.actors] + [("director", p) for p in state.directors]
              + [("any", p) for p in state.any_people])
    said = [e for e in turn.entities if e.name in PERSON_ENTITIES]
    # "both A and B" that no title has left them as alternatives not yet chosen between (``any_people`` only): naming
    # one of them (a typed name or its button) is the choice, whatever words come with it
    undecided = bool(state.any_people) and not (state.actors or state.directors)
    if len(people) < 2 or (text.startswith("/") and not (undecided and said)):
        return None
    if said:  # whole names: "only the <full name> ones" narrows the same way when they are all of the search
        names = {name for _, name in people}
        if not all(e.value in names for e in said):
            return None
        turned_down = [e.excluded or (e.start is not None and bool(_NEGATED_NAME_RE.search(text[:e.start])))
                       for e in said]  # "drop kidman": the extractor gives no exclude role to a drop verb
        wanted = {e.value for e, down in zip(said, turned_down) if not down}
        unwanted = {e.value for e, down in zip(said, turned_down) if down}
        if wanted and not _NARROW_RE.search(text) and not undecided:
            return None
        kept = [p for p in people if (p[1] in wanted if wanted else p[1] not in unwanted)]
        return _narrowed(people, kept)
    pointed = _people_by_order(text, len(people), listed=bool(turn.last_items))
    if pointed is not None:  # "just the second guy", "not the first one", "the latter"
        index, negated = pointed
        return _narrowed(people, [p for i, p in enumerate(people) if (i != index if negated else i == index)])
    parts = {i: {t.casefold() for t in _NAME_TOKEN_RE.findall(name) if len(t) >= 3} for i, (_, name) in enumerate(people)}
    chosen: set[int] = set()
    dropped: set[int] = set()
    for m in _NAME_TOKEN_RE.finditer(text):
        word = re.sub(r"(?:'s|s')$", "", m.group(0).casefold())
        owners = [i for i, tokens in parts.items() if word in tokens]
        if len(owners) != 1:
            continue
        (dropped if _NEGATED_NAME_RE.search(text[:m.start()]) else chosen).add(owners[0])
    if not chosen and not dropped:
        return None
    if chosen and not dropped and not _NARROW_RE.search(text):
        return None
    kept = [p for i, p in enumerate(people) if (i in chosen if chosen else i not in dropped)]
    return _narrowed(people, kept)


# One of the search's people by their place in it: "the second guy", "the first actor", "the last one", "the latter".
_PERSON_NOUN = r"(?:guy|man|bloke|chap|fella|fellow|dude|woman|lady|girl|gal|actor|actress|director|person|name|one)s?"
_PERSON_BY_ORDER_RE = re.compile(
    rf"\b(?:the\s+)?(?P<ord>{'|'.join(sorted(ORDINALS, key=len, reverse=True))}|last)\s+(?P<noun>{_PERSON_NOUN})\b"
    r"|\bthe\s+(?P<pick>former|latter)\b", _F)


def _people_by_order(text: str, count: int, *, listed: bool) -> Optional[tuple[int, bool]]:
    """The index of the search's person pointed at by order ("just the second guy", "the first actress", "the
    latter") and whether the pointer is negated ("not the first guy"), or None. "The second one" points at a person
    only when no list is on screen (else it is the list's title); an order past the people named is none."""
    for m in _PERSON_BY_ORDER_RE.finditer(text):
        if m["noun"] and m["noun"].lower() in ("one", "ones") and listed:
            continue
        word = (m["ord"] or m["pick"]).lower()
        index = {"last": count - 1, "latter": count - 1, "former": 0}.get(word, ORDINALS.get(word, 0) - 1)
        if 0 <= index < count and (m["pick"] is None or count == 2):
            return index, bool(_NEGATED_NAME_RE.search(text[:m.start()]))
    return None


def _narrowed(people: list[tuple[str, str]], kept: list[tuple[str, str]]) -> Optional[PeopleNarrowing]:
    """The (role, name) pairs kept of the search's people, by role; None when all or none are kept."""
    if not kept or len(kept) == len(people):
        return None
    return PeopleNarrowing(*(tuple(n for r, n in kept if r == role) for role in ("actor", "director", "any")))
