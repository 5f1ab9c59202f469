"""A person a documentary is about (round 22g): "a pele doc", "the blackpink documentary", "justin bieber doc", "a doc
about fangio", "documentaries on peter tatchell".

The name there is the documentary's subject, not its cast: the catalog may credit nobody by that name (a footballer,
a band, a racing driver), and its words are no catalog vocabulary, so without this rule they reached neither a
constraint nor the query and generic documentaries came back. Read here as ``unknown_person`` with the role
``subject``; the actions look for documentaries whose title, synopsis or cast names the person and say honestly when
none does (actions/subject_people.py).

Shapes: one to three name words right before a documentary noun ("<name> doc", "<name>'s documentary"), or after a
documentary noun and "about" / "on" / "of" ("a doc about <name>"). The words must be a name's:

* no everyday English (``typos.everyday_english``: catalog vocabulary or the dictionary), no slip of a vocabulary word
  ("documentry") or its clipped start ("a dino doc"), no kind or occasion ("skateboarding", "christmas"), no stop, request or chat word — the topic words
  of ``topics.py`` ("nature docs", "a doc about space") and plain subjects ("a bee documentary", "docs about cooking")
  stay topics; a first word may be a given name some catalog person has ("peter tatchell", "sam cooke");
* no other rule reads them as a person (a catalog actor or director: "bob dylan doc" searches his credits; but a
  catalog actor after "a doc about" is the subject under the actor's name, their cast credits searched too), a
  vocabulary phrase (a genre, a country, a mood) or a number. A catalog title read over them gives way ("justin bieber"
  opens the title of his documentary, which the subject search finds by its title).

Any name the vocabulary lacks is read so, a person's or not (a band, a broadcaster: "a bbc doc", "a covid
documentary"): the search for documentaries naming it answers either, and says honestly when none does. The value is
the name as typed when it has capitals ("BTS"), else capitalised, a short word with no vowel in capitals ("BBC").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

from contract.words import catalog_words, name_words

from .english import dictionary_words, in_dictionary
from .names import Word, words
from .spans import P_CUED_NAME, Found, Match, single
from .typos import everyday_english
from .unknown_people import UNKNOWN_PERSON, _bare, _kind_or_occasion, _possessive, _spaced

SUBJECT = "subject"
DOC_NOUNS = frozenset({"doc", "docs", "documentary", "documentaries", "docuseries", "docu", "docudrama"})
SUBJECT_PREPOSITIONS = frozenset({"about", "on", "of", "abt", "bout"})
MAX_WORDS = 3
MIN_LETTERS = 3  # a shorter word is too often an abbreviation of something else
# Above every other reading of the same words but a person's (which the rule never overlaps): a title read over a name
# said before "doc" gives way.
P_SUBJECT = P_CUED_NAME + 2
# Entities of other rules whose words are never a subject's name.
_OTHER_READINGS = frozenset({"actor", "director", "genre", "mood", "country", "language", "media_type", "audience",
                             "year", "duration", "rating", "seasons", "position"})
_PLACE_READINGS = frozenset({"country", "language"})
_ARTICLE_RE = re.compile(r"^(?:the|a|an)$")


class PeopleSubjects:
    """Reads the person a documentary is about (module docstring)."""

    def __init__(self, given_names: Iterable[str], skip_words: Iterable[str],
                 near_vocabulary: Callable[[str], bool] = lambda word: False) -> None:
        dictionary_words()  # read now, at start-up
        self._given = frozenset(given_names)
        self._skip = frozenset(skip_words)
        self._near_vocabulary = near_vocabulary

    def find(self, text: str, taken: list[Match]) -> list[Match]:
        """``unknown_person`` matches with the role ``subject``; ``taken`` are the other rules' candidates."""
        message = words(text)
        out: list[Match] = []
        for i, w in enumerate(message):
            if w.norm not in DOC_NOUNS:
                continue
            before = self._run_before(text, message, i)
            after = self._run_after(text, message, i)
            cast = _cast_member_after(message, i, taken)
            if cast is not None:  # "a doc about <a catalog actor>": about them, their cast credits searched too
                out.append(Match(cast.start, cast.end, P_SUBJECT,
                                 tuple(f.with_role(SUBJECT) for f in cast.found), "subject-person-credited"))
                after = []
            for part in (before, after):
                if part and not _read_otherwise(part, taken, self._given_first(part)):
                    first, last = part[0], part[-1]
                    end = last.end - 2 if _possessive(last.norm) else last.end
                    value = " ".join(_as_name(p) for p in text[first.start:end].replace("’", "'").split())
                    found = single(UNKNOWN_PERSON, first.start, end, value, P_SUBJECT, "subject-person")
                    out.append(Match(found.start, found.end, found.priority,
                                     tuple(f.with_role(SUBJECT) for f in found.found), found.rule))
        return out

    def _run_before(self, text: str, message: list[Word], noun: int) -> list[Word]:
        """The longest name (1-3 words) ending right before the documentary noun at ``noun``."""
        for n in range(MAX_WORDS, 0, -1):
            part = message[max(0, noun - n):noun]
            if len(part) == n and self._name(text, part, possessive_last=True):
                return part
        return []

    def _run_after(self, text: str, message: list[Word], noun: int) -> list[Word]:
        """The name (1-3 words) after "<doc noun> about / on / of [the]", up to the first word that is no name's."""
        j = noun + 1
        if j >= len(message) or message[j].norm not in SUBJECT_PREPOSITIONS:
            return []
        j += 1
        if j < len(message) and _ARTICLE_RE.match(message[j].norm):
            j += 1
        for n in range(MAX_WORDS, 0, -1):
            part = message[j:j + n]
            if len(part) == n and self._name(text, part, possessive_last=True) and (
                    j + n >= len(message) or not self._name_word(message[j + n], later=True)):
                return part
        return []

    def _given_first(self, part: list[Word]) -> bool:
        """A name of two words or more opening with a catalog given name that is no dictionary word ("michael
        jordan"; "master" of "jam master jay" is a word)."""
        first = _bare(part[0].norm)
        return len(part) > 1 and first in self._given and not in_dictionary(first)

    def _name(self, text: str, part: list[Word], possessive_last: bool) -> bool:
        if not _spaced(text, part) or any(_possessive(w.norm) for w in part[:-1]):
            return False
        if not possessive_last and _possessive(part[-1].norm):
            return False
        first_given = self._given_first(part)
        return all(self._name_word(w, later=k > 0 or not first_given, after_given=first_given and k > 0)
                   for k, w in enumerate(part))

    def _name_word(self, w: Word, later: bool, after_given: bool = False) -> bool:
        """A word of a name: alphabetic, no stop / request / chat word; a later word (or a lone one) also no everyday
        English, no slip of a vocabulary word and no kind or occasion — after a given name, a word the catalog's
        synopses write only as a name may be vocabulary ("michael jordan": ``contract.words.name_words``)."""
        bare = _bare(w.norm)
        if not bare.isalpha() or len(bare) < MIN_LETTERS or (bare in self._skip and not after_given) \
                or bare in DOC_NOUNS:
            return False
        if not later:
            return True  # a catalog given name ("peter", "sam")
        if after_given and bare in name_words():
            return True
        return not (everyday_english(bare) or self._near_vocabulary(bare) or clipped_word(bare)
                    or _kind_or_occasion(bare, Word(bare, 0, len(bare))))


@lru_cache(maxsize=1024)
def clipped_word(bare: str) -> bool:
    """``bare`` is the clipped start of a catalog vocabulary word ("dino" of "dinosaur"): a subject, never a name."""
    return any(v.startswith(bare) and len(v) > len(bare) for v in catalog_words())


def _cast_member_after(message: list[Word], noun: int, taken: list[Match]) -> Match | None:
    """A catalog actor read right after "<doc noun> about / on / of [the]" ("a documentary about taylor swift"), as
    ``unknown_person`` with the actor's name: the person the documentary is about, whom the actions look for in casts
    as well as titles and synopses. "<actor> doc" stays the actor (a narrator or host as likely: "attenborough
    docs")."""
    j = noun + 1
    if j >= len(message) or message[j].norm not in SUBJECT_PREPOSITIONS or j + 1 >= len(message):
        return None
    j += 1
    if _ARTICLE_RE.match(message[j].norm) and j + 1 < len(message):
        j += 1
    for m in taken:
        if m.start == message[j].start and len(m.found) == 1 and m.found[0].entity == "actor" and not m.found[0].role:
            f = m.found[0]
            return Match(m.start, m.end, m.priority, (Found(UNKNOWN_PERSON, f.start, f.end, f.value),), m.rule)
    return None


def _as_name(word: str) -> str:
    """A word of the name as the answer writes it: as typed when the viewer used capitals ("McConaughey", "BTS"), else
    capitalised ("pele" → "Pele"), a short word with no vowel in capitals ("bbc" → "BBC")."""
    if word != word.lower():
        return word
    if len(word) <= 4 and not any(c in "aeiouy" for c in word):
        return word.upper()
    return word.capitalize()


def _read_otherwise(part: list[Word], taken: list[Match], given_first: bool = False) -> bool:
    """Some other rule reads words of ``part`` as something a name never is (a catalog person, a kind, a place); a
    place read on a later word of a name opening with a given name is that name's ("michael jordan")."""
    start, end = part[0].start, part[-1].end

    def other(m: Match) -> bool:
        if given_first and m.start >= part[1].start and all(f.entity in _PLACE_READINGS for f in m.found):
            return False
        return any(f.entity in _OTHER_READINGS for f in m.found)

    return any(m.start < end and start < m.end and other(m) for m in taken)
