"""Titles and people from the gazetteer: "like Stranger Things" → title (similar), "directed by
martin scorsese" → director, "with Adam Sandler" → actor.

Precision rules (why a catalog of 8.8k titles does not turn every request into a title lookup):

* People are matched by their full names; a surname alone only through ``LooseNames`` (a unique
  well-known bearer and evidence in the message), which also reads possessives, spacing, initials and
  small typos (docs/contracts.md §5 "People and titles in free text"), and a short or familiar given name before a
  credited person's surname ("mo freeman", "benny cumberbatch": given_name_forms.py). A one-word stage name ("Kajol",
  "Zendaya") is a person only when no common English word, vocabulary phrase, title or other person's name
  word is spelt like it, and a person cue ("with", "starring", "by"), a work noun after it ("Prabhas
  films") or the user's capital supports it (``NameMatcher._mononym_matches``); a well-known person's
  initials typed in capitals, with a cue or a work noun or genre word ("SRK films", "JCVD action"), are that person. A well-known nickname
  (contract/data/nicknames.tsv: "scarjo", "the rock") is its person like the full name, with a cue when it is an
  ordinary word (``NameMatcher._nickname_matches``).
* A title is *strong* when it has two or more content words that are not stop/request words
  ("Stranger Things", "Black Mirror", "Sex Education"). Strong titles match anywhere, in any case.
* A *weak* title — one content word that is rare in English ("Ozark", "Lucifer", "Guilty") or a
  multi-word title made of ordinary words ("The Office", "Love Is Blind") — needs evidence: a cue
  word before it ("like", "watch", "about", "similar to", "loved" ...), quotes, the user's own
  capitals ("The Office", "Ozark"), or being the whole message (unless that message is chat such
  as "thank you").
* A *weak single* title — an ordinary word ("Her", "You", "Dark", "Love") or a phrase the lexicon
  already reads ("Heist", "Scary Movie") — needs quotes, or a cue *and* capitals ("watch Her",
  "something like Dark"), since "like it" or "I'd like dark comedies" are not title requests.
* A weak title followed by another capitalised word is rejected: in "like Money Heist" the user
  names something the catalog does not have, not the film "Money".

Matching uses a hashed index of word sequences (punctuation ignored, accents folded) rather than a
spaCy PhraseMatcher: tokenising ~25k names with spaCy costs about ten seconds at start-up on the
project's machines, the index about a tenth of a second, and lookups stay O(words × name lengths).

Person roles: "directed by"/"by"/"director" prefer the director reading, "with"/"starring"/
"featuring" the actor one; without a cue an actor reading wins when the name is both, and a name
only known as a director is a director.

Longer than ~300 lines on purpose: exact, possessive, surname and typo readings of titles and
people share one resolver whose priorities must be read together.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.tokens import Span

from contract.availability import AVAILABLE, HERE, Slot, asked_slot, asks_only_if_missing, within_slot
from contract.comparisons import comparison_slots, cued_comparison_slots, fills_slot
from contract.gazetteer import QUALIFIER_RE, Gazetteer, plain_name, unqualified
from contract.numbers import as_words, number_word, spellings
from contract.praise import slang_praise_after_title
from contract.sound_alikes import sound_alike_spellings
from contract.stems import plural
from contract.words import (CATALOG_WORDS_FILE, CHILD_KIN_PATTERN, COURTESY_PATTERN, ELDER_KIN_PATTERN,
                            ENDING_CHAT_WORDS, FOREIGN_WITH_WORDS, SIBLING_IN_LAW_PATTERN, in_catalog_vocabulary, is_chat_word, is_filler, name_words, read_pairs)
from contract.world_countries import WORLD_CITIES, WORLD_COUNTRIES
from . import partial_names, title_parts
from .given_name_forms import ShortGivenNames, other_forms
from .common_words import common_words
from .typos import doubled_letter, damerau_levenshtein, everyday_english, ordinary_english
from .years import decade_bounds
from .title_parts import TitleParts
from .spans import P_CUED_NAME, P_NAME, P_STRUCTURED, Found, Match, replace_priority
from .utterance import QUOTES, Utterance

STRONG, WEAK, WEAK_SINGLE = "strong", "weak", "weak_single"
_TIER_ORDER = (WEAK_SINGLE, WEAK, STRONG)  # weakest first
# Short forms of a title's words (``NameMatcher._short_forms``): "parks n rec", "anne w an e", "sex ed".
SHORT_JOINERS = {"and": "n", "with": "w"}
MIN_CUT_WORD = 5  # a last word cut short is at least this long ("education" → "ed"; "heist" → "he" is a stop word)
MIN_CUT_CHARS = 2
MIN_RARE_PART = 5  # letters of a title's one rare word read as the title (round 26c)
MIN_RARE_SINGLE = 4  # one-word titles shorter than this are never "rare" ("Roma" is 4)
# Words a title of function words only must have to be read as a list member (round 33: "never have i ever").
MIN_FUNCTION_WORD_TITLE = 3
P_MENTIONED_NAME = P_NAME + 5  # a cue word confirms a name, but never outranks a runtime or a year

SIMILAR_CUES = frozenset({
    ("like",), ("similar", "to"), ("such", "as"), ("same", "as"), ("vein", "of"), ("lines", "of"),
    ("style", "of"), ("reminiscent", "of"), ("comparable", "to"), ("liked",), ("loved",), ("enjoyed",),
    # someone else's love of a title: "my son loves <show>", "she adores <show>" (a like-search for them)
    ("loves",), ("adores",), ("likes",), ("enjoys",), ("similar", "2"),
    ("fan", "of"), ("fans", "of"), ("vibe", "as"), ("vibes", "as"), ("similar", "vibe", "to"),
    # a title the viewer is fond of: "very fond of the crown", "obsessed with ozark", "hooked on dark"
    ("fond", "of"), ("obsessed", "with"), ("hooked", "on"), ("addicted", "to"),
    # another of the title, or a blend of two ("i need another <title>", "something in between <A> and <B>"; round 33)
    ("another",), ("between",),
})
# Round 27e: a fondness said of the title that is no likeness cue alone ("she is into <title>", "he can't stop watching
# <title>"); with these, and with any likeness cue when "the" stands before a title without it ("obsessed with the
# <title>"), the title is a similar one when more like it is asked after it (``NameMatcher._fond_then_likeness``).
FONDNESS_CUES = frozenset({("is", "into"), ("'s", "into"), ("’s", "into"), ("are", "into"), ("am", "into"),
                           ("'m", "into"), ("really", "into"), ("so", "into"), ("totally", "into"), ("super", "into"),
                           ("all", "into"), ("stop", "watching"),
                           ("enough", "of"), ("crazy", "about"), ("mad", "about"), ("nuts", "about")})
# Words turning a title down right before it ("not spy kids", "anything but the irishman", "skip raging bull").
TURNED_DOWN_CUES = frozenset({("not",), ("no",), ("except",), ("without",), ("skip",), ("minus",), ("but",),
                              ("excluding",), ("except", "for"), ("other", "than"), ("apart", "from"),
                              # a dislike said of the title: "she hates bridgerton", "can't stand narcos" (round 21b)
                              ("hate",), ("hates",), ("hated",), ("loathe",), ("loathes",), ("dislike",),
                              ("dislikes",), ("detest",), ("detests",), ("can't", "stand"), ("cant", "stand"),
                              ("ca", "n't", "stand")})
# After a title: "Queen's Gambit vibes", "a Stranger Things kind of show" → similar.
# "ozark kinda thing", "narcos sorta show", "dark similar pls": the likeness word after the title too ("kinda" and
# "sorta" only before a work noun or the clause's end: ``HEDGED_SIMILAR_AFTER``, "ozark kinda boring" is no likeness).
SIMILAR_AFTER = frozenset({"vibes", "vibe", "vibey", "esque", "ish", "type", "kind", "feel", "feels", "kinda", "sorta",
                           "similar"})
HEDGED_SIMILAR_AFTER = frozenset({"kinda", "sorta"})
HEDGED_LIKENESS_NOUNS = frozenset({"thing", "things", "show", "shows", "movie", "movies", "film", "films", "doc", "docs",
                                   "series", "stuff", "vibe", "vibes", "one", "ones", "type", "of", "pls", "please"})
MENTION_CUES = frozenset({
    ("watch",), ("watching",), ("watched",), ("seen",), ("see",), ("saw",), ("about",), ("called",), ("titled",),
    ("named",), ("play",), ("rewatch",), ("finished",), ("put", "on"), ("start",),
    # a title watched through: "binged ozark", "devoured narcos", "rewatched dark" (the actions read it as "like it")
    ("binged",), ("devoured",), ("rewatched",),
    ("binged", "all", "of"), ("watched", "all", "of"), ("finished", "all", "of"), ("devoured", "all", "of"),
})
# Cues after which a word is where a title goes: a title watched through or loved ("we just finished dark, …",
# "loved murder mystery"); "like" / "similar to" count after a noun ("ones like dark"; ``_noun_before_cue``).
WATCHED_CUES = frozenset({("finished",), ("binged",), ("devoured",), ("rewatched",), ("watched",), ("loved",),
                          ("liked",), ("enjoyed",), ("adored",), ("binged", "all", "of"), ("watched", "all", "of"),
                          ("finished", "all", "of"), ("devoured", "all", "of"), ("fond", "of"),
                          ("obsessed", "with"), ("hooked", "on"), ("addicted", "to")})
# Words after a title that end its slot: when it was watched ("dark last week"), not a noun it qualifies ("dark stuff").
SLOT_TIME_WORDS = frozenset({"last", "yesterday", "recently", "already", "again", "twice", "lately", "over", "on",
                             "this", "together"})
SLOT_JOINERS = frozenset({"and", "but", "so", "then", "now", "which", "it"})
# After a comma or joiner a new clause opens with a function word or one of these verbs ("…, need something trippy");
# a word of another kind goes on a list of wishes ("like dark, moody and slow").
SLOT_CLAUSE_VERBS = frozenset({"need", "want", "wanna", "looking", "got", "gimme", "recommend", "suggest", "give",
                               "find", "show", "loved", "love", "liked", "enjoyed", "ideas", "craving", "fancy"})
# An availability question names the title it asks about: "do you have the irishman?", "have you got narcos" (the
# words before it), "is the irishman on here", "is ozark available" (``is`` before it, where it is after it). A title
# there is cued like one after "watch"; a vocabulary word that is a one-word title is one there only when its slot
# closes and it names no kind of title ("do you have thriller?" asks for thrillers; "do you have anything funny", "do
# you have the time", "is there something dark" name no title).
AVAILABILITY_CUES = frozenset({("you", "have"), ("u", "have"), ("you", "got"), ("u", "got"), ("ya", "got"),
                               ("you", "guys", "have"), ("you", "guys", "got"), ("y'all", "have"), ("you", "carry"),
                               ("you", "stock"), ("you", "stream"),
                               # the service asked by its name: "does netflix have <title>", "has netflix got <title>"
                               ("netflix", "have"), ("netflix", "has"), ("netflix", "got"), ("yall", "have"),
                               ("y'all", "got")})
AVAILABILITY_AFTER = frozenset({("on", "here"), ("on", "this"), ("on", "there"), ("on", "netflix"), ("available",),
                                ("streaming",), ("here",), ("in", "your", "catalog"), ("in", "the", "catalog")})
AVAILABILITY_BE = frozenset({"is", "are"})
_AVAILABLE_RE = re.compile(AVAILABLE)
# Who the title is for, closing a message that opens with it: "<title> for my 1 year old", "<title> for the kids pls".
_FOR_SOMEONE_AFTER_RE = re.compile(r"\s*,?\s*for\s+(?:my|our|the|his|her|a|an)\s+[a-z0-9' -]{1,30}?"
                                   r"(?:\s+(?:please|pls|plz|tonight))?\s*[?!.]*\s*", re.IGNORECASE)


def _title_for_someone(utt: Utterance, span: Span) -> bool:
    """Round 34: the message is the title and who it is for ("cocomelon for my 1 year old"): the whole request, as the
    title alone is. Nothing but filler before it."""
    return (all(t.is_punct or t.is_space or t.lower_ in FILLER for t in utt.doc[:span.start])
            and _FOR_SOMEONE_AFTER_RE.fullmatch(utt.text, span.end_char) is not None)


# The kind of a title said after its name, closing the message: "<title> the tv show", "<title>, the movie?" (round 34).
_KIND_IN_APPOSITION_RE = re.compile(r"\s*,?\s*(?:the|a)\s+(?:tv\s+|netflix\s+)?(?:show|series|movie|film|sitcom|anime"
                                    r"|documentary|doc)(?:\s+(?:please|pls))?\s*[?!.]*\s*", re.IGNORECASE)
_HERE_AFTER_RE = re.compile(rf"\s+(?:{HERE}|there)\b", re.IGNORECASE)
AVAILABILITY_WORK_NOUNS = frozenset({"film", "movie", "show", "series", "doc", "documentary", "docuseries"})
DIRECTOR_CUES = frozenset({("directed", "by"), ("by",), ("director",), ("filmmaker",), ("from", "director"),
                           ("helmed", "by"), ("made", "by"), ("films", "by"), ("movies", "by")})
ACTOR_CUES = frozenset({("with",), ("starring",), ("featuring",), ("feat",), ("ft",), ("actor",),
                        ("actress",), ("stars",), ("star",), ("w/",), ("w",)})
ACTOR_CUES = ACTOR_CUES | frozenset((w,) for w in FOREIGN_WITH_WORDS)  # "películas con <actor>" (round 25a)
# A "by" after a verb of appearing on screen names the cast, never the director (round 22g): "narrated by
# attenborough" is the Attenborough of the documentaries' casts, not the one who directed films; "hosted by",
# "presented by", "voiced by". A cast cue like "with" (``ACTOR_CUES``), and no director cue (``_director_cue_before``).
CAST_BY_CUES = frozenset((verb, "by") for verb in ("narrated", "hosted", "presented", "voiced", "fronted", "performed",
                                                    "sung", "played", "starred"))
ACTOR_CUES = ACTOR_CUES | CAST_BY_CUES
# Request vocabulary: words that make a title look like an ordinary request ("Something Funny").
REQUEST_WORDS = frozenset("""
watch want need something anything good great best new old like love tonight night today weekend evening
time fun movie movies film films show shows series tv please recommend suggestion suggestions kids kid
family teen teens comedy drama horror funny dark scary light sad romantic action crime thriller
documentary story stories life day days year years minutes hour hours long short quick minute
""".split())
FILLER = frozenset({"please", "pls", "plz", "watch", "play", "i", "want", "to", "the", "show", "me",
                    "find", "search", "for", "put", "on"})
# English words among the catalog's one-word stage names that the catalog vocabulary (common_words) misses —
# no word-frequency model is available offline: "a movie with logic" is no rapper.
ENGLISH_STAGE_NAMES = frozenset("""astro flea gonzo logic muppets perfume madonna honduras ninja rain common
younuts sinbad""".split())
# Well-known people's surnames that are everyday English words the catalog vocabulary (common_words) misses:
# "wood films" is a woodworking request, "page turners", "a frost"; like "Rock" or "Cage" they name the person only
# after a strong cue ("by", "starring", a possessive) or typed with a capital beside another cue ("Wood films").
ENGLISH_SURNAMES = frozenset("""wood bacon bale bangs bean birch bridges buck cardinal cent coyote crews dyer electra
forte frost fuller gross hale hammer hardy heard hung idle keener levy lodge page pike pill pine plaza sands sink
slate smiley spade stamp sterling stiles tones tong tucker weaving shepherd porter booth foreman palmer fletcher shire
thorne underwood goodman newman clement wiley costa osaka geronimo devine batty bullock arias racks paisley martini
swank sanders pinto ryder newton helms hinds harden plummer burns brooks""".split())
# Well-known surnames that are also a topic viewers ask about — a historical figure, a place, a holiday or a
# character: "a documentary about nixon", "something set in salamanca", "a film for ramadan", "a christmas movie
# about rudolph". They name the person with evidence (a cue, capitals, "<name> film"), never alone
# (``LooseNames.distinctive``).
TOPIC_SURNAMES = frozenset("""nixon cromwell rudolph ramadan salamanca hudson ferguson kemper madeira pekin leone
livingston coolidge lennon cervantes bosch engels hopkins lincoln""".split())
# A distinctive surname needs no cue, but not as the topic of a request: after about / on / of / for / set in
# (and an article), or right after "a"/"an" ("about a bullock"). "in the mood for tarantino" is a wish, not a topic.
_TOPIC_BEFORE_RE = re.compile(r"(?:\b(?:about|on|regarding|re|of|in|for)\s+(?:(?:a|an|the|this|that|some)\s+)?"
                              r"|\b(?:a|an)\s+)$", re.IGNORECASE)
_WISH_FOR_RE = re.compile(r"\b(?:mood|hankering|craving|itch|feeling)\s+for\s+$", re.IGNORECASE)
# Chat that happens to be a title ("Thank You", "Hello", "Help"): never a title just for being alone.
# Chatter around a title said on its own ("<title> lol dont judge", "<title> ngl"): no request, no topic.
CHATTER_WORDS = frozenset("""dont don't judge me ngl tbh honestly omg lowkey fr idk srsly seriously yeah yep just
obviously btw""".split())
CHAT_WORDS = frozenset("""thank thanks hello hi hey bye goodbye help yes no ok okay sorry please start over again
more stop cancel reset human agent perfect great cool nice good morning night""".split())
_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class NameInfo:
    """What a gazetteer key stands for."""

    canonical: str
    tier: str = STRONG
    actor: bool = False
    director: bool = False
    mainly_director: bool = False  # credited both ways, directing at least as often: the default role


@dataclass(frozen=True)
class Word:
    """A word of the message: normalised form and exact character offsets."""

    norm: str
    start: int
    end: int


def fold(text: str) -> str:
    """Lowercase and strip accents so "almodovar" finds "Almodóvar"."""
    s = text.lower().replace("’", "'")
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def words(text: str) -> list[Word]:
    """Word tokens (punctuation skipped) of ``text`` with offsets into ``text`` itself."""
    return [Word(fold(m.group()), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def key(text: str) -> tuple[str, ...]:
    """Lookup key of a name: its normalised words (same normalisation as ``words``)."""
    return tuple(_WORD_RE.findall(fold(text)))


_ROMAN = {"II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8", "IX": "9", "X": "10"}
_ROMAN_RE = re.compile(r"(?<=\w )(" + "|".join(sorted(_ROMAN, key=len, reverse=True)) + r")\b")
_ARABIC_RE = re.compile(r"(?<=\w )([2-9]|10)\b")
_ARABIC = {v: k for k, v in _ROMAN.items()}


def ambiguous_unqualified(titles: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Keys of unqualified titles that would name more than one title: "Boomika (Hindi)" and "Boomika
    (Telugu)", or "Seven (Tamil)" beside a catalog title "Seven". Those keep only their qualified name."""
    titles = list(titles)
    counts = Counter(key(unqualified(t)) for t in titles if unqualified(t) != t)
    plain = {key(t) for t in titles if unqualified(t) == t}
    return frozenset(k for k, n in counts.items() if n > 1 or k in plain)


def title_variants(title: str, unqualified_alias: bool = True) -> set[str]:
    """How people type a title: "&" as "and", apostrophes and hyphens dropped, no "(U.S.)" suffix (unless
    that name is another title's too: ``ambiguous_unqualified``), no leading "The" for longer titles, a
    sequel number in digits or roman numerals ("blue planet 2")."""
    out = {title, unqualified(title)} if unqualified_alias else {title}
    if unqualified_alias and (qualifier := QUALIFIER_RE.search(title)):  # "the office us" for "(U.S.)"
        out.add(f"{unqualified(title)} {qualifier.group().strip(' ()').replace('.', '')}")
    for t in list(out):
        out |= {t.replace("&", "and"), re.sub(r"['’]", "", t), t.replace("-", ""),
                _ROMAN_RE.sub(lambda m: _ROMAN[m[1]], t), _ARABIC_RE.sub(lambda m: _ARABIC[m[1]], t)}
    for t in list(out):
        if t.lower().startswith("the ") and len(t.split()) > 2:
            out.add(t[4:])
    for t in list(out):  # "dr zhivago" for "Doctor Zhivago", "doctor strange" for "Dr. Strange" (round 20j)
        out |= {_TITLE_ABBREVIATION_RE.sub(lambda m: _TITLE_ABBREVIATIONS[m[0].lower().rstrip(".")], t)}
    return {t for t in out if t.strip()}


def _drops_article(variant: str, variants: set[str]) -> bool:
    """``variant`` is another of the title's names with its leading "The" left out (``title_variants``)."""
    return any(v[:4].casefold() == "the " and v[4:] == variant for v in variants)


# Titles' words that are typed in their short or long form: "dr" / "doctor", "mr" / "mister", "st" / "saint".
_TITLE_ABBREVIATIONS = {"doctor": "dr", "dr": "doctor", "mister": "mr", "mr": "mister"}
_TITLE_ABBREVIATION_RE = re.compile(r"\b(?:doctor|mister|dr\.?|mr\.?)(?=\s)", re.IGNORECASE)


# A title's head before its subtitle ("Tiger King: Murder, ...", "Love, Death & Robots - The Afterparty"), and a part's
# number after a franchise's name ("Fear Street Part 1").
_TITLE_HEAD_RE = re.compile(r"(?P<head>[^:]+?)\s*(?::|\s[-–]\s)")
_PART_NUMBER_RE = re.compile(r"\s+(?:part|vol\.?|volume|chapter|book)\s+(?:\d+|[ivx]+|one|two|three)\s*$", re.IGNORECASE)


def _head_of(title: str) -> str:
    """The title's words before its subtitle ("Fear Street" of "Fear Street Part 1: 1994"), or the title itself."""
    m = _TITLE_HEAD_RE.match(title)
    return _PART_NUMBER_RE.sub("", m["head"]) if m else title


def _natural_order(title: str) -> tuple:
    """Titles in reading order with their numbers as numbers ("Part 2" before "Part 10")."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.casefold()) for p in re.split(r"(\d+)", title) if p)


# Well-known nicknames of catalog people ("srk", "the rock", "jlo"), shipped beside the catalog vocabulary.
NICKNAMES_FILE = CATALOG_WORDS_FILE.parent / "nicknames.tsv"


@lru_cache(maxsize=1)
def nicknames(path: Path = NICKNAMES_FILE) -> dict[tuple[str, ...], str]:
    """Nickname key → the person's exact catalog name, read once per process."""
    return {key(nickname): name for nickname, name in read_pairs(path).items()}


class NameIndex:
    """Word-sequence index: name key → info, with the possible lengths per first word."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], NameInfo] = {}
        self._lengths: dict[str, set[int]] = {}

    def add(self, k: tuple[str, ...], info: NameInfo) -> None:
        if k and k not in self.entries:
            self.entries[k] = info
            self._lengths.setdefault(k[0], set()).add(len(k))

    def find(self, message: list[Word], last_forms: list[Word | None] | None = None
             ) -> Iterator[tuple[int, int, NameInfo]]:
        """(start char, end char, info) for every indexed name occurring in ``message``.

        ``last_forms`` gives, per word, another reading allowed for a name's last word only
        (the possessive "Sandler's" → "sandler", ending before the "'s")."""
        norms = [w.norm for w in message]
        for i, first in enumerate(norms):
            for n in self._lengths.get(first, ()):
                if i + n > len(norms):
                    continue
                k = tuple(norms[i:i + n])
                info = self.entries.get(k)
                if info is not None:
                    yield message[i].start, message[i + n - 1].end, info
                elif n > 1 and last_forms and (alt := last_forms[i + n - 1]) is not None:
                    info = self.entries.get(k[:-1] + (alt.norm,))
                    if info is not None:
                        yield message[i].start, alt.end, info


class NameMatcher:
    """Titles and people of a gazetteer, with the precision rules above."""

    @property
    def skip_words(self) -> frozenset[str]:
        """Words never read as (part of) a loose name: stop words, request words, one- and two-letter catalog words
        and the lexicon's vocabulary phrases ("dark", "kids"). One set, built once, for ``LooseNames``."""
        return self._skip_words

    def __init__(self, stop_words: Iterable[str], gazetteer: Gazetteer,
                 lexicon_phrases: Iterable[str] = (), kind_phrases: Iterable[str] = ()) -> None:
        self._lexicon_phrases = frozenset(lexicon_phrases)
        self._kind_phrases = frozenset(kind_phrases)  # vocabulary phrases naming a kind of title (lexicon.kind_phrases)
        self._common = common_words()
        self._stop = frozenset(stop_words)
        self._generic = REQUEST_WORDS | frozenset(w for w in self._common if len(w) <= 2)
        self._skip_words = self._stop | self._generic | self._lexicon_phrases
        self.titles = NameIndex()
        self.people = NameIndex()
        ambiguous = ambiguous_unqualified(t.title for t in gazetteer.titles)
        own_names: dict[str, set[str]] = {}
        for t in gazetteer.titles:
            own_names[t.title] = title_variants(t.title, key(unqualified(t.title)) not in ambiguous)
        # every title's names as written first, then those with the leading "The" left out: "mystic river" is the film
        # "Mystic River", never "The Mystic River" listed before it (round 21h)
        for dropped in (False, True):
            for title, variants in own_names.items():
                for variant in sorted(v for v in variants if _drops_article(v, variants) == dropped):
                    k = key(variant)
                    self.titles.add(k, NameInfo(title, self._title_tier(k)))
        for title, variants in own_names.items():  # "midnite mass", "highway through hell": spelt as it sounds, last
            for variant in sorted({s for v in variants for s in sound_alike_spellings(v)}):
                k = key(variant)
                self.titles.add(k, NameInfo(title, self._title_tier(k)))
        self._add_number_spellings(own_names)
        one_word_people = {key(n) for n in (*gazetteer.actors, *gazetteer.directors)}
        self._add_title_heads(gazetteer, one_word_people)
        self._add_title_tails(gazetteer, one_word_people)
        self._add_rare_title_parts(gazetteer)
        self._short_titles = self._short_forms(own_names)
        self._parts = TitleParts((t.title for t in gazetteer.titles), self._part_word, _head_of,
                                 lambda members: min(members, key=_natural_order))
        one_word: dict[str, list[NameInfo]] = defaultdict(list)
        name_words: set[str] = set()
        for name, (actor, director, mainly) in _roles(gazetteer).items():
            k = key(name)
            if len(k) >= 2:
                self.people.add(k, NameInfo(name, self._person_tier(k), actor, director, mainly))
                name_words.update(k)
            elif len(k) == 1:
                one_word[k[0]].append(NameInfo(name, STRONG, actor, director, mainly))
        self._mononyms = {w: infos[0] for w, infos in one_word.items()
                          if len(infos) == 1 and self._distinct_mononym(w, name_words)}
        self._initials = self._initials_index(gazetteer)
        self._nicknames = self._nickname_index(name_words)
        self._loose = LooseNames(self, gazetteer)
        self._director_pairs = _director_pairs(self.people.entries)
        # the last word of every director's name ("scorsese"): "<title>, in a full <surname> mood, what else of his"
        self._director_surnames = frozenset(k[-1] for n in gazetteer.directors if len(k := key(n)) >= 2) - self._stop

    def _add_number_spellings(self, own_names: dict[str, set[str]]) -> None:
        """Each title also under its numbers written the other way ("brooklyn 99" for "Brooklyn Nine-Nine", "oceans 11",
        "thirteen reasons why", "the hundred": ``contract.numbers.spellings``), after every title's own names, so a
        title's own name always wins. Such a name is no stronger than the title as written or than its words spelled
        out ("2 fathers" is as weak as "two fathers": a digit is no rarer than its word)."""
        for title, variants in own_names.items():
            written = min((self._title_tier(key(v)) for v in variants), key=_TIER_ORDER.index, default=WEAK_SINGLE)
            for variant in sorted({s for v in variants for s in spellings(v)}):
                k = key(variant)
                tier = min((written, self._title_tier(k), self._title_tier(key(as_words(variant)))),
                           key=_TIER_ORDER.index)
                self.titles.add(k, NameInfo(title, tier))

    def _short_forms(self, own_names: dict[str, set[str]]) -> NameIndex:
        """Each title of two or more content words (``STRONG``) also under the short forms viewers type: "n" for "and",
        "w" for "with" ("parks n rec", "anne w an e"), and its last word cut to its first letters ("sex ed", "pulp fic").
        A cut word is no common or stop word ("money he" is not "Money Heist"), and a short form two titles share, or
        that is a name of its own, names none. Kept apart from ``titles`` (the slip readings never start from a short
        form) and ``WEAK``: a short form needs the evidence an ordinary-word title needs (a likeness word, a cue,
        capitals, praise, or nothing else in the message)."""
        found: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for title, variants in own_names.items():
            for k in {key(v) for v in variants}:
                if len(k) < 2 or self._title_tier(k) != STRONG:
                    continue
                joined = tuple(SHORT_JOINERS.get(w, w) for w in k)
                forms = {k, joined}
                if joined != k:
                    found[joined].add(title)
                for form in forms:
                    last, rest = form[-1], form[:-1]
                    if len(last) < MIN_CUT_WORD or not last.isalpha() or all(w in self._stop for w in rest):
                        continue
                    for n in range(MIN_CUT_CHARS, len(last) - 1):
                        cut = last[:n]
                        if cut not in self._common and cut not in self._stop and cut not in self._generic:
                            found[(*rest, cut)].add(title)
        index = NameIndex()
        for k, titles in sorted(found.items()):
            if len(titles) == 1 and k not in self.titles.entries and k not in self.people.entries:
                index.add(k, NameInfo(next(iter(titles)), WEAK))
        return index

    def _add_title_heads(self, gazetteer: Gazetteer, people: set[tuple[str, ...]]) -> None:
        """Each title also under its head, the words before its subtitle ("tiger king" for "Tiger King: Murder, Mayhem
        and Madness"; "fear street" for "Fear Street Part 1: 1994", a part's number dropped), as viewers shorten it,
        after every title's own names so that a title named so itself wins ("Tiger" stays the film for "tiger"). A head
        several titles share names the first of them (a like-search leaves the rest of the franchise out); a head of
        one word, of everyday words only (``_title_tier`` below STRONG, unless its content words are rare:
        ``_rare_head``, a weak name), holding a vocabulary word ("a christmas special" is a format) or that is a
        person's name ("<comic>: <special>") is no name of its own."""
        heads: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for t in gazetteer.titles:
            m = _TITLE_HEAD_RE.match(t.title)
            if m is None:
                continue
            k = key(_PART_NUMBER_RE.sub("", m["head"]))
            if len(k) >= 2:
                heads[k].append(t.title)
        for k, members in heads.items():
            if k in self.titles.entries or k in people or any(w in self._lexicon_phrases for w in k):
                continue
            tier = self._title_tier(k)
            if tier == STRONG or (tier == WEAK and self._rare_head(k)):
                self.titles.add(k, NameInfo(min(members, key=_natural_order), tier))

    def _rare_head(self, k: tuple[str, ...]) -> bool:
        """Round 30B: a head of short words around rare ones only ("el camino" of "El Camino: A Breaking Bad Movie", "la
        linea"): one content word makes it a weak name (``_title_tier``), read as the title with a likeness cue, quotes
        or capitals ("movies like el camino") as a one-word rare title is. Every content word must be rare (no common,
        English or vocabulary word) and alphabetic: "the war", "code name", "100 years" stay words."""
        content = [w for w in k if w not in self._stop and w not in self._generic]
        return bool(content) and all(w.isalpha() and w not in self._common and not ordinary_english(w)
                                     and not in_catalog_vocabulary(w) for w in content)

    def _add_title_tails(self, gazetteer: Gazetteer, people: set[tuple[str, ...]]) -> None:
        """Each title also under its part after the colon when that part is distinctive ("drive to survive" for
        "Formula 1: Drive to Survive"), and with the head's initials before or after it ("f1 drive to survive"), as
        viewers call a show by its subtitle. Only a part one title has, of two content words or more (``_title_tier``
        STRONG, "Part 2", "The Series" are not), no vocabulary phrase among its words, and no title or person of its
        own: a title's own name always wins. A part ("filthy rich", "drive to survive") is the title only with a likeness
        word, quotes, capitals or as the whole request (``_title``): never after a mention cue alone ("shows about
        filthy rich people", "films that fade to black")."""
        self.everyday_tails: set[tuple[str, ...]] = set()
        tails: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for t in gazetteer.titles:
            head, colon, tail = t.title.partition(":")
            k = key(tail)
            if not colon or len(k) < 2 or ":" in tail:
                continue
            tails[k].add(t.title)
            initials = "".join(w[0] if w.isalpha() else w for w in key(head))
            if 2 <= len(initials) <= 3 and len(key(head)) >= 2 and any(c.isdigit() for c in initials):
                tails[(initials, *k)].add(t.title)  # "f1 drive to survive": a head said as its initials and number
                tails[(*k, initials)].add(t.title)
        for k, members in tails.items():
            plain = k[1:] if k[0] in ("the", "a", "an") else k
            if (len(members) != 1 or k in self.titles.entries or plain in self.titles.entries or k in people
                    or self._title_tier(plain) != STRONG or any(w in self._lexicon_phrases for w in plain)):
                continue
            # words a phrase of everyday English may hold ("parental guidance", "fade to black": the shipped lists
            # know too few words to tell a rare one, so every part) need a likeness word or the like (``_title``)
            everyday = all(w in self._common or w in self._stop or ordinary_english(w) or in_catalog_vocabulary(w)
                           for w in k)
            self.titles.add(k, NameInfo(next(iter(members)), WEAK if everyday else STRONG))
            self.everyday_tails.add(k)

    def _add_rare_title_parts(self, gazetteer: Gazetteer) -> None:
        """Round 26c: a title also under the one rare word that makes its head or its part after the colon ("ertugrul"
        for "Resurrection: Ertugrul", "bandersnatch" for "Black Mirror: Bandersnatch"), as viewers call a show by the
        word that sticks. Only a word no everyday phrase holds (no common, stop, request, vocabulary or dictionary word,
        no word of a catalog person's name, at least ``MIN_RARE_PART`` letters) that no other title (of another
        franchise) carries anywhere, and no title of its own. A ``WEAK`` name, and read only with the evidence of
        ``_unbacked_rare_part``: never after a topic cue ("a documentary about hiroshima")."""
        self.rare_parts: set[tuple[str, ...]] = set()
        person_words = {w for n in (*gazetteer.actors, *gazetteer.directors) for w in key(n)}
        having: dict[str, set[str]] = defaultdict(set)
        for t in gazetteer.titles:
            for w in set(key(t.title)):
                having[w].add(t.title)
        found: dict[str, set[str]] = defaultdict(set)
        for t in gazetteer.titles:
            head, colon, tail = t.title.partition(":")
            if not colon:
                continue
            for part in (head, tail):
                k = key(part)
                if len(k) == 2 and k[0] in ("the", "a", "an"):
                    k = k[1:]
                if len(k) == 1:
                    found[k[0]].add(t.title)
        for w, members in sorted(found.items()):
            carriers = having[w]
            if (len(w) < MIN_RARE_PART or not w.isalpha() or w in self._common or w in self._stop or w in self._generic
                    or w in self._lexicon_phrases or w in person_words or (w,) in self.titles.entries
                    or ordinary_english(w) or everyday_english(w) or in_catalog_vocabulary(w)
                    or len({_head_of(m).casefold() for m in carriers}) != 1):
                continue
            self.titles.add((w,), NameInfo(min(members, key=_natural_order), WEAK))
            self.rare_parts.add((w,))

    def _unbacked_rare_part(self, utt: Utterance, span: Span) -> bool:
        """A title's one rare word (``_add_rare_title_parts``) said without the evidence that makes it the title: quotes,
        a likeness word before or after it, nothing else in the message, the title opening the message before a request
        for more like it, a verb of watching through before it, or the subject of praise or of its end."""
        if key(span.text) not in self.rare_parts:
            return False
        return not (utt.is_quoted(span.start_char, span.end_char)
                    or utt.ends_with(_past_list_opener(utt, span.start), SIMILAR_CUES | WATCHED_CUES) is not None
                    or _similar_after(utt, span) or utt.only_filler_outside(span, FILLER)
                    or _opens_then_likeness(utt, span) or _ended_subject(utt, span))

    def _unbacked_part(self, utt: Utterance, span: Span) -> bool:
        """A title's part after its colon (``_add_title_tails``) said without a likeness word before or after it,
        quotes, capitals or as the whole request: the words as typed ("shows about filthy rich people")."""
        said = key(span.text)
        if said not in self.everyday_tails and said[1:] not in self.everyday_tails:  # "a <part>", "the <part>"
            return False
        return not (utt.is_quoted(span.start_char, span.end_char)
                    or utt.capitalised(span, frozenset(t.lower_ for t in span if t.lower_ not in self._stop))
                    or utt.ends_with(_past_list_opener(utt, span.start), SIMILAR_CUES) is not None
                    or _similar_after(utt, span) or utt.only_filler_outside(span, FILLER)
                    or _opens_then_likeness(utt, span))

    def _part_word(self, word: str) -> bool:
        """A word that may make a title's distinctive part (``title_parts``): no stop, request or vocabulary word."""
        return len(word) >= title_parts.MIN_CONTENT_CHARS and not word.isdigit() and word not in self._skip_words

    def _watched_parts(self, utt: Utterance, out: list[Match]) -> list[Match]:
        """A long title named by a distinctive part of it right after a verb of watching through ("just finished the
        <two or more of its words> thing"), where no title was read already."""
        taken = [(m.start, m.end) for m in out if m.found and m.found[0].entity == "title"]
        return [Match(start, end, P_MENTIONED_NAME, (Found("title", start, end, title),), "title-part")
                for start, end, title in self._parts.watched(utt.text)
                if not any(a < end and start < b for a, b in taken)]

    def _initials_index(self, gazetteer: Gazetteer) -> dict[str, NameInfo]:
        """Initials of well-known people with three or more name words ("SRK" Shah Rukh Khan, "RDJ", "SLJ"),
        when they single out one such person and are no word, vocabulary phrase or one-word name."""
        roles = _roles(gazetteer)
        found: dict[str, list[str]] = defaultdict(list)
        for name in gazetteer.well_known:
            k = key(name)
            if len(k) >= 3 and name in roles:
                found["".join(w[0] for w in k)].append(name)
        return {i: NameInfo(names[0], STRONG, *roles[names[0]]) for i, names in found.items()
                if len(names) == 1 and i.isalpha() and i not in self._common and i not in self._stop
                and i not in self._lexicon_phrases and i not in REQUEST_WORDS and i not in CHAT_WORDS
                and i not in self._mononyms and (i,) not in self.titles.entries}

    def _nickname_index(self, name_words: set[str]) -> dict[tuple[str, ...], tuple[NameInfo, bool]]:
        """Nickname key → (the person, whether it names them anywhere). Only nicknames of people this gazetteer has
        (``nicknames()``). A nickname with an ordinary word in it ("the rock", "sly", "big b"), a word of someone
        else's name ("leo"), a title's words or the person's initials in any case ("srk", "rdj": "what does SRK
        mean") needs a cue (``_nickname_matches``); "scarjo", "jlo" need none."""
        out = {}
        for k, name in nicknames().items():
            info = self.people.entries.get(key(name))
            if info is None:
                continue
            own = set(key(name))  # "beyonce" is a word of her own catalog name, not of someone else's
            ordinary = any(w in self._common or w in self._stop or w in self._generic or w in REQUEST_WORDS
                           or w in CHAT_WORDS or w in ENGLISH_STAGE_NAMES or (w in name_words and w not in own)
                           for w in k)
            plain = not ordinary and " ".join(k) not in self._lexicon_phrases and k not in self.titles.entries
            out[k] = (replace(info, tier=STRONG), plain and not _initials_of(k, name))
        return out

    def _nickname_matches(self, utt: Utterance, message: list[Word], possessives: list[Word | None]) -> list[Match]:
        """Well-known nicknames ("scarjo", "anything with the rock", "jlo's movies") read as the person's full name,
        with the surname after it too ("sly stallone"). One that is not plain (``_nickname_index``) needs a person cue
        before it or a work noun after it (``_one_word_person``, without the capital: "Sly humour" opening a message
        is no Stallone; ``_nickname_work_after``) or to be the whole request ("just the rock then", "what about the
        rock"); one that is also a title needs a person cue."""
        out: list[Match] = []
        lengths = {len(k) for k in self._nicknames}
        exact = [(s, e) for s, e, _ in self.people.find(message, possessives)]
        for i in range(len(message)):
            for n in lengths:
                if i + n > len(message):
                    continue
                last = message[i + n - 1]
                typed = tuple(w.norm for w in message[i:i + n])
                form = possessives[i + n - 1] if last.norm.endswith("'s") else None
                k = typed if typed in self._nicknames else typed[:-1] + (form.norm,) if form else None
                if k not in self._nicknames:
                    continue
                info, plain = self._nicknames[k]
                end, after = (last.end if k == typed else form.end), i + n
                if k == typed and after < len(message) and _surname_of(message[after], info):
                    end, after, plain = _surname_of(message[after], info).end, after + 1, True  # "sly stallone"
                if any(s <= message[i].start and end <= e for s, e in exact):
                    continue  # inside a full name ("snoop dogg"): that reading is the person
                span = utt.span(message[i].start, end)
                if span is None:
                    continue
                if plain:
                    match = self._person(utt, span, info)
                else:
                    support = k not in self.titles.entries and (_nickname_work_after(
                        utt, message, i, after, end, initials=_initials_of(k, info.canonical), possessive=k != typed)
                        # the whole request, or after "what / how about" ending it: "ok just the rock then" (never
                        # initials: "srk" alone may be asking what it means)
                        or (not _initials_of(k, info.canonical) and (
                            utt.only_filler_outside(span, WHOLE_FILLER)
                            or (utt.ends_with(span.start, FOLLOW_UP_CUES) is not None and _ends_message(utt, span)))))
                    match = _one_word_person(utt, span, info, "nickname", work_after=support)
                if match is not None:
                    out.append(match)
        return out

    def _distinct_mononym(self, word: str, name_words: set[str]) -> bool:
        """A one-word stage name no ordinary word can be mistaken for: no common English word, vocabulary
        phrase, request/chat/stop word, title, or word of another person's name (then it is not unique)."""
        return (len(word) >= MIN_RARE_SINGLE and word.isalpha() and word not in self._common
                and word not in self._stop and word not in REQUEST_WORDS and word not in CHAT_WORDS
                and word not in self._lexicon_phrases and word not in name_words
                and (word,) not in self.titles.entries and word not in ENGLISH_STAGE_NAMES)

    def _title_tier(self, k: tuple[str, ...]) -> str:
        if " ".join(k) in self._lexicon_phrases:
            return WEAK_SINGLE
        content = [w for w in k if w not in self._stop and w not in self._generic]
        rare = [w for w in content if w not in self._common and len(w) >= MIN_RARE_SINGLE and w.isalpha()]
        if len(content) >= 2:
            return STRONG
        return WEAK if rare or len(k) > 1 else WEAK_SINGLE

    def _plain_name(self, span: Span) -> bool:
        """Words that can only be a name here: not a vocabulary phrase, a request or chat word. A leading
        "the" is the title's article ("the office but british")."""
        words = [t.lower_ for t in span if not t.is_punct]
        if len(words) > 1 and words[0] == "the":
            words = words[1:]
        return (bool(words) and " ".join(words) not in self._lexicon_phrases
                and not any(w in self._stop or w in REQUEST_WORDS or w in CHAT_WORDS for w in words)
                and sum(len(w) for w in words) >= MIN_RARE_SINGLE)

    def _person_tier(self, k: tuple[str, ...]) -> str:
        return WEAK if all(w in self._stop or w in self._generic for w in k) else STRONG

    def find(self, utt: Utterance) -> list[Match]:
        """Accepted title and person mentions in ``utt`` (exact, then surnames and small typos)."""
        message = words(utt.text)
        possessives = [_possessive(w) for w in message]
        titles = [(span, info) for start, end, info in self.titles.find(message)
                  if (span := utt.span(start, end)) is not None]
        titles = [(span, info) for span, info in titles
                  if not self._unbacked_part(utt, span) and not self._unbacked_rare_part(utt, span)]
        exact = [(span.start_char, span.end_char) for span, _ in titles]
        titles += [(span, info) for start, end, info in self._short_titles.find(message)
                   if not any(s < end and start < e for s, e in exact) and (span := utt.span(start, end)) is not None]
        out = [match for span, info in titles if (match := self._title(utt, span, info)) is not None]
        out = self._listed_before_likeness(utt, titles, self._listed_titles(utt, titles, out))
        out = self._compared_titles(utt, titles, out)
        out = self._seen_lists(utt, titles, out)
        out += self._watched_parts(utt, out)
        out += _same_maker(utt, out)
        out += self._anchor_exclusions(utt, out)
        for start, end, info in self.people.find(message, possessives):
            span = utt.span(start, end)
            if span is not None and (match := self._person(utt, span, info)) is not None:
                out.append(match)
        out += self._loose.find(utt, message, possessives)
        out += self._mononym_matches(utt, message, possessives)
        out += self._initials_matches(utt, message)
        out += self._nickname_matches(utt, message, possessives)
        out += self._director_pair_matches(utt, message)
        return out

    def _initials_matches(self, utt: Utterance, message: list[Word]) -> list[Match]:
        """A well-known person's initials typed in capitals ("SRK films", "anything with RDJ"), with a person
        cue before or a work noun after them; lowercase initials may be a word or an abbreviation of anything."""
        out = []
        for i, w in enumerate(message):
            info = self._initials.get(w.norm)
            typed = utt.text[w.start:w.end]
            if info is None or not typed.isupper() or utt.shouting:
                continue
            span = utt.span(w.start, w.end)
            if span is None:
                continue
            work_after = i + 1 < len(message) and _initials_work_word(message[i + 1].norm)
            if match := _one_word_person(utt, span, info, "initials", work_after=work_after):
                out.append(match)
        return out

    def _mononym_matches(self, utt: Utterance, message: list[Word], possessives: list[Word | None]) -> list[Match]:
        """One-word stage names ("with Kajol", "Prabhas films", "anything with zendaya"): supported by a
        person cue before, a work noun after, or the user's capital (not a message in capitals)."""
        out = []
        for i, w in enumerate(message):
            form = w if w.norm in self._mononyms else possessives[i]
            if form is None or form.norm not in self._mononyms:
                continue
            span = utt.span(form.start, form.end)
            if span is None:
                continue
            work_after = (i + 1 < len(message) and _work_noun(message[i + 1].norm)
                          or _beside_named_person([m.norm for m in message], i, i, self.names_a_person))
            typed = utt.text[form.start:form.end]
            capital = typed[:1].isupper() and not typed.isupper() and not utt.shouting
            if match := _one_word_person(utt, span, self._mononyms[form.norm], "mononym", work_after=work_after,
                                         capital=capital):
                out.append(match)
        return out

    def _director_pair_matches(self, utt: Utterance, message: list[Word]) -> list[Match]:
        """"by the coens", "coen brothers", "the wachowski sisters": a surname before brothers / sisters / bros, or in
        the plural after "the" with a director cue, a work noun after it or nothing else said, when exactly two of
        the catalog's directors carry it (no everyday word) — both directors."""
        out = []
        for i, w in enumerate(message):
            end = w
            if i + 1 < len(message) and message[i + 1].norm in SIBLING_WORDS and w.norm in self._director_pairs:
                infos, end = self._director_pairs[w.norm], message[i + 1]
            elif (i > 0 and message[i - 1].norm == "the" and w.norm.endswith("s") and w.norm[:-1] in self._director_pairs
                  and w.norm[:-1] not in self._common and w.norm not in self._common):
                infos = self._director_pairs[w.norm[:-1]]
            else:
                continue
            span = utt.span(message[i - 1].start, end.end) if end is w else utt.span(w.start, end.end)
            if span is None or end is w and not (
                    utt.ends_with(span.start, DIRECTOR_CUES) is not None or self._loose._work_noun_after(utt, span.end)
                    or utt.only_filler_outside(span, WHOLE_FILLER)
                    # "whatever the wachowskis made": a making verb after the family (round 25b)
                    or (span.end < len(utt.doc) and utt.lower[span.end] in DIRECTED_AFTER)):
                continue  # "the stones": a plural after "the" is a family of directors only when their work is asked
            found = tuple(Found("director", w.start, end.end, info.canonical) for info in infos)
            out.append(Match(w.start, end.end, P_MENTIONED_NAME, found, "person-director-pair"))
        return out

    def _possessive_credit_start(self, utt: Utterance, span: Span) -> int | None:
        """Round 30B: the token where "<a catalog person>'s" right before the title starts ("nolan's <title>", "the
        coens' <title>"), else None. The possessive only says whose title it is: the title opens its clause where the
        name does, so "<director>'s <title>, anything like that" is a like-search on the title as "<title>, anything
        like that" is (whether the person is credited on it, and so no constraint, is ``actions/anchor_credits.py``'s
        question). A full name, a director's surname or a well-known person's surname (``LooseNames.surnames``)."""
        m = _POSSESSIVE_NAME_BEFORE_RE.search(utt.text, 0, span.start_char)
        if m is None:
            return None
        words = m["name"].split()
        for n in range(len(words), 0, -1):
            k = key(" ".join(words[-n:]))
            if k in self.people.entries or (len(k) == 1 and (k[0] in self._director_surnames
                                                             or k[0] in self._loose.surnames)):
                start = m.start("name") + len(" ".join(words[:-n])) + (1 if n < len(words) else 0)
                return next((t.i for t in utt.doc if t.idx == start), None)
        return None

    def _maker_asked_after(self, utt: Utterance, span: Span, info: NameInfo) -> bool:
        """A title named first, its maker asked for later in the message ("<title> ... but first something else by the
        same director", "rewatched <title>, now in a <director's surname> mood, what else of his is on"): the title's
        directors are searched (role ``director_of``), not the title identified or titles like it (round 27A). A
        pronoun ("of his") points at the director only beside a director's word or surname, never at the cast."""
        if all(t.lower_ in self._stop or t.lower_ in self._common for t in span) and not utt.capitalised(
                span, frozenset(t.lower_ for t in span)):
            return False  # "the one", "love": an everyday word is no title to reach a director through
        if asks_only_if_missing(utt.text[span.end_char:]) and plain_name(span.text) == plain_name(info.canonical):
            return False  # "is <title> on here? if not, by the same director": the title is here, so it is asked
        return maker_phrase_after(utt.text, span.end_char, self._director_surnames) is not None

    def names_a_person(self, k: tuple[str, ...]) -> bool:
        """``k`` (typed words) is a person's full name, a distinct stage name, a well-known given name or two words of
        a three-word name ("shah rukh")."""
        return (k in self.people.entries or (len(k) == 1 and (k[0] in self._mononyms or k[0] in self._loose.first_names))
                or (len(k) == 2 and self._loose.partials.get(k) is not None))

    def _title(self, utt: Utterance, span: Span, info: NameInfo) -> Match | None:
        quoted = utt.is_quoted(span.start_char, span.end_char)
        if not quoted and courtesy_opening(utt.text, span.start_char, span.end_char):
            return None  # "Thank you. Might there be something like …": a courtesy, never the title "Thank You"
        if not quoted and _own_words(utt, span):
            return None  # round 28C: "my girl loves dramas", "our house is a mess": the viewer's own, not a title
        maker_start = made_by_before(utt.text, span.start_char)
        made_by = maker_start is not None
        opening = self._possessive_credit_start(utt, span)  # round 30B: "<director>'s <title>" opens at the name
        cast = None if made_by else cast_pointer(utt.text, span.start_char, span.end_char)
        lead = span.start if opening is None else opening  # "like nolan's <title>": the cue stands before the name
        similar = not (made_by or cast) and (
            utt.ends_with(_past_list_opener(utt, lead), SIMILAR_CUES) is not None or _similar_after(utt, span))
        cued = (similar or made_by or cast is not None
                or utt.ends_with(_past_kind_noun(utt, lead), MENTION_CUES) is not None or _asks_availability(utt, span))
        significant = frozenset(t.lower_ for t in span if t.lower_ not in self._stop) or frozenset(
            t.lower_ for t in span)
        capitalised = utt.capitalised(span, significant)
        if not (quoted or capitalised) and _pointer(key(span.text)):
            return None   # "i liked the show", "the one": the title pointed at, not "The Show" / "The One"
        if not (quoted or cued) and key(info.canonical) in self.people.entries:
            accepted = False  # "dave chappelle": a special named after its comedian; the person is meant
        elif info.tier == STRONG:
            accepted = True
        elif not quoted and utt.next_is_capitalised_word(span):
            accepted = False
        elif info.tier == WEAK:
            accepted = quoted or cued or capitalised or (
                utt.only_filler_outside(span, FILLER) and not any(t.lower_ in CHAT_WORDS for t in span)) or (
                self._turned_down_whole(utt, span)) or _title_for_someone(utt, span)
            if not accepted and _opens_then_likeness(utt, span, opening):
                accepted = similar = True  # "kingdom was awesome, more like it": named, then asked for more like it
        else:
            accepted = quoted or (cued and capitalised) or (similar and _past_hint(utt, span.end) != span.end)
            if not accepted and _opens_then_likeness(utt, span, opening) and _PRAISED_RE.match(
                    utt.text[_char_past_hint(utt, span):]):
                accepted = similar = True  # "dark was amazing, anything similar?": an ordinary word needs the praise too
        if not accepted and not quoted and info.tier != STRONG:
            # "like sherlock", "something similar to lucifer": a title named alone after a likeness cue;
            # "inception but as a series", "friends but british": a title opening a "like X but Y" request
            contrast = _opens_contrast(utt, span)
            alone = utt.ends_with(span.start, SIMILAR_CUES) is not None and _ends_message(utt, span)
            # "like dark but in english", "something like you": the whole request is a likeness cue and the
            # title (then nothing, or "but …"); a stop-word title only when no word of it points back at a
            # list or counts ("more like that", "like the last one")
            but_after = span.end < len(utt.doc) and utt.lower[span.end] == "but"
            # "shows similar to dark, the german one", "a show like dark season 2": after a likeness cue, a
            # comma that opens a description (not a list of moods) or words pointing at a title end the name
            cue = utt.ends_with(span.start, SIMILAR_CUES)
            described = cue is not None and self._described_title(utt, span)
            likeness = ((alone or (but_after and cue is not None)) and _only_likeness(utt, span)) or (
                described and (_only_likeness(utt, span) or _noun_before_cue(utt, span, cue)))
            accepted = (self._plain_name(span) and (contrast or alone or described)) or (likeness and (
                not all(t.lower_ in self._stop for t in span) or not any(t.lower_ in POINTING_WORDS for t in span)))
            similar = similar or accepted
        if not accepted and not quoted and info.tier == WEAK_SINGLE:
            # "we just finished dark, need something trippy", "ones like dark": a vocabulary word in a title's slot
            accepted = self._in_title_slot(utt, span)
        if not accepted and not quoted and span.start == 0 and _KIND_IN_APPOSITION_RE.fullmatch(utt.text, span.end_char):
            accepted = True  # "friends the tv show", "dark, the series": the whole message names the title (34)
        if accepted and opening is not None and not (similar or made_by or cast) and _opens_then_likeness(
                utt, span, opening):
            similar = True  # round 30B: "Nolan's Inception, anything like that": its maker's possessive opens it
        if not (quoted or similar or made_by or cast) and self._fond_then_likeness(utt, span, opening):
            accepted = similar = True  # "she is into the <title>, what else is like that": fond of it, more like it
        if accepted and not (quoted or similar or made_by or cast) and _newer_one_after_watched(utt, span):
            similar = True  # "rewatched <title> twice, got a newer one?": like it, the year bound relative to it
        if not quoted and self._others_than(utt, span, info, opening):
            accepted = similar = True  # "love is blind but other ones": like the title, the title itself not wanted
        subject = not quoted and self._praised_subject(utt, span, info, opening)
        if subject:
            # "the office us is my comfort show", "outer banks is my fav, anything like it": the subject of a liking,
            # a like-search when more like it is asked for (a strong title too, accepted above without a role)
            more = _MORE_NOT_RECS_RE if self._event_praised(utt, span) else _MORE_AFTER_PRAISE_RE
            accepted, similar = True, similar or more.search(utt.text[span.end_char:]) is not None
        if not (quoted or similar or made_by or cast) and self._maker_asked_after(utt, span, info):
            accepted = made_by = True  # "<title> ... something else by the same director": its director's titles
        if not (quoted or similar or made_by or cast) and self._said_with_chatter(utt, span, info):
            accepted = similar = True  # "<title> lol dont judge": a title and only chatter around it, more like it
        verdict = not (quoted or similar or made_by or cast) and self._verdict_then_more(utt, span, info, opening)
        if verdict:
            accepted = similar = True  # "<title>!! need more", "saw <title> last night, anything similar-ish" (28B)
        credit = None if (quoted or made_by or cast) else self._credit_after(utt, span)
        credit_end, credited = credit if credit is not None else (None, None)
        if credit_end is not None:
            # "after life by ricky gervais made me laugh, what else is similar": a title named with the person who made
            # or stars in it; the credit is part of the name, no search by that person
            accepted = True
            similar = similar or _LIKENESS_AFTER_RE.search(utt.text[credit_end:]) is not None
        if not accepted:
            return None
        priority = P_CUED_NAME + 1 if credit_end is not None else P_CUED_NAME if quoted else (
            P_MENTIONED_NAME if cued else P_NAME)
        role = DIRECTOR_OF if made_by else CAST_OF if cast else "similar" if similar else None
        start, end = cast if cast else (maker_start if maker_start is not None else span.start_char,
                                        credit_end if credit_end is not None else span.end_char)
        if not cast and credit_end is None and (hint := _past_hint(utt, span.end)) != span.end:
            end = utt.doc[hint - 1].idx + 1  # the hint is said of the title ("(spanish school one)"): no wish of its own
        if verdict:
            end = len(utt.text.rstrip())  # the verdict and the ask for more are said of the title: no query word (28B)
        found = Found("title", start, end, info.canonical, role)
        with_credit = (credited,) if credited is not None else ()
        numbered = self._numbered(utt, span, quoted or cued or capitalised or similar or subject
                                  or _opens_then_likeness(utt, span, opening) or self._title_slot_cue(utt, span)
                                  or utt.only_filler_outside(span, FILLER))
        return Match(start, end, priority, (found, *with_credit), f"title-{info.tier}" + (NUMBERED if numbered else ""))

    def _fond_then_likeness(self, utt: Utterance, span: Span, opening: int | None = None) -> bool:
        """A fondness cue (``SIMILAR_CUES`` or ``FONDNESS_CUES``) before the title (or before its maker's possessive at
        token ``opening``: "loved scorsese's <title>", round 30B), an article "the" the title lacks allowed in between
        ("obsessed with the <title>"), and more like it asked after it ("…, what else is like that", "…, anything
        similar"). A vocabulary word ("loves the dark, anything similar") stays a word."""
        base = at = span.start if opening is None else opening
        if opening is None and at > 0 and utt.lower[at - 1] == "the" and span[0].lower_ != "the":
            at -= 1
        if at == base and utt.ends_with(at, SIMILAR_CUES) is not None:
            return False  # the likeness cue right before the title is read as ever
        if utt.ends_with(at, SIMILAR_CUES | FONDNESS_CUES) is None or not self._plain_name(span):
            return False
        return _FOND_LIKENESS_RE.search(utt.text[_char_past_hint(utt, span):]) is not None

    def _said_with_chatter(self, utt: Utterance, span: Span, info: NameInfo) -> bool:
        """The title opens the message and only chatter follows it ("<title> lol", "<title> haha dont judge"): a
        title said on its own asks for more like it, as a bare title does. An ordinary word ("dark lol") only in
        capitals; a message of the title and punctuation alone is left to the bare-title rule."""
        if all(t.lower_ in self._stop for t in span) or _pointer(key(span.text)):
            return False
        if info.tier == WEAK_SINGLE and not utt.capitalised(span, frozenset(t.lower_ for t in span)):
            return False
        if any(not (t.is_punct or t.is_space or t.lower_ in OPENING_FILLER) for t in utt.doc[:span.start]):
            return False
        rest = _WORD_RE.findall(utt.text[span.end_char:].casefold())
        return bool(rest) and all(is_chat_word(w) or w in CHATTER_WORDS for w in rest)

    def _verdict_then_more(self, utt: Utterance, span: Span, info: NameInfo, opening: int | None = None) -> bool:
        """Round 28B: a title opening the message (or watched right at its start: "saw / watched <title>") then, closing the message, a bare ask for more with only an exclamation, a one-word verdict
        ("was wild", "is insane"), chatter ("omg", "ngl") or when it was watched ("last night", "again") in between:
        "<title>!! need more", "<title> was wild. more?", "saw <title> last night, got anything similar-ish" — a
        like-search on it. An ordinary word ("dark") only in capitals; "seen <title>, more?" (seen: left out) is not
        read here, nor "more" before what is wanted ("<title>, more comedies")."""
        if all(t.lower_ in self._stop for t in span) or _pointer(key(span.text)):
            return False
        if info.tier == WEAK_SINGLE and not utt.capitalised(span, frozenset(t.lower_ for t in span)):
            return False
        start = span.start if opening is None else opening  # round 30B: "saw <director>'s <title>!! more?"
        cue = utt.ends_with(start, _THROUGH_CUES)
        at = start - len(cue) if cue is not None else start
        before = utt.text[:utt.doc[at].idx] if at < len(utt.doc) else utt.text
        if _THROUGH_OPENING_RE.match(before) is None:
            return False
        return _VERDICT_THEN_MORE_RE.match(utt.text, _char_past_hint(utt, span)) is not None

    def _turned_down_whole(self, utt: Utterance, span: Span) -> bool:
        """A weak title said whole right after a turning-down cue and closing the message or its clause
        ("<director>'s films, not spy kids", "anything but the irishman.", "she hates bridgerton"): the viewer names
        the title to leave out (negation.py marks it excluded). A one-word weak title is a rare word (``_title_tier``),
        so "not narcos" is the show; an ordinary word (WEAK_SINGLE, never read here) or a vocabulary phrase ("not kids
        movies") stays what it was."""
        if " ".join(key(span.text)) in self._lexicon_phrases or _names_a_kind(key(span.text)):
            return False  # round 29B: "not the stand up, …" rules the kind out, not the title "The Stand-Up"
        if utt.ends_with(span.start, TURNED_DOWN_CUES) is None:
            return False
        rest = [t for t in utt.doc[span.end:] if not t.is_space]
        return not rest or rest[0].is_punct or rest[0].lower_ in ENDING_FILLER or rest[0].lower_ in SLOT_JOINERS

    def _credit_after(self, utt: Utterance, span: Span) -> tuple[int, Found] | None:
        """The end of "by / with / starring <a catalog person's full name>" right after a title of two or more words
        at a clause's start, and that person, or None ("after life by ricky gervais ..."; not "comedies by <person>",
        a kind). The person is reported too (inside the title's span): whether the title credits them, so that they
        only say which title is meant, is the actions' question (actions/anchor_credits.py)."""
        i = span.end
        if len(key(span.text)) < 2 or i >= len(utt.doc) or utt.lower[i] not in CREDIT_WORDS:
            return None
        if span.start > 0 and utt.doc[span.start - 1].lower_ not in CLAUSE_OPENERS | {",", ".", "!", "?", ";"}:
            return None
        for n in (3, 2):
            person = utt.doc[i + 1:i + 1 + n] if i + n < len(utt.doc) else None
            info = self.people.entries.get(key(person.text)) if person is not None else None
            if person is not None and info is not None:
                word = utt.lower[i]
                role = _person_role(info, director_cue=word == "by", actor_cue=word in ("with", "starring"))
                return person.end_char, Found(role, person.start_char, person.end_char, info.canonical)
        return None

    def _others_than(self, utt: Utterance, span: Span, info: NameInfo, opening: int | None = None) -> bool:
        """The title opens a clause and "but other ones / but different ones / but not that one" follows it: the viewer
        wants titles like it, not it ("love is blind but other ones", "ozark, but different ones"). Pointing words
        ("that one but other ones") are no title, and a vocabulary word ("dark but different ones") stays a word
        unless capitalised."""
        if _OTHERS_THAN_RE.match(utt.text, span.end_char) is None or not _clause_start(
                utt, span.start if opening is None else opening):
            return False
        if all(t.lower_ in self._stop for t in span) or _pointer(key(span.text)):
            return False
        vocabulary = " ".join(key(span.text)) in self._lexicon_phrases
        return not vocabulary or utt.capitalised(span, frozenset(t.lower_ for t in span))

    def _numbered(self, utt: Utterance, span: Span, named: bool) -> bool:
        """A title holding a number ("reply 1988", "dilan 1990", "punjab 1984") that the message names as a title:
        its other words carry a content word (not "the 2000s", "that 70s show") and the title is quoted, cued,
        capitalised, in a title's slot, or one of those words is rare ("dilan"). Then the year, decade or number
        rules read nothing inside it (``titles_over_numbers``); "take me back to 1989" stays a year. A number spelled
        out counts ("the forty year old version" is no adult audience)."""
        if not any(any(c.isdigit() for c in t.text) or number_word(t.text) for t in span):
            return False
        others = [t.lower_ for t in span if t.is_alpha and t.lower_ not in self._stop and t.lower_ not in self._generic
                  and not number_word(t.text)]
        return bool(others) and (named or any(w not in self._common and len(w) >= MIN_RARE_SINGLE for w in others))

    def _praised_subject(self, utt: Utterance, span: Span, info: NameInfo, opening: int | None = None) -> bool:
        """The title is the subject of a sentence of liking, opening the message or a clause: "ozark is my favourite
        series", "the office us is my comfort show", "stranger things was amazing". A vocabulary word ("dark") only
        with a work noun ("dark is my go-to show"): "dark was amazing" alone may be about anything."""
        if all(t.lower_ in self._stop for t in span) or _pointer(key(span.text)) or not _clause_start(
                utt, span.start if opening is None else opening):
            return False
        after = _char_past_hint(utt, span)  # "<title> (the german one) was amazing": the hint says which (round 26c)
        m = _SUBJECT_PRAISE_RE.match(utt.text[after:])
        if self._everyday_the(span) and _DAY_AFTER_PRAISE_RE.match(utt.text, after):
            return False  # "the office was insane today": the day at work, no title praised
        if m is not None and (info.tier != WEAK_SINGLE or m.group("work") is not None):
            return True
        if _ended_subject(utt, span, _MORE_NOT_RECS_RE if self._everyday_the(span) else _MORE_AFTER_PRAISE_RE):
            return True  # "<title> is over and i'm sad, anything similar?": its end mourned, more like it asked (26c)
        # "peaky blinders was goated", "narcos slapped": slang praise only a work gets (contract/praise.py); an ordinary
        # word ("dark was a banger") only when more is asked for after it ("…, any recs?")
        slang = slang_praise_after_title(utt.text, after)
        return slang is not None and (info.tier != WEAK_SINGLE
                                      or _MORE_AFTER_PRAISE_RE.search(utt.text[slang[1]:]) is not None)

    def _everyday_the(self, span: Span) -> bool:
        """"the" and one everyday word, typed in lower case ("the office", "the match"): a title or the thing itself."""
        return len(span) == 2 and span[0].lower_ == "the" and span[1].lower_ in self._common and \
            span.text == span.text.lower()

    def _event_praised(self, utt: Utterance, span: Span) -> bool:
        """An everyday-word title (``_everyday_the``) praised with a word said of days and events as much as of works
        ("the match was fire", "the office was insane"): more like it is asked only in likeness words, not "any recs"."""
        praise = _EVENT_PRAISE_RE.match(utt.text, span.end_char)
        return praise is not None and self._everyday_the(span)

    def _in_title_slot(self, utt: Utterance, span: Span) -> bool:
        """An ordinary word (a mood, genre or other vocabulary word that is also a one-word title) said where a
        title goes: after a title watched through or loved ("finished dark", "loved murder mystery") or after
        "like" following a noun ("ones like dark"), and ending there — the message ends, or a clause or a time
        follows ("…, need something trippy", "dark last week"). "i like dark stuff", "i'd like dark movies" (the
        verb "like", and a noun after the word), "like dark, gritty and slow" (a list of wishes) stay words."""
        return self._title_slot_cue(utt, span) and self._slot_closes(utt, span)

    def _title_slot_cue(self, utt: Utterance, span: Span) -> bool:
        """A cue right before the words that only a title follows: a watched / loved verb, or a likeness cue that
        cannot be the verb "like" (``_noun_before_cue``). Pointing words ("loved it") are no title here."""
        if all(t.lower_ in self._stop for t in span):
            return False  # "loved it", "finished her": pointing words, the existing likeness rules decide
        if _asks_availability(utt, span):
            return " ".join(key(span.text)) not in self._kind_phrases  # "do you have dark?", not "… thriller?"
        cue = utt.ends_with(span.start, SIMILAR_CUES | WATCHED_CUES)
        return cue is not None and (cue in WATCHED_CUES or _noun_before_cue(utt, span, cue))

    def _slot_closes(self, utt: Utterance, span: Span) -> bool:
        """The title's slot ends with the words: the message ends, filler or a time follows ("dark last week"), or a
        comma / joiner opens a new clause ("…, need something trippy") rather than a list of wishes."""
        rest = [t for t in utt.doc[span.end:] if not t.is_space]
        if not rest or rest[0].lower_ in ENDING_FILLER or rest[0].lower_ in SLOT_TIME_WORDS:
            return True
        if _HERE_AFTER_RE.match(utt.text, span.end_char):
            return True  # "is friends available to stream", "is dark there": the availability question's own tail (34)
        if self._anchor_exclusion(utt, span.end_char, span.text) is not None:
            return True  # "anything like dark except dark obviously": the same words again, not to be offered back
        if not (rest[0].is_punct or rest[0].lower_ in SLOT_JOINERS):
            return False
        after = next((t for t in rest[1:] if not t.is_punct), None)
        return after is None or (after.lower_ not in self._lexicon_phrases
                                 and (after.lower_ in self._stop or after.lower_ in SLOT_CLAUSE_VERBS))

    def _anchor_exclusion(self, utt: Utterance, end: int, name: str) -> tuple[int, int] | None:
        """The character span of "but not <the same title> itself", "other than <it>", "except <it> obviously" right
        after a title at ``end``: the usual "not the anchor itself" of a likeness request, no rejection of it."""
        m = _ANCHOR_EXCLUSION_RE.match(utt.text, end)
        if m is None:
            return None
        info, again = self.titles.entries.get(key(name)), self.titles.entries.get(key(m.group("name")))
        return (m.start("cue"), m.end()) if info is not None and again is not None and (
            info.canonical == again.canonical) else None

    def _anchor_exclusions(self, utt: Utterance, out: list[Match]) -> list[Match]:
        """A claim that reads nothing over the anchor said not to be offered back after a similar title ("shows like
        ozark, but not ozark itself obviously"): the actions leave the anchor out of the picks anyway, and the words
        must not turn into a rejection of the title or an excluded mood ("like dark except dark")."""
        claims = []
        for m in out:
            if m.found and m.found[0].entity == "title" and m.found[0].role == "similar":
                if (excluded := self._anchor_exclusion(utt, m.end, utt.text[m.found[0].start:m.end])) is not None:
                    claims.append(Match(excluded[0], excluded[1], P_CUED_NAME, (), "anchor-itself"))
        return claims

    def _listed_titles(self, utt: Utterance, titles: list[tuple[Span, NameInfo]], out: list[Match]) -> list[Match]:
        """Several titles after one likeness cue ("similar to both money heist and narcos", "fans of dark, ozark and
        narcos"): every title of the list ("X and Y", "X or Y", "X, Y and Z") is a similar title, though only the first
        stands right after the cue. A list member is read like a title after its own cue: a rare word or longer
        title always, an ordinary word only where its slot closes (``_listed_member``); a vocabulary word heading
        the list ("ones like dark, ozark …") is a title once a title follows it. "like ozark and funny", "similar to
        narcos and in spanish": the second conjunct is no title, and stays what it was."""
        ends: dict[int, tuple[Span, NameInfo] | None] = {}  # token end of a member -> a head still to confirm
        opened: dict[int, bool] = {}  # token end of a member -> the list opened with "both" / "either"
        for m in out:
            span = utt.span(m.start, m.end)
            if span is not None and m.found[0].role == "similar":
                ends[span.end], opened[span.end] = None, span.start > 0 and utt.lower[span.start - 1] in LIST_OPENERS
        accepted = {(m.start, m.end) for m in out}
        for span, info in titles:
            if info.tier == WEAK_SINGLE and (span.start_char, span.end_char) not in accepted and (
                    self._title_slot_cue(utt, span)):
                ends.setdefault(span.end, (span, info))
                opened.setdefault(span.end, False)
        starts = {span.start for span, _ in titles}
        for span, info in sorted(titles, key=lambda t: (t[0].start, -len(t[0]))):
            prev = next((e for e in ends if _list_joiner(utt, e, span.start)), None)
            if prev is None or not self._listed_member(utt, span, info, starts, opened[prev]):
                continue
            if (head := ends[prev]) is not None:
                out = _with_similar(out, *head)
                ends[prev] = None
            out = _with_similar(out, span, info)
            ends[span.end], opened[span.end] = None, opened[prev]
        return out

    def _listed_before_likeness(self, utt: Utterance, titles: list[tuple[Span, NameInfo]],
                                out: list[Match]) -> list[Match]:
        """Several titles before one likeness word ("<A> or <B> type stuff", "<A>, <B> and <C> vibes"): the word is said
        of the whole list, so every title of it is a similar title, though only the last stands right before the word.
        A member is read as after a list joiner (``_listed_member``), a vocabulary word only in capitals: "something dark
        or <B> vibes" keeps "dark" a mood."""
        similar_starts = {span.start for span, _ in titles if _similar_after(utt, span) and any(
            (m.start, m.end) == (span.start_char, span.end_char) for m in out)}
        starts = {span.start for span, _ in titles}
        for span, info in sorted(titles, key=lambda t: -t[0].start):
            follows = next((s for s in similar_starts if _list_joiner(utt, span.end, s)), None)
            if follows is None or not self._listed_member(utt, span, info, starts, False) or (
                    info.tier == WEAK_SINGLE and " ".join(t.lower_ for t in span) in self._lexicon_phrases
                    and not utt.capitalised(span, frozenset(t.lower_ for t in span))):
                continue  # "something dark or <B> vibes": a vocabulary word heading the list is a title in capitals
            out = _with_similar(out, span, info)
            similar_starts.add(span.start)
        return out

    def _listed_member(self, utt: Utterance, span: Span, info: NameInfo, starts: set[int], opened: bool) -> bool:
        """A title after a list joiner: not pointing words ("like ozark and that one"), not the start of a longer
        capitalised name; an ordinary word only where its slot closes or the list goes on, and a vocabulary word
        ("dark", a mood) only when more than its slot says it is a title: the list opened with "both", another
        title follows it, or the user wrote it with a capital ("like ozark and dark" may ask for dark ones)."""
        if (all(t.lower_ in self._stop for t in span) and not self._whole_title_of_function_words(utt, span)) \
                or _pointer(key(span.text)) or utt.next_is_capitalised_word(span):
            return False
        if info.tier != WEAK_SINGLE:
            return True
        goes_on = any(_list_joiner(utt, span.end, s) for s in starts if s > span.end)
        if not (goes_on or self._slot_closes(utt, span)):
            return False
        vocabulary = " ".join(t.lower_ for t in span) in self._lexicon_phrases
        return not vocabulary or opened or goes_on or utt.capitalised(span, frozenset(t.lower_ for t in span))

    def _whole_title_of_function_words(self, utt: Utterance, span: Span) -> bool:
        """A title of three words or more made of function words only ("never have i ever") that closes its slot: a
        list member after a likeness cue ("in between <A> and never have i ever"), where "that one" is none."""
        return len(span) >= MIN_FUNCTION_WORD_TITLE and self._slot_closes(utt, span)

    def _seen_lists(self, utt: Utterance, titles: list[tuple[Span, NameInfo]], out: list[Match]) -> list[Match]:
        """Titles the viewer says they have seen beside a request ("anything like ozark? seen dark and narcos
        already", "already watched narcos, ozark and dark, something like mindhunter"): each title of the list after
        the seen verb is one to leave out (role ``exclude``), a vocabulary word ("dark") included where the list
        closes. Only when "already" / "before" says so, the seen verb opens the message and the list closes its clause
        ("seen sherlock and peaky blinders"), or another title is the "like" anchor; "seen dark, anything
        like it?" keeps its anchor, and "haven't seen narcos" leaves nothing out."""
        longest = self._longest_titles(titles)  # once per message: each seen cue only walks its own list
        for m in _SEEN_CUE_RE.finditer(utt.text):
            cue = utt.span(m.start(), m.end())
            if cue is None or _NOT_SEEN_RE.search(_seen_clause(utt.text, m.start())):
                continue
            members = self._seen_members(utt, longest, cue.end)
            if not members:
                continue
            rest = utt.text[members[-1][0].end_char:]
            marker = _SEEN_MARKER_RE.match(rest)
            marked = bool(m["already"]) or marker is not None or (
                _SEEN_OPENING_RE.match(utt.text, 0, m.start()) is not None and _SEEN_LIST_CLOSED_RE.match(rest) is not None)
            # "watched <A> (last night) and now i'm …": one title watched through, the viewer's state after it
            through = (not m["already"] and len(members) == 1 and _NOW_AFTER_RE.match(rest) is not None
                       and not (marker and _SEEN_BEFORE_RE.search(marker.group())))
            marked = marked or through
            listed = {(s.start_char, s.end_char) for s, _ in members}
            anchor = any(x.found and x.found[0].entity == "title" and x.found[0].role == "similar"
                         and (x.start, x.end) not in listed for x in out)
            if not (anchor or marked and not (_LIKENESS_AFTER_RE.search(rest) or _NEWER_ONE_RE.search(rest)
                                              or _VERDICT_THEN_MORE_RE.match(rest))):
                continue  # round 28B: "i watched <A>, any newer ones", "saw <A> last night, more?": <A> is the anchor
            out = [x for x in out if (x.start, x.end) not in listed]
            # a title watched through is where the viewer comes from (a like-search leaves it out by itself); "seen
            # <A>, what else" stays a title to leave out
            role = "similar" if through and not anchor else "exclude"
            # the first title takes the seen verb in, the last "already": neither reaches the free-text query
            for k, (s, info) in enumerate(members):
                start = m.start() if k == 0 else s.start_char
                end = s.end_char + (marker.end() if marker and k == len(members) - 1 else 0)
                out.append(Match(start, end, P_MENTIONED_NAME,
                                 (Found("title", start, end, info.canonical, role),), "title-seen"))
        return out

    def _longest_titles(self, titles: list[tuple[Span, NameInfo]]) -> dict[int, tuple[Span, NameInfo]]:
        """The longest title starting at each token, none made of pointing or stop words ("it", "that one")."""
        longest: dict[int, tuple[Span, NameInfo]] = {}
        for span, info in titles:
            if not (all(t.lower_ in self._stop for t in span) or _pointer(key(span.text))):
                if span.start not in longest or len(span) > len(longest[span.start][0]):
                    longest[span.start] = (span, info)
        return longest

    def _seen_members(self, utt: Utterance, longest: dict[int, tuple[Span, NameInfo]], start: int
                      ) -> list[tuple[Span, NameInfo]]:
        """The titles listed from token ``start`` on ("dark and narcos", "narcos, ozark and dark"): the longest title
        at each place (``_longest_titles``), joined by list joiners. A vocabulary word ("dark") is a member only where
        the list goes on or closes (the message, a clause or "already" ends it: "seen dark stuff" names no title)."""
        members: list[tuple[Span, NameInfo]] = []
        i = start
        while i in longest:
            span, info = longest[i]
            j = span.end
            while j < len(utt.doc) and (utt.lower[j] in _SEEN_JOINERS or utt.doc[j].is_space):
                j += 1
            goes_on = j > span.end and j in longest
            k = span.end  # what follows the title itself: the message's end, punctuation or a word closing the list
            closes = k >= len(utt.doc) or utt.doc[k].is_punct or utt.lower[k] in _SEEN_CLOSERS
            if info.tier == WEAK_SINGLE and not (goes_on or closes):
                break
            members.append((span, info))
            if not goes_on:
                break
            i = j
        return members

    def _compared_titles(self, utt: Utterance, titles: list[tuple[Span, NameInfo]], out: list[Match]) -> list[Match]:
        """Two titles compared ("is ozark better than narcos?", "which is scarier, the conjuring or insidious"): both
        are titles, lowercase and ordinary words included, when each fills its side of the comparison
        (``comparison_slots``) — "is anything scarier than dark" compares no two titles and reads no title. No role:
        the viewer names both, neither is an anchor more than the other."""
        cued = set(cued_comparison_slots(utt.text))
        for slots in comparison_slots(utt.text):
            filled = [self._filling(utt, titles, slot) for slot in slots]
            if all(filled) and not all(self._vocabulary_side(span) for span, _ in filled) and (
                    slots in cued or not all(self._ordinary_side(span) for span, _ in filled)):
                accepted = {(m.start, m.end) for m in out}
                out = out + [Match(s.start_char, s.end_char, P_MENTIONED_NAME,
                                   (Found("title", s.start_char, s.end_char, i.canonical),), "title-compared")
                             for s, i in filled if (s.start_char, s.end_char) not in accepted]
        return out

    def _vocabulary_side(self, span: Span) -> bool:
        """A side that is a word of the vocabulary ("action", "a movie", "dark"): a title only beside a side that is
        none ("dark or <a title>"), never two of them ("horror or comedy" asks for kinds, not titles)."""
        words = [w for w in key(span.text) if w not in ("a", "an", "the")]
        phrase = " ".join(words)
        return phrase in self._lexicon_phrases or phrase in self._kind_phrases or all(
            w in self._stop or w in self._generic for w in words)

    def _ordinary_side(self, span: Span) -> bool:
        """A side of everyday words ("love", "money"): two of them in a bare pair, with no word of choice around it,
        are no titles compared."""
        return all(w in self._common or w in self._stop for w in key(span.text) if w not in ("a", "an", "the"))

    def _filling(self, utt: Utterance, titles: list[tuple[Span, NameInfo]], slot: tuple[int, int]
                 ) -> tuple[Span, NameInfo] | None:
        """The longest title that is all of ``slot`` (an article or quotes around it aside), no pointing words."""
        fits = [(span, info) for span, info in titles if fills_slot(utt.text, slot, span.start_char, span.end_char)
                and not all(t.lower_ in self._stop for t in span) and not _pointer(key(span.text))]
        return max(fits, key=lambda t: len(t[0].text), default=None)

    def _described_title(self, utt: Utterance, span: Span) -> bool:
        """After the name: words that point at a title ("season 2", "the german one", "the netflix show",
        "(2017)"), or a comma / dash opening a description ("…, the one with the money laundering": DESCRIPTION_OPENERS)
        rather than continuing a list of moods or genres ("like dark, gritty and slow")."""
        rest = [t for t in utt.doc[span.end:] if not t.is_space]
        if not rest:
            return False
        first = rest[0].lower_
        if first in ("season", "seasons", "series", "s1", "s2", "s3", "(") or first in TITLE_POINTER_OPENERS and (
                any(t.lower_ in TITLE_POINTER_NOUNS for t in rest[1:5])):
            return True
        if first not in (",", "-", "–", "—", ":") or len(rest) < 2:
            return False
        nxt = rest[1].lower_
        return nxt in DESCRIPTION_OPENERS and nxt not in self._lexicon_phrases

    def _person(self, utt: Utterance, span: Span, info: NameInfo) -> Match | None:
        director_cue = _director_cue_before(utt, span.start) or (
            span.end < len(utt.doc) and utt.doc[span.end].lower_ in DIRECTOR_VERBS_AFTER)
        performed = director_cue and info.actor and _performed_by(utt, span)
        if performed:
            director_cue = False  # "stand-up by <comic>": the comic on stage, not whoever directed the taping
        actor_cue = (performed or utt.ends_with(span.start, ACTOR_CUES) is not None
                     or (not director_cue and cast_said(utt.text)))
        significant = frozenset(t.lower_ for t in span)
        if info.tier == WEAK and not (director_cue or actor_cue or utt.capitalised(span, significant)):
            return None
        role = _person_role(info, director_cue, actor_cue)
        if info.actor and not info.director and _asks_for_directing(utt, span):
            # "<actor> directed stuff?": the directing asked for, which the catalog does not credit them with; the
            # actions answer honestly (actions/unknown_people.py), never with their acting titles as picks
            role = "director"
        priority = P_MENTIONED_NAME if (director_cue or actor_cue) else P_NAME
        start = _honorific_start(utt, span)  # "dame <name>": the title is part of the name, never a search word
        found = Found(role, start, span.end_char, info.canonical)
        return Match(start, span.end_char, priority, (found,), f"person-{role}")


# A person named through a title they made: "the guy who directed <title>", "from the director of <title>", "same
# director as <title>", "whoever made <title>", "the people behind <title>". The title is reported with this role; the
# action looks its directors up in the catalog and searches their other titles (actions/made_by.py).
DIRECTOR_OF = "director_of"
_MADE_BY_RE = re.compile(
    r"(?:\b(?:(?:guy|gal|dude|man|woman|lady|person|people|one|team|folks)\s+(?:who|that)|who(?:ever)?|that)\s+"
    r"(?:also\s+|actually\s+)?"
    r"(?:made|directed|did|created|helmed|shot)"
    r"|\b(?:directors?|makers?|creators?|filmmakers?|maker)\s+(?:of|as|behind|from|that\s+(?:made|did)|who\s+(?:made|did))"
    r"|\b(?:guy|gal|person|people|team|folks|minds?|brains?|directors?)\s+behind"
    r"|\bsame\s+(?:director|filmmaker|people|guy|team|makers?|creators?)\s+(?:as|that\s+(?:made|did)|who\s+(?:made|did)))"
    r"\s+(?:the\s+(?=\W*\w))?[\"'“‘]?$", re.IGNORECASE)


# A person pointed at through a title they play in: "the guy from <title>", "that actress in <title>", "the main
# actress of <title>", "the <title> dude". The title is reported with this role, its span taking the pointing words
# in (so "guy" or "actress" never reach the query); the action searches the title's lead cast, or the one cast member
# a name hint in the message picks ("the <title> guy, <surname>"), the title itself left out (actions/cast_of.py).
CAST_OF = "cast_of"
PERSON_NOUNS = ("guy|guys|gal|dude|dudes|bloke|fella|chick|lady|ladies|woman|women|man|men|girl|boy|kid|dad|father|mom|"
                "mum|mother|actor|actors|actress|brother|sister|son|daughter|husband|wife|villain|lead|star|host|"
                "narrator|detective|doctor|cop|chef|teacher")
_CAST_BEFORE_RE = re.compile(
    rf"\b(?:the|that|this)\s+(?:\w+\s+)?(?:{PERSON_NOUNS})\s+(?:who\s+(?:was|is|played|plays)\s+)?(?:from|in|on|of)\s+"
    r"(?:the\s+(?:show|series|movie|film)\s+)?[\"'“‘]?$", re.IGNORECASE)
_CAST_AFTER_RE = re.compile(
    r"[\"'”’]?\s*(?:guy|gal|dude|bloke|fella|chick|lady|woman|man|girl|boy|kid|actor|actress|star|lead)\b", re.IGNORECASE)
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|that|this)\s+[\"'“‘]?$", re.IGNORECASE)


def cast_pointer(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a title at ``start``..``end`` taken with the words that point at someone playing in it ("the guy
    from <title>", "that <title> actress"), or None. A title opening with its own article counts as the determiner
    of "the <title> guy" ("the office guy")."""
    before = _CAST_BEFORE_RE.search(text, max(0, start - 60), start)
    if before:
        return before.start(), end
    after = _CAST_AFTER_RE.match(text, end)
    if not after:
        return None
    det = _DETERMINER_BEFORE_RE.search(text, max(0, start - 10), start)
    if det:
        return det.start(), after.end()
    if re.match(r"(?:the|that|this)\s", text[start:end], re.IGNORECASE):
        return start, after.end()
    return None


# After a "like" title, its maker asked for too: "more like <title>, same director if possible", "something like
# <title> but by whoever directed it", "like <title>, ideally from the same director" (``_same_maker``). The hedges
# around the phrase are taken in, so "whoever", "possible" or "ideally" never reach the free-text query.
_HEDGES = (r"(?:and|but|or|ideally|preferably|hopefully|maybe|perhaps|if\s+possible|if\s+you\s+can|if\s+there\s+are"
           r"\s+any|please|pls|too|also|even\s+better|bonus\s+(?:points\s+)?if)")
# One way to split each separator (a comma with any spaces, or spaces alone) and at most four hedges before the
# phrase: "\s*,?\s+" let a run of spaces split several ways, and a message of hedges with no "same director" after
# them backtracked exponentially (Python 3.10 has no atomic groups).
_HEDGE_SEP = r"(?:\s*,\s*|\s+)"
_LEADING_HEDGES = rf"(?:{_HEDGES}{_HEDGE_SEP}){{0,4}}"
_SAME_MAKER_RE = re.compile(
    rf"(?P<phrase>{_LEADING_HEDGES}(?:(?:(?:made|directed|done)\s+)?(?:by|from|with)\s+)?(?:the\s+)?same\s+"
    r"(?:director|directors|filmmaker|creator|creators|maker|makers|guy|people|team)\b(?!\s+(?:as|that|who)\b)"
    rf"|{_LEADING_HEDGES}(?:by|from)\s+(?:whoever|the\s+(?:guy|person|people|one|woman|man|director)\s+"
    r"(?:who|that))\s+(?:directed|made|did|shot|helmed)\s+(?:it|that|this|them)(?:\s+one)?\b"
    rf"|{_LEADING_HEDGES}(?:by|from)\s+(?:its|their|that\s+one's|the)\s+(?:director|directors|filmmaker|"
    r"creator)s?\b(?!\s+of\b))"
    rf"(?:(?:{_HEDGE_SEP})?(?:{_HEDGES}|would\s+be\s+(?:nice|great|good|ideal|cool)|ideally|if\s+any)\b)*", re.IGNORECASE)


_NOT_SAME_RE = re.compile(r"(?:\b(?:not|no|never|without|other\s+than)|n't)\s*(?:(?:by|from)\s+)?$", re.IGNORECASE)


def _same_maker(utt: Utterance, out: list[Match]) -> list[Match]:
    """The maker of the message's "like" title asked for beside it ("more like <title>, same director if possible"):
    the title again, role ``director_of``, on the words asking for the maker. The actions search the title's
    directors among titles like it, and fall back to titles just like it when they made nothing else
    (actions/made_by.py ``prefer_the_makers``)."""
    titles = [m for m in out if m.found and m.found[0].entity == "title" and m.found[0].role in ("similar", None)]
    similar = [m for m in titles if m.found[0].role == "similar"]
    taken = [(m.start, m.end) for m in out]
    return (_same_maker_of(utt, max(similar, key=lambda m: m.end), taken) if similar else []) or (
        _same_cast_of(utt, max(titles, key=lambda m: m.end), taken) if titles else [])


def _same_maker_of(utt: Utterance, last: Match, taken: list[tuple[int, int]]) -> list[Match]:
    """The maker of the "like" title ``last`` asked for after it (``_same_maker``)."""
    for m in _SAME_MAKER_RE.finditer(utt.text, last.end):
        start, end = m.span("phrase")[0], m.end()
        if _NOT_SAME_RE.search(utt.text, max(0, start - 20), start):
            continue  # "but not the same director", "a different director": no maker wanted
        if not any(a < end and start < b for a, b in taken):
            found = Found("title", start, end, last.found[0].value, DIRECTOR_OF)
            return [Match(start, end, P_MENTIONED_NAME, (found,), "title-same-maker")]
    return []


def _same_cast_of(utt: Utterance, last: Match, taken: list[tuple[int, int]]) -> list[Match]:
    """The cast of the title ``last`` (a "like" title or one just named) asked for after it (``_same_maker``)."""
    for m in _SAME_CAST_RE.finditer(utt.text, last.end):
        start, end = m.span()
        if _NOT_SAME_RE.search(utt.text, max(0, start - 20), start) or any(a < end and start < b for a, b in taken):
            continue
        # round 34: "finished <title>, anything with the same actress": its cast asked for (actions/cast_of.py)
        found = Found("title", start, end, last.found[0].value, CAST_OF)
        return [Match(start, end, P_MENTIONED_NAME, (found,), "title-same-cast")]
    return []


# After a "like" title, its cast asked for: "anything with the same actress", "same actors if possible", "starring the
# same guy" (``_same_maker``; the actions read the title's lead, or its first billed for a plural).
_SAME_CAST_RE = re.compile(r"\b(?:(?:with|starring|featuring|from)\s+)?(?:the\s+)?same\s+(?:actress|actor|actresses|actors"
                           r"|star|stars|lead|leads|cast)\b(?!\s+(?:as|that|who)\b)", re.IGNORECASE)


# After a title, its maker asked for (round 27A): "something else by the same director", "same director pls", "what
# else of his is on", "anything more by her" (``maker_phrase_after``).
_SAME_DIRECTOR_AFTER_RE = re.compile(r"\b(?:the\s+)?same\s+(?:director|directors|filmmaker)\b(?!\s+(?:as|that|who)\b)",
                                     re.IGNORECASE)
_HIS_WORK_AFTER_RE = re.compile(
    r"\b(?:what|anything|something|more|others?)\s+(?:else\s+)?(?:of|by|from)\s+(?:his|hers|him|her)\b"
    r"|\bwhat\s+else\s+(?:has|did|have)\s+(?:he|she)\s+(?:directed|made|done)\b", re.IGNORECASE)
_DIRECTOR_WORD_RE = re.compile(r"\b(?:director|directors|directed|filmmaker)\b", re.IGNORECASE)
_MOOD_WORD_RE = re.compile(r"\b([a-z]+)\s+(?:mood|kick|phase|binge|marathon)\b", re.IGNORECASE)


def maker_phrase_after(text: str, end: int, surnames: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """The words after a title ending at ``end`` that ask for more by its director (``_SAME_DIRECTOR_AFTER_RE``; a
    pronoun's ``_HIS_WORK_AFTER_RE`` only beside a director's word or a director's surname in ``surnames`` before a
    "mood"), not after "not"/"a different"; None without them."""
    m = _SAME_DIRECTOR_AFTER_RE.search(text, end)
    if m is not None and not _NOT_SAME_RE.search(text, max(0, m.start() - 20), m.start()):
        return m
    his = _HIS_WORK_AFTER_RE.search(text, end)
    if his is None:
        return None
    between = text[end:his.start()]
    if _DIRECTOR_WORD_RE.search(between) or any(w.group(1).lower() in surnames for w in _MOOD_WORD_RE.finditer(between)):
        return his
    return None


# Durations, list positions and years said between a title and the ask for its maker are remarks about the title
# ("<title> is too long (like 3.5 hrs), but first something else by the same director"), never a window or a position
# for the director's other titles (round 27A).
_TITLE_REMARK_ENTITIES = frozenset({"duration", "position", "year"})


def drop_remarks_before_the_maker(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the durations, positions and years between a ``director_of`` title and the words after it
    asking for its maker (``maker_phrase_after``)."""
    ranges = [(f.end, m.start()) for f in found if f.entity == "title" and f.role == DIRECTOR_OF
              and (m := _SAME_DIRECTOR_AFTER_RE.search(text, f.end) or _HIS_WORK_AFTER_RE.search(text, f.end))]
    if not ranges:
        return found
    return [f for f in found if not (f.entity in _TITLE_REMARK_ENTITIES and any(a <= f.start and f.end <= b
                                                                             for a, b in ranges))]


def made_by_before(text: str, start: int) -> int | None:
    """Where the words right before a title at ``start`` that name its maker begin ("from the director of",
    "whoever made"): the viewer asks for that person's other titles, not for titles like it. The title's entity
    takes those words in, so "guy" or "director" never reach the free-text query. None without such words."""
    m = _MADE_BY_RE.search(text, max(0, start - 60), start)
    return m.start() if m else None


def _roles(gazetteer: Gazetteer) -> dict[str, tuple[bool, bool, bool]]:
    """name → (is actor, is director, directed at least as often as acted)."""
    actors, directors, mainly = set(gazetteer.actors), set(gazetteer.directors), set(gazetteer.mainly_directors)
    return {n: (n in actors, n in directors, n in mainly)
            for n in dict.fromkeys([*gazetteer.actors, *gazetteer.directors])}


def _work_noun(word: str) -> bool:
    """A work noun ("films"), also typed with a letter twice ("moviess", "filmss": the typo reader's commonest slip)."""
    return word in WORK_NOUNS or any(doubled_letter(word, w) for w in WORK_NOUNS if len(w) + 1 == len(word))


def _one_word_person(utt: Utterance, span: Span, info: NameInfo, rule: str, *, work_after: bool,
                     capital: bool = False) -> Match | None:
    """A person named by one word (initials, a stage name) when a person cue stands before it or a work noun after
    it — or, weaker, the user typed it with a capital; None without that support."""
    director_cue = _director_cue_before(utt, span.start)
    actor_cue = utt.ends_with(span.start, ACTOR_CUES) is not None
    cued = director_cue or actor_cue or work_after
    actor_cue = actor_cue or (not director_cue and cast_said(utt.text))
    if not (cued or capital):
        return None
    role = _person_role(info, director_cue, actor_cue)
    found = Found(role, span.start_char, span.end_char, info.canonical)
    return Match(span.start_char, span.end_char, P_MENTIONED_NAME if cued else P_NAME, (found,), f"person-{rule}-{role}")


NICKNAME_WORK_NOUNS = frozenset({"film", "films", "movie", "movies", "flick", "flicks", "stuff"})


def _nickname_work_after(utt: Utterance, message: list[Word], i: int, after: int, end: int, *, initials: bool,
                         possessive: bool) -> bool:
    """What after a nickname says it is the person. Initials: any work noun ("srk comedies") or a possessive ("srk's
    romances"). An ordinary word: a media noun ("the rock movies"), not after an article, which makes it an
    adjective ("a sly film"); a genre noun never does ("a sly comedy"). Never a compound ("big b-movie")."""
    if initials and possessive:
        return True
    if after >= len(message) or utt.text[end:message[after].start].strip():
        return False
    if initials:
        return _initials_work_word(message[after].norm)
    return message[after].norm in NICKNAME_WORK_NOUNS and (i == 0 or message[i - 1].norm not in ("a", "an"))


def _initials_work_word(word: str) -> bool:
    """A word after a person's initials that says whose work is meant: a work noun ("SRK films") or a genre word
    ("srk romance", "jcvd action"), which initials cannot be an adjective of. "what does SRK mean" has neither."""
    return word in WORK_NOUNS or word in _genre_words()


def _kind_word(word: str) -> bool:
    """A word that plainly names a kind of title: a work noun ("docs", "flicks") or a one-word genre ("horror")."""
    return word in WORK_NOUNS or word in _genre_words()


@lru_cache(maxsize=1)
def _genre_words() -> frozenset[str]:
    """The one-word genre phrases (genres.terms(), with their plurals): "romance", "romances", "action", "horror"."""
    from . import genres  # imported on first use: only the initials rule needs the genre lexicon
    from .terms import variants
    return frozenset(v for phrase, term in genres.terms() if " " not in phrase
                     for v in variants(phrase, term.inflect) if " " not in v)


@lru_cache(maxsize=1)
def _genre_phrases() -> frozenset[tuple[str, ...]]:
    """The genre phrases of two or three words (genres.terms(), with their plurals) as word tuples: ("kung", "fu"),
    ("martial", "arts"), ("sci", "fi")."""
    from . import genres
    from .terms import variants
    return frozenset(tuple(v.split()) for phrase, term in genres.terms() if " " in phrase
                     for v in variants(phrase, term.inflect) if 2 <= len(v.split()) <= 3)


def _names_a_kind(k: tuple[str, ...]) -> bool:
    """Round 29B: a title's words are a genre's or a format's, its article aside ("The Stand-Up", "The Standups"):
    after a turning-down cue the viewer rules the kind out (the actions read it as the title when that title was just
    shown: actions/shown_kind_titles.py)."""
    words = k[1:] if len(k) > 1 and k[0] in ("the", "a", "an") else k
    return (len(words) == 1 and _kind_word(words[0])) or words in _genre_phrases()


def _initials_of(k: tuple[str, ...], name: str) -> bool:
    """"srk" for Shah Rukh Khan: a nickname that only abbreviates the name (read like initials, in any case)."""
    return len(k) == 1 and k[0] == "".join(w[0] for w in key(name))


def _surname_of(w: Word, info: NameInfo) -> Word | None:
    """``w`` (or its possessive's stem) when it is the last word of the person's name: "sly stallone's films"."""
    surname = key(info.canonical)[-1]
    form = _possessive(w) if w.norm.endswith("'s") else None
    return w if w.norm == surname else form if form is not None and form.norm == surname else None


_CAPITALISED_WORD_RE = re.compile(r"[A-Z][a-z]+")


def _beside_other_capitals(text: str, start: int, end: int, info: NameInfo) -> bool:
    """A loose reading of one capitalised word next to another capitalised word that is no part of the person's name
    ("Winston Churchill" read as Ray Winstone): the viewer wrote someone else's full name. A capital opening a
    sentence before it says nothing ("Winstone films?")."""
    if not _CAPITALISED_WORD_RE.fullmatch(text[start:end]):
        return False
    own = set(key(info.canonical))
    after = _CAPITALISED_AFTER_RE.match(text, end)
    before = _CAPITALISED_BEFORE_RE.search(text[max(0, start - MAX_NEIGHBOUR):start])
    prefix = text[:start - len(before.group(0))].rstrip() if before is not None else ""
    sentence_start = not prefix or prefix[-1] in ".!?\n"
    return bool(after and fold(after.group(1)) not in own) or bool(
        before and not sentence_start and fold(before.group(1)) not in own)


_CAPITALISED_AFTER_RE = re.compile(r" ([A-Z][a-z]+)\b")
_CAPITALISED_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+) $")
MAX_NEIGHBOUR = 40  # characters looked at on each side for a neighbouring capitalised word


# Cues that ask for a person's directing and nothing else ("by" may be a performer's: "a stand-up by <comedian>").
DIRECTING_ONLY_CUES = frozenset({("directed", "by"), ("director",), ("helmed", "by"), ("from", "director")})
# Verbs after a name that make its bearer the director ("<name> directed stuff?", "what fincher directed", "<name>
# directing anything"): one home, read by the directing-only check below, the director cue (with "shot",
# ``DIRECTOR_VERBS_AFTER``) and the person verbs (``PERSON_VERBS``).
DIRECTING_VERBS = frozenset({"directed", "direct", "directs", "directing", "helmed"})


MIN_DIRECTED_SURNAME = 5  # letters of a surname read as a director from a directing cue alone


def _directing_cue(utt: Utterance, span: Span) -> bool:
    """A director cue before the name ("directed by", "by", "the director") or a directing verb after it ("<name>
    directed", "<name> shot")."""
    return _director_cue_before(utt, span.start) or (
        span.end < len(utt.doc) and utt.doc[span.end].lower_ in DIRECTOR_VERBS_AFTER)


def _director_cue_before(utt: Utterance, token_index: int) -> bool:
    """A director cue ends right before ``token_index`` ("directed by", "by", "director") and is no cast "by"
    ("narrated by", "hosted by": ``CAST_BY_CUES``)."""
    return (utt.ends_with(token_index, DIRECTOR_CUES) is not None
            and utt.ends_with(token_index, CAST_BY_CUES) is None)


# A director's body of work said around a lone distinctive surname (formal viewers, round 20j): a film word right after
# it ("a kubrick picture", "kubrick's films") or an admirer before it ("an admirer of kubrick", "a great fan of kubrick").
_WORK_WORDS_AFTER_SURNAME = frozenset({"film", "films", "movie", "movies", "picture", "pictures", "flick", "flicks",
                                       "classic", "classics", "masterpiece", "masterpieces", "oeuvre", "work", "works"})
_ADMIRER_BEFORE_SURNAME = frozenset({("admirer", "of"), ("admirers", "of"), ("fan", "of"), ("fans", "of"),
                                     ("devotee", "of"), ("enthusiast", "of"), ("admire",), ("admires",)})


def _body_of_work_cue(message: list[Word], p: int) -> bool:
    """A film word right after the surname at ``p`` (possessive or not), or an admirer's words right before it."""
    after = message[p + 1].norm if p + 1 < len(message) else ""
    before = tuple(w.norm for w in message[max(0, p - 2):p])
    return (after in _WORK_WORDS_AFTER_SURNAME
            or any(before[-len(cue):] == cue for cue in _ADMIRER_BEFORE_SURNAME if len(before) >= len(cue)))


def _directors_by_surname(entries: dict[tuple[str, ...], NameInfo]) -> dict[str, NameInfo]:
    """The catalog's directors by surname, for surnames exactly one director carries (two directors of a surname:
    the surname alone says neither)."""
    found: dict[str, list[NameInfo]] = defaultdict(list)
    for k, info in entries.items():
        if len(k) >= 2 and info.director and k[-1].isalpha():
            found[k[-1]].append(info)
    return {surname: infos[0] for surname, infos in found.items()
            if len({i.canonical for i in infos}) == 1}


# Words after a surname that say the family is meant ("coen brothers", "the wachowski sisters").
SIBLING_WORDS = frozenset({"brothers", "bros", "sisters", "siblings"})


def _director_pairs(entries: dict[tuple[str, ...], NameInfo]) -> dict[str, tuple[NameInfo, NameInfo]]:
    """Surnames exactly two of the catalog's directors carry ("coen": Ethan and Joel), for "the coens": with a third
    director of the surname ("hughes") the surname says no one pair."""
    found: dict[str, dict[str, NameInfo]] = defaultdict(dict)
    for k, info in entries.items():
        if len(k) >= 2 and info.director and k[-1].isalpha() and len(k[-1]) >= 3:
            found[k[-1]][info.canonical] = info
    return {surname: (infos[a], infos[b]) for surname, infos in found.items() if len(infos) == 2
            for a, b in [sorted(infos)]}


def _particle_directors(entries: dict[tuple[str, ...], NameInfo]) -> dict[tuple[str, str], NameInfo]:
    """The catalog's directors by particle surname ("de palma", "van sant"), for pairs exactly one director carries."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    infos: dict[tuple[str, str], NameInfo] = {}
    for k, info in entries.items():
        if len(k) >= 3 and info.director and k[-2] in NAME_PARTICLES and k[-1].isalpha():
            found[(k[-2], k[-1])].add(info.canonical)
            infos[(k[-2], k[-1])] = info
    return {pair: infos[pair] for pair, names in found.items() if len(names) == 1}


def _bare_surname(norm: str) -> str:
    """A surname without a possessive ending ("flanagan's" → "flanagan")."""
    return norm[:-2] if norm.endswith("'s") and len(norm) > 2 else norm


def _asks_for_directing(utt: Utterance, span: Span) -> bool:
    """"directed by <name>", "the director <name>", "<name> directed stuff?"."""
    return utt.ends_with(span.start, DIRECTING_ONLY_CUES) is not None or (
        span.end < len(utt.doc) and utt.doc[span.end].lower_ in DIRECTING_VERBS)


# Honorifics said before a person's name ("dame <name>", "sir <name>", "dr. <name>").
HONORIFICS = frozenset({"sir", "dame", "lord", "mr", "mrs", "ms", "miss", "dr", "doctor", "professor", "prof"})


def _honorific_start(utt: Utterance, span: Span) -> int:
    """Where a person's name starts, an honorific right before it included ("dame judi dench")."""
    if span.start == 0:
        return span.start_char
    before = utt.doc[span.start - 1]
    return before.idx if before.lower_.rstrip(".") in HONORIFICS else span.start_char


# The message says the person is wanted on screen, away from the name: "what have you got with him", "anything
# starring her", "in his cowboy days", "back in her prime", "his acting", "her roles", "he played", "films she's in",
# "anything <name> is in". A person credited both ways is then read as cast, whatever they mostly do (``_person_role``).
_CAST_SAID_RE = re.compile(
    r"\b(?:with|starring|featuring|feat\.?|w/)\s+(?:him|her)\b(?!\s+(?:directing|behind|as\s+(?:the\s+)?director))"
    r"|\bin\s+(?:his|her)\s+(?:[\w-]+\s+){0,3}?(?:days|years|era|prime|heyday|youth|roles?|performances?)\b"
    r"|\b(?:his|her)\s+(?:acting|roles?|performances?|characters?|on-?screen)\b"
    r"|\bas\s+an?\s+(?:actor|actress)\b"
    r"|\b(?:he|she)\s+(?:(?:has\s+)?(?:played|plays|starred|stars|acted|acts|appeared|appears)|(?:is|was|'s|’s)\s+in)\b"
    r"|\b(?:films?|movies?|shows?|series|ones|stuff|anything|something|titles?)\s+(?:that\s+)?(?:he|she)(?:'s|’s|\s+is"
    r"|\s+was|\s+has\s+been|\s+(?:acted|starred|played|appeared))\s+in\b"
    # "anything clint eastwood is in", "stuff keanu's been in", "what has he been in?": "in" closing the clause (35)
    r"|(?:\b(?:is|was|are|been)|'s|’s)\s+in\s*(?:[?!.,;]|$)", re.IGNORECASE)


# A performance "by" someone is theirs on stage: "stand-up by <comic>", "any specials by <comic>" (a plain "by" only;
# "directed by" still asks for the director).
_PERFORMANCE_RE = re.compile(r"\b(?:stand[\s-]?ups?|specials?|comedy\s+sets?|concerts?)\b", re.IGNORECASE)


def _performed_by(utt: Utterance, span: Span) -> bool:
    """A plain "by" before the name in a message asking for a performance (``_PERFORMANCE_RE``)."""
    return (utt.ends_with(span.start, frozenset({("by",)})) is not None
            and utt.ends_with(span.start, DIRECTING_ONLY_CUES) is None and _PERFORMANCE_RE.search(utt.text) is not None)


# The person as the viewer's company, never as cast: "something to watch with him tonight", "a film to enjoy with
# her", "with him this weekend". "Watch something with him in it" still asks for him on screen.
_COMPANION_RE = re.compile(
    r"\b(?:watch(?:ing)?|see|enjoy|share|sit\s+through|chill|relax|hang\s+out|curl\s+up|snuggle\s+up|cuddle\s+up)"
    r"(?:\s+[\w']+)?\s+with\s+(?:him|her)\b(?!\s+in\s+it)"
    r"|\bwith\s+(?:him|her)\s+(?:tonight|today|tomorrow|later|after\s+(?:dinner|work|school)|at\s+home"
    r"|(?:this|on\s+the|at\s+the|over\s+the)\s+(?:evening|afternoon|morning|weekend|holidays?))\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def cast_said(text: str) -> bool:
    """Whether ``text`` asks for a person on screen away from the name (``_CAST_SAID_RE``); the person said as the
    viewer's company (``_COMPANION_RE``) is no such cue. Cached: it is asked once per person named, and a message
    naming hundreds of people must not scan its whole text hundreds of times."""
    return _CAST_SAID_RE.search(_COMPANION_RE.sub(" ", text)) is not None


def _most_credited(people: set[tuple[str, ...]], credits: dict[tuple[str, ...], int]) -> set[tuple[str, ...]]:
    """The one of ``people`` with more credits than every other (``Gazetteer.well_known_credits``), or no one."""
    ranked = sorted(people, key=lambda k: credits.get(k, 0), reverse=True)
    if credits.get(ranked[0], 0) > credits.get(ranked[1], 0):
        return {ranked[0]}
    return set()


def _person_role(info: NameInfo, director_cue: bool, actor_cue: bool) -> str:
    """Entity name for a person, from the cue and what the gazetteer knows them as."""
    if director_cue and info.director:
        return "director"
    if actor_cue and info.actor:
        return "actor"
    return "actor" if info.actor and not info.mainly_director else "director"


def _similar_after(utt: Utterance, span: Span) -> bool:
    """"queens gambit vibes", "a Narcos-ish show", "something Ozark type": a title then a likeness word (after a hint in
    brackets too: "<title> (the old one) vibes")."""
    i = _past_hint(utt, span.end)
    while i < len(utt.doc) and utt.doc[i].text in ("-", "'", "’", "s"):
        i += 1
    if i < len(utt.doc) and utt.lower[i] in HEDGED_SIMILAR_AFTER:
        # "<title> kinda thing", "<title> sorta show", "<title> kinda?": never "<title> kinda boring"
        return _closes_likeness(utt, i)
    if i < len(utt.doc) and _WHATS_SIMILAR_RE.match(utt.text, utt.doc[i].idx):
        return True  # "<title> (the anime) whats similar": the question right after the title is about it
    return i < len(utt.doc) and utt.lower[i] in SIMILAR_AFTER


def _likeness_word_closes(utt: Utterance, span: Span) -> bool:
    """A likeness word right after the title, then a kind noun or the clause's end ("<title> type show", "<title>
    vibes", "<title> kinda thing"): never a verb's subject ("my <friends> type fast")."""
    return span.end < len(utt.doc) and utt.lower[span.end] in SIMILAR_AFTER and _closes_likeness(utt, span.end)


def _closes_likeness(utt: Utterance, i: int) -> bool:
    """The likeness word at token ``i`` ends its clause or stands before a kind noun ("kinda thing", "type show")."""
    nxt = utt.doc[i + 1] if i + 1 < len(utt.doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ in HEDGED_LIKENESS_NOUNS


# "what's similar" right after a title, its apostrophe dropped or "similar" misspelt ("whats similiar", "wats similar")
_WHATS_SIMILAR_RE = re.compile(r",?\s*(?:what|wat|wht)(?:'s|’s|s|\s+is)\s+(?:similar|sim+[iu]l+i?[ae]r)\b(?!\s+to\b)",
                               re.IGNORECASE)


MAX_HINT_TOKENS = 6


def _past_hint(utt: Utterance, i: int) -> int:
    """The token after a short hint in brackets at token ``i`` ("<title> (old one)", "<title> (spanish school one)"):
    words saying which title is meant, or ``i`` when none is there. A hint with a number ("(2019)") is a year's reading
    and stays one."""
    doc = utt.doc
    if i >= len(doc) or doc[i].text != "(":
        return i
    for j in range(i + 2, min(len(doc), i + MAX_HINT_TOKENS + 2)):
        if doc[j].text == ")":
            return i if any(c.isdigit() for c in doc[i:j].text) else j + 1
    return i


def _given_name_variant(typed: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """"nicholas cage", "steven colbert": the surname typed exactly, a given name spelt another common way."""
    return len(typed) == len(name) >= 2 and typed[-1] == name[-1] and typed[0] != name[0]


def _asks_availability(utt: Utterance, span: Span) -> bool:
    """The words around ``span`` ask whether the catalog has it (``AVAILABILITY_CUES``): "do you have the irishman",
    "have you got narcos", "is the irishman on here", "is ozark available?"."""
    start = span.start
    if start >= 2 and utt.lower[start - 1] in AVAILABILITY_WORK_NOUNS and utt.lower[start - 2] in ("the", "that"):
        start -= 2  # "do you have the film <title>", "is the series <title> on here": the title's kind named first
    if utt.ends_with(start, AVAILABILITY_CUES) is not None or within_slot(utt.text, span.start_char, span.end_char):
        return True  # ... or any frame of the question (contract.availability): "<title> on here?", "got <title>?"
    if start == 0 or utt.lower[start - 1] not in AVAILABILITY_BE:
        return False
    after = tuple(t.lower_ for t in utt.doc[span.end:span.end + 3])
    if after and _AVAILABLE_RE.fullmatch(after[0]):
        return True  # "is the crown avalable": "available" typed with a slip (round 24c)
    if after and after[0] == "on" and all(t.is_punct or t.is_space for t in utt.doc[span.end + 1:]):
        return True  # "is the irishman on?": "on" closing the question is the catalog's (round 27A)
    return any(after[:len(phrase)] == phrase for phrase in AVAILABILITY_AFTER)


def _ends_message(utt: Utterance, span: Span) -> bool:
    """Nothing but punctuation and filler after the span ("like sherlock?", "like sherlock pls")."""
    return all(t.is_punct or t.is_space or t.lower_ in ENDING_FILLER for t in utt.doc[span.end:])


# A settling remark after the one thing asked for ("any scorsese is fine", "more nolan would do", "some keanu works
# for me"): the message still asks for that alone (round 25b).
_SETTLING_TAIL_RE = re.compile(
    r"\s*(?:(?:is|'s|’s|would\s+be|will\s+be|sounds)\s+)?(?:fine|ok|okay|good|great|alright|cool)\b"
    r"|\s*(?:would|will)\s+do\b|\s*works\b", re.IGNORECASE)


def _ends_request(utt: Utterance, span: Span) -> bool:
    """The span ends the message (``_ends_message``), a settling remark after it allowed ("any scorsese is fine")."""
    if _ends_message(utt, span):
        return True
    end = utt.doc[span.end - 1].idx + len(utt.doc[span.end - 1])
    tail = _SETTLING_TAIL_RE.match(utt.text, end)
    return tail is not None and all(
        t.is_punct or t.is_space or t.lower_ in ENDING_FILLER or t.lower_ in ("for", "me", "us")
        for t in utt.doc if t.idx >= tail.end())


# Words that point back at a list or count ("more like that", "like the last one", "like those two"): never a
# stop-word title on their own.
POINTING_WORDS = frozenset("""that this it those these them they one ones him her me us last next first second
other others same two three four five six seven eight nine ten twelve fifty mine still only after
up down on off in out over back again so well""".split())  # … and particles ("like up" is no request)
ENDING_FILLER = ENDING_CHAT_WORDS  # "like sherlock pls", "not <title> lol": contract.words, shared with the actions' rules
OPENING_FILLER = frozenset({"ok", "okay", "so", "hmm", "um", "well", "like", "something", "anything", "basically"})


_COURTESY_RE = re.compile(rf"(?:{COURTESY_PATTERN})", re.IGNORECASE)
# Before a courtesy that opens a sentence: the message's start, a sentence end, or other courtesies ("Good evening,
# thank you").
_BEFORE_COURTESY_RE = re.compile(rf"(?:^|[.!?;:\n])[\s,]*(?:(?:{COURTESY_PATTERN})[\s,.!]*)*$", re.IGNORECASE)


def courtesy_opening(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a courtesy (``contract.words.COURTESY_PATTERN``: "Thank you", "Good evening") opening a
    sentence: said to the bot, never a title, whatever follows it."""
    return (_COURTESY_RE.fullmatch(text[start:end].strip()) is not None
            and _BEFORE_COURTESY_RE.search(text[:start]) is not None)


def _only_likeness(utt: Utterance, span: Span) -> bool:
    """The whole message is "like <title>" ("like dark", "something like you"): even a title that is an
    ordinary word is the title then."""
    cue = utt.ends_with(span.start, SIMILAR_CUES)
    first = span.start - len(cue or ())
    return all(t.is_punct or t.lower_ in OPENING_FILLER or t.lower_ in LIKENESS_OPENERS for t in utt.doc[:first])


# Words a "<…> like X" request may open with besides filler ("shows like dark but in english", "find me
# something like you"); no subject pronoun, so "i like you" stays chat.
LIKENESS_OPENERS = frozenset("""a some more show shows movie movies film films series stuff give find show me
recommend suggest any other""".split())


# Words after a name that point at a title: "the german one", "the netflix show", "that series with ...".
TITLE_POINTER_OPENERS = frozenset({"the", "that", "this"})
TITLE_POINTER_NOUNS = frozenset({"one", "show", "series", "movie", "film", "version", "remake", "original"})
# Words after a comma that open a description of a title ("…, the one with the money laundering", "…, you
# know, the german one"), unlike a list of wishes ("like dark, moody and slow").
DESCRIPTION_OPENERS = frozenset({"the", "that", "this", "you", "with", "about", "where", "which", "set", "starring",
                                 "from", "season", "seasons"})
# "like" is the verb after a subject ("i'd like dark, ..."), the preposition after a noun ("series like …").
_SIMILAR_NOUNS = LIKENESS_OPENERS | frozenset({"something", "anything", "stuff", "titles", "ones", "one", "more",
                                               "else", "things", "dramas", "thrillers", "comedies"})


def one_title_per_item(found: list[Found], gazetteer: Gazetteer | None) -> list[Found]:
    """``found`` with one title entity per catalog title: a title named again under another of its names ("money heist.
    la casa de papel", its English and its original title) is the same title, never two to choose between (round 35).
    The first name said stays; a name said twice is left to the rules that read repeats (a restart, a retraction)."""
    if gazetteer is None:
        return found
    first_names: dict[tuple[str, str | None], str] = {}
    out = []
    for f in found:
        item = gazetteer.title_id(str(f.value)) if f.entity == "title" else None
        if item is not None and first_names.setdefault((item, f.role), str(f.value)) != str(f.value):
            continue  # the same title under another name; the same name said twice ("… ok just like <it>") stays
        out.append(f)
    return out


# A definite description right after a similar title: "…, the german one", "(the netflix show)", "- that sci-fi
# series". Its words identify the title; they are no wish of the viewer's.
_TITLE_DESCRIPTION_RE = re.compile(
    r"\s*(?:[,:(\-–—]\s*)?(?:you know,?\s+)?(?:the|that|this)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:one|show|series|movie|film|version)\b\)?", re.IGNORECASE)
_DESCRIBING_ENTITIES = frozenset({"country", "language", "genre", "mood", "media_type", "year"})


def drop_title_descriptions(text: str, found: list[Found]) -> list[Found]:
    """Entities inside a description of a similar title ("shows similar to dark, the german one": no German
    constraint; the viewer points at the title, not at what they want); the title's span covers the description."""
    ranges = []
    described: dict[int, int] = {}  # index of a title in ``found`` -> end of its description
    for k, f in enumerate(found):
        if f.entity == "title" and f.role == "similar":
            m = _TITLE_DESCRIPTION_RE.match(text, f.end)
            if m:
                ranges.append((f.end, m.end()))
                described[k] = m.end()
    if not ranges:
        return found
    # The title's span takes in its description, so the description's words never reach the free-text query.
    return [replace(f, end=described[k]) if k in described else f for k, f in enumerate(found)
            if not (f.entity in _DESCRIBING_ENTITIES and f.role is None
                    and any(a <= f.start and f.end <= b for a, b in ranges))]


def _noun_before_cue(utt: Utterance, span: Span, cue: tuple[str, ...]) -> bool:
    """A likeness cue that cannot be a verb: a phrase ("similar to", "such as") or "like" after a noun."""
    if cue != ("like",):
        return cue not in (("liked",), ("loved",), ("enjoyed",), ("loves",), ("adores",), ("likes",), ("enjoys",))
    j = span.start - 1  # the cue word, an opening quote skipped
    while j > 0 and utt.doc[j].text in QUOTES:
        j -= 1
    return j > 0 and utt.lower[j - 1] in _SIMILAR_NOUNS


# Words that open a list of titles after a likeness cue: "similar to both money heist and narcos".
LIST_OPENERS = frozenset({"both", "either"})
# What joins the titles of a list: "X and Y", "X or Y", "X, Y and Z", "X & Y", "X/Y".
LIST_JOINERS = frozenset({(",",), ("and",), ("or",), (",", "and"), (",", "or"), ("&",), ("/",), ("and", "also"),
                          ("or", "maybe")})


def _past_list_opener(utt: Utterance, token_index: int) -> int:
    """Where a likeness cue ends before a title: before "both" / "either" when the title opens a list with one, and
    before the kind the title is pointed at with ("loved the movie <title>", "liked a lot the show <title>":
    ``_past_kind_noun``)."""
    token_index = _past_kind_noun(utt, token_index)
    return token_index - 1 if token_index > 0 and utt.lower[token_index - 1] in LIST_OPENERS else token_index


# "the movie <title>", "the show <title>": the kind a title is pointed at with, between a cue and the title (24c);
# "a lot", "so much", "very much" after the verb ("i liked a lot the movie <title>") belong to the cue.
_KIND_BEFORE_TITLE = frozenset({"movie", "film", "show", "series", "documentary", "doc", "docuseries", "anime",
                                "cartoon", "miniseries", "sitcom"})
_INTENSIFIERS_AFTER_VERB = (("a", "lot"), ("so", "much"), ("very", "much"), ("really", "much"))


def _past_kind_noun(utt: Utterance, token_index: int) -> int:
    """Where a cue would end before a title the message points at with its kind ("the movie <title>"): before "the
    <kind>" and an intensifier before it; ``token_index`` itself when no kind stands there."""
    if token_index < 2 or utt.lower[token_index - 1] not in _KIND_BEFORE_TITLE \
            or utt.lower[token_index - 2] not in ("the", "that"):
        return token_index
    at = token_index - 2
    for words in _INTENSIFIERS_AFTER_VERB:
        if at >= len(words) and tuple(utt.lower[at - len(words):at]) == words:
            return at - len(words)
    return at


def _list_joiner(utt: Utterance, end: int, start: int) -> bool:
    """Tokens ``end`` to ``start`` are just a list joiner (``LIST_JOINERS``)."""
    return end < start and tuple(utt.lower[i] for i in range(end, start) if not utt.doc[i].is_space) in LIST_JOINERS


def _with_similar(out: list[Match], span: Span, info: NameInfo) -> list[Match]:
    """``out`` with the title on ``span`` read as a similar title: an accepted reading without a role gets the role
    (one naming people keeps its own), a reading not accepted yet is added."""
    where = (span.start_char, span.end_char)
    if any((m.start, m.end) == where for m in out):
        return [replace(m, found=(m.found[0].with_role("similar"),) + m.found[1:])
                if (m.start, m.end) == where and m.found[0].entity == "title" and m.found[0].role is None else m
                for m in out]
    found = Found("title", span.start_char, span.end_char, info.canonical, "similar")
    return out + [Match(span.start_char, span.end_char, P_MENTIONED_NAME, (found,), "title-listed")]


# A seen verb opening a list of titles to leave out (``NameMatcher._seen_lists``): "seen X and Y already", "i've
# already watched X, Y and Z", "we saw X"; "already" before the verb marks the list by itself.
_SEEN_CUE_RE = re.compile(r"(?P<already>\balready\s+)?\b(?:seen|watched|saw)\s+(?:(?:both|all)\s+(?:of\s+)?)?",
                          re.IGNORECASE)
# A negation in the seen verb's own clause, up to two words before it ("haven't seen", "have not actually seen",
# "never really watched"): the clause runs back to the last punctuation or "but" (``_seen_clause``), not a fixed
# number of characters that cut "not" off.
_NOT_SEEN_RE = re.compile(r"(?:\b(?:not|never|yet\s+to|havent|hasnt|hadnt|didnt|dont|doesnt|aint|nvr)\b|n['’]t\b)"
                          r"\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(r"[.,;:!?]|\b(?:but|though|although|tho)\b", re.IGNORECASE)


def _seen_clause(text: str, cue_start: int) -> str:
    """The words of the seen verb's clause before it: back to the last punctuation or contrast word, at most 60
    characters (a negation further back is in another clause)."""
    before = text[max(0, cue_start - 60):cue_start]
    breaks = list(_CLAUSE_BREAK_RE.finditer(before))
    return before[breaks[-1].end():] if breaks else before
# A seen verb opening the message ("seen <A> and <B>", "we've watched <A>"): the viewer reports what is behind them,
# as "already" says (unless a likeness follows: "seen <A>, anything like it?" keeps its anchor).
_SEEN_OPENING_RE = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|also|btw|but|hm+|well|oh)\W+)*"
                              r"(?:(?:i|we|they)(?:'ve|’ve|\s+have)?\s+|(?:i|we|they)ve\s+)?$", re.IGNORECASE)
# ... when the list closes its clause ("seen <A> and <B>.", "seen <A>, what else"; not "watched <A> with the guys").
_SEEN_LIST_CLOSED_RE = re.compile(r"\s*(?:$|[,.!?;:]|(?:and|but|so|now|though|tho|lol|haha)\b)", re.IGNORECASE)
# After the list: the words that say the titles are behind the viewer ("… already", "… before", "… both already").
_SEEN_MARKER_RE = re.compile(r"\s*(?:(?:both|all|too|of\s+them)\s+)*(?:already|before|ages\s+ago|last\s+\w+)\b",
                             re.IGNORECASE)
# After a title watched through, the viewer's state now ("<A> now i'm empty", "<A>, and now what"): no list of seen ones.
_NOW_AFTER_RE = re.compile(r"\s*(?:(?:last\s+\w+|yesterday|this\s+(?:morning|afternoon|evening|weekend|week))\s*)?"
                           r",?\s*(?:and\s+|so\s+)?now\b", re.IGNORECASE)
# A marker after the list that says the titles were seen some time ago, not just watched through.
_SEEN_BEFORE_RE = re.compile(r"\b(?:already|before|ago)\b", re.IGNORECASE)
_SEEN_JOINERS = frozenset({",", "and", "or", "&", "/", "+", "nor", "plus"})
_SEEN_CLOSERS = frozenset({"already", "before", "both", "too", "also", "all", "but", "so", "tho", "though",
                           "lol", "haha", "last", "yesterday", "recently", "twice"})


# After a title, other titles wanted instead of it: "… but other ones", ", but different shows", "but not that one",
# "but something else", "but not the same one" (``NameMatcher._others_than``).
_OTHERS_THAN_RE = re.compile(
    r"\s*[,!.…]*\s*(?:but|just|only)\s+(?:(?:some|any|maybe)\s+)?(?:(?:other|different|new|similar)\s+"
    r"(?:ones?|shows?|series|movies?|films?|titles?|stuff|things)\b|not\s+(?:that|this|the\s+same)\s+"
    r"(?:one|show|series|movie|film)\b|not\s+(?:it|that)(?:\s+itself)?\s*(?=[.,!?]|$)|(?:something|anything)\s+"
    r"(?:else|different)\b|(?:others|other\s+ones)\b)", re.IGNORECASE)


def _opens_contrast(utt: Utterance, span: Span) -> bool:
    """"inception but as a series": the title opens the message (after filler) and "but" follows it."""
    if span.end >= len(utt.doc) or utt.lower[span.end] != "but":
        return False
    return all(t.is_punct or t.lower_ in OPENING_FILLER for t in utt.doc[:span.start])


def _possessive(w: Word) -> Word | None:
    """The bare name inside a possessive or plural last word: "Sandler's" / "sandlers" → "sandler"."""
    n = w.norm
    if n.endswith("'s") and len(n) > 3:
        return Word(n[:-2], w.start, w.end - 2)
    if n.endswith("s") and len(n) > 4:
        return Word(n[:-1], w.start, w.end)
    return None


# --- Loose matching: surnames alone, spacing and small typos in names --------------------------------

P_LOOSE_NAME = P_NAME - 1  # beats vocabulary and typo guesses, never an exact name
FUZZY_MIN_LENGTH = 6      # letters of a name typed with a slip anywhere (shorter ones are too easy to hit)
FUZZY_SWAP_MIN_LENGTH = 4  # shorter names still match two neighbouring letters swapped ("ozrak"), nothing else
ASKED_SLIP_MIN_LENGTH = 5  # round 29C: letters of a name typed with a slip in an availability question's slot
LONE_TITLE_SLIP_MIN = FUZZY_MIN_LENGTH  # letters of a one-word title typed with a slip as the whole message (22h)
FUZZY_PERSON_ALONE = 12   # letters of a well-known person's name that, typed with a slip, need no other cue
MAX_ANCHOR_BUCKET = 200    # a word shared by more names than this is no anchor ("the", "love")
STRONG_PERSON_CUES = frozenset({("directed", "by"), ("by",), ("starring",), ("featuring",), ("helmed", "by"),
                                ("made", "by"), ("films", "by"), ("movies", "by"), ("from", "director"),
                                ("director",), ("actor",), ("actress",),
                                # a follow-up naming only a person: "what about scorsese", "how about nolan"
                                ("what", "about"), ("how", "about")})
FOLLOW_UP_CUES = frozenset({("what", "about"), ("how", "about")})
WORK_NOUNS = frozenset("""film films movie movies flick flicks picture pictures show shows series joint one ones
classic classics comedy comedies drama dramas thriller thrillers stuff anime documentary documentaries doc docs
special specials miniseries docuseries sitcom sitcoms""".split())
# Words that qualify a work noun after a name ("spielberg tv series", "scorsese limited series"): the name still
# names whose work is meant. Only skipped when a work noun follows them.
FORMAT_QUALIFIERS = frozenset({"tv", "television", "limited", "mini", "animated", "netflix", "original",
                               "feature", "short", "documentary"})
POINTER_DETERMINERS = frozenset({"the", "that", "this", "a"})
# After a name, verbs that make its bearer the director: the directing verbs and "shot" ("the one nolan shot on
# film"; "shot" alone asks for no directing only). "made"/"did" only say the name is a person whose work is meant
# ("anything kubrick made"), the role stays the gazetteer's default.
DIRECTOR_VERBS_AFTER = DIRECTING_VERBS | frozenset({"shot"})
DIRECTED_AFTER = DIRECTOR_VERBS_AFTER | frozenset({"made", "makes", "did"})
# After a name, words that say the name is a person's style or work: "a nolan kind of mood", "kubrick-esque".
# After a name, words asking what the person has to their name: "what has denzel done lately", "what's keanu been in".
DONE_AFTER = frozenset({"done", "been", "starred", "appeared", "acted"})
PERSON_AFTER = DIRECTED_AFTER | DONE_AFTER | frozenset({"kind", "type", "style", "vibes", "vibe", "esque", "ish", "made"})
# Words around a name that is the whole request: "just keanu", "only denzel please".
WHOLE_FILLER = FILLER | ENDING_FILLER | frozenset({"just", "only", "maybe", "ok", "okay", "hmm", "um", "so",
                                                   "something", "anything", "some", "more", "a", "an"})


# Verbs after a name that say what a person does in a title: "attenborough narrating anything", "keanu playing a
# hitman".
PERSON_VERBS = frozenset({"narrating", "narrates", "narrated", "hosting", "hosts", "hosted", "presenting",
                          "presents", "presented", "acting", "playing", "plays", "starring"}) | DIRECTING_VERBS
# Tokens closing a sentence: "keanu. that's it" says the name on its own.
SENTENCE_BREAKS = frozenset({".", "!", "?", ";", "\n", "...", "!!", "??", "?!"})


# Words after a given name saying the viewer forgot the rest of the name: "iko something".
FORGOTTEN_REST = frozenset({"something", "somethin", "sth", "whatever", "whatshisname", "whatsisname", "whatshername",
                            "whatsername", "someone", "somebody"})
MIN_HALF_REMEMBERED_GIVEN = 3  # letters of a given name said with "something" after it
MIN_PLAIN_SHORT_FORM = 3  # letters of a short given name that with a well-known surname needs no cue ("leo dicaprio")
MIN_SLIPPED_SURNAME = 4  # letters of a surname typed with a slip that makes an everyday word ("hart" → "heart")


# Words joining two people a viewer wants together on screen ("<name> and <name> together", "<name> n <name>").
PEOPLE_JOINERS = frozenset({"and", "n"})  # typed words only: "&" is no word


def _beside_named_person(norms: list[str], first: int, last: int,
                         names_a_person: Callable[[tuple[str, ...]], bool]) -> bool:
    """The words ``first``..``last`` are joined by "and" (or chat's "n") to a person's name right before or after
    them: "aamir khan and kareena together", "shah rukh n kajol" — a name beside a named person is a person too (typed
    words, read before any match: ``_joined_to_person`` does the same for a surname after a person already matched)."""
    if first >= 2 and norms[first - 1] in PEOPLE_JOINERS and any(
            names_a_person(tuple(norms[first - 1 - n:first - 1])) for n in (1, 2, 3) if first - 1 - n >= 0):
        return True
    return last + 2 < len(norms) and norms[last + 1] in PEOPLE_JOINERS and any(
        names_a_person(tuple(norms[last + 2:last + 2 + n])) for n in (1, 2, 3) if last + 2 + n <= len(norms))


# Verbs of a taste or a wish before a name ("husband wants denzel, i want <full name>", "she loves keanu, I like …").
WISH_VERBS = frozenset({"want", "wants", "like", "likes", "love", "loves", "prefer", "prefers", "picks", "chose"})


def _wished_beside_a_named_person(norms: list[str], p: int, names_a_person: Callable[[tuple[str, ...]], bool]) -> bool:
    """The word at ``p`` is the object of a wish verb and the message names another person in full elsewhere ("husband
    wants denzel, i want julia roberts"): two viewers' picks side by side, the given name a person too (round 25b)."""
    if p == 0 or norms[p - 1] not in WISH_VERBS:
        return False
    return any(names_a_person(tuple(norms[i:i + n])) for n in (2, 3) for i in range(len(norms) - n + 1)
               if not i <= p < i + n)


def _alone_in_sentence(utt: Utterance, span: Span) -> bool:
    """The name is its whole sentence, but for filler, and another sentence follows or precedes it: "keanu. that's
    it", "ok. denzel please"."""
    lo = span.start
    while lo > 0 and utt.doc[lo - 1].text.strip() not in SENTENCE_BREAKS:
        lo -= 1
    hi = span.end
    while hi < len(utt.doc) and utt.doc[hi].text.strip() not in SENTENCE_BREAKS:
        hi += 1
    if lo == 0 and hi == len(utt.doc):
        return False  # the whole message: ``only_filler_outside`` says so
    return all(t.is_punct or t.is_space or t.lower_ in WHOLE_FILLER
               for t in utt.doc[lo:hi] if t.i < span.start or t.i >= span.end)


def _joined_to_person(utt: Utterance, span: Span, out: list[Match]) -> bool:
    """The name follows "and" / "&" right after a person read before it ("sandler and spade")."""
    if span.start < 2 or utt.lower[span.start - 1] not in ("and", "&"):
        return False
    joiner_start = utt.doc[span.start - 1].idx
    before = utt.text[:joiner_start].rstrip()
    return any(m.end == len(before) and any(f.entity in ("actor", "director") for f in m.found) for m in out)


def _person_verb_after(utt: Utterance, span: Span) -> bool:
    return span.end < len(utt.doc) and utt.lower[span.end] in PERSON_VERBS


# Round 25e: a name the message goes on to call by a pronoun's works ("<name>, please his films", "i adore <name>, any
# of her movies") or a fan says he is one of ("big fan of <name>") is a person: a title has no films, nobody is a fan
# "of" a word that is no name. Evidence for a part of a name ("shah rukh", "shahrukh"), which needs some.
_OWNER_PRONOUNS = frozenset({"his", "her", "their"})
_FAN_CUES = frozenset({("fan", "of"), ("fans", "of"), ("fan", "of", "the")})


def _works_called_theirs(utt: Utterance, span: Span) -> bool:
    """After the name, a possessive pronoun before a work noun ("his films", "her new movies") refers back to it; or
    "fan of" stands right before it."""
    lower = utt.lower
    if any(tuple(lower[max(0, span.start - n):span.start]) in _FAN_CUES for n in (2, 3)):
        return True
    return any(lower[i] in _OWNER_PRONOUNS and any(w in WORK_NOUNS for w in lower[i + 1:i + 3])
               for i in range(span.end, len(lower) - 1))


def _person_after(utt: Utterance, span: Span) -> bool:
    """"kubrick made", "nolan kind of", "lynch-esque", "coppola but under two hours" (the name opens a
    "<person> but …" request)."""
    i = span.end
    while i < len(utt.doc) and utt.doc[i].text in ("-", "'", "’", "s", "'s", "’s"):
        i += 1
    return i < len(utt.doc) and utt.lower[i] in PERSON_AFTER or _opens_contrast(utt, span)


# Particles that open surnames ("De Niro", "del Toro", "Van Damme", "DiCaprio" said as "di caprio").
NAME_PARTICLES = frozenset({"de", "di", "da", "del", "della", "van", "von", "der", "den", "du", "le", "la", "mc", "mac",
                            "dos", "das"})
# "that pacino guy", "the streep woman": a determiner, the name, then a person noun.
NAME_PERSON_NOUNS = frozenset({"guy", "gal", "dude", "bloke", "fella", "chick", "lady", "woman", "man", "girl", "boy",
                               "actor", "actress", "director"})


def _person_noun_around(utt: Utterance, span: Span) -> bool:
    """The name sits between a determiner and a person noun: "that pacino guy", "the streep woman"."""
    return (span.start > 0 and utt.lower[span.start - 1] in ("the", "that", "this")
            and span.end < len(utt.doc) and utt.lower[span.end] in NAME_PERSON_NOUNS)


# A person referred back to later in the message: "keanu? what else u got with him", "hanks, what has he done lately".
PERSON_PRONOUNS = frozenset({"him", "he", "his", "hes", "she", "her", "shes", "hers"})


def _pronoun_later(utt: Utterance, span: Span) -> bool:
    """A third-person pronoun after the name in the same message: the viewer goes on talking about a person."""
    return any(utt.lower[i] in PERSON_PRONOUNS for i in range(span.end, len(utt.doc)))


# After a title opening the message, a request for more like it: "kingdom was awesome, more like it",
# "ozark, anything similar?", "lupin is so good, got more like that".
_LIKENESS_BACK_RE = re.compile(
    r"\b(?:(?:more|something|anything|others?|stuff|ones?|shows?|movies?|films?|series|got)\s+(?:just\s+)?"
    # a word or two describing what more is wanted: "more korean like it", "something lighter like that"
    r"(?:(?!(?:i|i'd|you|you'd|we|they|he|she|would|do|did|don't|dont)\b)[a-z-]+\s+){0,2}?"
    r"(?:like|similar\s+to)\s+(?:it|that|this|them)\b|(?:anything|something|more|others?)\s+similar\b)",
    re.IGNORECASE)


_PRAISED_RE = re.compile(
    r"\s*(?:was|is|'s|’s)\s+(?:(?:so|really|just|totally|absolutely|sooo+)\s+)?(?:awesome|great|amazing|good|"
    r"fantastic|brilliant|incredible|excellent|perfect|epic|fire|peak|the\s+best|my\s+fav(?:ou?rite)?)\b",
    re.IGNORECASE)


# Round 28C: a title that is "my / our" and a noun ("My Girl", "Our House", "My Brother …") said as the subject of a
# verb is the viewer's own words: "my girl loves dramas", "my brother wants a thriller", "our house is full tonight".
# A person of the viewer's life ("girl", "brother", "wife", "boss" …) with a modifier or not, before any verb; any other
# single noun ("our planet", "my way") before a verb other than praise ("our planet is amazing, more like it" names
# the series). Typed with a capital on the noun ("My Girl is on tv") it stays the title.
_OWN_PERSON_RE = re.compile(
    rf"(?:(?:little|lil|baby|big|younger|older|teenage|teen|youngest|oldest|eldest|best|new|old)\s+)*"
    rf"(?:{SIBLING_IN_LAW_PATTERN}|{CHILD_KIN_PATTERN}|{ELDER_KIN_PATTERN}|wife|husband|partner|girlfriend|boyfriend|gf|bf"
    r"|hubby|wifey|missus|mrs|mister|man|lady|love|fiance|fiancee|family|friends?|mates?|buddy|bestie|roommates?"
    r"|flatmates?|boss|teacher|neighbou?rs?|crew|gang|folks|people|household)", re.IGNORECASE)
_OWN_VERB_RE = re.compile(
    r"\s*(?:(?:really|also|just|still|always|never|totally|kinda|absolutely|literally|only|usually|both|all)\s+)*"
    r"(?:is|was|are|were|'s|’s|'re|’re|has|had|have|'ll|'d|will|would|wo|can|could|should|must|might|does|did|do"
    r"|doesn'?t|didn'?t|don'?t|can'?t|cannot|won'?t|wouldn'?t|isn'?t|wasn'?t|aren'?t|hasn'?t"
    r"|loves?|loved|likes?|liked|wants?|wanted|wanna|needs?|needed|hates?|hated|says?|said|thinks?|thought"
    r"|watch(?:es|ed)?|prefers?|preferred|enjoys?|enjoyed|adores?|adored|gets?|got|keeps?|kept|asks?|asked"
    r"|refuses?|refused|picks?|picked|chose|chooses?|fell|falls|cries|cried|laughs?|laughed|misses|missed"
    r"|and\s+(?:i|me|we))\b", re.IGNORECASE)


def _own_words(utt: Utterance, span: Span) -> bool:
    """The title is "my / our" and a noun said as the subject of a verb (above): the viewer's own words."""
    if len(span) < 2 or span[0].lower_ not in ("my", "our"):
        return False
    rest = [t for t in span[1:] if not t.is_punct]
    if any(t.text[:1].isupper() for t in rest) and not utt.shouting:
        return False  # "My Girl was on tv last night": named with capitals
    verb = _OWN_VERB_RE.match(utt.text, span.end_char)
    if verb is None:
        return False
    words = utt.text[span[1].idx:span.end_char]
    if _OWN_PERSON_RE.fullmatch(words):
        return True
    return len(rest) == 1 and not _PRAISED_RE.match(utt.text, span.end_char) and \
        slang_praise_after_title(utt.text, span.end_char) is None


# Round 30B: a person's name in the possessive right before a title ("nolan's ", "the coens' "): up to three words.
_POSSESSIVE_NAME_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s,;:(\"]))(?P<name>(?:[\w.-]+ ){0,2}[\w.-]+?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+$")


def _opens_then_likeness(utt: Utterance, span: Span, opening: int | None = None) -> bool:
    """The title opens the message (or its maker's possessive does, at token ``opening``: "<director>'s <title>, more
    like it", round 30B) and what follows asks for more like it."""
    start = span.start if opening is None else opening
    return start == 0 and _LIKENESS_BACK_RE.search(utt.text[span.end_char:]) is not None


def _char_past_hint(utt: Utterance, span: Span) -> int:
    """The character offset after ``span`` and a hint in brackets right after it ("<title> (the german one)")."""
    i = _past_hint(utt, span.end)
    return span.end_char if i == span.end else (utt.doc[i].idx if i < len(utt.doc) else len(utt.text))


# Round 26c: a title said to be over ("<title> is over", "<title> finished", "<title> just ended", "<title> is done",
# "<title> wrapped up", "the final season of …" not: the title must open its clause): the viewer mourns its end.
_ENDED_RE = re.compile(
    r"\s*(?:(?:is|was|'s|’s|has|have|got|just|finally|officially|really|now|all)\s+){0,3}"
    r"(?:over|finished|ended|done|wrapped(?:\s+up)?|came\s+to\s+an\s+end|concluded|cancell?ed|gone)\b", re.IGNORECASE)


def _ended_subject(utt: Utterance, span: Span, more: re.Pattern[str] | None = None) -> bool:
    """The title opens a clause, is said to be over (``_ENDED_RE``, past a hint in brackets) and more is asked for
    later in the message ("<title> finished and i'm in pieces. similar?", "<title> is over, what's like it"): the
    subject of its end, a like-search on it. Without the request ("<title> ended last night") nothing is read here; an
    everyday "the <word>" ("the match finished, any recs?") needs a likeness word (``more``: ``_MORE_NOT_RECS_RE``)."""
    if _pointer(key(span.text)) or not _clause_start(utt, span.start):
        return False
    m = _ENDED_RE.match(utt.text, _char_past_hint(utt, span))
    return m is not None and (more or _MORE_AFTER_PRAISE_RE).search(utt.text[m.end():]) is not None


# A title held as the subject of a sentence of liking ("<title> is my comfort show", "<title> was so good"): the
# slot of a title (``NameMatcher._praised_subject``). ``work``: the work noun that makes even a vocabulary word one.
_SUBJECT_PRAISE_RE = re.compile(
    r"\s*(?:is|was|'s|’s|has\s+been|have\s+been)\s+(?:(?:honestly|literally|probably|still|always|just|so|really|"
    r"totally|absolutely|sooo+)\s+)?(?:(?:my|our)\s+(?:(?:all[-\s]time|absolute|ultimate|new|current)\s+)?"
    r"(?:fav(?:ou?rite|e)?|comfort|go[-\s]?to|guilty\s+pleasure)\b(?:\s+(?P<work>show|movie|series|film|watch|"
    r"rewatch|sitcom|drama)\b)?|(?:awesome|great|amazing|good|fantastic|brilliant|incredible|excellent|perfect|epic|"
    r"fire|peak|sick|insane|unreal|class|the\s+best|a\s+masterpiece)\b)", re.IGNORECASE)
# What asks for more like the title after it: the likeness words of ``_LIKENESS_BACK_RE`` and "what's similar".
CREDIT_WORDS = frozenset({"by", "with", "starring", "from"})  # "<title> by <its maker>", "<title> with <its star>"
_LIKENESS_AFTER_RE = re.compile(
    _LIKENESS_BACK_RE.pattern + r"|\bwhat(?:'s|’s|\s+is|\s+else\s+is)\s+(?:similar|like\s+(?:it|that))\b",
    re.IGNORECASE)
# After a praised title (``NameMatcher._praised_subject``) shorter asks for more mean more like it too: "…, got more?",
# "… wat else", "… is my fav, similar?" ("seen <title>, what else" is no praise: the title is left out there).
# Round 27e: "a newer one", "any older ones" after a title watched or loved: one like it, newer / older than it.
_NEWER_ONE_RE = re.compile(
    r"\b(?:newer|older|more\s+recent)\s+(?:one|ones|show|shows|movie|movies|film|films|series|title|titles"
    # round 28B: "more recent stuff like it", "anything newer", "something more recent?"
    r"|stuff|things|picks)\b|\b(?:anything|something)\s+(?:newer|older|more\s+recent)\b(?!\s+than\b)",
    re.IGNORECASE)


def _newer_one_after_watched(utt: Utterance, span: Span) -> bool:
    """The title is watched or loved (``MENTION_CUES``, ``WATCHED_CUES``, likeness and fondness cues right before it)
    and "a newer / older one" is asked after it: a like-search on it (the actions bound the year relative to it,
    actions/contrast.py)."""
    cues = MENTION_CUES | WATCHED_CUES | SIMILAR_CUES | FONDNESS_CUES
    return (utt.ends_with(_past_list_opener(utt, span.start), cues) is not None
            and _NEWER_ONE_RE.search(utt.text[span.end_char:]) is not None)


# Round 28B: a title watched right before it, at the message's start (``NameMatcher._verdict_then_more``): "saw
# <title> last night, …", "watched <title> again!! …" ("seen" says it is behind the viewer: left out, not read here).
# "binged / finished / rewatched <title>" are read as a like by the actions already (``MENTION_CUES``): not here.
_THROUGH_CUES = frozenset({("saw",), ("watched",), ("watched", "all", "of")})
# What may stand before that verb: openers, the viewer, "just" / "finally" ("ok so i just binged", "we finally finished").
_THROUGH_OPENING_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|omg|yo|well|also|btw|hey|just|finally|i|we|me\s+and\s+\w+|my\s+\w+\s+and\s+i"
    r"|i've|we've|ive|weve|have|had|last\s+night|yesterday)\W+)*$", re.IGNORECASE)
# After such a title, up to the end of the message: exclamations, a one-word verdict ("was wild", "is insane af"),
# chatter, when it was watched; then a bare ask for more ("need more", "more?", "more pls", "gimme more", "got
# anything similar-ish", "any others") and nothing else but courtesy.
_VERDICT_WORDS = (r"(?:(?:was|is|'s|’s|were|are|has\s+been)\s+(?:(?:so+|really|just|totally|absolutely|lowkey|"
                  r"actually|honestly|literally|kinda|pretty|super|such|an?)\s+)*[a-z][a-z'-]*(?:\s+af)?)")
_WATCHED_WHEN = (r"(?:last\s+(?:night|week|weekend)|yesterday|again|twice|today|tonight|this\s+(?:week|weekend|morning)"
                 r"|over\s+the\s+weekend|in\s+(?:one|a)\s+(?:go|day|sitting|night|weekend)|already\s+twice)")
_CHATTER_WORDS = r"(?:omg|wow|man|bro|dude|lol|lmao|haha\w*|ngl|tbh|fr|honestly|seriously|damn|dang|whoa|wtf|yes+|ok)"
_MORE_ASK = (r"(?:(?:i\s+|we\s+)?(?:need|want|neee+d|gimme|give\s+me|got|have\s+you\s+got|you\s+got|u\s+got|"
             r"ya\s+got|any|some|moar)\s+)*"
             r"(?:more|moar|mo+re|others?|(?:anything|something|any)\s+similar(?:[-\s]?ish)?|similar(?:[-\s]?ish)?"
             r"(?:\s+(?:stuff|ones|shows|movies|films))?)"
             r"(?:\s+(?:pls|plz|please|asap|now|of\s+(?:that|it|this)|like\s+(?:it|that|this)))*")
_VERDICT_THEN_MORE_RE = re.compile(
    rf"(?:[\s!?.,…~:;-]*(?:{_VERDICT_WORDS}|{_WATCHED_WHEN}|{_CHATTER_WORDS})\b)*[\s!?.,…~:;-]*{_MORE_ASK}"
    r"(?:[\s!?.,…~]*(?:pls|plz|please|thx|thanks|lol|tho|asap))*[\s!?.…~]*$", re.IGNORECASE)
# Round 27e: more like a title asked after a fondness of it (``NameMatcher._fond_then_likeness``).
_FOND_LIKENESS_RE = re.compile(
    _LIKENESS_AFTER_RE.pattern + r"|\b(?:what|wat)(?:'s|’s|\s+is|\s+else\s+is)\s+like\s+this\b|\bsimilar\b",
    re.IGNORECASE)
_MORE_NOT_RECS_RE = re.compile(
    _LIKENESS_AFTER_RE.pattern
    + r"|\b(?:what|wat|wht)\s+else\b|\bgot\s+(?:any\s+)?more\b|\bany\s+more\b|\bsimilar\b"
    # "similar" typed with a letter doubled, added or changed ("similiar", "simillar", "similer", "simular")
    + r"|\bsim+[iu]l+i?[ae]r\b",
    re.IGNORECASE)
_MORE_AFTER_PRAISE_RE = re.compile(
    # "…, any recs?", "… recommendations?": a praised title then a request for titles is a request for ones like it
    _MORE_NOT_RECS_RE.pattern + r"|\b(?:any\s+)?(?:recs|recommendations)\b",
    re.IGNORECASE)
# A title of everyday words praised, then a time ("the office was insane today", "the game was sick tonight") or with a
# word said of any event ("the match was fire, any recs?"): the day or the event, not the work (``_praised_subject``,
# ``NameMatcher._event_praised``).
_DAY_AFTER_PRAISE_RE = re.compile(
    r"\s*(?:was|is|'s|’s|has\s+been)\s+(?:\w+\s+){1,3}?(?:today|tonight|yesterday|lately|this\s+(?:morning|afternoon|"
    r"evening|week|weekend|year)|last\s+(?:night|week)|at\s+work|at\s+school)\b", re.IGNORECASE)
_EVENT_PRAISE_RE = re.compile(
    r"\s*(?:was|is|'s|’s|has\s+been)\s+(?:(?:so|really|just|totally|absolutely|literally|sooo+)\s+)?"
    r"(?:fire|lit|insane|sick|unreal|crazy|wild|mad|nuts|intense|class|peak)\b", re.IGNORECASE)
# Words that may open a clause before its subject: "ok so ozark was amazing", "…, and honestly dark is my go-to show".
CLAUSE_OPENERS = OPENING_FILLER | SLOT_JOINERS | frozenset({"honestly", "also", "oh", "omg", "man", "tbh", "and", "ngl"})
CLAUSE_BREAKS = frozenset({".", ",", ";", "!", "?", ":", "-", "–", "—", "\n"})


def _clause_start(utt: Utterance, index: int) -> bool:
    """Only clause openers ("ok so", "and honestly") stand between token ``index`` and the message's start or the
    last punctuation before it."""
    i = index - 1
    while i >= 0 and not (utt.doc[i].text in CLAUSE_BREAKS or utt.doc[i].is_space and "\n" in utt.doc[i].text):
        if utt.lower[i] not in CLAUSE_OPENERS:
            return False
        i -= 1
    return True


# After a similar title, the same title said not to be offered back: "…, but not ozark itself", "other than ozark",
# "except dark obviously" (``NameMatcher._anchor_exclusion``). With no likeness cue before ("not ozark, something
# else") the words stay an exclusion.
_ANCHOR_EXCLUSION_RE = re.compile(
    r"\s*[,;(]?\s*(?P<cue>(?:(?:but|just|only|though|and)\s+)?(?:(?:obviously|of\s+course|ofc)\s+)?(?:not|except(?:\s+for)?|"
    r"other\s+than|apart\s+from|besides|excluding|minus|without)\s+(?:the\s+(?=\w+\s+\w))?(?P<name>[\w'’&:\- ]+?)"
    r"(?:\s*,?\s*(?:itself|themselves|obviously|of\s+course|ofc|lol|haha|though|tho|\)))*)\s*(?=[,.;!?)]|$)",
    re.IGNORECASE)
NUMBERED = "-numbered"  # the rule suffix of a title whose numbers the number rules must not read


def titles_over_numbers(matches: list[Match]) -> list[Match]:
    """A catalog title the message names wins over a year, decade or number read inside its span ("reply 1988 made
    me cry", "loved dilan 1990"): the structured readings within a ``NUMBERED`` title's span are dropped before the
    overlaps are resolved (structured readings otherwise outrank a title)."""
    spans = [(m.start, m.end) for m in matches if m.rule.endswith(NUMBERED)]
    if not spans:
        return matches
    return [m for m in matches if m.rule.endswith(NUMBERED) or m.priority < P_STRUCTURED
            or not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)]


MIN_TITLE_WORDS_OVER_RELATIVES = 4  # a strong title this long is no place for a relative ("the boys") of its own


def titles_over_relatives(text: str, matches: list[Match]) -> list[Match]:
    """A long catalog title the message names exactly wins over an audience word inside it ("my 14 year old loved
    to all the boys i've loved before": "the boys" is a word of the title, not the children again, round 25b); the
    audience reading alone would outrank the title."""
    spans = [(m.start, m.end) for m in matches if m.rule.startswith(f"title-{STRONG}")
             and len(text[m.start:m.end].split()) >= MIN_TITLE_WORDS_OVER_RELATIVES]
    if not spans:
        return matches
    return [m for m in matches if not (m.found and all(f.entity == "audience" for f in m.found) and any(
        s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans))]


MIN_HEARD_START = 4  # letters a name word spelt by ear keeps as written ("gerva|se" for "gerva|is")


def _same_start(typed: str, name_word: str) -> bool:
    """``typed`` begins like ``name_word`` for ``MIN_HEARD_START`` letters: a surname spelt by ear keeps its start,
    only its ending is heard differently ("gervase" / "gervais"; "hughs" is no "hurt")."""
    return len(typed) >= MIN_HEARD_START and typed[:MIN_HEARD_START] == name_word[:MIN_HEARD_START]


def _pointer(k: tuple[str, ...]) -> bool:
    """A determiner and one work noun or pointing word ("the show", "the one", "that film", "the other"):
    how a message points at a title, a name only when quoted or capitalised."""
    return len(k) == 2 and k[0] in POINTER_DETERMINERS and (k[1] in WORK_NOUNS or k[1] in POINTING_WORDS)


# "fine, any scorsese", "more nolan": a surname right after these, ending the message, is the person.
ANY_CUES = frozenset({("any",), ("more",), ("some",), ("anything", "by"), ("something", "by")})


def _shortest_slip(slot: Slot | None, start: int, end: int) -> int:
    """Letters a name typed with one slip anywhere must have: FUZZY_MIN_LENGTH, or ASKED_SLIP_MIN_LENGTH inside the slot
    of an availability question ("do you have <a short title with a letter doubled>?"), whose frame is the evidence
    that a title's name stands there (round 29C)."""
    return ASKED_SLIP_MIN_LENGTH if slot is not None and slot.start <= start and end <= slot.end else FUZZY_MIN_LENGTH


SPLIT_READING_EDGE = 1  # a title read from split words outranks the shorter title inside them, said with the same cue
MAX_SPLIT_WORDS = 4  # typed words a title of fewer words is read from when run together ("the iris man")
LIKENESS_SLIP_MIN = ASKED_SLIP_MIN_LENGTH  # round 31B: letters of a title typed with a keystroke slip after "like"


def _keystroke_slip(typed: str, name: str) -> bool:
    """``typed`` is ``name`` with one letter typed twice, one left out, one added or two neighbours swapped ("ozzark",
    "ozak", "ozarck", "ozrak"; the added letter since round 35). A letter replaced by another is no keystroke slip
    here: among short words it makes other real words."""
    dropped = len(name) == len(typed) + 1 and typed in _deletions(name)
    added = len(typed) == len(name) + 1 and name in _deletions(typed)
    return doubled_letter(typed, name) or dropped or added or _swapped(typed, name)


def _likeness_slip(typed: str, name: str) -> bool:
    """A keystroke slip of a name of LIKENESS_SLIP_MIN+ letters: what a title of five letters is read through after a
    likeness cue (round 31B)."""
    return len(name) >= LIKENESS_SLIP_MIN and _keystroke_slip(typed, name)


class _LikenessFrame:
    """Whether a likeness cue ("like", "similar to", "in the vein of") ends right before the token at ``start``
    (character offset), looked up once and only when a candidate needs it: most words have no short title nearby."""

    def __init__(self, utt: Utterance, start: int) -> None:
        self._utt, self._start, self._held = utt, start, None

    def holds(self) -> bool:
        if self._held is None:
            span = self._utt.span(self._start, self._start + 1)
            self._held = span is not None and self._utt.ends_with(span.start, SIMILAR_CUES) is not None
        return self._held


def max_typos(length: int) -> int:
    """Edit distance tolerated in a name of ``length`` letters (spaces ignored): none in short names,
    one from 8 letters, two from 13."""
    return 0 if length < 8 else 1 if length < 13 else 2


VOWELS = frozenset("aeiouy")


def vowels_swapped(a: str, b: str) -> bool:
    """``a`` is ``b`` with two vowels one letter apart swapped ("ragnorak" for "ragnarok"): one slip of the ear, as
    a swap of neighbours is one of the hand."""
    if len(a) != len(b):
        return False
    diff = [j for j, (x, y) in enumerate(zip(a, b)) if x != y]
    return (len(diff) == 2 and diff[1] - diff[0] == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
            and a[diff[0]] in VOWELS and a[diff[1]] in VOWELS)


def within(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most ``limit`` (banded, stops early)."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        lo = max(1, i - limit)
        hi = min(len(b), i + limit)
        if lo > 1:
            cur[lo - 1] = limit + 1
        for j in range(lo, hi + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != b[j - 1]))
        if hi < len(b):
            cur[hi + 1:] = [limit + 1] * (len(b) - hi)
        if min(cur[lo - 1:hi + 1]) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def _given_name_slip(typed: str, canonical: str) -> bool:
    """The word before a surname is the person's given name typed with one slip ("stevn" for Steven)."""
    given = key(canonical)[0] if len(key(canonical)) >= 2 else ""
    return len(given) >= 4 and typed != given and damerau_levenshtein(typed, given) <= 1


def _swapped(typed: str, name: str) -> bool:
    """``typed`` is ``name`` with two neighbouring letters swapped ("ozrak" / "ozark")."""
    if len(typed) != len(name) or typed == name:
        return False
    diff = [i for i, (a, b) in enumerate(zip(typed, name)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == name[diff[1]] and typed[diff[1]] == name[diff[0]]


def part_slip(typed: str, part: str) -> bool:
    """``typed`` is one word of a name (4+ letters) typed with one slip: one edit (a swap counts as one), or a
    doubled letter group written once ("bachan" for "bachchan", "mathew" for "matthew")."""
    if len(part) < 4:
        return typed == part
    if damerau_levenshtein(typed, part) <= 1:
        return True
    gap = len(part) - len(typed)
    return 1 <= gap <= 3 and any(part[j:j + gap] == part[j + gap:j + 2 * gap] and part[:j] + part[j + gap:] == typed
                                 for j in range(len(part) - 2 * gap + 1))


def _single_letters(word: str) -> str:
    """``word`` with every run of one letter written once: "chappelle" → "chapele"."""
    return re.sub(r"(.)\1+", r"\1", word)


# A question about someone's roles framed round the name: "what else is <name> in", "has <name> been in anything",
# "was <name> in …" — as much a cast cue as "with <name>".
_CAST_QUESTION_BEFORE_RE = re.compile(r"\b(?:is|was|has|have|'s)\s*$", re.IGNORECASE)
_CAST_QUESTION_AFTER_RE = re.compile(r"\s*(?:been\s+|ever\s+been\s+)?(?:in|starred\s+in|acted\s+in)\b", re.IGNORECASE)


def _asked_whose_cast(utt: Utterance, span: Span) -> bool:
    """The name stands in a question about what the person is in ("what else is <name> in")."""
    return (_CAST_QUESTION_BEFORE_RE.search(utt.text[max(0, span.start_char - 8):span.start_char]) is not None
            and _CAST_QUESTION_AFTER_RE.match(utt.text, span.end_char) is not None)


def spelt_by_ear(typed: str, surname: str) -> bool:
    """``typed`` (4+ letters, same first letter) is ``surname`` (4+ letters) as heard: equal once doubled letters are
    written once, give or take one more slip ("chapel" / "chappelle", "ferel" / "ferrell", "heart" / "hart": the
    four-letter surnames since round 37), and not the name itself."""
    if typed == surname or len(typed) < 4 or len(surname) < 4 or typed[0] != surname[0]:
        return False
    slips = damerau_levenshtein(_single_letters(typed), _single_letters(surname))
    # round 34: slips among the vowels only of a long surname whose consonants are heard the same ("attenbourgh" /
    # "attenborough": t-n-b-r-g both), its length within two letters
    return slips <= 1 or (slips <= 3 and abs(len(typed) - len(surname)) <= 2
                          and len(consonant_skeleton(surname)) >= MIN_HEARD_SKELETON
                          and consonant_skeleton(typed) == consonant_skeleton(surname))


MIN_HEARD_SKELETON = 5  # consonants of a surname that, heard the same, allow a second slip in its vowels


def consonant_skeleton(word: str) -> str:
    """The consonants of ``word`` as heard (``sound_key``; "z" as "s"), vowels and "h"/"w"/"y" dropped, runs written
    once: "scor" + "seezee" and "scorsese" are both "skrs" — a voice transcript splits and respells a surname but keeps
    its consonants."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouhwy]", "", sound_key(word)).replace("z", "s"))


MIN_SKELETON = 3  # consonants of a surname heard in pieces: fewer match too much


def said_in_pieces(pieces: tuple[str, ...], surname: str) -> bool:
    """``pieces`` (two or more typed words) are ``surname`` split and spelt as heard: same first letter, the same
    consonant skeleton, the letters joined within three of the surname's."""
    joined = "".join(pieces)
    skeleton = consonant_skeleton(surname)
    return (joined[:1] == surname[:1] and len(skeleton) >= MIN_SKELETON and abs(len(joined) - len(surname)) <= 3
            and consonant_skeleton(joined) == skeleton)


_SOUNDS = ((re.compile(r"ph"), "f"), (re.compile(r"x"), "ks"), (re.compile(r"ck|q"), "k"), (re.compile(r"c(?=[eiy])"), "s"),
           (re.compile(r"c"), "k"), (re.compile(r"(?<=[aeioubdfgjklmnprvwxz])h"), ""),
           (re.compile(r"(?<=.)(?:ie|ey|ee|ea|ei|y)"), "i"), (re.compile(r"au|aw"), "o"), (re.compile(r"(.)\1+"), r"\1"))


@lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """How a name word sounds, as people spell it by ear: "ph" as "f", "ck" and a hard "c" as "k", a soft "c" as "s",
    "x" as "ks" ("hanx" / "hanks"), a silent "h" dropped, "ie"/"ey"/"ee"/"ei"/"y" as one "i", "au" as "o", doubled
    letters once. "jackie" and "jakie", "johnny" and "jonny", "baumbach" and "bombach", "scorsese" and "scorcese" sound
    alike."""
    for rx, sound in _SOUNDS:
        word = rx.sub(sound, word)
    return word


MIN_SOUND_SURNAME = 4  # a shorter surname must be typed as it is: "jon ham" is not Jon Hamm


def sound_edits(key_length: int) -> int:
    """Edits tolerated between the sound keys of a typed word and a name word: none under four letters, one under
    eight, two from eight ("speilburg" / "spielberg")."""
    return 0 if key_length < 4 else 1 if key_length < 8 else 2


@lru_cache(maxsize=65536)
def _key_edits(typed_key: str, name_key: str) -> int:
    """Edits between two sound keys (99 when their lengths differ by more than two). Cached: the same typed word is
    compared with the same candidates' keys on every message that holds it, and a long message repeats words."""
    return damerau_levenshtein(typed_key, name_key) if abs(len(typed_key) - len(name_key)) <= 2 else 99


def sound_alike(typed: tuple[str, ...], name: tuple[str, ...], common: frozenset[str]) -> int | None:
    """The edits between the sound keys of ``typed`` and ``name`` word by word, or None when they are too far apart.
    Each word within ``sound_edits`` of its name word; a differing word that is an English word only when it sounds
    exactly like it, and never in the surname, nor a surname sounding shorter than ``MIN_SOUND_SURNAME`` ("jon ham" is
    no Jon Hamm); some word typed as the name has it or no
    English word ("eddy murphy", not two everyday words that happen to sound near a name); not the name itself."""
    if typed == name or len(typed) != len(name):
        return None
    total, anchored = 0, False
    for i, (w, n) in enumerate(zip(typed, name)):
        if w == n:
            anchored = True
            continue
        wk, nk = sound_key(w), sound_key(n)
        edits = _key_edits(wk, nk)
        english = w in common or ordinary_english(w)
        surname = i == len(typed) - 1
        if (edits > sound_edits(min(len(wk), len(nk))) or (english and (edits or surname))
                or (surname and len(nk) < MIN_SOUND_SURNAME)):
            return None
        anchored = anchored or not english
        total += edits
    return total if anchored else None


def _genre_after(utt: Utterance, span: Span) -> bool:
    """A genre word right after a name ("tarantino romcom", "eddy murphy comedies", "scorcese gangster movies"), or a
    genre phrase of two or three words ("jackie chang kung fu", "<name> martial arts", "<name> sci fi": round 22g): a
    name cannot be an adjective of a genre, so the genre is what kind of the person's work is meant."""
    if span.end >= len(utt.doc):
        return False
    return utt.lower[span.end] in _genre_words() or any(
        tuple(utt.lower[span.end:span.end + n]) in _genre_phrases() for n in (2, 3) if span.end + n <= len(utt.doc))


# A decade or a year typed as one token: "2000s", "90s", "'90s", "1999" (round 20d: "keanu 2000s").
_PERIOD_TOKEN_RE = re.compile(r"^(?:'|’)?(?:(?:19|20)\d0s|\d0s|(?:19|20)\d\d)$")


# "<name> from the 70s", "<name> in the early 90s": a period said after a name with its preposition (round 25b).
_PERIOD_AFTER_RE = re.compile(r"\s+(?:from|in|of)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:'|’)?"
                              r"(?:(?:19|20)\d0s|\d0s|(?:19|20)\d\d)\b", re.IGNORECASE)


def _period_beside(utt: Utterance, span: Span) -> bool:
    """A decade or year right after or before a name ("keanu 2000s", "90s denzel", "scorsese from the 70s"): another
    constraint beside a name, which cannot qualify an everyday word, says the name is whose work is meant."""
    end = utt.doc[span.end - 1].idx + len(utt.doc[span.end - 1])
    after = (span.end < len(utt.doc) and _PERIOD_TOKEN_RE.match(utt.lower[span.end]) is not None
             ) or _PERIOD_AFTER_RE.match(utt.text, end) is not None
    before = span.start > 0 and _PERIOD_TOKEN_RE.match(utt.lower[span.start - 1]) is not None
    return after or before


def _dropped_vowel_first(typed: str, hits: list) -> list:
    """Of names one slip from ``typed``, the one it is with a vowel left out, when exactly one is ("witchr": "The
    Witcher", not "The Witch" with a letter added): the commonest slip of quick typing decides a tie."""
    if len({(c[2].canonical, c[3]) for c in hits}) < 2:
        return hits
    dropped = [c for c in hits if len(c[0]) == len(typed) + 1 and any(
        c[0][j] in VOWELS and c[0][:j] + c[0][j + 1:] == typed for j in range(len(c[0])))]
    return dropped if len({(c[2].canonical, c[3]) for c in dropped}) == 1 else hits


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


# Prepositions placing a person or a story somewhere ("a man from lagos", "they live in paris").
PLACE_PREPOSITIONS = frozenset({"from", "in", "to", "near", "around", "at"})


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """One-word world places and their peoples' adjectives ("lagos", "paris", "nigeria", "nigerian"): a slip or a
    plural reading of one is never a person's surname (round 25b: "a man from lagos" is no Clara Lago)."""
    countries = {fold(c) for c in WORLD_COUNTRIES} | {fold(a) for adjs in WORLD_COUNTRIES.values() for a in adjs}
    return frozenset(w for w in {fold(c) for c in WORLD_CITIES} | countries if " " not in w)


def _placed(message: list[Word], p: int) -> bool:
    """The word at ``p`` is a world place, read as typed or after a place preposition ("from lagos")."""
    return message[p].norm in _place_words() and p > 0 and message[p - 1].norm in PLACE_PREPOSITIONS


def _as_topic(text: str, start: int) -> bool:
    """The word at ``start`` is what the request is about ("a documentary about nixon", "set in salamanca", "about
    a bullock"), not whose work it asks for: a surname there needs more evidence than being distinctive. "in the
    mood for tarantino" asks for the person."""
    before = text[max(0, start - 40):start]
    return _TOPIC_BEFORE_RE.search(before) is not None and _WISH_FOR_RE.search(before) is None


_BRACKETED_RE = re.compile(r"\(([^)]*)\)")


def _only_the_bracketed_words(typed: str, title: str) -> bool:
    """Every word typed is a word of the title's bracketed part ("telugu" of "Seven (Telugu)", "hindi" of "Kabali (Hindi
    Version)"): a language or country said, which a loose reading must never take for the title it only tags."""
    bracketed = set(key(" ".join(_BRACKETED_RE.findall(title))))
    words = key(typed)
    return bool(bracketed) and bool(words) and set(words) <= bracketed


class LooseNames:
    """Names written the way people type them, precomputed once per gazetteer:

    * spacing and initials: "leonardo di caprio", "jk simmons" (a person's words joined without spaces);
    * small typos: "adam sandlr", "stranger thngs", "legaly blonde" — one word of the name must be
      typed exactly (the *anchor*: it picks the few candidate names), the joined words must be within
      ``max_typos`` edits of the name, and a differing word must look like a slip (not an ordinary word,
      or the same word with/without a plural "s"). Titles need a cue ("like", "watch", quotes, "…
      vibes") unless they are strong; people need a cue, capitals or "<name> film";
    * a surname alone: "a Scorsese film", "by tarantino", "Sandler's movies" — resolved only when exactly
      one *well-known* person (``Gazetteer.well_known``: ≥ WELL_KNOWN_CREDITS credits) carries it, the
      surname is not request vocabulary, and the message gives evidence (a person cue, a possessive, a
      following "film/movie/…", or the user's capitals). A surname that is also an ordinary word
      (``_ordinary``: "Rock", "Cage") needs a strong cue ("by", "starring", a possessive) or capitals
      plus a cue; one the catalog's descriptions merely mention ("scorsese") needs a strong cue, capitals,
      a following "film/movie/…" or to be the whole message. An initial before it must fit ("S. Spielberg").
      Surnames of 7+ letters tolerate one typo ("scorcese").
    """

    def __init__(self, names: "NameMatcher", gazetteer: Gazetteer) -> None:
        self._names = names
        self._common = names._common
        skip = names._stop | names._generic
        self.joined: dict[str, NameInfo] = {}
        for k, info in names.people.entries.items():
            self.joined.setdefault("".join(k), info)
        anchors: dict[str, list[tuple[int, tuple[str, ...], str, NameInfo, bool]]] = defaultdict(list)
        for is_title, index in ((True, names.titles), (False, names.people)):
            for k, info in index.entries.items():
                joined = "".join(k)
                if len(k) < 2 or max_typos(len(joined)) == 0 or k in names.everyday_tails:
                    continue  # a title's part after its colon is read as typed only (``_add_title_tails``)
                for q, w in enumerate(k):
                    if len(w) >= 3 and w not in skip:
                        anchors[w].append((q, k, joined, info, is_title))
        self.anchors = {w: b for w, b in anchors.items() if len(b) <= MAX_ANCHOR_BUCKET}
        bearers: dict[str, list[str]] = defaultdict(list)
        for name in gazetteer.well_known:
            k = key(name)
            if len(k) >= 2 and k in names.people.entries:
                bearers[k[-1]].append(name)
        self.surnames: dict[str, NameInfo] = {}
        for surname, people in bearers.items():
            if (len(people) == 1 and len(surname) >= MIN_RARE_SINGLE and surname.isalpha() and surname not in skip
                    and surname not in names._lexicon_phrases and surname not in CHAT_WORDS):
                self.surnames[surname] = names.people.entries[key(people[0])]
        self._surname_deletions: dict[str, set[str]] = defaultdict(set)
        for surname in self.surnames:
            if len(surname) >= 7:
                for d in _deletions(surname) | {surname}:
                    self._surname_deletions[d].add(surname)
        self.particle_surnames = self._particle_surnames(names, gazetteer)
        self.particle_directors = _particle_directors(names.people.entries)
        # Surnames that name their one well-known bearer without a cue ("tarantino romcom", "in the mood for
        # tarantino"): 5+ letters, no English word (``ordinary_english``: "smith", "king", "wood" never are) and
        # nobody's given name ("douglas", "cameron", "chandler" may name someone else, or a character).
        given_names = {w for k in names.people.entries for w in k[:-1]}
        self.distinctive = frozenset(s for s in self.surnames if len(s) >= 5 and not ordinary_english(s)
                                     and s not in given_names and s not in ENGLISH_SURNAMES
                                     and s not in ENGLISH_STAGE_NAMES and s not in TOPIC_SURNAMES)
        self.directors_by_surname = _directors_by_surname(names.people.entries)
        self.sole_surnames = self._sole_surnames(names, gazetteer, skip)
        self.surnames.update(self.sole_surnames)
        self.ordinary_surnames = self._ordinary(names, gazetteer)
        self.first_names = self._first_names(names, gazetteer, skip)
        # "the taika dude": a given name nobody else in the gazetteer bears, famous or not, pointed at as a person
        self.pointed_first_names = self._first_names(names, gazetteer, skip, well_known_only=False)
        self.short_first_names = self._first_names(names, gazetteer, skip, MIN_HALF_REMEMBERED_GIVEN)
        # Names typed with one slip anywhere, no word exact ("the crwon", "david atenborough"): every title and
        # well-known person indexed under the one-letter deletions of its joined words (SymSpell), so a
        # lookup is a few dict probes; Damerau-Levenshtein 1 confirms.
        # The index holds entry numbers (an int, or a tuple of ints when several names share a deletion), not
        # lists: ~200k small containers would make every later garbage collection of the process slower.
        well_known = {key(n) for n in gazetteer.well_known}
        self._fuzzy_names: list[tuple[str, tuple[str, ...], NameInfo, bool]] = []
        self._fuzzy: dict[str, int | tuple[int, ...]] = {}
        for is_title, index in ((True, names.titles), (False, names.people)):
            for k, info in index.entries.items():
                joined = "".join(k)
                if (len(joined) < FUZZY_SWAP_MIN_LENGTH or not joined.isalnum() or (not is_title and k not in well_known)
                        or all(w in skip for w in k) or k in names.everyday_tails):  # "The One": nothing to mistype
                    continue
                n = len(self._fuzzy_names)
                self._fuzzy_names.append((joined, k, info, is_title))
                for d in _deletions(joined) | {joined}:
                    held = self._fuzzy.get(d)
                    self._fuzzy[d] = n if held is None else (held, n) if isinstance(held, int) else held + (n,)
        # Credited people by surname, for a short or familiar given name before it ("nic cage", "mo freeman")
        self.short_given: ShortGivenNames[NameInfo] = ShortGivenNames(names.people.entries)
        # Two-word people typed with a slip in each word ("amitab bachan"): every two-word person's given name
        # indexed under its one-letter deletions (the given-name word, once), and the surnames of each given name.
        self._given_index: dict[str, str | tuple[str, ...]] = {}
        self._surnames_of: dict[str, list[str]] = defaultdict(list)
        for k in names.people.entries:
            if len(k) == 2 and k[0].isalpha() and k[1].isalpha():
                if k[0] not in self._surnames_of:
                    for d in _deletions(k[0]) | {k[0]}:
                        held = self._given_index.get(d)
                        self._given_index[d] = k[0] if held is None else (held, k[0]) if isinstance(held, str) else held + (k[0],)
                self._surnames_of[k[0]].append(k[1])
        self._well_known_keys = well_known
        self.short_forms = self._short_forms(names, gazetteer)
        self._sound_index, self._by_sound = self._sound_alike_index(names)
        # "shah rukh", "bonham carter", "samuel l": two words of a three-word person (partial_names.py)
        self.partials = partial_names.index(names.people.entries, lambda info: info.canonical, key, well_known,
                                            names.skip_words | NAME_PARTICLES | CHAT_WORDS)
        # ... and those two words typed as one ("shahrukh"), maybe with one slip ("sharukh"): round 22g
        self.joined_partials = partial_names.joined(self.partials, lambda w: w in self.joined or ordinary_english(w))

    @staticmethod
    def _sound_alike_index(names: "NameMatcher") -> tuple[dict[str, str], dict[str, list[tuple[str, str, NameInfo]]]]:
        """Two-word people by how their surname sounds (``sound_key``): the key and its one-letter deletions → the
        keys held there ("|"-joined: plain strings keep ~100k entries out of the garbage collector's way), and each
        surname key → (given name, surname, person)."""
        by_sound: dict[str, list[tuple[str, str, NameInfo]]] = defaultdict(list)
        for k, info in names.people.entries.items():
            if len(k) == 2 and k[0].isalpha() and k[1].isalpha() and len(k[1]) >= 3:
                by_sound[sound_key(k[1])].append((k[0], k[1], info))
        index: dict[str, str] = {}
        for sk in by_sound:
            for d in _deletions(sk) | {sk}:
                index[d] = f"{index[d]}|{sk}" if d in index else sk
        return index, dict(by_sound)

    @staticmethod
    def _short_forms(names: "NameMatcher", gazetteer: Gazetteer) -> dict[tuple[str, ...], NameInfo]:
        """Other ways to say a well-known person's full name: a common short or long form of the given name
        ("sam" / "samuel", "mike" / "michael": given_name_forms.py) and the name without its middle initial ("sam
        jackson" for Samuel L. Jackson), alone or together. Only forms that name exactly one well-known person and
        are nobody's own name in the gazetteer; a person with fewer credits only by a form keeping the initial."""
        found: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        well_known = {key(n) for n in gazetteer.well_known}
        for k in names.people.entries:
            if len(k) < 2:
                continue
            rests = [k[1:]] + ([k[2:]] if len(k) == 3 and len(k[1]) == 1 else [])  # with or without the initial
            for given in {k[0]} | other_forms(k[0]):
                for rest in rests:
                    form = (given,) + rest
                    # less-known people only by a form that keeps the middle initial ("mike b jordan")
                    if form != k and (k in well_known or len(form) >= 3):
                        found[form].add(k)
        return {form: names.people.entries[next(iter(ks))] for form, ks in found.items()
                if len(ks) == 1 and form not in names.people.entries}

    @staticmethod
    def _particle_surnames(names: "NameMatcher", gazetteer: Gazetteer) -> dict[tuple[str, str], NameInfo]:
        """(particle, rest) → the one person whose surname it is: "de niro" (Robert De Niro), "van damme", and a
        surname written as one word split at its particle ("di caprio" for DiCaprio). The one well-known bearer
        when there is one; else the only bearer in the gazetteer; pairs two well-known people share ("del toro")
        are the one of them with the most credits ("del toro"), and left out when no one has the most. The rest must be
        a word of 3+ letters."""
        found: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
        for k in names.people.entries:
            if len(k) < 2:
                continue
            if len(k) >= 3 and k[-2] in NAME_PARTICLES and len(k[-1]) >= 3 and k[-1].isalpha():
                found[(k[-2], k[-1])].add(k)
            for particle in NAME_PARTICLES:
                rest = k[-1][len(particle):]
                if k[-1].startswith(particle) and len(rest) >= 4 and rest.isalpha():
                    found[(particle, rest)].add(k)
        well_known = {key(n) for n in gazetteer.well_known}
        credits = {key(n): c for n, c in gazetteer.well_known_credits.items()}
        out = {}
        for pair, ks in found.items():
            known = ks & well_known
            if len(known) > 1:
                known = _most_credited(known, credits)
            if len(known) == 1 or (not known and len(ks) == 1):
                out[pair] = names.people.entries[next(iter(known or ks))]
        return out

    def _sole_surnames(self, names: "NameMatcher", gazetteer: Gazetteer, skip: frozenset[str]) -> dict[str, NameInfo]:
        """Surnames no well-known person carries but exactly one person of the whole gazetteer does ("kubrick",
        "nolan": directors with few catalog credits, whom viewers still name by surname). The gazetteer already
        holds only people with two cast credits or a directing credit, so its single bearer is the one meant —
        when the word is no ordinary word (catalog vocabulary, request, chat or vocabulary phrase), no word of a
        catalog title, and has 5+ letters. Typos are not read for these (only exact surnames)."""
        bearers: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for k in names.people.entries:
            if len(k) >= 2:
                bearers[k[-1]].append(k)
        title_words = {w for k in names.titles.entries for w in k}
        given = {w for k in names.people.entries for w in k[:-1]}
        out = {}
        for surname, people in bearers.items():
            if (len(people) == 1 and surname not in self.surnames and len(surname) >= 5 and surname.isalpha()
                    and surname not in skip and surname not in title_words
                    and surname not in names._lexicon_phrases and surname not in CHAT_WORDS
                    and surname not in ENGLISH_STAGE_NAMES and surname not in names._mononyms
                    and (surname not in self._common or surname not in given)):
                out[surname] = names.people.entries[people[0]]
        # Catalog vocabulary among them is mostly English ("early", "painter", "fields") and only sometimes a name
        # the descriptions mention ("kubrick"): such a word names the person only after a strong cue ("by …")
        # or before a directing verb ("anything kubrick made").
        self.sole_common = frozenset(w for w in out if w in self._common)
        return out

    def _first_names(self, names: "NameMatcher", gazetteer: Gazetteer, skip: frozenset[str],
                     min_length: int = 5, well_known_only: bool = True) -> dict[str, NameInfo]:
        """Given names that single out one well-known person ("denzel", "keanu"): borne by no other person of
        the gazetteer, as a first word or any later one, and no ordinary or request word. Shorter ones
        (``min_length``) only with a word saying the rest is forgotten ("iko something": ``_half_remembered``)."""
        firsts: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        later_words: set[str] = set()  # surnames (and middle names) of anyone: "Nolan" is someone's surname
        for k in names.people.entries:
            if len(k) >= 2:
                firsts[k[0]].append(k)
                later_words.update(k[1:])
        well_known = {key(n) for n in gazetteer.well_known}
        out = {}
        for first, people in firsts.items():
            if (len(people) == 1 and (people[0] in well_known or not well_known_only) and len(first) >= min_length
                    and first.isalpha()
                    and first not in skip and first not in self._common and first not in later_words
                    and first not in names._lexicon_phrases and first not in CHAT_WORDS):
                out[first] = names.people.entries[people[0]]
        return out

    def _ordinary(self, names: "NameMatcher", gazetteer: Gazetteer) -> frozenset[str]:
        """Surnames that are also ordinary words ("Rock", "Cage", "Black"): catalog vocabulary that is
        a given name of someone else, or a word of at least two catalog titles other than right after
        its bearer's given name ("School of Rock" counts, "Martin Scorsese: …" does not); and the everyday words
        among well-known surnames that the catalog vocabulary misses (``ENGLISH_SURNAMES``: "wood", "hammer")."""
        common = {s: key(info.canonical)[0] for s, info in self.surnames.items() if s in self._common}
        given = {w for k in names.people.entries for w in k[:-1]}
        in_titles: dict[str, int] = defaultdict(int)
        for t in gazetteer.titles:
            k = key(t.title)
            for i, w in enumerate(k):
                if w in common and not (i > 0 and k[i - 1] == common[w]):
                    in_titles[w] += 1
        return frozenset(s for s in common if s in given or in_titles[s] >= 2) | (ENGLISH_SURNAMES & set(self.surnames))

    def find(self, utt: Utterance, message: list[Word], possessives: list[Word | None]) -> list[Match]:
        out: list[Match] = []
        norms = [w.norm for w in message]
        self._joined(utt, message, norms, out)
        self._typos(utt, message, norms, possessives, out)
        self._one_slip(utt, message, norms, out)
        self._split_title_words(utt, message, norms, out)
        self._slip_in_each_word(utt, message, norms, out)
        self._surnames(utt, message, possessives, out)
        self._given_names(utt, message, possessives, out)
        self._slipped_given_names(utt, message, out)
        self._half_remembered(utt, message, out)
        self._surname_slipped_into_a_word(utt, message, out)
        self._short_given_names(utt, message, possessives, out)
        self._given_name_forms(utt, message, out)
        self._partial_names(utt, message, out)
        self._surname_spelt_by_ear(utt, message, out)
        self._surname_heard_in_pieces(utt, message, out)
        self._director_surname_slip(utt, message, out)
        self._sounds_alike(utt, message, norms, out)
        return out

    def _sounds_alike(self, utt: Utterance, message: list[Word], norms: list[str], out: list[Match]) -> None:
        """"eddy murphy", "jakie chan", "noah bombach", "steven speilburg": two typed words that sound like a two-word
        person's given name and surname (``sound_alike``: both words, the edits scaled by length), the usual person
        evidence given or the name well known with a typed word that is no English word. Nearest first, then the
        person with the most credits (a well-known one); two equally good readings are none."""
        skip = self._names.skip_words | CHAT_WORDS
        sounding: dict[tuple[str, str], list[tuple[int, bool, NameInfo]]] = {}  # a pair repeated is looked up once
        for i in range(len(norms) - 1):
            a, b = norms[i], norms[i + 1]
            if (not (a.isalpha() and b.isalpha()) or len(b) < 3 or (a, b) in self._names.people.entries
                    or a in skip or b in skip):
                continue
            if (a, b) not in sounding:
                sounding[a, b] = self._sounding(a, b)
            hits = sounding[a, b]
            if not hits:
                continue
            best = min(d for d, _, _ in hits)
            group = [(known, info) for d, known, info in hits if d == best]
            if len({info.canonical for _, info in group}) > 1:
                group = [(known, info) for known, info in group if known]
            if len({info.canonical for _, info in group}) != 1:
                continue
            known, info = group[0]
            span = utt.span(message[i].start, message[i + 1].end)
            if span is None:
                continue
            typed_off = any(w != n and not ordinary_english(w) for w, n in zip((a, b), key(info.canonical)))
            if (utt.only_filler_outside(span, WHOLE_FILLER) or self._typo_evidence(utt, span, info, False, True)
                    or _genre_after(utt, span) or (known and typed_off)):
                self._emit(utt, message[i].start, message[i + 1].end, info, False, out)

    def _other_given_name(self, typed: str, given: str) -> bool:
        """``typed`` is a catalog person's given name spelt right, and sounds unlike ``given``: "cary grant" is
        someone the catalog lacks, not Corey Grant ("eddy murphy" still sounds like Eddie Murphy)."""
        return typed != given and typed in self._surnames_of and sound_key(typed) != sound_key(given)

    def _sounding(self, given: str, surname: str) -> list[tuple[int, bool, NameInfo]]:
        """(edits, well known, person) for each two-word person whose name ``given surname`` sounds like."""
        sk = sound_key(surname)
        found = {held for d in _deletions(sk) | {sk} if d in self._sound_index
                 for held in self._sound_index[d].split("|")}
        hits = []
        for held in found:
            for name_given, name_surname, info in self._by_sound[held]:
                if self._other_given_name(given, name_given):
                    continue
                edits = sound_alike((given, surname), (name_given, name_surname), self._common)
                if edits is not None:
                    hits.append((edits, (name_given, name_surname) in self._well_known_keys, info))
        return hits

    def _surname_spelt_by_ear(self, utt: Utterance, message: list[Word], out: list[Match]) -> None:
        """"dave chapel" (Chappelle), "will ferel": a well-known person's given name typed exactly, then their surname
        spelt as heard — doubled letters written once (or the other way round) and at most one slip more
        (``spelt_by_ear``). The person must be the only well-known bearer of that given name it fits, and the usual
        person evidence is needed (a cue, capitals, a work noun, or nothing else in the message)."""
        norms = [w.norm for w in message]
        for i in range(len(norms) - 1):
            given, typed = norms[i], norms[i + 1]
            if (given, typed) in self._names.people.entries or not typed.isalpha():
                continue
            # ... also with the possessive's apostrophe left out ("kevin hearts stuff": Hart's, round 37)
            hits = [(given, sn) for sn in self._surnames_of.get(given, ())
                    if (given, sn) in self._well_known_keys
                    and (spelt_by_ear(typed, sn) or (typed.endswith("s") and spelt_by_ear(typed[:-1], sn)))]
            if len(hits) != 1:
                continue
            info = self._names.people.entries[hits[0]]
            span = utt.span(message[i].start, message[i + 1].end)
            if span is not None and (utt.only_filler_outside(span, WHOLE_FILLER)
                                     or self._typo_evidence(utt, span, info, False, True)):
                self._emit(utt, message[i].start, message[i + 1].end, info, False, out)

    def _surname_heard_in_pieces(self, utt: Utterance, message: list[Word], out: list[Match]) -> None:
        """"martin scor seezee" (a voice transcript of Martin Scorsese): a given name typed exactly, then the next two
        words joined are the surname of its one well-known bearer they fit as heard (``said_in_pieces``), neither of
        them a surname of that given name as typed; the usual person evidence is needed (a cue, capitals, a work
        noun, or nothing else in the message)."""
        norms = [w.norm for w in message]
        for i in range(len(norms) - 2):
            given, pieces = norms[i], (norms[i + 1], norms[i + 2])
            surnames = self._surnames_of.get(given, ())
            if not all(w.isalpha() for w in pieces) or any(w in surnames for w in pieces):
                continue
            hits = [(given, sn) for sn in surnames if (given, sn) in self._well_known_keys and said_in_pieces(pieces, sn)]
            if len(hits) != 1:
                continue
            info = self._names.people.entries[hits[0]]
            span = utt.span(message[i].start, message[i + 2].end)
            if span is not None and (utt.only_filler_outside(span, WHOLE_FILLER)
                                     or self._typo_evidence(utt, span, info, False, True)):
                self._emit(utt, message[i].start, message[i + 2].end, info, False, out)

    def _director_surname_slip(self, utt: Utterance, message: list[Word], out: list[Match]) -> None:
        """"john hughs 80s comedy", "sofia copola films": a director of the catalog named with the given name typed
        exactly and the surname one slip off (5+ letters, no everyday word). Directors have few credits (a film or
        two each), so the other slips, kept to well-known people, miss them. The surname must fit exactly one
        two-word person of that given name, who directed, and the name needs evidence: a cue, capitals, a work or
        genre word or a decade right after it ("80s"), or nothing else said."""
        norms = [w.norm for w in message]
        read: dict[tuple[str, str], NameInfo | None] = {}  # each pair read once ("x y " repeated 400 times)
        for i in range(len(norms) - 1):
            given, typed = norms[i], norms[i + 1]
            if (given, typed) not in read:
                read[given, typed] = self._slipped_director(given, typed)
            info = read[given, typed]
            span = utt.span(message[i].start, message[i + 1].end) if info is not None else None
            if span is None or info is None:
                continue
            after = utt.lower[span.end] if span.end < len(utt.doc) else ""
            if (utt.only_filler_outside(span, WHOLE_FILLER) or self._typo_evidence(utt, span, info, False, True)
                    or _genre_after(utt, span) or decade_bounds(after) is not None):
                self._emit(utt, message[i].start, message[i + 1].end, info, False, out)

    def _slipped_director(self, given: str, typed: str) -> NameInfo | None:
        """The one director called ``given`` whose surname ``typed`` is one slip off, or None."""
        if (len(typed) < MIN_DIRECTED_SURNAME or given not in self._surnames_of or not typed.isalpha()
                or (given, typed) in self._names.people.entries or typed in self._common or given in CHAT_WORDS):
            return None
        hits = [sn for sn in self._surnames_of[given] if damerau_levenshtein(typed, sn) <= 1]
        info = self._names.people.entries.get((given, hits[0])) if len(hits) == 1 else None
        return info if info is not None and info.director else None

    def _given_name_forms(self, utt: Utterance, message: list[Word], out: list[Match]) -> None:
        """"sam l jackson", "mike b jordan", "robert odenkirk": a well-known person's full name said with another
        common form of the given name or without the middle initial (``_short_forms``); read like the full name."""
        norms = [w.norm for w in message]
        for i in range(len(norms) - 1):
            for n in (2, 3):
                form = tuple(norms[i:i + n])
                if len(form) == n and (info := self.short_forms.get(form)) is not None:
                    self._emit(utt, message[i].start, message[i + n - 1].end, info, False, out)

    def _partial_names(self, utt: Utterance, message: list[Word], out: list[Match]) -> None:
        """"a shah rukh film", "something with bonham carter", "just lin-manuel then": two words of a three-word
        person (``partials``), with the usual person evidence — a cue, a work or genre noun or a person word after it,
        capitals — or as the whole request."""
        for i in range(len(message)):
            info = self.partials.get((message[i].norm, message[i + 1].norm)) if i + 1 < len(message) else None
            last = i + 1
            if info is None:  # the two words typed as one: "a shahrukh film", "sharukh romance" (round 22g)
                info, last = self.joined_partials.find(message[i].norm), i
            span = utt.span(message[i].start, message[last].end) if info is not None else None
            if span is None or info is None:
                continue
            if (utt.only_filler_outside(span, WHOLE_FILLER) or self._typo_evidence(utt, span, info, False, True)
                    or utt.ends_with(span.start, STRONG_PERSON_CUES) is not None
                    or _genre_after(utt, span) or _person_after(utt, span) or _works_called_theirs(utt, span)
                    or _beside_named_person([m.norm for m in message], i, last, self._names.names_a_person)):
                self._emit(utt, message[i].start, message[last].end, info, False, out)

    def _short_given_names(self, utt: Utterance, message: list[Word], possessives: list[Word | None],
                           out: list[Match]) -> None:
        """"nic cage movies", "leo dicaprio's films", "mo freeman documentaries", "benny cumberbatch": a short or
        familiar form of a credited person's given name, then their surname, when exactly one credited person of that
        surname has a given name the form fits (given_name_forms.py). A form of three letters or more that is no
        everyday word, before the surname of a well-known person that is no everyday word either, needs nothing else;
        any other (a two-letter form, "will", a lesser-known person, an everyday surname) needs the usual person
        evidence (``_short_form_evidence``)."""
        for p in range(1, len(message)):
            first = message[p - 1].norm
            if (not first.isalpha() or self._never_a_given_name(first)
                    or utt.text[message[p - 1].end:message[p].start].strip()):
                continue  # "wait a mo, freeman films": a name's words have only a space between them
            for w in (message[p], possessives[p]):
                info = self.short_given.find(first, w.norm) if w is not None else None
                if w is None or info is None:
                    continue
                possessive = w is possessives[p] and message[p].norm.endswith("'s")
                if (possessive or self._plain_short_form(first, info)
                        or self._short_form_evidence(utt, message[p - 1], w, info)):
                    self._emit(utt, message[p - 1].start, w.end, info, False, out)
                break

    def _never_a_given_name(self, word: str) -> bool:
        """A stop, request or chat word or a vocabulary phrase ("the", "new", "thanks", "dark") is never a short given
        name; a short everyday word ("mo", "al") may be one, with evidence (``_short_given_names``)."""
        names = self._names
        return word in names._stop or word in REQUEST_WORDS or word in names._lexicon_phrases or word in CHAT_WORDS

    def _plain_short_form(self, first: str, info: NameInfo) -> bool:
        """A short form that says the person by itself ("nic cage", "leo dicaprio"): ``MIN_PLAIN_SHORT_FORM``+ letters
        and no everyday word, before a well-known person's surname (the pair is as rare as the full name)."""
        return (len(first) >= MIN_PLAIN_SHORT_FORM and first not in self._common and not ordinary_english(first)
                and key(info.canonical) in self._well_known_keys)

    def _short_form_evidence(self, utt: Utterance, first: Word, surname: Word, info: NameInfo) -> bool:
        """A person cue, a work or genre noun after, the user's capitals, a person word after, or the name as the whole
        request: what makes "mo freeman" or "will smith" a name rather than two words."""
        span = utt.span(first.start, surname.end)
        return span is not None and (
            utt.only_filler_outside(span, WHOLE_FILLER) or self._typo_evidence(utt, span, info, False, True)
            or utt.ends_with(span.start, STRONG_PERSON_CUES) is not None or _genre_after(utt, span)
            or _person_after(utt, span) or _works_called_theirs(utt, span) or _alone_in_sentence(utt, span))

    def _one_slip(self, utt: Utterance, message: list[Word], norms: list[str], out: list[Match]) -> None:
        """Names within one edit (a transposition counts as one) of what was typed, no word needing to be
        exact: "something like the crwon", "david atenborough nature stuff". The differing words must look
        like a slip (``_slip``) and the same evidence as other typos is required."""
        slot = asked_slot(utt.text)
        for i in range(len(norms)):
            for n in range(1, 5):
                if i + n > len(norms):
                    break
                typed = tuple(norms[i:i + n])
                joined = "".join(typed)
                if (len(joined) < FUZZY_SWAP_MIN_LENGTH or typed in self._names.titles.entries
                        or typed in self._names.people.entries):
                    continue
                if n == 1 and (typed[0] in CHAT_WORDS or is_filler(typed[0])):
                    continue  # "alright", "whatever": a chat word is itself, never a slip of "Alt-Right"
                candidates = {c[0]: c for d in _deletions(joined) | {joined} for c in self._fuzzy_entries(d)}
                shortest = _shortest_slip(slot, message[i].start, message[i + n - 1].end)
                liked = _LikenessFrame(utt, message[i].start)
                near = [c for c in candidates.values() if damerau_levenshtein(joined, c[0]) <= 1
                        and (len(c[0]) >= shortest and len(joined) >= shortest or _swapped(joined, c[0])
                             or (c[3] and _likeness_slip(joined, c[0]) and liked.holds()))]
                hits = [c for c in near if self._looks_like_slip(typed, c[1])
                        or (not c[3] and _given_name_variant(typed, c[1]))]
                # "enola homes": the slip made an everyday word, beside the title's other words said exactly, one of
                # them no everyday word; read so only as the whole request or beside a likeness word (below)
                everyday_slip = not hits and n >= 2
                if everyday_slip:
                    hits = [c for c in near if c[3] and self._everyday_slip(typed, c[1])]
                hits = _dropped_vowel_first(joined, hits)
                if len({(c[2].canonical, c[3]) for c in hits}) != 1:
                    continue
                name_joined, k, info, is_title = hits[0]
                span = utt.span(message[i].start, message[i + n - 1].end)
                if everyday_slip:
                    if span is not None and (utt.only_filler_outside(span, FILLER) or utt.ends_with(
                            span.start, SIMILAR_CUES) is not None or _similar_after(utt, span)):
                        self._emit(utt, message[i].start, message[i + n - 1].end, info, is_title, out)
                    continue
                # a long two-word person's name with a non-word in it is evidence enough ("david atenborough")
                long_person = not is_title and len(k) >= 2 and span is not None and (
                    len(name_joined) >= FUZZY_PERSON_ALONE or utt.only_filler_outside(span, FILLER))
                if span is not None and is_title and info.tier == WEAK_SINGLE and _likeness_word_closes(utt, span) \
                        and not any(w in self._common or ordinary_english(w) for w in typed) \
                        and " ".join(utt.lower[span.start:span.end + 1]) not in self._names._lexicon_phrases:
                    # ("narco type" is a phrase of the vocabulary: the crime shelf, no slip of a title)
                    # "frends type show" (round 33): an everyday-word title typed with a slip is no everyday word, so
                    # the likeness word after it names the title, as "like frends" does
                    out[:] = _with_similar(out, span, info)
                    continue
                if span is not None and (long_person or self._typo_evidence(utt, span, info, is_title, unknown=True)
                                         or self._lone_title_slip(utt, span, typed, info, is_title)):
                    self._emit(utt, message[i].start, message[i + n - 1].end, info, is_title, out)

    def _split_title_words(self, utt: Utterance, message: list[Word], norms: list[str], out: list[Match]) -> None:
        """Round 31B: a title word the viewer typed in two ("like the irish man", "similar to the iris man" for a
        title of one joined word), after a likeness or mention cue (``_one_word_split``; ``FUZZY_MIN_LENGTH``+ letters),
        one title only so read. Such a reading explains every typed word, where an exact shorter title inside it
        ("Iris", or "the <Iris> man" read as its cast) leaves a word over: it keeps its cue's priority (not the loose
        one) and is put one above a reading of the same words through the shorter title."""
        for i in range(len(norms)):
            for n in range(2, MAX_SPLIT_WORDS + 1):
                if i + n > len(norms):
                    break
                typed = tuple(norms[i:i + n])
                joined = "".join(typed)
                if len(joined) < FUZZY_MIN_LENGTH or not joined.isalpha():
                    continue
                candidates = {c[0]: c for d in _deletions(joined) | {joined} for c in self._fuzzy_entries(d)}
                hits = [c for c in candidates.values() if c[3] and self._one_word_split(typed, c[1])]
                if len({c[2].canonical for c in hits}) != 1:
                    continue
                span = utt.span(message[i].start, message[i + n - 1].end)
                if span is None or utt.ends_with(span.start, SIMILAR_CUES | MENTION_CUES) is None:
                    continue
                match = self._names._title(utt, span, hits[0][2])
                if match is not None:
                    out.append(replace_priority(match, match.priority + SPLIT_READING_EDGE, f"{match.rule}-split"))

    def _one_word_split(self, typed: tuple[str, ...], name: tuple[str, ...]) -> bool:
        """``typed`` is ``name`` with one of its words typed in two pieces (each of two or more letters, the first no
        stop word: "a romance" is no "Bromance", "it coming" no "Incoming"), the pieces run together being the word
        or the word with a keystroke slip (``_keystroke_slip``: "iris man" for "irishman"); every other word exact."""
        if len(typed) != len(name) + 1:
            return False
        for j, word in enumerate(name):
            first, second = typed[j], typed[j + 1]
            if typed[:j] != name[:j] or typed[j + 2:] != name[j + 1:]:
                continue
            joined = first + second
            return (min(len(first), len(second)) >= 2 and first not in self._names._stop
                    and (joined == word or _keystroke_slip(joined, word)))
        return False

    def _lone_title_slip(self, utt: Utterance, span: Span, typed: tuple[str, ...], info: NameInfo,
                         is_title: bool) -> bool:
        """Round 22h: a title of one rare word (tier WEAK: "The Witcher", "Ozark") typed with one slip as the whole
        message, but for filler and its article ("the witchr", "ozrak?"): the title, without a cue. The typed word is
        no ordinary English or chat word and has LONE_TITLE_SLIP_MIN letters (a shorter one, "ozrak", still needs a cue,
        as round 20j's swaps below six letters do); a title
        of one everyday word (WEAK_SINGLE: "Elite", "You") still needs a cue; a slip the vocabulary's typo reader
        claims ("horor", "thrillr") stays a genre; a word in a sentence ("the witchr is too gory") is no whole
        message."""
        if not is_title or info.tier != WEAK or not utt.only_filler_outside(span, FILLER):
            return False
        content = [w for w in typed if w not in self._names._stop]
        return len(content) == 1 and len(content[0]) >= LONE_TITLE_SLIP_MIN and content[0].isalpha() and not (
            content[0] in self._common or content[0] in CHAT_WORDS or ordinary_english(content[0]))

    def _slip_in_each_word(self, utt: Utterance, message: list[Word], norms: list[str], out: list[Match]) -> None:
        """"amitab bachan films": two typed words, each one slip (``part_slip``) from the given name and the
        surname of exactly one two-word person of the gazetteer, who is well known. Neither typed word may be
        an ordinary or request word, each has 4+ letters, and the usual person evidence is required (a cue,
        capitals, a following "film/movie/…", or nothing else in the message)."""
        skip = self._names.skip_words
        for i in range(len(norms) - 1):
            a, b = norms[i], norms[i + 1]
            if (len(a) < 4 or len(b) < 4 or not (a.isalpha() and b.isalpha()) or (a, b) in self._names.people.entries
                    or any(w in self._common or w in skip or w in CHAT_WORDS for w in (a, b))):
                continue
            givens = {g for d in _deletions(a) | {a} for g in self._given_entries(d) if part_slip(a, g)}
            hits = {(g, sn) for g in givens for sn in self._surnames_of[g] if part_slip(b, sn)}
            if len(hits) != 1 or next(iter(hits)) not in self._well_known_keys:
                continue
            k = next(iter(hits))
            span = utt.span(message[i].start, message[i + 1].end)
            if span is None or not (utt.only_filler_outside(span, FILLER)
                                    or self._typo_evidence(utt, span, self._names.people.entries[k], False, True)):
                continue
            self._emit(utt, message[i].start, message[i + 1].end, self._names.people.entries[k], False, out)

    def _given_entries(self, deletion: str) -> tuple[str, ...]:
        held = self._given_index.get(deletion)
        return () if held is None else (held,) if isinstance(held, str) else held

    def _fuzzy_entries(self, deletion: str) -> list[tuple[str, tuple[str, ...], NameInfo, bool]]:
        held = self._fuzzy.get(deletion)
        if held is None:
            return []
        return [self._fuzzy_names[held]] if isinstance(held, int) else [self._fuzzy_names[n] for n in held]

    def _everyday_slip(self, typed: tuple[str, ...], name: tuple[str, ...]) -> bool:
        """One word of a title of two or more typed one letter off as an everyday word ("homes" for "holmes"), its
        other words said exactly and one of them no everyday word (the title's own: "enola"): the slip, not a
        phrase of its own. Titles of everyday words only ("the dark night") stay what was typed."""
        if len(typed) != len(name) or len(name) < 2:
            return False
        differing = [(a, b) for a, b in zip(typed, name) if a != b]
        return (len(differing) == 1 and len(differing[0][1]) >= FUZZY_SWAP_MIN_LENGTH
                and any(a == b and a not in self._common and a not in self._names.skip_words
                        for a, b in zip(typed, name)))

    def _looks_like_slip(self, typed: tuple[str, ...], name: tuple[str, ...]) -> bool:
        """Some typed word that is not the name's own is no ordinary word ("crwon"), or the words are the
        name's words run together or split ("dicaprio" / "di caprio")."""
        if len(typed) != len(name):
            return any(w not in self._common for w in typed)
        return any(a != b and self._slip(a, b) and a not in self._common for a, b in zip(typed, name))

    def _given_names(self, utt: Utterance, message: list[Word], possessives: list[Word | None],
                     out: list[Match]) -> None:
        """"movies w/ denzel", "keanu's films": a given name alone that singles out one well-known person,
        with a person cue, a possessive or a following "film/movie/…"."""
        for p, w in enumerate(message):
            info, word = self.first_names.get(w.norm), w
            possessive = False
            if info is None and (alt := possessives[p]) is not None:
                info, word, possessive = self.first_names.get(alt.norm), alt, w.norm.endswith("'s")
            if info is None:
                self._pointed_given_name(utt, w, out)
                continue
            span = utt.span(word.start, word.end)
            if span is None or (p + 1 < len(message) and (message[p].norm, message[p + 1].norm) in self._names.people.entries):
                continue
            if (possessive or utt.ends_with(span.start, STRONG_PERSON_CUES | ACTOR_CUES) is not None
                    or self._work_noun_after(utt, span.end) or _person_after(utt, span) or _pronoun_later(utt, span)
                    or utt.only_filler_outside(span, WHOLE_FILLER) or _alone_in_sentence(utt, span)
                    or _person_verb_after(utt, span) or _genre_after(utt, span) or _period_beside(utt, span)
                    or _beside_named_person([m.norm for m in message], p, p, self._names.names_a_person)
                    or _wished_beside_a_named_person([m.norm for m in message], p, self._names.names_a_person)):
                self._emit(utt, word.start, word.end, info, False, out)

    def _slipped_given_names(self, utt: Utterance, message: list[Word], out: list[Match]) -> None:
        """"movies w denzell", "films starring keanuu": a given name that singles out one well-known person
        (``first_names``) typed with one slip (a letter twice, left out, swapped or wrong), the name itself at least
        FUZZY_MIN_LENGTH letters. Only with the plainest evidence, a cast or person cue right before it or a work noun
        right after it, and never when the typed word is an everyday word or any catalog person's name word (round 34)."""
        for w in message:
            typed = w.norm
            if (len(typed) < FUZZY_MIN_LENGTH - 1 or not typed.isalpha() or typed in self.first_names
                    or typed in self._person_words or typed in self._common or _kind_word(typed)):
                continue
            near = {g for d in _deletions(typed) | {typed} for g in self._given_by_deletion.get(d, ())
                    if damerau_levenshtein(typed, g) == 1}
            span = utt.span(w.start, w.end)
            if len(near) != 1 or span is None:
                continue
            if (utt.ends_with(span.start, STRONG_PERSON_CUES | ACTOR_CUES) is not None
                    or self._work_noun_after(utt, span.end)):
                self._emit(utt, w.start, w.end, self.first_names[near.pop()], False, out)

    @cached_property
    def _given_by_deletion(self) -> dict[str, set[str]]:
        """Each long enough ``first_names`` key, and its one-letter deletions → the given names: a slip's candidates
        in a few dict probes (``_slipped_given_names``)."""
        index: dict[str, set[str]] = defaultdict(set)
        for given in self.first_names:
            if len(given) >= FUZZY_MIN_LENGTH:
                for d in _deletions(given) | {given}:
                    index[d].add(given)
        return index

    @cached_property
    def _person_words(self) -> frozenset[str]:
        """Every word of every catalog person's name: such a word is a name as typed, never another's slip."""
        return frozenset(w for k in self._names.people.entries for w in k)

    def _pointed_given_name(self, utt: Utterance, w: Word, out: list[Match]) -> None:
        """"the taika dude that made ragnarok", "that ranveer guy": a given name only one person of the gazetteer bears,
        between a determiner and a person noun, is that person even with few credits."""
        info = self.pointed_first_names.get(w.norm)
        span = utt.span(w.start, w.end) if info is not None else None
        if span is not None and _person_noun_around(utt, span):
            self._emit(utt, w.start, w.end, info, False, out)

    def _half_remembered(self, utt: Utterance, message: list[Word], out: list[Match]) -> None:
        """"iko something", "the raid guy, iko whatever": a given name that singles out one well-known person, with a
        word saying the viewer forgot the rest; 3+ letters suffice then (``short_first_names``)."""
        for p in range(len(message) - 1):
            info = self.short_first_names.get(message[p].norm)
            if info is not None and message[p + 1].norm in FORGOTTEN_REST:
                self._emit(utt, message[p].start, message[p].end, info, False, out)

    def _surname_slipped_into_a_word(self, utt: Utterance, message: list[Word], out: list[Match]) -> None:
        """"kevin heart": a well-known person's exact given name, then their surname with one slip that happens to
        make an everyday word (which the other typo rules never read as a slip). The everyday word needs the usual
        evidence (a cue, capitals, a work noun after) or the name being the whole request; 4+ letters of surname."""
        for p in range(len(message) - 1):
            first, typed = message[p].norm, message[p + 1].norm
            if typed not in self._common:
                continue
            fits = [s for s in self._surnames_of.get(first, ()) if len(s) >= MIN_SLIPPED_SURNAME and s != typed
                    and (first, s) in self._well_known_keys and damerau_levenshtein(typed, s) == 1]
            if len(fits) != 1 or (first, typed) in self._names.people.entries:
                continue
            span = utt.span(message[p].start, message[p + 1].end)
            info = self._names.people.entries[(first, fits[0])]
            if span is not None and (self._typo_evidence(utt, span, info, False, False)
                                     or utt.only_filler_outside(span, WHOLE_FILLER)):
                self._emit(utt, message[p].start, message[p + 1].end, info, False, out)

    def _emit(self, utt: Utterance, start: int, end: int, info: NameInfo, is_title: bool, out: list[Match]) -> None:
        span = utt.span(start, end)
        if span is None:
            return
        if is_title and _only_the_bracketed_words(utt.text[start:end], info.canonical):
            return  # "ok with tamil or telugu films": a language, never a slip of "Seven (Telugu)"
        if not is_title and _beside_other_capitals(utt.text, start, end, info):
            return  # "a film about Winston Churchill": a capitalised word of another full name, not a slip of Winstone
        if not is_title and self._stray_edge_word(utt.text[start:end], info):
            return  # "a shahrukh khan film": the article is no slip of the name's first word (round 22g)
        if " ".join(utt.text[start:end].lower().split()) in self._names._lexicon_phrases:
            return  # "doramas": a word the vocabulary reads is no slip of a name ("Deramas", round 25a)
        match = self._names._title(utt, span, info) if is_title else self._names._person(utt, span, info)
        if match is not None:
            out.append(replace_priority(match, min(match.priority, P_LOOSE_NAME), f"{match.rule}-loose"))

    def _stray_edge_word(self, typed: str, info: NameInfo) -> bool:
        """The first or last word typed is a stop word the person's name does not hold: a word beside the name,
        read into it by a slip reading of the joined letters ("a" + "shahrukh khan")."""
        typed_words, name = key(typed), key(info.canonical)
        return len(typed_words) > 1 and any(w in self._names._stop and w not in name
                                            for w in (typed_words[0], typed_words[-1]))

    def _joined(self, utt: Utterance, message: list[Word], norms: list[str], out: list[Match]) -> None:
        for i in range(len(norms)):
            for n in range(1, 5):
                if i + n > len(norms):
                    break
                joined = "".join(norms[i:i + n])
                info = self.joined.get(joined) if len(joined) >= 6 else None
                if info is not None and tuple(norms[i:i + n]) not in self._names.people.entries:
                    self._emit(utt, message[i].start, message[i + n - 1].end, info, False, out)

    def _slip(self, typed: str, name_word: str) -> bool:
        """``typed`` may be a slip of ``name_word``: no ordinary word, nor a word that plainly names a kind of title
        (a work noun or a genre word: "war docs" is documentaries about war, never "War Dogs" typed with a slip; round
        26b), or the same word with or without a plural "s"."""
        if typed + "s" == name_word or typed == name_word + "s":
            return True
        return typed not in self._common and not _kind_word(typed)

    def _typos(self, utt: Utterance, message: list[Word], norms: list[str], possessives: list[Word | None],
               out: list[Match]) -> None:
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for p, w in enumerate(norms):
            for q, k, joined, info, is_title in self.anchors.get(w, ()):
                i, n = p - q, len(k)
                if i < 0 or i + n > len(norms) or (i, k) in seen:
                    continue
                seen.add((i, k))
                typed = norms[i:i + n]
                end = message[i + n - 1].end
                if not is_title and (alt := possessives[i + n - 1]) is not None and not within(
                        "".join(typed), joined, max_typos(len(joined))):
                    typed, end = typed[:-1] + [alt.norm], alt.end
                index = self._names.titles if is_title else self._names.people
                if not is_title and n == 2 and self.short_given.find(typed[0], typed[1]) is not None:
                    continue  # "chris nolan": an exact surname after a short given name, no slip of another surname
                if tuple(typed) in index.entries or not (any(self._slip(a, b) for a, b in zip(typed, k) if a != b)
                                                         or _asked_word_slip(utt.text, typed, k, is_title)):
                    continue  # an exact name is read as itself; ordinary words are no typo (but see _asked_word_slip)
                unknown = any(a != b and a not in self._common for a, b in zip(typed, k))
                limit = max_typos(len(joined))
                if is_title and limit and utt.span(message[i].start, end) is not None and utt.ends_with(
                        utt.span(message[i].start, end).start, SIMILAR_CUES) is not None:
                    limit += 1  # "somethin like brekin bad": after "like" a title is expected, allow one slip more
                elif is_title and limit and within_slot(utt.text, message[i].start, end):
                    limit += 1  # "is brekin bad on here": an availability question expects a title too (round 29C)
                alone = (not is_title and limit and utt.span(message[i].start, end) is not None
                         and utt.only_filler_outside(utt.span(message[i].start, end), WHOLE_FILLER)
                         and not within("".join(typed), joined, limit)
                         and all(a == b or _same_start(a, b) for a, b in zip(typed, k)))
                if alone:
                    limit += 1  # "ricky gervase": a person's name as the whole message, spelt by ear (round 25b)
                if not within("".join(typed), joined, limit) and not (limit and vowels_swapped("".join(typed), joined)):
                    continue
                span = utt.span(message[i].start, end)
                if span is None or not (alone or self._typo_evidence(utt, span, info, is_title, unknown)):
                    continue
                self._emit(utt, message[i].start, end, info, is_title, out)

    def _typo_evidence(self, utt: Utterance, span: Span, info: NameInfo, is_title: bool, unknown: bool) -> bool:
        if utt.is_quoted(span.start_char, span.end_char):
            return True
        if is_title:
            cued = (utt.ends_with(span.start, SIMILAR_CUES | MENTION_CUES) is not None
                    or _similar_after(utt, span) or _asks_availability(utt, span))  # "you guys have haikyuu"
            return cued or (info.tier == STRONG and unknown)
        return (utt.ends_with(span.start, DIRECTOR_CUES | ACTOR_CUES) is not None
                or _asked_whose_cast(utt, span)  # "what else is <name> in" (round 37)
                or self._work_noun_after(utt, span.end)
                or _genre_after(utt, span)  # "jackie chang kung fu": a person's kind of work (round 22g)
                or utt.capitalised(span, frozenset(t.lower_ for t in span)))

    @staticmethod
    def _work_noun_after(utt: Utterance, token_index: int) -> bool:
        """A work noun follows the name ("spielberg films"), also after a format word that qualifies it
        ("spielberg tv series", "nolan's animated stuff"): the name is whose work is meant."""
        i = token_index
        if i < len(utt.doc) and utt.lower[i] in ("'s", "’s", "'"):
            i += 1
        while i + 1 < len(utt.doc) and utt.lower[i] in FORMAT_QUALIFIERS:
            i += 1
        return i < len(utt.doc) and _work_noun(utt.lower[i])

    def _written_name_cued(self, utt: Utterance, span: Span, surname: str) -> bool:
        """"stuff with seinfeld", "docs w/ attenborough": a surname the descriptions write only as a name
        (``contract.words.name_words``: no everyday English although the vocabulary holds it) after an actor cue; a
        topic surname ("with lincoln") still needs more, and so does the sole bearer of a surname who is not well known
        ("with brown", "with pierce")."""
        return (surname in name_words() and surname not in TOPIC_SURNAMES and surname not in self.sole_surnames
                and utt.ends_with(span.start, ACTOR_CUES) is not None)

    def _distinctive_slip(self, typed: str, info: NameInfo) -> bool:
        """``typed`` is one slip of a distinctive surname ("spilberg", "scorcesee" at a request's start, round 22j): the
        slip reader (``_surname``: 7+ letters, one edit, one surname that close, no everyday word) found it, so it is as
        distinctive as the surname itself; an everyday word or a word of the descriptions never is."""
        if typed in self.surnames or typed in self._common or ordinary_english(typed):
            return False
        words = fold(info.canonical).split()
        surname = words[-1] if words else ""
        return surname in self.distinctive and damerau_levenshtein(typed, surname) == 1

    def _surname(self, typed: str) -> NameInfo | None:
        info = self.surnames.get(typed)
        if info is not None or len(typed) < 7 or ordinary_english(typed):
            return info  # an everyday word is no slip of a surname: "he punches people" is no Ron Funches
        found = {s for d in _deletions(typed) | {typed} for s in self._surname_deletions.get(d, ())}
        found = {s for s in found if damerau_levenshtein(typed, s) <= 1}  # "spielbreg": a swap is one slip
        return self.surnames[found.pop()] if len(found) == 1 else None

    def _director_meant(self, utt: Utterance, span: Span, surname: str, info: NameInfo) -> NameInfo:
        """With a directing cue ("flanagan directed", "directed by flanagan") a lone surname is the catalog's director
        of that surname, when exactly one director has it, even if a better-known actor shares it: the viewer asked
        for directing, and the actor's name would be answered "I have them only as an actor"."""
        if info.director:
            return info
        director = self.directors_by_surname.get(_bare_surname(surname))
        if director is None or not _directing_cue(utt, span):
            return info
        return director

    def _directed_particle_surname(self, utt: Utterance, message: list[Word], p: int, out: list[Match]) -> bool:
        """A particle surname several people share, none the best known, with a directing cue ("films by de palma",
        "directed by de palma"): the catalog's one director of that surname (``_particle_directors``)."""
        if p == 0 or message[p - 1].norm not in NAME_PARTICLES:
            return False
        director = self.particle_directors.get((message[p - 1].norm, _bare_surname(message[p].norm)))
        span = utt.span(message[p - 1].start, message[p].start + len(_bare_surname(message[p].norm)))
        if director is None or span is None or not _directing_cue(utt, span):
            return False
        self._emit(utt, span.start_char, span.end_char, director, False, out)
        return True

    def _directed_surname(self, utt: Utterance, message: list[Word], p: int, out: list[Match]) -> None:
        """A surname no well-known person carries alone, with a directing cue ("flanagan directed it", "directed by
        flanagan"): the catalog's one director of that surname. The word must be no English, and the word before it
        no catalog given name ("<another given name> garland directed" is someone else)."""
        w = message[p]
        surname = _bare_surname(w.norm)
        director = self.directors_by_surname.get(surname)
        if (director is None or len(surname) < MIN_DIRECTED_SURNAME or ordinary_english(surname)
                or surname in self._names._lexicon_phrases or surname in CHAT_WORDS
                or (p > 0 and message[p - 1].norm in self._surnames_of)):
            return
        span = utt.span(w.start, w.start + len(surname))
        if span is not None and (_directing_cue(utt, span) or (
                surname in name_words() and surname not in TOPIC_SURNAMES and _body_of_work_cue(message, p))):
            self._emit(utt, w.start, w.start + len(surname), director, False, out)

    def _particle_surname(self, message: list[Word], possessives: list[Word | None], p: int
                          ) -> tuple[NameInfo, Word] | None:
        """The well-known person whose surname is a particle and the word at ``p`` ("de niro", "del toro", "van
        damme", "di caprio" for DiCaprio), with the word's reading that matched (possessive or not)."""
        if p == 0 or message[p - 1].norm not in NAME_PARTICLES:
            return None
        for form in (message[p], possessives[p]):
            if form is not None and (info := self.particle_surnames.get((message[p - 1].norm, form.norm))):
                return info, form
        return None

    def _surnames(self, utt: Utterance, message: list[Word], possessives: list[Word | None],
                  out: list[Match]) -> None:
        for p, w in enumerate(message):
            particle = self._particle_surname(message, possessives, p)
            if particle is not None:  # "de niro", "van damme", "di caprio": as distinctive as a full name
                info, word = particle
                self._emit(utt, message[p - 1].start, word.end, info, False, out)
                continue
            if self._directed_particle_surname(utt, message, p, out):
                continue
            possessive = False
            info = self._surname(w.norm)
            word = w
            if info is None and (alt := possessives[p]) is not None:
                info, word, possessive = self._surname(alt.norm), alt, w.norm.endswith("'s")
            if info is None:
                self._directed_surname(utt, message, p, out)
                continue
            span = utt.span(word.start, word.end)
            if span is None or (word is not w and w.norm in _place_words()) or _placed(message, p):
                continue  # "lagos" is no "lago's", "from paris" no surname: a place (round 25b)
            info = self._director_meant(utt, span, word.norm, info)
            start = word.start
            if p > 0:
                prev = utt.doc[span.start - 1] if span.start > 0 else None
                before = message[p - 1]
                initial = utt.text[before.start:before.end]
                if len(initial) == 1 and initial.isupper() and initial != "I" or utt.text[before.end:before.end + 1] == "." \
                        and len(initial) == 1:
                    if before.norm != fold(info.canonical)[0]:
                        continue  # "J. Smith" is not the well-known Smith
                    start = before.start
                elif _given_name_slip(before.norm, info.canonical):
                    start = before.start  # "Stevn Spielbreg": the given name typed with a slip is part of the name
                elif (prev is not None and prev.is_alpha and prev.text[0].isupper()
                      and not utt.sentence_initial(prev.i) and not utt.shouting
                      and utt.ends_with(span.start, DIRECTOR_CUES | ACTOR_CUES) is None):
                    continue  # "Catherine Scorsese": some other person with that surname
                elif (before.norm in self._names._lexicon_phrases and not possessive
                      and utt.ends_with(span.start, STRONG_PERSON_CUES) is None
                      and not (span.end < len(utt.doc) and utt.lower[span.end] in DIRECTED_AFTER)  # "films nolan made"
                      and not utt.capitalised(span, frozenset(t.lower_ for t in span))):
                    continue  # "spanish lang shows", "korean lang movies": a word of the phrase, no person
            strong = possessive or utt.ends_with(span.start, STRONG_PERSON_CUES) is not None
            pointed = _person_noun_around(utt, span)  # "that pacino guy", "the streep woman"
            cued = (strong or pointed or utt.ends_with(span.start, ACTOR_CUES) is not None
                    or self._work_noun_after(utt, span.end) or _genre_after(utt, span) or _person_after(utt, span)
                    or _pronoun_later(utt, span) or _period_beside(utt, span))
            capitals = utt.capitalised(span, frozenset(t.lower_ for t in span))
            whole = utt.only_filler_outside(span, WHOLE_FILLER) or _alone_in_sentence(utt, span) or (
                utt.ends_with(span.start, ANY_CUES) is not None and _ends_request(utt, span))
            if word.norm in self.sole_common:
                accepted = (possessive or utt.ends_with(span.start, STRONG_PERSON_CUES - FOLLOW_UP_CUES) is not None
                            # "Kubrick" as the whole message: a director's name the descriptions write only as a
                            # name, typed alone, is the director (round 25b)
                            or (whole and info.director and word.norm in name_words()
                                and word.norm not in TOPIC_SURNAMES)
                            or (span.end < len(utt.doc) and utt.lower[span.end] in DIRECTED_AFTER)
                            # "a kubrick picture", "an admirer of kubrick": a director's body of work (round 20j)
                            or (info.director and word.norm in name_words() and word.norm not in TOPIC_SURNAMES
                                and _body_of_work_cue(message, p)))
            elif word.norm in self.ordinary_surnames:
                # "both sandler and spade": joined to a person just read, a surname is that second person
                accepted = strong or (capitals and cued) or _joined_to_person(utt, span, out)
            elif word.norm in self._common:  # a name the catalog's descriptions mention ("Scorsese")
                # ... or the whole message: "scorsese" typed alone names the person, not a topic
                accepted = (strong or capitals or whole or pointed or self._work_noun_after(utt, span.end)
                            or self._written_name_cued(utt, span, word.norm)
                            or _genre_after(utt, span)
                            # "scorsese 90s": a decade beside a name that is no everyday word (round 20d)
                            or (_period_beside(utt, span) and word.norm in name_words()
                                and word.norm not in TOPIC_SURNAMES)
                            # "only the ones scorsese directed": a directing verb after the name
                            # ... or what the person has done: "what has scorsese done lately"
                            or (span.end < len(utt.doc) and utt.lower[span.end] in DIRECTOR_VERBS_AFTER | DONE_AFTER)
                            # "the ones scorsese made": a making verb after a word written only as a name (24c)
                            or (span.end < len(utt.doc) and utt.lower[span.end] in DIRECTED_AFTER
                                and word.norm in name_words() and word.norm not in TOPIC_SURNAMES)
                            or _person_verb_after(utt, span))  # "attenborough narrating anything"
            elif word.norm in self.sole_surnames and not info.director:
                # the one bearer of a surname, a performer with few credits ("Kurosawa" alone is the director the
                # catalog lacks, not a voice actress with two roles): only a person cue or her work says her (25b)
                accepted = cued
            else:
                accepted = cued or capitals or whole or (
                    (word.norm in self.distinctive or self._distinctive_slip(word.norm, info))
                    and not _as_topic(utt.text, start))
            if accepted:
                self._emit(utt, start, word.end, info, False, out)


def title_heads(gazetteer: Gazetteer | None) -> frozenset[str]:
    """The leading word of every catalog title, folded ("indiana" of "Indiana Jones and the …"): what a franchise's
    nickname clips (``franchise_nicknames_beside_people``)."""
    if gazetteer is None:
        return frozenset()
    heads = (fold(entry.title).split()[:1] for entry in gazetteer.titles)
    return frozenset(h[0] for h in heads if h and h[0].isalpha())


@lru_cache(maxsize=1)
def _genre_spellings() -> frozenset[str]:
    """The one-word genre phrases as the lexicon writes them and their plurals ("comedy", "comedies", "indie"), not
    the singulars read back from a plural phrase ("indy" of "indies")."""
    from . import genres
    return frozenset(v for phrase, _ in genres.terms() if " " not in phrase for v in (phrase, plural(phrase)))


_NICKNAME_END_RE = re.compile(r"^([a-z]{3,})(?:y|ie)$")


def franchise_nicknames_beside_people(text: str, found: list[Found], heads: frozenset[str]) -> list[Found]:
    """A genre read only through a slip from a word shaped as a title's nickname — a catalog title's leading word
    clipped to three or more letters with a -y / -ie ending ("indy" of "Indiana Jones …") — in a message naming a
    catalog person ("harrison ford night, indy and whatever else") is that franchise beside its actor, no genre
    (round 22j). A genre word as the vocabulary spells it ("indie", "comedy") always stays; so does the slip with no
    person named ("some indy films")."""
    if not any(f.entity in ("actor", "director") for f in found):
        return found

    def nickname(f: Found) -> bool:
        surface = fold(text[f.start:f.end]).strip()
        m = _NICKNAME_END_RE.match(surface)
        if f.entity != "genre" or m is None or surface in _genre_spellings():
            return False
        return any(h.startswith(m.group(1)) and len(h) > len(surface) for h in heads if h[:3] == surface[:3])

    return [f for f in found if not nickname(f)]


def _asked_word_slip(text: str, typed: list[str], name: tuple[str, ...], is_title: bool) -> bool:
    """Round 29: an availability question asking about exactly these words ("do you have breaking bed", "is the dark
    night on here") expects a title, so one everyday word of a name of two words or more may be a one-letter slip of
    the name's word when the name's other words stand as typed. Elsewhere an ordinary word is never a typo."""
    if not is_title or len(name) < 2:
        return False
    slot = asked_slot(text)
    asked = slot.words.casefold().split() if slot is not None else []
    if asked[:1] in (["is"], ["are"]):  # "is <name> on here": the frame's verb opens its slot
        asked = asked[1:]
    if asked != list(typed):
        return False
    differing = [(a, b) for a, b in zip(typed, name) if a != b]
    return len(differing) == 1 and within(differing[0][0], differing[0][1], 1)
