"""Whether the catalog may hold the title a viewer named, before "I don't have it" is said (actions/identification.py).

A name is asked for as viewers say it: with the season or part they mean ("stranger things 4", "ozark season 4",
"the new season of ozark"), two titles joined by "or" ("breaking bad or better call saul"), a word spelt as it sounds
("midnite mass": contract/sound_alikes.py), a letter the catalog writes with an accent ("pokemon" / "Pokémon"), or one
word where the catalog has two ("spiderman" / "Spider-Man 3").
Saying "missing" for any of those tells the viewer a title the catalog HAS is absent, so every reading is tried, and
the answer is "missing" only when none of them begins a catalog title.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from contract.gazetteer import Gazetteer, plain_name
from contract.sound_alikes import sound_alike_spellings
from contract.words import is_filler, one_slip

_F = re.IGNORECASE
# "season 4", "part 5", "vol. 2", "s2", "the new season of": which season, never a word of the name.
_PART_AFTER_RE = re.compile(r"\s+(?:(?:season|seasons|series|part|pt|volume|vol|chapter|book|episode|ep)\.?\s*\d+"
                            r"|s\d+(?:\s*e\d+)?|\d{1,2})\s*$", _F)  # "2049", "1917" are names, "4" a season
_PART_BEFORE_RE = re.compile(r"^(?:the\s+)?(?:new|newest|latest|last|first|next|final|\w+(?:st|nd|rd|th))\s+"
                             r"(?:season|part|series|volume)\s+of\s+", _F)
_JOINED_RE = re.compile(r"\s+(?:or|and|&|/)\s+|\s*,\s*", _F)
_ARTICLES = ("the", "a", "an", "la", "el", "los", "las", "le", "les", "il", "der", "die", "das")


def without_part(name: str) -> str:
    """The name without the season or part said with it ("ozark season 4" → "ozark"); the name itself when it says
    none."""
    bare = _PART_BEFORE_RE.sub("", name.strip())
    return _PART_AFTER_RE.sub("", bare).strip() or name.strip()


def readings(name: str) -> tuple[str, ...]:
    """Every way the name may be meant: as said, without its season or part, each title of a list joined by
    "or"/"and", and each of those with its sound-alike words spelt the other way ("midnite" / "midnight")."""
    found = [name, without_part(name)]
    found += [without_part(part) for part in _JOINED_RE.split(name) if part.strip()]
    found += [spelt for said in list(found) for spelt in sorted(sound_alike_spellings(said))]
    return tuple(dict.fromkeys(r for r in found if r.strip()))


def may_hold(gazetteer: Optional[Gazetteer], name: str) -> bool:
    """Some catalog title is, or begins with, one reading of the name (accents folded, spaces left out or not, a
    leading article left out); True when there is no catalog to ask, so nothing is called missing blindly."""
    if gazetteer is None:
        return True
    starts = _title_starts(gazetteer)
    return any(_key(r) in starts for r in readings(name) if _key(r))


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _key(name: str) -> str:
    return _fold(plain_name(name)).replace(" ", "")


@lru_cache(maxsize=4)
def _title_starts(gazetteer: Gazetteer) -> frozenset[str]:
    """Every run of whole first words of every title (and of it without a leading article), folded, spaces removed:
    ~30k keys, built once per gazetteer."""
    starts: set[str] = set()
    for plain, _ in gazetteer.plain_titles:
        words = _fold(plain).split()
        if words and words[0] in _ARTICLES:
            starts.update("".join(words[1:i]) for i in range(2, len(words) + 1))
        starts.update("".join(words[:i]) for i in range(1, len(words) + 1))
    starts.discard("")
    return frozenset(starts)


MAX_CLOSE_NAMES = 3
_NAME_WORD_RE = re.compile(r"[\w']+")


def close_names(gazetteer: Optional[Gazetteer], name: str, limit: int = MAX_CLOSE_NAMES) -> list[str]:
    """Catalog titles whose names are close to a name the catalog lacks, the shortest first: every content word said
    (3+ letters, no filler) is a whole word of the title ("the godfather" → "The Black Godfather", "Our Godfather"), or
    the title is the name with one slip. The honest "not in the catalog" answer offers them (never a search on the
    name's words, whose titles only share a word's meaning with it)."""
    if gazetteer is None:
        return []
    words = [w for w in _NAME_WORD_RE.findall(_fold(plain_name(name))) if len(w) >= 3 and not is_filler(w)]
    key = _key(name)
    if not words or not key:
        return []
    found: dict[str, int] = {}
    for plain, entry in gazetteer.plain_titles:
        folded = _fold(plain)
        title_words = set(folded.split())
        if all(w in title_words for w in words) or _one_slip(key, folded.replace(" ", "")):
            found.setdefault(entry.title, len(folded))
    return sorted(found, key=lambda t: (found[t], t))[:limit]


# Letters of a name close to another by one slip (round 29C: five, the length of the shortest names the NLU reads with
# a slip in an availability question, so a short title the catalog holds is offered when it is said missing).
MIN_SLIP_LETTERS = 5


def _one_slip(a: str, b: str) -> bool:
    """Within one edit (a swap of neighbours counting as one), for names of MIN_SLIP_LETTERS+ letters."""
    if min(len(a), len(b)) < MIN_SLIP_LETTERS or abs(len(a) - len(b)) > 1 or a == b:
        return False
    return one_slip(a, b)
