"""Pivots to a person: a follow-up asking for more with a person (pure; no I/O).

"Anything else with her?", "more from that director", "what else has <person> been in", "his other films": keep the
person, drop the unrelated filters (``find_person_pivot``, ``asks_for_other_works``). A title named through its maker
or cast ("movies by the guy who made <title>") is a search for that person the same way (``names_a_maker``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from actions.edits.person_roles import role_switch
from actions.edits.turn_basics import PERSON_ENTITIES
from actions.entities import CAST_OF, DIRECTOR_OF
from actions.turn import Turn

_F = re.IGNORECASE

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
