"""People the catalog does not have: "movies by <a director the catalog lacks>", "anything with <an actor it lacks>".

Without this rule such a name is either dropped (its words become a keyword search, or nothing is read at all and the
viewer gets unrelated picks) or read as the nearest catalog person by a typo rule ("Rainer Werner Fassbinder" as
Michael Fassbender). Either way the viewer is misled; the honest answer is "I don't have anything with <Name> here"
(actions/unknown_people.py), which needs the name read as a person.

A span of two or three words is an ``unknown_person`` when all of these hold:

* it stands where a person does: after a person cue ("by", "directed by", "with", "starring", "films of") or a joiner
  after a person ("with tom hanks and <name>"), before a work noun ("<name> films", "<name>'s movies"), or written with
  the viewer's capitals;
* it is name-shaped: no stop, request, chat or vocabulary word (genre, mood, country: "movies with korean actors"), no
  digits; the first word is a given name some catalog person has, or a strong cue stands before it ("directed by"),
  or, where a person stands, the last word is a surname one has ("buster keaton films": another Keaton) or the viewer
  capitalised it (capitals alone may be a title the catalog lacks: "something like Harbour Lights"; lowercase words no
  catalog name has after a weak cue may be typos: "late ninties grunge movies"); every later word is no everyday
  English (``typos.everyday_english``: the catalog's vocabulary or the general dictionary; after a strong cue the
  vocabulary only, as surnames fill dictionaries: "starring humphrey bogart") unless the viewer capitalised it or it is
  a catalog surname (or a middle given name) after a catalog given name ("cary grant"): "a film by the sea", "movies
  with a dog", "something with martial arts", "films with james bond", "odd request" are no people;
* capitalised everyday words are a name only where a person cue or a work noun right after places them ("Big Favour
  to ask" is nobody; "movies with Hunter Moss" is someone);
* it is nobody in the catalog, also allowing for a slip in either word ("jim carey" is Jim Carrey: the name rules
  read it), no title overlaps it ("the crown"), and it is no fictional character ("harry potter").

A work noun ("stuff", "movies", "ones") is never a word of a name, nor a person noun ("guy") its last word ("<name>,
<title word> guy" describes the person); a catalog person's full name read on words of the span wins over it; a name
placed only by standing alone after a title described by its contents ("the series with the <thing>, <name>") is as
likely a character, and is left unread.

A catalog person the name rules read on part of the span ("fassbinder" → Fassbender) gives way when the viewer's
given name is not that person's (``drop_shadowed``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Container, Iterable

from contract.gazetteer import Gazetteer
from contract.vocabulary import HOLIDAY_WORDS, SEASON_WORDS, topic_word
from contract.words import FOREIGN_HONORIFICS, FOREIGN_WITH_WORDS, foreign_courtesy_spans, in_catalog_vocabulary
from contract.world_countries import WORLD_CITIES, WORLD_COUNTRIES
from .english import dictionary_words
from .names import CHAT_WORDS, OPENING_FILLER, PERSON_NOUNS, SIMILAR_AFTER, VOWELS, Word, key, words
from .partial_names import CHARACTER_PAIRS
from .spans import P_CUED_NAME, P_LEXICON, Found, Match, single
from .typos import damerau_levenshtein, everyday_english, ordinary_english
from .unlisted_kinds import unlisted_kind

UNKNOWN_PERSON = "unknown_person"
PERSON_ENTITIES = frozenset({"actor", "director"})
MIN_WORDS, MAX_WORDS = 2, 3
# Words before a person's name: "directed by", "starring", "with", "the films of".
CUES_BEFORE = frozenset({("by",), ("with",), ("starring",), ("featuring",), ("feat",), ("ft",), ("directed", "by"),
                         ("films", "of"), ("movies", "of"), ("film", "of"), ("movie", "of"), ("work", "of"),
                         ("works", "of"), ("anything", "of")}) | frozenset(
                             (w,) for w in FOREIGN_WITH_WORDS)  # "un film avec <name>" (round 25a)
# Cues strong enough that a name needs no known given name or surname ("directed by sergio leone").
STRONG_CUES = frozenset({("by",), ("starring",), ("featuring",), ("directed", "by"), ("films", "of"), ("movies", "of"),
                         ("film", "of"), ("movie", "of"), ("work", "of"), ("works", "of")})
# Words joining a second person to one just named ("with tom hanks and <name>").
JOINERS = frozenset({"and", "or", "&", "nor"})
# Nouns after a person's name: "<name> films", "<name>'s movies".
# ("show" is left out: in "haha ok show me something" it is the verb)
WORK_NOUNS_AFTER = frozenset({"film", "films", "movie", "movies", "flick", "flicks", "picture", "pictures", "classics",
                              "stuff", "documentaries", "docs", "westerns", "comedies", "dramas"})
# Words before a subject or a place, never a person's place: "a documentary about <Name>", "set in <City>",
# "a comedy from <Country>", "a trip to <City>". Capitals after them name what the title is about or where it is set.
SUBJECT_BEFORE = frozenset({("about",), ("in",), ("from",), ("on",), ("at",), ("near",), ("around",), ("of",),
                            ("set", "in"), ("called",), ("named",), ("titled",), ("life", "of"), ("to",),
                            ("into",)})
# ... except "what about <Name>?" / "how about <Name>": a suggestion, the name in a person's place.
SUGGESTION_BEFORE_ABOUT = frozenset({"what", "how"})
# Greetings and wishes opening a capitalised phrase ("Merry Christmas", "Happy Thanksgiving"): never a given name.
GREETING_WORDS = frozenset({"happy", "merry", "hello", "hi", "hey", "dear", "good", "thanks", "cheers", "welcome",
                            "season's", "greetings", "bye"})
# Laughter and chat noise, never a name ("haha", "lol").
_CHAT_NOISE = frozenset({"haha", "hahaha", "hehe", "lol", "lmao", "rofl", "omg", "ok", "okay", "kk", "ya", "yeah", "yep",
                         "nah", "nope", "hmm", "umm", "uh", "ugh", "wow",
                         # greetings and ways of addressing the bot: "heya", "yo bot"
                         "heya", "hiya", "howdy", "yo", "sup", "wassup", "hallo", "hullo", "bot", "chatbot",
                         # chat spellings of asking for more: "moar", "mor pls"
                         "moar", "mor"})
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Prefixes that make an everyday word of an everyday word ("pregame", "postgame", "midweek", "overhype"): such a word
# is ordinary English though no shipped list holds it. "re" and "un" are left out: they open too many surnames.
EVERYDAY_PREFIXES = ("pre", "post", "mid", "over", "under", "out", "non", "anti", "semi", "super", "mini", "after",
                     "half", "self", "multi", "ultra", "mega")
MIN_PREFIXED_STEM = 4  # letters of the everyday word after the prefix ("pre" + "game")
MIN_SLIPPED_TITLE_WORD = 5  # a shorter word is one edit from too many title words to say it was one
MIN_MASH = 4  # letters of a keyboard row typed in a run: "asdf", "sdfghj"


def _with_deletes(word: str) -> tuple[str, ...]:
    """``word`` and every string one letter shorter: two words one edit apart (a letter added, dropped, changed or two
    swapped) share one of them."""
    return (word, *(word[:i] + word[i + 1:] for i in range(len(word))))


def _vowels_swapped_forms(word: str) -> Iterable[str]:
    """``word`` with two different vowels one letter apart swapped: every ``w`` with ``vowels_swapped(word, w)``, so
    a lookup costs a few set probes instead of a comparison with every title word."""
    for i in range(len(word) - 2):
        a, b = word[i], word[i + 2]
        if a != b and a in VOWELS and b in VOWELS:
            yield word[:i] + b + word[i + 1] + a + word[i + 3:]


def _keyboard_mash(bare: str) -> bool:
    """Letters hit at random, never a name: no vowel at all ("jhgjhg"), a run along a keyboard row ("sdfghj"), or a
    short chunk typed again and again ("asdasd")."""
    return (not any(c in "aeiouy" for c in bare)
            or (len(bare) >= MIN_MASH and any(bare in row for row in _KEYBOARD_ROWS))
            or any(len(bare) % n == 0 and len(bare) > n and bare == bare[:n] * (len(bare) // n) for n in (2, 3)))
# Words closing a likeness after a name ("a <name> type movie"), never part of it.
LIKENESS_AFTER = SIMILAR_AFTER | frozenset({"style", "sort", "like", "esque", "inspired"})
# A description of the person just named, set off by a comma or a dash: "<name>, the <title> guy", "<name> - the
# sarcastic one", "<name>, you know, the director".
_DESCRIBED_AFTER_RE = re.compile(
    rf"\s*[,:–—-]\s*(?:you\s+know\s*,?\s*)?(?:the|that)\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:{PERSON_NOUNS}|director|filmmaker|legend|master|icon)\b", re.IGNORECASE)
# ... or before it: "a french director, <name>", "that courtroom guy: <name>".
_DESCRIBED_BEFORE_RE = re.compile(
    rf"\b(?:the|that|this|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{PERSON_NOUNS}|director|filmmaker)\s*[,:–—-]\s*$",
    re.IGNORECASE)
MAX_DESCRIPTION = 80  # characters looked back for a description before a name
# Words that are never a word of a name: what a name is followed by ("<name> stuff", "<name> movies", "the scary
# ones"). A person noun closes a description, never a name ("stallone, creed guy"), though it may open one ("Lady
# Bird", "Guy Ritchie"): ``DESCRIPTION_NOUNS`` are no name's last word.
NEVER_NAME_WORDS = frozenset({"stuff", "movie", "movies", "film", "films", "show", "shows", "one", "ones",
                              # "directed by anybody at all": anyone at all, no person's name
                              "anybody", "anyone", "somebody", "someone", "everybody", "everyone", "nobody",
                              "whoever"})
DESCRIPTION_NOUNS = frozenset({"guy", "guys", "girl", "girls", "lady", "ladies", "dude", "gal"})
# A title described by what is in it, then a comma and a name: "that spy series with the bowler hats, <name>". The
# name then is as likely a character of it as a person; said with nothing else placing it, it is left unread.
_TITLE_DESCRIBED_RE = re.compile(
    r"\b(?:show|shows|series|movie|movies|film|films|flick|sitcom|cartoon|anime|documentary|doc|one)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:with|where)\s+(?:the|a|an|some|those|these|that|this|all|lots)\b"
    r"[^.;!?\n,:–—]*[,:–—-]\s*$", re.IGNORECASE)
# Words that may stand beside a name said on its own ("almodovar please", "john carpenter?", "park chan-wook
# anything"): the name is then the whole request of its clause.
ALONE_FILLER = frozenset({"please", "pls", "plz", "anything", "something", "stuff", "more", "some", "any", "just",
                          "only", "maybe", "what", "how", "about", "ok", "okay", "so", "hmm", "um", "well", "then",
                          "too", "thanks", "thx", "again", "instead", "now", "tonight", "perhaps", "got"})
# Characters ending a clause, around a name said on its own.
_CLAUSE_BREAK_RE = re.compile(r"[.,;:!?\n()–—]|\s-\s")
_SENTENCE_BREAK_RE = re.compile(r"[.;!?\n]")
# Letters of a single word read as a person the catalog lacks ("hitchcock movies"); shorter words are too often
# something else.
MIN_LONE_NAME = 4
MIN_LONE_LOWERCASE = 7  # letters of a lowercase single word before "movies" read as a person ("hitchcock movies")
# Work nouns after a single word that make it a person's work ("stuff", "classics" follow kinds as often).
FILM_NOUNS = frozenset({"film", "films", "movie", "movies", "flick", "flicks"})
P_LONE_NAME = P_LEXICON - 1  # below every vocabulary reading of the word
# How far a typed word may be from a catalog person's and still be that person (a slip or two in a long name).
MAX_NAME_EDITS = 2
SHORT_NAME = 5  # letters up to which one edit is all a slip may change
MIN_SHORT_GIVEN = 3  # letters a shortened given name keeps ("nic", "tom"); an initial is none


@dataclass(frozen=True)
class _Span:
    words: tuple[Word, ...]
    weak: bool = False  # placed only by standing alone in its clause, or a single word: any vocabulary reading wins

    @property
    def norms(self) -> tuple[str, ...]:
        return tuple(w.norm for w in self.words)


def _close(typed: str, name: str) -> bool:
    """``typed`` is ``name`` or a slip of it (one edit in a short word, two in a longer one)."""
    if typed == name:
        return True
    limit = 1 if min(len(typed), len(name)) <= SHORT_NAME else MAX_NAME_EDITS
    return abs(len(typed) - len(name)) <= limit and damerau_levenshtein(typed, name) <= limit


def _same_given(typed: str, name: str) -> bool:
    """``typed`` is the given name ``name``, with a slip or shortened ("nic" for Nicolas, "chris" for Christopher).
    An initial is no shortening of a typed given name: "james cameron" is not J. Smith-Cameron."""
    if min(len(typed), len(name)) < MIN_SHORT_GIVEN:
        return typed == name
    return _close(typed, name) or name.startswith(typed) or typed.startswith(name)


def place_names(countries: Iterable[str] = ()) -> frozenset[str]:
    """Lower-case names of places ("costa rica", "buenos aires", "sri lankan"): ``countries`` and the world's
    countries, demonyms and cities (``contract.world_countries``)."""
    return frozenset(n.lower() for n in (*countries, *WORLD_COUNTRIES, *WORLD_CITIES)) | frozenset(
        d for names in WORLD_COUNTRIES.values() for d in names)


class UnknownPeople:
    """The catalog's people by given name and by surname, and the reading of person-shaped spans outside them."""

    def __init__(self, gazetteer: Gazetteer, skip_words: Iterable[str],
                 near_vocabulary: Callable[[str], bool] = lambda word: False) -> None:
        self._skip = frozenset(skip_words)
        dictionary_words()  # read the general dictionary now, at start-up, not on the first viewer's turn
        self._near_vocabulary = near_vocabulary  # a slip of a vocabulary word ("documentry") is no name
        self._people: set[tuple[str, ...]] = set()
        self._people_by_family: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # by first word
        self._by_given: dict[str, set[str]] = defaultdict(set)
        self._by_surname: dict[str, set[str]] = defaultdict(set)
        for name in (*gazetteer.actors, *gazetteer.directors):
            k = key(name)
            if len(k) < 2:
                continue
            self._people.add(k)
            self._people_by_family[k[0]].add(k)
            self._by_given[k[0]].add(k[-1])
            self._by_surname[k[-1]].add(k[0])
        self._name_words = frozenset(self._by_given) | frozenset(self._by_surname)
        # places are never people: the catalog's countries, the world's countries, their demonyms and cities
        self._places = place_names(gazetteer.countries)
        self._titles = frozenset(key(t.title) for t in gazetteer.titles)
        self._title_words = frozenset(w for k in self._titles for w in k)
        # each long title word and its one-letter deletions: a lone word one edit from a title word shares one of them
        self._title_word_deletes = frozenset(v for w in self._title_words if len(w) >= MIN_SLIPPED_TITLE_WORD
                                             for v in _with_deletes(w))
        self._title_runs = frozenset(k[a:a + n] for k in self._titles for n in range(MIN_WORDS, MAX_WORDS + 1)
                                     for a in range(len(k) - n + 1))

    @property
    def given_names(self) -> frozenset[str]:
        """The given names of the catalog's people (first words of their names)."""
        return frozenset(self._by_given)

    def find(self, text: str, taken: list[Match]) -> list[Match]:
        """``unknown_person`` matches in ``text``; ``taken`` are the other rules' candidates (titles and people)."""
        message = words(text)
        layout = _Layout.of(text, message)
        person_ends = {other.end for other in taken if any(f.entity in PERSON_ENTITIES for f in other.found)}
        out: list[Match] = []
        i = 0
        while i < len(message):
            if layout.courtesy[i]:  # "ciao!", "namaste ji", "gamsahamnida": said to the bot, nobody (round 25a)
                i += 1
                continue
            if _out_of_place(message, i, person_ends):  # the whole capitalised run: "about Martin Luther King"
                i = _past_capitalised_run(text, message, i)
                continue
            span = self._span_at(text, message, i, person_ends, layout) or self._lone_at(text, message, i, layout)
            if span is None:
                i += 1
                continue
            first, last = span.words[0], span.words[-1]
            value = " ".join(w.capitalize() for w in text[first.start:last.end].replace("’", "'").split())
            # a lone word gives way to any vocabulary reading of it ("watching with grandma" is an audience)
            priority = P_LONE_NAME if span.weak or len(span.words) == 1 else P_CUED_NAME
            out.append(single(UNKNOWN_PERSON, first.start, _without_possessive(text, last), value, priority,
                              "unknown_person"))
            person_ends.add(last.end)
            i += len(span.words)
        surnames = [key(m.found[0].value)[-1] for m in out if not _one_word(text, m)]
        full_names = _full_names(text, taken) if out else []
        return [m for m in out if not _under_a_title(m, taken) and not self._read_as_the_same(m, taken, text)
                and m.found[0].value.lower() not in self._places
                and not _beside_a_full_name(m, full_names)
                and not (_one_word(text, m) and (_read_as_a_person(m, taken) or _said_in_full(m, surnames)))]

    def _span_at(self, text: str, message: list[Word], i: int, person_ends: set[int], layout: "_Layout"
                 ) -> _Span | None:
        """The longest name-shaped span at ``i`` with a person's place, or None."""
        cue = _cue_before(message, i)
        strong = cue in STRONG_CUES
        cued = cue is not None or _joined_to_a_person(message, i, person_ends)
        # (a description of a person after the span, "<name>, the courtroom guy", is as strong as "directed by")
        for n in range(MAX_WORDS, MIN_WORDS - 1, -1):
            part = message[i:i + n]
            if len(part) < n or any(layout.courtesy[i:i + n]) or not all(
                    self._name_word(w.norm) or _joined_syllable(text, part, k)
                    or (k == 0 and cued and _short_family_name(text, part)) for k, w in enumerate(part)):
                continue
            if any(_kind_or_occasion(text, w) for w in part):
                continue  # "summer camp movie", "surfing or skateboarding films": what a title is about
            if any(_possessive(w.norm) for w in part[:-1]) or not _spaced(text, part):
                continue
            if _bare(part[-1].norm) in DESCRIPTION_NOUNS:
                continue  # "<title word> guy": a description, never a name
            if _bare(part[-1].norm) in FOREIGN_HONORIFICS:
                continue  # "shahrukh ji": the honorific said after a name is no word of it (round 25a)
            span = _Span(tuple(part))
            capitals = _capitalised(text, part)
            described = _described_after(text, part[-1]) or _described_before(text, part[0])
            after = _noun_after(text, message, i + n) or described
            alone = layout.alone(i, i + n)
            if not (cued or after or capitals or alone):
                continue
            weak = not (cued or after or capitals)
            if weak and _title_described_before(text, part[0]):
                continue  # "that spy series with the bowler hats, <character>": a character as likely
            joined = _hyphen_joined(text, part)
            if (self._name_shaped(span, capitals, strong or described, placed=cued or after, alone=alone,
                                  joined=joined)
                    and not self._known(span, joined)
                    and not self._holds_a_catalog_person(span, part, text)):
                return _Span(span.words, weak=weak)
        return None

    def _lone_at(self, text: str, message: list[Word], i: int, layout: "_Layout") -> _Span | None:
        """One word where a person stands that is no English, no catalog vocabulary, no slip of a vocabulary word, no
        word of a catalog title (a studio: "stuff by dreamworks" finds its titles by name), no catalog given name or
        surname (the name rules' words: a sole bearer with a few credits is still who "<surname> films" means):
        "hitchcock movies", "anything by almodovar", "almodovar please", "mizoguchi. <titles>"."""
        w = message[i]
        bare = _bare(w.norm)
        if (len(bare) < MIN_LONE_NAME or not self._name_word(w.norm) or not _spaced(text, [w])
                or _kind_or_occasion(text, w)):
            return None
        if (everyday_word(bare, self._name_words) or in_catalog_vocabulary(bare) or bare in self._by_given
                or bare in self._title_words or bare in self._by_surname or self._near_vocabulary(bare)):
            return None
        if in_catalog_vocabulary(bare + "s") or in_catalog_vocabulary(bare + "es"):
            return None  # "pirate": its plural is catalog vocabulary
        if self._slip_of_a_title_word(bare):
            return None  # "sherlok": a title typed with a slip, which the title rules read
        cue = _cue_before(message, i)
        # after a plain "with" a lowercase word is as likely a companion or a thing ("with hubby"): capitals needed
        capitals = _capitalised(text, [w]) and any(x.end <= w.start for x in message)  # not the message's capital
        cued = cue in STRONG_CUES or (cue is not None and capitals)
        # before a work noun, a kind of film the vocabulary lacks is as likely ("grunge movies"): a long word, the
        # viewer's capitals or a possessive ("hitchcock's films")
        work = (_noun_after(text, message, i + 1) and message[i + 1].norm in FILM_NOUNS
                and (capitals or len(bare) >= MIN_LONE_LOWERCASE or _possessive(w.norm)))
        # a capitalised word opening the message as a sentence of its own with more said after it is an interjection
        # ("Splendid. And another like that", "Marvellous! more please"), unless a cue or a work noun places it
        opens = layout.opens_alone(i) and not (_capitalised(text, [w]) and layout.more_after(i))
        placed = cued or work or _described_after(text, w) or _described_before(text, w) or opens
        return _Span((w,), weak=True) if placed else None

    def _slip_of_a_title_word(self, bare: str) -> bool:
        """``bare`` is one edit from a word of a catalog title ("sherlok" → Sherlock), or the word with two vowels one
        letter apart swapped (``names.vowels_swapped``: "ragnorak" → Ragnarok, a slip of the ear the title rules
        read): words of five letters or more."""
        if len(bare) < MIN_SLIPPED_TITLE_WORD:
            return False
        if any(v in self._title_words for v in _vowels_swapped_forms(bare)):
            return True
        return any(v in self._title_word_deletes for v in _with_deletes(bare))  # symmetric deletes: constant time

    def _holds_a_catalog_person(self, span: _Span, part: list[Word] | None = None, text: str = "") -> bool:
        """Two or more words of the span are a catalog person's name: a word beside them is no part of a name the
        catalog lacks ("my dad loves clint eastwood westerns" is Clint Eastwood, not "Loves Clint Eastwood"). Words
        that cut a hyphen-joined given name in two are no such name ("jung woo" of "jung woo-sung": round 26d)."""
        norms = tuple(_bare(w) for w in span.norms)
        cut = {k for k in range(1, len(norms))
               if part is not None and text[part[k - 1].end:part[k].start] == "-"}  # a hyphen between k-1 and k
        return any(norms[a:b] in self._people for a in range(len(norms)) for b in range(a + 2, len(norms) + 1)
                   if (a, b) != (0, len(norms)) and a not in cut and b not in cut)

    def _name_word(self, norm: str) -> bool:
        bare = _bare(norm)
        return (bare.isalpha() and len(bare) >= 2 and bare not in self._skip and bare not in LIKENESS_AFTER
                and bare not in NEVER_NAME_WORDS
                and bare not in CHAT_WORDS and bare not in OPENING_FILLER and bare not in _CHAT_NOISE
                and not unlisted_kind(bare)  # "isekai please", "blumhouse movies": a kind or studio, no person
                and not _keyboard_mash(bare))

    def _name_shaped(self, span: _Span, capitals: bool, strong_cue: bool, placed: bool, alone: bool = False,
                     joined: frozenset[str] = frozenset()) -> bool:
        """``joined``: words hyphen-joined to a neighbour ("sang" of "Sang-soo"), syllables of a name rather than the
        dictionary words they spell alone."""
        norms = [_bare(w) for w in span.norms]
        if tuple(norms[:2]) in CHARACTER_PAIRS or tuple(norms) in self._titles:
            return False
        if capitals and not (strong_cue or placed) and all(everyday_english(w) for w in norms):
            return False  # "Odd Whim, any anime?", "Big Favour to ask": everyday words capitalised, no person cue
        given = norms[0] in self._by_given
        middle = set(norms[1:-1])
        # after a strong cue ("directed by", "starring") only the catalog's vocabulary speaks against a name: a
        # surname may be a dictionary word ("starring humphrey bogart"); elsewhere any everyday word does ("weird request")
        english = ordinary_english if strong_cue else everyday_english
        later_plain = capitals or all(
            w in joined or not english(w) or (given and (w in self._by_surname or (w in middle and w in self._by_given)))
            for w in norms[1:])
        # (a name none of whose words the catalog knows, lowercase after a weak cue, may be a typo: "ninties grunge")
        # capitals alone, where no person cue or work noun stands, are as likely a title the catalog lacks
        # ("something like Harbour Lights"): then a catalog given name must say it is a person
        # ("Ingmar Bergman": a catalog surname after a capitalised word no English has is a person too)
        surname = norms[-1] in self._by_surname
        # a name said on its own ("john carpenter?"), lowercase, needs a catalog given name or surname: capitals alone
        # there are as likely a title
        named = strong_cue or given or (placed and (capitals or surname)) or (
            (capitals or alone) and surname and not everyday_english(norms[0]))
        if alone and not (strong_cue or placed or capitals) and tuple(norms) in self._title_runs:
            return False  # standing alone is the weakest place: "hill house" is a title said in part
        return later_plain and named

    def _known(self, span: _Span, joined: frozenset[str] = frozenset()) -> bool:
        """The span is a catalog person, maybe with a slip in a word, or a part of one ("samuel jackson"). A given
        name of hyphen-joined syllables after a family name ("choi min-sik") is no surname: the whole name must be a
        catalog person's, syllable by syllable (``_same_syllable``; round 26d: "Choi", "Min" and "Sik" each open or
        close catalog names, none of them this one)."""
        norms = tuple(_bare(w) for w in span.norms)
        if norms in self._people:
            return True
        if len(norms) == MAX_WORDS and norms[1] in joined and norms[2] in joined:
            return any(len(k) == MAX_WORDS and k[0] == norms[0] and _same_syllable(norms[1], k[1])
                       and _same_syllable(norms[2], k[2]) for k in self._people_by_family.get(norms[0], ()))
        given, surname = norms[0], norms[-1]
        if any(_close(surname, s) for s in self._by_given.get(given, ())):
            return True
        return any(_same_given(given, g) for g in self._by_surname.get(surname, ()))

    def _read_as_the_same(self, match: Match, taken: list[Match], text: str = "") -> bool:
        """A name rule read a catalog person on all these words ("thomas hanks" is Tom Hanks), or on some of them with
        the viewer's given name being theirs: the words are theirs. A person read on one word under another given
        name ("rainer werner fassbinder" → Fassbender, "humphrey bogart" → a Humphrey) is not."""
        given = _bare(key(match.found[0].value)[0])
        for other in taken:
            if other.end <= match.start or other.start >= match.end:
                continue
            if other.end < match.end and text[other.end:other.end + 1] == "-":
                continue  # "jung woo" of "jung woo-sung": a reading that cuts a joined given name (round 26d)
            for f in other.found:
                covers = other.start <= match.start and other.end >= match.end
                if f.entity in PERSON_ENTITIES and (covers or _same_given(given, key(f.value)[0])):
                    return True
                if f.entity in PERSON_ENTITIES and self._verb_before_possessive(match, other, given, text):
                    return True
        return False

    def _verb_before_possessive(self, match: Match, other: Match, given: str, text: str) -> bool:
        """Round 30B: a catalog person read on the span's last word, said in the possessive, after a word that is
        nobody's given name ("rewatched nolan's <title>", "binged fincher's <title>"): the word before is the viewer's
        verb, no first name of someone the catalog lacks ("John Nolan's films" keeps its given name)."""
        return (other.start > match.start and other.end >= match.end and given not in self._by_given
                and text[match.end:match.end + 2] in ("'s", "’s"))


def _joined_syllable(text: str, part: list[Word], k: int) -> bool:
    """Word ``k`` of ``part`` is a syllable hyphen-joined to the next word of the span ("ho" of "kang ho-jin", "ma" is
    no such syllable: a family name stands apart): letters only, the hyphen with no space (round 26d)."""
    w = part[k]
    return (k + 1 < len(part) and w.norm.isalpha() and len(w.norm) >= 2
            and text[w.end:part[k + 1].start] == "-" and part[k + 1].norm.isalpha())


# Family names that are English words too ("ma", "so", "oh"): a name's first word only before a hyphen-joined given
# name and after a person cue ("anything with so min-ah"), never on their own.
SHORT_FAMILY_NAMES = frozenset({"ma", "so", "oh", "ha", "na", "go", "do", "an", "yu", "ko", "no", "mo"})


def _short_family_name(text: str, part: list[Word]) -> bool:
    """``part`` is a short family name and a given name of two hyphen-joined syllables ("ma jin-woo": round 26d)."""
    return (len(part) == 3 and part[0].norm in SHORT_FAMILY_NAMES and text[part[0].end:part[1].start].isspace()
            and _joined_syllable(text, part, 1))


def _same_syllable(typed: str, name: str) -> bool:
    """A syllable of a hyphen-joined given name as the catalog writes it, romanised either way ("hoon" / "hun") or with
    one slip in a long one ("seung" / "sueng"); another syllable is another name ("sik" is no "soo", "jin" no "jun")."""
    typed, name = typed.replace("oo", "u"), name.replace("oo", "u")
    return typed == name or (min(len(typed), len(name)) > MIN_SHORT_GIVEN and damerau_levenshtein(typed, name) <= 1)


def _described_before(text: str, first: Word) -> bool:
    """A description of a person stands right before the name: "a french director, <name>", "the courtroom guy -
    <name>"."""
    return _DESCRIBED_BEFORE_RE.search(text, max(0, first.start - MAX_DESCRIPTION), first.start) is not None


def _described_after(text: str, last: Word) -> bool:
    """The name is followed by a description of a person: "<name>, the halloween guy", "<name> - the funny one"."""
    return _DESCRIBED_AFTER_RE.match(text, last.end) is not None


@dataclass(frozen=True)
class _Layout:
    """Where a message's clauses and sentences start and which words are filler, read once per message (a name said
    on its own is checked at every word; rescanning the text there made long messages quadratic)."""

    clause: tuple[int, ...]        # clause number of each word (commas, dashes and sentence ends split clauses)
    sentence: tuple[int, ...]      # sentence number of each word (".", "!", "?", ";", a new line)
    content: tuple[bool, ...]      # the word is no filler
    content_in_clause: dict[int, int]
    content_in_sentence: dict[int, int]
    content_before: tuple[int, ...]  # content words before each word
    courtesy: tuple[bool, ...]     # the word is part of a foreign courtesy ("ciao", "namaste ji": contract.words)

    @classmethod
    def of(cls, text: str, message: list[Word]) -> "_Layout":
        clause, sentence, content, before = [], [], [], []
        c = n = seen = 0
        courtesies = foreign_courtesy_spans(text)
        courtesy = tuple(any(s <= w.start and w.end <= e for s, e in courtesies) for w in message)
        for k, w in enumerate(message):
            if k:
                gap = text[message[k - 1].end:w.start]
                c += 1 if _CLAUSE_BREAK_RE.search(gap) else 0
                n += 1 if _SENTENCE_BREAK_RE.search(gap) else 0
            clause.append(c)
            sentence.append(n)
            content.append(w.norm not in ALONE_FILLER and not courtesy[k])
            before.append(seen)
            seen += content[-1]
        in_clause: dict[int, int] = defaultdict(int)
        in_sentence: dict[int, int] = defaultdict(int)
        for k in range(len(message)):
            in_clause[clause[k]] += content[k]
            in_sentence[sentence[k]] += content[k]
        return cls(tuple(clause), tuple(sentence), tuple(content), dict(in_clause), dict(in_sentence), tuple(before),
                   courtesy)

    def alone(self, lo: int, hi: int) -> bool:
        """Words ``lo``..``hi`` are the whole of their clause, but for filler ("almodovar please", "john carpenter?")."""
        clause = self.clause[lo]
        return (all(self.clause[k] == clause for k in range(lo, hi))
                and self.content_in_clause[clause] == sum(self.content[lo:hi]))

    def more_after(self, i: int) -> bool:
        """Content words follow word ``i``'s sentence."""
        return any(self.content[k] and self.sentence[k] > self.sentence[i] for k in range(i + 1, len(self.content)))

    def opens_alone(self, i: int) -> bool:
        """Word ``i`` is its whole sentence but for filler, and that sentence opens the message: "almodovar please",
        "kurosawa. <titles he made>". (A comma ends no sentence here: "grunge, something loud" lists a kind.)"""
        return self.content_before[i] == 0 and self.content_in_sentence[self.sentence[i]] == self.content[i]


def everyday_word(bare: str, name_words: Container[str] = frozenset()) -> bool:
    """``bare`` is everyday English (``everyday_english``: the catalog's vocabulary or the dictionary) or an everyday
    prefix before an ordinary word of
    ``MIN_PREFIXED_STEM`` letters or more ("pregame", "midweek": ``EVERYDAY_PREFIXES``) that is no word of a name
    (``name_words``: "pre" + "scott" is a surname, as the catalog's descriptions name people too)."""
    if everyday_english(bare):
        return True
    return any(bare.startswith(p) and len(stem := bare[len(p):]) >= MIN_PREFIXED_STEM and everyday_english(stem)
               and stem not in name_words for p in EVERYDAY_PREFIXES)


def _title_described_before(text: str, first: Word) -> bool:
    """The clause before the name describes a title by what is in it: "the series with the flat caps, <name>"."""
    return _TITLE_DESCRIBED_RE.search(text, max(0, first.start - MAX_DESCRIPTION), first.start) is not None


def _full_names(text: str, taken: list[Match]) -> list[tuple[int, int]]:
    """Where a name rule read a catalog person on two words or more (read once per message: long messages)."""
    return sorted({(o.start, o.end) for o in taken if any(f.entity in PERSON_ENTITIES for f in o.found)
                   and len(words(text[o.start:o.end])) >= 2})


def _beside_a_full_name(match: Match, full_names: list[tuple[int, int]]) -> bool:
    """A catalog person's full name read on words the span shares without covering it all: the catalog's name wins
    ("mike flanagan stuff" is Mike Flanagan, never "Flanagan Stuff")."""
    return any(start < match.end and end > match.start and not (match.start <= start and end <= match.end)
               for start, end in full_names)


def _one_word(text: str, match: Match) -> bool:
    return len(words(text[match.start:match.end])) == 1


def _said_in_full(match: Match, surnames: list[str]) -> bool:
    """A lone word that is, maybe with a slip, the surname of a full name said in the message too ("the bergmann
    films? ingmar bergman"): one person, named by the full name."""
    word = key(match.found[0].value)[0]
    return any(_close(word, s) for s in surnames)


def _read_as_a_person(match: Match, taken: list[Match]) -> bool:
    """A name rule read a catalog person on the word: a lone word is theirs ("the bergmann films" is a slip of a
    catalog surname unless a full name later says otherwise, which ``drop_shadowed`` settles)."""
    return any(other.start < match.end and other.end > match.start and f.entity in PERSON_ENTITIES
               for other in taken for f in other.found)


def _under_a_title(match: Match, taken: list[Match]) -> bool:
    """A title read on all the span's words ("tiger king", "ruby sparks") keeps them; a one-word title on a part of
    the name ("Greta" of a Greta the catalog lacks) does not."""
    return any(f.entity == "title" and other.start <= match.start and other.end >= match.end
               for other in taken for f in other.found)


def drop_shadowed(found: list[Found]) -> list[Found]:
    """A catalog person read on a word of an unknown person's name, here or elsewhere in the message ("the fassbinder
    films? rainer werner fassbinder"), is that unknown person misread: their surnames are one slip apart."""
    unknown = [key(f.value)[-1] for f in found if f.entity == UNKNOWN_PERSON]
    if not unknown:
        return found
    return [f for f in found if not (f.entity in PERSON_ENTITIES
                                     and any(_close(surname, key(f.value)[-1]) for surname in unknown))]


def _hyphen_joined(text: str, part: list[Word]) -> frozenset[str]:
    """The words of ``part`` joined to a neighbour by a hyphen ("hong sang-soo": sang, soo)."""
    links = [k for k in range(1, len(part)) if text[part[k - 1].end:part[k].start] == "-"]
    return frozenset(_bare(part[j].norm) for k in links for j in (k - 1, k))


def _bare(norm: str) -> str:
    """A word without a possessive ending ("kubrick's" → "kubrick")."""
    return norm[:-2] if _possessive(norm) else norm


def _possessive(norm: str) -> bool:
    return norm.endswith("'s") and len(norm) > 2


def _without_possessive(text: str, w: Word) -> int:
    return w.end - 2 if _possessive(w.norm) else w.end


def _cue_before(message: list[Word], i: int) -> tuple[str, ...] | None:
    """The person cue ending right before word ``i``, longest first."""
    for n in (2, 1):
        before = tuple(w.norm for w in message[max(0, i - n):i])
        if len(before) == n and before in CUES_BEFORE:
            return before
    return None


def _out_of_place(message: list[Word], i: int, person_ends: set[int]) -> bool:
    """Word ``i`` opens no person's name: a greeting ("Merry Christmas") or, with no person cue, a subject or a place
    ("a documentary about <Name>", "set in <City>")."""
    if message[i].norm in GREETING_WORDS:
        return True
    cued = _cue_before(message, i) is not None or _joined_to_a_person(message, i, person_ends)
    return not cued and _subject_before(message, i)


def _past_capitalised_run(text: str, message: list[Word], i: int) -> int:
    """The index after the capitalised words from ``i`` on (at least one word), so no name starts inside the run."""
    j = i + 1
    while j < len(message) and text[message[j].start].isupper() and text[message[j - 1].end:message[j].start].isspace():
        j += 1
    return j


def _subject_before(message: list[Word], i: int) -> bool:
    """A subject or place word ends right before word ``i`` ("about", "set in", "from"), not "what/how about"."""
    for n in (2, 1):
        before = tuple(w.norm for w in message[max(0, i - n):i])
        if len(before) == n and before in SUBJECT_BEFORE:
            return not (before == ("about",) and i >= 2 and message[i - 2].norm in SUGGESTION_BEFORE_ABOUT)
    return False


def _joined_to_a_person(message: list[Word], i: int, person_ends: set[int]) -> bool:
    """"... with tom hanks and <name>": a joiner right after a person read before."""
    return i >= 2 and message[i - 1].norm in JOINERS and message[i - 2].end in person_ends


def _noun_after(text: str, message: list[Word], j: int) -> bool:
    """A work noun follows at word ``j`` in the same phrase, or the span ends with a possessive ("kubrick's"). A noun
    after a break is no name's work: in "Weird Whim: comedies ..." the colon ends what came before."""
    if j > 0 and _possessive(message[j - 1].norm):
        return True
    return (0 < j < len(message) and message[j].norm in WORK_NOUNS_AFTER
            and text[message[j - 1].end:message[j].start].isspace())


def _spaced(text: str, part: list[Word]) -> bool:
    """Words of a name: apart by spaces (or a hyphen inside a word of it: "park chan-wook"), no path or address around
    them ("by nlu/extraction/x.py"), and no hyphenated word cut at either end."""
    if not all(text[a.end:b.start].isspace() or text[a.end:b.start] == "-" for a, b in zip(part, part[1:])):
        return False
    before = text[part[0].start - 1:part[0].start] if part[0].start else ""
    after = text[part[-1].end:part[-1].end + 2]
    if before and before in _JOINED_CHARS + ".-":
        return False
    if after[:1] == "-" and after[1:2].isalpha():
        return False
    return not (after[:1] and after[:1] in _JOINED_CHARS) and not (after[:1] == "." and after[1:2].isalnum())


_JOINED_CHARS = "/\\@_#"


def _kind_or_occasion(text: str, w: Word) -> bool:
    """``w`` is vocabulary that says what a title is about or when it is watched, never a word of a name: a topic that
    names a kind ("skateboarding", "dragons", or a slip of one: ``vocabulary.topic_word``), a holiday ("christmas") or, written
    lowercase, a season ("summer camp"; "Summer" and "Autumn" are given names too)."""
    bare = _bare(w.norm)
    return (topic_word(bare, in_catalog_vocabulary) is not None or bare in HOLIDAY_WORDS
            or (bare in SEASON_WORDS and text[w.start].islower()))


def _capitalised(text: str, part: list[Word]) -> bool:
    """Every word written with a capital first and the rest lowercase ("Greta Garbo", not "GRETA GARBO")."""
    return all(text[w.start].isupper() and not text[w.start:w.end].isupper() for w in part)
