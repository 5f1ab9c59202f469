"""Names the NLU side recognises: catalog titles, people and countries (contracts §2).

One writer, one reader, one people rule, all here:

- ``write_gazetteer`` is the only code that writes the file (atomically: readers in other processes
  never see half a file). ``recommender.gazetteer`` builds the content from the catalog database and
  writes through it (`mediabot gazetteer`, path from ``MEDIABOT_GAZETTEER``).
- ``load_gazetteer`` is the only reader, and it caches: while the file is unchanged every caller (the
  NLU component, the actions' title lookup) gets the same ``Gazetteer`` object, so the matchers built
  per gazetteer object are built once; a rewritten file is picked up on the next call.
- ``from_credits`` applies the people rule; the catalog builder and ``build_from_netflix_csv`` (a
  stdlib builder so the Rasa-side tests need neither the gateway runtime nor a database) both use it.

Stdlib only: it runs inside ``.venv-rasa`` too.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from contract.numbers import canonical, only_numbers
from contract.vocabulary import NETFLIX_TAG_GENRES
from contract.words import one_slip, read_pairs, unaccented

logger = logging.getLogger(__name__)

MIN_CAST_CREDITS = 2
"""Actors credited on fewer titles are left out: a one-off cast name is more likely a false match
than a request. Directors are all kept, because viewers ask for directors by name."""

WELL_KNOWN_CREDITS = 5
"""People with at least this many credits (cast and directing together) are *well known*: a viewer's
bare surname ("a Scorsese film") resolves to one of them when no other well-known person has it
(nlu/extraction/names.py; docs/contracts.md "People and titles in free text")."""

KNOWN_AS_FILE = Path(__file__).resolve().parent / "data" / "known_as.tsv"
"""Other names viewers use for catalog titles ("Money Heist" for "La casa de papel"): see ``with_known_names``."""

# Paths we already warned about, so a missing file is reported once per process, not per message.
_warned_missing: set[str] = set()
# path -> (file identity, gazetteer read from it): the one cache of the one reader.
_loaded: dict[Path, tuple[tuple[int, int, int], Gazetteer]] = {}
_lock = threading.Lock()


class GazetteerError(ValueError):
    """The gazetteer file exists but is not in the contracts §2 format (a broken deployment)."""


@dataclass(frozen=True)
class TitleEntry:
    """One catalog title; ``id`` is the catalog's source id (e.g. the Netflix ``show_id``)."""

    id: str
    title: str


# eq=False keeps identity hashing: the extractor caches its matchers per gazetteer object, and
# hashing tens of thousands of names on every call would defeat the point of the cache.
@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Canonical names, as the recommender spells them, that entity values must use."""

    titles: tuple[TitleEntry, ...] = ()
    actors: tuple[str, ...] = ()
    directors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    well_known: tuple[str, ...] = ()  # people with >= WELL_KNOWN_CREDITS credits (optional in the JSON)
    # People credited both ways who directed at least as often as they acted ("a Clint Eastwood film", "the Ava
    # DuVernay docs": without a role word the name means what they mostly do; optional in the JSON).
    mainly_directors: tuple[str, ...] = ()
    # How many titles credit each well-known person (cast and directing together): two well-known people sharing a
    # surname ("del toro") are told apart by it, the one with the most credits being the one meant (optional in the
    # JSON; empty: such a surname names nobody).
    well_known_credits: Mapping[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The contracts §2 JSON shape."""
        return {
            "titles": [{"id": t.id, "title": t.title} for t in self.titles],
            "actors": list(self.actors),
            "directors": list(self.directors),
            "countries": list(self.countries),
            "well_known": list(self.well_known),
            "mainly_directors": list(self.mainly_directors),
            "well_known_credits": dict(self.well_known_credits),
        }

    def counts(self) -> dict[str, int]:
        """How many names of each kind (what `mediabot gazetteer` reports)."""
        return {"titles": len(self.titles), "actors": len(self.actors),
                "directors": len(self.directors), "countries": len(self.countries),
                "well_known": len(self.well_known), "mainly_directors": len(self.mainly_directors),
                "well_known_credits": len(self.well_known_credits)}

    def title_id(self, title: str) -> str | None:
        """Catalog id of a title, ignoring case; None when the catalog has no such title."""
        return self._ids_by_title.get(title.strip().casefold())

    def title_named_plainly(self, text: str) -> str | None:
        """The catalog title a whole message names in plain typing — any case, no punctuation, a bracketed
        qualifier said or left out ("the office us", "the office" → "The Office (U.S.)"), or with one slip of
        the keyboard in a name of at least ``MIN_SLIP_CHARS`` letters ("narcoss", "ozarck") when only one title
        is that close — or None."""
        name = plain_name(text)
        exact = self._titles_by_plain_name.get(name)
        if exact or len(name) < MIN_SLIP_CHARS:
            return exact
        # the main title before a subtitle, said exactly, outranks a slip of another title: "hachi" is "Hachi: A Dog's
        # Tale", never "Hache" (round 35)
        headed = {t.title for _, t in self.titles_starting(name) if ":" in t.title
                  and plain_name(t.title.split(":", 1)[0]) == name}
        if len(headed) == 1:
            return headed.pop()
        close = {title for size in (len(name) - 1, len(name), len(name) + 1)
                 for plain, title in self._plain_names_by_start_and_length.get((name[:1], size), ())
                 if one_slip(plain, name)}
        return close.pop() if len(close) == 1 else None

    @cached_property
    def _plain_names_by_start_and_length(self) -> dict[tuple[str, int], list[tuple[str, str]]]:
        """The plain names by first letter and length: a slip keeps the first letter and changes the length by at most
        one, so a slipped name is compared with a few dozen names, not the whole catalog (which took ~20 ms)."""
        index: dict[tuple[str, int], list[tuple[str, str]]] = {}
        for plain, title in self._titles_by_plain_name.items():
            index.setdefault((plain[:1], len(plain)), []).append((plain, title))
        return index

    def title_named_exactly(self, text: str) -> str | None:
        """The catalog title ``text`` names in plain typing with no slip allowed (a bracketed qualifier said or left
        out, a hyphen left out), or None: for readers where a slip would turn everyday words into a title ("a war"
        is no "Anwar")."""
        return self._titles_by_plain_name.get(plain_name(text))

    @cached_property
    def plain_titles(self) -> tuple[tuple[str, TitleEntry], ...]:
        """Every title with its ``plain_name``, in catalog order: computed once, since scanning the catalog through
        ``plain_name`` costs tens of milliseconds each time."""
        return tuple((plain_name(t.title), t) for t in self.titles)

    def titles_starting(self, plain: str) -> list[tuple[str, TitleEntry]]:
        """The titles whose plain name is ``plain`` or starts with it and a space, in catalog order, looked up by
        the first word (``plain`` is already a ``plain_name``)."""
        first = plain.split(" ", 1)[0]
        return [(name, t) for name, t in self._plain_titles_by_first_word.get(first, ())
                if name == plain or name.startswith(plain + " ")]

    def titles_sharing_first_word_unaccented(self, plain: str) -> list[str]:
        """The plain names whose first word is ``plain``'s first word with the accents left out on both sides
        ("pokemon" → "pokémon …"), in catalog order: a few dict probes where a scan of the catalog costs tens of
        milliseconds (actions/franchise_titles.py reads a name typed without its accents)."""
        return self._plain_titles_by_unaccented_first_word.get(unaccented(plain.split(" ", 1)[0]), [])

    @cached_property
    def _plain_titles_by_unaccented_first_word(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for name, _ in self.plain_titles:
            index.setdefault(unaccented(name.split(" ", 1)[0]), []).append(name)
        return index

    @cached_property
    def _plain_titles_by_first_word(self) -> dict[str, list[tuple[str, TitleEntry]]]:
        index: dict[str, list[tuple[str, TitleEntry]]] = {}
        for name, t in self.plain_titles:
            index.setdefault(name.split(" ", 1)[0], []).append((name, t))
        return index

    @cached_property
    def _titles_by_plain_name(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for t in self.titles:
            for name in dict.fromkeys((t.title, unqualified(t.title))):
                names.setdefault(plain_name(name), t.title)
        for t in self.titles:  # "spiderman", "onepunch man": a hyphen left out, after every title's own name
            for name in dict.fromkeys((t.title, unqualified(t.title))):
                if "-" in name:
                    names.setdefault(plain_name(name.replace("-", "")), t.title)
        names.pop("", None)
        return names

    def title_of(self, item_id: str) -> str | None:
        """The catalog title of ``item_id``, or None when the gazetteer does not hold it."""
        return self._titles_by_id.get(item_id)

    @cached_property
    def _titles_by_id(self) -> dict[str, str]:
        # Built on first use only, like ``_ids_by_title``. A title's first entry is the catalog's own name; its other
        # names (an English title, an original one) follow it and never replace it (round 35: s110 is "La casa de
        # papel", not its last alias "House of Paper").
        by_id: dict[str, str] = {}
        for t in self.titles:
            by_id.setdefault(t.id, t.title)
        return by_id

    @cached_property
    def _ids_by_title(self) -> dict[str, str]:
        # Built on first use only: the NLU side never needs it. The first title of a spelling wins.
        ids: dict[str, str] = {}
        for t in self.titles:
            ids.setdefault(t.title.casefold(), t.id)
        return ids


MIN_SLIP_CHARS = 5  # shorter names have too many neighbours one slip away ("dark" / "park")

QUALIFIER_RE = re.compile(r"\s*\([^)]*\)\s*$")


def unqualified(title: str) -> str:
    """A title without its bracketed qualifier: "The Office (U.S.)" → "The Office", "Tales of the City (1993)" →
    "Tales of the City"."""
    return QUALIFIER_RE.sub("", title)


def plain_name(text: str) -> str:
    """A name as compared in plain typing: lowercase letters and digits, single spaces, a hyphen between words a
    space ("The Office (U.S.)" → "the office us", "One-Punch Man" → "one punch man"), its numbers written one way
    ("Brooklyn Nine-Nine", "brooklyn nine nine" and "brooklyn 99" → "brooklyn 99", "The Hundred-Foot Journey" → "the
    100 foot journey": ``contract.numbers.canonical``; a name that is only a number keeps its spelling)."""
    spaced = re.sub(r"(?<=\w)-(?=\w)", " ", text)
    numbers = spaced if only_numbers(text) else canonical(spaced)
    return " ".join(re.sub(r"[^\w\s]", "", numbers.casefold().replace("&", " and ")).split())


def from_credits(titles: Iterable[tuple[str, str]], credits: Iterable[tuple[str, str] | tuple[str, str, bool]],
                 countries: Iterable[str], min_cast_credits: int = MIN_CAST_CREDITS) -> Gazetteer:
    """Assemble a gazetteer with the people rule (see ``MIN_CAST_CREDITS``).

    ``titles`` are ``(id, title)`` pairs in catalog order; ``credits`` one ``(name, role)`` pair per
    credit on a title (role ``cast`` or ``director``; other roles are not names viewers ask for), or
    ``(name, role, documentary)`` when it is known whether the title is a documentary.

    A person is *mainly a director* (``mainly_directors``: "<name> movies" means what they directed) when
    they directed at least as many titles as they acted in, a cast credit on a documentary not counted as
    acting: there the person appears as themselves, talking about film ("Guillermo del Toro": three films
    directed, four cast credits, two of them documentaries about filmmaking).
    """
    cast: Counter[str] = Counter()
    acting: Counter[str] = Counter()
    directors: set[str] = set()
    directing: Counter[str] = Counter()
    for name, role, *documentary in credits:
        if role == "cast":
            cast[name] += 1
            if not (documentary and documentary[0]):
                acting[name] += 1
        elif role == "director":
            directors.add(name)
            directing[name] += 1
    total = cast + directing
    entries = [TitleEntry(id=str(sid), title=title.strip()) for sid, title in titles if title.strip()]
    return Gazetteer(
        titles=tuple(with_known_names(entries)),
        actors=tuple(sorted(n for n, c in cast.items() if c >= min_cast_credits)),
        directors=tuple(sorted(directors)),
        countries=tuple(sorted(set(countries))),
        well_known=tuple(sorted(n for n, c in total.items() if c >= WELL_KNOWN_CREDITS)),
        mainly_directors=tuple(sorted(n for n, c in cast.items()
                                      if c >= min_cast_credits and 0 < directing[n] >= acting[n])),
        well_known_credits={n: c for n, c in sorted(total.items()) if c >= WELL_KNOWN_CREDITS},
    )


def with_known_names(entries: list[TitleEntry], known_as: dict[str, str] | None = None) -> list[TitleEntry]:
    """``entries`` plus an entry under each other name a viewer knows a title by (``KNOWN_AS_FILE``), with the
    title's id: "something like money heist" then names the catalog's "La casa de papel". A name the catalog
    already uses for a title of its own is never taken over, and a title the catalog lacks gets no other name."""
    ids: dict[str, str] = {}
    for t in entries:
        ids.setdefault(t.title.casefold(), t.id)
    extra = [TitleEntry(id=ids[title.casefold()], title=name)
             for name, title in (known_as if known_as is not None else known_names()).items()
             if title.casefold() in ids and name.casefold() not in ids]
    return entries + extra


def known_names(path: Path = KNOWN_AS_FILE) -> dict[str, str]:
    """The other names of ``KNOWN_AS_FILE``: name viewers say -> the catalog's title."""
    return read_pairs(path)


def default_path() -> Path:
    """Where the running system keeps the gazetteer (``MEDIABOT_GAZETTEER``, project-relative)."""
    from contract.settings import load

    return load().gazetteer_path


def load_gazetteer(path: str | Path | None = None) -> Gazetteer | None:
    """Read the gazetteer, cached while the file is unchanged; ``None`` (one warning) when missing.

    A missing file is normal before `mediabot gazetteer` ran: genre/duration/... extraction works
    without it. A file that exists but is malformed raises GazetteerError, because silently
    dropping every title and person would look like an NLU bug rather than a deployment one.
    """
    resolved = Path(path) if path else default_path()
    try:
        stat = resolved.stat()
    except OSError:
        _warn_missing(resolved)
        return None
    identity = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    with _lock:
        cached = _loaded.get(resolved)
        if cached is not None and cached[0] == identity:
            return cached[1]
        gazetteer = _read(resolved)
        _loaded[resolved] = (identity, gazetteer)
        return gazetteer


def _warn_missing(path: Path) -> None:
    if str(path) not in _warned_missing:
        _warned_missing.add(str(path))
        logger.warning("gazetteer %s not found: titles and people will not be recognised "
                       "(run `mediabot gazetteer`)", path)


def _read(path: Path) -> Gazetteer:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GazetteerError(f"cannot read gazetteer {path}: {exc}") from exc
    return gazetteer_from_json(data, source=str(path))


def gazetteer_from_json(data: Any, source: str = "<json>") -> Gazetteer:
    """Validate the contracts §2 shape and freeze it into a Gazetteer."""
    if not isinstance(data, dict):
        raise GazetteerError(f"{source}: expected a JSON object with titles/actors/directors/countries")
    return Gazetteer(
        titles=tuple(_titles(data.get("titles", []), source)),
        actors=_names(data.get("actors", []), "actors", source),
        directors=_names(data.get("directors", []), "directors", source),
        countries=_names(data.get("countries", []), "countries", source),
        well_known=_names(data.get("well_known", []), "well_known", source),
        mainly_directors=_names(data.get("mainly_directors", []), "mainly_directors", source),
        well_known_credits=_counts(data.get("well_known_credits", {}), "well_known_credits", source),
    )


def _counts(items: Any, key: str, source: str) -> dict[str, int]:
    """A ``{name: count}`` object of positive integer counts."""
    if not isinstance(items, dict) or not all(isinstance(n, str) and isinstance(c, int) and not isinstance(c, bool)
                                              and c > 0 for n, c in items.items()):
        raise GazetteerError(f"{source}: {key!r} must map names to positive integers")
    return {n.strip(): c for n, c in items.items() if n.strip()}


def _titles(items: Any, source: str) -> Iterable[TitleEntry]:
    """Titles are ``{"id", "title"}`` objects; bare strings are accepted (id = title)."""
    if not isinstance(items, list):
        raise GazetteerError(f"{source}: 'titles' must be a list")
    for item in items:
        if isinstance(item, str) and item.strip():
            yield TitleEntry(id=item, title=item.strip())
        elif isinstance(item, dict) and str(item.get("title", "")).strip():
            yield TitleEntry(id=str(item.get("id", item["title"])), title=str(item["title"]).strip())
        else:
            raise GazetteerError(f"{source}: bad title entry {item!r}")


def _names(items: Any, key: str, source: str) -> tuple[str, ...]:
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise GazetteerError(f"{source}: {key!r} must be a list of strings")
    return tuple(dict.fromkeys(x.strip() for x in items if x.strip()))


def write_gazetteer(gazetteer: Gazetteer, path: str | Path) -> Path:
    """Write the contracts §2 JSON atomically: a reader sees the old file or the new one, never half.

    The temporary file sits beside the target (same file system, so the rename is atomic) and is
    named per process, so two writers never share one. Identical content is not rewritten, so a
    repeated `mediabot setup` leaves the file, and every reader's cache of it, as it was.
    """
    out = Path(path)
    content = json.dumps(gazetteer.to_json(), ensure_ascii=False).encode("utf-8")
    if _current_bytes(out) == content:
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(content)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def _current_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _split(cell: str | None) -> list[str]:
    """Netflix packs lists as comma-separated cells; a name appears once per title."""
    return list(dict.fromkeys(x.strip() for x in (cell or "").split(",") if x.strip()))


def build_from_netflix_csv(path: str | Path, min_credits: int = MIN_CAST_CREDITS) -> Gazetteer:
    """Build a gazetteer straight from the Netflix titles CSV, with the same rule as the catalog's."""
    titles: list[tuple[str, str]] = []
    credits: list[tuple[str, str, bool]] = []
    countries: list[str] = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            titles.append((row["show_id"], row.get("title") or ""))
            documentary = any("documentary" in NETFLIX_TAG_GENRES.get(tag, ()) for tag in _split(row.get("listed_in")))
            credits.extend((name, "cast", documentary) for name in _split(row.get("cast")))
            credits.extend((name, "director", documentary) for name in _split(row.get("director")))
            countries.extend(_split(row.get("country")))
    return from_credits(titles, credits, countries, min_credits)
