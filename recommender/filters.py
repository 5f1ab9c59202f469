"""Hard-constraint filtering over the columnar snapshot.

Every hard constraint becomes a boolean mask; the answer is their conjunction. A value the catalog
does not know (no runtime for a series, no rating) never satisfies a constraint on that field, so
the bot can promise that every item shown really matches what the viewer asked for.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from contract.constraints import split_kind
from contract.vocabulary import AUDIENCES, COUNTRY_LANGUAGES, LANGUAGE_NAMES, RATINGS, genres_moods_rule_out
from recommender import editorial
from recommender.constraints import Constraints
from recommender.snapshot import TYPE_CODES, UNKNOWN, CatalogSnapshot, genre_mask

MaskFn = Callable[[CatalogSnapshot, Constraints], np.ndarray | None]


def _rows(snapshot: CatalogSnapshot, index: dict[str, np.ndarray], keys: list[str], mode: str) -> np.ndarray:
    """Rows whose many-valued field contains any (or all) of ``keys``, via the inverted index."""
    empty = np.zeros(len(snapshot), bool)
    masks = []
    for key in keys:
        m = empty.copy()
        m[index.get(key.lower(), np.empty(0, np.int64))] = True
        masks.append(m)
    return np.logical_or.reduce(masks) if mode == "any" else np.logical_and.reduce(masks)


def _genres(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    if not c.genres:
        return None
    want = genre_mask(c.genres)
    return (s.genre_bits & want) == want


def _any_genres(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    """"Comedy or horror": at least one of the genres."""
    if not c.any_genres:
        return None
    return (s.genre_bits & genre_mask(c.any_genres)) != 0


def _exclude_genres(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    """Genres ruled out, and those the moods rule out (``contract.vocabulary.MOOD_RULES_OUT``: no horror in a cosy,
    light or feel-good list unless horror is asked for): hard, so relaxation never offers to let the latter in."""
    ruled_out = [*c.exclude_genres, *genres_moods_rule_out(c.mood, [*c.genres, *c.any_genres])]
    if not ruled_out:
        return None
    return (s.genre_bits & genre_mask(ruled_out)) == 0


def _media_type(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    if not c.media_type:
        return None
    return np.isin(s.types, [TYPE_CODES[t] for t in c.media_type])


def _between(values: np.ndarray, low: int | None, high: int | None) -> np.ndarray | None:
    """Known values within [low, high]; None when neither bound is set (no constraint)."""
    if low is None and high is None:
        return None
    m = values != UNKNOWN
    if low is not None:
        m &= values >= low
    if high is not None:
        m &= values <= high
    return m


def _runtime(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    return _between(s.runtimes, c.min_minutes, c.max_minutes)


def _seasons(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    """Season counts: only series know theirs, so a movie (unknown seasons) never satisfies them."""
    return _between(s.seasons, c.min_seasons, c.max_seasons)


def _maturity(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    masks = []
    if c.audience:
        masks.append((s.audience != UNKNOWN) & (s.audience <= AUDIENCES.index(c.audience)))
    if c.ratings:
        masks.append(np.isin(s.rating_codes, [RATINGS.index(r) for r in c.ratings]))
    return np.logical_and.reduce(masks) if masks else None


def _years(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    return _between(s.years, c.year_min, c.year_max)


def _added(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    """"Just added": within ``added_days`` of the catalog's newest addition (unknown dates never match)."""
    newest = s.newest_added
    if c.added_days is None or newest is None or s.added is None:
        return None if c.added_days is None else np.zeros(len(s), bool)
    return s.added >= newest - int(c.added_days) + 1


def _countries(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    return _rows(s, s.countries, c.countries, "any") if c.countries else None


def _languages(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    return _rows(s, s.languages, c.languages, "any") if c.languages else None


def _known_without(s: CatalogSnapshot, index: dict[str, np.ndarray], keys: list[str]) -> np.ndarray:
    """Rows whose field is known and holds none of ``keys`` ("nothing Korean": an item whose language
    the catalog does not know might be Korean, so it does not satisfy the exclusion)."""
    known = np.zeros(len(s), bool)
    for rows in index.values():
        known[rows] = True
    return known & ~_rows(s, index, keys, "any")


def _exclude_countries(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    return _known_without(s, s.countries, c.exclude_countries) if c.exclude_countries else None


def _exclude_languages(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    """"Not spanish": no row in the language, nor from a country where it is spoken (round 25c: the catalog infers a
    row's language from its tags first, so a Spanish production filed under "British TV Shows" reads as English; a
    viewer turning the language down means its countries too). A country asked for by name stays ("from Spain, but
    not in Spanish")."""
    if not c.exclude_languages:
        return None
    spoken = [country for country, code in COUNTRY_LANGUAGES.items()
              if code in c.exclude_languages and country not in c.countries]
    mask = _known_without(s, s.languages, c.exclude_languages)
    return mask & ~_rows(s, s.countries, spoken, "any") if spoken else mask


def _exclude_origin_genres(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    """"No telenovelas" (drama@es), "no true crime" (crime+documentary): rows with EVERY genre of the kind (and, when
    the kind names an origin, from that origin: a language code, else a country) are left out; a row with only some of
    the genres stays, and so does the genre from elsewhere and a row whose origin the catalog does not know (it is no
    more likely from there than from anywhere)."""
    if not c.exclude_origin_genres:
        return None
    keep = np.ones(len(s), bool)
    for value in c.exclude_origin_genres:
        kind = split_kind(value)
        if kind is None:
            continue
        genres, origin = kind
        want = genre_mask(list(genres))
        hit = (s.genre_bits & want) == want
        if origin is not None:
            hit &= _rows(s, s.languages if origin in LANGUAGE_NAMES else s.countries, [origin], "any")
        keep &= ~hit
    return keep


def _exclude_topics(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    """"No superhero stuff", "not baking": rows whose name, tags or synopsis name a topic (its word family or a related
    word, contract.topics) are left out; looked up in the snapshot's word index (``CatalogSnapshot.topic_rows``), built
    once, never a scan of every synopsis per request."""
    if not c.exclude_topics:
        return None
    keep = np.ones(len(s), bool)
    for topic in c.exclude_topics:
        keep[s.topic_rows(topic)] = False
    return keep


def _actors(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    return _rows(s, s.actors, c.actors, "all") if c.actors else None


def _directors(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    return _rows(s, s.directors, c.directors, "any") if c.directors else None


def _any_people(s: CatalogSnapshot, c: Constraints) -> np.ndarray | None:
    """"Ali Wong or Iliza Shlesinger": at least one of them, acting or directing."""
    if not c.any_people:
        return None
    return _rows(s, s.actors, c.any_people, "any") | _rows(s, s.directors, c.any_people, "any")


# constraint field -> the mask it contributes (fields sharing a function are evaluated once)
FIELD_MASKS: dict[str, MaskFn] = {
    "genres": _genres, "exclude_genres": _exclude_genres, "media_type": _media_type,
    "min_minutes": _runtime, "max_minutes": _runtime, "min_seasons": _seasons, "max_seasons": _seasons,
    "audience": _maturity, "ratings": _maturity,
    "year_min": _years, "year_max": _years, "countries": _countries, "languages": _languages,
    "actors": _actors, "directors": _directors, "any_people": _any_people,
    "any_genres": _any_genres, "exclude_countries": _exclude_countries, "exclude_languages": _exclude_languages,
    "added_days": _added, "exclude_origin_genres": _exclude_origin_genres, "exclude_topics": _exclude_topics,
}


def hard_mask(snapshot: CatalogSnapshot, c: Constraints, excluded_rows: list[int] | None = None) -> np.ndarray:
    """Rows satisfying every hard constraint and not excluded by id (release years relative to the
    catalog are resolved first: ``Constraints.with_absolute_years``)."""
    c = c.with_absolute_years(snapshot.newest_year)
    mask = np.ones(len(snapshot), bool)
    for fn in dict.fromkeys(FIELD_MASKS.values()):
        m = fn(snapshot, c)
        if m is not None:
            mask &= m
    shown = editorial.available(snapshot)  # blocked titles and closed windows, on every path
    if shown is not None:
        mask &= shown
    if excluded_rows:
        mask[excluded_rows] = False
    return mask
