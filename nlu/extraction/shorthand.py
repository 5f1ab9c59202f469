"""Chat shorthand spelled out before any rule reads the message: "b4 1990", "last couple yrs", "w/o gore",
"3 ssns", "under 2 hrs", "10 eps".

Every rule of the extractor (years, durations, seasons, negation, the lexicon …) is written for the full
words; rather than teach each of them every abbreviation, the message is read once with the abbreviations
written out (``expand``), and the offsets of what was found are mapped back onto the text as typed
(``Expansion.original``), so Rasa consumers still slice the viewer's own words. This is the one home of
the shorthand list.

Only tokens that are nothing else in chat are expanded: "min" stays as typed (it is also "minimum"; the
duration rule already reads "90 min").

Words stretched for emphasis ("noooo horror", "sooo funny", "scaaary") are read as the word meant
(``elongation.word_meant``). Second-language English and common misspellings are read the same way, where the intended words are certain:
"no too long" / "no very violent" is "not too long" (English has no "no" before a degree word), and a misspelt kin
word ("grandaughter", "neice") is the kin word every age rule knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from .elongation import stretched_words
from .spans import Found

# Abbreviation (lower case, as typed) → the words every rule reads. One entry per chat spelling.
SHORTHAND: dict[str, str] = {
    "b4": "before", "yr": "year", "yrs": "years", "hr": "hour", "hrs": "hours", "mins": "minutes",
    "w/": "with", "w/o": "without", "eps": "episodes", "ep": "episode", "ssn": "season", "ssns": "seasons",
    "szn": "season", "szns": "seasons", "w/out": "without",
    # Vocabulary typed short on a phone: "qck thriller", "a japanese rom", "a fam movie" (each only where it is that word:
    # ``_CONTEXT``).
    "qck": "quick", "rom": "romance", "fam": "family",
    # "an hour n a half", "2 n a half hours": chat's "n" for "and" (only before a half or a quarter: ``_CONTEXT``)
    "n": "and",
    # "abt food", "smth abt space": chat's "about" (no other word in chat)
    "abt": "about",
    # Round 26b: terse typists' words. "smth else", "sth funny": chat's "something"; "anime srs": series (not after a
    # word that makes it "serious": ``_NOT_AFTER``); origins said in slang: "naija" is Nigerian, "bolly" Bollywood,
    # "span"/"spn" Spanish (only before a kind of title: ``_CONTEXT``).
    "smth": "something", "sth": "something", "smthg": "something", "smthn": "something", "somethin": "something",
    "srs": "series", "naija": "nigerian", "bolly": "bollywood", "span": "spanish", "spn": "spanish",
}
# Round 26b: what names a kind of title after a clipped origin ("span series", "k horror", "j-thrillers").
_KIND_AFTER = (r"(?:movies?|films?|flicks?|shows?|series|srs|tv|telenovelas?|soaps?|docs?|documentar(?:y|ies)"
               r"|horror|thrillers?|comed(?:y|ies)|rom-?coms?|romances?|romantic|action|crime|myster(?:y|ies)"
               r"|fantasy|sci-?fi|zombies?|anime|animation|reality|variety|stuff|content|cinema)\b")
# Origins said as one letter before a kind ("k horror", "k-comedy", "jhorror", "c-thrillers"): the language or country
# with the kind, as "k-drama" is (geo.DRAMA_PREFIXES; the dramas themselves stay geo's series reading). "c" is said only
# joined to a genre ("c-horror": "c movies" are no Chinese films, "vitamin c comedy" none), and "k-pop" is music.
_ORIGIN_LETTERS = {"k": "korean", "j": "japanese", "c": "chinese"}
_GENRE_AFTER_LETTER = (r"(?:horror|thrillers?|comed(?:y|ies)|rom-?coms?|romances?|action|crime|myster(?:y|ies)|fantasy"
                       r"|sci-?fi|zombies?)")
_ORIGIN_LETTER_RE = re.compile(
    rf"(?<![\w/'’.-])(?:(?P<l>[kj])[\s-]*(?=(?:{_GENRE_AFTER_LETTER}|movies?|films?|flicks?|shows?|series|srs)\b)"
    rf"|(?P<c>c)-?(?={_GENRE_AFTER_LETTER}\b))", re.IGNORECASE)
# Abbreviations that are something else elsewhere: read as the word only where the pattern after them holds. "rom"
# before "com" is the rom-com, read whole by the lexicon ("rom com", "rom-com"); "fam" is chat's "friend" ("thanks
# fam", "love you fam") unless a film, a show or a night follows it ("a fam movie", "fam night", "fam friendly").
_CONTEXT: dict[str, re.Pattern[str]] = {
    "rom": re.compile(r"(?![\s-]*coms?\b)", re.IGNORECASE),
    "n": re.compile(r"(?=\s+(?:a\s+)?(?:half|quarter)\b)", re.IGNORECASE),
    "fam": re.compile(r"(?=[\s-]+(?:movies?|films?|flicks?|shows?|series|night|friendly|tv|stuff|comedy|comedies)\b)",
                      re.IGNORECASE),
    "span": re.compile(rf"(?=[\s-]+{_KIND_AFTER})", re.IGNORECASE),
    "spn": re.compile(rf"(?=[\s-]+{_KIND_AFTER})", re.IGNORECASE),
}
# Abbreviations that are something else after some words: "are u srs", "im srs", "so srs" say "serious".
_NOT_AFTER: dict[str, re.Pattern[str]] = {
    "srs": re.compile(r"(?:\b(?:you|u|ur|are|r|is|im|i'm|i’m|so|be|being|not|very|too|lol|dead|deadly)\s+)$",
                      re.IGNORECASE),
    # "attention span films": the span of something, not Spanish
    "span": re.compile(r"\b(?:attention|life|time|short|long|wing|memory|a|the|that|this)\s+$", re.IGNORECASE),
}
# Words as second-language viewers and fast typists write them → the words every rule reads (lower case, as typed).
# "no" before a degree word and an adjective is "not" ("no too long", "no very scary"; "no so much swearing"): never
# "no" as an answer, which a comma or a full stop ends ("no, too long" stays).
_DEGREE_NO_RE = re.compile(r"\bno(?=\s+(?:too|very|so|overly|super)\s+[a-z])", re.IGNORECASE)
MISSPELT: dict[str, str] = {
    "grandaughter": "granddaughter", "grandaughters": "granddaughters", "grand-daughter": "granddaughter",
    "grand-daughters": "granddaughters", "grandsun": "grandson", "neice": "niece", "neices": "nieces",
    "nefew": "nephew", "nefews": "nephews", "daugther": "daughter", "daugthers": "daughters",
    "doughter": "daughter", "daughther": "daughter", "grandkis": "grandkids",
    # "stnd up", "stnad-up": "stand" with a letter dropped or swapped (a lone "stnd" is no other word in chat)
    "stnd": "stand", "stnad": "stand", "satnd": "stand", "stnd-up": "stand-up", "stnad-up": "stand-up",
}
_MISSPELT_RE = re.compile(r"(?<![\w-])(?P<w>" + "|".join(re.escape(w) for w in sorted(MISSPELT, key=len, reverse=True))
                          + r")(?![\w-])", re.IGNORECASE)
# "yr" is also chat's "your" ("what's yr fave"): a year only after a number or a word that counts years.
_YEAR_BEFORE_RE = re.compile(r"(?:\d|\b(?:a|one|last|past|this|next|per|each|every|few|couple))\s*$", re.IGNORECASE)
# A shorthand token stands alone: not inside a longer word or code ("b/w" is black and white, "b4k" is no word).
_SHORTHAND_RE = re.compile(
    r"(?<![\w/])(?P<w>" + "|".join(re.escape(w) for w in sorted(SHORTHAND, key=len, reverse=True)) + r")"
    r"(?:(?<=/)|(?![\w/]))", re.IGNORECASE)


@dataclass(frozen=True)
class Expansion:
    """The message with its shorthand written out, and the way back to the typed text's offsets."""

    text: str
    _starts: tuple[int, ...]  # expanded position → typed start offset
    _ends: tuple[int, ...]    # expanded end position → typed end offset

    def original(self, found: Sequence[Found]) -> list[Found]:
        """The same entities with offsets into the text as typed (an expanded word maps to its abbreviation)."""
        return [replace(f, start=self._starts[f.start], end=self._ends[f.end]) for f in found]


def _replacements(text: str) -> list[tuple[int, int, str]]:
    """Every (start, end, words) to write out in ``text``, in text order, never overlapping."""
    out = []
    for m in _SHORTHAND_RE.finditer(text):
        if not _means_the_word(text, m):
            continue
        word = SHORTHAND[m["w"].lower()]
        if m["w"].endswith("/") and m.end() < len(text) and not text[m.end()].isspace():
            word += " "  # "w/friends": the expanded word still ends before the next one
        out.append((m.start(), m.end(), word))
    for m in _ORIGIN_LETTER_RE.finditer(text):  # the origin on the letter alone ("k"), a hyphen after it a space
        letter = m.start() + 1
        word = _ORIGIN_LETTERS[text[m.start()].lower()]
        out.append((m.start(), letter, word if letter < m.end() else word + " "))
        if "-" in text[letter:m.end()]:
            out.append((letter, m.end(), " "))
    out += [(m.start(), m.end(), "not") for m in _DEGREE_NO_RE.finditer(text)]
    out += [(m.start(), m.end(), MISSPELT[m["w"].lower()]) for m in _MISSPELT_RE.finditer(text)]
    out += stretched_words(text)  # "noooo horror", "mooore": letters held for emphasis (round 30)
    return sorted(out)


def expand(text: str) -> Expansion | None:
    """``text`` with its chat shorthand written out, or ``None`` when it has none (the common case)."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = [0]
    pos = 0
    for start, end, word in _replacements(text):
        if start < pos:
            continue
        plain = text[pos:start]
        pieces.append(plain)
        starts += range(pos, start)
        ends += range(pos + 1, start + 1)
        pieces.append(word)
        starts += [start] * len(word)
        ends += [end] * len(word)
        pos = end
    if pos == 0:
        return None
    pieces.append(text[pos:])
    starts += range(pos, len(text) + 1)
    ends += range(pos + 1, len(text) + 1)
    return Expansion("".join(pieces), tuple(starts), tuple(ends))


def _means_the_word(text: str, m: re.Match[str]) -> bool:
    """An acronym typed in capitals is a name ("a comedy about HR", "their new EP"), and "yr" is "your" unless
    years are being counted; digits ("B4") are no capitals."""
    typed = m["w"]
    if sum(c.isalpha() for c in typed) >= 2 and typed.isupper() and not text.isupper():
        return False
    if (context := _CONTEXT.get(typed.lower())) is not None and not context.match(text, m.end()):
        return False
    if (before := _NOT_AFTER.get(typed.lower())) is not None and before.search(text, 0, m.start()):
        return False
    if typed.lower() == "srs" and not re.search(r"\w", text[:m.start()] + text[m.end():]):
        return False  # "srs?" alone is "seriously?"
    return typed.lower() != "yr" or bool(_YEAR_BEFORE_RE.search(text, 0, m.start()))
