"""A person named as a change of the active search, not as a new one (pure; no I/O).

"What about <person>", "and <person>?" replace the search's person; "<person> too", "<A> and <B> together", "the
ones with <person>" add them (titles with both); "with <person>" after comedies filters the comedies
(``find_person_edit``). A correction of what the bot understood ("no, i meant <person>", "nah, <person>") swaps the
misread person (``corrects_the_search``, ``corrected_person``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from actions.constraints import CONSTRAINT_ENTITIES
from actions.edits.turn_basics import PERSON_ENTITIES, REFERENCE_ENTITIES
from actions.entities import Entity
from actions.person_parts import new_pair
from actions.turn import Turn
from contract.words import correction_lead

_F = re.IGNORECASE

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
