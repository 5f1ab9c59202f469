"""An in-memory, columnar snapshot of the catalog used for filtering and ranking.

SQL is the system of record; answering a recommendation from SQL on every turn would cost a query
plan per request and make "filter then score" two round trips. The snapshot keeps one numpy column
per hard-constraint field plus inverted indexes for many-valued fields (countries, languages, people),
so every hard filter is a handful of vectorised operations — about a millisecond at a million items.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from recommender import prior
from recommender.catalog.models import Credit, Item, ItemCountry, ItemGenre, ItemLanguage, ItemTag, Person
from contract.vocabulary import AUDIENCES, GENRES, MEDIA_TYPES, NETFLIX_TAG_COUNTRIES, RATING_AUDIENCE, RATINGS
from contract.words import catalog_words, franchise_words

if TYPE_CHECKING:
    from recommender.editorial import CompiledRules

GENRE_BITS: dict[str, int] = {g.id: i for i, g in enumerate(GENRES)}
TYPE_CODES: dict[str, int] = {t: i for i, t in enumerate(MEDIA_TYPES)}
UNKNOWN = -1
FRANCHISE_SCAN_MAX_ROWS = 200_000  # see CatalogSnapshot.franchises


def genre_mask(genres: list[str] | tuple[str, ...]) -> np.uint64:
    bits = 0
    for g in genres:
        bits |= 1 << GENRE_BITS[g]
    return np.uint64(bits)


@dataclass
class CatalogSnapshot:
    """Columns are aligned: row ``i`` of every array describes the same item."""

    source_ids: list[str]
    titles: list[str]
    types: np.ndarray          # int8 code into MEDIA_TYPES
    years: np.ndarray          # int16, UNKNOWN if missing
    runtimes: np.ndarray       # int32 minutes, UNKNOWN if missing
    seasons: np.ndarray        # int16, UNKNOWN if missing
    ratings: list[str | None]
    audience: np.ndarray       # int8 index into AUDIENCES, UNKNOWN if unrated
    genre_bits: np.ndarray     # uint64 bitmask over GENRE_BITS
    prior: np.ndarray          # float32 in [0, 1]: recency/popularity prior
    countries: dict[str, np.ndarray] = field(default_factory=dict)   # lower-case name -> row ids
    languages: dict[str, np.ndarray] = field(default_factory=dict)   # iso code -> row ids
    actors: dict[str, np.ndarray] = field(default_factory=dict)      # lower-case name -> row ids
    directors: dict[str, np.ndarray] = field(default_factory=dict)   # lower-case name -> row ids
    row_of: dict[str, int] = field(default_factory=dict)             # source id -> row
    rows_by_title: dict[str, list[int]] = field(default_factory=dict)  # lower-case title -> rows
    texts: list[str] = field(default_factory=list)                   # text that was embedded
    rating_codes: np.ndarray | None = None                           # int8 index into RATINGS
    descriptions: list[str] = field(default_factory=list)
    country_lists: list[tuple[str, ...]] = field(default_factory=list)
    # Per-row people (lower-case), read by "more like this" (recommender.similarity); empty when unknown.
    cast_lists: list[tuple[str, ...]] = field(default_factory=list)
    director_lists: list[tuple[str, ...]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # the importer's source name per row (editorial rules)
    # Editorial rules compiled over these rows (recommender.editorial); None: no rules, no cost.
    editorial: CompiledRules | None = None
    # Day the service added each row (``date.toordinal()``), UNKNOWN if missing: "what's new" (``added_days``).
    added: np.ndarray | None = None

    @functools.cached_property
    def franchises(self) -> dict[str, np.ndarray]:
        """Franchise word → rows of the titles it opens (recommender.franchises), built on first use. Names that are
        also ordinary words ("barbie") need a pass over every synopsis: done up to ``FRANCHISE_SCAN_MAX_ROWS`` rows
        (the bundled catalog: ~0.1 s), beyond that only names outside the vocabulary count."""
        scan = self.descriptions if len(self.titles) <= FRANCHISE_SCAN_MAX_ROWS else None
        found = franchise_words(self.titles, catalog_words(), descriptions=scan)
        return {w: np.asarray(rows, np.int64) for w, rows in found.items()}

    @functools.cached_property
    def topic_index(self) -> dict[str, np.ndarray]:
        """Word stem → rows whose name, tags or synopsis hold a word of that family (recommender.topic_words). The
        recommender builds it while it loads a catalog generation (``Recommender.load`` / ``_rebuilt``), before the
        generation serves, so no request pays for it (about 45 s at a million rows)."""
        from recommender.topic_words import build_index
        return build_index(_TopicTexts(self))

    def topic_rows(self, topic: str) -> np.ndarray:
        """Rows naming ``topic`` (its family or a related word: contract.topics), looked up once per snapshot."""
        from recommender.topic_words import rows_naming
        cache = self.__dict__.setdefault("_topic_rows", {})
        if topic not in cache:
            cache[topic] = rows_naming(topic, self.topic_index, _TopicTexts(self))
        return cache[topic]

    def with_editorial(self, editorial: CompiledRules | None) -> CatalogSnapshot:
        """The same rows with other editorial rules: a rule change makes a copy, which keeps what was already derived
        from the rows (the franchise and topic indexes) instead of building it again on the next topical query."""
        copy = dataclasses.replace(self, editorial=editorial)
        for derived in ("franchises", "topic_index", "_topic_rows"):
            if derived in self.__dict__:
                copy.__dict__[derived] = self.__dict__[derived]
        return copy

    def __post_init__(self) -> None:
        if self.rating_codes is None:
            codes = {r: i for i, r in enumerate(RATINGS)}
            self.rating_codes = np.array([codes.get(r, UNKNOWN) for r in self.ratings], np.int8)
        if not self.row_of:
            self.row_of = {sid: i for i, sid in enumerate(self.source_ids)}
        if not self.rows_by_title:
            by_title: dict[str, list[int]] = defaultdict(list)
            for i, t in enumerate(self.titles):
                by_title[t.lower()].append(i)
            self.rows_by_title = dict(by_title)

    def __len__(self) -> int:
        return len(self.source_ids)

    @property
    def newest_year(self) -> int | None:
        """The newest known release year: what "recent" / "old" are relative to (never today's date,
        since a catalog is a snapshot; the bundled one ends in 2021)."""
        known = self.years[self.years != UNKNOWN]
        return int(known.max()) if len(known) else None

    @property
    def newest_added(self) -> int | None:
        """The newest known ``date_added`` (a day ordinal): what "just added" is relative to, never today."""
        if self.added is None:
            return None
        known = self.added[self.added != UNKNOWN]
        return int(known.max()) if len(known) else None

    def genres_of(self, row: int) -> list[str]:
        bits = int(self.genre_bits[row])
        return [g.id for g in GENRES if bits >> GENRE_BITS[g.id] & 1]

    def type_of(self, row: int) -> str:
        return MEDIA_TYPES[int(self.types[row])]


class _TopicTexts:
    """Each row's text as the topic lookup reads it: its title, then its embedded text (kind, tags, synopsis) or, when
    the snapshot has none, its synopsis."""

    def __init__(self, snapshot: CatalogSnapshot) -> None:
        self.s = snapshot

    def __len__(self) -> int:
        return len(self.s.titles)

    def __getitem__(self, row: int) -> str:
        s = self.s
        body = s.texts[row] if s.texts else (s.descriptions[row] if s.descriptions else "")
        return f"{s.titles[row]}. {body}"


def prior_from(years: np.ndarray, popularity: np.ndarray | None, this_year: int) -> np.ndarray:
    """Recency (and popularity when the catalog has it) squashed into [0, 1]."""
    known = years != UNKNOWN
    age = np.where(known, this_year - years, 40).clip(0, 80).astype(np.float32)
    recency = np.exp(-age / 15.0).astype(np.float32)
    if popularity is None:
        return recency
    has_pop = ~np.isnan(popularity)
    return np.where(has_pop, 0.5 * recency + 0.5 * np.nan_to_num(popularity), recency).astype(np.float32)


# Tags that say where or how a title was made, not what it is: in a vector they pull every "International
# Movies" title together and dilute the synopsis (country and language count in recommender.similarity).
PLACE_TAGS = re.compile(r"\b(international|independent)\b|^(british|korean|spanish-language) tv shows$"
                        r"|^(tv shows|movies)$", re.IGNORECASE)


def embedding_text(type_: str, tags: list[str], description: str) -> str:
    """What the embedding model reads for an item: its kind, the tags that say what kind of title it is,
    and the synopsis ("Movie. Documentaries. As her father nears the end of his life, …").

    Tags that only say where or how a title was made (``PLACE_TAGS``) are left out, measured by
    ``mediabot eval recommendations`` (docs/benchmarks.md, "Item texts"): held-back synopsis phrases
    find their title more often (recall@10 0.548 → 0.582) and every other figure holds or improves.
    Synopsis-first texts scored higher on topics still but let a liked title's vector outweigh an
    explicit query ("a funny family movie"), so the kind stays first. Titles and names are left out
    too: they are matched exactly by the NLU and the filters, and in a vector they pull "like Stranger
    Things" towards every title containing "Stranger".
    """
    kinds = ", ".join(t for t in tags if not PLACE_TAGS.search(t))
    return ". ".join(p.rstrip(". ") for p in (type_, kinds, description) if p)


# Stand-up (round 22f). Netflix's series tag "Stand-Up Comedy & Talk Shows" files talk shows (Letterman's interviews,
# Korean variety panels, after-shows) beside stand-up series, and the importer maps it onto both genres. One rule decides
# the stand-up genre of a title under that tag: it is stand-up only when its own title or synopsis says so — stand-up,
# a comedian or comic, a special, a set, live performances, taking the stage, a roast. Otherwise it keeps the talk show
# (and comedy) genres alone. The movie tag "Stand-Up Comedy" is stand-up whatever its text. The filters, the reasons and
# the echoed genres all read the snapshot's genre bits, so a request for stand-up gets the specials and the stand-up
# series, and "a talk show" still finds every title of the tag.
MIXED_STAND_UP_TAG = "Stand-Up Comedy & Talk Shows"
STAND_UP_TAG = "Stand-Up Comedy"
STAND_UP_SAID = re.compile(r"\bstand[\s-]?ups?\b|\bcomedians?\b|\bcomics?\b|\bspecials?\b|\bcomedy\s+(?:sets?|tours?|superstar)\b"
                           r"|\blive\s+performances?\b|\btakes?\s+the\s+stage\b|\broast", re.IGNORECASE)


def stand_up_genres(genres: list[str], tags: list[str], title: str, description: str) -> list[str]:
    """``genres`` without stand-up for a title filed only under the mixed tag whose text does not say stand-up (above)."""
    if "stand-up" not in genres or MIXED_STAND_UP_TAG not in tags or STAND_UP_TAG in tags:
        return genres
    return genres if STAND_UP_SAID.search(f"{title}. {description}") else [g for g in genres if g != "stand-up"]


def load_snapshot(factory: sessionmaker[Session]) -> CatalogSnapshot:
    """Read the whole catalog from SQL into columns (about a second for the bundled catalog)."""
    with factory() as session:
        items = session.execute(select(
            Item.id, Item.source_id, Item.title, Item.type, Item.release_year, Item.runtime_minutes,
            Item.seasons, Item.rating, Item.popularity, Item.description, Item.source,
            Item.date_added).order_by(Item.id)).all()
        row_of_pk = {it.id: i for i, it in enumerate(items)}
        genres = _group(session.execute(select(ItemGenre.item_id, ItemGenre.genre)), row_of_pk)
        tags = _group(session.execute(select(ItemTag.item_id, ItemTag.tag)), row_of_pk)
        countries = _group(session.execute(
            select(ItemCountry.item_id, ItemCountry.country).order_by(ItemCountry.position)), row_of_pk)
        languages = _group(session.execute(select(ItemLanguage.item_id, ItemLanguage.language)), row_of_pk)
        credits = session.execute(select(Credit.item_id, Credit.role, Person.name)
                                  .join(Person, Person.id == Credit.person_id).order_by(Credit.position)).all()
    cast: dict[int, list[str]] = defaultdict(list)
    directors: dict[int, list[str]] = defaultdict(list)
    for pk, role, name in credits:
        (directors if role == "director" else cast)[row_of_pk[pk]].append(name)

    n = len(items)
    years = np.array([it.release_year if it.release_year is not None else UNKNOWN for it in items], np.int16)
    popularity = np.array([it.popularity if it.popularity is not None else np.nan for it in items], np.float32)
    added = np.array([it.date_added.toordinal() if it.date_added else UNKNOWN for it in items], np.int32)
    seasons = np.array([it.seasons or UNKNOWN for it in items], np.int16)
    return CatalogSnapshot(
        source_ids=[it.source_id for it in items],
        titles=[it.title for it in items],
        types=np.array([TYPE_CODES.get(it.type, 0) for it in items], np.int8),
        years=years,
        runtimes=np.array([it.runtime_minutes or UNKNOWN for it in items], np.int32),
        seasons=seasons,
        ratings=[it.rating for it in items],
        audience=np.array([AUDIENCES.index(RATING_AUDIENCE[it.rating]) if it.rating in RATING_AUDIENCE
                           else UNKNOWN for it in items], np.int8),
        genre_bits=np.array([genre_mask(stand_up_genres(genres.get(i, []), tags.get(i, []), it.title,
                                                        it.description or "")) for i, it in enumerate(items)], np.uint64),
        prior=_catalog_prior(items, years, added, seasons, popularity, countries, cast, directors),
        added=added,
        countries=_inverted(_with_tag_countries(countries, tags), str.lower),
        languages=_inverted(languages, str.lower),
        actors=_inverted(cast, str.lower),
        directors=_inverted(directors, str.lower),
        descriptions=[it.description or "" for it in items],
        country_lists=[tuple(countries.get(i, ())) for i in range(n)],
        cast_lists=[tuple(dict.fromkeys(sys.intern(x.lower()) for x in cast.get(i, ()))) for i in range(n)],
        director_lists=[tuple(dict.fromkeys(sys.intern(x.lower()) for x in directors.get(i, ()))) for i in range(n)],
        texts=[embedding_text(it.type, tags.get(i, []), it.description or "") for i, it in enumerate(items)],
        sources=[sys.intern(it.source) for it in items],
    )


def _catalog_prior(items, years, added, seasons, popularity, countries, cast, directors) -> np.ndarray:  # type: ignore[no-untyped-def]
    """recommender.prior over the loaded rows (series rarely credit a director: they are not penalised)."""
    n = len(items)
    series = np.array([it.type == "series" for it in items], bool)
    facts = prior.completeness(
        np.array([len(it.description or "") >= 40 for it in items], bool),
        np.array([bool(directors.get(i)) for i in range(n)], bool) | series,
        np.array([len(cast.get(i, ())) for i in range(n)], np.int32),
        np.array([bool(it.rating) for it in items], bool),
        np.array([bool(it.runtime_minutes or it.seasons) for it in items], bool),
        np.array([bool(countries.get(i)) for i in range(n)], bool))
    return prior.catalog_prior(years, added, np.array([len(countries.get(i, ())) for i in range(n)], np.int32),
                               seasons, facts, popularity if not np.isnan(popularity).all() else None, UNKNOWN)


def _group(rows, row_of_pk: dict[int, int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for pk, value in rows:
        out[row_of_pk[pk]].append(value)
    return out


def _with_tag_countries(countries: dict[int, list[str]], tags: dict[int, list[str]]) -> dict[int, list[str]]:
    """The countries a filter should see: the country column plus the origin a Netflix tag states
    (``NETFLIX_TAG_COUNTRIES``); what a viewer is shown (``country_lists``) stays the column."""
    merged = {row: list(values) for row, values in countries.items()}
    for row, row_tags in tags.items():
        for tag in row_tags:
            if tag in NETFLIX_TAG_COUNTRIES and NETFLIX_TAG_COUNTRIES[tag] not in merged.setdefault(row, []):
                merged[row].append(NETFLIX_TAG_COUNTRIES[tag])
    return merged


def _inverted(values: dict[int, list[str]], norm) -> dict[str, np.ndarray]:
    inv: dict[str, list[int]] = defaultdict(list)
    for row, vals in values.items():
        for v in dict.fromkeys(norm(x) for x in vals):
            inv[v].append(row)
    return {k: np.array(sorted(v), np.int64) for k, v in inv.items()}
