"""Near-namesakes among the catalog's people: two people whose names differ by a spelling variant of one word (round 26d).

A viewer who types the name of a person with a handful of credits may mean a far more credited person whose name is
spelt nearly the same ("Irfan Khan", 2 titles, for "Irrfan Khan", 14). Both runtimes read the same rule here: the NLU
prefers the prolific person (nlu/extraction/namesakes.py) and the actions offer the other as a button ("Or <name>?",
actions/namesakes.py), so a viewer who meant the one the bot did not pick is one tap away.

The rule, from the catalog's credit counts (``Gazetteer.well_known_credits``; a person missing there has fewer than
``WELL_KNOWN_CREDITS``, so at most ``FEW_CREDITS`` titles):

* **spelling variant**: the same number of words, every word but one the same, and that word with the same first letter,
  the same consonants once doubled letters are written once ("irfan" / "irrfan", "nolen" / "nolan", "mathews" /
  "matthews") and at most ``MAX_VARIANT_EDITS`` edits — never another consonant ("rajiv" / "rajit"), another first
  letter ("cross" / "kross") or another number of words;
* **same role**: an actor's namesakes are actors, a director's directors (the NLU's entity says which);
* **prolific**: a person spelt exactly as typed gives way to a variant credited at least ``PROLIFIC_FACTOR`` times as
  often as they are (counted as ``FEW_CREDITS`` when not well known: so at least 12 titles against a minor person);
* **a slip**: a name typed with a slip that is as close to a well-known person as to the minor one (not well known) the
  name rules picked is the well-known person; a well-known person read on a slip stays.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections import defaultdict
from typing import Optional

from contract.gazetteer import WELL_KNOWN_CREDITS, Gazetteer

FEW_CREDITS = WELL_KNOWN_CREDITS - 1
"""The most credits a person missing from ``well_known_credits`` can have: what a minor person is counted as."""
PROLIFIC_FACTOR = 3
"""A namesake credited this many times as often as the person typed exactly is the one meant."""
MAX_VARIANT_EDITS = 2
MAX_SLIP_EDITS = 2  # edits of a typed name from the person a slip is read as
ROLES = ("actor", "director")
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_VOWELS = frozenset("aeiou")


def name_key(name: str) -> tuple[str, ...]:
    """The folded words of a name: lower case, no accents, no possessive ending."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
                     if not unicodedata.combining(c))
    out = tuple(_WORD_RE.findall(folded))
    if out and out[-1].endswith("'s") and len(out[-1]) > 2:
        out = (*out[:-1], out[-1][:-2])
    return out


def _skeleton(word: str) -> str:
    """The word's consonants with doubled letters written once: "irrfan" → "rfn"."""
    return re.sub(r"(.)\1+", r"\1", "".join(c for c in word if c not in _VOWELS))


def edits(a: str, b: str) -> int:
    """Levenshtein distance of ``a`` and ``b``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def spelling_variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``a`` and ``b`` are one name spelt two ways (module docstring)."""
    if len(a) != len(b) or a == b:
        return False
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    return (x[:1] == y[:1] and _skeleton(x) == _skeleton(y) and _skeleton(x) != ""
            and edits(x, y) <= MAX_VARIANT_EDITS)


def _initials(k: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w[:1] for w in k)


class Namesakes:
    """The catalog's people by role, word count and initials, and the namesake rule over them."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._credits = gazetteer.well_known_credits
        self._index: dict[tuple[str, int, tuple[str, ...]], list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        self._by_key: dict[tuple[str, tuple[str, ...]], str] = {}
        for role, names in (("actor", gazetteer.actors), ("director", gazetteer.directors)):
            for name in names:
                k = name_key(name)
                if len(k) < 2:
                    continue
                self._index[(role, len(k), _initials(k))].append((k, name))
                self._by_key.setdefault((role, k), name)

    def credits(self, name: str) -> int:
        """Titles crediting ``name`` (cast and directing), ``FEW_CREDITS`` at most for one not well known."""
        return int(self._credits.get(name, 0))

    def _counted(self, name: str) -> int:
        return self.credits(name) or FEW_CREDITS

    def named_exactly(self, typed: str, role: str) -> Optional[str]:
        """The catalog person of ``role`` whose name ``typed`` spells (any case, accents, possessive), or None."""
        return self._by_key.get((role, name_key(typed)))

    def variants(self, name: str, role: str) -> list[str]:
        """The people of ``role`` whose names are spelling variants of ``name``, the most credited first."""
        k = name_key(name)
        found = [other for ok, other in self._index.get((role, len(k), _initials(k)), ())
                 if other != name and spelling_variant(k, ok)]
        return sorted(found, key=lambda n: (-self.credits(n), n))

    def outweighs(self, prolific: str, other: str) -> bool:
        """``prolific`` is credited at least ``PROLIFIC_FACTOR`` times as often as ``other`` can be."""
        return self.credits(prolific) >= PROLIFIC_FACTOR * self._counted(other)

    def preferred(self, typed: str, name: str, role: str) -> Optional[str]:
        """The person the viewer means when ``typed`` was read as ``name`` (of ``role``), if another (module
        docstring), else None."""
        if role not in ROLES:
            return None
        t, k = name_key(typed), name_key(name)
        if len(t) != len(k) or len(t) < 2:
            return None  # a surname alone or a nickname: the name rules' own reading
        if t == k:
            prolific = next((v for v in self.variants(name, role) if self.outweighs(v, name)), None)
            return prolific
        if self.credits(name):
            return None  # a well-known person read on a slip stays ("jon cusack" is never Joan Cusack)
        own = edits(" ".join(t), " ".join(k))
        best: Optional[str] = None
        for ok, other in self._index.get((role, len(t), _initials(t)), ()):
            if other == name or self.credits(other) < WELL_KNOWN_CREDITS or self.credits(other) <= self.credits(name):
                continue
            d = edits(" ".join(t), " ".join(ok))
            if d <= own and d <= MAX_SLIP_EDITS and (best is None or self.credits(other) > self.credits(best)):
                best = other
        return best

    def offered(self, typed: str, name: str, role: str) -> Optional[str]:
        """The namesake worth a button beside a search for ``name`` typed as ``typed``: the person spelt exactly as
        typed when ``name`` was preferred to them; else the most credited spelling variant of ``name`` that ``name``
        does not outweigh ("Or Christopher Nolan?" beside Christopher Nolen's titles); None when there is none."""
        if role not in ROLES:
            return None
        exact = self.named_exactly(typed, role)
        if exact is not None and exact != name:
            return exact
        if len(name_key(typed)) < 2:
            return None
        return next((v for v in self.variants(name, role) if not self.outweighs(name, v)), None)


_by_gazetteer: "weakref.WeakKeyDictionary[Gazetteer, Namesakes]" = weakref.WeakKeyDictionary()


def namesakes_of(gazetteer: Gazetteer) -> Namesakes:
    """The cached ``Namesakes`` of this gazetteer object."""
    found = _by_gazetteer.get(gazetteer)
    if found is None:
        found = _by_gazetteer[gazetteer] = Namesakes(gazetteer)
    return found
