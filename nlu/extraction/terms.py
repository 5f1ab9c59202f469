"""The unit of the phrase lexicon: what a phrase means, and the spellings it is matched under.

Viewers write "sci fi", "sci-fi" and "scifi", "documentary" and "documentaries"; the vocabulary lists
one or two of them. ``variants`` derives the rest mechanically so that each concept module only lists
genuinely different words. A noun's plural and singular are ``contract.stems``'s (one home for both runtimes).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterable

from contract.stems import plural, singular


@dataclass(frozen=True)
class Term:
    """What a lexicon phrase yields.

    ``extra`` adds companion entities on the same span ("k-drama" → genre drama + language ko).
    ``head`` marks a trailing media noun that is reported separately ("scary movies" → genre horror
    on "scary", media_type movie on "movies"); with ``head_first`` the noun leads and the last word is the
    modifier ("a documentary about space": documentary on "documentary", the topic on "space").
    ``inflect`` allows plural/singular of the last word.
    ``case_sensitive`` is for words that are only names when capitalised ("US", "Chad").
    """

    entity: str
    value: str
    extra: tuple[tuple[str, str], ...] = ()
    head: tuple[str, str] | None = None
    head_first: bool = False
    inflect: bool = False
    case_sensitive: bool = False


def variants(phrase: str, inflect: bool) -> set[str]:
    """Spellings of ``phrase``: hyphen/space/fused forms of two-part words, plus inflections."""
    out = {phrase}
    words = phrase.split()
    if "-" in phrase:
        out |= {phrase.replace("-", " "), phrase.replace("-", "")}
    elif len(words) == 2:
        out |= {"-".join(words), "".join(words)}
    if inflect:
        for form in list(out):
            head, _, last = form.rpartition(" ")
            for w in (plural(last), singular(last)):
                out.add(f"{head} {w}" if head else w)
    return {v for v in out if v.strip()}


def unaccented(phrase: str) -> str:
    """``phrase`` without diacritics ("comédie" → "comedie"): viewers often type words of other languages so."""
    return "".join(c for c in unicodedata.normalize("NFD", phrase) if unicodedata.category(c) != "Mn")


def with_unaccented(phrases: Iterable[str]) -> list[str]:
    """Every phrase, then its unaccented spelling where that differs (each once, in order)."""
    return list(dict.fromkeys(p for phrase in phrases for p in (phrase, unaccented(phrase))))
