"""A relative edit said again: "even less", "more of that", "again", "even less scary", "still too gory".

After "horror movies" → "less scary" (or "shorter", "older", "fewer seasons", "less gory"), a reply that only asks
for more of the same carries no entity of its own, and "What should I change?" would be obtuse. The edit it repeats
is the one the viewer said last (``Turn.earlier``: the messages before this one); it is read again with the rules that
made it (the extractor's relative entities, ``cues.cue_entities``, ``cues.list_comparatives``,
``cues.relative_season_cues``) and applied once more, relative to the list just shown: "shorter" under the list's
runtimes again, "older" before its years again, "fewer seasons" below its counts again. An edit with no size of its
own — milder ("less scary", "less gory", "less intense") — steps the age cap one level below the most mature title
shown (never below kids: ``milder_cap``); a mood ("funnier", "darker") gives fresh picks of the same search.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Optional, Sequence

from actions.contrast import CONTRAST, GENTLER, LESS_SCARY, LIGHTER
from actions.cues import cue_entities, list_comparatives, relative_season_cues
from actions.entities import Entity
from actions.turn import Turn
from contract.constraints import Constraints
from contract.vocabulary import AUDIENCES, RATING_AUDIENCE

# The whole reply asks for the last edit once more: "even less", "a bit more", "more of that", "again", "go further",
# "do that again please", "same again", "still too much". Nothing else may be said (a title, a number, a genre).
_LEAD = r"^\W*(?:(?:ok(?:ay)?|hm+|um+|yes|yeah|yep|nice|good|better|great|and|but|now|please|pls|maybe|still)\W+)*"
_CORE = (r"(?:even|still|yet|a\s+(?:bit|little|tad|lot)|much|slightly|way)\s+(?:less|more)(?:\s+so)?"
         r"(?:\s+than\s+(?:that|those|these|this))?"
         r"|(?:less|more)\s+still"
         r"|(?:even\s+)?more\s+of\s+(?:that|this|the\s+same)"
         r"|(?:go\s+|take\s+it\s+|a\s+(?:bit|little)\s+)?(?:even\s+)?further(?:\s+still)?"
         r"|(?:(?:do|try)\s+(?:that|it|this)\s+)?(?:once\s+more|again|one\s+more\s+time)"
         r"|same\s+again|still\s+too\s+much")
_TAIL = r"(?:\W+(?:please|pls|plz|then|still|though|tho|thanks))*\W*$"
REPEAT_RE = re.compile(rf"{_LEAD}(?P<cue>{_CORE}){_TAIL}", re.IGNORECASE)
# A milder edit carried by a cap or an exclusion is relative only when said as a comparison or complaint ("less
# gory", "too violent", "not as dark"): "no swearing" caps the age too, and is no step to repeat.
_MILDER_WORDS_RE = re.compile(r"\b(?:less|too|not\s+as|not\s+so|milder|tamer|softer|gentler)\b", re.IGNORECASE)
_MILDER_CONTRASTS = (LESS_SCARY, LIGHTER, GENTLER)
_AGAIN_RE = re.compile(r"\b(?:even|still|yet)\b", re.IGNORECASE)
_RELATIVE_VALUES = {"duration": ("shorter", "longer"), "year": ("newer", "older")}
# The mildest cap a repeated "less scary" steps down to: children's titles are no milder horror.
_MILDEST_CAP = "kids"


def repeat_cue(text: Optional[str]) -> Optional[re.Match[str]]:
    """The words of a reply that only asks for the last edit once more ("even less", "again"), or None."""
    if not text or text.startswith("/"):
        return None
    return REPEAT_RE.match(text)


def repeated_edit(turn: Turn, entities: Sequence[Entity]) -> list[Entity]:
    """The relative edit a reply like "even less" repeats, as entities spanning its words (so they reach no query),
    read from the viewer's last message that made one (an earlier "even less" is passed over to the edit it
    repeated); nothing when the reply says more than the cue, no list was shown, or no edit came before."""
    cue = repeat_cue(turn.text)
    if cue is None or not turn.last_items or entities:
        return []
    for said in turn.earlier:
        edit = relative_edit(said.text, list(said.entities), turn.constraints, turn.last_items)
        if edit:
            edit += milder_step(edit, said.text, turn.constraints, turn.last_items, repeated=True)
            return [Entity(e.name, e.value, e.role, cue.start("cue"), cue.end("cue")) for e in edit]
        if repeat_cue(said.text) is None:
            return []
    return []


def relative_edit(text: Optional[str], entities: Sequence[Entity], state: Constraints,
                  last_items: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """The edits of one message that are relative to the list it followed: shorter / longer, newer / older, fewer /
    more seasons, a comparative of tone ("less scary", "funnier"), a milder cap said as a comparison ("less gory")."""
    if not text or text.startswith("/"):
        return []
    found = [e for e in entities if _is_relative(e, text)]
    found += [e for e in cue_entities(text, entities) + list_comparatives(text, entities) if _is_relative(e, text)]
    if not any(e.name == "duration" for e in found):  # "fewer seasons pls": below the counts shown now
        found += relative_season_cues(text, entities, last_items, state)
    return found


def _is_relative(e: Entity, text: str) -> bool:
    if e.value in _RELATIVE_VALUES.get(e.name, ()) and not e.excluded:
        return True
    if e.name == CONTRAST:
        return True
    milder = (e.name == "audience" and e.role == "cap") or (e.name == "mood" and e.excluded
                                                            and e.value in ("scary", "dark"))
    return milder and bool(_MILDER_WORDS_RE.search(text))


def milder_step(edit: Sequence[Entity], text: Optional[str], state: Constraints,
                last_items: Sequence[Mapping[str, Any]], *, repeated: bool = False) -> list[Entity]:
    """A cap one age level milder than the list shown when ``edit`` asks for milder titles and that is already what
    the search holds (``repeated``: said again with "even less"; or the message itself, "still too gory" / "even less
    scary" after the same edit): the mood or cap alone would change nothing. Nothing otherwise."""
    milder = [e for e in edit if (e.name == CONTRAST and e.value in _MILDER_CONTRASTS)
              or (e.name == "audience" and e.role == "cap")
              or (e.name == "mood" and e.excluded and e.value in ("scary", "dark"))]
    if not milder or not (repeated or _said_again(text, milder, state)):
        return []
    cap = milder_cap(state, last_items)
    return [Entity("audience", cap, "cap", milder[0].start, milder[0].end)] if cap else []


def _said_again(text: Optional[str], milder: Sequence[Entity], state: Constraints) -> bool:
    """The message says the milder edit once more ("even less scary", "still too gory"), or the search already caps
    the age where the edit would ("too violent" after "less gory"): the edit alone would change nothing."""
    if text and _AGAIN_RE.search(text):
        return True
    held = AUDIENCES.index(state.audience) if state.audience in AUDIENCES else None
    return any(e.name == "audience" and e.value in AUDIENCES and held is not None and held <= AUDIENCES.index(e.value)
               for e in milder)


def milder_cap(state: Constraints, last_items: Sequence[Mapping[str, Any]]) -> Optional[str]:
    """One age level below the most mature title shown (and below the search's cap), never below kids; None when
    nothing milder is left or the list shows no rating."""
    levels = [AUDIENCES.index(RATING_AUDIENCE[str(i.get("rating"))]) for i in last_items
              if str(i.get("rating")) in RATING_AUDIENCE]
    if state.audience in AUDIENCES:
        levels.append(AUDIENCES.index(state.audience))
    if not levels:
        return None
    step = min(max(levels), AUDIENCES.index(state.audience) if state.audience in AUDIENCES else len(AUDIENCES)) - 1
    if step < AUDIENCES.index(_MILDEST_CAP):
        return None
    return AUDIENCES[step]
