"""Two words of a three-word person's name, as viewers shorten them: "shah rukh" (Shah Rukh Khan), "bonham carter"
(Helena Bonham Carter), "lin-manuel" (Lin-Manuel Miranda), "samuel l" (Samuel L. Jackson).

The index holds the two leading and the two trailing words of every three-word person of the gazetteer (people with
credits), each kept only when it names exactly that one person and is nobody's own two-word name. A pair is left out
when it is no name of its own:

* it splits a hyphenated word ("kim ju" of Kim Ju-hun, "manuel miranda" of Lin-Manuel Miranda);
* it holds a name particle, a stop or request word, a suffix ("bates jr") or the lexicon's vocabulary;
* both its words are ordinary English ("the great" of a wrestler's stage name): an ordinary phrase, never a name;
  and for a person who is not well known, either word is ("white trash", "cherry pie": an everyday pair that
  ``ordinary_english`` half knows, since it knows only catalog vocabulary and the guard list), unless the pair is one
  hyphenated part of the name ("lin-manuel");
* it is a fictional character's name first ("harley quinn" is the comic-book character before any actor's name);
* it holds an initial anywhere but after the given name ("samuel l"), and then only of a well-known person.

The matcher (``names.LooseNames._partial_names``) still asks for the usual person evidence: a cue ("with", "by"), a
work or genre noun after it, capitals, or the name as the whole request ("just shah rukh then"). Nicknames that no
rule derives live in contract/data/nicknames.tsv.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Collection, Generic, Mapping, TypeVar

from .typos import ordinary_english

Info = TypeVar("Info")
MIN_JOINED = 7  # letters of a pair typed as one word ("shahrukh"): shorter joins are too near everyday words
_SUFFIXES = frozenset({"jr", "sr", "junior", "senior", "ii", "iii", "iv"})
# Characters viewers ask for by name, which a three-word person's pair may spell ("Harley Quinn Smith"); never a
# person the catalog lacks either (nlu/extraction/unknown_people.py).
CHARACTER_PAIRS = frozenset({
    ("harley", "quinn"), ("peter", "parker"), ("bruce", "wayne"), ("tony", "stark"), ("john", "wick"),
    ("jack", "reacher"), ("jason", "bourne"), ("james", "bond"), ("indiana", "jones"), ("luke", "skywalker"),
    ("han", "solo"), ("harry", "potter"), ("sherlock", "holmes"), ("lara", "croft"), ("jack", "ryan"),
    ("john", "mcclane"), ("forrest", "gump"), ("mary", "poppins"), ("clark", "kent"), ("wonder", "woman"),
    ("jack", "frost"), ("jon", "snow"), ("santa", "claus"), ("peter", "pan"), ("robin", "hood"), ("tom", "sawyer"),
    ("darth", "vader"), ("hannibal", "lecter"), ("willy", "wonka"), ("mickey", "mouse"), ("bugs", "bunny"),
})


def index(people: Mapping[tuple[str, ...], Info], canonical: Callable[[Info], str], key: Callable[[str], tuple[str, ...]],
          well_known: Collection[tuple[str, ...]], skip: Collection[str]) -> dict[tuple[str, str], Info]:
    """(word, word) → the one three-word person whose leading or trailing pair it is (module docstring)."""
    found: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for k, info in people.items():
        if len(k) != 3 or key(canonical(info)) != k:
            continue
        units = _unit_of_each_word(canonical(info), key)
        if len(units) != 3:
            continue
        for lo in (0, 1):
            pair = (k[lo], k[lo + 1])
            # a hyphenated part ("lin-manuel") is a name by its spelling, as good as fame
            hyphenated = units[lo] == units[lo + 1]
            if (_splits_a_word(units, lo) or pair in CHARACTER_PAIRS
                    or not _name_like(pair, lo, k in well_known, skip, hyphenated)):
                continue
            found[pair].add(k)
    return {pair: people[next(iter(ks))] for pair, ks in found.items() if len(ks) == 1 and pair not in people}


def _unit_of_each_word(name: str, key: Callable[[str], tuple[str, ...]]) -> list[int]:
    """For each key word of ``name``, the number of the whitespace-separated part it comes from ("Lin-Manuel Miranda"
    → [0, 0, 1])."""
    return [n for n, part in enumerate(name.split()) for _ in key(part)]


def _splits_a_word(units: list[int], lo: int) -> bool:
    """The pair starting at ``lo`` cuts a hyphenated part in two (a neighbour outside it shares a part with it)."""
    return (lo > 0 and units[lo - 1] == units[lo]) or (lo + 2 < len(units) and units[lo + 2] == units[lo + 1])


def _name_like(pair: tuple[str, str], lo: int, well_known: bool, skip: Collection[str], hyphenated: bool = False
               ) -> bool:
    """The pair can stand for a name on its own (module docstring's exclusions)."""
    if any(w in skip or w in _SUFFIXES or not w.isalpha() for w in pair):
        return False
    initials = [i for i, w in enumerate(pair) if len(w) == 1]
    if initials and (initials != [1] or lo != 0 or not well_known):
        return False
    if any(len(w) == 2 for w in pair):
        return False
    words = [w for w in pair if len(w) > 1]
    if well_known or hyphenated:  # "bonham carter", "rukh khan": a famous name carries one everyday word
        return not all(ordinary_english(w) for w in words)
    return not any(ordinary_english(w) for w in words)


@dataclass(frozen=True)
class JoinedPartials(Generic[Info]):
    """Pairs of ``index`` typed as one word, exactly (``exact``) or with one slip (``by_deletion``: the joined word and
    its one-letter deletions → the joined words held there)."""

    exact: Mapping[str, Info]
    by_deletion: Mapping[str, tuple[str, ...]]

    def find(self, typed: str) -> Info | None:
        """The person whose pair ``typed`` joins, exactly or with one slip when one joined pair is that close."""
        if typed in self.exact:
            return self.exact[typed]
        if len(typed) < MIN_JOINED or not typed.isalpha():
            return None
        near = {j for d in _deletions(typed) | {typed} for j in self.by_deletion.get(d, ())
                if _one_edit(typed, j)}
        return self.exact[near.pop()] if len(near) == 1 else None


def joined(pairs: Mapping[tuple[str, str], Info], is_word: Callable[[str], bool]) -> JoinedPartials[Info]:
    """The pairs of ``index`` written as one word (module docstring); ``is_word`` says the joined word is a word or a
    name of its own."""
    found: dict[str, list[Info]] = defaultdict(list)
    for (a, b), info in pairs.items():
        found[a + b].append(info)
    exact = {w: infos[0] for w, infos in found.items() if len(infos) == 1 and len(w) >= MIN_JOINED and not is_word(w)}
    deletions: dict[str, list[str]] = defaultdict(list)
    for w in exact:
        for d in _deletions(w) | {w}:
            deletions[d].append(w)
    return JoinedPartials(exact, {d: tuple(ws) for d, ws in deletions.items()})


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter added, dropped or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
