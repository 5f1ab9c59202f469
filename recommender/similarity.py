"""Hybrid item-to-item similarity: what "more like <title>" ranks by.

The synopsis embedding alone reads one short paragraph: "like Breaking Bad" then brings a romantic
drama whose synopsis also mentions a family secret. A viewer means a title of the same kind, so the
score of a candidate ``j`` for a seed ``s`` adds structured evidence to the cosine of the soft vector:

    score = cosine(soft vector, j)                        (the seed's vector, plus query/mood if any)
          + GENRE   * weighted Jaccard of the specific genres of s and j, each genre weighted by its
                      IDF over the catalog (a shared "stand-up" says more than a shared "drama")
          + TYPE    * same media type
          + PEOPLE  * shared director, shared cast (up to three names)
          + ERA     * closeness of release years
          + COUNTRY * shares a production country or a spoken language
          + RUNTIME * same runtime band (movies: runtime ratio; series: season count ratio)
          + MATURITY* closeness of the maturity level
          + MOOD    * mood shift relative to the seed ("less scary": horror/thriller stop counting as
                      shared and are penalised; "funnier": comedy is rewarded)

A genre is *specific* when it is a canonical genre other than the broad ones (``BROAD_GENRES``:
"International" and "Independent" say where or how a title was made, not what it is like).

Everything per item is precomputed when the recommender loads (``ItemSimilarity``: the IDF weights, a
genre matrix, people lists); per request only a candidate pool is scored: the best ``POOL`` rows of the
soft vector inside the hard filter (exact at the bundled catalog's size, FAISS above
``index.EXACT_LIMIT``) plus the allowed rows that share a director or cast member with the seed. Hard
constraints are applied before any of this, so they always win (an explicit media type beats "same
type").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from contract.vocabulary import AUDIENCES, GENRES, MOOD_LEANINGS
from recommender.constraints import Constraints
from recommender.index import VectorIndex
from recommender.snapshot import GENRE_BITS, UNKNOWN, CatalogSnapshot

BROAD_GENRES: frozenset[str] = frozenset({"international", "independent"})
# Genres that say what form a title takes rather than what it is about: a like-search on a title of one of these keeps
# to titles of it when the viewer asks for no genre (``ItemSimilarity.same_kind``).
FORM_KINDS: tuple[str, ...] = ("anime", "kids", "documentary", "stand-up")
POOL = 100              # soft-vector candidates re-scored per request
PEOPLE_POOL = 200       # at most this many extra candidates that share people with the seed
WEIGHTS = {"genre": 0.55, "type": 0.3, "director": 0.25, "cast": 0.2, "era": 0.08, "country": 0.06,
           "runtime": 0.04, "maturity": 0.06, "mood": 0.35}
ERA_SCALE_YEARS = 12.0
# Moods that shift the answer away from / towards genres of the seed ("like Stranger Things but less scary").
MOOD_GENRES = MOOD_LEANINGS  # mood -> (boosted, damped): contract.vocabulary


@dataclass(frozen=True)
class Scored:
    rows: np.ndarray       # int64, best first
    scores: np.ndarray     # float32 hybrid scores


class ItemSimilarity:
    """Per-catalog precomputation for the hybrid score (about 1 ms for the bundled catalog, 0.2 s at 1M)."""

    def __init__(self, snapshot: CatalogSnapshot) -> None:
        self.snapshot = snapshot
        n = len(snapshot)
        self.genres = np.zeros((n, len(GENRES)), bool)  # one column at a time: no n x 27 uint64 temporary
        for g in GENRES:
            self.genres[:, GENRE_BITS[g.id]] = (snapshot.genre_bits >> np.uint64(GENRE_BITS[g.id])) & np.uint64(1)
        df = self.genres.sum(axis=0).astype(np.float32)
        idf = np.log((n + 1) / (df + 1)).astype(np.float32) + 0.1
        idf[[GENRE_BITS[g] for g in BROAD_GENRES]] = 0.0
        self.idf = idf  # weight of each genre column; 0 for the broad ones
        self.column = {g.id: GENRE_BITS[g.id] for g in GENRES}
        # first production country (an integer code) and spoken languages (a bitmask over the first 64 codes)
        codes: dict[str, int] = {}
        self.country = np.array([codes.setdefault(cs[0], len(codes)) if cs else -1
                                 for cs in snapshot.country_lists], np.int32) if snapshot.country_lists else None
        self.language_bits = np.zeros(n, np.uint64)
        for i, rows_of_language in enumerate(list(snapshot.languages.values())[:64]):
            self.language_bits[rows_of_language] |= np.uint64(1 << i)
        self.lengths = [(snapshot.runtimes > 0, np.log(np.maximum(snapshot.runtimes, 1)).astype(np.float32),
                         float(np.log(2.0))),
                        (snapshot.seasons > 0, np.log(np.maximum(snapshot.seasons, 1)).astype(np.float32),
                         float(np.log(4.0)))]

    def specific_genres(self, row: int) -> list[str]:
        return [g.id for g in GENRES if self.genres[row, GENRE_BITS[g.id]] and g.id not in BROAD_GENRES]

    def same_kind(self, seed: int, mask: np.ndarray, c: Constraints) -> np.ndarray:
        """``mask`` narrowed to the titles sharing a specific genre with ``seed``.

        A viewer asking for more like a drama means dramas: the score's genre term only ranks, so a title of
        no shared kind could fill a short list. Unchanged when a mood shifts away from the seed's genres ("like
        it but less scary" asks for another kind; the score's mood term ranks that), when the seed has no
        specific genre, or when no allowed title shares one (then the score alone ranks what the filters allow). A seed
        of a form (``FORM_KINDS``: anime, kids, documentary, stand-up) keeps to titles of its form when the viewer asked
        for no genre and some allowed title has it (round 28C)."""
        kinds = self.genres[seed] & (self.idf > 0)
        if self._mood_genres(c)[1] or not kinds.any():
            return mask
        narrowed = mask & self.genres[:, kinds].any(axis=1)
        if not narrowed.any():
            return mask
        forms = [self.column[g] for g in FORM_KINDS if self.genres[seed, self.column[g]]
                 and g not in c.exclude_genres]
        if forms and not c.genres and not c.any_genres:
            # round 28C: an anime, a children's title, a documentary or a stand-up special is that form first of all:
            # more like it are titles of its form (all of the seed's forms, else any), never horror films that share
            # its "thriller" tag
            for need in (self.genres[:, forms].all(axis=1), self.genres[:, forms].any(axis=1)):
                if (narrowed & need).any():
                    return narrowed & need
        return narrowed

    def candidates(self, index: VectorIndex, seed: int, query: np.ndarray, mask: np.ndarray, pool: int,
                   c: Constraints) -> Scored:
        """The ``pool`` best rows for "more like ``seed``" among ``mask``, scored by the hybrid score."""
        hits = index.search(query, mask, max(POOL, pool))
        rows, cosine = hits.rows, hits.scores
        extra = self._people_rows(seed, mask, rows)
        if len(extra):
            rows = np.concatenate([rows, extra])
            cosine = np.concatenate([cosine, index.vectors[extra].astype(np.float32) @ query])
        if len(rows) == 0:
            return Scored(rows, cosine)
        score = cosine + self.structure(seed, rows, c)
        top = np.argsort(-score, kind="stable")[:pool]
        return Scored(rows[top], score[top].astype(np.float32))

    def structure(self, seed: int, rows: np.ndarray, c: Constraints) -> np.ndarray:
        """The structured part of the hybrid score of ``rows`` against ``seed`` (see the module doc)."""
        s, w = self.snapshot, WEIGHTS
        boosted, damped = self._mood_genres(c)
        weights = self.idf.copy()
        weights[[self.column[g] for g in (*damped, *c.exclude_genres)]] = 0.0
        seed_g = self.genres[seed] * weights
        cand = self.genres[rows]
        shared = cand @ seed_g
        union = np.maximum(cand * weights, seed_g).sum(axis=1)
        genre = np.divide(shared, union, out=np.zeros(len(rows), np.float32), where=union > 0)
        score = w["genre"] * genre
        score += w["type"] * (s.types[rows] == s.types[seed])
        score += w["era"] * _era(s.years, seed, rows)
        score += w["country"] * self._country(seed, rows)
        score += w["runtime"] * self._runtime(seed, rows)
        score += w["maturity"] * _maturity(s.audience, seed, rows)
        score += self._people(seed, rows)
        if boosted:
            score += w["mood"] * cand[:, [self.column[g] for g in boosted]].any(axis=1)
        if damped:
            score -= w["mood"] * cand[:, [self.column[g] for g in damped]].any(axis=1)
        return score.astype(np.float32)

    @staticmethod
    def _mood_genres(c: Constraints) -> tuple[tuple[str, ...], tuple[str, ...]]:
        boosted: dict[str, None] = {}
        damped: dict[str, None] = {}
        for mood in c.mood:
            up, down = MOOD_GENRES.get(mood, ((), ()))
            boosted.update(dict.fromkeys(up))
            damped.update(dict.fromkeys(down))
        return tuple(g for g in boosted if g not in damped), tuple(damped)

    def _people_rows(self, seed: int, mask: np.ndarray, have: np.ndarray) -> np.ndarray:
        s = self.snapshot
        if not s.cast_lists:
            return np.empty(0, np.int64)
        names = [(s.directors, d) for d in s.director_lists[seed]] + [(s.actors, a) for a in s.cast_lists[seed]]
        found = [inv[name] for inv, name in names if name in inv]
        if not found:
            return np.empty(0, np.int64)
        rows = np.unique(np.concatenate(found))
        rows = rows[mask[rows]]
        if len(have) and len(rows):
            have = np.sort(have)
            pos = np.minimum(np.searchsorted(have, rows), len(have) - 1)
            rows = rows[have[pos] != rows]
        return rows[:PEOPLE_POOL]

    def _people(self, seed: int, rows: np.ndarray) -> np.ndarray:
        s = self.snapshot
        out = np.zeros(len(rows), np.float32)
        if not s.cast_lists:
            return out
        for inv, names, weight, cap in ((s.directors, s.director_lists[seed], WEIGHTS["director"], 1),
                                        (s.actors, s.cast_lists[seed][:15], WEIGHTS["cast"], 3)):
            found = [inv[name] for name in names if name in inv]
            if not found:
                continue
            shared = np.sort(np.concatenate(found))  # a row once per shared name
            count = np.searchsorted(shared, rows, side="right") - np.searchsorted(shared, rows, side="left")
            out += weight * np.minimum(count, cap).astype(np.float32) / cap
        return out

    def _country(self, seed: int, rows: np.ndarray) -> np.ndarray:
        """1 when the candidate shares the seed's (first) production country or a spoken language."""
        out = (self.language_bits[rows] & self.language_bits[seed]) != 0
        if self.country is not None and self.country[seed] >= 0:
            out |= self.country[rows] == self.country[seed]
        return out.astype(np.float32)

    def _runtime(self, seed: int, rows: np.ndarray) -> np.ndarray:
        """1 for the same length, falling to 0 at twice (movies) or four times (series) as long."""
        out = np.zeros(len(rows), np.float32)
        for known, logs, span in self.lengths:
            if known[seed]:
                closeness = 1 - np.minimum(np.abs(logs[rows] - logs[seed]) / span, 1)
                out = np.maximum(out, np.where(known[rows], closeness, 0))
        return out


def _era(years: np.ndarray, seed: int, rows: np.ndarray) -> np.ndarray:
    if years[seed] == UNKNOWN:
        return np.zeros(len(rows), np.float32)
    gap = np.abs(years[rows].astype(np.float32) - float(years[seed]))
    return np.where(years[rows] != UNKNOWN, np.exp(-gap / ERA_SCALE_YEARS), 0.0).astype(np.float32)


def _maturity(audience: np.ndarray, seed: int, rows: np.ndarray) -> np.ndarray:
    if audience[seed] == UNKNOWN:
        return np.zeros(len(rows), np.float32)
    gap = np.abs(audience[rows].astype(np.float32) - float(audience[seed]))
    return np.where(audience[rows] != UNKNOWN, 1 - gap / (len(AUDIENCES) - 1), 0.0).astype(np.float32)
