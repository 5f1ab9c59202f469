"""Who is watching, as an edit of the active search (pure; no I/O).

"Ok then just something for her age" after nothing matched keeps the audience and gives up the rest
(``settles_for_audience``, ``age_said``, ``points_at_the_watcher``); "just for me now" after a child's search lifts
the children's caps (``says_alone``, ``viewer_alone_now``); "something the adults enjoy too" keeps the younger cap
(``adults_watch_too``).
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.constraints import CHILDRENS_GENRES, CHILDREN_AUDIENCES
from actions.entities import Entity
from actions.query_text import WATCHERS_AGE
from actions.turn import Said, Turn
from contract.constraints import Constraints
from contract.vocabulary import AUDIENCES
from contract.words import ANIMATION_WORD_RE

_F = re.IGNORECASE

# Who is watching, pointed back at ("her", "him", "the kids", "a kid that age", "my son"), after what suits them.
_WATCHER = (r"(?:her|him|them|the\s+(?:kids?|little\s+ones?|children|boys?|girls?)|(?:a\s+)?kids?|(?:a\s+)?child"
            r"|(?:a\s+)?(?:little\s+)?(?:boy|girl|one)|my\s+[\w'-]+)")
_SUITS_WATCHER_RE = re.compile(
    r"\b(?:for|suits?|suited\s+to|suitable\s+for|fits?|right\s+for|appropriate\s+for|ok(?:ay)?\s+for|works?\s+for"
    r"|good\s+for|fine\s+for|safe\s+for)\s+" + _WATCHER + r"(?:(?:'s)?\s+(?:that\s+|her\s+|his\s+|their\s+)?age)?\b"
    r"|\b" + WATCHERS_AGE, _F)
# Settling words: whatever is left that suits them ("just something", "anything", "whatever").
_SETTLING_RE = re.compile(r"\b(?:something|anything|whatever|any\s+(?:film|movie|show|title)s?|just|then|instead)\b", _F)


# The viewer says they watch alone now: "just for me", "by myself", "on my own", "for me alone", or "for me" closing
# the message after a comma or "then"/"now" ("ok any of his then, for me"). Not "for me and my son", "for me to show
# the kids", "too scary for me", "you choose for me", "something for me too", "works for me, my son and my daughter".
# After a search for a child or a teen, their audience and rating caps go (planning._alone_now).
YOUNG_AUDIENCES = CHILDREN_AUDIENCES | {"teen"}
_ALONE_RE = re.compile(
    r"(?:\b(?:just|only)\s+(?:for\s+)?(?:me|myself)|\bfor\s+(?:me|myself)\s+(?:alone|only)|\bme\s+alone|\bby\s+myself"
    r"|\bon\s+my\s+own|(?:,|\bthen|\bnow)\s*for\s+(?:me|myself)(?=\s*(?:now|then|tonight)?\s*[.!?]*\s*$))"
    r"(?!\s*(?:,|(?:and|&|\+|with|or|to|too|also|as\s+well|n|'n)\b))", _F)
# "what about for me, anything he's in", "how about for myself": the viewer's own turn now, after a child's (round 25b).
_MY_TURN_RE = re.compile(r"\b(?:what|how)\s+about\s+(?:for\s+)?(?:me|myself)\b"
                         r"(?!\s*(?:and|&|\+|with|or|too|also|as\s+well|n|'n)\b)", _F)
# "not just for me", "isn't only me": the others are watching too.
_NOT_BEFORE_RE = re.compile(r"(?:\bnot|n't)(?:\s+\w+){0,2}\s*$", _F)
COMPANY_ENTITIES = frozenset({"audience", "absent_audience", "rating"})  # who is watching, said


def viewer_alone_now(turn: Turn) -> bool:
    """The message says the viewer watches alone now, after a search for a child or a teen, and names no audience."""
    return (turn.constraints.audience in YOUNG_AUDIENCES and not any(e.name in COMPANY_ENTITIES for e in turn.entities)
            and says_alone(turn.text))


def says_alone(text: Optional[str]) -> bool:
    """"Just for me", "by myself": the viewer watches alone (not "not just for me", "just me, my son joins later")."""
    text = text or ""
    return any(not _NOT_BEFORE_RE.search(text[:m.start()]) for m in _ALONE_RE.finditer(text)) or bool(
        _MY_TURN_RE.search(text))


def points_at_the_watcher(text: Optional[str]) -> bool:
    """The message names who watches by pointing back ("for her", "fine for him", "suits them"): the same company."""
    return bool(text) and not str(text).startswith("/") and _SUITS_WATCHER_RE.search(str(text)) is not None


def settles_for_audience(turn: Turn) -> Optional[tuple[int, int]]:
    """"Ok then just something for her age", "fine, anything for him then", "whatever suits a kid that age" after an
    offer for a combination nothing matched (a horror film for a 4-year-old): the viewer gives up the genre, mood and
    topic and keeps who is watching. The span of the words naming who is watching (an audience read in them is the
    search's, never a new one), or None: no such words, no children's audience in the search, nothing to give up,
    or the search did not just come up empty (no relaxation pending and a list shown)."""
    text = turn.text or ""
    state = turn.constraints
    if text.startswith("/") or state.audience not in AUDIENCES[:-1]:
        return None
    if turn.pending_relaxation is None and turn.last_items:
        return None
    if not ([g for g in state.genres + state.any_genres if g not in CHILDRENS_GENRES] or state.mood or state.query):
        return None
    if not _SETTLING_RE.search(text):
        return None
    watcher = _SUITS_WATCHER_RE.search(text)
    if watcher is not None:
        return watcher.span()
    for e in turn.entities:  # round 24b: "ok then anything for a three year old": a child of an age said, who watches now
        if (e.name == "audience" and not e.excluded and e.start is not None and e.end is not None
                and _AGE_SAID_RE.search(text[e.start:e.end])):
            cue = _WATCHER_CUE_RE.search(text[:e.start])
            if cue is not None or _WATCHER_CUE_RE.match(text[e.start:e.end].split()[0] + " "):  # the span may hold "for"
                return (cue.start() if cue is not None else e.start), e.end
    return None


# The words before an audience that say it is who the settled-for titles must suit ("for a", "fine for my", "suits a").
_WATCHER_CUE_RE = re.compile(r"\b(?:for|suits?|suitable\s+for|right\s+for|ok(?:ay)?\s+for|good\s+for|fine\s+for|safe\s+for)"
                             r"\s+(?:(?:a|an|my|our|the)\s+)?$", _F)
# An audience said with its age ("a three year old", "my 5yo"): a new watcher, applied over the search's.
_AGE_SAID_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                          r"|fifteen|sixteen|seventeen)\b", _F)


def age_said(text: str, e: Entity) -> bool:
    """``e`` (an audience) is said with an age: it replaces the search's audience (``settles_for_audience``)."""
    return e.start is not None and e.end is not None and bool(_AGE_SAID_RE.search(text[e.start:e.end]))


# An adults' audience said with words of togetherness ("something the grown-ups enjoy too", "also fun for the
# parents"): the children still watch, so it adds no adults' audience and the search's younger cap stays. "Too" /
# "as well" count after the adults in their clause at its end, "also" anywhere in it; "nothing too scary" is a
# degree word.
_TOGETHER_AFTER_RE = re.compile(r"^[^,;.!?]*?\b(?:too|as\s+well)\s*(?:[,;.!?)]|$)|^[^,;.!?]*?\balso\b", _F)
_TOGETHER_BEFORE_RE = re.compile(r"\balso\b[^,;.!?]*$", _F)


def adults_watch_too(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """Drop an adults' audience said with "too" / "as well" / "also" while the search has a younger audience
    ("family friendly show", then "something the adults enjoy too"): the family cap stays, the rest is applied."""
    if (not text or text.startswith("/") or state.audience not in AUDIENCES[:-1]):
        return list(entities)
    return [e for e in entities if not (
        e.name == "audience" and e.value == AUDIENCES[-1] and not e.excluded and e.start is not None
        and e.end is not None and (_TOGETHER_AFTER_RE.search(text[e.end:])
                                   or _TOGETHER_BEFORE_RE.search(text[:e.start])))]


# The animated genre for grown-ups: "cartoons for adults" is anime in the extractor's reading (no children's titles).
ANIMATED_FOR_ADULTS = "anime"


def cartoons_grown_up(text: Optional[str], entities: Sequence[Entity], state: Constraints,
                      earlier: Sequence[Said]) -> list[Entity]:
    """``entities`` with the animated genre added when the viewer asked for cartoons and now says the audience is
    grown-ups ("cartoons", then "actually for adults, mature stuff"): read together the two messages are "cartoons for
    adults", which the extractor reads as anime; without it the children's genre the word brought goes and nothing of
    the animation stays (round 34). Only while the search's genre is the children's one a cartoon word brought, and
    the message names no genre of its own."""
    adults = any(e.name == "audience" and e.value == AUDIENCES[-1] and not e.excluded and e.role is None
                 for e in entities)
    if (not text or text.startswith("/") or not adults or state.genres != ["kids"]
            or any(e.name == "genre" and not e.excluded for e in entities)):
        return list(entities)
    said = next((s for s in earlier if any(e.name == "genre" for e in s.entities)), None)
    if said is None or not said.text or not any(
            e.name == "genre" and e.value == "kids" and not e.excluded and e.start is not None and e.end is not None
            and ANIMATION_WORD_RE.fullmatch(said.text[e.start:e.end].strip()) for e in said.entities):
        return list(entities)
    return [*entities, Entity("genre", ANIMATED_FOR_ADULTS)]
