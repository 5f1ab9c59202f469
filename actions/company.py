"""Who is watching, changing during a conversation: a child joining those already watching, or leaving while others
stay (docs/contracts.md "Age mapping", several viewers: the youngest present decides).

* **joining** — "plus the big sister is here also, she's 12", "his cousin is joining us, he is 4": the age said is
  a cap beside the search's children's audience (role ``cap``: a cap only tightens), never a replacement — an older
  child keeps the younger cap, a younger one brings theirs (``joining_as_caps``);
* **leaving** — "the three year old is asleep, just the older pair now" after "my kids are 3, 9 and 15": the ages said
  earlier in the conversation without the one leaving; the youngest remaining decides (``remaining_audience``).

Pure functions over the message, its entities and the viewer's earlier messages (``Turn.earlier``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from actions.constraints import CAP
from actions.entities import Entity
from actions.turn import Said
from contract.constraints import Constraints
from contract.numbers import as_digits
from contract.vocabulary import AUDIENCES, audience_for_age

_F = re.IGNORECASE
ADULT = AUDIENCES[-1]
# The oldest age read as a child's in an audience's words (a count of years beyond it is no child watching).
MAX_CHILD_AGE = 17
# An age in digits, also with its unit written on ("the 13yo", "a 9yrs old").
_AGE_RE = re.compile(r"(?<![\w.])(\d{1,2})(?:(?![\w.])|(?=(?:yo|yos|y/o|yrs?|years?)\b))", _F)
_HYPHEN_BEFORE_UNIT_RE = re.compile(r"-(?=(?:years?|yrs?|months?)\b)", _F)
# A count of children, not an age: "our three", "my two", "the other two", "both".
_COUNT_RE = re.compile(r"\b(?:my|our|the|his|her|their|your|other|all)\s+(?:\d|two|three|four|five|six)\b"
                       r"(?![\s-]*(?:years?|yrs?|yo|y/o|months?)\b)", _F)

# Words saying someone joins those already watching: "is home too", "joining us", "tagging along", "is also here";
# "too" / "as well" only closing a clause ("she's too old for this" says nothing of joining).
_JOINS_RE = re.compile(
    r"\b(?:too|as\s+well)(?=\s*(?:[,.;:!?)]|$))|\balso\s+(?:here|home|back|watching|coming|joining|in)\b"
    r"|\b(?:join(?:s|ed|ing)?|tagging\s+along|tag(?:s)?\s+along"
    r"|(?:is|are|'s|’s|'re|’re|just\s+got|got|came|comes|coming)\s+(?:home|here|back|over|along)"
    r"|watch(?:es|ing)?\s+(?:with\s+us|too))\b", _F)


def joining_as_caps(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """``entities`` with the children's audiences said by someone joining made caps, while the search is for children:
    "my eldest just got back too, she's 12" keeps the younger cap, "the little one is joining, she's 3" brings hers.
    An adults' audience or a message with no joining words changes as before (a new audience replaces the old)."""
    if not text or text.startswith("/") or state.audience in (None, ADULT) or not _JOINS_RE.search(text):
        return list(entities)
    return [Entity(e.name, e.value, CAP, e.start, e.end)
            if e.name == "audience" and not e.excluded and e.role is None and e.value != ADULT
            and not _is_age_limit(text, e) else e
            for e in entities]


# An age limit as ratings print it ("it can be 13+ too", "14 and up is fine as well"): a ceiling let in, nobody joining.
_AGE_LIMIT_RE = re.compile(r"\d{1,2}\s*(?:\+|[\s-]+plus|\s+and\s+(?:up|over|older))", _F)


def _is_age_limit(text: str, e: Entity) -> bool:
    return e.start is not None and e.end is not None and _AGE_LIMIT_RE.fullmatch(text, e.start, e.end) is not None


# "for the 9 and 13 year olds", "just the older two": the children named are who the titles are for now.
_FOR_WHOM_BEFORE_RE = re.compile(r"\b(?:for|just|only)\s+(?:(?:the|my|our|both|them|us|two|three)\s+)*\W*$", _F)


def known_children_as_caps(text: Optional[str], entities: Sequence[Entity], state: Constraints,
                           earlier: Sequence[Said]) -> list[Entity]:
    """``entities`` with a child named again made a cap, while the search is for children: "not the baby shows, the
    13 year old will revolt" after "kids are 5, 8 and 13" speaks of a child already counted — the youngest still
    decides. Only ages said earlier, with a younger child among them, count; a new age changes as before."""
    if not text or text.startswith("/") or state.audience in (None, ADULT):
        return list(entities)
    known = earlier_ages(earlier)
    if len(known) < 2:
        return list(entities)

    def again(e: Entity) -> bool:
        if e.name != "audience" or e.excluded or e.role is not None or e.value == ADULT or e.start is None or e.end is None:
            return False
        if _FOR_WHOM_BEFORE_RE.search(text, 0, e.start):
            return False  # "now for the 9 and 13 year olds": who the titles are for from now on
        ages = ages_in(text[e.start:e.end])
        return bool(ages) and all(a in known for a in ages) and min(known) < min(ages)

    def youngest_again(e: Entity) -> bool:
        # "not that one, the little one will get scared" after "my niece (6) and nephew (12)": the youngest already
        # counted, pointed at (round 24a) — their own age's audience, never the toddlers' band "little one" reads alone
        return (e.name == "audience" and not e.excluded and e.role is None and e.start is not None and e.end is not None
                and _YOUNGEST_POINTER_RE.fullmatch(text[e.start:e.end].strip()) is not None)

    return [Entity(e.name, audience_for_age(min(known)), CAP, e.start, e.end) if youngest_again(e)
            else Entity(e.name, e.value, CAP, e.start, e.end) if again(e) else e for e in entities]


# The youngest child pointed at by a determiner ("the little one", "our youngest", "the smallest"): no age of its own.
_YOUNGEST_POINTER_RE = re.compile(r"(?:the|our|my)\s+(?:little|littlest|youngest|smallest|small|baby)(?:\s+(?:one|kid|child|guy|girl|boy))?",
                                  _F)


# Others staying after a child leaves: "for the other two", "the rest of them", "the older ones", "the big kids".
_OTHERS_STAY_RE = re.compile(
    r"\b(?:the\s+)?(?:other|others|rest|remaining|older|oldest|bigger|big)\b"
    r"(?:\s+(?:two|three|four|2|3|4|ones?|kids?|children|boys?|girls?|of\s+(?:them|us)))?", _F)


def others_stay(text: str, start: int) -> Optional[int]:
    """Where the words after ``start`` that say other children are still watching end ("so now for the other two"),
    or None."""
    m = _OTHERS_STAY_RE.search(text, start)
    return m.end() if m else None


def ages_in(text: str) -> list[int]:
    """The children's ages written in ``text`` (digits or words): "4, 7 and thirteen" → [4, 7, 13]."""
    spaced = _HYPHEN_BEFORE_UNIT_RE.sub(" ", text)  # "four-year-old": the number word stands alone
    ages = _AGE_RE.findall(as_digits(_COUNT_RE.sub(" ", spaced)))
    return [n for n in (int(m) for m in ages) if 0 < n <= MAX_CHILD_AGE]


def earlier_ages(earlier: Sequence[Said]) -> list[int]:
    """The ages of the children of the latest earlier message that named some (newest first in ``earlier``)."""
    for said in earlier:
        text = said.text or ""
        ages = [a for e in said.entities
                if e.name == "audience" and not e.excluded and e.start is not None and e.end is not None
                for a in ages_in(text[e.start:e.end])]
        if ages:
            return ages
    return []


def remaining_audience(leaving: str, earlier: Sequence[Said]) -> Optional[str]:
    """The audience of the children still watching when the one(s) said in ``leaving`` go: the ages said earlier
    without theirs (a child named without an age, "the little one", is the youngest), the youngest remaining
    deciding; None when no earlier ages are known or nobody would remain."""
    ages = sorted(earlier_ages(earlier))
    if len(ages) < 2:
        return None
    gone = ages_in(leaving) or ages[:1]
    remaining = list(ages)
    for age in gone:
        if age in remaining:
            remaining.remove(age)
    if not remaining or len(remaining) == len(ages):
        return None
    return audience_for_age(min(remaining))


# "Older" / "younger" said as acceptable right after an age ("her cousin is 9 so a bit older is fine", "she's 10, a
# little older is ok"): about who may watch, not about the years of the titles.
_AGE_COMPARATIVE_RE = re.compile(
    r"(?:(?:a\s+)?(?:bit|little|tad|touch|few\s+years)\s+)?(?:older|younger)\s+(?:is|are|'s|would\s+be|should\s+be)"
    r"\s+(?:fine|ok(?:ay)?|alright|all\s+right|good|acceptable)\b", _F)


def ages_compared(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without a list-relative year ("older" / "newer") that compares ages: said acceptable right after
    an age in the message ("her cousin is 9 so a bit older is fine"), it lets an older viewer's titles in (the age's
    audience says so), it asks for no older titles."""
    if not text or text.startswith("/"):
        return list(entities)
    ages_end = max((e.end for e in entities if e.name == "audience" and not e.excluded and e.end is not None
                    and ages_in(text[e.start or 0:e.end])), default=None)
    if ages_end is None:
        return list(entities)
    kept: list[Entity] = []
    for e in entities:
        if (e.name == "year" and e.value in ("older", "newer") and e.start is not None and e.start >= ages_end
                and _AGE_COMPARATIVE_RE.match(text, _phrase_start(text, e.start))):
            continue
        kept.append(e)
    return kept


def _phrase_start(text: str, start: int) -> int:
    """Where the comparative's phrase begins: back over "a bit" / "a little" before it."""
    m = re.search(r"(?:\ba\s+)?(?:bit|little|tad|touch)\s+$", text[:start], _F)
    return m.start() if m else start

