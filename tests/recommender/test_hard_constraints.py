"""Hard constraints are exact: checked against an independent oracle over the parsed fixture records.

The oracle below restates the contract (docs/contracts.md §1, DESIGN.md) in plain Python, field by
field, without the snapshot, the numpy filters or the vocabulary's audience table. Seeded random
constraint combinations are checked both ways: every row the filters keep satisfies every hard
constraint, and every row satisfying them is kept (``total_matches`` is exact too).
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from pydantic import ValidationError

from recommender.catalog.records import ItemRecord
from contract import wording
from contract.vocabulary import AUDIENCES, GENRE_IDS, NETFLIX_TAG_COUNTRIES, RATINGS, ratings_for_audience
from recommender.constraints import Constraints, RecommendationRequest
from recommender.filters import hard_mask
from recommender.snapshot import stand_up_genres

# The maturity ladder as the foundation issue states it: each audience includes the ones before it.
KIDS = {"TV-Y", "TV-Y7", "TV-Y7-FV", "TV-G", "G"}
# Issue 10 ("who is watching") adds a level below kids for the youngest viewers (docs/contracts.md
# "Age mapping"): TV-Y7 is made for ages 7 and up.
PRESCHOOL = {"TV-Y", "TV-G", "G"}
AUDIENCE_RATINGS = {
    "preschool": PRESCHOOL,
    "kids": KIDS,
    "family": KIDS | {"PG", "TV-PG"},
    "teen": KIDS | {"PG", "TV-PG", "PG-13", "TV-14"},
    "adult": KIDS | {"PG", "TV-PG", "PG-13", "TV-14", "R", "TV-MA", "NC-17"},
}
QUERIES = ["space adventure", "a funny family movie", "true crime", "romantic drama in paris", "monsters"]


def within(value: int | None, lo: int | None, hi: int | None) -> bool:
    """A range constraint (either end optional); an unknown value never satisfies a bound."""
    if lo is None and hi is None:
        return True
    return value is not None and (lo is None or value >= lo) and (hi is None or value <= hi)


def served_genres(r: ItemRecord) -> set[str]:
    """The genres the recommender serves for a record: the importer's, the stand-up rule applied (round 22f)."""
    return set(stand_up_genres(list(r.genres), list(r.tags), r.title, r.description or ""))


def satisfies(r: ItemRecord, c: Constraints) -> bool:
    """The contract, literally. Unknown values never satisfy a constraint on their field."""
    if not set(c.genres) <= served_genres(r):
        return False
    if set(c.exclude_genres) & served_genres(r):
        return False
    if c.media_type and r.type not in c.media_type:
        return False
    if not within(r.runtime_minutes, c.min_minutes, c.max_minutes):
        return False
    if c.audience and r.rating not in AUDIENCE_RATINGS[c.audience]:
        return False
    if c.ratings and r.rating not in c.ratings:
        return False
    if not within(r.release_year, c.year_min, c.year_max):
        return False
    origins = {x.lower() for x in r.countries} | {NETFLIX_TAG_COUNTRIES[t].lower() for t in r.tags
                                                  if t in NETFLIX_TAG_COUNTRIES}  # "British TV Shows": UK
    if c.countries and not {x.lower() for x in c.countries} & origins:
        return False
    if c.languages and not set(c.languages) & set(r.languages):
        return False
    if c.actors and not {x.lower() for x in c.actors} <= {x.lower() for x in r.cast}:
        return False
    if c.directors and not {x.lower() for x in c.directors} & {x.lower() for x in r.directors}:
        return False
    return r.source_id not in c.exclude_ids


def random_case(rng: random.Random, s: str) -> str:
    return rng.choice([s, s.lower(), s.upper()])


def random_bounds(rng: random.Random, keys: tuple[str, str], lo: int, hi: int) -> dict[str, int]:
    """The lower bound, the upper bound or both, under the constraint's two field names."""
    which = rng.choice(["min", "max", "both"])
    return {key: bound for key, bound, end in zip(keys, (lo, hi), ("min", "max")) if which in (end, "both")}


def random_constraints(rng: random.Random, records: list[ItemRecord]) -> dict[str, Any]:
    """A random mix of hard constraints, mostly derived from one item so that many combos match."""
    seed = rng.choice(records)
    other = rng.choice(records)
    c: dict[str, Any] = {}
    p = 0.35
    if rng.random() < p:
        pool = list(seed.genres) if seed.genres and rng.random() < 0.8 else sorted(GENRE_IDS)
        c["genres"] = rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2])))
    if rng.random() < 0.2:
        choices = sorted(GENRE_IDS - set(c.get("genres", [])))
        c["exclude_genres"] = rng.sample(choices, k=rng.choice([1, 2]))
    if rng.random() < p:
        c["media_type"] = rng.choice([seed.type, ["movie", "series"], "special", "series"])
    if rng.random() < p:
        base = seed.runtime_minutes or rng.randint(20, 150)
        lo, hi = max(0, base - rng.randint(0, 40)), base + rng.randint(0, 40)
        c.update(random_bounds(rng, ("min_minutes", "max_minutes"), lo, hi))
    if rng.random() < p:
        c["audience"] = rng.choice(AUDIENCES)
    if rng.random() < 0.15:
        c["ratings"] = rng.sample(RATINGS, k=rng.choice([1, 2, 3]))
    if rng.random() < p:
        lo, hi = seed.release_year - rng.randint(0, 10), seed.release_year + rng.randint(0, 5)
        c.update(random_bounds(rng, ("year_min", "year_max"), lo, hi))
    if rng.random() < 0.25:
        pool = [*seed.countries, *other.countries] or ["United States"]
        c["countries"] = [random_case(rng, x) for x in rng.sample(pool, k=min(len(pool), rng.choice([1, 2])))]
    if rng.random() < 0.25:
        pool = [*seed.languages, *other.languages] or ["en"]
        c["languages"] = rng.sample(pool, k=min(len(pool), rng.choice([1, 2])))
    if rng.random() < 0.15 and seed.cast:
        c["actors"] = [random_case(rng, x) for x in rng.sample(seed.cast, k=min(len(seed.cast), rng.choice([1, 1, 2])))]
    if rng.random() < 0.1 and (seed.directors or other.directors):
        c["directors"] = [random_case(rng, x) for x in (*seed.directors, *other.directors)][:2]
    if rng.random() < 0.2:
        c["exclude_ids"] = [seed.source_id, *(r.source_id for r in rng.sample(records, 3))]
    return c


def valid_combinations(records: list[ItemRecord], n: int, seed: int) -> list[Constraints]:
    rng = random.Random(seed)
    out: list[Constraints] = []
    while len(out) < n:
        try:
            out.append(Constraints.model_validate(random_constraints(rng, records)))
        except ValidationError:
            continue  # e.g. min above max: refused at the boundary, not a filtering question
    return out


@pytest.fixture(scope="module")
def snapshot(fixture_catalog_url: str) -> Any:
    from recommender.catalog.db import make_engine, session_factory
    from recommender.snapshot import load_snapshot

    return load_snapshot(session_factory(make_engine(fixture_catalog_url)))


@pytest.fixture(scope="module")
def records_by_id(netflix_small_records: list[ItemRecord]) -> dict[str, ItemRecord]:
    return {r.source_id: r for r in netflix_small_records}


def kept_ids(snapshot: Any, c: Constraints) -> set[str]:
    excluded = [snapshot.row_of[i] for i in c.exclude_ids if i in snapshot.row_of]
    mask = hard_mask(snapshot, c, excluded)
    return {snapshot.source_ids[i] for i in mask.nonzero()[0]}


# --- the filters against the oracle ----------------------------------------------------------------

def test_filters_keep_exactly_the_items_satisfying_every_hard_constraint(snapshot, netflix_small_records) -> None:
    combos = valid_combinations(netflix_small_records, 600, seed=1)
    sizes = []
    for c in combos:
        expected = {r.source_id for r in netflix_small_records if satisfies(r, c)}
        assert kept_ids(snapshot, c) == expected, c.public()
        sizes.append(len(expected))
    # the generator really exercises both empty and non-trivial answers
    assert sum(s == 0 for s in sizes) >= 30
    assert sum(0 < s < 596 for s in sizes) >= 300


def test_recommendations_satisfy_every_hard_constraint(fixture_recommender, netflix_small_records, records_by_id) -> None:
    rng = random.Random(2)
    combos = valid_combinations(netflix_small_records, 90, seed=3)
    non_empty = 0
    for i, c in enumerate(combos):
        query = QUERIES[i % len(QUERIES)] if i % 3 == 0 else None
        limit = rng.choice([1, 5, 12])
        answer = fixture_recommender.recommend(RecommendationRequest(constraints=c, query=query, limit=limit))
        expected = {r.source_id for r in netflix_small_records if satisfies(r, c)}
        ids = [it["id"] for it in answer["items"]]
        assert set(ids) <= expected, (c.public(), set(ids) - expected)
        assert len(ids) == len(set(ids)) == min(limit, len(expected))
        assert answer["total_matches"] == len(expected)
        for item in answer["items"]:  # what the client sees agrees with the source row
            rec = records_by_id[item["id"]]
            assert (item["duration_minutes"], item["seasons"], item["rating"], item["year"]) == \
                   (rec.runtime_minutes, rec.seasons, rec.rating, rec.release_year)
            assert set(item["genres"]) == served_genres(rec)
        non_empty += bool(ids)
    assert non_empty >= 40


# --- unknown values --------------------------------------------------------------------------------

@pytest.mark.parametrize("constraints", [
    {"min_minutes": 0},
    {"max_minutes": 100_000},
    {"min_minutes": 1, "max_minutes": 100_000},
])
def test_unknown_runtime_never_satisfies_a_runtime_constraint(snapshot, records_by_id, constraints) -> None:
    kept = kept_ids(snapshot, Constraints(**constraints))
    assert kept == {sid for sid, r in records_by_id.items() if r.runtime_minutes is not None}
    assert not any(records_by_id[sid].type == "series" for sid in kept)
    assert len(kept) == 384


def test_series_with_a_runtime_bound_match_nothing_and_say_so(fixture_recommender) -> None:
    request = RecommendationRequest(constraints={"media_type": "series", "max_minutes": 60})
    answer = fixture_recommender.recommend(request)
    assert answer["items"] == [] and answer["total_matches"] == 0
    asked = wording.describe(request.constraints.public())  # the one wording of a constraint summary
    assert "series" in asked and "60 min" in asked
    assert answer["message"].startswith(f"Nothing in the catalog matches {asked}.")


def test_unknown_year_never_satisfies_a_year_constraint(snapshot) -> None:
    assert (snapshot.years >= 0).all()  # the fixture has every year; the filter must still require one
    c = Constraints(year_min=1800)
    assert kept_ids(snapshot, c) == set(snapshot.source_ids)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_audience_keeps_only_ratings_of_that_audience_or_milder(snapshot, records_by_id, audience: str) -> None:
    kept = kept_ids(snapshot, Constraints(audience=audience))
    assert kept == {sid for sid, r in records_by_id.items() if r.rating in AUDIENCE_RATINGS[audience]}


@pytest.mark.parametrize("audience", AUDIENCES)
def test_unrated_and_not_rated_items_never_satisfy_an_audience(snapshot, records_by_id, audience: str) -> None:
    unrated = {sid for sid, r in records_by_id.items() if r.rating in (None, "NR", "UR")}
    assert {"s5542", "s5795", "s5814", "s7848"} <= unrated  # 3 runtimes-as-rating rows, 2 NR rows
    assert not kept_ids(snapshot, Constraints(audience=audience)) & unrated


def test_kids_audience_recommendations_are_all_kids_ratings(fixture_recommender) -> None:
    answer = fixture_recommender.recommend(RecommendationRequest(constraints={"audience": "kids"}, limit=50))
    assert len(answer["items"]) == 50
    assert {it["rating"] for it in answer["items"]} <= KIDS
    assert all("fine for young kids" in it["reason"] for it in answer["items"])


def test_vocabulary_maps_ratings_to_audiences_as_the_issue_states() -> None:
    assert {a: set(ratings_for_audience(a)) for a in AUDIENCES} == AUDIENCE_RATINGS


# --- explicit semantics of many-valued fields ----------------------------------------------------------

@pytest.mark.parametrize(("constraints", "expected"), [
    ({"actors": ["Louis C.K."]}, {"s5542", "s5795", "s5814"}),
    ({"actors": ["louis c.k."]}, {"s5542", "s5795", "s5814"}),                  # case-insensitive
    ({"actors": ["Louis C.K.", "Jane Fonda"]}, set()),                          # all of
    ({"directors": ["Louis C.K.", "Bruno Garotti"]}, {"s5542", "s5795", "s5814", "s14", "s3748"}),  # any of
    ({"actors": ["Louis C.K."], "year_min": 2015}, {"s5542", "s5814"}),
    ({"genres": ["comedy", "stand-up"], "countries": ["mexico"]}, {"s5679"}),   # genres: all of
])
def test_many_valued_fields_follow_the_contract(snapshot, constraints: dict, expected: set) -> None:
    assert kept_ids(snapshot, Constraints(**constraints)) == expected


def test_exclusions_from_body_and_constraints_are_both_honoured(fixture_recommender) -> None:
    base = RecommendationRequest(constraints={"actors": ["Louis C.K."]})
    assert {it["id"] for it in fixture_recommender.recommend(base)["items"]} == {"s5542", "s5795", "s5814"}
    request = RecommendationRequest(constraints={"actors": ["Louis C.K."], "exclude_ids": ["s5542"]},
                                    exclude_ids=["s5795"])
    answer = fixture_recommender.recommend(request)
    assert [it["id"] for it in answer["items"]] == ["s5814"]
    assert answer["total_matches"] == 1
    assert sorted(answer["constraints"]["exclude_ids"]) == ["s5542", "s5795"]


def test_exclude_genres_removes_every_item_with_that_genre(fixture_recommender) -> None:
    answer = fixture_recommender.recommend(RecommendationRequest(
        query="scary ghost story", constraints={"exclude_genres": ["horror", "thriller"]}, limit=20))
    assert len(answer["items"]) == 20
    assert not any({"horror", "thriller"} & set(it["genres"]) for it in answer["items"])
