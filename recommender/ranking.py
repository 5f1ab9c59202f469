"""Ranking of the filtered candidates: relevance, a quality/recency prior, diversity, and reasons.

The candidate pool is the top slice by soft relevance (or by prior when the viewer gave no soft
signal). Final order is a greedy maximal-marginal-relevance pass so a top five is never five
near-identical titles (five seasons of one franchise, five stand-up specials of one comedian).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from contract import wording
from contract.vocabulary import GENRES
from contract.words import MIN_CONTENT_CHARS, is_filler
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
    cand_vecs = vectors[rows].astype(np.float32, copy=False)
    stems = [title_stem(snapshot.titles[r]) for r in rows]
    chosen: list[int] = []
    max_sim = np.full(len(rows), -1.0, np.float32)
    stem_taken = np.zeros(len(rows), bool)
    available = np.ones(len(rows), bool)
    for _ in range(min(limit, len(rows))):
        penalty = DIVERSITY_WEIGHT * np.clip(max_sim, 0, None) + SAME_SERIES_PENALTY * stem_taken
        score = np.where(available, base - penalty, -np.inf)
        best = int(np.argmax(score))
        chosen.append(best)
        available[best] = False
        max_sim = np.maximum(max_sim, cand_vecs @ cand_vecs[best])
        stem_taken |= np.array([s == stems[best] for s in stems])
    return [Ranked(int(rows[i]), float(base[i]), float(relevance[i])) for i in chosen]


def title_stem(title: str) -> str:
    """The franchise part of a title: before a colon/dash, without trailing numbers or seasons."""
    t = re.split(r"[:\-–(]", title.lower(), maxsplit=1)[0]
    t = re.sub(r"\b(season|part|vol\.?|volume|chapter)\b.*$", "", t)
    t = re.sub(r"[\s\d]+$", "", t.strip())
    return t or title.lower()


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
