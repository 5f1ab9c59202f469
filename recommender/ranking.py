"""Ranking of the filtered candidates: relevance, the cold-start prior (recommender/prior.py), diversity.

The candidate pool is the top slice by soft relevance (or by prior when the viewer gave no soft
signal). Final order is a greedy maximal-marginal-relevance pass so a top five is never five
near-identical titles (five seasons of one franchise, five stand-up specials of one comedian).

A *topical* request (free text such as "a movie about a heist", no "more like" anchor) asks for titles
alike in one respect: their resemblance is largely what was asked for, not redundancy. There the
similarity penalty weighs ``TOPIC_DIVERSITY_SHARE`` of its usual weight, so a second title about sharks
is not swapped for a cartoon that mentions a reef; the franchise rule holds as everywhere (one "Jaws"
film, not four). Measured by ``mediabot eval recommendations`` (docs/benchmarks.md, "Recommendation
quality"): with the full penalty the hand-written topics' precision fell below the plain embedding's;
without any, held-back phrases (one title to find from a few words) were found less often.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy as np

from recommender import editorial, reasons
from recommender.snapshot import CatalogSnapshot

PRIOR_WEIGHT = 0.08        # how much the cold-start prior (recommender/prior.py) moves an item
SOFT_PRIOR_SHARE = 0.5     # ... of which this share when the viewer gave a soft signal (relevance leads)
DIVERSITY_WEIGHT = 0.35    # MMR penalty per unit of similarity to an already chosen item
SAME_SERIES_PENALTY = 0.5  # extra penalty for the same title stem ("Naruto", "Naruto Shippuden")
DIVERSITY_REACH = 0.3      # diversity may lift a title over a better one only within this share of the pool's score spread
TOPIC_DIVERSITY_SHARE = 0.5  # share of DIVERSITY_WEIGHT for a topical request (see the module doc)


@dataclass(frozen=True)
class Ranked:
    row: int
    score: float
    relevance: float


def rank(snapshot: CatalogSnapshot, vectors: np.ndarray, rows: np.ndarray, relevance: np.ndarray,
         limit: int, prior: np.ndarray | None = None, *, prior_weight: float | None = None,
         diversity: float | None = None, topical: bool = False,
         franchise_asked: bool = False) -> list[Ranked]:
    """Pick ``limit`` rows from the candidate pool, balancing relevance, prior and diversity.
    ``prior_weight`` / ``diversity`` replace ``PRIOR_WEIGHT`` / ``DIVERSITY_WEIGHT`` (an experiment's variant);
    ``topical``: the relevance is a free-text topic's (the module doc says what changes); ``franchise_asked``: the
    viewer named a franchise ("lego movies", recommender.franchises), so its titles may follow one another."""
    if len(rows) == 0:
        return []
    diversity = (DIVERSITY_WEIGHT if diversity is None else diversity) * (TOPIC_DIVERSITY_SHARE if topical else 1.0)
    # With a soft signal (a query, a "like" title, a mood) relevance leads and the prior only breaks near-ties.
    weight = (PRIOR_WEIGHT if prior_weight is None else prior_weight) * (SOFT_PRIOR_SHARE if np.any(relevance) else 1.0)
    base = relevance + weight * (snapshot.prior if prior is None else prior)[rows]
    base = editorial.adjust(snapshot, rows, base)  # operators' boosts and buries (recommender.editorial)
    cand_vecs = vectors[rows].astype(np.float32, copy=False)
    chosen: list[int] = []
    max_sim = np.full(len(rows), -1.0, np.float32)
    stem_taken = np.zeros(len(rows), bool)  # same franchise as a chosen title (checked lazily, below)
    checked = np.zeros(len(rows), np.int32)  # how many chosen titles row i was compared with
    available = np.ones(len(rows), bool)
    # a second title of one franchise comes after every other candidate, whatever the score scale
    # (the hybrid "more like" score spans more than a cosine does)
    franchise_penalty = 0.0 if franchise_asked else max(SAME_SERIES_PENALTY, float(base.max() - base.min()))
    # Diversity reorders titles of comparable score; it never lifts a barely relevant title over a much
    # better one only because the better one resembles a pick ("starship" -> a second space series, not a
    # cartoon). Reach is a share of the pool's spread, so it works on cosine and on hybrid scales alike.
    reach = DIVERSITY_REACH * float(base.max() - base.min())
    for _ in range(min(limit, len(rows))):
        while True:  # only the would-be pick is compared with the chosen titles: a few checks, not 40 x 5
            open_ = available & ~stem_taken
            floor = float(base[open_].max()) - reach if open_.any() else -np.inf
            penalty = diversity * np.clip(max_sim, 0, None) + franchise_penalty * stem_taken
            best = int(np.argmax(np.where(available & ((base >= floor) | stem_taken), base - penalty, -np.inf)))
            if stem_taken[best] or checked[best] == len(chosen):
                break
            key = _franchise_key(snapshot.titles[rows[best]])
            stem_taken[best] = any(_same_franchise(key, _franchise_key(snapshot.titles[rows[c]]))
                                   for c in chosen[checked[best]:])
            checked[best] = len(chosen)
        chosen.append(best)
        available[best] = False
        max_sim = np.maximum(max_sim, cand_vecs @ cand_vecs[best])
    return [Ranked(int(rows[i]), float(base[i]), float(relevance[i])) for i in chosen]


def title_stem(title: str) -> str:
    """The franchise part of a title: before a colon/dash, without trailing numbers or seasons."""
    t = re.split(r"[:\-–(]", title.lower(), maxsplit=1)[0]
    t = re.sub(r"\b(season|part|vol\.?|volume|chapter)\b.*$", "", t)
    t = re.sub(r"[\s\d]+$", "", t.strip())
    return t or title.lower()


_ARTICLES = ("the ", "a ", "an ")
FRANCHISE_PREFIX_WORDS = 2  # titles starting with the same two words are one franchise ("Little Singham …")
FRANCHISE_PREFIX_CHARS = 8  # ... counting this many letters together
FRANCHISE_INSIDE_CHARS = 5  # a whole stem this long inside another title marks a franchise ("Naruto …")


def same_franchise(a: str, b: str) -> bool:
    """Two titles of one franchise: the same stem ("Naruto", "Naruto Shippuden: …"), one title's stem
    inside the other ("Pokémon: Indigo League", "Pokémon Journeys"), or the same first two words
    when they are long enough to be a name ("Little Singham Bandarpur …", "Little Singham Future …",
    not "Into the Night", "Into the Forest"). One shared first word is not enough: "American Vandal",
    "American Factory"."""
    return _same_franchise(_franchise_key(a), _franchise_key(b))


@dataclass(frozen=True)
class _FranchiseKey:
    stem: str
    words: str            # " word word … " (padded, articles dropped): whole-word containment is ``in``
    chars: int            # letters and spaces of the stem's words
    prefix: tuple[str, ...] | None  # the first two words when they are long enough to name a franchise


def _same_franchise(a: _FranchiseKey, b: _FranchiseKey) -> bool:
    if a.stem == b.stem:
        return True
    short, long_ = (a, b) if a.chars <= b.chars else (b, a)
    if short.chars >= FRANCHISE_INSIDE_CHARS and short.words in long_.words:
        return True
    return a.prefix is not None and a.prefix == b.prefix


@functools.lru_cache(maxsize=65_536)  # titles recur across requests; keeps the MMR pass sub-millisecond
def _franchise_key(title: str) -> _FranchiseKey:
    stem = title_stem(title)
    text = stem
    for article in _ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
            break
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text)
    prefix = tuple(words[:FRANCHISE_PREFIX_WORDS])
    named = len(prefix) == FRANCHISE_PREFIX_WORDS and len("".join(prefix)) >= FRANCHISE_PREFIX_CHARS
    return _FranchiseKey(stem, f" {' '.join(words)} ", len(" ".join(words)), prefix if named else None)


# Reasons are built in recommender/reasons.py (one place); the service calls them through here.
reason = reasons.reason
