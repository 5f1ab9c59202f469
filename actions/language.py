"""Is a message written in another language? Cheaply, without a language model.

The bot understands English only. A message in Spanish or German still gets an intent and some
entities (character n-grams make "películas de terror" look like a horror request), and answering it
with a keyword search on its words would be worse than useless. So before an action answers, we ask:
of the message's words outside any located entity (titles are often in other languages) and any courtesy
("ciao", "namaste ji", "por favor": contract.words.FOREIGN_COURTESIES, neutral), what share
is English, i.e. filler/function words we know or words of the catalog's vocabulary
(``contract.words``)? A message is in another language when that share is low *and* there is positive
evidence of another language: a function word of one (``FOREIGN_FUNCTION_WORDS``) or a letter English
does not use (ñ, ü, ß, é, ç, ...), and no English request phrasing around it. The second condition
keeps typo-heavy English ("u got any gud flix 2nite") English, the third an unrecognised title in a
request ("something like La Casa de Papel"). A request of one or two words ("comedias románticas", "krimis oder dokus")
is another language when none of its words is English, one is a content word and no word is a catalog title's
(``_short_in_other_language``); a greeting or thanks alone ("hola", "gracias") is left to the NLU. A message whose
every content word the extractor read as a constraint (it knows some genre, format and origin words of other
languages) is understood, and answered (``_understood``).
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.entities import Entity
from contract.availability import asked_slot
from contract.words import (FILLER_WORDS, FOREIGN_ARTICLES, FOREIGN_FUNCTION_WORDS, FOREIGN_NEGATION_WORDS,
                            FOREIGN_PREPOSITIONS, FOREIGN_WITH_WORDS, in_catalog_vocabulary, unaccented,
                            without_foreign_courtesies)

MIN_WORDS = 3
MAX_ENGLISH_SHARE = 0.5
MIN_ENGLISH_PHRASING = 2
MIN_CONTENT_LETTERS = 3  # shorter words ("ma", "te") say nothing about what to watch
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# A letter English does not use (ñ, ü, ß, é, ç, Cyrillic, CJK): a word character outside ASCII. Emoji, curly quotes,
# dashes and currency signs are no letters, so "dating shows 😂" or "“dark” – any good?" hold no evidence of a language.
_NON_ENGLISH_LETTERS = re.compile(r"(?![\x00-\x7f])[^\W\d_]")


def in_other_language(text: Optional[str], entities: Sequence[Entity] = ()) -> bool:
    """Whether ``text`` is (mostly) not English; button payloads ("/refine{...}") never are."""
    if not text or text.startswith("/"):
        return False
    text = without_foreign_courtesies(text)  # "ciao", "namaste ji", "por favor": evidence of no language
    if _understood(text, entities) or asked_slot(text) is not None:
        return False  # all read; or an English availability question around a name ("do you have pokémon")
    chars = list(text)
    for e in entities:
        if e.start is not None and e.end is not None and e.name in ("title", "actor", "director"):
            for i in range(max(0, e.start), min(len(chars), e.end)):
                chars[i] = " "
    rest = "".join(chars)
    # Words of an English vocabulary phrase the extractor read ("a rom com", "sci fi"): English, whatever
    # their letters look like alone (single words may be another language's: "terror").
    phrases = [(e.start, e.end) for e in entities if e.start is not None and e.end is not None
               and e.name not in ("title", "actor", "director") and len(_WORD.findall(text[e.start:e.end])) > 1]
    found = [(m.group().lower(), any(s <= m.start() and m.end() <= e for s, e in phrases))
             for m in _WORD.finditer(rest)]
    words = [w for w, _ in found]
    if len(words) < MIN_WORDS:
        return _short_in_other_language(found, rest)
    read = _read_words(text, entities)
    found = [(w, vocab) for w, vocab in found if w not in read]  # neutral: the extractor's, in any language
    if not found:
        return False
    foreign_marks = sum(1 for w, vocab in found if w in FOREIGN_FUNCTION_WORDS and w not in FILLER_WORDS and not vocab)
    english = sum(1 for w, vocab in found if vocab or _is_english(w))
    # English request phrasing ("something like ...", "show me ...") around an unrecognised title.
    english_phrasing = sum(1 for w in words if len(w) >= 3 and w in FILLER_WORDS and w not in FOREIGN_FUNCTION_WORDS)
    evidence = foreign_marks > 0 or bool(_NON_ENGLISH_LETTERS.search(rest))
    if evidence and english / len(words) < MAX_ENGLISH_SHARE and english_phrasing < MIN_ENGLISH_PHRASING:
        return True
    # the mixed reading asks for stronger evidence: typo-heavy English may hold a short "y" or "de"
    strong = bool(_NON_ENGLISH_LETTERS.search(rest)) or foreign_marks >= 2 or any(
        len(w) >= 4 and w in FOREIGN_FUNCTION_WORDS and w not in FILLER_WORDS and not vocab for w, vocab in found)
    return strong and _request_in_other_language(text, entities, words)


def _read_words(text: str, entities: Sequence[Entity]) -> frozenset[str]:
    """Words inside a constraint the extractor read (not a title or person). They say nothing of the message's
    language (the extractor reads some words of other languages, and chat spellings such as "serie" for series),
    so they count neither way: one such word in an English request ("irish crime serie") never tips it, and the
    decision rests on the share of the other words that are English. A message really in another language still
    holds its own words outside any constraint ("quiero", "una", "de")."""
    spans = [(e.start, e.end) for e in entities if e.start is not None and e.end is not None
             and e.name not in ("title", "actor", "director")]
    return frozenset(m.group().lower() for m in _WORD.finditer(text)
                     if any(s <= m.start() and m.end() <= e for s, e in spans))


def _understood(text: str, entities: Sequence[Entity]) -> bool:
    """Every word that says what to watch lies inside a constraint the extractor read, or a catalog person it read
    beside one: the extractor knows some genre, format and origin words of other languages (contract.vocabulary:
    "una comedia", "serie coreane", "películas con <actor>"), and a request it understood whole is answered, whatever
    its language; the few grammar words of those languages (``_FOREIGN_GRAMMAR``: "un documentaire sur la nature")
    say nothing to watch. With no content word, a message of read constraints, English filler and those grammar words
    ("a film, pas une série") is understood too; any other foreign word ("ich möchte ... einen film") leaves it to the
    checks below. A message needs a constraint: a title or a person alone does not count (a foreign title in a foreign
    request is still not understood)."""
    located = [e for e in entities if e.start is not None and e.end is not None]
    spans = [(e.start, e.end) for e in located if e.name not in _NAMES]
    if not spans:
        return False
    read = spans + [(e.start, e.end) for e in located if e.name in _PEOPLE]
    words = list(_WORD.finditer(text))

    def inside(m: re.Match[str]) -> bool:
        return any(s <= m.start() and m.end() <= e for s, e in read)

    def plain(m: re.Match[str]) -> bool:
        return m.group().lower() in FILLER_WORDS or m.group().lower() in _FOREIGN_GRAMMAR

    content = [m for m in words if not plain(m) and m.group().lower() not in FOREIGN_FUNCTION_WORDS
               and len(m.group()) >= MIN_CONTENT_LETTERS]
    if content:
        return all(inside(m) for m in content)
    return all(inside(m) or plain(m) for m in words)


_PEOPLE = ("actor", "director")
_NAMES = ("title", "unknown_person", *_PEOPLE)  # names, no constraint on what to watch
# The grammar words of a short mixed request (contract.words, round 25a): articles, prepositions, "with", negators.
_FOREIGN_GRAMMAR = FOREIGN_ARTICLES | FOREIGN_PREPOSITIONS | FOREIGN_WITH_WORDS | FOREIGN_NEGATION_WORDS


# Words before a name ("something like La Casa de Papel", "a film by Pedro Almodóvar", "set in São Paulo"): the
# foreign words after them are a name, not the request.
_NAME_CUES = frozenset({"like", "called", "named", "titled", "by", "in", "from", "with", "starring", "featuring",
                        "watched", "seen", "loved", "liked", "enjoyed", "about", "of"})


def _request_in_other_language(text: str, entities: Sequence[Entity], words: Sequence[str]) -> bool:
    """A mixed message ("una comedia romántica for tonight", "something to watch avec ma copine"): English filler
    around a request in another language. It is another language when every word that says what to watch is
    foreign — no English content word and no entity the extractor located there (a genre read from "comedia" is
    understood) — and the first foreign word follows no name cue (then it is a title, person or place)."""
    understood = [(e.start, e.end) for e in entities if e.start is not None and e.end is not None]
    located = {m.group().lower() for m in _WORD.finditer(text) if any(s <= m.start() and m.end() <= e for s, e in understood)}
    foreign_at: Optional[int] = None
    for i, w in enumerate(words):
        if w in FILLER_WORDS or w in FOREIGN_FUNCTION_WORDS or len(w) < MIN_CONTENT_LETTERS:
            continue
        if w in located or in_catalog_vocabulary(w) or in_catalog_vocabulary(unaccented(w)):
            return False  # the request says something we understand
        if foreign_at is None:
            foreign_at = i
    if foreign_at is None:
        return False
    before = [w for w in words[:foreign_at] if w not in FOREIGN_FUNCTION_WORDS or w in FILLER_WORDS]
    return not (before and before[-1] in _NAME_CUES)


def _short_in_other_language(found: Sequence[tuple[str, bool]], rest: str) -> bool:
    """A request of one or two words ("comedias románticas", "krimis oder dokus"): another language when none of its
    words is English, one of them is a content word (a greeting or thanks alone, "hola", "merci", is left to the
    NLU), there is the same positive evidence (a foreign function word or a letter English does not use), and no
    word is a word of a catalog title ("pokémon" said alone is a title, not Spanish)."""
    from actions.references import is_title_word  # actions.references does not import this module

    words = [w for w, _ in found]
    if not words or any(vocab or _is_english(w) for w, vocab in found):
        return False
    content = [w for w in words if w not in FOREIGN_FUNCTION_WORDS]
    evidence = any(w in FOREIGN_FUNCTION_WORDS for w in words) or bool(_NON_ENGLISH_LETTERS.search(rest))
    return bool(content) and evidence and not any(is_title_word(w) for w in content)


def _is_english(word: str) -> bool:
    if word in FOREIGN_FUNCTION_WORDS and word not in FILLER_WORDS:
        return False  # "de", "la", "un" occur in catalog descriptions (names) but mark another language
    return word in FILLER_WORDS or in_catalog_vocabulary(word)
