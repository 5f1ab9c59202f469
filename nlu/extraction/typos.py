"""Light typo tolerance for genre, mood and media words: "comedys", "thriler", "horor", "moive".

Only tokens of five or more letters that are not ordinary English (common_words, or a word whose
inflection is common: "scare" because of "scared") are corrected, with
at most one edit up to seven letters and two beyond — so "night" never becomes "light" and "scare"
never becomes "scary". Candidates come from a symmetric-deletion index (SymSpell's idea): every
lexicon word is indexed under its deletions, so a lookup costs a few dict probes instead of an edit
distance against every word. Damerau–Levenshtein (with transpositions) confirms the candidate.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from .common_words import common_words
from .lexmatch import emit
from .spans import P_TYPO, Match
from .terms import Term
from .utterance import Utterance

MIN_LENGTH = 5
MAX_LENGTH = 20  # no genre word is longer; also bounds the deletion neighbourhood of junk input
_SUFFIXES = ("s", "d", "r", "ed", "ing", "er", "ly", "es")
CORRECTABLE = frozenset({"genre", "mood", "media_type"})


def max_edits(word: str) -> int:
    """Edits tolerated for a word of this length (0 = too short, or too long, to guess safely)."""
    if not MIN_LENGTH <= len(word) <= MAX_LENGTH:
        return 0
    return 1 if len(word) <= 7 else 2


def _deletions(word: str, k: int) -> set[str]:
    out = {word}
    for n in range(1, k + 1):
        for idx in combinations(range(len(word)), n):
            out.add("".join(c for i, c in enumerate(word) if i not in idx))
    return out


def damerau_levenshtein(a: str, b: str) -> int:
    """Optimal-string-alignment distance (adjacent transpositions count as one edit)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


class TypoMatcher:
    """Correct unknown single words to the closest single-word lexicon phrase, if unambiguous."""

    def __init__(self, lexicon: dict[str, Term]) -> None:
        self._terms = {p: t for p, t in lexicon.items()
                       if t.entity in CORRECTABLE and p.isalpha() and len(p) >= MIN_LENGTH}
        self._index: dict[str, set[str]] = {}
        for word in self._terms:
            for d in _deletions(word, 2):
                self._index.setdefault(d, set()).add(word)
        self._common = common_words()
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)

    def _is_english(self, token: str) -> bool:
        """Common, or an inflection of something common says the word exists ("scare" ← "scared")."""
        if token in self._common:
            return True
        stems = (token, token[:-1]) if token.endswith("e") else (token,)
        return any(stem + suffix in self._common for stem in stems for suffix in _SUFFIXES)

    def _correct_uncached(self, token: str) -> str | None:
        k = max_edits(token)
        if not k or token in self._terms or self._is_english(token):
            return None
        candidates = {w for d in _deletions(token, k) for w in self._index.get(d, ())}
        scored = sorted((damerau_levenshtein(token, w), w) for w in candidates)
        scored = [(d, w) for d, w in scored if d <= k]
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]
                          and self._terms[scored[1][1]] != self._terms[scored[0][1]]):
            return None
        return scored[0][1]

    def find(self, utt: Utterance, covered: list[tuple[int, int]]) -> list[Match]:
        """Corrections for alphabetic tokens no other rule has claimed."""
        out = []
        for tok in utt.doc:
            start, end = tok.idx, tok.idx + len(tok.text)
            if not tok.is_alpha or any(s < end and start < e for s, e in covered):
                continue
            if (word := self._correct(tok.lower_)) is not None:
                out.append(Match(start, end, P_TYPO, emit(self._terms[word], utt.doc[tok.i:tok.i + 1]), "typo"))
        return out
