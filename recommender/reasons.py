"""Why an item was picked, in a few words a viewer can check: the one place reasons are built.

A reason names what the item **shares with what the viewer asked for or liked** (issue 11 item 5):

* the genres it shares with the request, or with the "like" title (the specific ones: "International" and
  "Independent" say where a title was made, not what it is like); without either, its own most specific genre;
* for "like X": distinctive synopsis words both titles have ("both about 'meth' and 'cartel'": words rare in
  the catalog, never filler), a shared director or cast, and "like X" last;
* who it is for, the people, the language or country asked for, the moods, and a content word of the
  free-text query the item's title or synopsis contains ("matches 'heist'"), never one naming a genre the
  reason already leads with.

It never repeats a field every rendering already shows beside the title — runtime, year, type, rating
(``contract.wording.item_facts``, web chat and Telegram cards) — and never quotes a filler word, a number or
a word the item does not contain.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Sequence


from contract import wording
from contract.stems import singular
from contract.vocabulary import GENRES, language_label
from contract.words import MIN_CONTENT_CHARS, is_content_word, is_filler
from recommender.constraints import Constraints
from recommender.snapshot import CatalogSnapshot

_LABELS = {g.id: g.label.lower() for g in GENRES}
BROAD_GENRES = frozenset({"international", "independent"})
MAX_GENRES = 2
MAX_SHARED_WORDS = 2
RARE_SHARE = 0.005     # a synopsis word in at most 0.5 % of the catalog's synopses is distinctive
MIN_SHARED_CHARS = 4   # "cop", "war" are too vague to explain a likeness on their own
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
# Verb and adjective endings: "losing", "drunken", "investigative" say little about what a title is about.
_NOT_A_TOPIC = re.compile(r"(?:ing|ed|en|ly|ive|ous|ful|less|al|able)$")
# Genre words are already named by the genre part ("horror", "docuseries").
_GENRE_WORDS = frozenset(w for g in GENRES for phrase in (g.id, g.label, *g.synonyms)
                         for w in _WORD.findall(phrase.lower()))


def reason(snapshot: CatalogSnapshot, row: int, c: Constraints, relevance: float,
           similar_title: str | None) -> str:
    """The reason of ``row`` for the request ``c`` (``similar_title``: the display title of its anchor)."""
    seed = _seed_row(snapshot, c) if similar_title else None
    genres = snapshot.genres_of(row)
    named = _genres_named(genres, c, snapshot.genres_of(seed) if seed is not None else None)
    parts = [", ".join(_LABELS.get(g, g) for g in named)]  # labels may hold "&" themselves
    if seed is not None:
        shared = shared_words(snapshot, row, seed)
        if shared:
            parts.append("both about " + wording.and_list([f"'{w}'" for w in shared]))
        parts += _shared_people(snapshot, row, seed)
    if c.audience:
        parts.append(f"fine {wording.audience_words(c.audience)}")
    if c.actors:
        parts.append("with " + " & ".join(c.actors))
    if c.directors:
        parts.append("by " + " / ".join(c.directors))
    if c.any_people:
        parts.append("with " + " or ".join(p for p in c.any_people if _credited(snapshot, row, p)))
    if c.languages:
        parts.append("in " + " or ".join(language_label(code) for code in c.languages))
    if c.countries:
        parts.append("from " + " or ".join(c.countries))
    if c.mood:
        parts.append(" & ".join(c.mood))
    if c.query:
        matched = _query_reason(snapshot, row, c.query, named)
        if matched:
            parts.append(matched)
    if similar_title:
        parts.append(f"like {similar_title}")
    return wording.SEP.join(p for p in parts if p)


def _seed_row(snapshot: CatalogSnapshot, c: Constraints) -> int | None:
    if not c.similar_to:
        return None
    if c.similar_to in snapshot.row_of:
        return snapshot.row_of[c.similar_to]
    rows = snapshot.rows_by_title.get(c.similar_to.strip().lower())
    return max(rows, key=lambda r: snapshot.prior[r]) if rows else None


def _genres_named(genres: Sequence[str], c: Constraints, seed_genres: Sequence[str] | None) -> list[str]:
    """The genres a reason leads with ("crime, drama"): the asked genres the item has, else those it shares
    with the anchor, else its own most specific one."""
    asked = [g for g in c.genres if g in genres] or [g for g in c.any_genres if g in genres]
    if asked:
        chosen = asked
    elif seed_genres is not None:
        chosen = [g for g in genres if g in seed_genres and g not in BROAD_GENRES]
    else:
        chosen = [g for g in genres if g not in BROAD_GENRES][:1] or list(genres[:1])
    return list(chosen[:MAX_GENRES])


def _shared_people(snapshot: CatalogSnapshot, row: int, seed: int) -> list[str]:
    out = []
    if snapshot.director_lists and set(snapshot.director_lists[row]) & set(snapshot.director_lists[seed]):
        out.append("same director")
    if snapshot.cast_lists and set(snapshot.cast_lists[row]) & set(snapshot.cast_lists[seed]):
        out.append("shares cast")
    return out


def _credited(snapshot: CatalogSnapshot, row: int, person: str) -> bool:
    """Whether ``person`` acts in or directs the title of ``row`` (which of "A or B" an item has)."""
    name = person.lower()
    return (bool(snapshot.cast_lists) and name in snapshot.cast_lists[row]) or (
        bool(snapshot.director_lists) and name in snapshot.director_lists[row])


def shared_words(snapshot: CatalogSnapshot, row: int, seed: int) -> list[str]:
    """Up to ``MAX_SHARED_WORDS`` distinctive synopsis words of ``row`` that the seed's synopsis has too
    (the item's own spelling, rarest first)."""
    if not snapshot.descriptions:
        return []
    frequency, stem_of = _document_frequency(snapshot)
    limit = max(3, int(RARE_SHARE * len(snapshot)))
    seed_stems = {stem_of[w] for w in _words(snapshot.descriptions[seed])}
    found: dict[str, str] = {}
    for word in _words(snapshot.descriptions[row]):
        stem = stem_of[word]
        if stem in seed_stems and stem not in found and frequency.get(stem, 0) <= limit \
                and len(word) >= MIN_SHARED_CHARS and not _NOT_A_TOPIC.search(word) \
                and word not in _GENRE_WORDS and stem not in _GENRE_WORDS and is_content_word(word):
            found[stem] = word
    ranked = sorted(found, key=lambda s: frequency.get(s, 0))
    return [found[s] for s in ranked[:MAX_SHARED_WORDS]]


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if len(w) >= MIN_CONTENT_CHARS and not is_filler(w)]


_frequencies: dict[int, tuple[CatalogSnapshot, Counter[str], dict[str, str]]] = {}


def _document_frequency(snapshot: CatalogSnapshot) -> tuple[Counter[str], dict[str, str]]:
    """How many synopses hold each stem (a noun's singular, ``contract.stems.singular``: "heists" and "heist" count
    as one), and the stem of every content word the synopses hold, so ``shared_words`` folds none again; counted once
    per snapshot (about 0.1 s for the bundled catalog: each distinct word is filtered and folded once, not at every
    occurrence)."""
    cached = _frequencies.get(id(snapshot))
    if cached is not None and cached[0] is snapshot:
        return cached[1], cached[2]
    counts: Counter[str] = Counter()
    stem_of: dict[str, str] = {}
    skipped: set[str] = set()
    for text in snapshot.descriptions:
        stems: set[str] = set()
        for word in set(_WORD.findall(text.lower())):
            stem = stem_of.get(word)
            if stem is None:
                if word in skipped:
                    continue
                if len(word) < MIN_CONTENT_CHARS or is_filler(word):
                    skipped.add(word)
                    continue
                stem = stem_of[word] = singular(word)
            stems.add(stem)
        counts.update(stems)
    _frequencies.clear()  # one live snapshot at a time: a reload replaces it
    _frequencies[id(snapshot)] = (snapshot, counts, stem_of)
    return counts, stem_of


def _query_reason(snapshot: CatalogSnapshot, row: int, query: str, named: Sequence[str] = ()) -> str | None:
    """"matches 'heist'": a content word of the query that the item's title or synopsis contains, else None.

    Only a word the viewer can check is quoted: never filler ("thats", "somethin"), a number, or a word
    the item does not contain (a quote like "close to 'nope'" explains nothing and looks broken). Its
    kind tags are not read (a "Children & Family Movies" tag is not a synopsis about a family), and a word
    naming a genre the reason already leads with is not quoted again ("drama · matches 'dramas'").
    The query may come from any API client, so its words are filtered here again.
    """
    text = " ".join((snapshot.titles[row], snapshot.descriptions[row] if snapshot.descriptions else "")).lower()
    shown = _genre_stems(tuple(named))
    for word in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", query.lower()):
        if len(word) < MIN_CONTENT_CHARS or is_filler(word) or singular(word) in shown:
            continue
        if _contains_word(text, word):
            return f"matches '{word}'"
    return None


@functools.lru_cache(maxsize=1024)  # a handful of genre combinations recur in every list
def _genre_stems(genres: tuple[str, ...]) -> frozenset[str]:
    """Stems of the words that name ``genres`` (id, label, synonyms): "drama" → drama, dramas, dramatic."""
    words = (w for g in GENRES if g.id in genres for phrase in (g.id, g.label, *g.synonyms)
             for w in _WORD.findall(phrase.lower()))
    return frozenset(singular(w) for w in words)


def _contains_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a word, allowing a plural/inflected form either way."""
    forms = {word}
    for suffix in ("es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_CONTENT_CHARS:
            forms.add(word[: -len(suffix)])
    pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.search(rf"\b(?:{pattern})(?:s|es|ed|ing)?\b", text) is not None

