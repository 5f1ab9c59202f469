"""A franchise asked for by name: "<franchise> movies", "the <franchise> ones specifically" (after a person's list),
"the old <franchise> films" — the catalog titles of that franchise, not a keyword search.

Read as a search, the name becomes a free-text query: the franchise's titles come first, then titles that merely share
a word of a synopsis pad the list, and after a person's list "the <franchise> ones" turns into a like-search on one of
them that offers the person's other work. A franchise is the titles whose plain name starts with the name said
(``styled_titles.same_franchise``), two at least; a one-word name counts only when some title carries it alone before
its subtitle ("<name>: <subtitle>"), so a word many titles start with ("christmas", "love") stays a search. The person
of the search in force is kept when some of the franchise's titles credit them; "movies" / "shows" keep the format
when some titles are of it; "old" / "original" lists them earliest first; who watches (said now or earlier: a child's
rating cap) always bounds the list.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, replace
from typing import Any, Iterable, Optional, Sequence

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.entities import Entity
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.references import catalog_gazetteer, compact_item
from actions.reply import say, send
from actions.styled_titles import _ARTICLES, _SUBTITLE_RE, same_franchise
from actions.turn import FOCUSED_ID, LAST_ITEMS, SHOWN_IDS, Turn
from contract.availability import OPENER, asked_slot
from contract.gazetteer import plain_name
from contract.payloads import Item, Recommendations
from contract.vocabulary import AUDIENCES, RATING_AUDIENCE, TOPIC_GENRES, ratings_for_audience, stricter_audience
from contract import wording
from contract.wording import audience_words
from contract.words import is_filler, unaccented

_F = re.IGNORECASE
# Newest first said after the name: "the newer the better", "newest first", "most recent first", "latest ones".
_NEWEST = (r"(?:the\s+newer\s+the\s+better|the\s+more\s+recent\s+the\s+better|(?:newest|latest|most\s+recent)"
           r"(?:\s+(?:ones?\s+)?first)?|new(?:er)?\s+ones?\s+first)")
_NOUNS = {"movies": "movie", "films": "movie", "flicks": "movie", "shows": "series", "series": "series",
          "ones": None, "cartoons": None, "titles": None}
# "the old <franchise> movies specifically", "<franchise> films for my niece", "just the <franchise> ones then".
_ASKED_RE = re.compile(
    rf"{OPENER}(?:(?:what\s+about|how\s+about|just|only|i\s+want|gimme|give\s+me|show\s+me|any)\s+)?(?:the\s+)?"
    r"(?:(?P<age>old|older|original|classic|first|early|new|newer|latest)\s+)?"
    r"(?P<name>[\w'’&:.-]+(?:\s+[\w'’&:.-]+){0,3}?)\s+(?P<noun>" + "|".join(_NOUNS) + r")\b"
    r"(?P<rest>(?:\W*\s(?:specifically|only|please|pls|then|instead|too|for\s+(?:my|our|the|a|an)\s+(?:[\w'-]+\s+){0,2}[\w'-]+"
    rf"|{_NEWEST}))*)\W*$", _F)
# A franchise said alone, its name and nothing else ("kung fu panda", "the scooby doo"): asked for only when the turn
# reads a title there (the extractor's or ``references.title_said_alone``), so a greeting never lists titles.
_ALONE_RE = re.compile(rf"{OPENER}(?:the\s+)?(?P<name>[\w'’&:-]+(?:\s+[\w'’&:-]+){{0,3}}?)[\s?!.…]*$", _F)
_EARLIEST = frozenset({"old", "older", "original", "classic", "first", "early"})
_NEWER = frozenset({"new", "newer", "latest"})
# Entities that make the words a request of another kind ("horror movies", "seth rogen movies", "korean shows").
_OTHER_REQUEST = frozenset({"genre", "mood", "actor", "director", "country", "language", "unknown_person", "year"})
MAX_TITLES = 10
MIN_TITLES = 2


@dataclass(frozen=True)
class FranchiseAsked:
    """The franchise asked for: its name as said, its catalog ids, the format asked, whether earliest first."""

    name: str
    ids: tuple[str, ...]
    media_type: Optional[str]
    earliest_first: bool
    newest_first: bool = False
    years: Optional[tuple[int, int]] = None  # a follow-up's era ("just the ones from the eighties"), inclusive
    minutes: Optional[tuple[int, int]] = None  # a follow-up's runtime ("ones under an hour and a half"), inclusive (35)
    other_than: Optional[str] = None  # round 26c: the title whose sequels are asked for (its id), never listed itself


# Round 22h: the words a franchise's constraint clause may hold besides who watches, the order and the format
# ("<franchise> movies, but only the ones ok for an 8 year old", "<franchise> films, the newest one she hasn't seen",
# "<franchise>, which ones can a 10 year old watch"): anything else ("with dragons", "like frozen") is a request of
# its own and the clause is no franchise's filter.
_CLAUSE_WORDS = frozenset(
    "but only just the ones one that which what are is ok okay fine alright suitable appropriate safe good for a an my "
    "our her his their can could would watch see rated she he they we hasn't haven't hasnt havent hasn’t haven’t not "
    "seen watched yet please pls specifically then instead too of them those these any is it's its".split())
# Entities a franchise's clause filters by; any other entity there makes the message another request.
_CLAUSE_ENTITIES = frozenset({"audience", "sort", "media_type", "year"})
# The franchise's name then a clause after a comma or a format noun (validated by ``_only_constraints``).
_WITH_CLAUSE_RE = re.compile(
    rf"{OPENER}(?:(?:what\s+about|how\s+about|just|only|i\s+want|gimme|give\s+me|show\s+me|any)\s+)?(?:the\s+)?"
    r"(?P<name>[\w'’&:.-]+(?:\s+[\w'’&:.-]+){0,3}?)(?:\s+(?P<noun>" + "|".join(_NOUNS) + r")\b(?:\s*[,;–-]\s*|\s+)"
    r"|\s*[,;–-]\s*)"
    r"(?P<rest>\S.*?)[\s?!.…]*$", _F)


def franchise_asked(turn: Turn) -> Optional[FranchiseAsked]:
    """The franchise the message asks for by name (module docstring), or None."""
    text = turn.text or ""
    if text.startswith("/"):
        return None
    sequels = sequels_asked(turn)
    if sequels is not None:
        return sequels
    held = _asked_if_held(turn, text)
    if held is not None:
        return held
    m = _ASKED_RE.match(text)
    if m is None:
        return _with_constraints(turn, text) or _named_alone(turn, text) or _followed_up(turn, text)
    name = m["name"]
    if not _words_of_its_own(name, m.start("name"), turn.entities) and not _franchise_named_like_a_place(
            name, m.start("name"), turn.entities):
        return _followed_up(turn, text)  # "just the films please" after a franchise's list
    ids = _franchise(name)
    if len(ids) < MIN_TITLES:
        return None
    age = (m["age"] or "").casefold()
    newest = age in _NEWER or bool(re.search(_NEWEST, m["rest"] or "", _F))
    return FranchiseAsked(name, tuple(ids[:MAX_TITLES]), _NOUNS[m["noun"].casefold()], age in _EARLIEST, newest)


# Round 26c: the other entries of a title's franchise asked for ("are the sequels on here too", "any of the other
# films in the series?", "what about the prequel", "the rest of the franchise?", "is part 2 on here"): a question about
# the title named in the message or, naming none, the title whose card is shown (the title in focus).
_SEQUELS_RE = re.compile(
    r"\b(?:sequels?|prequels?|spin[\s-]?offs?|follow[\s-]?ups?(?!\s+(?:question|q)\b)|the\s+next\s+(?:parts?|films?|movies?|instal+ments?)"
    r"|(?:the\s+)?other\s+(?:parts|instal+ments|entries|chapters)"
    r"|(?:the\s+)?other\s+(?:films|movies|ones|seasons|shows)\s+(?:in|of|from)\s+(?:the|that|this)\s+"
    r"(?:series|franchise|saga|trilogy)|the\s+rest\s+of\s+(?:the|that|this)\s+(?:franchise|saga|trilogy)"
    r"|part\s+(?:2|two|ii|3|three|iii))\b", _F)
_NOT_SEQUELS_RE = re.compile(r"\b(?:no|not|without|hate[sd]?|skip|except|never|don'?t|dont|avoid|nothing)\s+(?:\w+\s+){0,2}$",
                             _F)
# Entities that make such words a search of another kind ("horror sequels", "sequels with <actor>").
_SEQUEL_OTHER_REQUEST = frozenset({"genre", "mood", "actor", "director", "country", "language", "unknown_person", "year",
                                   "audience", "duration", "seasons"})


def sequels_asked(turn: Turn) -> Optional[FranchiseAsked]:
    """The franchise of the title named (or, naming none, of the title in focus, else the title in talk: the search's
    "like" title, the title named just before) when the message asks for its other entries (``_SEQUELS_RE``), the title itself left out; None when nothing asks so or no title is meant. A
    franchise of the title alone gives no ids: the answer says the catalog has no other entry."""
    text = turn.text or ""
    asked = _SEQUELS_RE.search(text or "")
    if not text or text.startswith("/") or len(text) > 120 or asked is None:
        return None
    if _NOT_SEQUELS_RE.search(text[:asked.start()]):
        return None  # "no sequels please", "i hate prequels": turned down, never listed
    if any(e.name in _SEQUEL_OTHER_REQUEST for e in turn.entities):
        return None
    gazetteer = catalog_gazetteer()
    if gazetteer is None:
        return None
    named = [e for e in turn.entities if e.name == "title" and e.role in (None, "similar")]
    from actions.references import lookup_title_id  # actions.references resolves names through the gazetteer
    anchor_id = lookup_title_id(named[0].value) if len(named) == 1 else (turn.focused_id if not named else None)
    if anchor_id is None and not named:
        from actions.title_in_talk import title_in_talk  # the search's "like" title, the title named just before
        talked = title_in_talk(turn)
        anchor_id = str(talked.item_id) if talked is not None and talked.item_id else None
    title = gazetteer.title_of(anchor_id) if anchor_id else None
    if not title:
        return None
    ids = [i for i in same_franchise(title) if i != anchor_id]
    head = _SUBTITLE_RE.split(title, maxsplit=1)[0].strip() or title
    return FranchiseAsked(head, tuple(ids[:MAX_TITLES]), None, True, other_than=anchor_id)


# The format said by the kind word of an availability question's slot ("is there a <franchise> movie?").
_SLOT_KIND_RE = re.compile(r"\b(?P<kind>movies?|films?|flicks?|shows?|series)\W*$", _F)


def _asked_if_held(turn: Turn, text: str) -> Optional[FranchiseAsked]:
    """"do you have <franchise>?", "is there a <franchise> movie", "<franchise> on here?" (contract.availability): when
    the words name no one title (the extractor read none) but a franchise of the catalog (two titles at least, the
    name's letters unaccented: "pokemon" is Pokémon), its titles answer the question — never "not in the catalog" with
    them offered as close names. A title named exactly ("do you have <title>") keeps its card. Round 33."""
    slot = asked_slot(text)
    if slot is None or any(e.name in ("title", *_OTHER_REQUEST) for e in turn.entities):
        return None
    name = _catalog_spelling(re.sub(r"^(?:is|are|was|were)\s+", "", slot.words, flags=_F))
    ids = _franchise(name)
    if len(ids) < MIN_TITLES:
        return None
    kind = _SLOT_KIND_RE.search(text[slot.start:slot.end])
    word = kind["kind"].casefold() if kind else ""
    media = _NOUNS.get(word if word.endswith("s") else word + "s") if kind else None  # "movie" → _NOUNS["movies"]
    return FranchiseAsked(name, tuple(ids[:MAX_TITLES]), media, False)


def _catalog_spelling(name: str) -> str:
    """``name`` as the catalog spells it when the viewer typed its accented letters plain ("pokemon" → "pokémon"): the
    first title whose plain name starts with it, accents aside; ``name`` itself when none does."""
    gazetteer = catalog_gazetteer()
    plain = plain_name(name)
    if gazetteer is None or not plain or gazetteer.titles_starting(plain):
        return name
    spelt = as_the_catalog_spells(plain, gazetteer.titles_sharing_first_word_unaccented(plain))
    return spelt if spelt != plain else name


def as_the_catalog_spells(name: str, titles: Iterable[str]) -> str:
    """``name`` as the first of ``titles`` opening with it writes it, case and accents aside ("pokemon" → "Pokémon",
    "kung fu panda" → "Kung Fu Panda"): the heading names the franchise as the catalog does; ``name`` as said when no
    title opens with it."""
    folded = unaccented(name).casefold()
    for title in titles:
        head = title[:len(name)]
        if unaccented(head).casefold() == folded and title[len(name):len(name) + 1] in ("", " ", ":", "-", "!", "'"):
            return head
    return name


def _named_alone(turn: Turn, text: str) -> Optional[FranchiseAsked]:
    """A franchise's name said alone ("kung fu panda", "naruto"): its titles, when a title is read over the whole name,
    some title carries the name before a subtitle or a number (``_franchise`` strict) and two titles at least start
    with it; a title of its own ("bird box") stays a like-search on it."""
    m = _ALONE_RE.match(text)
    if m is None:
        return None
    start, end = m.span("name")
    if not any(e.name == "title" and e.role is None and e.start is not None and e.end is not None
               and e.start <= start and end <= e.end for e in turn.entities):
        return None
    if any(e.name != "title" for e in turn.entities):
        return None
    entries = _franchise(m["name"], strict=True)
    ids = _franchise(m["name"]) if entries else []
    return FranchiseAsked(m["name"], tuple(ids[:MAX_TITLES]), None, False) if len(ids) >= MIN_TITLES else None


def _with_constraints(turn: Turn, text: str) -> Optional[FranchiseAsked]:
    """A franchise's name (with or without a format noun) and, after a comma, a clause of constraints only: who
    watches, newest first, the format ("pokemon films, only the ones ok for a 6 year old", "kung fu panda - which
    ones can an 8 year old watch"). The name is a franchise's as in ``franchise_asked`` (words of its own and a
    title read over it, or a format noun); the clause holds nothing but ``_CLAUSE_WORDS`` and ``_CLAUSE_ENTITIES``."""
    m = _WITH_CLAUSE_RE.match(text)
    if m is None or not _only_constraints(m["rest"], m.start("rest"), turn.entities):
        return None
    start, end = m.span("name")
    if any(e.name not in _CLAUSE_ENTITIES | {"title"} and e.start is not None and e.start < m.start("rest")
           for e in turn.entities):
        return None
    titled = any(e.name == "title" and e.role is None and e.start is not None and e.end is not None
                 and e.start <= start and end <= e.end for e in turn.entities)
    if m["noun"] is None and not titled:
        return None
    if not titled and not _words_of_its_own(m["name"], start, turn.entities):
        return None
    if not titled and not _franchise(m["name"], strict=True):
        return None
    ids = _franchise(m["name"])
    if len(ids) < MIN_TITLES:
        return None
    newest = any(e.name == "sort" and e.value == "newest" for e in turn.entities) or bool(
        re.search(_NEWEST, m["rest"], _F))
    noun = _NOUNS[m["noun"].casefold()] if m["noun"] else None
    return FranchiseAsked(m["name"], tuple(ids[:MAX_TITLES]), noun, False, newest)


# A follow-up that filters the list shown: "which of those can a 10 year old watch", "only the films", "just the ones
# from the eighties" (pointer and clause words, then the clause's entities).
_FOLLOW_UP_WORDS = _CLAUSE_WORDS | frozenset("from in made released out after before since no".split()) | frozenset(_NOUNS)
# ... and a runtime ("ones under an hour and a half" after the franchise's films: round 35)
_FOLLOW_UP_ENTITIES = _CLAUSE_ENTITIES | {"duration"}


def _followed_up(turn: Turn, text: str) -> Optional[FranchiseAsked]:
    """A follow-up of constraints only (``_FOLLOW_UP_WORDS`` around ``_CLAUSE_ENTITIES``) after a list all of one
    franchise: the franchise's titles again (all of them, not only those shown), filtered by what the follow-up says —
    the franchise is kept, never replaced by a search of the constraint alone."""
    found = franchise_of_the_list(turn.last_items)
    if found is None or len(text) > 80:
        return None
    state = turn.constraints
    if found[0].casefold() in {p.casefold() for p in [*state.actors, *state.directors, *state.any_people]}:
        return None  # round 24b: "<comedian>: <special>" titles after the comedian's stand-up are theirs, no franchise
    said = [e for e in turn.entities if e.name in _FOLLOW_UP_ENTITIES and e.start is not None and e.end is not None]
    if not said or any(e.name not in _FOLLOW_UP_ENTITIES for e in turn.entities):
        return None
    runtimes = [_minute_range(str(e.value)) for e in said if e.name == "duration" and not e.excluded]
    if None in runtimes:
        return None  # "shorter ones": relative to the list, the usual edit reads it
    left = "".join(" " if any(e.start <= i < e.end for e in said) else ch for i, ch in enumerate(text))
    if not all(w.casefold() in _FOLLOW_UP_WORDS for w in re.findall(r"[\w'’]+", left)):
        return None
    name, ids = found
    media = next((str(e.value) for e in said if e.name == "media_type" and not e.excluded), None)
    refused = {str(e.value) for e in said if e.name == "media_type" and e.excluded}
    if media is None and len(refused) == 1:  # "not the films": the franchise's other format
        media = {"movie": "series", "series": "movie"}.get(refused.pop())
    asked_before = next((str(e.value) for e in (turn.earlier[0].entities if turn.earlier else ())
                         if e.name == "media_type" and not e.excluded), None)
    if media is None and not refused and asked_before in ("movie", "series"):
        media = asked_before  # after "<franchise> movies": still its movies (round 35)
    newest = any(e.name == "sort" and e.value == "newest" for e in said)
    years = next((y for e in said if e.name == "year" and (y := _year_range(str(e.value))) is not None), None)
    return FranchiseAsked(name, tuple(ids[:MAX_TITLES * 2]), media, False, newest, years,
                          minutes=runtimes[0] if runtimes else None)


def _minute_range(value: str) -> Optional[tuple[int, int]]:
    """A runtime entity's minutes: "-90" → (0, 90), "81-99" → (81, 99), "120-" → (120, 9999); else None."""
    m = re.fullmatch(r"(\d{1,3})?-(\d{1,3})?", value)
    return (int(m[1] or 0), int(m[2] or 9999)) if m and any(m.groups()) else None


def _year_range(value: str) -> Optional[tuple[int, int]]:
    """"1980-1989" → (1980, 1989), "2011-" → (2011, 9999), "-1999" → (0, 1999), "2016" → (2016, 2016); else None."""
    m = re.fullmatch(r"(\d{4})?-(\d{4})?|(\d{4})", value)
    if m is None or not any(m.groups()):
        return None
    if m[3]:
        return int(m[3]), int(m[3])
    return int(m[1] or 0), int(m[2] or 9999)


def franchise_of_the_list(items: Sequence[dict[str, Any]]) -> Optional[tuple[str, list[str]]]:
    """The franchise a list shown is all of (two titles at least: ``styled_titles.same_franchise`` of one of them
    holds every id), as its name (that title before its subtitle) and its catalog ids; None otherwise."""
    if len(items) < MIN_TITLES:
        return None
    ids = {str(i.get("id")) for i in items}
    for item in items:
        title = str(item.get("title") or "")
        franchise = same_franchise(title)
        if ids <= set(franchise):
            return _SUBTITLE_RE.split(title, maxsplit=1)[0].strip() or title, franchise
    # the words every title opens with, when they name the franchise ("Naruto the Movie 2 …", "Naruto Shippuden …":
    # Naruto; round 35): titles of several sub-series shown as one franchise
    shared = _shared_opening([str(i.get("title") or "") for i in items])
    franchise = same_franchise(shared, franchise=shared) if shared else []
    if shared and ids <= set(franchise):
        return " ".join(str(items[0].get("title") or shared).split()[:len(shared.split())]), franchise
    return None


def _shared_opening(titles: Sequence[str]) -> Optional[str]:
    """The plain words all ``titles`` open with, when they hold a word of four letters or more besides articles."""
    words = [plain_name(t).split() for t in titles]
    shared: list[str] = []
    for column in zip(*words):
        if len(set(column)) != 1:
            break
        shared.append(column[0])
    return " ".join(shared) if any(len(w) >= 4 and w not in _ARTICLES for w in shared) else None


def _only_constraints(rest: str, offset: int, entities: Sequence[Entity]) -> bool:
    """The clause after the franchise's name holds constraints only (``_CLAUSE_WORDS`` around ``_CLAUSE_ENTITIES``),
    one entity at least or newest first said."""
    spans = [(e.start - offset, e.end - offset) for e in entities if e.start is not None and e.end is not None
             and e.start >= offset and e.name in _CLAUSE_ENTITIES]
    if not spans and not re.search(_NEWEST, rest, _F):
        return False
    if any(e.start is not None and e.start >= offset and e.name not in _CLAUSE_ENTITIES for e in entities):
        return False
    left = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(rest))
    left = re.sub(_NEWEST, " ", left, flags=_F)
    return all(w.casefold() in _CLAUSE_WORDS for w in re.findall(r"[\w'’]+", left))


def _franchise_named_like_a_place(name: str, start: int, entities: Sequence[Entity]) -> bool:
    """A name read only as a country that is a franchise's name ("madagascar movies"): two titles at least carry it
    before a subtitle or a number ("Madagascar: Escape 2 Africa", "Madagascar 3: ..."); "korean movies" never."""
    places = [e for e in entities if e.name == "country" and e.start is not None and e.end is not None
              and e.start <= start and start + len(name.rstrip()) <= e.end]
    others = [e for e in entities if e.name in _OTHER_REQUEST - {"country"} and e.start is not None
              and start <= e.start < start + len(name)]
    return bool(places) and not others and len(_franchise(name, strict=True)) >= MIN_TITLES


def _words_of_its_own(name: str, start: int, entities: Sequence[Entity]) -> bool:
    """Some word of the name is read as nothing else: "seth rogen movies", "horror movies", "korean drama shows" name
    a person or kinds, and so do topic words ("war movies", "heist films": vocabulary.TOPIC_GENRES, though titles are
    called "War" and "War Dogs"); "kung fu panda" keeps "panda" past the kind read inside it, "karate kid" its "kid"."""
    spans = [(e.start - start, e.end - start) for e in entities
             if e.name in _OTHER_REQUEST and e.start is not None and e.end is not None]
    left = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(name))
    return any(not is_filler(w) and w.casefold() not in TOPIC_GENRES for w in re.findall(r"[\w'’]+", left))


def _franchise(name: str, strict: bool = False) -> list[str]:
    """Catalog ids of the titles of the franchise ``name``; [] when it is no franchise's name. ``strict``: only the
    entries that carry the name before a subtitle or a number ("Kung Fu Panda 2", "Madagascar: Escape 2 Africa"), the
    evidence that a name said with no word asking for titles is a franchise's."""
    gazetteer = catalog_gazetteer()
    plain = plain_name(name)
    if gazetteer is None or not plain or all(is_filler(w) for w in plain.split()):
        return []
    starting = gazetteer.titles_starting(plain)
    if strict:
        return list(dict.fromkeys(t.id for other, t in starting if _ENTRY_RE.match(other[len(plain):])
                                  or re.match(rf"\W*{_spelt(name)}\W*(?::|\s[-–]\s|\s\d|\s(?:the\s+)?movie\b)", t.title, _F)))
    if " " not in plain and not any(re.match(rf"\W*{re.escape(plain)}\s*(?::|\s[-–]\s|\s\d)", t.title, _F)
                                    or plain_name(t.title) == plain for _, t in starting):
        return []  # "christmas movies": titles that merely open with a word
    if " " not in plain:  # "rocky": Rocky, Rocky II ... never "Rocky Handsome" when the entries are enough
        entries = [t.id for other, t in starting if other == plain] + _franchise(name, strict=True)
        if len(set(entries)) >= MIN_TITLES:
            return list(dict.fromkeys(entries))
    return list(dict.fromkeys(same_franchise(name, name)))


# What follows a franchise's name in one of its entries (on the plain name): a number, a Roman numeral, "the movie".
_ENTRY_RE = re.compile(r"^\s+(?:\d{1,2}|i{1,3}|iv|vi{0,3}|the\s+movie|movie|shippuden)\b")


def _spelt(name: str) -> str:
    """``name`` as a pattern that lets punctuation and spaces vary between its words ("scooby doo" ~ "Scooby-Doo!")."""
    return r"[\s\W]*".join(re.escape(w) for w in re.findall(r"\w+", name))


def chosen(asked: FranchiseAsked, items: Sequence[dict[str, Any]], people: Sequence[str],
           audience: Optional[str] = None) -> list[dict[str, Any]]:
    """The franchise's titles to show: within who watches' rating cap (always), of the format asked and crediting the
    person in context (each only when some title is); earliest first when asked."""
    kept = [i for i in items if i.get("rating") in ratings_for_audience(audience)] if audience else list(items)
    if asked.media_type:
        kept = [i for i in kept if i.get("type") == asked.media_type] or kept
    if asked.years:
        kept = [i for i in kept if isinstance(i.get("year"), int) and asked.years[0] <= i["year"] <= asked.years[1]]
    if asked.minutes:
        kept = [i for i in kept if isinstance(i.get("duration_minutes"), int)
                and asked.minutes[0] <= i["duration_minutes"] <= asked.minutes[1]]
    credited = [i for i in kept if set(people) & {str(p) for p in (i.get("cast") or []) + (i.get("directors") or [])}]
    kept = credited or kept
    if asked.earliest_first:
        kept.sort(key=lambda i: i.get("year") if isinstance(i.get("year"), int) else 9999)
    elif asked.newest_first:
        kept.sort(key=lambda i: i.get("year") if isinstance(i.get("year"), int) else 0, reverse=True)
    return kept


def closest_to_the_cap(asked: FranchiseAsked, items: Sequence[dict[str, Any]],
                       people: Sequence[str]) -> list[dict[str, Any]]:
    """The franchise's titles (format and people as ``chosen``) mildest rating first, when none is within who
    watches' cap: the closest the catalog has (a title with no known rating last)."""
    kept = chosen(replace(asked, years=None), items, people)
    order = {a: n for n, a in enumerate(AUDIENCES)}
    return sorted(kept, key=lambda i: order.get(RATING_AUDIENCE.get(str(i.get("rating"))), len(AUDIENCES)))


def _kind_word(asked: FranchiseAsked) -> str:
    """What the franchise's titles asked for are called in a sentence: "movie", "series", else "title"."""
    return {"movie": "movie", "series": "series"}.get(asked.media_type or "", "title")


def none_within_the_cap(asked: FranchiseAsked, audience: str) -> str:
    """"No Kung Fu Panda movie is rated for young kids; the closest are:" — an empty filtered franchise said so."""
    rated = audience_words(audience) or "for them"
    return f"No {asked.name.strip()} {_kind_word(asked)} is rated {rated}; the closest are:"


def none_from_the_years(asked: FranchiseAsked) -> str:
    """"No Kung Fu Panda title is from 1980–1989; here are the others:" — a follow-up's era none of them is from."""
    first, last = asked.years or (0, 9999)
    era = (f"from {first}–{last}" if first and last < 9999 else f"from after {first - 1}" if first
           else f"from before {last + 1}")
    return f"No {asked.name.strip()} {_kind_word(asked)} is {era}; here are the others:"


def none_of_the_runtime(asked: FranchiseAsked) -> str:
    """"No Naruto movie runs 0–80 minutes; here are the others:" — a follow-up's runtime none of them has."""
    low, high = asked.minutes or (0, 9999)
    span = (f"{high} minutes or less" if not low else f"{low} minutes or more" if high >= 9999
            else f"{low}–{high} minutes")
    return f"No {asked.name.strip()} {_kind_word(asked)} runs {span}; here are the others:"


async def answer_franchise(dispatcher: CollectingDispatcher, turn: Turn) -> Optional[list[EventType]]:
    """The franchise's titles as the list (module docstring), or None when the message asks for no franchise."""
    asked = franchise_asked(turn)
    if asked is None:
        return None
    if asked.other_than is not None and not asked.ids:
        # "are the sequels on here too" after a title that has none in the catalog: said so, never a list of lookalikes
        say(dispatcher, wording.NO_OTHER_ENTRIES.format(title=asked.name))
        return [SlotSet(FOCUSED_ID, asked.other_than)]
    client = get_client()
    try:
        found = await asyncio.gather(*(client.item(i, user_id=turn.sender_id) for i in asked.ids))
    except (RecommenderUnavailable, RecommenderRejected):
        return None
    state = turn.constraints
    people = list(state.actors) + list(state.directors) + list(state.any_people)
    said = [e.value for e in turn.entities if e.name == "audience" and not e.excluded and e.value in AUDIENCES]
    audience = stricter_audience(*said, state.audience)
    raw = [i for i in chosen(asked, [f for f in found if f], people, audience) if i.get("id") not in turn.rejected_ids]
    closest = None
    unbounded = ((asked.years, replace(asked, years=None), none_from_the_years),
                 (asked.minutes, replace(asked, minutes=None), none_of_the_runtime))
    for bound, without, said_none in unbounded:
        if not raw and bound:  # none from those years / of that runtime: said so, the franchise's others offered
            raw = [i for i in chosen(without, [f for f in found if f], people, audience)
                   if i.get("id") not in turn.rejected_ids]
            closest = said_none(asked)
    if not raw and audience:  # none within the cap: said honestly, the franchise's mildest titles offered
        raw = closest_to_the_cap(asked, [f for f in found if f and f.get("id") not in turn.rejected_ids], people)
        closest = none_within_the_cap(asked, audience)
    items = tuple(item for r in raw if (item := Item.from_dict(r)) is not None)
    if not items:
        return None
    credited = [p for p in people if any(p in (r.get("cast") or []) + (r.get("directors") or []) for r in raw)]
    if closest:
        heading = closest
    elif asked.other_than is not None:
        heading = wording.OTHER_ENTRIES.format(title=asked.name.strip())
    else:
        name = as_the_catalog_spells(asked.name.strip(), [str(r.get("title") or "") for r in raw])
        heading = f"Here are the {name} titles" + (f" with {' and '.join(credited)}" if credited else "") + ":"
    applied: dict[str, Any] = {"query": asked.name.strip()} | ({"any_people": credited} if credited else {})
    send(dispatcher, Recommendations(heading, items, applied, (buttons.SOMETHING_ELSE,)))
    return [SlotSet(LAST_ITEMS, [compact_item(r) for r in raw]),
            SlotSet(SHOWN_IDS, list(dict.fromkeys(turn.shown_ids + [i.id for i in items]))),
            SlotSet(FOCUSED_ID, None)]
