"""Round 28B: a topic or genre of the search let go — "doesn't have to be <it>", "not just <it>", "<kind> in general".

While a search is active, "doesn't have to be sharks", "it needn't be about space", "not just dinosaurs", "any
documentary, not only space ones", "sharks aren't a must" let go of what the words name: the topic words of the
search's free-text query they name leave it (a word named loosely counts: "dinos" for "dinosaurs"), a genre of the
search they name leaves its genres; "<kind> in general is fine", "any <kind> at all / will do" let go of the whole
topic, the kind kept. The rest of the search stays, and the picks are fresh (the titles just shown are left out). None
of the words said becomes a topic of its own. "Doesn't have to be <a genre>" was already a removal
(``actions/edits.find_removals``); "doesn't have to be that new" stays the bound it loosens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Optional

from actions.entities import Entity
from contract.constraints import Constraints

_F = re.IGNORECASE
_NEG = r"(?:does\s*n[o'’]?t|does\s+not|dont|don'?t|do\s+not|need\s*n[o'’]?t|need\s+not|wo\s*n[o'’]?t|has\s*n[o'’]?t|have\s*n[o'’]?t)"
# The words let go run to the clause's end (or "then", "just", "any", "as long as" …).
_UNTIL = r"(?=\s*(?:$|[.,;:!?)]|-\s|\b(?:then|tho|though|just|any|anything|as\s+long|but|if|really|honestly|lol|either)\b))"
_OBJECT = r"(?:about\s+|(?:a|an|the|those|these|that|all)\s+)?(?P<w>[a-z][a-z'’ -]*?)"
_LET_GO_RES = (
    # "doesn't have to be sharks", "it needn't be about space", "they don't need to be dinosaur ones"
    re.compile(rf"\b(?:(?:it|they|those|that|this|the\s+\w+)\s+)?{_NEG}\s+(?:(?:have|need|got)\s+to\s+)?be\s+{_OBJECT}"
               rf"{_UNTIL}", _F),
    # "not just sharks", "not only about space", "not necessarily dinosaurs"
    re.compile(rf"\bnot\s+(?:just|only|necessarily|neccessarily|nessesarily)\s+{_OBJECT}{_UNTIL}", _F),
    # "sharks aren't a must", "the space thing isn't required"
    re.compile(r"\b(?P<w>[a-z][a-z'’ -]*?)\s+(?:is|are)\s*(?:n[o'’]?t|\s+not)\s+(?:a\s+must|required|necessary|needed"
               r"|essential|a\s+requirement)\b", _F),
)
# "<kind> in general (is fine)", "any <kind> at all", "any <kind> will do / works / is fine": the whole topic goes.
_IN_GENERAL_RE = re.compile(
    r"\b(?P<k>[a-z-]+)\s+in\s+general\b"
    r"|\bany\s+(?:old\s+)?(?P<k2>[a-z-]+)\s+(?:at\s+all|will\s+do|would\s+do|works|is\s+(?:fine|ok(?:ay)?|good))\b", _F)
# Kind nouns that stand for the search's kind there ("shows in general", "any movie will do").
_KIND_NOUNS = frozenset({"stuff", "things", "anything", "shows", "show", "movies", "movie", "films", "film", "series",
                         "docs", "doc", "documentaries", "documentary", "cartoons", "cartoon", "anime"})
# Words of a let-go phrase that name no topic.
_FILLER = frozenset({"about", "a", "an", "the", "ones", "one", "stuff", "things", "thing", "kind", "kinds", "type",
                     "sort", "of", "show", "shows", "movie", "movies", "film", "films", "series", "related", "themed",
                     "focused", "based", "specifically", "strictly", "exactly", "all", "that", "those", "these", "so",
                     "really", "too", "very", "just", "only", "it", "they", "new", "recent", "old", "long", "short"})
# Bounds loosened in these words ("doesn't have to be that new") are find_removals' _NEED_NOT_BE_RE, not topics.
_DEGREE_RE = re.compile(r"^(?:that|so|too|super|very|all\s+that)\s", _F)


@dataclass(frozen=True)
class LetGo:
    """What a message lets go of: topic words of the search's query and genres it holds, the spans that said so."""

    words: tuple[str, ...]
    genres: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    def consumes(self, entity: Entity) -> bool:
        return (entity.start is not None and entity.end is not None
                and any(s <= entity.start and entity.end <= e for s, e in self.spans))

    def applied_to(self, state: Constraints) -> Constraints:
        """``state`` without the topic words and genres let go."""
        words = [w for w in (state.query or "").split() if w.casefold() not in self.words]
        return replace(state, query=" ".join(words) or None,
                       genres=[g for g in state.genres if g not in self.genres],
                       any_genres=[g for g in state.any_genres if g not in self.genres])

    def as_entities(self) -> list[Entity]:
        """The phrases as span-only entities, so none of their words reaches the free-text query."""
        return [Entity("_let_go", "", None, s, e) for s, e in self.spans]


def _same_word(said: str, held: str) -> bool:
    """"dinos" for "dinosaurs", "shark" for "sharks": one word begins the other, four letters at least in common."""
    a, b = said.casefold().strip("'’"), held.casefold().strip("'’")
    if a == b:
        return True
    short, long_ = sorted((a.rstrip("s"), b.rstrip("s")), key=len)
    return len(short) >= 4 and long_.startswith(short)


def topics_let_go(text: Optional[str], state: Constraints, entities: Sequence[Entity] = ()) -> Optional[LetGo]:
    """What ``text`` lets go of in ``state`` (module docstring), or None when it names nothing the search holds."""
    if not text or text.startswith("/"):
        return None
    held = [w for w in (state.query or "").split()]
    words: list[str] = []
    genres: list[str] = []
    spans: list[tuple[int, int]] = []
    for rx in _LET_GO_RES:
        for m in rx.finditer(text):
            said = m.group("w")
            if _DEGREE_RE.match(said + " "):
                continue
            named = [w for w in re.findall(r"[a-z][a-z'’-]*", said.casefold()) if w not in _FILLER]
            hit = [h.casefold() for h in held if any(_same_word(w, h) for w in named)]
            inside = [e for e in entities if e.name == "genre" and not e.excluded and e.start is not None
                      and e.end is not None and m.start("w") <= e.start and e.end <= m.end("w")]
            held_genres = [str(e.value) for e in inside if e.value in state.genres or e.value in state.any_genres]
            if hit or held_genres:
                words += hit
                genres += held_genres
                spans.append((m.start(), m.end()))
    for general in _IN_GENERAL_RE.finditer(text):
        k = "k" if general.group("k") else "k2"
        kind = general.group(k).casefold() in _KIND_NOUNS or any(
            e.name in ("genre", "media_type") and not e.excluded and e.start is not None and e.end is not None
            and e.start < general.end(k) and e.end > general.start(k) for e in entities)
        if kind and held:  # "shorter ones in general" is how widely an edit holds, no kind: not read here
            words += [h.casefold() for h in held]
            spans.append((general.start(), general.end()))
    if not spans:
        return None
    return LetGo(tuple(dict.fromkeys(words)), tuple(dict.fromkeys(genres)), tuple(spans))
