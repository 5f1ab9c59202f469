"""A question about the maturity of one title just shown: "is it ok for a 6 year old?", "would that be too scary for my
five year old", "can my 10 year old watch the second one?", "<title>. Is it suitable for someone who hates swearing?",
"what's it rated?". The viewer asks about THAT title (the card shown, the n-th of the list, or the title named), never
for a new list: the answer is its rating against the age mapping (docs/contracts.md "Age mapping"), yes or no with the
rating. The search and the list stay as they were (so "those" still means the list); the title becomes the focused one
and an audience asked about is kept as the search's cap (the stricter one wins), so "more like that one" afterwards is a
like-search on it within that cap.

Near-misses stay requests: "something ok for a 6 year old", "are there any for a 6 year old", "is there anything
else for a 6 year old", "show me ones that are ok for teens"; and nothing is answered without a title to be about ("it"
with a list and no title in focus).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Optional

from actions.cues import bare_bound_unit
from actions.edits.seen import says_seen
from actions.entities import EXCLUDE, Entity
from actions.references import Reference, UnresolvedReference, resolve
from actions.turn import Turn
from contract.constraints import unitless_bound_in
from contract.vocabulary import AUDIENCES, RATING_AUDIENCE, stricter_audience

_F = re.IGNORECASE
# The title asked about: a pronoun, a pointer into the list, or (in a message naming a title) any noun phrase.
_SUBJECT = (r"(?:it|that(?:\s+one)?|this(?:\s+one)?|the\s+(?:\w+\s+)?(?:one|movie|film|show|series)|number\s+\w+"
            r"|\d(?:st|nd|rd|th)(?:\s+one)?|(?:first|second|third|fourth|fifth|last|top)(?:\s+one)?)")
# Whether the title suits a viewer: "is it ok / fine / suitable / appropriate / too scary for ...".
_FITS_RE = re.compile(
    rf"\b(?:is|was|would|will|'s|isn'?t)\s+{_SUBJECT}\s+(?:be\s+)?(?:(?:too|very|really|that|a\s+bit|kind\s+of|at\s+all)\s+)*"
    r"(?:ok(?:ay)?|alright|all\s+right|fine|suitable|appropriate|safe|good|scary|violent|mature|adult|rude"
    r"|kid[\s-]?friendly|family[\s-]?friendly|age[\s-]?appropriate)\b"
    rf"|\b(?:would|will|does|do|could|can)\s+{_SUBJECT}\s+(?:be\s+)?(?:suit|work\s+for)\b"
    rf"|\b(?:can|could|should|may)\s+(?:my|a|the|our|her|his|their|i|we|they|he|she)\b[\w\s']*?\bwatch\s+{_SUBJECT}\b"
    rf"|\b(?:ok|okay|fine|suitable|appropriate|safe)\s+for\b[\w\s']*?\bto\s+watch\s+{_SUBJECT}\b"
    # "would my 10 yo be fine with it", "will the kids be ok watching that one"
    rf"|\b(?:would|will|could|is|are)\s+(?:my|our|the|a|an|your|her|his|their)\b[\w\s']*?\bbe\s+(?:ok(?:ay)?|alright"
    rf"|all\s+right|fine|good)\s+(?:with|watching)\s+{_SUBJECT}\b"
    # "is it for kids?", "is that one meant for teens"
    rf"|\b(?:is|was|'s)\s+{_SUBJECT}\s+(?:(?:only|just|really|meant|made|aimed\s+at)\s+)?for\b", _F)
# The same question with its subject left out, typed right after one title's card: "ok for my 8 year old?", "suitable
# for a 12 year old", "fine for the kids?", "too scary for a seven year old?". A word that is also an acknowledgement
# (ok, fine, good, alright) asks only with a question mark: "ok for my 8 year old then" goes on with a search.
_BARE_FIT_RE = re.compile(
    r"^\W*(?:(?:so|and|but|hm+|um+|hey|just\s+checking|quick\s+question)\W+)*"
    r"(?:(?:would\s+(?:it|that|this)\s+be|is\s+(?:it|that|this)|it'?s|that'?s)\s+)?(?:(?:too|very|really|a\s+bit|kind\s+of"
    r"|at\s+all)\s+)*(?:(?P<plain>suitable|appropriate|safe|scary|violent|mature|kid[\s-]?friendly|family[\s-]?friendly"
    r"|age[\s-]?appropriate)|(?P<ack>ok(?:ay)?|alright|all\s+right|fine|good))\s+for\b(?P<rest>[^,;.!]*)$", _F)
# Its rating: "what's it rated", "what is the rating of the second one", "what age is it for", "how is it rated".
_RATING_RE = re.compile(
    rf"\bwhat(?:'s|s|\s+is|\s+was)?\s+{_SUBJECT}\s+rated\b|\bhow\s+(?:is|was)\s+{_SUBJECT}\s+rated\b"
    r"|\bwhat(?:'s|s|\s+is)\s+(?:the|its)\s+(?:age\s+|maturity\s+)?rating\b|\bwhat\s+(?:age\s+|maturity\s+)?rating\b"
    rf"|\bwhat\s+age\s+(?:is|was)\s+{_SUBJECT}\s+for\b|\bis\s+{_SUBJECT}\s+rated\b", _F)
# Words that make the message a request for titles rather than a question about one.
_REQUEST_RE = re.compile(
    r"\b(?:some(?:thing|one\s+else)?|any(?:thing|one)?|others?|else|another|more|instead|different|similar|recommend"
    r"|suggest|find|show\s+me|give\s+me|are\s+there|is\s+there|ones|titles|movies|films|shows)\b", _F)


@dataclass(frozen=True)
class TitleQuestion:
    """A maturity question about one title: which title, and the audience asked about (None: only its rating)."""

    reference: Reference
    audience: Optional[str]


def maturity_question(turn: Turn) -> Optional[TitleQuestion]:
    """The maturity question this message asks about one title (module docstring), or None."""
    text = turn.text or ""
    if not text or text.startswith("/"):
        return None
    asks_fit = (_FITS_RE.search(text) is not None or _bare_fit_on_a_card(turn)) \
        and _audience_said(turn.entities)  # "is it good?" asks no rating
    if not asks_fit and _RATING_RE.search(text) is None:
        return None
    if _REQUEST_RE.search(_outside_titles(text, turn.entities)):
        return None
    ref = _title_pointed_at(turn)
    return TitleQuestion(ref, asked_audience(turn.entities)) if ref is not None else None


def _bare_fit_on_a_card(turn: Turn) -> bool:
    """"Ok for my 8 year old?" right after one title's card: the fit question without "is it" (``_BARE_FIT_RE``). Only
    with a title in focus: with a list and no card the same words narrow the search ("fine for teens")."""
    match = _BARE_FIT_RE.match(turn.text or "")
    if match is None or not turn.focused_id:
        return False
    return bool(match.group("plain")) or match.group("rest").rstrip().endswith("?")


def _title_pointed_at(turn: Turn) -> Optional[Reference]:
    """The one title a question is about: the n-th listed or the title named, else the card in focus or the only
    title listed; None when nothing is pointed at or the pointer resolves to no title."""
    pointers = [e for e in turn.entities if e.name in ("position", "title", "item_id")]
    if not pointers and not turn.focused_id and len(turn.last_items) != 1:
        return None
    try:
        ref = resolve(pointers, turn.last_items, turn.focused_id)
    except UnresolvedReference:
        return None
    return ref if ref is not None and (ref.item_id or ref.title) else None


def _outside_titles(text: str, entities: list[Entity]) -> str:
    """The message without the titles named in it ("Shows of the Week" is no request for shows)."""
    for e in sorted((e for e in entities if e.name == "title" and e.start is not None and e.end is not None),
                    key=lambda e: e.start or 0, reverse=True):
        text = text[:e.start] + " " + text[e.end:]
    return text


def _audience_said(entities: list[Entity]) -> bool:
    return any(e.name == "audience" and not e.excluded for e in entities)


def asked_audience(entities: list[Entity]) -> Optional[str]:
    """The audience the question is about: the youngest said ("a 6 year old" → kids, "someone who hates swearing" →
    family), None when no viewer is named ("is it ok?")."""
    return stricter_audience(*(e.value for e in entities if e.name == "audience" and not e.excluded))


def suits(rating: Optional[str], audience: str) -> Optional[bool]:
    """Whether a title of ``rating`` suits ``audience`` by the age mapping; None for an unrated title (NR, UR, none),
    which never satisfies an audience and is answered as unknown."""
    rated = RATING_AUDIENCE.get(rating or "")
    if rated is None:
        return None
    return AUDIENCES.index(rated) <= AUDIENCES.index(audience)


def kept_cap(current: Optional[str], asked: Optional[str]) -> Optional[str]:
    """The audience the search keeps after the question: the stricter of the search's and the one asked about."""
    return stricter_audience(current, asked) if asked else current


def rating_of(item: Mapping[str, Any]) -> Optional[str]:
    """The rating of an item (its wire form), None when unrated."""
    value = item.get("rating")
    return str(value) if value else None


# "Give me ones like it", "anything similar to that one", "more like this": titles like the one the message points at.
_ONES_LIKE_IT_RE = re.compile(
    r"\b(?:give\s+me|show\s+me|find(?:\s+me)?|recommend|suggest|any(?:thing|more)?|some(?:thing)?|more|others?|ones?|else"
    r"|stuff|titles|shows|movies|films|series)\b[\w\s']{0,24}?"
    r"\b(?:like|similar\s+to)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?)(?![\w'’])|\bsimilar\s+ones\b", _F)
_NOT_LIKE_IT_RE = re.compile(r"\b(?:nothing|not|no|never|don'?t|isn'?t|aren'?t|without)\s+(?:\w+\s+){0,2}"
                             r"(?:like|similar)\b|\b(?:un)?like\s+(?:it|that)\s+(?:but|except)\b", _F)


def asks_for_ones_like_it(turn: Turn) -> bool:
    """A question about a title that goes on to ask for titles like it ("is the third one any good? give me ones like
    it", "what's that one about, anything similar to it"): a like-search on that title, never its card again. Only
    where the message points at a title (a position, a named title, or the one in focus); "nothing like it" and "like it
    but ..." (a contrast the search rules read) are no such request."""
    text = turn.text or ""
    if not text or text.startswith("/") or not _ONES_LIKE_IT_RE.search(text) or _NOT_LIKE_IT_RE.search(text):
        return False
    return any(e.name in ("position", "title", "item_id") and not e.excluded for e in turn.entities) or bool(
        turn.focused_id)


# A question asked just before about how long the titles run: its unit ("how many seasons does the top one have",
# "how long is the second one").
_ASKED_UNIT_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("seasons", re.compile(r"\bhow\s+many\s+(?:seasons?|series)\b|\bseasons?\s+(?:does|do|did|has|have|is|are)\b"
                           r"|\b(?:does|do|did|has|have|is|are)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?|the\s+\w+(?:\s+one)?)"
                           r"\s+(?:(?:have|has|got)\s+)?(?:a\s+lot\s+of\s+|many\s+|several\s+)?seasons?\b", _F)),
    ("duration", re.compile(r"\bhow\s+long\b|\bhow\s+many\s+(?:minutes|mins|hours)\b|\b(?:run\s*time|runtime|length)\b",
                            _F)),
)


def asks_how_long(text: Optional[str]) -> bool:
    """"How long is it?", "how many seasons does it have", "what's the runtime": a question of the title's length, so
    its answer leads with the length in a sentence (``wording.length_of``) before the card. A request ("how long is the
    longest one you have, find me one") is left to the usual reading by its caller."""
    return bool(text) and not str(text).startswith("/") and any(p.search(str(text)) for _, p in _ASKED_UNIT_RES)


def bound_in_the_unit_asked(turn: Turn) -> list[Entity]:
    """A bound said without its unit ("only ones with 2 or less", "3+ then", "at least 5 actually", "no more than 90")
    right after the viewer asked how many seasons / how long a title shown runs, or while a search with a list shown
    tells the unit (``cues.bare_bound_unit``): the bound in that unit (``seasons`` ``-2``, ``duration`` ``-90``;
    ``contract.constraints.unitless_bound_in``) in place of the extractor's unitless ``bound``, so it narrows the
    current search ("What should I change?" otherwise). A number that is no plausible count of the unit ("at least
    5" of films) stays unitless; the entities unchanged when nothing tells the unit."""
    bounds = [e for e in turn.entities if e.name == "bound"]
    if not bounds or any(e.name in ("seasons", "duration") for e in turn.entities):
        return turn.entities
    asked = turn.earlier[0].text or "" if turn.earlier else ""
    unit = next((unit for unit, pattern in _ASKED_UNIT_RES if pattern.search(asked)), None) or _unit_of_the_search(turn)
    if unit is None:
        return turn.entities
    return [_in_unit(e, unit) if e.name == "bound" else e for e in turn.entities]


def _in_unit(bound: Entity, unit: str) -> Entity:
    """The unitless ``bound`` as a bound in ``unit``, or unchanged when its number is no count of that unit."""
    value = unitless_bound_in(str(bound.value), unit)
    return bound if value is None else Entity(unit, value, bound.role, bound.start, bound.end)


def _unit_of_the_search(turn: Turn) -> Optional[str]:
    """Round 25f: the one count the active search bounds ("anime with lots of seasons" → ``seasons``; "a comedy under
    40 minutes" → ``duration``), so a bound said without its unit right after it ("(like) 6 or more", "50 tops") moves
    that count; round 30A: with both or neither bounded, a series search counts seasons and a film search minutes, a
    search of no format the format of the list shown (``cues.bare_bound_unit``). None with no list shown."""
    return bare_bound_unit(turn.constraints, turn.last_items) if turn.last_items else None


def seen_title_asked_like(turn: Turn) -> Optional[Entity]:
    """"I've already seen <title>. Anything like it?", "seen <title> already, got anything similar to that": the one
    title named, said seen, then titles like "it" asked for after it — "it" is that title, so the answer is a like-search
    on it (the title itself left out), never more of the search before minus that title. None when the message names
    no title or several, says nothing seen, or asks nothing like it ("seen <title>, something else": the search goes on
    without it)."""
    text = turn.text or ""
    if not text or text.startswith("/") or not says_seen(text):
        return None
    titles = [e for e in turn.entities if e.name == "title" and e.role in (None, EXCLUDE)]
    if len(titles) != 1 or any(e.name == "title" for e in turn.entities if e not in titles) or titles[0].end is None:
        return None
    after = text[titles[0].end:]
    if not _ONES_LIKE_IT_RE.search(after) or _NOT_LIKE_IT_RE.search(after):
        return None
    return Entity("title", titles[0].value, None, titles[0].start, titles[0].end)


# Which of two kinds a title is: "is that the anime or the live action", "is it a movie or a series?".
_KINDS = r"(?:anime|animated|cartoon|live[\s-]?action|movie|film|series|show|tv\s+show|documentary|doc)"
_KIND_RE = re.compile(rf"\b(?:is|was|'s)\s+{_SUBJECT}\s+(?:an?\s+|the\s+)?{_KINDS}\b[^?.!]*?\bor\s+(?:an?\s+|the\s+)?"
                      rf"{_KINDS}\b", _F)
_DRAWN_RE = re.compile(r"\b(?:anime|animated|cartoon|live[\s-]?action)\b", _F)
_TYPE_WORDS = {"movie": "film", "series": "series", "special": "special"}


def kind_question(turn: Turn) -> Optional[Reference]:
    """The title a question of which kind it is asks about ("is that the anime or the live action?", "is the second one
    a film or a series"): the card in focus, the n-th listed or the title named; None for no such question or no title
    to be about ("is there an anime or a live action one" asks for titles)."""
    text = turn.text or ""
    if not text or text.startswith("/") or _KIND_RE.search(text) is None:
        return None
    if re.search(r"\b(?:is|are)\s+there\b|\bany\b|\bones\b", text, _F):
        return None
    return _title_pointed_at(turn)


def kind_of(item: Mapping[str, Any], text: str) -> str:
    """What kind the title is, in the words of the question: anime or live action when asked so, then its format
    ("an anime series", "a live-action film", "a documentary film")."""
    genres = [str(g) for g in item.get("genres") or []]
    kind = _TYPE_WORDS.get(str(item.get("type") or ""), "title")
    if _DRAWN_RE.search(text):
        kind = ("anime " if "anime" in genres else "live-action ") + kind
    elif "documentary" in genres:
        kind = "documentary " + kind
    return ("an " if kind[:1] in "aeiou" else "a ") + kind
