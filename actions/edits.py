"""Follow-ups as edits of the current search: which kind of edit a message is (pure; no I/O).

While a search is active (constraints are set or a list was shown), the message decides what happens,
whatever the intent classifier called it (docs/contracts.md "Dialogue edit rules"):

* **remove** — "any length is fine", "forget the kids", "the year doesn't matter", "it doesn't have to
  be Korean": the named constraint is cleared (``find_removals``; the entities it names are consumed,
  never re-added);
* **exclude an item** — "not this one", "not the third", "skip the first one", a dislike of a listed
  title: that title never comes back in this conversation and the answer shows fresh picks
  (``find_rejection``);
* **pivot to a person** — "anything else with her?", "more from that director", "what else has
  <person> been in": keep the person, drop the unrelated filters (``find_person_pivot``);
* **seen** — "I've seen the second one", "seen the first two", "seen them all": those titles are left
  out (and recorded as seen) and fresh picks follow (``find_seen``);
* **more picks** — "another one", "one more", "any others": the same search, fresh picks
  (``wants_more_picks``); so is a turn-down of the whole list ("she got bored", "not into these", "meh":
  ``turns_down_list``);
* **recency** — "newer ones", "older ones" after a list: newer / older than it; "new / recent ones": the
  catalog's recent years (``recency_cues``);
* **topic reply** — "about space", "dinosaur ones": the topic ranks; an entity the extractor read inside
  an "about …" phrase never replaces the search's genre or format (``topic_reply_entities``);
* everything else carrying constraints adds or replaces one slot each (``constraints.apply_entities``),
  unless it is a new subject request (``constraints.starts_new_search``).

``carries_search_words`` is what the non-search actions (fallback, out of scope, small talk, deny,
affirm, start over; ``TurnAction.routes_search_edits``) ask before answering in their own way: when it
is true the turn goes to the recommendation path.

Longer than ~300 lines on purpose: every kind of edit (removal, rejection, pivots, seen, more
picks, topic replies) and the patterns that recognise it are read together, because their patterns
must not overlap.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace
from collections.abc import Collection
from typing import Optional, Sequence

from actions.constraints import CHILDREN_AUDIENCES, CHILDRENS_GENRES, CONSTRAINT_ENTITIES, drop_childrens_genres, topics_let_in
from actions.cues import list_comparatives, search_bound_cues
from actions.entities import CAST_OF, DIRECTOR_OF, EXCLUDE, SIMILAR, Entity
from actions.query_text import WATCHERS_AGE, query_spelling, residual_query
from actions.person_parts import dropped_person_spans, new_pair
from actions.catalog_names import close_names
from actions.references import Reference, UnresolvedReference, catalog_gazetteer, is_title_word, parse_position, resolve
from actions.repeats import repeated_edit
from actions.turn import Turn
from contract.availability import AVAILABLE, ASK_HAVE, HERE, HOLDER, KIND, OPENER, POLITE, Slot, asked_slot, without_kind_word
from contract.words import (PERFORMER_GENDER_WORDS, PERFORMER_ROLE_WORDS, in_catalog_vocabulary,
                            without_foreign_courtesies)
from contract.constraints import Constraints
from contract.numbers import ORDINALS
from contract.words import (ANIMATION_WORD_PATTERN, CHILD_KIN_PATTERN, DONE_WITH_PATTERN, LAUGHTER_PATTERN,
                            PARTNER_PATTERN, correction_lead, is_filler)
from contract.vocabulary import FOREIGN_MEDIA_WORDS, SUBJECT_WORDS
from contract.vocabulary import HOLIDAY_WORDS, SEASON_WORDS, topic_word
from contract.vocabulary import AUDIENCES, COUNTRY_LANGUAGES, RATING_AUDIENCE

REFERENCE_ENTITIES = frozenset({"position", "title", "item_id"})
PERSON_ENTITIES = frozenset({"actor", "director"})
_F = re.IGNORECASE

# -- remove ---------------------------------------------------------------------------------------

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


# -- exclude an item ------------------------------------------------------------------------------

# "not this one", "that one's no good", "not that", "not interested in this one"
_REJECT_RE = re.compile(
    r"\bnot\s+(?:this|that)(?:\s+one)?\s*[.!?]*\s*$"
    r"|\bnot\s+(?:this|that|the)\s+one\b(?!\s+(?:with|from|about|where|that|which|who|in))"
    r"|\b(?:this|that|the)\s+one(?:'s|\s+is)\s+(?:no\s+good|not\s+(?:it|for\s+me|good|great|my\s+thing))\b"
    r"|\bnot\s+(?:interested\s+in|into|feeling|a\s+fan\s+of)\s+(?:this|that|it)\b", _F)
# A negation right before a reference: "skip the first one", "not interested in the third one".
_NEGATED_REFERENCE_RE = re.compile(
    r"\b(?:not|skip|drop|remove|ditch|lose|hate|no\s+to|rather\s+not|not\s+interested\s+in|not\s+into"
    r"|not\s+feeling|(?:do\s*n[o']?t|do\s+not)\s+want)\s+(?:\w+\s+){0,2}$", _F)


@dataclass(frozen=True)
class Rejection:
    """The viewer rejects ``ref`` (None: the list as a whole, "not these", no single title resolvable);
    ``spans``: the opinion words that turned it down ("looks boring", "silly"), which say nothing about the
    search (an entity read inside them, the mood of "silly", is no edit)."""

    ref: Optional[Reference] = None
    spans: tuple[tuple[int, int], ...] = ()


# A low opinion of a title: "boring", "looks dumb", "seems silly", "meh", "not for me", "looks bad". Said in the
# clause of a listed title's position it turns that title down ("the second one looks boring, others?"), never
# asks for more like it.
_OPINION_DOWN_RE = re.compile(
    r"\b(?:boring|bored|dull|dumb|silly|lame|stupid|meh+|naff|cringe\w*|rubbish|crap|crappy|trash|weak|awful"
    r"|terrible|horrible|bad|tedious|overrated|corny|cheesy|yawn|pass"
    r"|not\s+(?:for\s+(?:me|us|her|him|them)|my\s+(?:thing|cup\s+of\s+tea|style|taste)|(?:really\s+)?(?:great|good|it"
    r"|appealing|interesting|fun|my\s+vibe))|no\s+good|doesn'?t\s+(?:appeal|grab|interest|do\s+it)"
    r"|(?:looks?|seems?|sounds?)\s+(?:kinda\s+|kind\s+of\s+|a\s+bit\s+|pretty\s+|so\s+|too\s+|really\s+|very\s+)*"
    r"(?:off|meh|bad|weird|odd|slow|childish|depressing|grim|heavy))\b", _F)
# An opinion word that is itself negated or asked about is no turn-down: "not boring at all", "is the second one dull?"
_OPINION_NEGATED_RE = re.compile(r"(?:\bnot|n't|\bnever|\bhardly)\s+(?:\w+\s+)?$", _F)
_OPINION_QUESTION_RE = re.compile(r"\b(?:is|was|does|do|would|will|are|isn'?t)\s+$", _F)
_ASKS_FOR_OTHERS_RE = re.compile(r"\b(?:else|others?|more|instead|different|another)\b", _F)
# The clause of a reference: up to punctuation or a contrast word ("the 2nd is dull, but more like the 4th").
_CLAUSE_END_RE = re.compile(r"[,;.!?:()]|\b(?:but|though|however|whereas|while)\b", _F)


def opinion_turn_down(turn: Turn) -> Optional[Rejection]:
    """"The second one looks boring, others?", "number 4 seems silly, what else", "meh the last one, anything
    else": a low opinion in the clause of a listed title's position turns that title down — it is left out, the
    whole search stays and fresh picks follow (``planning._plan_rejection``), whatever the label said (a "more
    like" pivot to it would be the opposite). None without a list, a position or such an opinion.

    Raises ``references.UnresolvedReference`` for a position outside the list."""
    text = turn.text or ""
    if not turn.last_items or text.startswith("/"):
        return None
    for e in turn.entities:
        if e.name != "position" or e.start is None or e.end is None:
            continue
        at, to = e.start, e.end
        start, end = _clause_of(text, at, to)
        if _OPINION_QUESTION_RE.search(text[start:at]) and not _ASKS_FOR_OTHERS_RE.search(text):
            continue  # "is the second one boring?": a question about it ("does number 2 look dull? others?" is not)
        said = [(m.start(), m.end()) for m in _OPINION_DOWN_RE.finditer(text, start, end)
                if not (at <= m.start() < to) and not _OPINION_NEGATED_RE.search(text[start:m.start()])]
        if said:
            return Rejection(resolve([e], turn.last_items, None), tuple(said))
    return None


def _clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the last clause boundary before it to the next one after."""
    before = [m.end() for m in _CLAUSE_END_RE.finditer(text, 0, start)]
    after = _CLAUSE_END_RE.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def find_rejection(turn: Turn, intent: Optional[str]) -> Optional[Rejection]:
    """The title (or list) this message rejects while a list is shown, or None.

    Raises ``references.UnresolvedReference`` for a position outside the list ("not the ninth").
    """
    if not turn.last_items:
        return None
    refs = [e for e in turn.entities if e.name in REFERENCE_ENTITIES]
    excluded = [e for e in refs if e.excluded or _negated(turn.text, e)]
    if excluded:
        return Rejection(resolve(excluded, turn.last_items, None))
    text = turn.text or ""
    opinion = opinion_turn_down(turn)
    if opinion is not None:
        return opinion  # "the second one looks boring, others?"
    if intent == "feedback_dislike" or (not text.startswith("/") and _REJECT_RE.search(text)):
        return Rejection(resolve(refs, turn.last_items, turn.focused_id))
    return None


def _negated(text: Optional[str], entity: Entity) -> bool:
    if not text or entity.start is None or entity.name == "title":
        return False
    return bool(_NEGATED_REFERENCE_RE.search(text[:entity.start]))


# -- pivot to a person ----------------------------------------------------------------------------

# "more of his stuff", "the rest of her films", "anything else of theirs": the person's other titles.
_OF_THEIRS = (r"\b(?:more|rest|all|any|anything\s+else|everything\s+else|others)\s+of\s+(?:his|her|their|theirs)\b"
              r"(?!\s+(?:kids?|children|son|daughter|family|wife|husband|partner|friends?)\b)")
_PERSON_PRONOUN_RE = re.compile(_OF_THEIRS + r"|"
    r"\b(?:with|by|from|starring|featuring)\s+(?:her|him|that\s+(?:actor|actress|guy|girl|woman|man|lady"
    r"|director|filmmaker|person)|the\s+same\s+(?:actor|actress|director|person|cast))\b"
    r"|\b(?:that|this|the\s+same)\s+(?:actor|actress|director|filmmaker)\b"
    r"|\b(?:she|he)(?:'s|\s+is|\s+was|\s+has\s+been)\s+(?:also\s+)?in\s+(?:anything|something|other|more|any|lots)\b"
    r"|\b(?:is|was)\s+(?:she|he)\s+(?:also\s+)?in\s+(?:anything|something|other|more|any|lots)\b"
    r"|\belse\s+(?:is|was|has|did|does)\s+(?:she|he)\b"
    r"|\b(?:has|did|does)\s+(?:she|he)\s+(?:been\s+in|done|made|directed|starred\s+in|have|got)\b"
    r"|\b(?:his|her)\s+other\s+(?:stuff|films?|movies?|shows?|series|works?|things|titles|roles|projects|ones|credits)\b", _F)
# "anything else with them?" after a search for people: them are those people (without any, "them" is the list).
_WITH_THEM_RE = re.compile(r"\b(?:with|starring|featuring|by)\s+them\b"
                           r"|\btheir\s+other\s+(?:stuff|films?|movies?|shows?|works?|things|titles|roles|projects)\b", _F)
# "Her other stuff", "his other films", "<name>'s other work": the person's filmography beyond the search, not more
# of the same search with them.
_OTHER_WORKS_RE = re.compile(r"\b(?:his|her|their|\w+'s?)\s+other\s+(?:stuff|films?|movies?|shows?|series|works?"
                             r"|things|titles|roles|projects|ones|credits)\b|" + _OF_THEIRS, _F)


def asks_for_other_works(text: Optional[str]) -> bool:
    """"His other films" after "<person>'s action films": the person's other titles, whatever the genre of the
    search — the search's filters are dropped, not kept while some are left."""
    return bool(text) and not str(text).startswith("/") and bool(_OTHER_WORKS_RE.search(str(text)))


_DIRECTOR_WORDS_RE = re.compile(r"\b(?:director|filmmaker|directed|made|by\s+(?:him|her)|from\s+(?:him|her))\b", _F)
_MORE_RE = re.compile(r"\b(?:else|more|other|another|again)\b", _F)
# "fine, any tom hanks", "ok anything with her name... Meryl Streep": a person right after "any".
_ANY_PERSON_RE = re.compile(r"\b(?:any|anything|something|whatever)\s+(?:(?:with|by|from|starring|featuring)\s+)?$", _F)


@dataclass(frozen=True)
class PersonPivot:
    """Keep the people, drop the rest: ``actors`` / ``directors`` named in the message (if any) and
    whether the wording points at a director ("more from that director")."""

    actors: tuple[str, ...] = ()
    directors: tuple[str, ...] = ()
    director_first: bool = False
    # "the ones she directed" after her films as an actor: the search's person in the other role
    # ("director" / "actor"), the role they were searched in dropped
    switch_to: Optional[str] = None


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


# Nouns for a person of the kind the search holds ("another comedian", "other directors like her").
_PERSON_NOUNS = (r"(?:(?:stand-?up|female|male|funny|good)\s+)?(?:director|actor|actress|filmmaker|person|cast|lead|star"
                 r"|comedian|comic|performer|host|presenter|narrator|guy|gal|girl|woman|man|lady|one\s+of\s+those)(?:e?s)?")
# Other people like the one searched: "more comedians like her", "actors like him", "someone similar to her": the
# person goes, the rest of the search stays, ranked like the person's titles (``likes_the_person``).
_LIKE_THE_PERSON = (r"\b(?:(?:more|other|some|any|similar|different|new)\s+)?(?:" + _PERSON_NOUNS + r"|someone|somebody|people"
                    # "who else is like him?", "anyone else like her": asked as a question about others
                    r"|who\s+else(?:\s+is|\s+are|'s|’s)?|(?:anyone|anybody|someone|somebody)\s+else)\s+"
                    r"(?:(?:just|a\s+bit|kind\s+of|kinda)\s+)?(?:like|similar\s+to|in\s+the\s+(?:same\s+)?vein\s+(?:as|of)"
                    r"|along\s+the\s+lines\s+of)\s+(?:him|her|them)\b")
_LIKE_THE_PERSON_RE = re.compile(_LIKE_THE_PERSON, _F)
# Any person will do: "a comedy from anybody", "by anyone at all", "any director is fine", "whoever made it": the
# search's person is dropped, not turned down (their titles may come back: ``any_person_will_do``). Never "for
# anyone" (an audience) nor "anyone else" (a turn-down, below).
_ANYONE_WILL_DO = (r"\b(?:from|by|with|starring|featuring|(?:directed|made)\s+by)\s+(?:just\s+)?(?:any(?:body|one|\s+one)|whoever)"
                   r"(?:\s+at\s+all)?\b(?!\s+else)"
                   r"|\bany\s+(?:director|actor|actress|filmmaker|cast|star)s?(?:\s+(?:at\s+all|will\s+do|is\s+fine|is\s+ok(?:ay)?"
                   r"|works))?\s*(?=[.,;!?]|$)"
                   r"|\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:really\s+)?(?:matter|care)\s+who\b")
_ANYONE_WILL_DO_RE = re.compile(_ANYONE_WILL_DO, _F)
# "not by him", "someone else", "a different director", "without her", "more comedians like her": the search's person
# is turned down.
_NOT_THE_PERSON_RE = re.compile(
    r"\b(?:not|never|without|no(?:thing)?|minus|except)\s+(?:(?:one|ones|anything|something|stuff|any)\s+)?"
    r"(?:(?:by|with|from|starring|featuring|directed\s+by|made\s+by)\s+)?(?:him|her|them|that\s+(?:guy|girl|woman|man"
    r"|director|actor|actress|filmmaker|person))\b"
    r"|\b(?:someone|somebody|anyone|anybody)\s+(?:else|new|other\s+than\s+(?:him|her|them))\b"
    rf"|\b(?:a\s+)?(?:different|another|other|new)\s+{_PERSON_NOUNS}\b|\bn't\s+(?:by|with|from|starring)\s+(?:him|her|them)\b"
    rf"|{_LIKE_THE_PERSON}|{_ANYONE_WILL_DO}", _F)


def likes_the_person(turn: Turn) -> bool:
    """"More comedians like her", "other directors like him": a turn-down of the search's person that asks for others
    like them (the list shown, the person's titles, is the "like" anchor: ``planning._plan_without_person``)."""
    return not (turn.text or "").startswith("/") and bool(_LIKE_THE_PERSON_RE.search(turn.text or ""))


def any_person_will_do(turn: Turn) -> bool:
    """"A comedy from anybody", "any director is fine": the search's person is dropped but not turned down (nothing
    else in the message turns them down), so their titles are not left out."""
    text = turn.text or ""
    return bool(_ANYONE_WILL_DO_RE.search(text)) and not _NOT_THE_PERSON_RE.search(_ANYONE_WILL_DO_RE.sub(" ", text)) \
        and not dropped_person_spans(turn)


def turned_down_person_spans(turn: Turn) -> list[tuple[int, int]]:
    """The words that turn the search's person down ("a different comedian"): an entity the extractor read in them
    (the stand-up genre in "comedian") describes the person, it never changes the search."""
    return [(m.start(), m.end()) for m in _NOT_THE_PERSON_RE.finditer(turn.text or "")] + dropped_person_spans(turn)
# "anything by X", "any with X": a preposition says the person filters the search (a bare "fine, any Seth Rogen"
# takes anything of that person: the pivot).
_ANY_WITH_PERSON_RE = re.compile(r"\b(?:any|anything|ones?)\s+(?:with|by|from|starring|featuring)\s+$", _F)
# "the ones with X" after a person's list: "ones" are the listed person's titles, narrowed to those with X as well.
_ONES_WITH_PERSON_RE = re.compile(r"\bones?\s+(?:with|starring|featuring)\s+$", _F)
# Words that add a person to the ones searched for, titles with both of them: togetherness ("together", "both",
# "in the same film", "alongside", "where he's with X", "with him"), an adding verb ("add", "include", "plus") or
# "too / as well" said right after the name ("Harvey Keitel as well", "with Bill Murray too").
_ADD_PERSON_RE = re.compile(r"\b(?:plus|along\s*side|along\s+with|together(?:\s+with)?|both|add|adding|include|including"
                            r"|throw\s+in|in\s+the\s+same|co-?star\w*|jointly|also\s+(?:with|starring|featuring))\b"
                            r"|\b(?:he|she|they|hes|shes|theyre)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+with\b"
                            r"|\b(?:with|and)\s+(?:him|her|them)\b", _F)
_TOO_AFTER_NAME_RE = re.compile(r"\s*(?:too|as\s+well)\b", _F)
# Words that name the next person after a person's titles ("and the actress, X?", "& X", "also X", "X, she was in it
# too", "she's also great"): without words of togetherness the new person replaces the search's (the pivot to them),
# never both required. "Also / too / as well" count at the message's start, right after a pronoun or at a clause's end:
# "too" inside a clause ("…, nothing too violent") is a degree word.
_NEXT_PERSON_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|oh|hm+|so|right)[\s,]+)*(?:and\b|&|also\b)"
    r"|\b(?:he|she|they|hes|shes|theyre)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+(?:also|too)\b"
    r"|\b(?:also|too|as\s+well)\s*(?:[,;.!?)]|$)", _F)
# A person added means titles with both of them: right for cast ("with <actor> too"), but a film has one director,
# so "and <director>" / "and something by <director>" after a director's list asks for the new director instead
# (the person is replaced) unless the message says they worked together.
_CO_DIRECTED_RE = re.compile(r"\b(?:both|together|co-?direct\w*|jointly)\b", _F)
# Words that say a person is named for the cast ("with <person> too", "starring", "he's in").
_CAST_WORDS_RE = re.compile(r"\b(?:with|starring|featuring|acted|acting|actor|actress|cast|plays?|in\s+it"
                             r"|(?:he|she)(?:'s|\s+is)\s+in)\b|\bw(?:/|\s)", _F)
# Words that swap the search's person for the one named ("what about X", "any with X instead").
_SWAP_PERSON_RE = re.compile(r"\b(?:instead|rather|(?:what|how)\s+about|switch|swap|replace)\b", _F)
# A bare person follow-up: the message is only a cast/credit cue and the person ("with Cate Blanchett",
# "starring X", "narrated by X", "ok maybe featuring X and Y?"): the person filters the search, the rest stays.
_BARE_LEAD = r"^\s*(?:(?:ok(?:ay)?|maybe|hm+|um+|and|but|so|now|just|perhaps|preferably|ideally|ones?|the\s+ones?)[\s,]+)*"
_BARE_PERSON_BEFORE_RE = re.compile(
    _BARE_LEAD + r"(?:with|w/?|starring|featuring|feat\.?|ft\.?|narrated\s+by|voiced\s+by|hosted\s+by|presented\s+by"
    r"|directed\s+by|made\s+by|by|from|that\s+(?:has|have|stars?)|where\s+(?:\w+\s+)?(?:is|stars)\s+in\s+it)"
    r"(?:\s+|(?<=/))$", _F)
# The cast cue alone before the name ("w <actor>", "with <actor>", "starring <actor>") while the search holds a person
# (round 22e): the name joins the search's people, titles with both ("w harvey keitel" after De Niro's films), never a
# new search that drops the first person. Credit cues of another role ("by", "directed by") are not cast words.
_BARE_CAST_BEFORE_RE = re.compile(_BARE_LEAD + r"(?:with|w/?|starring|featuring|feat\.?|ft\.?)(?:\s+|(?<=/))$", _F)
_BARE_PERSON_BETWEEN_RE = re.compile(r"^\s*(?:,|&|and|or|,\s*and)?\s*$", _F)
_BARE_PERSON_AFTER_RE = re.compile(r"^\s*(?:in\s+it|pl(?:ea)?se?|pls|plz|then|maybe|perhaps|now|if\s+possible)?"
                                   r"\s*[.!?]*\s*$", _F)


def _bare_person_follow_up(text: str, named: Sequence[Entity], before: re.Pattern[str] = _BARE_PERSON_BEFORE_RE) -> bool:
    """Whether the message is only a credit cue (``before``) and the people named ("with Denzel Washington",
    "narrated by David Attenborough"): a filter of the search, never a new one."""
    spans = sorted((e.start, e.end) for e in named if e.start is not None and e.end is not None)
    if not spans or len(spans) != len(named):
        return False
    if not before.search(text[:spans[0][0]]):
        return False
    if any(not _BARE_PERSON_BETWEEN_RE.search(text[a[1]:b[0]]) for a, b in zip(spans, spans[1:])):
        return False
    return bool(_BARE_PERSON_AFTER_RE.search(text[spans[-1][1]:]))


# A filmography question rather than a filter of the search: "what else has X been in", "more with X".
_FILMOGRAPHY_RE = re.compile(r"\b(?:else|more|other|another|again|filmography|career|been\s+in)\b", _F)


def negated_topic(turn: Turn, *, strict: bool = False) -> Optional[str]:
    """"Not monty python stuff", "nothing with zombies" after a list: a topic the viewer does not want, said
    with no constraint entity (the extractor knows no such genre). The search stays, and titles about it are
    left out (``planning._plan_without_topic``); None when the message says anything else."""
    from actions.query_text import negation_scopes
    from contract.words import is_content_word

    text = turn.text or ""
    if not turn.last_items or text.startswith("/") or constraint_entities(turn.entities):
        return None
    if any(e.name == "contrast" for e in turn.entities):
        return None  # "not as scary", "not so long": a comparative of the list (actions/contrast.py), no topic
    if find_removals(text, turn.entities, turn.constraints) or wants_more_picks(text) \
            or recency_cues(text, turn.entities) or _topic_reply(turn):
        return None  # "no time limit actually", "no, another one", "not so old ones": other edits
    words: list[str] = []
    for start, end in negation_scopes(text):
        words += [w.lower() for w in re.findall(r"[^\W\d_][\w'\-]*", text[start:end])]
    # a name the catalog's vocabulary lacks ("potter") still names the topic: any word of 3+ letters counts
    # strict (a label that is no request: fallback, deny): only words of the catalog's vocabulary or of its
    # titles' names count ("lego", "potter")
    content = [w for w in dict.fromkeys(words)
               if w not in _NOT_A_TOPIC and (is_content_word(w) or (len(w) >= 3 and (not strict or is_title_word(w))))]
    return " ".join(content) or None


# Words inside a negation that name no topic ("not that one", "no thanks", "nothing else").
_NOT_A_TOPIC = frozenset({"thanks", "thank", "one", "ones", "stuff", "things", "thing", "else", "more", "anything",
                          "something", "really", "much", "kind", "sort", "type", "like", "similar", "same", "again",
                          "him", "her", "them", "that", "this", "those", "these", "movies", "movie", "films", "film",
                          "shows", "show", "series", "titles", "title", "sure", "way", "worries", "problem",
                          "the", "and", "with", "about", "from", "into", "any", "also", "just", "please", "pls", "now",
                          "anymore", "either", "even", "today", "tonight", "right", "all", "too", "very", "for",
                          "involving", "featuring", "related", "ever", "other", "others", "yet", "first", "second",
                          "third", "fourth", "fifth", "last", "top", "bottom", "next", "previous", "good", "fine",
                          "okay", "great", "cool", "interested", "want", "need", "care", "mind", "i'm", "i'd", "i've",
                          "idea", "bad", "chance", "wanna", "gonna", "actually", "time", "thx", "mean", "said", "what",
                          "yet", "bother", "matter", "worry", "enough", "all", "that's", "it's", "it", "is"})


def turns_down_person(turn: Turn) -> bool:
    """"Something like these but not by him", "someone else": the search holds a person and the message
    turns that person down (the rest of the search stays; ``planning._plan_without_person``)."""
    state = turn.constraints
    if not (state.actors or state.directors or state.any_people) or (turn.text or "").startswith("/"):
        return False
    if any(e.name in PERSON_ENTITIES and not e.excluded for e in turn.entities):
        return False  # a person named: a swap, not a refusal
    return bool(_NOT_THE_PERSON_RE.search(turn.text or "")) or bool(dropped_person_spans(turn))  # "drop adam"


# -- one of the search's people by part of their name ------------------------------------------------

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


@dataclass(frozen=True)
class PersonEdit:
    """A person named as an edit of the search: the people to search for, everything else kept."""

    actors: tuple[str, ...]
    directors: tuple[str, ...]
    added: bool = False  # the person is added to the search's people ("X too"), not replacing them
    any_people: tuple[str, ...] = ()  # "anything with A or B" after comedies: either of them


def find_person_edit(turn: Turn) -> Optional[PersonEdit]:
    """A person named as a change of the current search, not as a new one: "what about <person>" / "any with
    <person> instead" / "and <person>?" / "also <person>" while the search holds a person (the person is replaced:
    the next person, not both together), "<person> too" / "<A> and <B> together" / "in the same film" (added: titles
    with both), "anything by <person>" after comedies (the comedies stay). A filmography question
    ("what else has <person> been in") is a pivot (``find_person_pivot``) and fresh-start words a new search."""
    from actions.constraints import FRESH_START, gives_up_the_narrowing  # actions.constraints does not import this one

    text = turn.text or ""
    named = [e for e in turn.entities if e.name in PERSON_ENTITIES and not e.excluded]
    if not named or text.startswith("/") or FRESH_START.search(text):
        return None
    state = turn.constraints
    holds_person = bool(state.actors or state.directors)
    adds = ((_adds_person(text, named) or _narrows_to_person(text, named)
             or (holds_person and _bare_person_follow_up(text, named, _BARE_CAST_BEFORE_RE)))
            and not _SWAP_PERSON_RE.search(text))
    filter_words = any(e.start is not None and _ANY_WITH_PERSON_RE.search(text[:e.start]) for e in named)
    if not holds_person and _bare_person_follow_up(text, named):
        filter_words = True  # "with Denzel Washington" after thrillers: thrillers with him
    swaps = bool(_SWAP_PERSON_RE.search(text) or _NEXT_PERSON_RE.search(text))  # "what about X", "and X?": replaced
    swaps = swaps or corrects_the_search(turn)  # "no, i meant X", "nah i said X": the person the bot misread, replaced
    if not (holds_person and (adds or swaps)) and not (filter_words and not _FILMOGRAPHY_RE.search(text)):
        return None
    if filter_words and not adds and gives_up_the_narrowing(text, None) is not None:
        return None  # "fine, anything with <person>" after nothing matched: the pivot to them (round 22e), no filter
    either = tuple(dict.fromkeys(e.value for e in named if e.role == "any"))
    if len(either) > 1:  # "anything with A or B": either of them, whoever the search held
        return PersonEdit((), (), False, either)
    actors = [e.value for e in named if e.name == "actor"]
    directors = [e.value for e in named if e.name == "director"]
    if state.directors and not state.actors and actors and not directors and not _CAST_WORDS_RE.search(text):
        actors, directors = [], actors  # "and spike lee?" after a director's list: the same role as the list's
    if adds and directors and not actors and state.directors and not _CO_DIRECTED_RE.search(text):
        adds = False  # "and something by <director>" after a director's list: a title has one director, a new request
    if adds and new_pair(state, named):
        return None  # "<A> and <B> together in a movie": a new request of its own, never added to the search's people
    if adds:
        actors = list(dict.fromkeys(list(state.actors) + actors))
        directors = list(dict.fromkeys(list(state.directors) + directors))
    return PersonEdit(tuple(actors), tuple(directors), adds and holds_person)


# A correction of what the bot understood (contract/words ``correction_lead``): "no i said comedy", "nah, i meant <person>",
# "nope, a docuseries not documentary films". What it says is wanted (the NLU takes the answer particle out of the
# negation scope) and replaces the same kind of value the search had: a person the person (``find_person_edit``), a
# genre the genres (``constraints._apply_genres``), a format the format.
_PAUSE_RE = re.compile(r"[\s,.!:;…—–-]*")


def corrects_the_search(turn: Turn) -> bool:
    """The message opens with a correction lead and what follows it is wanted: a restating cue ("i said", "i meant"),
    or an answer particle whose first constraint after it is no refusal ("no, sports films not docs")."""
    text = turn.text or ""
    lead = correction_lead(text) if not text.startswith("/") else None
    if lead is None:
        return False
    after = sorted((e for e in turn.entities if e.name in CONSTRAINT_ENTITIES and e.start is not None
                    and e.start >= lead.end), key=lambda e: e.start or 0)
    return bool(after) and (lead.restated or not after[0].excluded)


def corrected_person(turn: Turn) -> Optional[Turn]:
    """"No <person>" / "nah, <person>" said alone after a search for someone else's titles: the person the bot misread,
    corrected (a turn-down of a co-star is said with "without", "not with", "none with"); the turn with the people
    wanted, which ``find_person_edit`` then swaps in. Only an answer particle, the people and a closing word ("please",
    "then"); the search must hold people, none of them the one named."""
    text = turn.text or ""
    lead = correction_lead(text) if not text.startswith("/") else None
    state = turn.constraints
    if lead is None or lead.restated or lead.particles is None or not (state.actors or state.directors):
        return None
    said = [e for e in turn.entities if e.name in CONSTRAINT_ENTITIES]
    if not said or any(e.name not in PERSON_ENTITIES or not e.excluded or e.start is None for e in said):
        return None
    said.sort(key=lambda e: e.start or 0)
    if not _PAUSE_RE.fullmatch(text, lead.end, said[0].start or 0) \
            or any(not _BARE_PERSON_BETWEEN_RE.search(text[a.end or 0:b.start or 0]) for a, b in zip(said, said[1:])) \
            or not _BARE_PERSON_AFTER_RE.search(text[said[-1].end or 0:]):
        return None
    if any(e.value in state.actors or e.value in state.directors for e in said):
        return None  # "no <the person searched>": a turn-down of them
    return replace(turn, entities=[replace(e, role=None) if e in said else e for e in turn.entities])


# Round 28D: "(only / just) the <person> ones / films / shows" after a person's list is "the ones with <person>": the
# listed person's titles narrowed to those with this person too, never the new person alone.
_THE_BEFORE_PERSON_RE = re.compile(r"(?:^|[\s,.!:;])the\s+$", _F)
_ONES_AFTER_PERSON_RE = re.compile(r"(?:'s|’s)?\s+(?:ones?|films?|movies?|flicks?|shows?|series|titles?|stuff)\b", _F)


def _narrows_to_person(text: str, named: Sequence[Entity]) -> bool:
    """"The ones with <person>", "only the <person> ones": the titles of the list (the search's person) that have this
    person too."""
    return any(e.start is not None and (_ONES_WITH_PERSON_RE.search(text[:e.start]) or (
        e.end is not None and _THE_BEFORE_PERSON_RE.search(text[:e.start]) and _ONES_AFTER_PERSON_RE.match(text, e.end)))
        for e in named)


def _adds_person(text: str, named: Sequence[Entity]) -> bool:
    """Whether the people named join the search's (titles with all of them): words of togetherness or adding
    ("together", "both", "in the same", "alongside", "add"), "too / as well" right after a name ("Harvey Keitel as
    well"), or "also with X". A leading "and" or "also" alone names the next person
    ("and the actress, X?", "X, she was in it too"): the person is replaced (``_NEXT_PERSON_RE``)."""
    return bool(_ADD_PERSON_RE.search(text)) \
        or any(e.end is not None and _TOO_AFTER_NAME_RE.match(text, e.end) for e in named)


def asks_for_another_person(turn: Turn) -> bool:
    """"What about X", "how about X instead" while the search holds a person: the next person's titles (a person
    edit), never the details of a title shown, whatever the label."""
    text = turn.text or ""
    if text.startswith("/") or not _SWAP_PERSON_RE.search(text) \
            or any(e.name in REFERENCE_ENTITIES for e in turn.entities):
        return False
    edit = find_person_edit(turn)
    return edit is not None and not edit.added


def find_person_pivot(turn: Turn, intent: Optional[str]) -> Optional[PersonPivot]:
    """A "more with this person" message, or None."""
    text = turn.text or ""
    typed = not text.startswith("/")
    named = [e for e in turn.entities if e.name in PERSON_ENTITIES and not e.excluded]
    switch = role_switch(turn) if typed else None
    if switch is not None:
        return PersonPivot(director_first=switch == "director", switch_to=switch)
    state = turn.constraints
    holds_people = bool(state.actors or state.directors or state.any_people)
    pronoun = typed and bool(_PERSON_PRONOUN_RE.search(text) or (holds_people and _WITH_THEM_RE.search(text)))
    more_of_named = bool(named) and (intent == "something_else" or (typed and bool(_MORE_RE.search(text))))
    more_of_named = more_of_named or (typed and any(
        e.start is not None and _ANY_PERSON_RE.search(text[:e.start]) for e in named))
    if not pronoun and not more_of_named:
        return None
    return PersonPivot(tuple(e.value for e in named if e.name == "actor"),
                       tuple(e.value for e in named if e.name == "director"),
                       typed and bool(_DIRECTOR_WORDS_RE.search(text)))


# -- more picks, seen titles, recency and topic replies --------------------------------------------

# "another one", "one more", "any others", "different ones", "next": the same search, fresh picks.
# Chat noise that may open a follow-up without changing what it asks ("haha ok, others?", "lol fine something else",
# "heh alright, more"): laughter, shrugs and acknowledgements before the words that ask for more picks.
_CHAT_LEAD = (r"(?:(?:ok(?:ay)?|k+|hm+|um+|uh+|and|so|well|fine|alright|all\s+right|right|sure|cool|oh|ah+|eh|yeah|yep"
              rf"|whatever|oh\s+well|{LAUGHTER_PATTERN}|haha\w*)[\s,.!:;-]+)*")
# "seen it", "i've watched that already", "already saw those": a seen clause before asking for more picks.
_SEEN_LEAD = (r"(?:(?:i|we)(?:'ve|’ve|\s+have)?\s+)?(?:already\s+)?(?:seen|watched|saw)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?"
              r"|those|these|them|'?em)(?:\s+(?:all|already|before))*")
_MORE_PICKS_RE = re.compile(
    r"\b(?:another\s+(?:one|few|batch|set|list|option|suggestion|pick)s?|one\s+more(?!\s+(?:thing|question|time))|a\s+few\s+more"
    r"|(?:any|some|got\s+any|give\s+me|show\s+me)\s+(?:more|others|other\s+(?:ones|options|titles)|different\s+ones)"
    r"|(?:more|moa+r|mo+re)\s+(?:please|pls|plz|options|suggestions|picks|ideas|titles|results)|(?:different|other)\s+ones"
    r"|next\s+(?:ones?|batch|few|page))\b"
    # round 27C: chat's "moar", "mooore" and a courtesy after the bare word ("moar pls", "more then thx")
    rf"|^\s*{_CHAT_LEAD}(?:more|moa+r|mo+re|others|another|next|again)(?:[\s,]+(?:please|pls|plz|then|thx|thanks|ty|lol))*"
    r"\s*[.!?]*\s*$"
    rf"|^\s*{_CHAT_LEAD}(?:still|even|some|a\s+few|yet)\s+more\b(?!\s+(?:recent|than))"
    rf"|^\s*(?:(?:nah|no)[\s,]+)?{_CHAT_LEAD}something\s+different(?:\s+(?:please|pls))?\s*[.!?]*\s*$"
    # "seen it, another", "watched that already. others?": the pick on screen seen, more picks of the same search
    rf"|^\s*{_CHAT_LEAD}{_SEEN_LEAD}[\s,.!:;-]+{_CHAT_LEAD}(?:(?:an)?other(?:\s+one)?s?|more|next|else|something\s+else)"
    r"(?:\s+(?:one|ones|please|pls|plz|then|thx|thanks))*\s*[.!?]*\s*$", _F)
# A seen verb: "I've seen the second one", "watched those already", "seen them all".
_SEEN_VERB_RE = re.compile(r"\b(?:seen|watched|saw|already\s+(?:seen|watched|saw))\b", _F)
_NOT_SEEN_RE = re.compile(r"(?:\b(?:not|never|havent|hasnt|didnt|dont|yet\s+to)|n't)\s+(?:\w+\s+)?(?:seen|watched|saw|see|watch)\b", _F)


def says_seen(text: Optional[str]) -> bool:
    """The message says something was seen already ("seen", "watched", "saw"), not that it was not ("haven't seen")."""
    return bool(text) and _SEEN_VERB_RE.search(text or "") is not None and _NOT_SEEN_RE.search(text or "") is None


# Round 24b: the list said to be repeats for the viewer ("those are all repeats for us", "all reruns", "we've had all of
# those", "done all of these already"): every title shown is seen — fresh picks of the same search, never a new search.
_REPEATS_RE = re.compile(
    r"\b(?:repeats|reruns|re-runs|rewatches|re-watches)\b"
    r"|\b(?:had|done|seen\s+and\s+done)\s+(?:all\s+(?:of\s+)?)?(?:those|these|them|'?em)(?:\s+(?:all|already|before))*\s*(?:[,.;!?]|$)", _F)
_SEEN_ALL_RE = re.compile(
    r"\b(?:seen|watched|saw)\s+(?:(?:them|those|these|'?em|all)(?:\s+(?:all|already|before|ones))?"
    r"|all\s+(?:of\s+)?(?:them|those|these|'?em)|every\s*(?:one|thing|single\s+one)|both(?:\s+of\s+them)?)\b", _F)
_SEEN_FIRST_RE = re.compile(
    r"\b(?P<end>first|top|last)\s+(?P<n>two|three|four|2|3|4|couple|pair)\b(?!\s+(?:of\s+)?(?:seasons?|episodes?|minutes?"
    r"|mins?|hours?|years?|times?|days?|weeks?)\b)", _F)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4, "couple": 2, "pair": 2}
# "seen the first of those", "watched the second and fourth", "saw the last of them": list ordinals right after a seen
# verb, which the extractor reads no position in when no "one" follows them.
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                  "5th": 5, "last": -1}
_ORDINAL = r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)"
_SEEN_ORDINALS_RE = re.compile(
    rf"\b(?:seen|watched|saw)\s+(?:(?:the|that|this)\s+)?(?P<list>{_ORDINAL}(?:\s*(?:,|and|&|\+)\s*(?:the\s+)?{_ORDINAL})*)"
    r"(?=\s*(?:$|[,.;:!?]|(?:ones?|of\s+(?:those|these|them|'?em|the\s+(?:list|lot|picks|bunch))|already|before|too"
    r"|and|but|so|lol|haha|though|tho|then|now|any|more|show|got|pls|please)\b))", _F)
# "seen 1 and 3", "watched #2 and #4": list numbers right after a seen verb.
_SEEN_NUMBERS_RE = re.compile(
    r"\b(?:seen|watched|saw)\s+(?:(?:the\s+)?(?:numbers?|#|no\.?)\s*)?(?P<list>[1-9](?:\s*(?:,|and|&|\+)\s*(?:#\s*)?[1-9])*)\b", _F)
# "new ones", "more recent please", "older ones", "classic ones": relative to the list just shown.
_RECENCY_RE = (
    ("newer", re.compile(r"\b(?:newer|more\s+recent|fresher)\s+(?:ones?|stuff|titles|picks"
                         r"|releases|things)\b|^\s*(?:(?:something|anything)\s+)?(?:newer|more\s+recent)"
                         r"(?:\s+(?:please|pls|ones|stuff))?\s*[.!?]*\s*$", _F)),
    # "new / recent / latest ones" are the catalog's recent years (contracts "Recency"), "newer ones" newer
    # than the list just shown
    ("recent", re.compile(r"\b(?:new|recent|latest|modern)\s+(?:ones?|stuff|titles|picks|releases|things)\b"
                          r"|^\s*(?:(?:something|anything)\s+)?latest(?:\s+(?:please|pls|ones|stuff))?\s*[.!?]*\s*$"
                          r"|^\s*new(?:\s+(?:please|pls))?\s*[.!?]*\s*$", _F)),
    ("older", re.compile(r"\b(?:old|older|classic|vintage|retro)\s+(?:ones?|stuff|titles|picks|things)\b"
                         r"|^\s*(?:(?:something|anything)\s+)?(?:older|classic|retro)(?:\s+(?:please|pls|ones|stuff))?"
                         r"\s*[.!?]*\s*$", _F)),
)
# A topic reply: "about dinosaurs", "ones about space", "something about a heist". Entities inside it are
# the topic (soft), never a genre, format, audience, country or mood replacing the search's own.
_ABOUT_BEFORE_RE = re.compile(
    r"(?:^|\b(?:ones?|something|anything|stuff|movies?|shows?|series|films?|documentar(?:y|ies))\s+)"
    r"(?:about|abt)\s+(?:(?:a|an|the|some)\s+)?$", _F)  # "abt": chat's "about"
_TOPIC_ONLY_ENTITIES = frozenset({"genre", "media_type", "audience", "rating", "country", "language", "mood"})


# -- the viewers' state and topic evidence ------------------------------------------------------------------
# A clause saying how the viewers are ("we're wiped out", "everyone's sleepy", "the kids are cranky", "she got
# bored"): a subject, a linking verb and a short predicate, up to the clause's end. It says why, never what about.
_STATE_SUBJECT = (r"(?:we|i|he|she|they|you|everyone|everybody|all\s+of\s+us|both\s+of\s+us|us\s+all|kids"
                  rf"|(?:the|my|our|her|his)\s+(?:\w+\s+)?(?:{CHILD_KIN_PATTERN}|little\s+ones?"
                  rf"|{PARTNER_PATTERN}|family|friends?|mum|mom|dad|parents|guests|in-laws|lot))")
_STATE_VERB = (r"(?:['’](?:re|s|m)|\s+(?:are|is|am|was|were|feel|feels|felt|feeling|seem|seems|seemed|look|looks"
               r"|got|get|gets|getting|went|go|goes|gone|have\s+been|has\s+been|had\s+been|been))|(?<=\bi)m")
_STATE_RE = re.compile(
    rf"(?:^|(?<=[,;:.!?(—–-])|\b(?:and|because|cause|cuz|coz|since|as|so|but|plus|cos)\b)\s*"
    rf"(?P<clause>\b{_STATE_SUBJECT}(?:{_STATE_VERB})(?:\s+(?:all|both))?\b(?P<pred>[^,;:.!?()—–]*))", _F)
# A predicate that wishes for or describes content is no state: "we're into dinosaurs", "she's after a comedy",
# "the kids are obsessed with trains", "we're looking for ...", "i'm in the mood for ...".
_NOT_A_STATE_RE = re.compile(
    r"^\s*(?:(?:so|really|very|pretty|super|kinda|kind\s+of|a\s+bit|quite|just|already|totally|all|both|too)\s+)*"
    r"(?:looking|look|want|wants|wanting|wanna|thinking|hoping|trying|craving|need|needing|into|up|after|in|keen"
    r"|interested|fans?|big|huge|obsessed|crazy|mad|going|gonna|about|watching|watch|planning|feeling\s+like|like|loving"
    r"|a|an|the|some|more|not|no)\b"
    r"|\b(?:about|with|of|into|for|on|in|like|to|by|from|at|around|where|that|which|who|movies?|films?|shows?|series)\b",
    _F)
STATE_PREDICATE_WORDS = 5
# Round 25d: a loss of the viewer's own ("my cat died today", "our dog passed away", "my gran passed last week"): why
# they want something, never what about — a possessive makes it theirs ("a film where a dog dies" keeps its topic).
_LOSS_RE = re.compile(
    r"\b(?:my|our|her|his|their)\s+(?:[\w'-]+\s+)?[\w'-]+\s+(?:just\s+|sadly\s+|finally\s+)?(?:died|passed(?:\s+(?:away|on))?"
    r"|was\s+put\s+down|had\s+to\s+be\s+put\s+down)\b(?:\s+(?:today|tonight|yesterday|this\s+\w+|last\s+\w+))?", _F)


def viewer_state_spans(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """Clauses about the viewers' state ("under 2 hours, we're wiped out", "everyone's sleepy", "the kids are
    cranky", "she got bored") as span-only entities: they say why, never what the titles are about, so their
    words never become the free-text topic (which would also make the turn a new search). A clause whose
    predicate carries a constraint other than a mood ("we're all comedy fans") or wishes for something ("we're
    into dinosaurs") is no state."""
    if not text or text.startswith("/"):
        return []
    spans: list[Entity] = []
    for m in _STATE_RE.finditer(text):
        pred = m.group("pred")
        if not pred.strip() or len(pred.split()) > STATE_PREDICATE_WORDS or _NOT_A_STATE_RE.search(pred):
            continue
        start, end = m.start("pred"), m.end("pred")
        if _carries_constraint(entities, start, end):
            continue
        spans.append(Entity("_viewer_state", "", None, m.start("clause"), end))
    spans += [Entity("_viewer_state", "", None, m.start(), m.end()) for m in _LOSS_RE.finditer(text)]
    for m in _CLAUSE_RE.finditer(text):
        start, end = m.start("clause"), m.end("clause")
        clause = m.group("clause")
        said = _OBLIGATION_RE.search(clause)
        if not said or _TOPIC_CUE_RE.search(clause) or not _OBLIGATION_LEAD_RE.match(clause[:said.start()]):
            continue  # "zombie stuff for tomorrow": the clause is about the titles, not the viewers
        if _carries_constraint(entities, start, end):
            continue  # "early 2000s films": a constraint, not a reason
        if not any(s.start is not None and s.start <= start and end <= (s.end or 0) for s in spans):
            spans.append(Entity("_viewer_state", "", None, start, end))
    return spans


def _carries_constraint(entities: Sequence[Entity], start: int, end: int) -> bool:
    """Whether a constraint other than a mood lies in ``text[start:end]`` (then the words say what to watch)."""
    return any(e.name in CONSTRAINT_ENTITIES and e.name != "mood" and e.start is not None and e.end is not None
               and e.start < end and start < e.end for e in entities)


# A clause of a message: between punctuation or a conjunction of reason ("because", "since", "so", "as", "but").
_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[,;:.!?(—–-])|\b(?:and|because|cause|cuz|coz|since|as|so|but|plus|cos)\b)\s*"
    r"(?P<clause>(?:(?!\b(?:and|because|cause|cuz|coz|since|so|but|plus|cos)\b)[^,;:.!?()—–])+)", _F)
# What may come before the obligation in its clause: who has it and the obligation's noun ("we ", "i've got ",
# "school ", "an early "); anything else (a title's words: "zombie stuff for tomorrow") makes the clause a request.
_OBLIGATION_LEAD_RE = re.compile(
    r"^\s*(?:(?:we|i|you|they|he|she|everyone|everybody|(?:my|our|the)\s+\w+)\s*(?:['’](?:ve|re|s|ll|d))?(?:\s+|$))?"
    r"(?:(?:all|both|really|just|still|got|have|has|had|need|needs|to|be|get|an?|early|big|long|first)\s+)*"
    r"(?:(?:work|school|class|classes|meeting|shift|job|flight|exam|appointment|practice|training)\s+)?$", _F)
# An obligation or a plan of the viewers, or when it is ("we have work tomorrow", "early start", "got a meeting at
# 8", "school in the morning", "need to be up at 6"): a reason for a constraint, never what the titles are about.
_OBLIGATION_RE = re.compile(
    r"\b(?:tomorrow|tmrw|tmr|tomoz|in\s+the\s+morning|early\s+(?:start|morning|shift|flight|night|day|class)"
    r"|(?:up|wake|waking|get\s+up|getting\s+up)\s+(?:early|at\s+\d)|school\s+night|work\s+night|bed\s*time"
    r"|(?:at|by|before)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|o'?clock)?\b"
    r"|(?:have|has|got|'ve\s+got|'ve|gotta|need\s+to|needs\s+to|must|have\s+to|has\s+to)\s+(?:an?\s+|to\s+)?(?:early\s+)?"
    r"(?:work|school|class|classes|a\s+meeting|meeting|shift|job|flight|exam|appointment|practice|training|get\s+up"
    r"|be\s+up|wake\s+up|sleep|go\s+to\s+bed)\b)", _F)


# Words that introduce what titles are about: "about", "set in", "involving", "featuring", "based on", "where ...".
_TOPIC_CUE_RE = re.compile(
    r"\b(?:about|abt|regarding|set\s+(?:in|on|at|during|around|among)|involving|featuring|centr?e?red\s+(?:on|around)"
    r"|focus(?:s)?ed\s+on|revolving\s+around|based\s+(?:on|in)|deal(?:s|ing)?\s+with|where|in\s+which|whose"
    r"|themed|story\s+of|plot)\b"
    r"|\bwith\s+(?:(?:a|an|the|some|lots\s+of|plenty\s+of|loads\s+of|more|any)\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+in\s+(?:it|them)\b",
    _F)
_WITH_WORD_RE = re.compile(
    r"\b(?:with|has|have|having)\s+(?:(?:a|an|the|some|lots\s+of|plenty\s+of|loads\s+of|more|any|big)\s+)?(?P<w>[\w'-]+)", _F)
_WORD_BEFORE_RE = re.compile(r"\b(?P<w>[\w'-]+)\s+(?=(?P<noun>ones?\b|stuff\b|flicks?\b)?)", _F)
# The viewers as the subject right before "have"/"has" ("we have", "my wife has", "i've"): their plans, no topic.
_VIEWER_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:we|i|you|they|he|she|everyone|everybody|(?:my|our)\s+\w+)\s*(?:['’]ve\s+|\s+(?:all|both|still|just)\s+)?$", _F)
# A request naming this many different kinds of constraint is a new request of its own, topic or not.
LONG_REQUEST_KINDS = 2


def topic_evidence(text: Optional[str], topic: Optional[str], entities: Sequence[Entity]) -> bool:
    """Whether the words left over from a request with constraints really name a topic: a topic cue ("about",
    "set in", "involving", "with dragons in it", "ones with zombies"), or a long request naming several kinds of
    constraint ("a dark korean thriller series from the 2010s ..."). Without it, leftover words (a remark, a
    reason) never turn an edit of the active search into a new search."""
    if not text or not topic:
        return False
    if _TOPIC_CUE_RE.search(text):
        return True
    words = set(topic.split())
    if any(m.group("w").lower().strip("'-") in words and not _VIEWER_SUBJECT_BEFORE_RE.search(text[:m.start()])
           for m in _WITH_WORD_RE.finditer(text)):
        return True  # "ones that have zombies"; not "we have guests over" (what the viewers have is no topic)
    if _topic_said_as_kind(text, words, entities):
        return True
    kinds = {e.name for e in entities if e.name in CONSTRAINT_ENTITIES and e.name != "mood" and not e.excluded}
    return len(kinds) >= LONG_REQUEST_KINDS


def _topic_said_as_kind(text: str, words: Collection[str], entities: Sequence[Entity]) -> bool:
    """One of the topic's ``words`` is said as the kind of title: "a heist movie", "zombie ones", "a spy thriller"."""
    heads = [e.start for e in entities if e.name in ("genre", "media_type") and e.start is not None]
    return any(m.group("w").lower().strip("'-") in words and (m.group("noun") or m.end() in heads)
               for m in _WORD_BEFORE_RE.finditer(text))


# Words that swap what the search is about: "zombie movies instead", "werewolf flicks this time", "for a change".
_SWITCH_CUE_RE = re.compile(r"\b(?:instead|this\s+time|for\s+a\s+change|rather)\b", _F)


def topic_in_place_of_genres(text: Optional[str], topic: Optional[str], entities: Sequence[Entity],
                             state: Constraints) -> bool:
    """Round 30: a topic said as the kind of title with a word that swaps ("zombie movies instead", "werewolf flicks
    this time", "some heist stuff for a change") after a search of genres asks for that topic in place of the genres:
    the genres go (the topic's own genre, if the vocabulary gives it one, is asked for as on a first request), the
    format, origin, audience and people stay. Without the swap word ("zombie ones") the topic narrows the genres."""
    if not text or not topic or not (state.genres or state.any_genres) or not _SWITCH_CUE_RE.search(text):
        return False
    if any(e.name == "genre" and not e.excluded for e in entities):
        return False  # "a comedy instead": the genre named replaces the genre by the usual rule
    return _topic_said_as_kind(text, set(topic.split()), entities)


# A turn-down of the whole list shown: "she got bored", "bored of these", "meh", "not into these", "none of those",
# "these all look dull", "something else, ...". The search stays; fresh picks follow.
_LIST_DOWN_RE = re.compile(
    r"\b(?:bored|boring|meh+|yawn|snooze)\b"
    r"|\bnot\s+(?:really\s+|quite\s+|so\s+)?(?:into|feeling|loving|digging|keen\s+on|interested\s+in|a\s+fan\s+of"
    r"|impressed\s+by|excited\s+(?:by|about)|sold\s+on|grabbing\s+(?:me|us|her|him|them))\s+"
    r"(?:any\s+of\s+)?(?:these|those|them|this\s+(?:list|lot|batch|bunch|selection)|any)\b"
    r"|\b(?:these|those|they|them)\s+(?:all\s+)?(?:look|seem|sound|are|were)\s+(?:\w+\s+)?(?:boring|dull|meh|lame|bad|awful|terrible|uninspiring)\b"
    r"|\bnone\s+of\s+(?:these|those|them)\s*(?:$|[,.!?;]|\b(?:appeal|grab|work|interest|do\s+it)\w*)"
    r"|\bnothing\s+(?:here\s+|there\s+)?(?:appeals|grabs|works|interests|clicks)\b"
    # round 25d: "ones i haven't seen, not those", "something we haven't watched": other titles than the list's
    r"|\b(?:ones?|something|anything|stuff|titles?|things?)\s+(?:that\s+)?(?:i|we|he|she|they|my\s+\w+)\s+(?:have\s*n[o']?t|havent"
    r"|haven't|has\s*n[o']?t|hasnt|hasn't|did\s*n[o']?t|didnt|didn't|have\s+not|has\s+not|never)\s+(?:\w+\s+)?(?:seen|watched|saw"
    r"|see|watch)\b"
    r"|\b(?:didn't|didnt|did\s+not|doesn't|doesnt|don't|dont|do\s+not)\s+(?:really\s+)?(?:like|want|fancy|care\s+for|love)"
    r"\s+(?:any\s+of\s+)?(?:these|those|them)\b"
    rf"|^\W*(?:(?:nah|no)[\s,]+)?{_CHAT_LEAD}(?:something|anything|show\s+(?:me|us)\s+something)\s+else\b"
    # "nah", "nope", "nah not really" said alone to a list: the list turned down (a bare "no" may answer a question)
    r"|^\W*(?:na+h+|nope+|naw+|nay)(?:[\s,.]+(?:not\s+(?:really|it|these|those|them|feeling\s+(?:it|these|those))"
    r"|none\s+of\s+(?:these|those|them)|sorry))?\W*$", _F)


def turns_down_list(text: Optional[str]) -> bool:
    """"She got bored", "not into these", "meh", "something else, ...": the whole list turned down, not the
    search; the same search with fresh picks ("something else"), never a new search from nothing."""
    return bool(text) and not str(text).startswith("/") and bool(_LIST_DOWN_RE.search(str(text)))


def wants_more_picks(text: Optional[str]) -> bool:
    """"Another one", "one more", "any others": the same search, fresh picks."""
    return bool(text) and not str(text).startswith("/") and bool(_MORE_PICKS_RE.search(str(text)))


@dataclass(frozen=True)
class Seen:
    """Titles of the list just shown that the viewer has seen (``every``: the whole list)."""

    item_ids: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    every: bool = False


def find_seen(turn: Turn, intent: Optional[str]) -> Optional[Seen]:
    """The shown titles this message says the viewer has already seen, or None ("seen the first two",
    "I've seen the second one", "seen them all")."""
    text = turn.text or ""
    items = turn.last_items
    if not items or text.startswith("/") and intent != "feedback_seen":
        return None
    if not text.startswith("/") and _REPEATS_RE.search(text):
        return Seen(every=True)  # "those are all repeats for us, new ones pls": the whole list seen, fresh picks
    if intent != "feedback_seen" and not _SEEN_VERB_RE.search(text) or _NOT_SEEN_RE.search(text):
        return None  # "haven't seen those" is no reason to leave them out
    positions: list[int] = []
    for e in turn.entities:
        if e.name == "position":
            index = parse_position(e.value, len(items))
            if index is not None:
                positions.append(index)
        elif e.name == "item_id":
            positions += [i + 1 for i, item in enumerate(items) if str(item["id"]) == e.value]
        elif e.name == "title":
            positions += [i + 1 for i, item in enumerate(items)
                          if str(item.get("title") or "").casefold() == e.value.casefold()]
    for m in _SEEN_FIRST_RE.finditer(text):
        n = min(_SMALL_NUMBERS[m["n"].lower()], len(items))
        positions += list(range(1, n + 1)) if m["end"].lower() != "last" else list(range(len(items) - n + 1, len(items) + 1))
    for m in _SEEN_NUMBERS_RE.finditer(text):
        positions += [int(d) for d in re.findall(r"[1-9]", m["list"]) if int(d) <= len(items)]
    if not positions:  # "seen the first of those": no position entity read, the ordinals after the verb say which
        positions += _seen_ordinals(text, len(items))
    if not positions:
        if _SEEN_ALL_RE.search(text):
            return Seen(every=True)
        return None
    chosen = [items[i - 1] for i in dict.fromkeys(positions)]
    return Seen(tuple(str(i["id"]) for i in chosen), tuple(str(i.get("title") or "") for i in chosen))


def _seen_ordinals(text: str, count: int) -> list[int]:
    """The list positions named by ordinals right after a seen verb ("seen the first of those", "watched the second
    and fourth"), within a list of ``count`` titles; "seen the first season" names no title of the list."""
    found: list[int] = []
    for m in _SEEN_ORDINALS_RE.finditer(text):
        for word in re.findall(_ORDINAL, m["list"], _F):
            index = _ORDINAL_WORDS[word.lower()]
            index = count if index < 0 else index
            if 1 <= index <= count:
                found.append(index)
    return found


def recency_cues(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """"New ones" / "older ones" after a list, when the extractor found no year: a ``year`` entity
    ``newer`` / ``older`` (relative to the list shown) spanning the cue words."""
    if not text or text.startswith("/") or any(e.name == "year" for e in entities):
        return []
    for value, rx in _RECENCY_RE:
        m = rx.search(text)
        if m and not _PERSON_BY_AGE_RE.search(text, max(0, m.start() - _POSSESSIVE_REACH), m.end() + _VERB_REACH):
            return [Entity("year", value, None, m.start(), m.end())]
    return []


# "My older one", "our older ones", "the older one is back": a child by age, not older titles (contracts "Recency").
_PERSON_BY_AGE_RE = re.compile(
    r"\b(?:my|our|his|her|their|your)\s+(?:old|older|oldest)\s+ones?\b"
    r"|\bthe\s+(?:older|oldest)\s+one\s+(?:is|was|'s|’s|wants|likes|loves|has|just|too|got|came)\b", _F)
_POSSESSIVE_REACH = 8  # characters before the cue where a possessive may stand ("our ")
_VERB_REACH = 8  # characters after it where the child's verb may stand (" wants")


# A year said relative to the search's own ("any from the year after?", "the year before", "a couple of years later"):
# the count of years and the direction.
_YEAR_COUNT = r"(?P<n>a|an|one|1|two|2|three|3|four|4|five|5|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few)"
_RELATIVE_YEAR_RE = re.compile(
    r"\b(?:the\s+)?(?:(?P<next>following|next|subsequent)|(?P<prev>previous|preceding|prior))\s+years?\b"
    r"|\b(?:the\s+)?year\s+(?:(?P<after>after|later)|(?P<before>before|prior|earlier))\b"
    rf"|\b{_YEAR_COUNT}\s+years?\s+(?:(?P<later>later|after|on|afterwards)|(?P<earlier>earlier|before|prior|back|previously))\b",
    _F)
_YEAR_COUNTS = {"a": 1, "an": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4,
                "five": 5, "5": 5, "couple": 2, "few": 3}


def relative_year_cues(text: Optional[str], entities: Sequence[Entity], state: Constraints,
                       shown_years: Sequence[int]) -> list[Entity]:
    """"Any from the year after?" after films from 2004: a ``year`` entity of the search's years moved by the count
    said (2005-2005), spanning the words; the search's other constraints stay. Without years in the search, the
    list's median year is the one moved. Nothing when the extractor found a year or there is no year to move."""
    if not text or text.startswith("/") or any(e.name == "year" for e in entities):
        return []
    m = _RELATIVE_YEAR_RE.search(text)
    if not m:
        return []
    if state.year_min is not None or state.year_max is not None:
        low, high = state.year_min, state.year_max
    elif shown_years:
        low = high = int(statistics.median(shown_years))
    else:
        return []
    word = (m.group("n") or "a").lower().split()
    n = _YEAR_COUNTS.get(word[-1] if word[-1] != "of" else word[-2], 1)
    if word[-1] == "of" or "couple" in word:
        n = 2
    sign = -1 if (m.group("prev") or m.group("before") or m.group("earlier")) else 1
    low = low + sign * n if low is not None else None
    high = high + sign * n if high is not None else None
    value = f"{low if low is not None else ''}-{high if high is not None else ''}"
    return [Entity("year", value, None, m.start(), m.end())]


def topic_reply_entities(text: Optional[str], entities: Sequence[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Split ``entities`` into those that constrain and those inside a topic reply ("about space": the
    genre the extractor read in "space" is the topic, it must not replace the search's genre)."""
    if not text or text.startswith("/"):
        return list(entities), []
    kept, topic = [], []
    for e in entities:
        if (e.name in _TOPIC_ONLY_ENTITIES and not e.excluded and e.start is not None
                and _ABOUT_BEFORE_RE.search(text[:e.start])):
            topic.append(e)
        else:
            kept.append(e)
    return kept, topic


# A reaction to the list is no topic ("great", "cool?", "boring"): said alone it is never searched for.
_REACTION_WORDS = frozenset({"great", "nice", "cool", "perfect", "awesome", "good", "fine", "amazing", "interesting",
                             "boring", "whatever", "sure", "lovely", "brilliant", "excellent", "fun", "funny", "weird"})
BARE_TOPIC_MAX_WORDS = 3
# The only words that may stand beside a bare topic: a hedge or a noun for "titles of it" ("hmm robots", "space stuff").
_BARE_TOPIC_HEDGES = frozenset({"hmm", "hm", "ok", "okay", "maybe", "perhaps", "stuff", "ones", "pls", "please", "then",
                                "so", "oh", "ooh", "or",
                                # the pronoun of a title of the list: "a war one", "the spy ones" are titles of it
                                "a", "an", "the", "one",
                                # the preposition of the topic itself: "about war", "of history, war" (second-language
                                # English), "on space"; what asks for titles ("something about …") still opens a search
                                "about", "of", "on", "and"})


def vocabulary_topic_alone(turn: Turn) -> bool:
    """Round 26b: a follow-up that is only a topic the vocabulary knows — a holiday or season ("xmas", "halloween",
    "summer": ``HOLIDAY_WORDS``, ``SEASON_WORDS``), a subject ("space") or a topic that implies a genre ("heists":
    ``TOPIC_GENRES``) — is an edit of the active search (``bare_topic_reply``), whatever its label. Other lone words
    ("wow", "nah") are left to the intent: only the vocabulary says a word is a topic."""
    if bare_topic_reply(turn.text, turn.entities) is None:
        return False
    topic = residual_query(turn.text, turn.entities)
    return topic is not None and all(w in HOLIDAY_WORDS or w in SEASON_WORDS or w in SUBJECT_WORDS
                                     or topic_word(w) is not None for w in topic.split())


def wishes_for_performers_gender(turn: Turn) -> bool:
    """Round 30: a follow-up asking only that the people in the titles be women (or men) — "someone female if possible,
    otherwise whatever", "women only?", "any with a female lead" — is an edit of the active search: its words join
    the search as a topic that ranks (``contract.words.PERFORMER_GENDER_WORDS``; the catalog records no gender, the
    synopses do), and the genre, format and audience stay. It was read as thanks or not understood."""
    topic = residual_query(turn.text, turn.entities)
    words = topic.split() if topic else []
    return any(w in PERFORMER_GENDER_WORDS for w in words) \
        and all(w in PERFORMER_GENDER_WORDS or w in PERFORMER_ROLE_WORDS for w in words)


def bare_topic_reply(text: Optional[str], entities: Sequence[Entity]) -> Optional[list[Entity]]:
    """A follow-up that is only a topic ("cooking", "dinosaurs?", "space stuff"): the topic of the active search,
    which keeps its genre, format, origin and audience. Returns the entities read inside the topic word (the genre
    the vocabulary gives "space": ``SUBJECT_WORDS``), which are the topic too; None when the message is no bare topic
    — a genre's own name ("horror") stays a genre edit, and any other constraint makes it an edit of its own."""
    if not text or text.startswith("/") or REQUEST_CUES.search(text):
        return None
    words = re.findall(r"[^\W\d_][\w'-]*", text)
    # hedges do not count ("a cooking one maybe"), and an origin said beside the topic is an edit of its own ("a cooking
    # one maybe, british" after reality shows: British reality about cooking; round 20e)
    if not 1 <= len([w for w in words if w.lower() not in _BARE_TOPIC_HEDGES]) <= BARE_TOPIC_MAX_WORDS \
            or len(words) > 2 * BARE_TOPIC_MAX_WORDS:
        return None
    found = constraint_entities(entities)
    origin = [e for e in found if e.name in ("country", "language") and not e.excluded and e.start is not None
              and e.end is not None]
    found = [e for e in found if e not in origin]
    origin_words = {w.lower() for e in origin for w in re.findall(r"[^\W\d_][\w'-]*", text[e.start:e.end])}
    if any(e.name != "genre" or e.excluded or e.start is None or e.end is None
           or text[e.start:e.end].lower() not in SUBJECT_WORDS for e in found):
        return None
    others = [e for e in entities if e not in found]
    topic = residual_query(text, others)
    if topic is None or len(topic.split()) > 2 or set(topic.split()) & _REACTION_WORDS:
        return None
    if ({query_spelling(w.lower()) for w in words} - set(topic.split()) - _BARE_TOPIC_HEDGES - origin_words
            or topic in origin_words):
        return None  # "something about dinosaurs" opens a new search (a topic said as a request)
    return found


# -- "no cartoons" for children -------------------------------------------------------------------------------------

# The words of animation a viewer turns down ("no cartoons", "nothing animated", "not cartoony"): the extractor reads
# them as the kids genre (cartoons) or anime (animated).
_ANIMATION_WORD_RE = re.compile(rf"^(?:{ANIMATION_WORD_PATTERN}|anim)$", _F)
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
                and _ANIMATION_WORD_RE.match(text[e.start:e.end].strip())):
            e = replace(e, value=ANIMATED_GENRE)
            if any(o.name == "genre" and o.excluded and o.value == ANIMATED_GENRE and (o.start, o.end) == (e.start, e.end)
                   for o in out):
                continue  # the extractor read both genres on the word: one exclusion is enough
        out.append(e)
    return out


# -- settling for what suits who is watching ----------------------------------------------------------------------

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


# -- routing --------------------------------------------------------------------------------------


def search_active(turn: Turn) -> bool:
    """A search is going on: constraints are set or a list was shown."""
    return bool(turn.last_items) or not turn.constraints.is_empty()


# Entities that alone do not make an off-topic or chatty message a request (see ``strong_search_entities``):
# a place or a language ("what's the weather in Paris"), a title named without a similarity cue ("thanks for
# Ozark!"), a media word that qualifies another noun ("book me a movie ticket").
_NOT_A_REQUEST_ALONE = frozenset({"media_type", "title", "country", "language"})
# Words that ask for something to watch: with them any constraint entity makes the message a request
# ("hi, recommend me something French"), and a greeting carrying them is a request ("hey, find me a western").
# "What's there from Japan", "what do you have in Hindi": asking what the catalog holds of a place or language.
# "Play a movie that's about an hour long", "put on something funny": playing what is not named yet asks for picks.
_PLAY_SOMETHING = r"(?:play|put\s+on|stick\s+on|throw\s+on|pop\s+on|queue\s+up)\s+(?:me\s+|us\s+)?(?:a|an|some|something|anything)"
PLAY_SOMETHING_RE = re.compile(rf"\b{_PLAY_SOMETHING}\b", _F)
REQUEST_CUES = re.compile(
    r"\b(?:recommend\w*|suggest\w*|find\s+(?:me|us)|show\s+(?:me|us)|got\s+any(?:thing)?|have\s+you\s+got|"
    r"do\s+you\s+have|any\s+good|looking\s+for|in\s+the\s+mood\s+for|what\s+(?:should|can|could)\s+(?:i|we)\s+watch|"
    r"something\s+to\s+watch|what\s+(?:next|now)|(?:i|we)\s+(?:want|need|would\s+like)\s+(?:to\s+watch|a|an|some|something)"
    r"|what(?:'?s|\s+is)\s+(?:there|available)\s+(?:from|in)|what\s+(?:you|u|ya)\s+got"
    rf"|{_PLAY_SOMETHING})\b", _F)
# A media word followed by one of these is itself what is asked for ("movies tonight", "a show for my kids");
# followed by another word it qualifies that noun ("a movie ticket", "the tv remote") and says nothing alone.
_AFTER_MEDIA_WORD = re.compile(
    r"\s*(?:$|[^\w\s]|(?:for|from|with|about|like|that|which|where|to|tonight|today|please|pls|or|and|in|on|by|"
    r"set|made|starring|i|we|you|me|us|now|then|maybe|again|instead|too|only|ones?)\b)", _F)


def constraint_entities(entities: Sequence[Entity]) -> list[Entity]:
    return [e for e in entities if e.name in CONSTRAINT_ENTITIES]


def carries_search_words(turn: Turn, *, need_active: bool = False) -> bool:
    """Whether this turn belongs on the recommendation path whatever its intent: it carries constraint
    entities, or (while a search is active) it removes a constraint, rejects a title or asks for more
    with a person. ``need_active``: with no search active, only constraints that say what to watch count
    (a genre, a mood, a person, an age, a runtime...: "hungover sunday, nothing heavy" read as out of scope);
    a bare format, title, place or year ("book me a movie ticket", "thanks for Ozark!", "what's the weather
    in Spain") does not."""
    active = search_active(turn)
    found = constraint_entities(turn.entities)
    if found and (active or not need_active or strong_search_entities(turn)):
        return True
    if asks_if_available(turn) or missing_title_words(turn) is not None:
        return True  # "do you have <title>?": its details; a title the catalog lacks: said so, titles like the words
    if active and any(e.name == "contrast" for e in turn.entities):
        return True  # "hmm, not as scary" after a list: a comparative edits it, whatever the label
    if active and search_bound_cues(turn.text, turn.entities, turn.constraints, turn.last_items):
        return True  # "at least four", "fewer seasons pls": a bound in the search's unit, whatever the label
    if active and repeated_edit(turn, turn.entities):
        return True  # "even less" after "less scary": the last relative edit once more, whatever the label
    if active and settles_for_audience(turn) is not None:
        return True  # "fine, anything for him then" after a horror film for a 5-year-old came up empty
    if active and viewer_alone_now(turn):
        return True  # "ok any of his then, just for me" after a search for a child: the children's cap goes
    if active and topics_let_in(turn.text, turn.constraints)[0]:
        return True  # "actually zombies are fine" after zombies were ruled out: an edit (round 28A)
    if active and vocabulary_topic_alone(turn):
        return True  # "xmas" after a list for the kids: the topic of the search, whatever the label (round 26b)
    if active and wishes_for_performers_gender(turn):
        return True  # "women only if possible" after stand-up specials: the topic of the search (round 30)
    if not active:
        return False
    try:
        rejected = find_rejection(turn, None) is not None
    except UnresolvedReference:  # an out-of-range position: the planner says which titles exist
        rejected = True
    if bool(find_removals(turn.text, turn.entities, turn.constraints)) or rejected:
        return True
    if negated_topic(turn, strict=True) is not None:
        return True  # "no lego stuff please" after a list, whatever the label
    if find_people_narrowing(turn) is not None:
        return True  # "only eddie" after a search with two people
    if role_added(turn) is not None:
        return True  # "and with him acting" after a director's films
    if names_a_maker(turn):
        return True  # "same director" after titles like one, whatever the label (round 30)
    return find_person_pivot(turn, turn.intent) is not None or turns_down_person(turn) or edit_cues(turn)


# A title just watched to the end: "we just finished <title>", "binged <title> last week", "got through all of <title>".
FINISHED_BEFORE_RE = re.compile(r"\b(?:finished|finishing|binged|binge[\s-]?watched|devoured|got\s+through"
                                 r"|(?:just|recently)\s+watched|watched\s+all\s+of"
                                 rf"|{DONE_WITH_PATTERN})\s+(?:all\s+of\s+)?(?:the\s+)?$", _F)


def strong_search_entities(turn: Turn) -> list[Entity]:
    """The entities that make a message a request for something to watch on their own, whatever the intent
    classifier called it ("hi, got any westerns", "loved Ozark, what next", "stuff from 2019?"): a genre, mood,
    audience, rating, runtime, season count, person or year/decade; a title after a similarity cue (role
    ``similar``: "like X", "loved X"); a media word that is itself what is asked for ("any movies tonight?",
    not "a movie ticket"). With request words ("recommend", "find me", "got any"...) every constraint
    entity counts. A place or language alone ("what's the weather in Paris") never does."""
    found = constraint_entities(turn.entities)
    text = without_foreign_courtesies(turn.text or "")  # "konbanwa. <format> <origin> por favor": said alone (25a)
    if found and REQUEST_CUES.search(text):
        return found
    strong: list[Entity] = []
    kind_with_origin = _kind_with_origin_after(text, found)
    for e in found:
        if e.name not in _NOT_A_REQUEST_ALONE:
            strong.append(e)
        elif e.name == "title" and e.role in (SIMILAR, DIRECTOR_OF, CAST_OF):  # "the director of / guy from X": a person
            strong.append(e)
        elif e.name == "media_type" and (e.end is None or _AFTER_MEDIA_WORD.match(text, e.end)):
            strong.append(e)
        elif e in kind_with_origin:  # "un film français", "una serie coreana": the kind and its origin asked for
            strong.append(e)
        elif e.name in ("country", "language") and (origin_alone(text, e) or _origin_only_alone(text, e)):
            strong.append(e)
        elif e.name == "title" and (origin_alone(text, e) or FINISHED_BEFORE_RE.search(text[:e.start or 0])):
            strong.append(e)  # "the office", "hmm, dark?", "we just finished <title>": titles like it
    return strong


# An origin said alone is what is asked for ("german", "french stuff?", "anything korean"); a statement about the
# viewer ("i'm german", "i speak french", "we live in spain") has other words and stays no request.
# The origin's own prepositions belong to it ("anything from egypt?", "anything set in or made in new zealand").
_ORIGIN_LEAD_RE = re.compile(r"^\W*(?:(?:any|anything|something|some|got\s+any(?:thing)?|maybe|hm+|ok(?:ay)?|so|and"
                             r"|what\s+about|how\s+about|perhaps|stuff|from|in|made|set|filmed|shot|produced|or"
                             r"|out\s+of|the)\W+)*$", _F)
# Before a country or language only (never a title: "not dark" names no wish for Dark): an origin turned down ("anything
# NOT american", "anything except indian", "all but korean") and the format named before its origin in second-language
# order ("film italian", "series korean") are still the origin said alone.
_ORIGIN_ONLY_LEAD_RE = re.compile(
    r"^\W*(?:(?:any|anything|something|some|stuff|everything|all|just|a|an|the|maybe|so|and|or|please|pls"
    r"|not|no|but|except(?:\s+for)?|other\s+than|besides|apart\s+from|films?|movies?|series|shows?|docs?"
    r"|documentar(?:y|ies)|" + "|".join(re.escape(w) for words in FOREIGN_MEDIA_WORDS.values() for w in words)
    + r")\W+)*$", _F)  # ... and the media words of other languages ("filmes turcos", "séries coréennes": round 25a)
_ORIGIN_TAIL_RE = re.compile(r"^(?:\W+(?:stuff|ones?|things?|titles|please|pls|plz|then|maybe|perhaps|too))*\W*$", _F)


# A statement about the viewers' own origin or language: "i'm german", "we live in spain", "my wife speaks french".
_VIEWER_ORIGIN_RE = re.compile(
    r"^\W*(?:i|we|my\s+\w+|our\s+\w+|me\s+and\s+(?:my\s+|our\s+)?\w+)\s*(?:['’]?m|['’]?re|am|are|is|was|were|speak|speaks|live|lives"
    r"|living|come|comes|moved|grew|was\s+born|were\s+born|learn|learning|studied|study)\b", _F)


def states_viewer_origin(turn: Turn) -> bool:
    """The message only tells where the viewers are from or what they speak ("i'm german", "we live in spain"),
    with no search going on and no request words: no request, whatever the label (a place alone stays declined)."""
    text = turn.text or ""
    found = constraint_entities(turn.entities)
    return (bool(found) and all(e.name in ("country", "language") for e in found) and not search_active(turn)
            and not REQUEST_CUES.search(text) and not _ORIGIN_WISH_RE.search(text)
            and bool(_VIEWER_ORIGIN_RE.match(text)))


# A wish beside the origin makes it a request: "my partner is australian and wants aussie stuff, anything from there".
_ORIGIN_WISH_RE = re.compile(
    r"\b(?:wants?|wanna|likes?|loves?|into|fan\s+of|prefers?|misses|anything|something|stuff|films?|movies?"
    r"|shows?|series|cinema|tv)\b", _F)


def _kind_with_origin_after(text: str, found: Sequence[Entity]) -> list[Entity]:
    """Round 30: a format word followed right away by its origin, the adjective after the noun as French, Spanish,
    Italian and Portuguese put it ("un film français", "una serie coreana", "a film italiano"): both ask for what to
    watch, as "a french film" does. A format and a place said apart ("a movie ticket in Paris") stay no request."""
    located = sorted((e for e in found if e.start is not None and e.end is not None), key=lambda e: e.start or 0)
    pairs = [(kind, origin) for kind, origin in zip(located, located[1:])
             if kind.name == "media_type" and not kind.excluded and origin.name in ("country", "language")
             and not origin.excluded and not text[kind.end:origin.start].strip()]
    return [e for pair in pairs for e in pair]


def _origin_only_alone(text: str, entity: Entity) -> bool:
    """A country or language said alone after a refusal or a format word (``_ORIGIN_ONLY_LEAD_RE``)."""
    if entity.start is None or entity.end is None:
        return False
    return bool(_ORIGIN_ONLY_LEAD_RE.match(text[:entity.start]) and _ORIGIN_TAIL_RE.match(text[entity.end:]))


def origin_alone(text: str, entity: Entity) -> bool:
    """The message is only this country or language, with at most a hedge around it ("french stuff?")."""
    if entity.start is None or entity.end is None:
        return False
    return bool(_ORIGIN_LEAD_RE.match(text[:entity.start]) and _ORIGIN_TAIL_RE.match(text[entity.end:]))


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


def edit_cues(turn: Turn) -> bool:
    """Words that only make sense as an edit of the list just shown, constraint entities or not: seen
    titles ("seen the first two", "seen them all"), more picks ("another one", "any others"), recency
    ("new ones", "older ones"), a turn-down of the list ("bored of these", "meh") or a topic reply ("dinosaur ones",
    "about a heist")."""
    if not turn.last_items:
        return False
    return (find_seen(turn, turn.intent) is not None or wants_more_picks(turn.text) or turns_down_list(turn.text)
            or bool(recency_cues(turn.text, turn.entities)) or _topic_reply(turn) or asks_for_all_genres(turn)
            or bool(list_comparatives(turn.text, turn.entities)))  # "the oldest ones you have"


# A word pointing at one title of the list ("more like this", "that one", "it"): with it the viewer means a title, and
# "which one?" is the right answer when none resolves.
_POINTS_AT_ONE_RE = re.compile(r"\b(?:this|that|it)\b", _F)


def acts_without_reference(turn: Turn, *, topic_counts: bool = True, cues_count: bool = True) -> bool:
    """A message whose label asks for a title or a person (a "seen", a like, "more like", "more from them") that names
    none, while a search is active, and carries something to act on: a constraint entity ("skip anything japanese,
    we watched loads"), an edit of the list ("about animals", "dinosaur ones") or, when ``topic_counts``, topic words
    ("samurai stuff", "the heist ones or similar"); without ``cues_count`` only a constraint entity counts
    ("anything else with her?" asks who, it names nothing else). It is an edit of the active search; "which one?" is
    only for a message with nothing else ("more like this", "seen it") or that points at a title ("more like this but
    newer"). Docs/contracts.md "Dialogue edit rules"."""
    text = turn.text or ""
    if not search_active(turn) or text.startswith("/") or _POINTS_AT_ONE_RE.search(text):
        return False
    if any(e.name in REFERENCE_ENTITIES for e in turn.entities):
        return False  # a title or position named: it resolves, or the viewer is told which titles exist
    if any(e.name in CONSTRAINT_ENTITIES for e in turn.entities) or (cues_count and edit_cues(turn)):
        return True
    return topic_counts and residual_query(text, turn.entities) is not None


_ONES_TOPIC_RE = re.compile(r"\bones\b|^\s*(?:(?:and|ok(?:ay)?|maybe|hm+|um+|so)[\s,]+)*(?:ones?\s+)?(?:about|abt)\b", _F)


def _topic_reply(turn: Turn) -> bool:
    """"dinosaur ones", "about a heist": a short reply naming a topic for the list just shown."""
    text = turn.text or ""
    if text.startswith("/") or not _ONES_TOPIC_RE.search(text):
        return False
    return residual_query(text, turn.entities) is not None


# -- a question about one title, whatever the intent label ------------------------------------------

# Words that ask what a title is, placed before it ("tell me about X", "info on X", "what is X about"), to see it
# ("show me X", "pull up X": the title itself, never titles like it) or one of its facts ("how long is X").
_ABOUT_TITLE_RE = re.compile(
    r"\b(?:tell\s+me\s+(?:more\s+)?about|more\s+info(?:rmation)?\s+(?:on|about)|info(?:rmation)?\s+(?:on|about)"
    r"|details\s+(?:on|of|about)|describe|what(?:'s|\s+is)|what\s+kind\s+of\s+\w+\s+is"
    r"|show\s+me|pull\s+up|bring\s+up|let\s+me\s+see"  # "show me <title>": that title (round 19b)
    # a question about one of its facts: "how long is <title>", "what year was <title>", "who's in <title>"
    r"|how\s+(?:long|old|scary|violent|many\s+seasons)\s+(?:is|are|was|does|has)|what\s+year\s+(?:is|was|did)"
    # "how many seasons of <title> …", "how many seasons are there of <title>": its count asked (round 25e)
    r"|how\s+many\s+(?:seasons?|series)\s+(?:(?:are|is)\s+there\s+)?(?:of|in|for|does|did|has)"
    r"|when\s+(?:is|was|did)|who(?:'s|\s+is|\s+are|\s+was)\s+in"
    r"|what(?:'s|\s+is)\s+the\s+(?:runtime|rating|length|age\s+rating)\s+(?:of|for|on))\s+$", _F)


def asks_about_title(turn: Turn) -> bool:
    """The message asks what one named title is ("tell me about <title>") or whether the catalog has it ("do you have
    <title>?": ``asks_if_available``), not for titles like it.

    The intent classifier may read such a message as a request (it names a title); the words decide:
    exactly one title, not marked "like", no other constraint, and asking words right before it.
    """
    title = _the_only_title(turn)
    if title is None or title.start is None:
        return False
    return bool(_ABOUT_TITLE_RE.search((turn.text or "")[: title.start])) or asks_if_available(turn)


def _the_only_title(turn: Turn) -> Optional[Entity]:
    """The message's one constraint entity when it is a title without a role ("like", "the director of")."""
    found = [e for e in turn.entities if e.name in CONSTRAINT_ENTITIES]
    titles = [e for e in found if e.name == "title"]
    if len(titles) == 1 and titles[0].start is not None:  # "the film <title>": the kind says which title, no filter
        text, start = turn.text or "", titles[0].start
        found = [e for e in found if not (e.name == "media_type" and e.end is not None
                                          and _KIND_BEFORE_TITLE_RE.fullmatch(text[e.end:start]))]
        end = titles[0].end
        # "do you have <title> with <its star>": who is in it only says which title is meant (round 24c)
        found = [e for e in found if not (e.name in ("actor", "director") and not e.excluded and end is not None
                                          and e.start is not None and e.end is not None and e.start >= end
                                          and _person_after_title(text, end, e))]
        # "is <title> on here, the british one": the apposition says which title, its words no constraint (24c)
        which = _WHICH_ONE_RE.search(text, end) if end is not None else None
        if which is not None:
            found = [e for e in found if not (e.start is not None and e.end is not None
                                              and which.start() <= e.start and e.end <= which.end())]
    if len(found) != 1 or found[0].name != "title" or found[0].role is not None:
        return None
    return found[0]


_KIND_BEFORE_TITLE_RE = re.compile(r"\s+(?:called\s+|named\s+|titled\s+)?")
# Which title is meant, in apposition at the message's end: ", the british one", ", the 2019 version".
_WHICH_ONE_RE = re.compile(r",\s*(?:the|that)(?:\s+[\w'’-]+){1,3}?\s+(?:one|version|show|series|movie|film|adaptation)"
                           r"[\s?!.]*$", _F)
# A maker said after the title asked about ("you have <title>, of <director>?", "got <title> by <director>"): who
# made it only says which title is meant.
_MAKER_AFTER_RE = re.compile(r"\s*,?\s*(?:of|by|from)\s+[\w'’.-]+(?:\s+[\w'’.-]+)?(?=[\s?!.]*$)", _F)
# Its star said after it ("do you have <title> with <actor>"): which title is meant, read only over a person the NLU
# named there ("can i watch <title> with my gran" is company, round 24c).
_STAR_AFTER_RE = re.compile(r"\s*,?\s*(?:with|starring|featuring)\s+(?=\S)", _F)


# Words that open a message without changing the question after them ("hi,", "ok so", "quick question"), who is asked
# whether they hold a title and the asking words ("do you (guys) have", "does netflix have", "have you got", "you got"):
# one home, contract.availability, read by the NLU's title evidence too. "Hi, is <title> on here?" asks what "is
# <title> on here?" asks; the small talk answers it like the question alone (``fallback.ActionSmallTalk``).
# Whether the catalog has a title: "do you (guys) have <title>", "have you got <title>", "got <title>?", "can I watch
# <title> (here)", "is <title> on here / available / on netflix". "Anything like <title>" gives the title the role
# similar: a like-search, never this question.
_HOLDER = HOLDER
_ASK_HAVE = ASK_HAVE


def _ask_watch(verbs: str) -> str:
    """"Can I watch <it>", "could we stream <it>" with ``verbs`` (an alternation)."""
    return rf"(?:(?:can|could|may)\s+(?:i|we|you)\s+(?:{verbs}))"


# Where the title should be ("on here", "available", "in your catalog", "streaming") and the politeness after it:
# contract.availability.
_HERE = HERE
_POLITE = POLITE
# British "have you <title>?" (round 20j): only right before a title the message names, so "have you seen it" is none
_AVAILABLE_BEFORE_RE = re.compile(
    rf"(?:^|\W)(?:{_ASK_HAVE}|{OPENER}got|{OPENER}have\s+(?:you|ya)(?:\s+guys)?|{_ask_watch('watch|stream|find|get|see')}|(?P<is>{OPENER}(?:is|are)))"
    r"(?:\s+(?:the\s+)?(?:movie|film|show|series|documentary))?\s*['‘\"“]?$", _F)  # an opening quote: "have you 'x'?"
_AVAILABLE_AFTER_RE = re.compile(rf"^\W*(?:(?:still|now|currently|actually)\s+)?(?:{_HERE}|at\s+all|by\s+any\s+chance)\b", _F)
# What may follow the title: places and politeness, one word group at a time between non-word characters. Every
# position has one reading (a word group starts at a word character, a separator at a non-word one, and no two word
# groups match the same words: "on here" is only "on <word>"), so a long message that does not match fails in linear
# time.
_AVAILABLE_END_RE = re.compile(r"^(?:\W|(?:here|on\s+\w+|in\s+(?:the|your)\s+(?:catalog(?:ue)?|library|collection)"
                               rf"|{AVAILABLE}|streaming|{_POLITE}|though|tho|or\s+not|yet|now|right\s+now|still|currently|actually"
                               # which one is meant, in apposition: "…, the bbc one", "…, the 2019 version" (24c)
                               r"|(?:the|that)(?:\s+[\w'’-]+){0,3}?\s+(?:one|version|show|series|movie|film|adaptation))\b)*$", _F)
# A question ended by its mark may be followed by chatter of its own sentence ("is <title> on here?? my brother won't
# stop talking about it"); chatter that asks for something ("if not, something like it", "or anything similar") is a
# request of its own and is left to the search.
_QUESTION_MARK_RE = re.compile(r"[?]+|[.!]+\s")
_CHATTER_ASKS_RE = re.compile(r"\b(?:like|similar|else|instead|if\s+not|otherwise|other|others|recommend\w*|suggest\w*"
                              r"|show\s+me|find\s+me|give\s+me|any(?:thing)?|some(?:thing)?)\b", _F)


def asks_if_available(turn: Turn) -> bool:
    """The message asks whether the catalog has one named title ("do you have <title>?", "is <title> on here",
    "have you got <title>", "can I watch <title> here"): its answer is the title's details, not titles like it.
    "Is <title> ..." needs the words of availability after the title ("is <title> any good" asks no such thing)."""
    if _asks_in_a_frame(turn):
        return True
    title = _the_only_title(turn)
    text = turn.text or ""
    if title is None or title.start is None or title.end is None or text.startswith("/"):
        return False
    before = _AVAILABLE_BEFORE_RE.search(text[: title.start])
    if before is None:
        return False
    after = text[title.end:]
    if (maker := _MAKER_AFTER_RE.match(after)) is not None:
        after = after[maker.end():]
    elif (star := _star_after(turn, title)) is not None:  # "do you have <title> with <its star>" (24c)
        after = text[star:]
    if before["is"] and not _AVAILABLE_AFTER_RE.match(after):
        return False
    return bool(_AVAILABLE_END_RE.match(_before_chatter(after)))


def _person_after_title(text: str, end: int, person: Entity) -> bool:
    """``person`` is named right after the title, behind "with" / "starring" or a maker's "by" / "of" / "from", and
    ends the message's words: who is in it or made it says which title is meant."""
    said = _STAR_AFTER_RE.match(text, end) or re.compile(r"\s*,?\s*(?:of|by|from)\s+", _F).match(text, end)
    return (said is not None and said.end() == person.start and person.end is not None
            and re.fullmatch(r"[\s?!.]*", text[person.end:]) is not None)


def _star_after(turn: Turn, title: Entity) -> Optional[int]:
    """Where the words after the title go on once its star is read past ("<title> with <actor>?"), or None."""
    text = turn.text or ""
    for e in turn.entities:
        if e.name in ("actor", "director") and not e.excluded and e.end is not None and title.end is not None \
                and _person_after_title(text, title.end, e):
            return e.end
    return None


def _asks_in_a_frame(turn: Turn) -> bool:
    """The same question in any of its casual frames (``contract.availability.asked_slot``: "<title> on here?", "<title>
    is it here", "got <title>?", "is there a <title> thing?", "there's a <title> anime right?"): one title read in the
    slot, the slot's kind word the only other constraint ("the <title> show", "a <title> anime"), nothing outside it."""
    text = turn.text or ""
    slot = asked_slot(text)
    if slot is None or any(e.name in ("position", "item_id") for e in turn.entities):
        return False
    found = [e for e in turn.entities if e.name in CONSTRAINT_ENTITIES]
    titles = [e for e in found if e.name == "title"]
    if len(titles) != 1 or titles[0].role is not None or not _inside(titles[0], slot):
        return False
    which = _which_version(text, titles[0], slot)
    return all(e is titles[0] or _kind_word_of_the_slot(e, text, slot) or _inside_span(e, which) for e in found)


# Round 26c: which version of the title is meant, said in the slot right after its name ("<title> turkish version, is
# it here?", "<title> the korean one, on here?", "<title> 2019 remake available?"): the words only say which title is
# asked about, no constraint of a search.
_WHICH_VERSION_RE = re.compile(
    r"\s*[,(]?\s*(?:the\s+|that\s+)?(?:[\w'’-]+\s+){1,3}?(?:version|one|remake|adaptation|edition|original|cut)\s*\)?\s*",
    _F)
_VERSION_WORDS = frozenset({"country", "language", "year", "media_type", "genre"})


def _which_version(text: str, title: Entity, slot: Slot) -> Optional[tuple[int, int]]:
    """The span of the words after the title saying which version is meant, up to the slot's end, or None."""
    if title.end is None or title.end >= slot.end:
        return None
    return (title.end, slot.end) if _WHICH_VERSION_RE.fullmatch(text, title.end, slot.end) else None


def _inside_span(entity: Entity, span: Optional[tuple[int, int]]) -> bool:
    return (span is not None and entity.name in _VERSION_WORDS and entity.start is not None and entity.end is not None
            and span[0] <= entity.start and entity.end <= span[1])


def _inside(entity: Entity, slot: Slot) -> bool:
    return entity.start is not None and entity.end is not None and slot.start <= entity.start and entity.end <= slot.end


def _kind_word_of_the_slot(entity: Entity, text: str, slot: Slot) -> bool:
    """A format or kind read from the word the viewer points at the title with ("the <title> show", "a <title>
    anime"): no constraint of a search."""
    return (entity.name in ("media_type", "genre") and _inside(entity, slot) and entity.start is not None
            and _KIND_WORD_RE.fullmatch(text[entity.start:entity.end]) is not None)


_KIND_WORD_RE = re.compile(rf"{KIND}s?", _F)


def _before_chatter(after: str) -> str:
    """The words after the title up to its question's mark when the rest is chatter asking for nothing ("on here??
    my little brother won't stop talking about it" → "on here??"); all of them otherwise."""
    mark = _QUESTION_MARK_RE.search(after)
    if mark is None or _CHATTER_ASKS_RE.search(after, mark.end()):
        return after
    return after[:mark.end()]


# The same question about words the catalog knows as no title ("do you have the godfather?", "is pulp fiction on
# here"): the words, read only when the message names nothing else. Words that are no title ("do you have anything",
# "is it on here", "can I watch now", "do you have subtitles") are passed over.
_MISSING_TITLE_RE = re.compile(
    rf"{OPENER}(?:{_ASK_HAVE}|{_ask_watch('watch|stream')}|(?P<is>is|are))"
    r"\s+(?P<words>[\w'’:&.!\"“”-]+(?:\s+[\w'’:&.!\"“”-]+){0,5}?)"
    rf"(?(is)\s+{_HERE}|(?:\s+{_HERE})?)"
    rf"(?:\s+{_POLITE})?[\s?!.]*$", _F)
_TRAILING_MEDIA_WORD_RE = re.compile(r"\s+(?:movie|film|show|series|documentary|doc)$", _F)
_NOT_A_TITLE_WORD = frozenset({
    "it", "that", "this", "them", "those", "these", "there", "here", "now", "time", "any", "anything", "some",
    "something", "a", "an", "more", "other", "others", "stuff", "movies", "movie", "films", "film", "shows", "show",
    "series", "kids", "fun", "netflix", "subtitles", "captions", "account", "app", "access", "list", "recommendations",
    "suggestions", "ideas", "options", "everything", "all", "audio", "dubs", "to", "you", "me", "us", "my", "your",
    "what", "which", "where", "when", "why", "how", "ok", "okay", "good", "new", "tonight", "today", "together", "with",
})
# A preposition opens no title the viewer asks for: "can i watch in hd", "can i watch on my tv", "… offline".
_LEADING_PREPOSITIONS = frozenset({"in", "on", "at", "from", "for", "without", "via", "through", "over", "off", "by",
                                   "during", "after", "before", "outside", "abroad", "offline", "online"})
# Words of the service, not of a title: picture and sound, devices and features, the account ("do you have 4k", "do
# you have parental controls", "do you have dolby atmos"). Any of them makes the question one about the service.
_SERVICE_WORDS = frozenset({
    "hd", "4k", "uhd", "hdr", "1080p", "720p", "offline", "download", "downloads", "downloading", "trailer", "trailers",
    "subtitle", "subtitles", "captions", "cc", "dubbing", "dubbed", "dub", "controls", "control", "mode", "profile",
    "profiles", "atmos", "dolby", "audio", "surround", "app", "apps", "account", "accounts", "subscription",
    "subscriptions", "plan", "plans", "pricing", "price", "prices", "refund", "refunds", "discount", "discounts",
    "trial", "ads", "adverts", "commercials", "chromecast", "airplay", "casting", "widget", "widgets", "watchlist",
    "settings", "login", "password", "notifications", "quality", "resolution", "streaming", "support",
})


def missing_title_words(turn: Turn) -> Optional[str]:
    """The words of an availability question about a title the catalog does not know ("do you have the godfather?":
    ``the godfather``), when the message names nothing the extractor reads; None otherwise. The answer says the
    catalog lacks it and offers titles matching the words (``recommend.recommend_turn``)."""
    text = turn.text or ""
    slot = asked_slot(text)  # "got <title>?", "<title> on here?", "is there a <title> thing?" (contract.availability)
    if text.startswith("/") or any((e.name in CONSTRAINT_ENTITIES and e.name != "media_type"
                                    and not (slot is not None and _kind_word_of_the_slot(e, text, slot)))
                                   or e.name in REFERENCE_ENTITIES for e in turn.entities):
        return None
    match = _MISSING_TITLE_RE.match(text)
    if match is None and slot is None:
        return None
    said = match["words"] if match is not None else without_kind_word(text[slot.start:slot.end]) if slot else ""
    if match is None and slot is not None and _a_kind_of_title(text[slot.start:slot.end], said):
        return None  # "the chess show is that on here": a show about chess described, no title's name
    words = _TRAILING_MEDIA_WORD_RE.sub("", said).strip(" .!-")  # "the <title> movie"
    quoted = bool(re.fullmatch(r"[\"“”'‘’].+[\"“”'‘’]", words))
    words = words.strip(" \"“”'‘’")
    tokens = words.casefold().split()
    if (not tokens or tokens[0] in _NOT_A_TITLE_WORD or tokens[-1] in _NOT_A_TITLE_WORD or "like" in tokens
            or tokens[0] in _LEADING_PREPOSITIONS or _SERVICE_WORDS.intersection(tokens)):
        return None  # "can i watch in hd", "do you have dark mode": a question about the service
    return words if quoted or _looks_like_a_title(words, tokens) else None


def _a_kind_of_title(slot_text: str, words: str) -> bool:
    """The slot is one everyday word of the catalog's vocabulary and a kind word ("the chess show", "a heist movie"):
    a title described by its topic, never a name the catalog lacks. "the <word> movie" where catalog titles carry
    the word in their names ("the crystal movie": The Dark Crystal) names a title the viewer half remembers: it is
    said missing with those close names, not searched."""
    content = [t for t in re.findall(r"[\w']+", words.casefold()) if not is_filler(t)]
    if slot_text.strip() == words.strip() or len(content) != 1 or not in_catalog_vocabulary(content[0]):
        return False
    definite = words.casefold().lstrip().startswith("the ")
    return not (definite and close_names(catalog_gazetteer(), words))


def _looks_like_a_title(words: str, tokens: Sequence[str]) -> bool:
    """Some sign that the words name a title and are no everyday noun ("do you have popcorn"): a capital letter
    ("do you have Inception"), two words that are not filler ("quiet harbour"), or "the" before a word ("the
    godfather"). The message's quotes are read by the caller."""
    content = [t for t in tokens if not is_filler(t)]
    return (any(c.isupper() for c in words) or len(content) >= 2
            or (len(tokens) >= 2 and tokens[0] == "the" and bool(content))
            or (len(content) == 1 and _unknown_word(content[0])))


# Letters of a lone word, no word of the catalog's vocabulary, that an availability question asks about as a title's
# name ("do u have <a title typed with a slip>"): round 29C.
_UNKNOWN_TITLE_WORD_MIN = 5


def _unknown_word(word: str) -> bool:
    """``word`` is no word of the catalog's vocabulary, long enough to be a name, and close to a catalog title's name
    (``catalog_names.close_names``: a title's word, or the title with one slip): asked about alone, it is a title's name
    half remembered, said missing honestly with the close names rather than taken for a question outside the bot's
    reach. An everyday thing asked for ("do you have popcorn") names no title and stays outside."""
    return (len(word) >= _UNKNOWN_TITLE_WORD_MIN and word.isalpha() and not in_catalog_vocabulary(word)
            and bool(close_names(catalog_gazetteer(), word)))


# Who made or plays in a title, asked as a question ("who directed <title>", "who's the director of <title>"): a
# question about that title, never a search for the person's other titles.
_ASKS_WHO_RE = re.compile(r"^\W*(?:(?:so|and|hey|um+|hm+)\W+)*(?:who|whose)\b", _F)


def names_a_maker(turn: Turn) -> bool:
    """The message names a title through its maker or cast ("movies by the guy who made <title>", "what else has the
    lady from <title> done": role ``director_of`` / ``cast_of``), a search for that person like a person named,
    whatever the intent label — unless it asks who they are ("who directed <title>")."""
    from actions.made_by import asks_more_by_the_titles_director

    text = turn.text or ""
    return (not text.startswith("/") and not _ASKS_WHO_RE.search(text)
            and (any(e.name == "title" and e.role in (DIRECTOR_OF, CAST_OF) and not e.excluded for e in turn.entities)
                 or asks_more_by_the_titles_director(turn)))  # "anything more by the fourth one's director?"


# Words that let a rating in beside the search's ("R is fine too", "R works as well", "allow R", "also TV-MA", "R is
# ok"); swap words ("only R", "R instead", "just R") make it replace them.
_RATING_ADD_RE = re.compile(r"\b(?:too|also|as\s+well|allow(?:ed|ing)?|include|including|plus|fine|ok|okay|alright"
                            r"|acceptable|works?|either)\b", _F)
_RATING_SWAP_RE = re.compile(r"\b(?:only|just|instead|rather|exclusively|switch|swap|change)\b", _F)
# A rating the viewer says the child can now watch ("she can do PG now", "he can handle PG-13", "PG now"): under an
# audience cap it raises the cap like a rating let in ("now" counts only there: "R now" after PG-13 swaps them).
_RATING_CAN_RE = re.compile(r"\b(?:can|could)\s+(?:(?:now|already|totally|probably)\s+)?(?:do|handle|watch|see|manage)\b", _F)
_RATING_NOW_RE = re.compile(r"\bnow\b", _F)


def widened_ratings(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """A rating let in with words of addition while the search limits ratings ("ok R is fine too" after PG-13
    thrillers) widens them: the search's ratings come back as entities beside the new one, so the ratings named
    this turn (which replace the search's) are both. Under an audience cap instead ("for teens"), a rating above
    it raises the cap to that rating's audience (the rating named alone would contradict the cap). A rating said
    alone or with swap words still replaces them."""
    named = [e for e in entities if e.name == "rating" and not e.excluded]
    if (not text or text.startswith("/") or not named or not (state.ratings or state.audience)
            or _RATING_SWAP_RE.search(text) or not _lets_rating_in(text, state)):
        return list(entities)
    if state.ratings:
        kept = [Entity("rating", r) for r in state.ratings if r not in {e.value for e in named}]
        return [*kept, *entities]
    above = [e for e in named if e.value in RATING_AUDIENCE
             and AUDIENCES.index(RATING_AUDIENCE[e.value]) > AUDIENCES.index(state.audience)]
    if not above:
        return list(entities)
    cap = max((RATING_AUDIENCE[e.value] for e in above), key=AUDIENCES.index)
    first = above[0]
    # a younger audience said beside it ("she turned 5, she can do PG now") is the age the rating now outgrows
    younger = [e for e in entities if e.name == "audience" and not e.excluded
               and e.value in AUDIENCES and AUDIENCES.index(e.value) < AUDIENCES.index(cap)]
    return ([e for e in entities if e not in named and e not in younger]
            + [Entity("audience", cap, None, first.start, first.end)])


def _lets_rating_in(text: str, state: Constraints) -> bool:
    """Words that let a rating in: addition words ("R is fine too"), or a rating the child can now watch ("she can do
    PG now") — the latter, and a bare "now", only under an audience cap (with ratings, "R now" swaps them)."""
    return bool(_RATING_ADD_RE.search(text)
                or (not state.ratings and (_RATING_CAN_RE.search(text) or _RATING_NOW_RE.search(text))))


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


# -- horror toned down -----------------------------------------------------------------------------------------------

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
