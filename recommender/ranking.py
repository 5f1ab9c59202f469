"""Ranking of the filtered candidates: relevance, a quality/recency prior, diversity, and reasons.

The candidate pool is the top slice by soft relevance (or by prior when the viewer gave no soft
signal). Final order is a greedy maximal-marginal-relevance pass so a top five is never five
near-identical titles (five seasons of one franchise, five stand-up specials of one comedian).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy as np

from contract import wording
from contract.vocabulary import GENRES
from contract.words import MIN_CONTENT_CHARS, is_filler
from recommender import editorial
from recommender.constraints import Constraints
from recommender.snapshot import CatalogSnapshot

PRIOR_WEIGHT = 0.08        # how much recency/popularity moves an item relative to cosine similarity
DIVERSITY_WEIGHT = 0.35    # MMR penalty per unit of similarity to an already chosen item
SAME_SERIES_PENALTY = 0.5  # extra penalty for the same title stem ("Naruto", "Naruto Shippuden")
_LABELS = {g.id: g.label.lower() for g in GENRES}


@dataclass(frozen=True)
class Ranked:
    row: int
    score: float
    relevance: float


def rank(snapshot: CatalogSnapshot, vectors: np.ndarray, rows: np.ndarray, relevance: np.ndarray,
         limit: int, prior: np.ndarray | None = None) -> list[Ranked]:
    """Pick ``limit`` rows from the candidate pool, balancing relevance, prior and diversity."""
    if len(rows) == 0:
        return []
    base = relevance + PRIOR_WEIGHT * (snapshot.prior if prior is None else prior)[rows]
    base = editorial.adjust(snapshot, rows, base)  # operators' boosts and buries (recommender.editorial)
    cand_vecs = vectors[rows].astype(np.float32, copy=False)
    chosen: list[int] = []
    max_sim = np.full(len(rows), -1.0, np.float32)
    stem_taken = np.zeros(len(rows), bool)  # same franchise as a chosen title (checked lazily, below)
    checked = np.zeros(len(rows), np.int32)  # how many chosen titles row i was compared with
    available = np.ones(len(rows), bool)
    # a second title of one franchise comes after every other candidate, whatever the score scale
    # (the hybrid "more like" score spans more than a cosine does)
    franchise_penalty = max(SAME_SERIES_PENALTY, float(base.max() - base.min()))
    for _ in range(min(limit, len(rows))):
        while True:  # only the would-be pick is compared with the chosen titles: a few checks, not 40 x 5
            penalty = DIVERSITY_WEIGHT * np.clip(max_sim, 0, None) + franchise_penalty * stem_taken
            best = int(np.argmax(np.where(available, base - penalty, -np.inf)))
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


def reason(snapshot: CatalogSnapshot, row: int, c: Constraints, relevance: float,
           similar_title: str | None) -> str:
    """A short human explanation: the matched genre first, then what drove the ranking.

    Never a fact shown beside the title in every rendering (runtime, rating: ``contract.wording.item_facts``),
    so no channel shows it twice ("32 min · TV-14 — comedy · 32 min").
    """
    genres = snapshot.genres_of(row)
    parts = [_LABELS[g] for g in c.genres if g in genres] or [_LABELS[g] for g in genres[:1]]
    if c.audience:
        parts.append(f"fine {wording.audience_words(c.audience)}")
    if c.actors:
        parts.append("with " + " & ".join(c.actors))
    if c.directors:
        parts.append("by " + " / ".join(c.directors))
    if similar_title:
        parts.append(f"like {similar_title}")
    if c.mood:
        parts.append(" & ".join(c.mood))
    if c.query:
        matched = _query_reason(snapshot, row, c.query)
        if matched:
            parts.append(matched)
    return " · ".join(parts)


def _query_reason(snapshot: CatalogSnapshot, row: int, query: str) -> str | None:
    """"matches 'heist'": a content word of the query that the item's own text contains, else None.

    Only a word the viewer can check is quoted: never filler ("thats", "somethin"), a number, or a word
    the item does not contain (a quote like "close to 'nope'" explains nothing and looks broken).
    The query may come from any API client, so its words are filtered here again.
    """
    text = snapshot.texts[row].lower() if snapshot.texts else snapshot.titles[row].lower()
    for word in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", query.lower()):
        if len(word) < MIN_CONTENT_CHARS or is_filler(word):
            continue
        if _contains_word(text, word):
            return f"matches '{word}'"
    return None


def _contains_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a word, allowing a plural/inflected form either way."""
    forms = {word}
    for suffix in ("es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_CONTENT_CHARS:
            forms.add(word[: -len(suffix)])
    pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.search(rf"\b(?:{pattern})(?:s|es|ed|ing)?\b", text) is not None
