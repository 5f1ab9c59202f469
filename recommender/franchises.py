"""Franchise names in a free-text query: "lego movies", "spider-man films", "barbie for my niece".

The embedding reads synopses, not titles (recommender.snapshot.embedding_text), and the ranking lets one title of a
franchise through before any other (recommender.ranking): right for "a movie about a heist", wrong when the viewer
names the franchise itself. A franchise word is one that opens several titles of the catalog and is no ordinary
English (``contract.words.franchise_words``, the same rule as the NLU's content words); when the query holds one, the
titles it opens join the candidates ahead of the rest and may follow one another.
"""

from __future__ import annotations

import re

import numpy as np

from recommender.snapshot import CatalogSnapshot

FRANCHISE_BOOST = 0.5  # added to the relevance (a cosine) of a title the query's franchise word opens
_QUERY_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def franchise_rows(snapshot: CatalogSnapshot, query: str | None) -> np.ndarray:
    """Rows of the titles a franchise word of ``query`` opens (empty when it names none)."""
    if not query:
        return np.empty(0, np.int64)
    index = snapshot.franchises
    found = [index[w] for w in _QUERY_WORD.findall(query.lower()) if w in index]
    return np.unique(np.concatenate(found)) if found else np.empty(0, np.int64)


def with_franchise(rows: np.ndarray, relevance: np.ndarray, franchise: np.ndarray,
                   mask: np.ndarray, genre_bits: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pool with the allowed titles of the named franchise in it (those the retrieval missed at the
    pool's lowest relevance), each raised by ``FRANCHISE_BOOST``. With ``genre_bits`` (per catalog row), the other
    candidates keep only those sharing a genre with the franchise's titles: after the four Pokémon films come
    anime and children's films, not whatever else the word resembles."""
    allowed = franchise[mask[franchise]]
    if len(allowed) == 0:
        return rows, relevance
    if genre_bits is not None:
        kinds = np.bitwise_or.reduce(genre_bits[allowed])
        alike = np.isin(rows, allowed) | ((genre_bits[rows] & kinds) != 0)
        if kinds and alike.any():
            rows, relevance = rows[alike], relevance[alike]
    floor = float(relevance.min()) if len(relevance) else 0.0
    missing = allowed[~np.isin(allowed, rows)]
    rows = np.concatenate([rows, missing])
    relevance = np.concatenate([relevance, np.full(len(missing), floor, np.float32)]).astype(np.float32)
    relevance[np.isin(rows, allowed)] += FRANCHISE_BOOST
    return rows, relevance
