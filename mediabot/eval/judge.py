"""The judge of ``mediabot eval dialogue``: the raw catalog CSV and the checks of one turn.

Every check is written from the CSV's own columns (never from the bot's constraint echo), so the figures
say what a viewer would see. The vocabulary of checks is in tests/dialogue/eval/README.md. A little over
~300 lines because the catalog reader and the checks it feeds are read together.
"""

from __future__ import annotations

import csv
import re
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contract.settings import PROJECT_ROOT

CATALOG_CSV = PROJECT_ROOT / "catalogs" / "netflix-titles" / "netflix_titles.csv"

# --- the catalog, read raw ---------------------------------------------------------------------------

# Maturity levels: one ordinal scale over the movie and the TV ratings of the CSV.
# NR / UR / empty are unknown: they never satisfy a rating cap.
RATING_LEVEL = {
    "TV-Y": 0, "TV-G": 0, "G": 0,
    "TV-Y7": 1, "TV-Y7-FV": 1,
    "PG": 2, "TV-PG": 2,
    "PG-13": 3, "TV-14": 3,
    "R": 4, "TV-MA": 4,
    "NC-17": 5,
}

# Netflix tags grouped into genre families (used by genre_* checks and by "like <title>" similarity).
# Tags that say nothing about the genre (International Movies, Independent Movies, Korean TV Shows, ...)
# belong to no family.
FAMILIES = {
    "Action & Adventure": "action", "TV Action & Adventure": "action",
    "Anime Features": "anime", "Anime Series": "anime",
    "Children & Family Movies": "kids", "Kids' TV": "kids",
    "Classic & Cult TV": "classic", "Classic Movies": "classic", "Cult Movies": "classic",
    "Comedies": "comedy", "TV Comedies": "comedy", "Stand-Up Comedy": "comedy",
    "Stand-Up Comedy & Talk Shows": "comedy",
    "Crime TV Shows": "crime",
    "Documentaries": "documentary", "Docuseries": "documentary",
    "Dramas": "drama", "TV Dramas": "drama",
    "Faith & Spirituality": "faith",
    "Horror Movies": "horror", "TV Horror": "horror",
    "LGBTQ Movies": "lgbtq",
    "Music & Musicals": "music",
    "Reality TV": "reality",
    "Romantic Movies": "romance", "Romantic TV Shows": "romance",
    "Sci-Fi & Fantasy": "scifi", "TV Sci-Fi & Fantasy": "scifi",
    "Science & Nature TV": "science",
    "Sports Movies": "sports",
    "Teen TV Shows": "teen",
    "TV Mysteries": "mystery",
    "Thrillers": "thriller", "TV Thrillers": "thriller",
}


@dataclass(frozen=True)
class Row:
    id: str
    type: str
    title: str
    directors: tuple[str, ...]
    cast: tuple[str, ...]
    countries: tuple[str, ...]
    year: int | None
    rating: str
    minutes: int | None
    seasons: int | None
    listed_in: tuple[str, ...]

    @property
    def families(self) -> frozenset[str]:
        return frozenset(FAMILIES[t] for t in self.listed_in if t in FAMILIES)


def _split(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (value or "").split(",") if p.strip())


def _number(text: str, unit: str) -> int | None:
    m = re.fullmatch(rf"\s*(\d+)\s*{unit}s?\s*", text or "", re.I)
    return int(m.group(1)) if m else None


def load_catalog(path: Path = CATALOG_CSV) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rating, duration = (r.get("rating") or "").strip(), (r.get("duration") or "").strip()
            if not duration and _number(rating, "min") is not None:  # 3 rows carry the runtime in `rating`
                duration, rating = rating, ""
            year = (r.get("release_year") or "").strip()
            rows[r["show_id"]] = Row(
                id=r["show_id"], type=r["type"].strip(), title=r["title"].strip(),
                directors=_split(r.get("director", "")), cast=_split(r.get("cast", "")),
                countries=_split(r.get("country", "")), year=int(year) if year.isdigit() else None,
                rating=rating, minutes=_number(duration, "min"), seasons=_number(duration, "Season"),
                listed_in=_split(r.get("listed_in", "")))
    return rows


# --- the judge ---------------------------------------------------------------------------------------

@dataclass
class Context:
    """What the viewer has seen so far in this conversation (for checks relative to earlier answers)."""

    previous: list[Row] = field(default_factory=list)      # items of the last turn that showed items
    shown_ids: set[str] = field(default_factory=set)      # every item shown earlier in the conversation


def _lower(names: Iterable[str]) -> set[str]:
    return {n.casefold() for n in names}


def _level(rating: str) -> int | None:
    return RATING_LEVEL.get(rating)


def _median(values: list[int]) -> float | None:
    return statistics.median(values) if values else None


def check_item(row: Row, expect: Mapping[str, Any], catalog: Mapping[str, Row] | None = None,
               ctx: Context | None = None) -> list[str]:
    """Every way ``row`` breaks ``expect`` (empty list: the item satisfies every stated constraint)."""
    bad: list[str] = []
    e = expect
    if "type" in e and row.type != e["type"]:
        bad.append(f"type {row.type} is not {e['type']}")
    tags = set(row.listed_in)
    if "listed_in_any" in e and not tags & set(e["listed_in_any"]):
        bad.append(f"listed_in {sorted(tags)} has none of {e['listed_in_any']}")
    for group in e.get("listed_in_each", []):
        if not tags & set(group):
            bad.append(f"listed_in {sorted(tags)} has none of {group}")
    if "not_listed_in" in e and tags & set(e["not_listed_in"]):
        bad.append(f"listed_in has excluded {sorted(tags & set(e['not_listed_in']))}")
    fams = row.families
    if "genre_any" in e and not fams & set(e["genre_any"]):
        bad.append(f"genres {sorted(fams)} have none of {e['genre_any']}")
    if "genre_all" in e and not set(e["genre_all"]) <= fams:
        bad.append(f"genres {sorted(fams)} lack {sorted(set(e['genre_all']) - fams)}")
    if "not_genre" in e and fams & set(e["not_genre"]):
        bad.append(f"genres include excluded {sorted(fams & set(e['not_genre']))}")
    if "max_minutes" in e and (row.minutes is None or row.minutes > e["max_minutes"]):
        bad.append(f"runtime {row.minutes} not <= {e['max_minutes']} min")
    if "min_minutes" in e and (row.minutes is None or row.minutes < e["min_minutes"]):
        bad.append(f"runtime {row.minutes} not >= {e['min_minutes']} min")
    if "seasons_min" in e and (row.seasons is None or row.seasons < e["seasons_min"]):
        bad.append(f"seasons {row.seasons} not >= {e['seasons_min']}")
    if "seasons_max" in e and (row.seasons is None or row.seasons > e["seasons_max"]):
        bad.append(f"seasons {row.seasons} not <= {e['seasons_max']}")
    if "max_rating" in e:
        cap, lvl = _level(e["max_rating"]), _level(row.rating)
        if lvl is None or cap is None or lvl > cap:
            bad.append(f"rating {row.rating or 'unknown'} above {e['max_rating']}")
    if "rating_in" in e and row.rating not in e["rating_in"]:
        bad.append(f"rating {row.rating or 'unknown'} not in {e['rating_in']}")
    if "year_min" in e and (row.year is None or row.year < e["year_min"]):
        bad.append(f"year {row.year} < {e['year_min']}")
    if "year_max" in e and (row.year is None or row.year > e["year_max"]):
        bad.append(f"year {row.year} > {e['year_max']}")
    countries = set(row.countries)
    if "country_any" in e and not countries & set(e["country_any"]):
        bad.append(f"countries {sorted(countries)} have none of {e['country_any']}")
    if "not_country" in e and countries & set(e["not_country"]):
        bad.append(f"country {sorted(countries & set(e['not_country']))} excluded")
    cast = _lower(row.cast)
    if "cast_all" in e and not _lower(e["cast_all"]) <= cast:
        bad.append(f"cast lacks {sorted(_lower(e['cast_all']) - cast)}")
    if "cast_any" in e and not _lower(e["cast_any"]) & cast:
        bad.append(f"cast has none of {e['cast_any']}")
    if "director_any" in e and not _lower(e["director_any"]) & _lower(row.directors):
        bad.append(f"directors {list(row.directors)} have none of {e['director_any']}")
    if "not_ids" in e and row.id in e["not_ids"]:
        bad.append(f"{row.id} was excluded by the viewer")
    if "similar_to" in e:
        bad.extend(_similar(row, catalog.get(e["similar_to"]) if catalog else None, e["similar_to"]))
    if "any_of" in e and all(check_item(row, alt, catalog, ctx) for alt in e["any_of"]):
        bad.append(f"matches none of the alternatives {e['any_of']}")
    if ctx is not None:
        bad.extend(_relative(row, e, ctx))
    return bad


def _similar(row: Row, ref: Row | None, ref_id: str) -> list[str]:
    if ref is None:
        return [f"unknown reference title {ref_id}"]
    if row.id == ref.id:
        return [f"is the reference title {ref.title!r} itself"]
    if ref.families and not row.families & ref.families:
        return [f"shares no genre with {ref.title!r} ({sorted(ref.families)})"]
    return []


def _relative(row: Row, e: Mapping[str, Any], ctx: Context) -> list[str]:
    """Checks against what the viewer saw before (skipped, not failed, when there is nothing to compare)."""
    bad: list[str] = []
    prev = ctx.previous
    if e.get("new_titles") and row.id in ctx.shown_ids:
        bad.append(f"{row.id} {row.title!r} was already shown")
    n = e.get("not_prev_pos")
    if n and len(prev) >= n and row.id == prev[n - 1].id:
        bad.append(f"{row.id} is the item #{n} the viewer rejected")
    n = e.get("similar_to_prev_pos")
    if n and len(prev) >= n:
        bad.extend(_similar(row, prev[n - 1], prev[n - 1].id))
    minutes = _median([r.minutes for r in prev if r.minutes is not None])
    if e.get("shorter_than_prev") and minutes is not None and (row.minutes is None or row.minutes >= minutes):
        bad.append(f"runtime {row.minutes} not shorter than the previous list (median {minutes})")
    if e.get("longer_than_prev") and minutes is not None and (row.minutes is None or row.minutes <= minutes):
        bad.append(f"runtime {row.minutes} not longer than the previous list (median {minutes})")
    years = _median([r.year for r in prev if r.year is not None])
    if e.get("newer_than_prev") and years is not None and (row.year is None or row.year <= years):
        bad.append(f"year {row.year} not newer than the previous list (median {years})")
    if e.get("older_than_prev") and years is not None and (row.year is None or row.year >= years):
        bad.append(f"year {row.year} not older than the previous list (median {years})")
    return bad


def catalog_matches(catalog: Mapping[str, Row], expect: Mapping[str, Any], ctx: Context | None = None) -> int:
    """How many catalog titles satisfy the turn's expectations (0: an honest no-result is right)."""
    return sum(1 for row in catalog.values() if not check_item(row, expect, catalog, ctx))


# Meaningless words a shown reason must never quote. Written from general English (function words),
# chat filler and hedges, negation words, request and conversation verbs, and units: none of them says
# anything about a title's content. (The second block of CHAT_FILLER was added after the first baseline
# run showed quoted "nothing", "hates", "vein": general English words the first list had missed.)
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours yourself yourselves like also
am let lets let's get got go going make made put take want wants wanted need needs would could should might
must may shall ok okay well really actually maybe perhaps probably still even ever yet though although
""".split())
CHAT_FILLER = frozenset("""
um uh uhh umm hmm hm hmmm er erm eh ah oh ooh lol lmao haha hahaha omg idk tbh imo btw pls plz plzz please
thx thanks thank ty yeah yea yep yup ya yah nah nope no-no gonna wanna gotta kinda sorta dunno lemme gimme
thats whats im ive dont cant wont isnt didnt doesnt aint u ur r y hey hi hello yo sup something somethin
somethng smth sth anything anythin stuff thing things whatever watch watching watched see seen show shows
movie movies film films flick flicks series tv tonight today tomorrow weekend now good nice great cool fine
else another one ones new newer newest old older recent latest minutes minute mins min hour hours hr hrs
season seasons episode episodes long short shorter longer bit lil little pretty super quite rather
ugh meh honestly literally basically anyway anyways seriously totally
no not nothing none never without except nobody neither
like likes liked love loves loved hate hates hated enjoy enjoyed prefer care mind guess think know keep ask
asking find give tell help recommend suggest looking put using similar same kind sort type vibe vibes vein
""".split())
_QUOTE = re.compile(r"(?:^|(?<=[\s(:·,]))['\"‘“]([^'\"‘’“”]{1,80}?)['\"’”](?=$|[\s,.;:)·!?])")
_WORD = re.compile(r"[a-z0-9']+")


def junk_quotes(reason: str | None) -> list[str]:
    """The quoted phrases of a reason that are meaningless: one filler word, or only function words."""
    junk = []
    for phrase in _QUOTE.findall(reason or ""):
        words = [w.strip("'") for w in _WORD.findall(phrase.casefold())]
        words = [w for w in words if w]
        if not words or any(w in CHAT_FILLER for w in words) or all(w in STOPWORDS for w in words):
            junk.append(phrase)
    return junk


@dataclass
class TurnVerdict:
    passed: bool
    expected_picks: bool | None        # True: the catalog has matches and picks were asked for
    catalog_matches: int | None
    items: int
    items_ok: int
    junk_items: int
    failures: list[str]
    junk: list[str]
    warnings: list[str]


def judge_turn(items: list[Mapping[str, Any]], expect: Mapping[str, Any], catalog: Mapping[str, Row],
               ctx: Context | None = None) -> TurnVerdict:
    """Judge the items shown for one turn (wire dicts with at least ``id``) against its expectations."""
    ctx = ctx or Context()
    failures: list[str] = []
    warnings: list[str] = []
    expected_picks: bool | None = None
    matches: int | None = None
    if "picks" in expect:
        matches = catalog_matches(catalog, expect, ctx)
        expected_picks = matches > 0
        if bool(expect["picks"]) != expected_picks:
            warnings.append(f"set says picks={expect['picks']} but the catalog has {matches} matches; "
                            f"judged by the catalog")
        if expected_picks and not items:
            failures.append(f"no picks, but the catalog has {matches} matching titles")
        if not expected_picks and items:
            failures.append(f"showed {len(items)} items where nothing in the catalog matches "
                            "(expected an honest no-result)")
    items_ok = junk_items = 0
    junk: list[str] = []
    for item in items:
        row = catalog.get(str(item.get("id")))
        if row is None:
            failures.append(f"{item.get('id')} {item.get('title')!r}: not a show_id of the catalog")
            continue
        bad = check_item(row, expect, catalog, ctx)
        if bad:
            failures.append(f"{row.id} {row.title!r}: " + "; ".join(bad))
        else:
            items_ok += 1
        quoted = junk_quotes(item.get("reason"))
        if quoted:
            junk_items += 1
            junk.append(f"{row.id} reason {item.get('reason')!r} quotes {quoted}")
    return TurnVerdict(passed=not failures, expected_picks=expected_picks, catalog_matches=matches,
                       items=len(items), items_ok=items_ok, junk_items=junk_items, failures=failures,
                       junk=junk, warnings=warnings)
