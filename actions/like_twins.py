"""Same-named titles told apart by a hint said beside the name: "something like death note the anime", "the death note
series", "<title> the show, not the movie", "is the <title> film on here?", "tell me about the 1993 <title>", "<title>,
the 2017 one", "the old <title>".

The catalog holds titles that share a name (a film and the older anime series it remakes; a 2019 series and its 1993
namesake, filed as "<title> (1993)"): the NLU reads the name as one title entity and the hint beside it as constraints
of their own ("the <title> film" became a films-only search like whichever twin the gazetteer lists first). Here the
hint chooses the twin instead: the twins are the titles whose names are equal once a bracketed qualifier is left out
(``twins``); the gazetteer stores no kind or year, so each twin's facts are read through the recommender client; the
one the hint fits (anime / live action / series / film / a year / the oldest / the newest, and what a "not the <kind>"
after it rules out) becomes what the name means for this turn (``chosen_twin``, consulted by
``references.lookup_title_id``: the like-anchor, the title asked about and the title in focus all resolve through it),
and the entities read from the hint's words are dropped — they only served to choose.

Without a hint beside the name, for a name no other title shares, or when the hint fits every twin or none, the turn is
left exactly as it was. A kind said apart from the name stays a constraint of the search ("an anime like <title>",
"shows like <title>"; a plural right after the name, "<title> movies", too).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Optional

from actions.entities import Entity
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.turn import Turn
from contract.gazetteer import Gazetteer, plain_name, unqualified

log = logging.getLogger(__name__)

_F = re.IGNORECASE
# One hint word: the twin's form, format, year or age. Singular only: "<title> movies" asks for films like it.
_HINT = (r"(?:anime|animated|cartoon|live[\s-]?action|(?:tv\s+)?(?:series|show|programme|program)|tv|film|movie"
         r"|(?:19|20)\d\d|old(?:er)?|original|first|classic|new(?:er)?|recent|latest|remake|reboot)(?![\w'’])")
_HINTS = rf"{_HINT}(?:\s+{_HINT})?"  # "the anime series", "the 2017 film"
_ARTICLE = r"(?:the|that|this)\s+"
# Right before the name, after an article: "the anime <title>", "the 1993 <title>", "the anime version of <title>".
_BEFORE_RE = re.compile(rf"\b{_ARTICLE}(?P<pos>{_HINTS})(?:\s+(?:version|adaptation|one)(?:\s+of)?)?\s+$", _F)
# Right after the name: "<title> the anime", "<title> (the anime)", "<title>, the 2017 one", "<title> from 2006",
# "<title> live action"; a "not the <kind>" may follow the hint ("<title> the show, not the movie").
_AFTER_RE = re.compile(
    rf"\s*[,(:\-–—]?\s*(?:{_ARTICLE})?(?:(?P<pos>{_HINTS})(?:\s+(?:one|version|adaptation))?"
    rf"|(?:one\s+)?(?:from|made\s+in|released\s+in)\s+(?P<year>(?:19|20)\d\d)(?!\d))(?:\s*\))?"
    rf"(?:\s*[,;]?\s*(?:(?:and|but)\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:{_ARTICLE})?(?P<neg>{_HINT})"
    rf"(?:\s+(?:one|version))?)?", _F)
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", _F)

OLDEST, NEWEST = "oldest", "newest"
_AGE_WORDS = {**dict.fromkeys(("old", "older", "original", "first", "classic"), OLDEST),
              **dict.fromkeys(("new", "newer", "recent", "latest", "remake", "reboot"), NEWEST)}

# The twin the hint chose for each name said in this turn (casefolded name → catalog id); empty outside a turn.
_CHOSEN: ContextVar[Mapping[str, str]] = ContextVar("chosen_twins", default={})


@dataclass(frozen=True)
class Hint:
    """What the words beside a name say of the twin meant: kinds it is, kinds it is not, and the spans of those words
    (before the name, after it)."""

    wanted: tuple[str, ...]
    unwanted: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def chosen_twin(title: str) -> Optional[str]:
    """The catalog id this turn's hint chose for the name ``title`` (any case), or None."""
    return _CHOSEN.get().get(title.strip().casefold())


@contextmanager
def twins_of_this_turn() -> Iterator[None]:
    """The scope of one turn's choices: whatever ``with_twin_chosen`` chose is forgotten when the turn ends, so a
    later turn (or another conversation served by the same task) never inherits it."""
    token = _CHOSEN.set({})
    try:
        yield
    finally:
        _CHOSEN.reset(token)


def twin_name(title: str) -> str:
    """A catalog title as compared between twins: plain typing, its bracketed qualifier left out."""
    return plain_name(unqualified(title))


@lru_cache(maxsize=2)
def _twin_index(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Every name two or more catalog titles share (``twin_name``) → their ids in catalog order; built once per
    gazetteer (a pass over the catalog), never per message."""
    ids: dict[str, list[str]] = {}
    for t in gazetteer.titles:
        ids.setdefault(twin_name(t.title), []).append(t.id)
    return {name: tuple(dict.fromkeys(found)) for name, found in ids.items() if len(set(found)) > 1}


def twins(title: str, gazetteer: Optional[Gazetteer]) -> tuple[str, ...]:
    """The ids of the catalog titles named ``title`` (a bracketed qualifier left out) when more than one is; else ()."""
    return _twin_index(gazetteer).get(twin_name(title), ()) if gazetteer is not None else ()


def _name_end(text: str, entity: Entity) -> int:
    """Where the name's own words end inside the entity's span (the span may take in a qualifier said after the name,
    "<title> (the anime)", "<title> the show"): the first word end at which the words typed are the name."""
    start, end = entity.start or 0, entity.end or 0
    wanted = twin_name(entity.value)
    for m in re.finditer(r"\S+", text[start:end]):
        if plain_name(text[start:start + m.end()]) == wanted:
            return start + m.end()
    return end


def read_hint(text: str, entity: Entity) -> Optional[Hint]:
    """The hint said right before or right after the name the title entity covers, or None."""
    if entity.start is None or entity.end is None:
        return None
    wanted: list[str] = []
    unwanted: list[str] = []
    spans: list[tuple[int, int]] = []
    before = _BEFORE_RE.search(text[:entity.start])
    if before:
        wanted += _words(before.group("pos"))
        spans.append((before.start(), entity.start))
    after = _AFTER_RE.match(text, _name_end(text, entity))
    if after and (after.group("pos") or after.group("year")):
        wanted += _words(after.group("pos") or after.group("year"))
        unwanted += _words(after.group("neg") or "")
        spans.append((after.start(), after.end()))
        if not before and (the := _THE_BEFORE_RE.search(text[:entity.start])):
            spans.append((the.start(), entity.start))  # "the <title> film": the article is the phrase's
    return Hint(tuple(wanted), tuple(unwanted), tuple(spans)) if wanted else None


# The hint words that say one kind ("tv show", "programme" → series).
_KIND_WORDS = {**dict.fromkeys(("anime", "animated", "cartoon"), "anime"), "film": "movie", "movie": "movie",
               **dict.fromkeys(("series", "show", "programme", "program", "tv"), "series")}


def _words(hint: str) -> list[str]:
    """The hint's words, a kind each ("tv show" is series, "live action" one word), an age word or a year as said."""
    said = re.findall(r"live[\s-]?action|tv\s+\w+|\S+", hint.casefold())
    return ["live action" if w.startswith("live") else _KIND_WORDS.get(w.split()[-1], w) for w in said]


def fits(word: str, item: Mapping[str, Any]) -> Optional[bool]:
    """Whether a twin's record fits one hint word; None for an age word (told only against the other twins)."""
    genres = {str(g) for g in item.get("genres") or ()}
    kind = str(item.get("type") or "")
    if word == "anime":
        return "anime" in genres
    if word == "live action":
        return "anime" not in genres
    if word in ("series", "movie"):
        return kind == word
    if word.isdigit():
        return str(item.get("year") or "") == word
    return None


def choose(hint: Hint, records: Sequence[Mapping[str, Any]]) -> Optional[str]:
    """The id of the one twin ``hint`` points at among ``records`` (catalog order), or None when it fits every twin
    (it chooses nothing) or none. "The old one" / "the new one" take the oldest / newest of those the rest fits."""
    fitting = [r for r in records
               if all(fits(w, r) is not False for w in hint.wanted)
               and not any(fits(w, r) for w in hint.unwanted)]
    ages = [_AGE_WORDS[w] for w in hint.wanted if w in _AGE_WORDS]
    dated = [r for r in fitting if isinstance(r.get("year"), int)]
    if ages and len({r["year"] for r in dated}) > 1:
        pick = min if ages[-1] == OLDEST else max
        fitting = [pick(dated, key=lambda r: r["year"])]
    if not fitting or len(fitting) == len(records):
        return None
    return str(fitting[0]["id"])


async def _records(ids: Sequence[str]) -> list[Mapping[str, Any]]:
    """The catalog records of the twins (their kind, genres and year), those the recommender no longer has left out;
    [] when it does not answer (the turn then goes on as it was)."""
    client = get_client()
    try:
        found = await asyncio.gather(*(client.item(i) for i in ids))
    except (RecommenderUnavailable, RecommenderRejected) as exc:
        log.warning("twins %s unread: %s", ids, exc)
        return []
    return [r for r in found if r]


async def with_twin_chosen(turn: Turn) -> Turn:
    """The turn with each same-named title its hint chose (``chosen_twin`` answers for it until the turn ends) and
    without the entities read from that hint's words; the turn unchanged when no hint chooses."""
    text = turn.text or ""
    titles = [e for e in turn.entities if e.name == "title"]
    if not titles or text.startswith("/"):
        return turn
    from actions.references import catalog_gazetteer  # actions.references resolves names through this module
    gazetteer = catalog_gazetteer()
    chosen = dict(_CHOSEN.get())
    spent: list[tuple[int, int]] = []
    named: dict[int, Entity] = {}  # the title entities whose hint chose, by identity → the name said with its hint
    for entity in titles:
        ids = twins(entity.value, gazetteer)
        hint = read_hint(text, entity) if ids else None
        if hint is None:
            if ids and entity.role == "similar":
                pick = _unhinted_anchor(turn, await _records(ids))
                if pick is not None:
                    chosen[entity.value.strip().casefold()] = pick
                    _CHOSEN.set(chosen)
            continue
        pick = choose(hint, await _records(ids))
        if pick is not None:
            chosen[entity.value.strip().casefold()] = pick
            spent += hint.spans
            named[id(entity)] = _with_hint(entity, hint)
    if not spent:
        return turn
    _CHOSEN.set(chosen)
    kept = [named.get(id(e), e) for e in turn.entities if e.name == "title" or not _inside(e, spent)]
    return replace(turn, entities=kept)


def _unhinted_anchor(turn: Turn, records: Sequence[Mapping[str, Any]]) -> Optional[str]:
    """Round 28C: the twin a like-search means when nothing beside the name says which ("anything like <title>?" of a
    2006 anime series and its 2017 live-action film): the one twin of the format the turn asks for ("films like
    <title>"), else the oldest — the original the others remake or are named after, never whichever the catalog
    lists first. None when the twins share their year and no format tells them apart."""
    formats = {str(e.value) for e in turn.entities if e.name == "media_type" and not e.excluded}
    of_format = [r for r in records if str(r.get("type") or "") in formats]
    if len(of_format) == 1:
        return str(of_format[0]["id"])
    dated = [r for r in records if isinstance(r.get("year"), int)]
    if len({r["year"] for r in dated}) < 2:
        return None
    return str(min(dated, key=lambda r: r["year"])["id"])


def _with_hint(entity: Entity, hint: Hint) -> Entity:
    """The title entity spanning its hint too: the hint's words are part of how the title was named, so the readers of
    the words around a title ("is <title> on here?", "tell me about <title>") and the search's leftover words
    (no query "anime") see the name whole."""
    starts = [a for a, _ in hint.spans] + [entity.start or 0]
    ends = [b for _, b in hint.spans] + [entity.end or 0]
    return replace(entity, start=min(starts), end=max(ends))


def _inside(entity: Entity, spans: Sequence[tuple[int, int]]) -> bool:
    """The entity was read from words of one of ``spans`` (a hint), so it only served to choose."""
    if entity.start is None or entity.end is None:
        return False
    return any(entity.start < b and entity.end > a for a, b in spans)
