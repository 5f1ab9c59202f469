"""A person the catalog does not have (NLU entity ``unknown_person``): an honest "I don't have anything with or by
<Name> here", never picks.

Any pick would be by someone else, and a keyword search on the name's words finds titles that merely mention them
(a first name in a description) — both mislead the viewer. So the answer has no items, and when the viewer asked for
more than the person ("westerns by <Name>"), a button runs the rest of the request without them. The search state is
left as it was: the person was never a constraint. A person turned down ("not <Name>") asks for nothing and is
ignored here.

A person asked for as a director ("<name> directed stuff?", NLU entity ``director``) whom the catalog credits only as
cast is said so too ("I have <name> only as an actor here"), their acting titles offered by a button, no picks: an
acting title is no answer to a request about directing.

The NLU knows the catalog's people through the gazetteer, which leaves out actors credited once
(``contract.gazetteer.MIN_CAST_CREDITS``); so before saying "I don't have", the catalog itself is asked
(``with_catalog_people``): a person it credits after all becomes that actor or director, and the turn goes on as any
request for them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Optional

from actions.constraints import CONSTRAINT_ENTITIES
from actions.entities import Entity
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.references import catalog_gazetteer
from actions.reply import say
from actions.turn import Turn
from contract import wording
from contract.payloads import QuickReply
from contract.words import one_slip

log = logging.getLogger(__name__)

UNKNOWN_PERSON = "unknown_person"
# The catalog's credit fields asked, in this order, for a name the NLU did not know, and the entity each one gives.
CREDIT_FIELDS = (("actors", "actor"), ("directors", "director"))
# The words that put a person after them, trimmed with the person from the request the button re-runs: "westerns
# by <Name>" re-runs "westerns", not "westerns by".
_CUE_BEFORE_RE = re.compile(
    r"(?:\b(?:directed\s+by|(?:films?|movies?|works?)\s+of|by|with|starring|featuring|feat|ft|and|or)|&)\W*$",
    re.IGNORECASE)
_POSSESSIVE_AFTER_RE = re.compile(r"^['’]s\b", re.IGNORECASE)
_SPACES_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"\b([^\W\d_]+)(?:['’]s)?\b")
MIN_REPEATED_NAME = 4  # letters of a name word removed again elsewhere in the request (never "de", "le", "ray")
_EDGE_PUNCT = " ,;:-"


# The role of a person a documentary is about ("a pele doc"): answered by actions/subject_people.py, never "I don't
# have anything with <Name>" (round 22g).
SUBJECT = "subject"


def unknown_people(turn: Turn) -> list[Entity]:
    """The people the catalog lacks that the viewer asks for in this message (not those they turn down, nor the
    subjects of documentaries)."""
    return [e for e in turn.entities if e.name == UNKNOWN_PERSON and not e.excluded and e.role != SUBJECT]


async def with_catalog_people(turn: Turn) -> Turn:
    """``turn`` with each ``unknown_person`` the catalog credits after all (module docstring) read as that actor or
    director; the others stay. Best effort: when the catalog cannot be reached, the names stay unknown."""
    found = [e for e in turn.entities if e.name == UNKNOWN_PERSON and e.role != SUBJECT]
    if not found:
        return turn
    entities = list(turn.entities)
    for person in found:
        entity = await _credited_as(person.value)
        if entity is not None:
            entities[entities.index(person)] = Entity(entity, person.value, person.role, person.start, person.end)
    return replace(turn, entities=entities)


async def _credited_as(name: str) -> Optional[str]:
    """The entity of the first credit field in which the catalog lists ``name``, or None."""
    for field_name, entity in CREDIT_FIELDS:
        try:
            result = await get_client().recommend({"constraints": {field_name: [name]}, "limit": 1})
        except (RecommenderUnavailable, RecommenderRejected):
            log.warning("could not look up %s in the catalog's credits", name)
            return None
        if result.get("items"):
            return entity
    return None


def request_without(text: str, people: list[Entity]) -> str:
    """``text`` without the people's names and the cue words before them: the rest of the request."""
    out = text
    for person in sorted((p for p in people if p.start is not None and p.end is not None),
                         key=lambda p: p.start or 0, reverse=True):
        start, end = person.start or 0, person.end or 0
        before = out[:start]
        cue = _CUE_BEFORE_RE.search(before)
        if cue is not None:
            before = before[:cue.start()]
        after = _POSSESSIVE_AFTER_RE.sub("", out[end:])
        out = f"{before.rstrip()} {after.lstrip()}"
    name_words = {w.casefold() for p in people for w in p.value.split() if len(w) >= MIN_REPEATED_NAME}
    # "the bergmann films? ingmar bergman": the name said twice, maybe with a slip, goes too
    out = _WORD_RE.sub(lambda m: "" if _said_again(m.group(1), name_words) else m.group(0), out)
    return _SPACES_RE.sub(" ", out).strip(_EDGE_PUNCT)


def _said_again(word: str, name_words: set[str]) -> bool:
    w = word.casefold()
    return any(w == n or one_slip(w, n) for n in name_words)


# An alternative offered after a person in case the catalog lacks them: "<name>? no? then …", "<name>? no. …",
# "<name>, otherwise …", "<name> or else …", "<name>, failing that …", "<name>, if not …".
# A bare "then" is no alternative ("<name> then a comedy" may be a plan for the evening): a "no" must stand before it.
_ALTERNATIVE_AFTER_RE = re.compile(
    r"[\s?!.,;:]*(?:(?:no|nope|nah|none|not\s+there|not\s+on\s+here)(?:\s*[?!.,;:]+|\s+then\b)"
    r"|(?:otherwise|or\s+else|or\s+if\s+not|if\s+not|failing\s+that)\b)", re.IGNORECASE)
# "if not <name> then …", "if you don't have <name>, …": the person said as the first choice of two.
_IF_NOT_BEFORE_RE = re.compile(r"\bif\s+(?:not|(?:you\s+)?(?:don'?t|do\s+not|dont)\s+have)\s+$", re.IGNORECASE)


def given_up_for_another(turn: Turn, person: Entity) -> bool:
    """The viewer offers an alternative to ``person`` should the catalog lack them ("<name>? no? then <request>",
    "if not <name> then <request>") and the message asks for something after that: the alternative is answered, the
    person was never a constraint. A request with nothing after the person stays answered "I don't have"."""
    text = turn.text or ""
    if person.start is None or person.end is None:
        return False
    offered = (_ALTERNATIVE_AFTER_RE.match(text, person.end) is not None
               or _IF_NOT_BEFORE_RE.search(text[:person.start]) is not None)
    return offered and any(e.name in CONSTRAINT_ENTITIES and not e.excluded and (e.start or 0) >= person.end
                           for e in turn.entities)


def actors_asked_to_direct(turn: Turn) -> list[str]:
    """The people the message asks for as directors ("<name> directed stuff?", "directed by <name>") whom the catalog
    credits only in casts (the gazetteer holds every director, so one missing from its directors directed nothing
    here)."""
    gazetteer = catalog_gazetteer()
    if gazetteer is None:
        return []
    directors, actors = set(gazetteer.directors), set(gazetteer.actors)
    return list(dict.fromkeys(e.value for e in turn.entities if e.name == "director" and not e.excluded
                              and e.value in actors and e.value not in directors))


# A person pointed at by a pronoun where a person stands: "a series with him", "anything she's in", "his films". Never
# the company ("to watch with her"): a watching verb before "with" makes them a viewer.
_PERSON_POINTED_RE = re.compile(
    r"(?<!watch )(?<!watching )(?<!watch it )\b(?:with|starring|featuring|by)\s+(?:him|her|them)\b"
    r"|\b(?:he|she|they)(?:'s|’s|\s+is|\s+are|'re|’re)\s+in\b"
    r"|\b(?:his|her|their)\s+(?:films?|movies?|shows?|series|stuff|work|titles?)\b", re.IGNORECASE)
_PEOPLE_ENTITIES = frozenset({"actor", "director", UNKNOWN_PERSON})


def unknown_people_pointed_at(turn: Turn) -> list[Entity]:
    """The people the catalog lacks that the viewer's previous message asked for, pointed at again by a pronoun in
    this one ("anything with <a name it lacks>?", then "ok a series with him then": round 26d) while the search holds
    no person of its own: "him" is still that person, never silently dropped."""
    text = turn.text or ""
    if not text or text.startswith("/") or not turn.earlier or _PERSON_POINTED_RE.search(text) is None:
        return []
    if any(e.name in _PEOPLE_ENTITIES for e in turn.entities):
        return []
    state = turn.constraints
    if state.actors or state.directors or state.any_people:
        return []
    return [e for e in turn.earlier[0].entities if e.name == UNKNOWN_PERSON and not e.excluded and e.role != SUBJECT]


def answer_unknown_people(dispatcher, turn: Turn) -> Optional[list]:
    """Answer a message naming people the catalog lacks (module docstring), or asking an actor's directing; None when
    it names none."""
    acting_only = actors_asked_to_direct(turn)
    if acting_only:  # their acting titles are an offer, never picks for a request about directing
        buttons = tuple(QuickReply(wording.titles_acted_in(n), f"titles with {n}") for n in acting_only)
        say(dispatcher, wording.only_as_actor(acting_only), buttons)
        return []
    pointed = unknown_people_pointed_at(turn)
    if pointed:  # "a series with him" after a name the catalog lacks: still nobody here, the rest offered
        names = list(dict.fromkeys(p.value for p in pointed))
        rest = _SPACES_RE.sub(" ", _PERSON_POINTED_RE.sub(" ", turn.text or "")).strip(_EDGE_PUNCT)
        asks_more = bool(rest) and any(e.name in CONSTRAINT_ENTITIES and not e.excluded for e in turn.entities)
        buttons = (QuickReply(wording.search_without_people(names), rest),) if asks_more else ()
        say(dispatcher, wording.people_not_in_catalog(names, offer_the_rest=asks_more), buttons)
        return []
    people = unknown_people(turn)
    if not people or all(given_up_for_another(turn, p) for p in people):
        return None  # "<name>? no? then something by <someone it has>": the alternative is what is asked now
    names = list(dict.fromkeys(p.value for p in people))
    rest = request_without(turn.text or "", people) if turn.text and not turn.text.startswith("/") else ""
    asks_more = bool(rest) and any(e.name in CONSTRAINT_ENTITIES and not e.excluded for e in turn.entities)
    buttons = (QuickReply(wording.search_without_people(names), rest),) if asks_more else ()
    say(dispatcher, wording.people_not_in_catalog(names, offer_the_rest=asks_more), buttons)
    return []
