"""Titles and people from the gazetteer: "like Stranger Things" → title (similar), "directed by
martin scorsese" → director, "with Adam Sandler" → actor.

Precision rules (why a catalog of 8.8k titles does not turn every request into a title lookup):

* People need at least two words (full names); one-word stage names are skipped.
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
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Iterator

from spacy.tokens import Span

from contract.gazetteer import Gazetteer
from .common_words import common_words
from .spans import P_CUED_NAME, P_NAME, Found, Match
from .utterance import Utterance

STRONG, WEAK, WEAK_SINGLE = "strong", "weak", "weak_single"
MIN_RARE_SINGLE = 4  # one-word titles shorter than this are never "rare" ("Roma" is 4)
P_MENTIONED_NAME = P_NAME + 5  # a cue word confirms a name, but never outranks a runtime or a year

SIMILAR_CUES = frozenset({
    ("like",), ("similar", "to"), ("such", "as"), ("same", "as"), ("vein", "of"), ("lines", "of"),
    ("style", "of"), ("reminiscent", "of"), ("comparable", "to"), ("liked",), ("loved",), ("enjoyed",),
    ("fan", "of"), ("fans", "of"), ("vibe", "as"), ("vibes", "as"), ("similar", "vibe", "to"),
})
MENTION_CUES = frozenset({
    ("watch",), ("watching",), ("watched",), ("seen",), ("see",), ("about",), ("called",), ("titled",),
    ("named",), ("play",), ("rewatch",), ("finished",), ("put", "on"), ("start",),
})
DIRECTOR_CUES = frozenset({("directed", "by"), ("by",), ("director",), ("filmmaker",), ("from", "director"),
                           ("helmed", "by"), ("made", "by"), ("films", "by"), ("movies", "by")})
ACTOR_CUES = frozenset({("with",), ("starring",), ("featuring",), ("feat",), ("ft",), ("actor",),
                        ("actress",), ("stars",), ("star",)})
# Request vocabulary: words that make a title look like an ordinary request ("Something Funny").
REQUEST_WORDS = frozenset("""
watch want need something anything good great best new old like love tonight night today weekend evening
time fun movie movies film films show shows series tv please recommend suggestion suggestions kids kid
family teen teens comedy drama horror funny dark scary light sad romantic action crime thriller
documentary story stories life day days year years minutes hour hours long short quick minute
""".split())
FILLER = frozenset({"please", "pls", "plz", "watch", "play", "i", "want", "to", "the", "show", "me",
                    "find", "search", "for", "put", "on"})
# Chat that happens to be a title ("Thank You", "Hello", "Help"): never a title just for being alone.
CHAT_WORDS = frozenset("""thank thanks hello hi hey bye goodbye help yes no ok okay sorry please start over again
more stop cancel reset human agent perfect great cool nice good morning night""".split())
_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
_PAREN_SUFFIX_RE = re.compile(r"\s*\([^)]*\)\s*$")


@dataclass(frozen=True)
class NameInfo:
    """What a gazetteer key stands for."""

    canonical: str
    tier: str = STRONG
    actor: bool = False
    director: bool = False


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


def title_variants(title: str) -> set[str]:
    """How people type a title: "&" as "and", apostrophes and hyphens dropped, no "(U.S.)" suffix,
    no leading "The" for longer titles."""
    out = {title, _PAREN_SUFFIX_RE.sub("", title)}
    for t in list(out):
        out |= {t.replace("&", "and"), re.sub(r"['’]", "", t), t.replace("-", "")}
    for t in list(out):
        if t.lower().startswith("the ") and len(t.split()) > 2:
            out.add(t[4:])
    return {t for t in out if t.strip()}


class NameIndex:
    """Word-sequence index: name key → info, with the possible lengths per first word."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], NameInfo] = {}
        self._lengths: dict[str, set[int]] = {}

    def add(self, k: tuple[str, ...], info: NameInfo) -> None:
        if k and k not in self.entries:
            self.entries[k] = info
            self._lengths.setdefault(k[0], set()).add(len(k))

    def find(self, message: list[Word]) -> Iterator[tuple[int, int, NameInfo]]:
        """(first word, end word, info) for every indexed name occurring in ``message``."""
        norms = [w.norm for w in message]
        for i, first in enumerate(norms):
            for n in self._lengths.get(first, ()):
                info = self.entries.get(tuple(norms[i:i + n])) if i + n <= len(norms) else None
                if info is not None:
                    yield i, i + n, info


class NameMatcher:
    """Titles and people of a gazetteer, with the precision rules above."""

    def __init__(self, stop_words: Iterable[str], gazetteer: Gazetteer,
                 lexicon_phrases: Iterable[str] = ()) -> None:
        self._lexicon_phrases = frozenset(lexicon_phrases)
        self._common = common_words()
        self._stop = frozenset(stop_words)
        self._generic = REQUEST_WORDS | frozenset(w for w in self._common if len(w) <= 2)
        self.titles = NameIndex()
        self.people = NameIndex()
        for t in gazetteer.titles:
            for variant in sorted(title_variants(t.title)):
                k = key(variant)
                self.titles.add(k, NameInfo(t.title, self._title_tier(k)))
        for name, (actor, director) in _roles(gazetteer).items():
            k = key(name)
            if len(k) >= 2:
                self.people.add(k, NameInfo(name, self._person_tier(k), actor, director))

    def _title_tier(self, k: tuple[str, ...]) -> str:
        if " ".join(k) in self._lexicon_phrases:
            return WEAK_SINGLE
        content = [w for w in k if w not in self._stop and w not in self._generic]
        rare = [w for w in content if w not in self._common and len(w) >= MIN_RARE_SINGLE and w.isalpha()]
        if len(content) >= 2:
            return STRONG
        return WEAK if rare or len(k) > 1 else WEAK_SINGLE

    def _person_tier(self, k: tuple[str, ...]) -> str:
        return WEAK if all(w in self._stop or w in self._generic for w in k) else STRONG

    def find(self, utt: Utterance) -> list[Match]:
        """Accepted title and person mentions in ``utt``."""
        message = words(utt.text)
        out = []
        for index, accept in ((self.titles, self._title), (self.people, self._person)):
            for i, j, info in index.find(message):
                span = utt.span(message[i].start, message[j - 1].end)
                if span is not None and (match := accept(utt, span, info)) is not None:
                    out.append(match)
        return out

    def _title(self, utt: Utterance, span: Span, info: NameInfo) -> Match | None:
        quoted = utt.is_quoted(span.start_char, span.end_char)
        similar = utt.ends_with(span.start, SIMILAR_CUES) is not None
        cued = similar or utt.ends_with(span.start, MENTION_CUES) is not None
        significant = frozenset(t.lower_ for t in span if t.lower_ not in self._stop) or frozenset(
            t.lower_ for t in span)
        capitalised = utt.capitalised(span, significant)
        if info.tier == STRONG:
            accepted = True
        elif not quoted and utt.next_is_capitalised_word(span):
            accepted = False
        elif info.tier == WEAK:
            accepted = quoted or cued or capitalised or (
                utt.only_filler_outside(span, FILLER) and not any(t.lower_ in CHAT_WORDS for t in span))
        else:
            accepted = quoted or (cued and capitalised)
        if not accepted:
            return None
        priority = P_CUED_NAME if quoted else P_MENTIONED_NAME if cued else P_NAME
        found = Found("title", span.start_char, span.end_char, info.canonical, "similar" if similar else None)
        return Match(span.start_char, span.end_char, priority, (found,), f"title-{info.tier}")

    def _person(self, utt: Utterance, span: Span, info: NameInfo) -> Match | None:
        director_cue = utt.ends_with(span.start, DIRECTOR_CUES) is not None or (
            span.end < len(utt.doc) and utt.doc[span.end].lower_ in ("directed", "direct", "directs"))
        actor_cue = utt.ends_with(span.start, ACTOR_CUES) is not None
        significant = frozenset(t.lower_ for t in span)
        if info.tier == WEAK and not (director_cue or actor_cue or utt.capitalised(span, significant)):
            return None
        role = _person_role(info, director_cue, actor_cue)
        priority = P_MENTIONED_NAME if (director_cue or actor_cue) else P_NAME
        found = Found(role, span.start_char, span.end_char, info.canonical)
        return Match(span.start_char, span.end_char, priority, (found,), f"person-{role}")


def _roles(gazetteer: Gazetteer) -> dict[str, tuple[bool, bool]]:
    """name → (is actor, is director)."""
    actors, directors = set(gazetteer.actors), set(gazetteer.directors)
    return {n: (n in actors, n in directors) for n in dict.fromkeys([*gazetteer.actors, *gazetteer.directors])}


def _person_role(info: NameInfo, director_cue: bool, actor_cue: bool) -> str:
    """Entity name for a person, from the cue and what the gazetteer knows them as."""
    if director_cue and info.director:
        return "director"
    if actor_cue and info.actor:
        return "actor"
    return "actor" if info.actor else "director"
