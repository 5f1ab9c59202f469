"""Typo tolerance for the closed vocabulary: genre, mood, media, country/language and runtime words ("comedys",
"comdies", "thriler", "moveis", "documentries", "shoter", "90 minuts", "romantic comdy", "britsh", "spansih").

One fuzzy matcher, precomputed once. Its targets are the words of the vocabulary: every word of a genre,
mood or media phrase of the lexicon (so a typo inside a phrase is found too: "date nigth", "in the
backgroud") and the runtime/season words the range rules read (RUNTIME_WORDS). An unknown token is
corrected to the closest target within a length-scaled edit limit (``max_edits``: none below five
letters — except a doubled letter typed once, "funy" — one up to seven, two beyond), if that is unambiguous. Candidates come from a symmetric-deletion
index (SymSpell's idea): every target is indexed under its deletions, so a lookup costs a few dict
probes instead of an edit distance against every word; Damerau–Levenshtein (with transpositions)
confirms the candidate.

Real words are never rewritten: a token that is ordinary English (common_words: the catalog's
vocabulary and spaCy's stop words, or an inflection of one: "scare" because of "scared") or on the guard
list (``data/typo_guard.txt``: real English words within the edit limit of a target, generated from a
general word list by ``python -m nlu.extraction.typos VOCAB_TXT``, plus hand-added ones) stays as written,
so "shooter" never becomes "shorter", "night" never "light", "sport" never "short".

A corrected token is read in context: the longest lexicon phrase formed by it and its neighbours (with
the correction) is what it means ("romantic comdy" is the compound romance + comedy, which outranks the
exact "romantic" by length); a corrected runtime word re-reads the message through the duration and
season rules ("under 90 minuts" → ``-90``), with offsets mapped back to the original text.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Callable

from . import audience, durations, genres, geo, media, seasons, years
from .common_words import common_words
from .english import in_dictionary
from .lexmatch import emit
from .spans import P_LEXICON, P_TYPO, Found, Match
from .terms import Term
from .utterance import Utterance

MIN_LENGTH = 5
MAX_LENGTH = 20  # no vocabulary word is longer; also bounds the deletion neighbourhood of junk input
MAX_WINDOW = 4   # tokens of the longest lexicon phrase a corrected word is read in
_SUFFIXES = ("s", "d", "r", "ed", "ing", "er", "ly", "es")
CORRECTABLE = frozenset({"genre", "mood", "media_type", "country", "language"})  # "britsh", "spansih", "nigerain"
# Words the range rules (durations.py, seasons.py) read; equivalent spellings share a class.
RUNTIME_WORDS: dict[str, str] = {
    "shorter": "shorter", "longer": "longer", "short": "short", "quick": "short", "minutes": "minute",
    "minute": "minute", "hours": "hour", "seasons": "season", "season": "season", "under": "under",
    # a one-season format typed with a slip ("miniseres", "minseries"): re-read by the season rules, one season and a
    # series, never the bare format its lexicon phrase alone gives (round 33)
    "miniseries": "miniseries",
}
# Likeness cue words the title rules read ("simlar to dark", "more lik narcos"): a corrected one is read as the
# cue by every rule (``cue_corrections``, applied to the utterance's lowercase tokens before the rules run).
CUE_WORDS: dict[str, str] = {"like": "like", "similar": "similar"}
# Their own inflections are words, never slips: "we liked dark" keeps the cue "liked" (names.SIMILAR_CUES).
CUE_FORMS = frozenset({"liked", "likes", "liking", "likely", "similarly"})
# Short words (three or four letters typed) are only guessed at for these: a media noun, a cue word or a runtime
# word with one letter dropped ("movi", "flm", "lik", "undr") or two swapped ("flim", "liek"), never the first letter, and never when the
# token is itself an English word ("lie" stays "lie").
# The five-letter genre words of the lexicon are guessed at more strictly (``short_genres``, ``_dropped``).
SHORT_TARGETS = frozenset({*(w for w in media.MEDIA_NOUNS if len(w) >= 4 and w != "shos"), *CUE_WORDS, "under"})
_VOWELS = frozenset("aeiou")


def short_genres(lexicon: dict[str, Term]) -> frozenset[str]:
    """The five-letter one-word genre phrases of the lexicon ("drama", "anime", "music", "sport"): a four-letter token
    is read as one of them only with a vowel dropped inside the word, first and last letters kept ("drma", "musc",
    "sprt": a phone typist's slip). A word cut short ("dram" of whisky) or missing a consonant ("sort" ← "sport") is
    left as typed: real words lie there. The genre's adjective forms ("animy") are not targets."""
    adjectives = {p for p, _ in genres.adjective_terms()}
    return frozenset(p for p, t in lexicon.items() if t.entity == genres.ENTITY and not t.case_sensitive
                     and p.isalpha() and len(p) == MIN_LENGTH and p not in adjectives and not genres.fiction_phrase(p))


def _vowel_dropped_inside(token: str, word: str) -> bool:
    """``token`` is ``word`` with one vowel left out, neither the first nor the last letter."""
    return len(word) == len(token) + 1 and any(
        word[i] in _VOWELS and word[:i] + word[i + 1:] == token for i in range(1, len(word) - 1))
# Who is watching, said in one word ("toddlr", "teenagr", "childern", "grandparnets"): the audience nouns are targets
# too, each read as its audience phrase of the lexicon. Only the one-word nouns of a child, a teen or the family: the
# words of longer audience phrases ("little", "young", "whole") and the grown-up words are left as typed.
AUDIENCE_WORDS = frozenset(w for value, nouns in audience.WORD_AUDIENCES.items() if value != "adult"
                           for w in nouns if w.isalpha() and len(w) >= MIN_LENGTH)
# Decade words the year rules read ("the eigthies", "ninetys", "seventeis"): re-read through years.py.
# "aughts" is left out: at six letters it sits among too many real words.
DECADE_WORDS: dict[str, str] = {w: w for w in years.WORD_DECADES if w != "aughts"}
# Recency words the year rules read ("recnt thrillers", "newst horror", "the lastest comedies"): re-read through
# years.py like the decade words.
RECENCY_WORDS: dict[str, str] = {"recent": "recent", "recently": "recent", "newest": "newest", "latest": "newest"}
# The list comparatives typed with an inner vowel dropped ("newr ones", "oldr"; round 35): guessed at like a short
# genre (``_dropped``) and nothing else — a slip anywhere would make real words of them ("fewer", "folder", "sewer").
SHORT_RECENCY_WORDS = frozenset({"newer", "older"})
# Request words viewers often misspell: a token at least as close to one of them as to a vocabulary word is
# that request word ("somthing" is "something", never "soothing").
MISSPELT_FILLER = ("something", "anything", "nothing", "everything", "someone", "anyone", "watching", "tonight")
GUARD_FILE = Path(__file__).resolve().parent / "data" / "typo_guard.txt"


def max_edits(word: str) -> int:
    """Edits tolerated for a word of this length (0 = too short, or too long, to guess safely)."""
    if not MIN_LENGTH <= len(word) <= MAX_LENGTH:
        return 0
    return 1 if len(word) <= 7 else 2


def edit_limit(token: str, target: str) -> int:
    """Edits tolerated between a typed token and a target: scaled by the token's length, except that letters
    dropped from a long word still reach it ("thrilr" → "thriller"): when the token is the target with
    letters left out (a subsequence starting with the same letter), the target's length sets the limit.
    Never for a token under MIN_LENGTH letters."""
    k = max_edits(token)
    if k == 0 or len(target) <= len(token) or token[0] != target[0] or not _subsequence(token, target):
        return k
    return max(k, max_edits(target))


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def spellings(token: str) -> tuple[str, ...]:
    """The token and, for a "-ys" plural of a "-y" word ("ninetys", "comedys"), its "-ies" spelling."""
    if token.endswith("ys") and len(token) > 3 and token[-3] not in "aeiou":
        return token, token[:-2] + "ies"
    return (token,)


def lookup_edits(token: str) -> int:
    """Deletions probed for a token: enough for the longest target it may reach (a target two letters
    longer than a six-letter token allows two edits)."""
    k = max_edits(token)
    return 2 if k and len(token) + 2 >= 8 else k


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


@lru_cache(maxsize=1)
def guard_words() -> frozenset[str]:
    """The shipped guard list: real words near the vocabulary that are never corrected."""
    if not GUARD_FILE.exists():
        return frozenset()
    lines = GUARD_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _known_english() -> frozenset[str]:
    return common_words() | guard_words()


# Endings of English inflections and derivations, longest first, for ``ordinary_english``.
_ENGLISH_ENDINGS = ("ings", "ing", "iest", "ier", "ers", "ies", "ied", "es", "ed", "er", "ly", "s", "d")
_DOUBLING_ENDINGS = frozenset({"ings", "ing", "ers", "ed", "er"})  # "stopped" ← "stop", "runner" ← "run"


def ordinary_english(word: str) -> bool:
    """``word`` (lowercase) is ordinary English as far as the catalog's own lists know: catalog vocabulary or a stop
    word (``common_words``), a guarded real word (``guard_words``: "punch"), or one of those with an inflection
    ("punches", "punched", "scarier" ← "scary"). This keeps a typo reader from taking an everyday word for a slip of a
    name ("he punches people" is no Ron Funches) while a catalog surname that is also a rare word ("fincher",
    "garland", "rukh") stays its person: the general dictionary is ``everyday_english``."""
    return _inflection_of(word, _known_english().__contains__)


def everyday_english(word: str) -> bool:
    """``word`` (lowercase) is ordinary English (``ordinary_english``) or an everyday word of the general dictionary
    (``english.in_dictionary``: "request", "favour", "craving"), maybe inflected ("cravings"). What the rules that read
    a person the catalog lacks ask: an everyday pair is nobody ("weird request", "odd question"). The catalog's name
    rules keep ``ordinary_english``: the dictionary holds many of its people's surnames."""
    return _inflection_of(word, _everyday)


def _everyday(word: str) -> bool:
    return word in _known_english() or in_dictionary(word)


def _inflection_of(word: str, known: Callable[[str], bool]) -> bool:
    """``word`` is ``known`` or an inflection or derivation of a known word ("punches", "stopped", "scarier")."""
    if known(word):
        return True
    for ending in _ENGLISH_ENDINGS:
        stem = word[:-len(ending)]
        if not word.endswith(ending) or len(stem) < 3 or (ending == "s" and stem.endswith("s")):
            continue  # "moviess", "showss": a plural "s" typed twice is a slip, no inflection
        doubled = ending in _DOUBLING_ENDINGS and len(stem) > 3 and stem[-1] == stem[-2]
        forms = {stem, stem + "e", stem + "y"} | ({stem[:-1]} if doubled else set())
        if any(known(f) for f in forms):
            return True
    return False


def _a_place(target: object) -> bool:
    """A typo target that names a country or a language (a Term of those entities, or a word of such a phrase)."""
    return isinstance(target, Term) and target.entity in ("country", "language")


def _unaccented(word: str) -> str:
    """``word`` with its accents dropped ("fiancé" → "fiance"), as the dictionary writes it."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii") or word


def doubled_letter(typed: str, word: str) -> bool:
    """``typed`` is ``word`` with one of its letters typed twice ("moviess" ← "movies")."""
    return len(typed) == len(word) + 1 and any(
        typed[i] == typed[i - 1] and typed[:i] + typed[i + 1:] == word for i in range(1, len(typed)))


def vocabulary_targets(lexicon: dict[str, Term]) -> dict[str, object]:
    """Target word → its equivalence class (two targets of one class are not an ambiguity): the Term of
    a one-word phrase, the runtime class of a runtime word, or the word itself."""
    targets: dict[str, object] = {}
    # No slip is corrected to a fiction word (genres.fiction_phrase): it reads as documentaries ruled out, too costly
    # a guess ("scriptd" is nothing, "unscriptd" the opposite).
    for phrase, term in lexicon.items():
        if term.entity not in CORRECTABLE or term.case_sensitive or genres.fiction_phrase(phrase):
            continue
        if term.entity == "country" and phrase in geo.world_only_words():  # "samosa" is no Samoa
            continue
        words = phrase.split()
        if len(words) == 1 and phrase.isalpha() and len(phrase) >= MIN_LENGTH:
            targets[phrase] = term
    for phrase, term in lexicon.items():
        if term.entity in CORRECTABLE and not term.case_sensitive and not (
                term.entity == "country" and phrase in geo.world_only_words()):
            for w in phrase.split():
                if w.isalpha() and len(w) >= MIN_LENGTH and not genres.fiction_phrase(w):
                    targets.setdefault(w, w)
    for word, cls in RUNTIME_WORDS.items():
        targets[word] = ("runtime", cls)  # also a word of some phrase ("holiday season"): still re-read as a runtime
    for word, cls in DECADE_WORDS.items():
        targets[word] = ("decade", cls)
    for word, cls in RECENCY_WORDS.items():
        targets[word] = ("recency", cls)
    for word in SHORT_RECENCY_WORDS:
        targets[word] = ("recency", word)
    for word, cls in CUE_WORDS.items():
        targets[word] = ("cue", cls)
    for word in SHORT_TARGETS:
        targets.setdefault(word, media.MEDIA_NOUNS.get(word, word))
    for word in AUDIENCE_WORDS:
        if (term := lexicon.get(word)) is not None and term.entity == "audience":
            targets.setdefault(word, term)
    return targets


class TypoMatcher:
    """Correct unknown words to the closest vocabulary word, if unambiguous, and read them in context."""

    def __init__(self, lexicon: dict[str, Term]) -> None:
        self._lexicon = {p: t for p, t in lexicon.items() if not t.case_sensitive}
        self._targets = vocabulary_targets(lexicon)
        self._index: dict[str, set[str]] = {}
        for word in self._targets.keys() - SHORT_RECENCY_WORDS:  # those only with a vowel dropped (``_dropped``)
            for d in _deletions(word, 2):
                self._index.setdefault(d, set()).add(word)
        self._common = common_words()
        self._guard = guard_words()
        # Targets with their last one or two letters left off ("horro", "thrille"): typed short, not inflections.
        self._short_genres = short_genres(lexicon) & self._targets.keys()
        # Five-letter words of the vocabulary's phrases ("learn" of "learn something"): a phone typist's dropped inner
        # vowel ("lern something") is read like a short genre's (``_dropped``); alone, no phrase reads the word.
        self._phrase_words = frozenset(w for w, cls in self._targets.items() if cls == w and len(w) == MIN_LENGTH)
        self._cut_short = frozenset(w[:-n] for w in self._targets for n in (1, 2) if len(w) - n >= MIN_LENGTH)
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)

    def _is_real_word(self, token: str) -> bool:
        """Common, guarded, or an inflection of something common ("scare" ← "scared"). A vocabulary word
        with its ending cut off is not an inflection: "horro" + "r", "thrille" + "r", "mysterie" + "s" are
        the vocabulary word typed short, so an inflected form that is itself a target does not count."""
        if token in self._common or token in self._guard:
            return True
        if token in self._cut_short:
            return False
        stems = (token, token[:-1]) if token.endswith("e") else (token,)
        return any((form := stem + suffix) in self._common and form not in self._targets
                   and form not in self._lexicon for stem in stems for suffix in _SUFFIXES)

    def near_targets(self, token: str) -> list[tuple[int, str]]:
        """(distance, target) for every target within ``edit_limit`` of the token, closest first."""
        k = lookup_edits(token)
        if not k:
            return []
        candidates = {w for d in _deletions(token, k) for w in self._index.get(d, ())}
        scored = sorted((damerau_levenshtein(token, w), w) for w in candidates)
        return [(d, w) for d, w in scored if d <= edit_limit(token, w)]

    def _correct_uncached(self, token: str) -> str | None:
        k = max_edits(token)
        if len(token) in (MIN_LENGTH - 2, MIN_LENGTH - 1) and token.isalpha():
            return (self._doubled(token) if len(token) == MIN_LENGTH - 1 else None) or self._dropped(token)
        if not k or token in self._targets or token in self._lexicon or self._is_real_word(token):
            return None
        scored = min((self.near_targets(t) for t in spellings(token)), key=lambda sc: sc[0][0] if sc else 99)
        if not scored or any(damerau_levenshtein(token, w) <= scored[0][0] for w in MISSPELT_FILLER):
            return None
        best = [w for d, w in scored if d == scored[0][0]]
        # Ties: a letter typed twice is the likeliest slip ("moviess" is "movies", not the shorthand plural "moviezs"),
        # then swapped letters ("huors" is "hours", not "humors"), then a letter left out
        # ("shortr" is "shorter", not "short" with an "r" added), then a word that means something on its own over
        # words only read inside a phrase ("scarey" is "scary", not the "scared" of "too scared"), then same length.
        for prefer in (lambda w: doubled_letter(token, w), lambda w: sorted(w) == sorted(token),
                       lambda w: len(w) > len(token) and w[0] == token[0] and _subsequence(token, w),
                       lambda w: isinstance(self._targets[w], Term),
                       lambda w: len(w) == len(token)):
            if len({self._class(w) for w in best}) > 1 and any(prefer(w) for w in best):
                best = [w for w in best if prefer(w)]
        if len({self._class(w) for w in best}) > 1:
            return None
        if best[0] in AUDIENCE_WORDS and best[0][0] != token[0]:
            return None  # who is watching is never guessed from another first letter: "rabies" is no "babies"
        if _a_place(self._targets[best[0]]) and in_dictionary(_unaccented(token)):
            return None  # a word of the dictionary is no slip of a country: "fiance" is no France, "germen" no German
        return best[0]

    def _doubled(self, token: str) -> str | None:
        """A four-letter word is too short to guess at, except for the commonest slip, a double letter typed
        once ("funy" → "funny"): the only edit tried, and only when it lands on one vocabulary word."""
        if token in self._lexicon or self._is_real_word(token):
            return None
        found = {w for i in range(len(token)) if (w := token[:i + 1] + token[i:]) in self._targets}
        return found.pop() if len(found) == 1 else None

    def _dropped(self, token: str) -> str | None:
        """A three- or four-letter token that is a SHORT_TARGETS word with one letter (not the first) left
        out ("movi", "flm", "lik", "undr") or two letters after the first swapped ("flim", "liek", "shwo"), or a
        five-letter genre word with an inner vowel left out ("drma", "musc"), unless the token is an English word as
        typed ("lie", "sow")."""
        if token in self._lexicon or token in self._common or token in self._guard:
            return None
        found = {w for w in SHORT_TARGETS if w[0] == token[0] and (
                 len(w) == len(token) + 1 and any(w[:i] + w[i + 1:] == token for i in range(1, len(w)))
                 or len(w) == len(token) and any(w[:i] + w[i + 1] + w[i] + w[i + 2:] == token
                                                 for i in range(1, len(w) - 1)))}
        found |= {w for w in self._short_genres | self._phrase_words | SHORT_RECENCY_WORDS
                  if _vowel_dropped_inside(token, w)}
        return found.pop() if len(found) == 1 else None

    def cue_corrections(self, utt: Utterance) -> dict[int, str]:
        """Token index → likeness cue word, for the misspelt cue words ("simlar", "lik") of the message."""
        return {tok.i: word for tok in utt.doc if tok.is_alpha and tok.lower_ not in CUE_WORDS
                and tok.lower_ not in CUE_FORMS and (word := self._correct(tok.lower_)) in CUE_WORDS}

    def _class(self, word: str) -> object:
        """The meaning a target word stands for: two vocabulary words of one entity value are one class, whatever
        their inflection flags ("anime" and its adjective form "animey" are both the anime genre, so "animee" is
        no ambiguity between them)."""
        cls = self._targets[word]
        return (cls.entity, cls.value, cls.extra) if isinstance(cls, Term) else cls

    def corrections(self, utt: Utterance, covered: list[tuple[int, int]]) -> dict[int, str]:
        """Token index → corrected word, for alphabetic tokens no other rule has claimed."""
        out = {}
        for tok in utt.doc:
            start, end = tok.idx, tok.idx + len(tok.text)
            if any(s < end and start < e for s, e in covered):
                continue
            if not tok.is_alpha:
                if (word := self._look_alike(tok.lower_)) is not None:
                    out[tok.i] = word
                continue
            if (word := self._correct(tok.lower_)) is not None:
                out[tok.i] = word
        return out

    def _look_alike(self, token: str) -> str | None:
        """A word typed with one digit for the letter it looks like ("movi3", "m0vie", "thr1ller"): read with
        the letter, then corrected as usual; nothing else with digits is touched ("90s", "4k", "2nd")."""
        if not _LOOK_ALIKE_RE.fullmatch(token):
            return None
        digit = next(c for c in token if c.isdigit())
        for letter in _LOOK_ALIKE[digit]:
            word = token.replace(digit, letter)
            if word in self._targets:
                return word
            if (fixed := self._correct(word)) is not None:
                return fixed
        return None

    def find(self, utt: Utterance, covered: list[tuple[int, int]], today: dt.date | None = None) -> list[Match]:
        """Readings of the corrected words: lexicon phrases around them, then runtime/season/decade rules."""
        fixed = self.corrections(utt, covered)
        if not fixed:
            return []
        out = [m for i in fixed if (m := self._phrase_at(utt, i, fixed)) is not None]
        if any(isinstance(self._targets[w], tuple) for w in fixed.values()):
            out += self._reread(utt, fixed, today or dt.date.today())
        return out

    def _phrase_at(self, utt: Utterance, i: int, fixed: dict[int, str]) -> Match | None:
        """The longest lexicon phrase of up to MAX_WINDOW tokens containing corrected token ``i``."""
        doc = utt.doc
        for size in range(min(MAX_WINDOW, len(doc)), 0, -1):
            for a in range(max(0, i - size + 1), min(i, len(doc) - size) + 1):
                b = a + size
                text = "".join((fixed.get(t.i, t.text) + t.whitespace_) for t in doc[a:b])
                term = self._lexicon.get(" ".join(text.lower().split()))
                if term is None:
                    continue
                span = doc[a:b]
                if term.entity == media.ENTITY and not media.plausible(span):
                    continue
                priority = P_LEXICON if size > 1 else P_TYPO
                return Match(span.start_char, span.end_char, priority, emit(term, span), "typo")
        return None

    def _reread(self, utt: Utterance, fixed: dict[int, str], today: dt.date) -> list[Match]:
        """Duration, season and year readings of the corrected text that use a corrected word."""
        pieces: list[str] = []
        starts: list[int] = []   # corrected-text position → original start offset
        ends: list[int] = [0]    # corrected-text position → original end offset
        touched: list[tuple[int, int]] = []
        for tok in utt.doc:
            word = fixed.get(tok.i)
            if word is not None:
                n = len(word)
                touched.append((len(starts), len(starts) + n))
                starts += [tok.idx] * n
                ends += [tok.idx + len(tok.text)] * n
            else:
                word = tok.text
                starts += list(range(tok.idx, tok.idx + len(word)))
                ends += list(range(tok.idx + 1, tok.idx + len(word) + 1))
            pieces.append(word)
            ws_start = tok.idx + len(tok.text)
            starts += list(range(ws_start, ws_start + len(tok.whitespace_)))
            ends += list(range(ws_start + 1, ws_start + len(tok.whitespace_) + 1))
            pieces.append(tok.whitespace_)
        text = "".join(pieces)
        starts.append(len(utt.text))
        out = []
        for m in durations.find(text) + seasons.find(text) + years.find(text, today):
            if not any(m.start < e and s < m.end for s, e in touched):
                continue
            found = tuple(Found(f.entity, starts[f.start], ends[f.end], f.value, f.role) for f in m.found)
            out.append(Match(starts[m.start], ends[m.end], m.priority, found, "typo-" + m.rule))
        return out


_LOOK_ALIKE = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t"}
_LOOK_ALIKE_RE = re.compile(r"[a-z]{2,}[013457][a-z]*|[a-z][013457][a-z]{2,}")


def build_guard(vocab_words: list[str], lexicon: dict[str, Term]) -> list[str]:
    """Real words (from a general word list) within the edit limit of a target that are neither a
    target nor already common: the words the matcher must never rewrite."""
    matcher = TypoMatcher(lexicon)
    common = common_words()
    out = set()
    for word in vocab_words:
        w = word.strip().lower()
        if not w.isalpha() or w in common or w in matcher._targets or w in matcher._lexicon or w in _MANUAL_UNGUARD:
            continue
        if matcher.near_targets(w):
            out.add(w)
    return sorted(out)


def main(argv: list[str]) -> int:
    """Regenerate the guard list from a general word list (one word a line, e.g. a BERT vocab.txt)."""
    if len(argv) != 1:
        print("usage: python -m nlu.extraction.typos WORD_LIST", file=sys.stderr)
        return 2
    from .lexicon import build_lexicon

    words = Path(argv[0]).read_text(encoding="utf-8").splitlines()
    guard = build_guard(words, build_lexicon())
    manual = [w for w in _MANUAL_GUARD if w not in guard]
    header = ("# Real words the typo matcher never rewrites (nlu/extraction/typos.py). Generated from a general\n"
              "# word list by `python -m nlu.extraction.typos WORD_LIST`, then the hand-added words.\n")
    GUARD_FILE.parent.mkdir(parents=True, exist_ok=True)
    GUARD_FILE.write_text(header + "\n".join(guard + manual) + "\n", encoding="utf-8")
    print(f"wrote {len(guard) + len(manual)} words to {GUARD_FILE}")
    return 0


# Real words a general word list may lack (slang, inflections viewers type).
_MANUAL_GUARD = ("shorts", "shooter", "shooters", "loner", "loners", "lounger", "quicky",
                 "quickie", "nighty", "moody", "animate", "horrid", "sow", "sows", "flic", "flics",
                 # number words a slip away from a decade word: "my son is thirteen" is an age, not the 1930s
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twentieth",
                 "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
                 # real words a slip away from the recency words and the adjective genre forms: "something decent"
                 # is no "recent", "a sporting event" no "sportish"
                 "decent", "crescent", "regent", "presently", "greenish", "schooling", "sporting", "romanesque",
                 "romney", "suspension", "christianity")

# Words a general word list holds that a viewer asking for titles only types as a slip of the vocabulary: "acton" (a
# London district, an old word for a padded jacket) is "action" in "acton movies" (round 34). Never guarded.
_MANUAL_UNGUARD = frozenset({"acton"})


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
