"""Removals: a follow-up that clears a constraint of the active search (pure; no I/O).

"Any length is fine", "forget the kids", "the year doesn't matter", "it doesn't have to be Korean", "no age limit":
the named constraint group is cleared (``find_removals``, applied by ``remove_fields``); the entities it names are
consumed, never re-added. A swap ("swap the drama for comedy", "japanese rather than korean") takes out only the old
value of a list constraint (``remove_values``); a drop verb before something the search does not hold ("remove the
horror ones" while searching comedies) is an exclusion instead. docs/contracts.md "Dialogue edit rules".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from actions.constraints import CHILDREN_AUDIENCES, drop_childrens_genres
from actions.entities import EXCLUDE, Entity
from actions.turn import Turn
from contract.constraints import Constraints
from contract.vocabulary import COUNTRY_LANGUAGES

_F = re.IGNORECASE

# Kinds of constraint a viewer can name in words -> the Constraints fields that hold them. Seasons are
# optional fields (only cleared when the schema has them).
FIELD_GROUPS: dict[str, tuple[str, ...]] = {
    "runtime": ("min_minutes", "max_minutes"),
    "year": ("year_min", "year_max", "recent_years", "older_than_years"),
    "genre": ("genres",),
    "media_type": ("media_type",),
    "audience": ("audience", "ratings"),
    "language": ("languages",),
    "country": ("countries",),
    "people": ("actors", "directors"),
    "actor": ("actors",),
    "director": ("directors",),
    "mood": ("mood",),
    "seasons": ("min_seasons", "max_seasons", "seasons"),
    "similar": ("similar_to", "similar_title"),
}
# Which group each entity belongs to ("forget the kids": the audience entity names the audience group).
ENTITY_GROUP: dict[str, str] = {
    "genre": "genre", "media_type": "media_type", "duration": "runtime", "audience": "audience",
    "rating": "audience", "year": "year", "country": "country", "language": "language",
    "actor": "actor", "director": "director", "title": "similar", "mood": "mood", "seasons": "seasons",
}
# Words naming a kind of constraint.
_FIELD_WORDS: tuple[tuple[str, str], ...] = (
    ("runtime", r"length|runtime|run\s*time|running\s+time|duration|time\s+limit|minutes?\s+limit"),
    ("year", r"release\s+(?:year|date)|years?|date|era|decade"),
    ("genre", r"genres?|category|categories"),
    ("media_type", r"format|movies?\s+or\s+(?:series|shows?)|(?:series|shows?)\s+or\s+movies?"),
    ("audience", r"age(?:\s+(?:limit|rating|restriction))?|maturity(?:\s+rating)?|ratings?|kids?(?:\s+filter)?"
                 r"|children|family\s+filter"),
    ("language", r"languages?|subtitles"),
    ("country", r"countr(?:y|ies)|origin"),
    ("actor", r"actors?|actress(?:es)?|cast"),
    ("director", r"directors?"),
    ("mood", r"mood|vibe|tone"),
    ("seasons", r"(?:number\s+of\s+)?seasons?"),
    ("all", r"(?:all\s+(?:the\s+|of\s+the\s+)?)?(?:filters|constraints|restrictions|limits|criteria)"),
)
_FIELD = "|".join(f"(?P<{name}>{words})" for name, words in _FIELD_WORDS)
_DET = r"(?:(?:the|that|this|my|a|an|its|it's|about|any|whole|entire)\s+)*"  # round 28C: "the whole year thing"
# "forget the length", "drop the kids filter", "don't care about the year", "never mind the genre"
_VERB = (r"forget(?:\s+about)?|drop|remove|lose|ignore|never\s*mind|scrap|clear|ditch|get\s+rid\s+of"
         r"|(?:do\s*n[o']?t|do\s+not)\s+(?:really\s+)?(?:care|mind)\s+(?:about|for)"
         r"|not\s+(?:bothered|fussed|worried)\s+about|regardless\s+of|no\s+matter\s+the")
_VERB_FIELD_RE = re.compile(rf"\b(?:{_VERB})\s+{_DET}(?:{_FIELD})\b", _F)
# The next field of a list after a removal verb's first ("drop the year and the rating", "forget length, year").
_AND_FIELD_RE = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|plus|as\s+well\s+as)\s+){_DET}(?:{_FIELD})\b", _F)
# "any length", "whatever genre" ("any kids movies?" is a request: kids words do not count here)
_ANY_FIELD = "|".join(f"(?P<{name}>{words})" for name, words in _FIELD_WORDS if name not in ("audience", "all"))
_ANY_FIELD_RE = re.compile(
    rf"\b(?:any|whatever|whichever)\s+(?:(?:{_ANY_FIELD})|(?P<any_age>age(?:\s+(?:limit|rating))?|rating))\b"
    # "any country but spain" keeps the country; "any country but no more than 2 seasons" drops it (round 25f)
    rf"(?!\s+(?:of|but|except)\b(?!\s+(?:no|not|nothing|only|just|under|over|less|more|at|shorter|longer|with)\b))", _F)
# "no runtime limit", "no age restriction anymore"
_NO_FIELD_RE = re.compile(rf"\bno\s+(?:{_FIELD})\s+(?:limits?|filters?|caps?|restrictions?|requirements?)\b", _F)
# A limit named by its own words: "no time limit actually", "without an age restriction", "no max length"
_NO_LIMIT_RE = re.compile(
    r"\b(?:no|without\s+(?:a|an|any)?|lose\s+the|drop\s+the|remove\s+the|forget\s+the)\s*"
    r"(?:(?P<runtime>time\s+(?:limit|cap|constraint|restriction)s?|(?:max(?:imum)?|min(?:imum)?)\s+"
    r"(?:length|runtime|duration)|length\s+(?:cap|limit))|(?P<audience>age\s+(?:limit|cap|restriction)s?)"
    r"|(?P<year>year\s+(?:limit|cap|restriction|range)s?|date\s+range))\b", _F)
# "the length doesn't matter", "language isn't important"
_FIELD_MATTERS_RE = re.compile(
    rf"\b(?:{_FIELD})\s+(?:(?:does\s*n[o']?t|does\s+not|dont|is\s*n[o']?t|is\s+not|won'?t)\s+"
    rf"(?:really\s+)?(?:matter|important|an?\s+issue|a\s+problem)|(?:is|are)\s+(?:irrelevant|whatever"
    rf"|not\s+important))\b", _F)
# "time doesn't matter", "the time isn't an issue" ("time" alone is too vague for the other patterns)
_TIME_MATTERS_RE = re.compile(
    r"\btime\s+(?:(?:does\s*n[o']?t|does\s+not|dont|is\s*n[o']?t|is\s+not)\s+(?:really\s+)?"
    r"(?:matter|important|an?\s+issue|a\s+problem)|(?:is|are)\s+(?:irrelevant|not\s+important))\b", _F)
# "doesn't matter how long", "don't care how old it is"; round 25d: "doesnt matter when its from", "don't mind what year
# it came out", "not fussed which decade": when it was made is the year group
_HOW_RE = re.compile(r"\b(?:matters?|care|mind|bothered|fussed)\s+(?:about\s+)?(?:how\s+(?P<how>long|old|new|recent)\b"
                     r"|(?P<when>when|what\s+(?:year|decade|era)|which\s+(?:year|decade|era))\s+(?:it|they|its|it'?s|they'?re"
                     r"|it\s+(?:is|was)|they\s+(?:are|were)|from)\b)", _F)
_HOW_GROUP = {"long": "runtime", "old": "year", "new": "year", "recent": "year", "short": "runtime"}
# "it doesn't have to be that new", "needn't be so recent", "doesn't need to be that long": the bound of that kind goes
# (never an exclusion of recent titles).
_NEED_NOT_BE_RE = re.compile(
    r"\b(?:(?:it|they|those|these|that)\s+)?(?:does\s*n[o']?t|does\s+not|dont|don'?t|do\s+not|need\s*n[o']?t|need\s+not)"
    r"\s+(?:(?:have|need)\s+to\s+)?be\s+(?:that|so|too|super|very|all\s+that)\s+(?P<how>new|recent|old|long|short)\b", _F)
# "whatever he's in then", "anything she has done", "any film they made": every title of the search's person, whatever
# its genre (only while the search holds a person; the rest of the search stays).
_WHATEVER_THE_PERSON_RE = re.compile(
    r"\b(?:whatever|anything|everything|any\s+(?:thing|title|film|movie|show)s?)\s+(?:else\s+)?(?:he|she|they)"
    r"(?:(?:'s|’s|s|\s+is|\s+are|'re|’re|\s+was|\s+were|\s+(?:has|have)\s+been)\s+in"
    r"|(?:'s|’s|'ve|’ve|\s+(?:has|have))\s+(?:done|made|directed|starred\s+in|acted\s+in|appeared\s+in)"
    # round 24b: "whatever he's got then", "anything she has": all of theirs
    r"|(?:'s|’s|'ve|’ve|\s+(?:has|have))\s+got|\s+(?:has|have|got)(?=\s*(?:then|tho|though|please|pls|lol|\W*$|[,.;!?]))"
    r"|\s+(?:did|made|directed|starred\s+in|acted\s+in|appeared\s+in|was\s+in|were\s+in))\b", _F)


def asks_for_the_persons_titles(turn: Turn) -> bool:
    """"anything he's in", "what about for me, whatever she's done" while the search holds a person: every title of that
    person, a search (round 25b: labelled a details question, it asked "which one do you mean?")."""
    state = turn.constraints
    return (bool(state.actors or state.directors) and bool(turn.text) and not str(turn.text).startswith("/")
            and _WHATEVER_THE_PERSON_RE.search(str(turn.text)) is not None)


# "hmm is he in a series", "has she done any films": a question whether the search's person has titles of a kind, which
# asks for that person in that kind, whatever the genre that found nothing.
_PERSON_IN_ANY_RE = re.compile(
    r"\b(?:is|was|has|have|does|did)\s+(?:he|she|they)\s+(?:ever\s+)?(?:been\s+in|in|done|made|directed|do|make|direct"
    r"|star(?:red)?\s+in|act(?:ed)?\s+in|appear(?:ed)?\s+in)\s+(?:a|an|any)\b", _F)
# "any german series then, doesn't matter what", "whatever sort": the genre goes, the rest of the search stays.
_ANY_KIND_RE = re.compile(
    r"\b(?:(?:does\s*n[o']?t|does\s+not|dont|don'?t|do\s+not)\s+(?:really\s+)?matter\s+what(?:\s+(?:kind|sort|type|genre))?"
    r"|whatever\s+(?:kind|sort|type))\b(?=\s*(?:$|[,.;:!?)-]|(?:then|tho|though|really|honestly|tbh|lol|just|as\s+long)\b))",
    _F)
# A verb right before an entity removes that entity's constraint: "forget the kids", "it doesn't have
# to be korean", "no need for series anymore".
_ENTITY_VERB_RE = re.compile(
    rf"\b(?:{_VERB}|(?:it\s+)?(?:does\s*n[o']?t|does\s+not|dont|need\s*n[o']?t)\s+(?:have|need)\s+to\s+be"
    rf"|not\s+necessarily|no\s+need\s+for(?:\s+it\s+to\s+be)?|(?:do\s*n[o']?t|do\s+not)\s+need(?:\s+it\s+to\s+be)?)"
    rf"\s+{_DET}$", _F)

# The search's person dropped by a pronoun: "forget him", "never mind her", "scratch that guy", "leave her out" (the
# "people" group: cast and director). "Forget it", "never mind" alone name no person: they stay cancel words. "Them"
# is no person: after a person's titles "i've seen them, skip them" or "drop them, they're all too long" mean the titles.
_DROP_PERSON_RE = re.compile(
    rf"\b(?:(?:{_VERB}|scratch|skip|leave)\s+(?:about\s+)?(?:him|her|that\s+(?:guy|girl|woman|man|actor|actress"
    rf"|director|person))(?:\s+out)?|leave\s+out\s+(?:him|her))\b", _F)

# Removal verbs that, before something the search does not hold, mean "keep it out" ("remove the horror
# ones" while searching comedies).
_DROP_VERB_RE = re.compile(r"(?:remove|drop|ditch|lose|get\s+rid\s+of|scrap)\b", _F)


# A swap names what goes and what comes: "swap the drama for comedy", "switch korean to japanese", "change the
# thriller into a horror", "replace the series with movies" (the old value right after the verb, the new one after
# "for / to / into / with") and "comedy instead of drama", "japanese rather than korean", "horror in place of thriller"
# (the old value after the phrase, the new one before it).
_SWAP_VERB_RE = re.compile(rf"\b(?:swap|switch|change|trade|replace|exchange|substitute)\s+(?:out\s+)?{_DET}$", _F)
_SWAP_FOR_RE = re.compile(r"^\s*(?:ones?\s+|stuff\s+|bits?\s+|part\s+)?(?:out\s+)?(?:for|to|into|with|by)\s", _F)
_INSTEAD_OF_RE = re.compile(rf"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+{_DET}$", _F)


@dataclass(frozen=True)
class Removal:
    """What a message asks to drop: constraint groups, the character spans that said so, and entities
    to apply as exclusions instead (a drop verb before something the search does not hold). ``values`` are single
    values of a list constraint a swap takes out ("swap the drama for comedy" after Indian romantic dramas: drama
    goes, romance and India stay), as (entity name, value)."""

    groups: frozenset[str] = frozenset()
    spans: tuple[tuple[int, int], ...] = ()
    exclusions: tuple[Entity, ...] = ()
    values: tuple[tuple[str, str], ...] = ()
    # The search's person sent away by a pronoun ("forget her, any stand-up"): the titles of theirs just shown go too.
    person_dismissed: bool = False

    def __bool__(self) -> bool:
        return bool(self.groups or self.spans)

    def consumes(self, entity: Entity) -> bool:
        """Whether ``entity`` is the object of a removal ("kids" in "forget the kids")."""
        if entity.start is None or entity.end is None:
            return False
        return any(start <= entity.start and entity.end <= end for start, end in self.spans)

    def as_entities(self) -> list[Entity]:
        """The removal phrases as span-only entities, so they never reach the free-text query."""
        return [Entity("_removal", "", None, start, end) for start, end in self.spans]


def find_removals(text: Optional[str], entities: Sequence[Entity], state: Optional[Constraints] = None) -> Removal:
    """The constraint groups this message asks to drop (empty when it asks for none). A verb before an
    entity ("drop the horror") removes only what ``state`` holds (when given): "remove the horror ones"
    while searching for comedies is not a removal of the comedy."""
    if not text or text.startswith("/"):
        return Removal()
    groups: set[str] = set()
    spans: list[tuple[int, int]] = []
    exclusions: list[Entity] = []
    one_of_several: list[tuple[str, str]] = []
    person_dismissed = False
    for rx in (_VERB_FIELD_RE, _ANY_FIELD_RE, _NO_FIELD_RE, _FIELD_MATTERS_RE):
        for m in rx.finditer(text):
            name = next((n for n, _ in _FIELD_WORDS if n in rx.groupindex and m.group(n)), "audience")
            groups.add(name)
            spans.append((m.start(), m.end()))
            while rx is _VERB_FIELD_RE and (m := _AND_FIELD_RE.match(text, m.end())) is not None:
                # round 27C: "drop the year and the rating", "forget the length, the year": every field listed goes
                groups.add(next((n for n, _ in _FIELD_WORDS if m.group(n)), "audience"))
                spans.append((m.start(), m.end()))
    for m in _TIME_MATTERS_RE.finditer(text):
        groups.add("runtime")
        spans.append((m.start(), m.end()))
    for m in _NO_LIMIT_RE.finditer(text):
        groups.add(next(n for n in ("runtime", "audience", "year") if m.group(n)))
        spans.append((m.start(), m.end()))
    for m in _HOW_RE.finditer(text):
        groups.add(_HOW_GROUP[m["how"].lower()] if m["how"] else "year")
        spans.append((m.start(), m.end()))
    for m in _NEED_NOT_BE_RE.finditer(text):
        groups.add(_HOW_GROUP[m["how"].lower()])
        spans.append((m.start(), m.end()))
    if state is not None and (state.actors or state.directors) and state.genres:
        for rx in (_WHATEVER_THE_PERSON_RE, _PERSON_IN_ANY_RE):  # "ok whatever hes in then": the person stays
            for m in rx.finditer(text):
                groups.add("genre")
                spans.append((m.start(), m.end()))
    if state is not None and state.genres:
        for m in _ANY_KIND_RE.finditer(text):  # "any german series then, doesn't matter what": the genre goes
            groups.add("genre")
            spans.append((m.start(), m.end()))
    if state is not None and (state.actors or state.directors):
        for m in _DROP_PERSON_RE.finditer(text):  # "forget him, any comedy special": the person goes, the rest stays
            groups.add("people")
            spans.append((m.start(), m.end()))
            person_dismissed = True
    for e in entities:
        if e.start is None or e.end is None or e.name not in ENTITY_GROUP:
            continue
        m = _ENTITY_VERB_RE.search(text[:e.start])
        if not m:
            continue
        spans.append((m.start(), e.end))  # never re-added: "it doesn't have to be korean" is not Korean
        if state is not None and _one_of_several(state, e):
            one_of_several.append((e.name, str(e.value)))  # "drop the comedy" of horror comedies: horror stays
        elif state is None or _holds(state, ENTITY_GROUP[e.name], e.value):
            groups.add(ENTITY_GROUP[e.name])
        elif (twin := _origin_twin(state, e)) is not None:
            groups.add(twin)  # "forget korea" of a search in Korean: the place named is the search's origin
        elif _DROP_VERB_RE.match(m.group(0)) and not e.excluded:
            exclusions.append(replace(e, role=EXCLUDE))
    if state is not None:  # "drop the country" of a search in Korean: the origin the search holds is the language
        for named, twin in (("country", "language"), ("language", "country")):
            if named in groups and not _holds_any(state, named) and _holds_any(state, twin):
                groups.add(twin)
    if "all" in groups:
        groups = set(FIELD_GROUPS) - {"people", "actor", "director", "similar"} | {"all"}
    if "runtime" in groups and state is not None and _length_is_seasons(state):
        groups.add("seasons")  # "any length" of a series search with a season count: the count goes
    swapped = _swapped_out(text, entities)
    spans += [span for span, _ in swapped]
    values = tuple(one_of_several) + tuple((e.name, str(e.value)) for _, e in swapped
                                           if state is None or _holds(state, ENTITY_GROUP[e.name], e.value))
    exclusions += [replace(e, role=EXCLUDE) for _, e in swapped if e.name == "genre"]  # a genre swapped out stays out
    return Removal(frozenset(groups), tuple(spans), tuple(exclusions), values, person_dismissed)


def _swapped_out(text: str, entities: Sequence[Entity]) -> list[tuple[tuple[int, int], Entity]]:
    """The old values of swaps in ``text`` with the span of their words (verb or "instead of" through the old value):
    only when a wanted value of the same kind is said on the other side, so "change the channel to comedy" or
    "instead of sitting around" swap nothing."""
    placed = [e for e in entities if e.start is not None and e.end is not None and e.name in ENTITY_GROUP
              and not e.excluded]
    out: list[tuple[tuple[int, int], Entity]] = []
    for e in placed:
        verb = _SWAP_VERB_RE.search(text[:e.start])
        to = _SWAP_FOR_RE.match(text[e.end:]) if verb else None
        if verb and to and any(_swap_kind(o) == _swap_kind(e) and o.start >= e.end + to.end() - 1
                               for o in placed if o is not e):
            out.append(((verb.start(), e.end + to.end()), e))
            continue
        instead = _INSTEAD_OF_RE.search(text[:e.start])
        if instead and any(_swap_kind(o) == _swap_kind(e) and o.end <= instead.start() for o in placed if o is not e):
            out.append(((instead.start(), e.end), e))
    return out


def _holds(state: Constraints, group: str, value: str) -> bool:
    """Whether ``state`` has a constraint of ``group`` (for list fields: holding ``value``)."""
    for name in FIELD_GROUPS.get(group, ()):
        current = getattr(state, name, None)
        if isinstance(current, list) and group not in ("audience",):
            if value in current:
                return True
        elif current not in (None, [], ""):
            return True
    return False


def _holds_any(state: Constraints, group: str) -> bool:
    """Whether ``state`` has any constraint of ``group``."""
    return any(getattr(state, name, None) not in (None, [], "") for name in FIELD_GROUPS.get(group, ()))


def _origin_twin(state: Constraints, e: Entity) -> Optional[str]:
    """The other origin group when ``e`` names the search's origin in the other kind of word: a country whose language
    the search holds ("forget korea" of Korean series), or a language one of the search's countries speaks."""
    if e.name == "country" and COUNTRY_LANGUAGES.get(str(e.value)) in (state.languages or []):
        return "language"
    if e.name == "language" and any(COUNTRY_LANGUAGES.get(c) == e.value for c in state.countries or []):
        return "country"
    return None


def _length_is_seasons(state: Constraints) -> bool:
    """The search's length is a season count, not a runtime ("nature docuseries, 10 seasons or more")."""
    return (getattr(state, "min_seasons", None) is not None or getattr(state, "max_seasons", None) is not None) \
        and state.min_minutes is None and state.max_minutes is None


def _one_of_several(state: Constraints, e: Entity) -> bool:
    """The search holds this value among others of its kind (genres, countries, languages, people): removing it
    takes only it out."""
    for name in FIELD_GROUPS.get(ENTITY_GROUP.get(e.name, ""), ()):
        current = getattr(state, name, None)
        if isinstance(current, list) and e.value in current and len(current) > 1:
            return True
    return False


def _swap_kind(e: Entity) -> str:
    """What a swap trades like for like: an origin for an origin ("korean to japanese": a language for a country),
    a person for a person, else the entity's own kind."""
    return {"country": "origin", "language": "origin", "actor": "person", "director": "person"}.get(e.name, e.name)


def remove_values(state: Constraints, values: Sequence[tuple[str, str]]) -> Constraints:
    """A copy of ``state`` without single list values a swap took out (the other values of the list stay)."""
    for name, value in values:
        for field_name in FIELD_GROUPS.get(ENTITY_GROUP.get(name, ""), ()):
            current = getattr(state, field_name, None)
            if isinstance(current, list) and value in current:
                state = replace(state, **{field_name: [v for v in current if v != value]})
    return state


def remove_fields(state: Constraints, groups: frozenset[str]) -> Constraints:
    """A copy of ``state`` without the constraints of ``groups`` ("all" clears every hard one, and mood)."""
    names = {f for g in groups for f in FIELD_GROUPS.get(g, ())}
    if "all" in groups:
        names |= {f for g, fs in FIELD_GROUPS.items() for f in fs}
        names |= {"exclude_genres", "exclude_origin_genres", "exclude_topics", "query", "sort"}  # and an order too
    cleared = {}
    for name in names:
        if not hasattr(state, name):
            continue  # optional fields (e.g. seasons) of another schema version
        current = getattr(state, name)
        cleared[name] = [] if isinstance(current, list) else None
    new = replace(state, **cleared)
    if "audience" in names and state.audience in CHILDREN_AUDIENCES:
        drop_childrens_genres(new)  # "forget the family thing" after family films: they came with the children
    return new
