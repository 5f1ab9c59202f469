"""Which title the viewer means: "the second one", "the last one", "Stranger Things", "it".

The items of the last list live in the ``last_items`` slot (a compact copy of each item) and the title
the conversation is currently about in ``focused_id``. Resolution order: a catalog id sent by a
channel button (entity ``item_id``), an explicit position, then a named title (in the list first, else
the catalog gazetteer), then the focused title, then the only item shown. Anything else is ambiguous
and the action asks "which one?" with one button per title.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Sequence

from actions.entities import SIMILAR, Entity
from actions.like_twins import chosen_twin
from contract.gazetteer import Gazetteer, GazetteerError, load_gazetteer, plain_name
from contract.numbers import ORDINALS, number_word
from contract.words import DISLIKE_VERDICT_PATTERN, DONE_WITH_PATTERN, is_filler, one_slip

log = logging.getLogger(__name__)

# The fields of an item kept in the ``last_items`` slot (enough to answer "why" and "how long").
COMPACT_FIELDS: tuple[str, ...] = (
    "id", "title", "type", "year", "duration_minutes", "seasons", "rating", "genres", "reason",
)


def compact_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """The part of an API item worth remembering between turns."""
    return {k: item.get(k) for k in COMPACT_FIELDS}


@dataclass(frozen=True)
class Reference:
    """A resolved reference: the catalog id (None: a title the gazetteer does not know, to be
    searched), and the remembered item if it was in the last list."""

    item_id: Optional[str]
    title: Optional[str] = None
    position: Optional[int] = None
    item: Optional[Mapping[str, Any]] = None


class UnresolvedReference(Exception):
    """The viewer referred to something we cannot resolve; ``message`` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_position(value: str, count: int) -> Optional[int]:
    """1-based index into a list of ``count`` items for "2" / "last"; None if out of range."""
    value = value.strip().lower()
    if value in ("last", "-1"):
        index = count
    else:
        try:
            index = int(value)
        except ValueError:
            return None
    return index if 1 <= index <= count else None


def resolve(
    entities: Sequence[Entity],
    last_items: Sequence[Mapping[str, Any]],
    focused_id: Optional[str],
) -> Optional[Reference]:
    """Resolve the reference of this message, or None when it is ambiguous (ask which one)."""
    # Roles do not matter for references: "didn't like the second one" may carry role "exclude"
    # (the negation is the feedback, not a filter), and it still means the second one.
    item_id = _any_role(entities, "item_id")
    if item_id is not None:
        return _by_id(item_id, last_items)
    position = _any_role(entities, "position")
    if position is not None:
        return _by_position(position, last_items)
    title = next((e.value for e in reversed(entities) if e.name == "title"), None)
    if title:
        return _by_title(title, last_items)
    if focused_id:
        for i, item in enumerate(last_items, start=1):
            if item.get("id") == focused_id:
                return Reference(focused_id, item.get("title"), i, item)
        return Reference(focused_id, _catalog_title(focused_id))  # a card shown on its own: its title for the heading
    if len(last_items) == 1:
        item = last_items[0]
        return Reference(str(item["id"]), item.get("title"), 1, item)
    return None


def _any_role(entities: Sequence[Entity], name: str) -> Optional[str]:
    """The last value of entity ``name`` whatever its role."""
    return next((e.value for e in reversed(entities) if e.name == name), None)


def _by_id(item_id: str, last_items: Sequence[Mapping[str, Any]]) -> Reference:
    """A channel named the catalog id directly (e.g. a like button on a card)."""
    for i, item in enumerate(last_items, start=1):
        if str(item.get("id")) == item_id:
            return Reference(item_id, item.get("title"), i, item)
    return Reference(item_id)


def _by_position(value: str, last_items: Sequence[Mapping[str, Any]]) -> Reference:
    if not last_items:
        raise UnresolvedReference("I haven't shown you any titles yet — tell me what you feel like watching.")
    index = parse_position(value, len(last_items))
    if index is None:
        raise UnresolvedReference(f"I only showed {len(last_items)} title"
                              f"{'' if len(last_items) == 1 else 's'}, so I'm not sure which one you mean.")
    item = last_items[index - 1]
    return Reference(str(item["id"]), item.get("title"), index, item)


def _by_title(title: str, last_items: Sequence[Mapping[str, Any]]) -> Reference:
    wanted = title.casefold()
    twin = chosen_twin(title)  # "the <title> series" when a film shares its name (actions/like_twins.py)
    for i, item in enumerate(last_items, start=1):
        if (str(item.get("id")) == twin) if twin else str(item.get("title") or "").casefold() == wanted:
            return Reference(str(item["id"]), item.get("title"), i, item)
    return Reference(lookup_title_id(title), title)


# -- a position typed with a slip ("not teh 2nd", "the frist one", "not tge last") ----------------------------------

_POSITION_WORDS = {**{w: str(n) for w, n in ORDINALS.items()}, "last": "last"}
_ARTICLES = ("the", "that")
# An ordinal word is read with a slip only when long enough that a slip still leaves it unmistakable ("frist",
# "secnd", "thrid"); a shorter one only as its own letters swapped ("lsat", "lats"), since a word one letter from
# "last" ("fast", "lost", "list") is another word.
_MIN_SLIPPED_ORDINAL = 5
_WORD_RE = re.compile(r"[\w']+")
# What follows a pointer into the list: a noun for a listed title, or the clause's end (as the extractor's rule).
_AFTER_POSITION_RE = re.compile(
    r"\s*(?:$|[.,!?;)]|(?:one|option|title|pick|choice|movie|film|show|series|1|please|pls|plz|sounds|looks|is|seems"
    r"|was)\b)", re.IGNORECASE)


# The slips of "the" read as it: the other three-letter words a slip away are words ("she", "tho", "then").
_ARTICLE_SLIPS = frozenset({"teh", "hte", "tge", "thw", "rhe", "yhe"})
# A letter typed for another leaves an ordinal unmistakable only in a long word: one letter from "sixth", "fifth",
# "tenth" are "sixty", "fifty", "filth", "teeth".
_MIN_SUBSTITUTED_ORDINAL = 6


def _article(word: str) -> bool:
    """"the"/"that", or a slip of "the" that is no other word ("teh", "tge", "hte", "thw")."""
    w = word.lower()
    return w in _ARTICLES or w in _ARTICLE_SLIPS


def _position_value(word: str) -> Optional[tuple[str, bool]]:
    """The position a word names ("second" → 2, "last") and whether it took a slip to read it ("frist"). A number
    word ("sixty", "fifty"), a plural ("seconds") or, in a short word, a letter typed for another ("teeth", "filth")
    is another word, never a slipped ordinal."""
    w = word.lower()
    if w in _POSITION_WORDS:
        return _POSITION_WORDS[w], False
    if number_word(w) or (w.endswith("s") and w[:-1] in _POSITION_WORDS):
        return None
    found = [v for k, v in _POSITION_WORDS.items() if k.isalpha() and one_slip(w, k)
             and (len(w) >= _MIN_SLIPPED_ORDINAL or sorted(w) == sorted(k))
             and not (len(w) < _MIN_SUBSTITUTED_ORDINAL and _substituted(w, k))]
    return (found[0], True) if len(set(found)) == 1 else None


def _substituted(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with exactly one letter replaced (not swapped, dropped or added)."""
    return len(typed) == len(word) and sum(a != b for a, b in zip(typed, word)) == 1


def misspelt_positions(text: Optional[str], entities: Sequence[Entity], shown: int) -> list[Entity]:
    """Positions the extractor missed because the article or the ordinal was typed with one slip ("not teh 2nd",
    "the frist one", "not tge last"): an article (or its slip) then an ordinal (or its slip), followed by a noun for a
    title or the clause's end, read as the ``position`` entity the correct spelling gives. Only while ``shown`` titles
    are listed and the message has no position; nothing read when neither word has a slip (the extractor's case)."""
    if not text or text.startswith("/") or shown == 0 or any(e.name == "position" for e in entities):
        return []
    taken = [(e.start, e.end) for e in entities if e.start is not None and e.end is not None]
    words = list(_WORD_RE.finditer(text))
    found: list[Entity] = []
    for article, ordinal in zip(words, words[1:]):
        if not _article(article.group()) or any(a < ordinal.end() and article.start() < b for a, b in taken):
            continue
        read = _position_value(ordinal.group())
        if read is None or not _AFTER_POSITION_RE.match(text, ordinal.end()):
            continue
        value, slipped = read
        if not slipped and article.group().lower() in _ARTICLES:
            continue  # spelled right: the extractor's reading stands (it found none on purpose)
        found.append(Entity("position", value, None, article.start(), ordinal.end()))
    return found


# -- the catalog gazetteer (contract §2): title -> id ---------------------------------------------

def lookup_title_id(title: str) -> Optional[str]:
    """Catalog id of a title from the gazetteer file (read once per change by ``contract.gazetteer``),
    or None when the file is missing or broken (logged) or the title unknown. A name several titles share means the
    one this turn's hint chose ("the <title> anime": actions/like_twins.py), else the catalog's first."""
    twin = chosen_twin(title)
    if twin is not None:
        return twin
    gazetteer = catalog_gazetteer()
    return gazetteer.title_id(title) if gazetteer else None


def _catalog_title(item_id: str) -> Optional[str]:
    """The catalog's title of ``item_id`` (None when the gazetteer is missing or does not hold it)."""
    gazetteer = catalog_gazetteer()
    return gazetteer.title_of(item_id) if gazetteer is not None else None


def catalog_gazetteer() -> Optional[Gazetteer]:
    """The catalog gazetteer (contract §2, read once per change by ``contract.gazetteer``), or None when the file is
    missing, or broken (logged: the actions then answer without titles rather than fail the turn)."""
    try:
        return load_gazetteer()
    except GazetteerError as exc:
        log.warning("%s", exc)
        return None


def slipped_title_words(text: Optional[str], entities: Sequence[Entity], title: str) -> Optional[str]:
    """The words of the title entity this message read as ``title`` when they are a slip of it: neither its name, nor
    the name the entity carries, nor any catalog title said exactly ("parasite" read as "Parasyte: The Maxim"); None
    for a title said right. Such a reading is a guess, and a fact the message gives about the title (who made it, who
    is in it) that the guess lacks says the viewer meant another title (round 35)."""
    said = next((e for e in entities if e.name == "title" and not e.excluded and e.start is not None
                 and e.end is not None), None)
    if said is None or not text:
        return None
    words = text[said.start:said.end]
    gazetteer = catalog_gazetteer()
    said_plainly = f" {plain_name(words)} "
    if any(f" {plain_name(name)} " in said_plainly for name in (title, str(said.value))) or (
            gazetteer is not None and gazetteer.title_named_exactly(words) is not None):
        return None  # the name itself, inside words around it too ("the director of <title>")
    return words


# What may stand around a title said alone: a hedge before it, a question mark or "please" after it.
_ALONE_LEAD_RE = re.compile(
    r"^\W*(?:(?:hm+|um+|ok(?:ay)?|so|and|maybe|what\s+about|how\s+about|(?P<like>(?:any(?:thing)?|some(?:thing)?|stuff"
    r"|shows?|movies?|films?|more)\s+like)|(?:i|we)(?:'ve|\s+have)?"
    r"|just|recently|(?:finished|binged|binge[\s-]?watched|devoured|got\s+through|watched)(?:\s+all\s+of)?)\W+)*",
    re.IGNORECASE)
_ALONE_TAIL_RE = re.compile(r"(?:\W+(?:please|pls|plz|maybe|then|again))*\W*$", re.IGNORECASE)


def title_said_alone(text: Optional[str]) -> Optional[Entity]:
    """A catalog title that is the whole message, typed plainly ("naruto", "the office us", "hmm, ozark?", "we just
    finished sherlock"), as a
    title entity over the message — for a message the extractor read nothing in (a lowercase title that is also an
    everyday word is only read where it stands alone). None when the gazetteer is missing or no title matches."""
    if not text or text.startswith("/"):
        return None
    lead = _ALONE_LEAD_RE.match(text)
    start = lead.end() if lead else 0
    tail = _ALONE_TAIL_RE.search(text, start)
    end = tail.start() if tail else len(text)
    if end <= start or all(is_filler(w) for w in re.findall(r"[\w']+", text[start:end])):
        return None  # "thank you", "love", "next": chat, even where a title has that name
    gazetteer = catalog_gazetteer()
    title = gazetteer.title_named_plainly(text[start:end]) if gazetteer else None
    liked = bool(lead and lead.group("like"))  # "something like ozarck": the title is the "like" anchor
    return Entity("title", title, SIMILAR if liked else None, start, end) if title else None


# A title watched to the end: "done with <title>", "just finished <title>", "we're through with <title>". Unlike
# "done with crime shows" (weariness of a kind), it says where the viewer is coming from.
_DONE_WITH_RE = re.compile(rf"\b{DONE_WITH_PATTERN}\s+"
                           r"(?:all\s+of\s+)?|(?:^\W*|\b(?:just|finally|we|i|i've|we've|have|has)\s+)finished\s+(?!with\b|watching\b)",
                           re.IGNORECASE)
# What may follow the title in its clause: the clause's end, or a new clause of the request ("…, what next").
_AFTER_FINISHED_RE = re.compile(r"\s*(?:$|[,.;:!?)]|(?:and|so|now|what|any|anything|need|got|last|yesterday|today|finally"
                                r"|already|too|over|lol|haha)\b)", re.IGNORECASE)
# A verdict that makes "done with <title>" a dislike ("done with <title>, it was awful"): the feedback rules read it.
DISLIKED_RE = re.compile(rf"\b(?:{DISLIKE_VERDICT_PATTERN})\b", re.IGNORECASE)
MAX_FINISHED_TITLE_WORDS = 8


def finished_title(text: Optional[str]) -> Optional[Entity]:
    """The catalog title said watched to the end ("done with ozark", "just finished <title>, what next"), as a title
    entity over its words (no role: a title watched through is where a like-search starts, ``edits.FINISHED_BEFORE_RE``),
    or None: no such words, the title not the whole rest of its clause ("done with crime shows", "done with dark
    stuff"), or a verdict against it in the message ("done with <title>, it was awful": a dislike)."""
    if not text or text.startswith("/") or DISLIKED_RE.search(text):
        return None
    gazetteer = catalog_gazetteer()
    if gazetteer is None:
        return None
    for m in _DONE_WITH_RE.finditer(text):
        words = list(re.finditer(r"[^\s,.;:!?()]+", text[m.end():]))[:MAX_FINISHED_TITLE_WORDS]
        for n in range(len(words), 0, -1):
            end = m.end() + words[n - 1].end()
            said = text[m.end():end]
            if (re.search(r"[,.;:!?]", said) or not _AFTER_FINISHED_RE.match(text, end)
                    or all(is_filler(w) for w in re.findall(r"[\w']+", said))):
                continue
            if _a_state_of_mind(m.group(), said):
                continue
            title = gazetteer.title_named_plainly(said)
            if title:
                return Entity("title", title, None, m.end(), end)
    return None


def _a_state_of_mind(cue: str, said: str) -> bool:
    """Whether "done / through with <word>" says how the viewer feels rather than what they watched: one word of
    everyday weariness (``_WEARY_OF``: "done with life lol", "through with love") typed plainly; a one-word title so
    named is capitalised or quoted ("done with Life", 'done with "life"'). "just finished <title>" names the title
    (finishing takes one)."""
    words = re.findall(r"[\w']+", said)
    if not re.search(r"\bwith\b", cue, re.IGNORECASE) or len(words) != 1 or said[:1] in "\"'“‘" \
            or words[0][:1].isupper():
        return False
    return words[0].lower() in _WEARY_OF or is_filler(words[0])


# What a viewer says they are done with about their own life, never a title watched through ("done with life",
# "through with men", "so done with mondays"); a one-word title of these names is read capitalised or quoted.
_WEARY_OF = frozenset("""life love people men women guys dating relationships work school college exams everything
everyone everybody today tonight mondays adulting humanity feelings drama stress winter summer""".split())


def title_ids_with_words(words: list[str]) -> list[str]:
    """Catalog ids of the titles (gazetteer file) whose name has every one of ``words`` as a word ("lego" ->
    every LEGO title); empty when the file is missing or broken (logged)."""
    gazetteer = catalog_gazetteer()
    wanted = [_unaccented(w.casefold()) for w in words if w]
    if gazetteer is None or not wanted:
        return []
    found = []
    for entry in gazetteer.titles:
        names = set(re.findall(r"\w+", _unaccented(entry.title.casefold())))
        if all(w in names for w in wanted):
            found.append(entry.id)
    return found


def _unaccented(text: str) -> str:
    """Without accents, as viewers type names ("pokemon" for "Pokémon")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_TITLE_WORDS: dict[int, frozenset[str]] = {}


def is_title_word(word: str) -> bool:
    """Whether ``word`` is a word of some catalog title's name (gazetteer file; "lego", "potter")."""
    gazetteer = catalog_gazetteer()
    if gazetteer is None:
        return False
    words = _TITLE_WORDS.get(id(gazetteer))
    if words is None:
        words = frozenset(w for t in gazetteer.titles for w in re.findall(r"\w+", t.title.casefold()))
        _TITLE_WORDS.clear()
        _TITLE_WORDS[id(gazetteer)] = words
    return word.casefold() in words


# "The top one", "the top pick": the first title of the list (a ranking's top), which the extractor reads no position in.
_TOP_RE = re.compile(r"\b(?:the|that)\s+top\s+(?:one|pick|choice|option|title|result|suggestion|entry)\b(?!\s+\d)",
                     re.IGNORECASE)


def top_positions(text: Optional[str], entities: Sequence[Entity], shown: int) -> list[Entity]:
    """"How many seasons does the top one have", "is the top pick any good": position 1 while titles are listed and the
    message has no position; "the top 3", "top rated", "a top one" (no pointer) read nothing."""
    if not text or text.startswith("/") or shown == 0 or any(e.name == "position" for e in entities):
        return []
    taken = [(e.start, e.end) for e in entities if e.start is not None and e.end is not None]
    return [Entity("position", "1", None, m.start(), m.end()) for m in _TOP_RE.finditer(text)
            if not any(a < m.end() and m.start() < b for a, b in taken)][:1]
