"""The search's people by part of their name, and a new pair of people.

The search's one person turned down by part of their name: "ok drop adam, just comedies" after Adam Sandler's titles.

A viewer shortens a name they just searched for to a given name or a surname. With two or more people in the search,
"just <part>" / "without <part>" picks among them (``edits.find_people_narrowing``); with one, a turning-down word
before a part of that person's name drops them like "not him" does (``edits.turns_down_person``,
``planning._plan_without_person``) — never a keyword search on the word, nor the titles holding it in their names
(``title_words`` leaves the search's people's words alone).

People turned down by name in a request ("with <actor> but not the <director> ones") have their titles left out
(``people_turned_down``). Two new people said together ("<A> and <B> together in a movie") are a new request, not an addition to the search's
person (``new_pair``, read by ``edits.find_person_edit``).
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.entities import Entity
from actions.turn import Turn
from contract.constraints import Constraints

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
            spans.append((m.start(), end))
    return spans


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
