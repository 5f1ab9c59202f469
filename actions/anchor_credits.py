"""People named to say which title is meant, not as a wish: "lupin with omar sy, got more like it?", "the bucket list
with jack nicholson and morgan freeman, something like it", "in the vein of You, the penn badgley stalker show".

A viewer asking for titles like one they loved often names its stars or its maker on the way. Read as constraints,
those people would narrow the likeness to their own other titles (often none of them alike, or nothing at all). When
every person named beside the "like" title is in that title's credits (cast or directors, GET /api/items/<id>) and is
said in the title's description — after the title and before the likeness cue, in apposition to the title, or in the
possessive right before it ("<director>'s <title>, something like it": round 30B) — they
describe it: they become ``ANCHOR_CREDIT`` entities, which no rule reads as a constraint and whose words never reach
the free-text query. A person asked for in so many words ("something like lupin but with omar sy", "starring…",
"more with…") stays a constraint, and so does anyone the title does not credit.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from actions.entities import SIMILAR, Entity
from actions.made_by import title_credits
from actions.references import lookup_title_id
from actions.turn import Turn

ANCHOR_CREDIT = "anchor_credit"  # a person naming the "like" title (internal to the actions; never a constraint)
_PEOPLE = ("actor", "director")
# The likeness the message asks for: "more like it", "something like that", "similar", "in the vein of".
_LIKENESS_RE = re.compile(r"\blike\s+(?:it|that|this|them|those|these)\b|\bsimilar\b|\bin\s+the\s+vein\b"
                          r"|\balong\s+those\s+lines\b|\bsame\s+vibe\b", re.IGNORECASE)
# A person asked for, not described: "but with", "starring", "more with", "also with", "featuring", "in it".
_ASKED_BEFORE_RE = re.compile(r"\b(?:but|also|and\s+also|plus|more|only|just)\s+(?:with|by)\s+$|\b(?:starring|featuring)\s+$",
                              re.IGNORECASE)
# A person in apposition to the title: "You, the penn badgley stalker show", "Lupin (omar sy)".
_APPOSITION_RE = re.compile(r"^\s*(?:[,(:–—-]\s*)(?:the|that|this|with)?\s*$", re.IGNORECASE)
# A person describing the title right after it: "lupin with omar sy", "after life by ricky gervais".
_DESCRIBING_LINK_RE = re.compile(r"^\s*(?:,\s*)?(?:with|by|from|starring|featuring|directed\s+by)\s+"
                                 r"(?:[\w.'-]+\s+){0,3}?(?:and\s+|&\s+|,\s*)?$", re.IGNORECASE)

# Round 30B: a person's name in the possessive right before the title ("nolan's <title>", "the coens' <title>").
_POSSESSIVE_GAP_RE = re.compile(r"(?:'s|’s|'|’)\s+$", re.IGNORECASE)


async def people_describing_the_anchor(turn: Turn) -> Turn:
    """``turn`` with the people who only say which "like" title is meant turned into ``ANCHOR_CREDIT`` entities."""
    text = turn.text or ""
    if text.startswith("/"):
        return turn
    title = _the_like_title(turn, text)
    if title is None:
        return turn
    people = [e for e in turn.entities if e.name in _PEOPLE and not e.excluded and e.start is not None]
    describing = [p for p in people if _describes(text, title, p, people)]
    if not describing or len(describing) != len(people):
        return turn
    item_id = lookup_title_id(title.value)
    if not item_id:
        return turn
    credits = set(await title_credits(item_id, "cast", "directors") or [])
    if not all(p.value in credits for p in describing):
        return turn
    return replace(turn, entities=[replace(e, name=ANCHOR_CREDIT) if e in describing else e for e in turn.entities])


def _the_like_title(turn: Turn, text: str) -> Optional[Entity]:
    """The one title of the message that the likeness is about: role ``similar``, a plain title with a likeness
    cue after it ("<title> with <people>, something like it"), or one named with a person inside its span."""
    titles = [e for e in turn.entities if e.name == "title" and not e.excluded and e.role in (None, SIMILAR)
              and e.start is not None and e.end is not None]
    if len(titles) != 1:
        return None
    title = titles[0]
    if title.role == SIMILAR or _LIKENESS_RE.search(text, title.end) or _credit_inside(turn, title):
        return title
    return None


def _credit_inside(turn: Turn, title: Entity) -> bool:
    """The NLU read "<title> with / by <a person>" as the title named with its credit, the person inside its span
    ("the <title> with <its star> was great"): whether the person only says which title it is, its credits decide,
    likeness cue or not."""
    assert title.start is not None and title.end is not None
    return any(e.name in _PEOPLE and e.start is not None and title.start < e.start and e.end is not None
               and e.end <= title.end for e in turn.entities)


def _names_itself(text: str, person: Entity) -> bool:
    """The person's span holds a word of their name (read from the viewer's words), not a pointer the actions resolved
    to them ("same director if possible", "the guy from it")."""
    said = {w.casefold() for w in re.findall(r"\w+", text[person.start:person.end])} if person.end is not None else set()
    return any(w.casefold() in said for w in re.findall(r"\w+", person.value))


def _named_again(rest: str, person: Entity) -> bool:
    """A word of the person's name (as said: "nolan" for Christopher Nolan) said again in ``rest``."""
    said = {w.casefold() for w in re.findall(r"\w+", person.value)}
    return any(w.casefold() in said for w in re.findall(r"\w+", rest))


def _describes(text: str, title: Entity, person: Entity, people: list[Entity]) -> bool:
    """The person is said as part of the title's description: inside its span ("You, the <person> stalker show"), in
    apposition to it, or linked to it ("<title> with <person> [and <person>]") — and never asked for as such."""
    assert title.start is not None and title.end is not None and person.start is not None
    if _ASKED_BEFORE_RE.search(text[:person.start]):
        return False
    if (person.start, person.end) == (title.start, title.end) or not _names_itself(text, person):
        return False  # the title's maker or star asked for through it ("same director", "the guy from"): a wish
    if title.start <= person.start < title.end:
        return True
    if person.end is not None and person.end <= title.start:
        # round 30B: "<director>'s <title>, something like it": the possessive says whose title it is, unless the
        # person is named again after the title ("…, or more by <them>": their work asked for as well)
        return _POSSESSIVE_GAP_RE.match(text, person.end, title.start) is not None and not _named_again(
            text[title.end:], person)
    if person.start < title.end:
        return False
    # the gap since the title, with any earlier person of the same description blanked out
    gap = text[title.end:person.start]
    for other in people:
        if other is not person and other.start is not None and other.end is not None \
                and title.end <= other.start and other.end <= person.start:
            gap = gap.replace(text[other.start:other.end], " ")
    gap = re.sub(r"\s+", " ", gap)
    return bool(_APPOSITION_RE.match(gap) or _DESCRIBING_LINK_RE.match(gap))
