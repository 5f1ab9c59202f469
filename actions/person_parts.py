"""The search's people by part of their name, and a new pair of people.

The search's one person turned down by part of their name: "ok drop adam, just comedies" after Adam Sandler's titles.

A viewer shortens a name they just searched for to a given name or a surname. With two or more people in the search,
"just <part>" / "without <part>" picks among them (``edits.find_people_narrowing``); with one, a turning-down word
before a part of that person's name drops them like "not him" does (``edits.turns_down_person``,
``planning._plan_without_person``) — never a keyword search on the word, nor the titles holding it in their names
(``title_words`` leaves the search's people's words alone).

People turned down by name in a request ("with <actor> but not the <director> ones") have their titles left out
(``people_turned_down``). A given name said alone beside a person ("finn or sadie sink") is the co-star of that given name in the person's titles
(``with_partners_by_given_name``, asked of the catalog). Two new people said together ("<A> and <B> together in a
movie") are a new request, not an addition to the search's
person (``new_pair``, read by ``edits.find_person_edit``).
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional, Sequence

from actions.entities import Entity
from actions.references import catalog_gazetteer
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.turn import Turn
from contract.constraints import Constraints
from contract.gazetteer import Gazetteer
from contract.words import in_catalog_vocabulary, is_filler

log = logging.getLogger(__name__)

_DROP_RE = re.compile(
    r"\b(?:drop|lose|ditch|skip|forget|remove|no\s+more|not|no|without|minus|except|enough\s+of)\s+"
    r"(?P<name>[^\W\d_]+(?:['’]s)?(?:\s+[^\W\d_]+)?)", re.IGNORECASE)


def dropped_person_spans(turn: Turn) -> list[tuple[int, int]]:
    """The spans of "drop <part of the search's one person's name>" in the message (none unless the search holds
    exactly one person)."""
    state = turn.constraints
    people = [*state.actors, *state.directors, *state.any_people]
    text = turn.text or ""
    if len(people) != 1 or not text or text.startswith("/"):
        return []
    name_words = {w.casefold() for w in re.findall(r"\w+", people[0]) if len(w) > 1}
    spans = []
    for m in _DROP_RE.finditer(text):
        said = [w.casefold().removesuffix("'s").removesuffix("’s") for w in m["name"].split()]
        if said[0] in name_words:  # "drop adam", "no sandler", "drop adam sandler": the first word names them
            end = m.start("name") + (len(m["name"]) if all(w in name_words for w in said) else len(m["name"].split()[0]))
            if not _word_of_a_phrase(turn, m.start("name"), end):
                spans.append((m.start(), end))
    return spans


_PERSON_ENTITIES = frozenset({"actor", "director", "person"})


def _word_of_a_phrase(turn: Turn, start: int, end: int) -> bool:
    """The said part of the name is a word of something else: inside another entity the NLU read ("no black and
    white ones" is an era), hyphened to more words ("black-and-white", "black-ish"), or an everyday word (one of the
    catalog's description words) right before another reading ("no black comedies": a kind of comedy)."""
    text = turn.text or ""
    others = [e for e in turn.entities if e.name not in _PERSON_ENTITIES and e.start is not None and e.end is not None]
    if any(e.start < end and e.end > start for e in others):
        return True
    if text[end:end + 2].startswith("-") and text[end + 1:end + 2].isalpha():
        return True
    # an everyday word right before another reading modifies it: "no black comedies", never "no sandler comedies"
    gap_end = end + len(text[end:]) - len(text[end:].lstrip())
    return gap_end > end and in_catalog_vocabulary(text[start:end].casefold()) and any(e.start == gap_end for e in others)


def new_pair(state: Constraints, named: Sequence[Entity]) -> bool:
    """Two or more people named together, none of them in the search: "<A> and <B> together in a movie" after another
    person's titles starts a new search of its own, with them alone (their togetherness asks for titles with both, not
    for them beside the search's person and topic)."""
    people = {e.value for e in named}
    return len(people) > 1 and not people & {*state.actors, *state.directors, *state.any_people}


def people_turned_down(turn: Turn) -> Optional[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The people the message turns down by name, as (actors, directors): "with <actor> but not the <director> ones"
    leaves out the titles that director made (``Plan.exclude_people``, resolved by the action), or None."""
    actors = tuple(dict.fromkeys(e.value for e in turn.entities if e.name == "actor" and e.excluded))
    directors = tuple(dict.fromkeys(e.value for e in turn.entities if e.name == "director" and e.excluded))
    return (actors, directors) if actors or directors else None


# A given name said alone before "or / and <a person>": "finn or sadie sink", "fortune and david spade".
_GIVEN_BEFORE_RE = re.compile(r"(?:^|[\s,(])(?P<given>[^\W\d_]{2,})\s*(?P<joiner>\bor\b|\band\b|&)\s*$", re.IGNORECASE)
MAX_PARTNER_TITLES = 8  # titles of the named person read for a co-star of that given name


async def with_partners_by_given_name(turn: Turn) -> Turn:
    """``turn`` with "<given name> or / and <person>" read as that person's co-star of that given name, when exactly
    one cast member of the person's titles has it ("finn or sadie sink": the Finn she acts with); "or" makes both
    people alternatives (role ``any``), "and" asks for both. Best effort: unreachable catalog, no or several such
    co-stars — the turn as it was."""
    text = turn.text or ""
    if not text or text.startswith("/"):
        return turn
    entities = list(turn.entities)
    for person in [e for e in turn.entities if e.name in ("actor", "director") and not e.excluded and e.start]:
        m = _GIVEN_BEFORE_RE.search(text[:person.start])
        if m is None or is_filler(m["given"]) or m["given"].casefold() not in _given_names() or any(
                e.start is not None and e.end is not None and e.start < m.end("given") and e.end > m.start("given")
                for e in turn.entities):
            continue
        partner = await _co_star_named(person.value, person.name, m["given"])
        if partner is None:
            continue
        either = m["joiner"].casefold() == "or"
        role = "any" if either else None
        entities.append(Entity("actor", partner, role, m.start("given"), m.end("given")))
        if either:
            entities[entities.index(person)] = replace(person, role="any")
    return replace(turn, entities=sorted(entities, key=lambda e: e.start or 0)) if len(entities) != len(turn.entities) \
        else turn


def _given_names() -> frozenset[str]:
    """The given names of the catalog's people (gazetteer file): only such a word is looked up as a co-star."""
    gazetteer = catalog_gazetteer()
    return frozenset() if gazetteer is None else _given_names_of(gazetteer)


@lru_cache(maxsize=1)
def _given_names_of(gazetteer: Gazetteer) -> frozenset[str]:
    """The given names of the gazetteer read last (a gazetteer hashes by identity: a new file is a new object)."""
    return frozenset(n.split()[0].casefold() for n in (*gazetteer.actors, *gazetteer.directors) if " " in n)


async def _co_star_named(name: str, entity: str, given: str) -> Optional[str]:
    """The one cast member of ``name``'s titles whose given name is ``given``, or None."""
    field_name = "directors" if entity == "director" else "actors"
    client = get_client()
    try:
        result = await client.recommend({"constraints": {field_name: [name]}, "limit": MAX_PARTNER_TITLES})
        ids = [str(i["id"]) for i in result.get("items") or [] if isinstance(i, dict) and i.get("id")]
        titles = await asyncio.gather(*(client.item(i) for i in ids))  # the titles' casts, read side by side
        found = {c for details in titles for c in (details or {}).get("cast") or []
                 if c != name and c.split()[0].casefold() == given.casefold()}
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not read the co-stars of %s", name)
        return None
    return next(iter(found)) if len(found) == 1 else None
