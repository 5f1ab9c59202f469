"""Which titles name a topic: the lookup behind ``exclude_topics`` ("no superhero stuff", "not baking").

A title names a topic when its name, its synopsis or its tags (the snapshot's embedded text) hold a word of the topic's
family or of its related words (``contract.topics``). Scanning every synopsis per request would cost a second at a
million titles, so the snapshot builds one inverted index, word stem → rows, the first time a topic is ruled out
(``CatalogSnapshot.topic_index``; about 0.1 s for the bundled catalog), and every later lookup is a few dictionary
reads. A phrase ("time travel", "caped crusader") and a compound said with a space ("super hero") are looked up as
their words' rows, then checked for the words side by side in those rows' text only.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import numpy as np

from contract.stems import word_stem
from contract.topics import topic_terms, words_of

_EMPTY = np.empty(0, np.int64)
_MIN_PART = 3  # a compound split into a space variant ("super hero"): each part this long at least


def build_index(texts: Sequence[str]) -> dict[str, np.ndarray]:
    """Word stem → sorted rows of the texts holding a word of that family; a hyphenated word counts as its parts and
    as one word ("super-hero": super, hero and superhero). Each distinct word is stemmed once; the (stem, row) pairs are
    grouped with numpy (about 0.2 s for the bundled catalog's 8,800 titles)."""
    vocab: dict[str, int] = {}
    word_ids = array("i")  # 4 bytes a (word, row) pair, not a list's 8-byte pointer to an int object
    counts = array("i")
    for row in range(len(texts)):
        low = texts[row].lower()
        words = set(words_of(low))
        if "-" in low:
            words.update(_hyphened(low))
        word_ids.extend(vocab.setdefault(w, len(vocab)) for w in words)
        counts.append(len(words))
    stems: dict[str, int] = {}
    stem_of_word = np.fromiter((stems.setdefault(word_stem(w), len(stems)) for w in vocab), np.int64, len(vocab))
    # One sorted int64 key per (stem, row) pair: sorting and dropping a row's second word of one family in one pass,
    # with about half the memory that two keys and their argsort took (docs/benchmarks.md).
    keys = stem_of_word[np.frombuffer(word_ids, np.int32)] << 32
    keys |= np.repeat(np.arange(len(counts), dtype=np.int64), np.frombuffer(counts, np.int32))
    keys = np.unique(keys)
    pair_stems = keys >> 32
    pair_rows = (keys & 0xFFFFFFFF).astype(np.int32)  # half of int64's memory, kept with the snapshot
    del keys
    bounds = np.flatnonzero(np.diff(pair_stems)) + 1
    names = list(stems)
    return {names[int(group[0])]: rows for group, rows in
            zip(np.split(pair_stems, bounds), np.split(pair_rows, bounds)) if len(group)}


def _hyphened(low: str) -> list[str]:
    out = []
    for token in low.split():
        parts = words_of(token)
        if "-" in token and len(parts) > 1:
            out.append("".join(parts))
    return out


def rows_naming(topic: str, index: dict[str, np.ndarray], texts: Sequence[str]) -> np.ndarray:
    """Rows whose text names ``topic`` or one of its related words (``contract.topics.topic_terms``)."""
    found = [_rows_of_term(term, index, texts) for term in topic_terms(topic)]
    found = [f for f in found if len(f)]
    return np.unique(np.concatenate(found)) if found else _EMPTY


def _rows_of_term(term: str, index: dict[str, np.ndarray], texts: Sequence[str]) -> np.ndarray:
    words = words_of(term)
    if not words:
        return _EMPTY
    joined = word_stem("".join(words))
    out = [index.get(joined, _EMPTY)]
    if len(words) > 1:
        out.append(_side_by_side([word_stem(w) for w in words], joined, index, texts))
    else:  # "superhero" said in a synopsis as "super hero"
        word = words[0]
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            parts = [word_stem(word[:cut]), word_stem(word[cut:])]
            if all(p in index for p in parts):
                out.append(_side_by_side(parts, joined, index, texts))
    return np.unique(np.concatenate(out))


def _side_by_side(stems: list[str], joined: str, index: dict[str, np.ndarray], texts: Sequence[str]) -> np.ndarray:
    """Rows holding every stem, whose text has the words next to each other (or written as one word)."""
    candidates = index.get(stems[0], _EMPTY)
    for stem in stems[1:]:
        candidates = np.intersect1d(candidates, index.get(stem, _EMPTY), assume_unique=True)
    n = len(stems)
    hits = []
    for row in candidates:
        words = words_of(texts[int(row)])
        if any([word_stem(w) for w in words[k:k + n]] == stems or word_stem("".join(words[k:k + n])) == joined
               for k in range(len(words) - n + 1)):
            hits.append(int(row))
    return np.asarray(hits, np.int64)
