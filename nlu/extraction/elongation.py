"""Letters held for emphasis read as the word meant: "noooo horror", "sooo funny", "mooore", "scaaary", "tooo long".

Chat stretches a word by repeating one of its letters ("pleeeease", "shorterrrr"). No rule knows the stretched
spelling: "noooo horror" negated nothing, "scaaary" looked like a person's name, "mooore" like a surname. A run of
three or more of one letter is read as one or two of it, whichever makes a known word (the catalog's vocabulary,
the stop words, the English dictionary or a chat word); where both do, the double wins ("tooo long" is "too",
"gooood" is "good"), since English doubles letters and stretching one rarely starts from a single one. A stretched
word that is no known word either way ("brrrr", "zzzz") is left as typed.

This is the one home of that reading: the extractor reads a stretched word through ``shorthand.expand`` (offsets
mapped back to the text as typed). The intent classifier keeps Rasa's whitespace tokens: a tokenizer that fed it the
word meant lowered the confidence of short replies ("yes", "stop personalizing") after a full ``rasa train``, so it
was taken out (round 30).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from contract.words import is_filler

from .common_words import common_words
from .english import in_dictionary

# A letter typed three times or more in a row: the mark of a stretched word (no English word has one).
RUN_RE = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)
# A stretched word: letters only, with at least one run in it.
STRETCHED_RE = re.compile(r"(?<![\w'’-])[a-z]*([a-z])\1{2,}[a-z]*(?![\w'’-])", re.IGNORECASE)
# More runs than this in one word is keyboard noise, not a word: "aaaabbbbcccc" is read as typed.
MAX_RUNS = 3
# Chat words no dictionary lists, read as words when a stretched spelling collapses onto them ("hiii", "ohhh").
CHAT_WORDS = frozenset({"hi", "hii", "oh", "ah", "uh", "um", "hm", "hmm", "ok", "lol", "omg", "yay", "ugh", "wow"})


def _known(word: str) -> bool:
    return word in common_words() or in_dictionary(word) or word in CHAT_WORDS or is_filler(word)


@lru_cache(maxsize=4096)
def word_meant(word: str) -> str | None:
    """The known word a stretched ``word`` stands for (in ``word``'s capitalisation), or ``None`` when ``word`` is
    not stretched or no reading of it is a known word."""
    runs = list(RUN_RE.finditer(word))
    if not runs or len(runs) > MAX_RUNS:
        return None
    lower = word.lower()
    for counts in product((2, 1), repeat=len(runs)):  # every run doubled first: "tooo" is "too" before "to"
        pieces, pos = [], 0
        for run, n in zip(runs, counts):
            pieces.append(lower[pos:run.start()] + run.group(1).lower() * n)
            pos = run.end()
        candidate = "".join(pieces) + lower[pos:]
        if _known(candidate):
            return candidate.capitalize() if word[0].isupper() and not word.isupper() else candidate
    return None


def stretched_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word meant) of every stretched word of ``text`` that reads as a known word."""
    out = []
    for m in STRETCHED_RE.finditer(text):
        meant = word_meant(m.group(0))
        if meant is not None:
            out.append((m.start(), m.end(), meant))
    return out
