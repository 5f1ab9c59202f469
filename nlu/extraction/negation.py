"""Negation: "no horror", "nothing scary", "not animated", "but no stand-up", "without romance",
"not a series" → the same entity with ``role: "exclude"`` (contracts §5).

A cue word opens a scope that covers the entities right after it, through filler ("not a fan of
horror", "don't want anything too scary") and lists joined by "or"/"nor" ("no horror or thrillers");
"and" continues the list only with an entity of the same kind ("no horror and no gore" is two cues
anyway, but "no horror and under 90 minutes" must keep the duration positive). Anything else ends
the scope, and so does an adjacent entity of another kind ("nothing scary for a 7 year old" keeps
the audience). Cue words inside an entity's own span ("no longer than 1h30", "nothing too heavy") belong
to that entity and are ignored here.

One-sided durations and years are inverted instead of excluded ("nothing before 2000" is ``2000-``),
and the media noun after an excluded genre is dropped ("no horror movies" excludes horror; it does
not ask for movies).
"""

from __future__ import annotations

from typing import Callable

from . import durations, years
from .spans import Found
from .utterance import Utterance

EXCLUDE = "exclude"
CUES = frozenset({"no", "not", "n't", "nothing", "without", "none", "never", "avoid", "avoiding", "skip",
                  "except", "excluding", "minus", "non", "less", "hate", "dislike", "nor", "nt", "dont",
                  "dnt", "isnt", "arent", "nope", "instead", "too"})
PAIR_CUES = frozenset({("anything", "but"), ("other", "than"), ("rather", "than"),
                       ("sick", "of"), ("tired", "of"), ("enough", "of"), ("stay", "away")})
FILLER = frozenset({
    "a", "an", "the", "any", "anything", "something", "more", "too", "so", "very", "really", "super",
    "overly", "that", "of", "much", "fan", "into", "big", "huge", "kind", "sort", "type", "types", "kinds",
    "stuff", "is", "be", "are", "it", "want", "like", "watch", "see", "in", "with", "by", "from", "starring",
    "featuring", "include", "including", "please", "-", "i", "do", "particularly", "all", "at", "mood",
    "for", "stand", "away", "similar", "to", "just", "yet", "again", "another", "some", "excessively",
    "remotely", "even", "on", "extra", "overtly", "ones", "one", "'s", "way",
})
CONNECTORS = frozenset({"or", "nor", "/", "neither", "either"})
SAME_KIND_CONNECTORS = frozenset({"and", "&"})
_INVERTERS: dict[str, Callable[[str], str | None]] = {"duration": durations.invert, "year": years.invert}


def apply(utt: Utterance, found: list[Found]) -> list[Found]:
    """Return ``found`` with negated entities marked (or inverted / dropped as described above)."""
    if not found:
        return found
    by_token = _entity_tokens(utt, found)
    covered = {i for idxs in by_token.values() for i in idxs}
    negated: set[int] = set()
    dropped: set[int] = set()
    for i, tok in enumerate(utt.doc):
        if i in covered or not _is_cue(utt, i):
            continue
        _scope(utt, i + 1, found, by_token, negated, dropped)
    return [_negate(f) if k in negated else f for k, f in enumerate(found) if k not in dropped]


def _is_cue(utt: Utterance, i: int) -> bool:
    word = utt.lower[i]
    if word in CUES:
        return True
    return i > 0 and (utt.lower[i - 1], word) in PAIR_CUES


def _entity_tokens(utt: Utterance, found: list[Found]) -> dict[int, list[int]]:
    """Token indices covered by each found entity (by position in ``found``)."""
    out: dict[int, list[int]] = {}
    for k, f in enumerate(found):
        span = utt.span(f.start, f.end)
        out[k] = list(range(span.start, span.end)) if span is not None else []
    return out


def _starting_at(token: int, by_token: dict[int, list[int]]) -> list[int]:
    return [k for k, idxs in by_token.items() if idxs and idxs[0] == token]


def _scope(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]],
           negated: set[int], dropped: set[int]) -> None:
    """Walk right from a cue, marking the entities inside its scope."""
    last_kind: str | None = None
    expect_same_kind = False
    after_entity = False
    n = len(utt.doc)
    while i < n:
        starting = _starting_at(i, by_token)
        if starting:
            kinds = {found[k].entity for k in starting}
            if (expect_same_kind or after_entity) and last_kind not in kinds and not (
                    after_entity and kinds == {"media_type"}):
                return                            # "nothing scary for a 7 year old": audience stays
            if after_entity and kinds == {"media_type"} and last_kind != "media_type":
                dropped.update(starting)          # head noun: "no horror movies"
            else:
                negated.update(starting)
                last_kind = found[starting[0]].entity
            i = max(by_token[k][-1] for k in starting) + 1
            after_entity, expect_same_kind = True, False
            continue
        word = utt.lower[i]
        if after_entity and word in CONNECTORS:
            after_entity = False
        elif after_entity and word in SAME_KIND_CONNECTORS:
            after_entity, expect_same_kind = False, True
        elif not (word in FILLER and not after_entity) and not (after_entity and word in ("please", "stuff")):
            return
        i += 1


def _negate(f: Found) -> Found:
    """Exclude, or invert a one-sided range."""
    invert = _INVERTERS.get(f.entity)
    if invert and (value := invert(f.value)) is not None:
        return f.with_value(value)
    return f.with_role(EXCLUDE)
