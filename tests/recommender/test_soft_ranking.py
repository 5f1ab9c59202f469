"""Soft signals rank (free text, similar_to, mood), ranking is diverse, and every item says why it is there.

All of it runs the real embedding model on the fixture catalog; expectations are stated as properties
of what comes back (genres, descriptions, title stems), not as exact orders.
"""

from __future__ import annotations

import random
import re
from typing import Any

import numpy as np
import pytest

from recommender.constraints import Constraints, RecommendationRequest
from recommender.ranking import rank, title_stem
from recommender.snapshot import CatalogSnapshot

SPACE = re.compile(r"\b(space|spaceship|starship|alien|interstellar|astronaut|planet|galax)", re.I)


def top(rec: Any, query: str | None = None, limit: int = 5, **constraints: Any) -> list[dict[str, Any]]:
    return rec.recommend(RecommendationRequest(query=query, constraints=constraints, limit=limit))["items"]


def first_rank(items: list[dict[str, Any]], predicate) -> int | None:
    return next((i for i, it in enumerate(items, 1) if predicate(it)), None)


# --- free text ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "predicate", "within"), [
    ("space", lambda it: "sci-fi" in it["genres"] or SPACE.search(it["description"]), 3),
    ("outer space", lambda it: "sci-fi" in it["genres"] or SPACE.search(it["description"]), 3),
    ("aliens invade earth", lambda it: "sci-fi" in it["genres"] and SPACE.search(it["description"]), 1),
    ("stand-up comedy special", lambda it: "stand-up" in it["genres"], 1),
    ("soccer football team", lambda it: "sports" in it["genres"], 1),
    ("dinosaurs", lambda it: re.search(r"dino|jurassic", it["description"] + it["title"], re.I), 1),
    ("zombie apocalypse", lambda it: "zombie" in it["description"].lower(), 1),
], ids=["space", "outer-space", "aliens", "stand-up", "soccer", "dinosaurs", "zombies"])
def test_free_text_ranks_a_matching_item_first_or_nearly(fixture_recommender, query, predicate, within) -> None:
    items = top(fixture_recommender, query)
    rank_ = first_rank(items, predicate)
    assert rank_ is not None and rank_ <= within, [(it["title"], it["genres"]) for it in items]


def test_diversity_never_lifts_an_unrelated_title_over_a_relevant_one(fixture_recommender) -> None:
    """Space series resemble each other; diversity may reorder them but not swap them for unrelated titles."""
    items = top(fixture_recommender, "a crew exploring space on a starship")
    spacey = [SPACE.search(it["description"] + " " + it["title"]) or "sci-fi" in it["genres"] for it in items]
    assert sum(map(bool, spacey)) >= 4, [(it["title"], it["genres"]) for it in items]
    assert "s5245" in {it["id"] for it in items}  # Star Trek: Enterprise


def test_a_query_reorders_within_the_hard_constraints(fixture_recommender) -> None:
    festive = re.compile(r"christmas|holiday|navideño|santa", re.I)
    plain = top(fixture_recommender, None, genres=["comedy"], max_minutes=40)
    themed = top(fixture_recommender, "a christmas holiday special", genres=["comedy"], max_minutes=40)
    assert sum(bool(festive.search(it["title"] + it["description"])) for it in themed[:3]) >= 2
    assert sum(bool(festive.search(it["title"] + it["description"])) for it in plain) <= 1
    assert all("comedy" in it["genres"] and it["duration_minutes"] <= 40 for it in themed)


def test_stand_up_query_fills_the_top_five_with_stand_up(fixture_recommender) -> None:
    items = top(fixture_recommender, "stand-up comedy special")
    assert sum("stand-up" in it["genres"] for it in items) >= 4


def test_scores_are_relevance_ordered_apart_from_diversity(fixture_recommender) -> None:
    """Scores are finite and in a sane cosine range; the first item has the best score of the list."""
    items = top(fixture_recommender, "a heist crew plans a bank robbery", limit=10)
    scores = [it["score"] for it in items]
    assert all(-1.0 <= s <= 1.2 for s in scores)
    assert scores[0] == max(scores)


# --- similar_to --------------------------------------------------------------------------------------

@pytest.mark.parametrize("ref", ["s5245", "Star Trek: Enterprise", "star trek: enterprise", "Star Trek"])
def test_similar_to_resolves_ids_and_titles(fixture_recommender, ref: str) -> None:
    answer = fixture_recommender.recommend(RecommendationRequest(constraints={"similar_to": ref}))
    assert answer["similar_to"] == {"id": "s5245", "title": "Star Trek: Enterprise"}


def test_similar_to_excludes_the_item_itself(fixture_recommender) -> None:
    answer = fixture_recommender.recommend(RecommendationRequest(constraints={"similar_to": "s5245"}, limit=50))
    assert "s5245" not in {it["id"] for it in answer["items"]}
    seed = fixture_recommender.snapshot.row_of["s5245"]
    same_kind = fixture_recommender.similarity.same_kind(seed, np.ones(len(fixture_recommender.snapshot), bool),
                                                         Constraints())
    assert answer["total_matches"] == int(same_kind.sum()) - 1  # the titles of its kind, but itself
    same_title = fixture_recommender.recommend(RecommendationRequest(
        constraints={"similar_to": "Star Trek: Enterprise", "media_type": "series"}, limit=50))
    assert "s5245" not in {it["id"] for it in same_title["items"]}


def test_similar_to_ranks_items_of_the_same_kind(fixture_recommender) -> None:
    items = top(fixture_recommender, None, similar_to="s5245")
    assert sum("sci-fi" in it["genres"] for it in items[:3]) >= 2
    assert all(it["reason"].endswith("like Star Trek: Enterprise") for it in items)


def test_similar_to_an_unknown_title_still_ranks_by_its_words(fixture_recommender) -> None:
    answer = fixture_recommender.recommend(RecommendationRequest(constraints={"similar_to": "Zombieland Forever"}))
    assert answer["similar_to"] is None
    assert len(answer["items"]) == 5
    assert first_rank(answer["items"], lambda it: "zombie" in it["description"].lower()) is not None


# --- mood ---------------------------------------------------------------------------------------------

def test_mood_changes_the_order(fixture_recommender) -> None:
    plain = [it["id"] for it in top(fixture_recommender, None, genres=["comedy"], max_minutes=40)]
    scary = [it["id"] for it in top(fixture_recommender, None, genres=["comedy"], max_minutes=40, mood="scary")]
    cosy = [it["id"] for it in top(fixture_recommender, None, genres=["comedy"], max_minutes=40, mood="feel-good")]
    assert len({tuple(plain), tuple(scary), tuple(cosy)}) == 3


@pytest.mark.parametrize(("mood", "genres", "at_least"), [
    ("scary", {"horror", "thriller"}, 3),
    ("romantic", {"romance"}, 4),
    ("funny", {"comedy"}, 3),
])
def test_mood_pulls_matching_genres_to_the_top(fixture_recommender, mood: str, genres: set, at_least: int) -> None:
    items = top(fixture_recommender, None, mood=mood)
    assert sum(bool(genres & set(it["genres"])) for it in items) >= at_least, [it["genres"] for it in items]


def test_feel_good_mood_keeps_horror_out_of_the_top_five(fixture_recommender) -> None:
    scary = top(fixture_recommender, None, mood="scary")
    cosy = top(fixture_recommender, None, mood="feel-good")
    assert sum("horror" in it["genres"] for it in cosy) == 0 < sum("horror" in it["genres"] for it in scary)


# --- diversity ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "comedian Tim Allen", "Bo Burnham comedy", "dragon riders vikings",
    # ("shadow and bone grisha" left: without the place tags in item texts its pure top five no longer repeats;
    # "Louis C.K. stand-up comedy" and "Colin Quinn" left: a word opening several titles names that franchise, whose
    # titles may then follow one another — tests/recommender/test_franchises.py)
])
def test_top_five_never_repeats_a_title_stem_when_alternatives_exist(fixture_recommender, query: str) -> None:
    rec = fixture_recommender
    scores = rec.vectors @ rec.embedder.encode_query(query)
    raw = [title_stem(rec.snapshot.titles[i]) for i in np.argsort(-scores)[:5]]
    assert len(set(raw)) < 5, "precondition: pure similarity would repeat a franchise"
    stems = [title_stem(it["title"]) for it in top(rec, query)]
    assert len(stems) == len(set(stems)) == 5, stems


def test_diverse_top_five_for_random_requests(fixture_recommender, netflix_small_records) -> None:
    """Whenever the matching titles span at least five stems, the top five has five different stems."""
    rng = random.Random(7)
    queries = [None, "comedy special", "kids cartoon", "dragons", "crime", "christmas", "anime battle"]
    checked = 0
    for _ in range(40):
        constraints: dict[str, Any] = {}
        if rng.random() < 0.6:
            constraints["genres"] = [rng.choice(["comedy", "kids", "drama", "documentary", "anime", "stand-up"])]
        if rng.random() < 0.4:
            constraints["max_minutes"] = rng.choice([30, 45, 90])
        answer = fixture_recommender.recommend(RecommendationRequest(query=rng.choice(queries), constraints=constraints))
        matching = {title_stem(r.title) for r in netflix_small_records
                    if set(constraints.get("genres", [])) <= set(r.genres)
                    and ("max_minutes" not in constraints
                         or (r.runtime_minutes is not None and r.runtime_minutes <= constraints["max_minutes"]))}
        if len(matching) >= 5:
            stems = [title_stem(it["title"]) for it in answer["items"]]
            assert len(set(stems)) == 5, (constraints, stems)
            checked += 1
    assert checked >= 30


def _toy_snapshot(titles: list[str]) -> CatalogSnapshot:
    n = len(titles)
    return CatalogSnapshot(
        source_ids=[f"t{i}" for i in range(n)], titles=titles, types=np.zeros(n, np.int8),
        years=np.full(n, 2020, np.int16), runtimes=np.full(n, 90, np.int32), seasons=np.full(n, -1, np.int16),
        ratings=["TV-14"] * n, audience=np.full(n, 2, np.int8), genre_bits=np.zeros(n, np.uint64),
        prior=np.full(n, 0.5, np.float32))


def test_rank_demotes_a_franchise_that_would_fill_the_top_five() -> None:
    titles = ["Naruto", "Naruto Shippuden: Season 2", "Naruto: Part 3", "Naruto 4", "Naruto - Movie",
              "Bleach", "One Piece", "Death Note", "Monster", "Mushishi"]
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(10, 16)).astype(np.float32)
    vectors[:5] = vectors[0]  # the franchise is five copies of one vector
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    relevance = np.array([0.9, 0.89, 0.88, 0.87, 0.86, 0.5, 0.45, 0.4, 0.35, 0.3], np.float32)
    chosen = rank(_toy_snapshot(titles), vectors, np.arange(10), relevance, 5)
    picked = [titles[c.row] for c in chosen]
    assert picked[0] == "Naruto"
    assert sum(title_stem(t) == "naruto" for t in picked) == 1
    assert len(picked) == 5


def test_rank_still_fills_the_list_when_only_one_franchise_matches() -> None:
    titles = ["Naruto", "Naruto: Part 2", "Naruto: Part 3"]
    vectors = np.ones((3, 4), np.float32) / 2
    chosen = rank(_toy_snapshot(titles), vectors, np.arange(3), np.array([0.9, 0.8, 0.7], np.float32), 5)
    assert [c.row for c in chosen] == [0, 1, 2]


@pytest.mark.parametrize(("title", "stem"), [
    ("Kung Fu Panda: Holiday", "kung fu panda"),
    ("Louis C.K. 2017", "louis c.k."),
    ("Naruto Shippuden: Season 2", "naruto shippuden"),
    ("The Upshaws - The Afterparty", "the upshaws"),
    ("Dragons: Dawn of the Dragon Racers", "dragons"),
    ("Stranger Things 3", "stranger things"),
    ("Vol. 2", "vol. 2"),   # nothing left after stripping: the whole title is the stem
    ("1983", "1983"),
])
def test_title_stem(title: str, stem: str) -> None:
    assert title_stem(title) == stem


# --- reasons ------------------------------------------------------------------------------------------

def test_reason_states_the_matched_genre_first_and_not_the_runtime(fixture_recommender) -> None:
    """The runtime is shown beside every title; the reason never repeats it."""
    for it in top(fixture_recommender, None, limit=10, genres=["comedy"], max_minutes=40):
        assert it["reason"].split(" · ")[0] == "comedy", it["reason"]
        assert f"{it['duration_minutes']} min" not in it["reason"], it["reason"]


def test_reason_names_the_query_word_it_matched(fixture_recommender) -> None:
    items = top(fixture_recommender, "space", limit=10)
    matched = [it for it in items if "matches 'space'" in it["reason"]]
    assert matched and all(re.search(r"\bspace", it["description"], re.I) for it in matched)
    # An item whose text does not contain the word says nothing about the query (issue 10: it used to
    # say "close to 'space'", which quotes words the item does not have).
    assert all("close to" not in it["reason"] and "loosely" not in it["reason"] for it in items)


def test_reason_never_quotes_filler_numbers_or_words_the_item_lacks(fixture_recommender) -> None:
    """Issue 10: "close to 'thats'", "'nope'", "'somethin'" must never be shown to a viewer."""
    junk = ("thats", "nope", "somethin", "pls", "u", "something", "tonight", "2", "the")
    items = top(fixture_recommender, "nope u got somethin thats pls something tonight 2 the space", limit=10)
    for it in items:
        quoted = re.findall(r"'([^']*)'", it["reason"])
        assert not set(quoted) & set(junk), it["reason"]
        assert quoted in ([], ["space"]), it["reason"]


def test_reason_quotes_a_word_only_when_the_item_text_has_it(fixture_recommender) -> None:
    for it in top(fixture_recommender, "war", limit=10):
        if "matches 'war'" in it["reason"]:
            text = " ".join([it["title"], it.get("description") or ""]).lower()
            assert re.search(r"\bwars?\b", text), (it["title"], it["reason"])  # never "warrior"


def test_reason_mentions_the_mood_but_not_the_seasons(fixture_recommender) -> None:
    for it in top(fixture_recommender, None, media_type="series", mood="scary"):
        assert "season" not in it["reason"] and it["reason"].endswith("scary"), it["reason"]


def test_reason_mentions_people_and_audience(fixture_recommender) -> None:
    (first, *_) = top(fixture_recommender, None, actors=["Louis C.K."], audience=None)
    assert "with Louis C.K." in first["reason"]
    kids = top(fixture_recommender, None, audience="kids")
    assert all("fine for young kids" in it["reason"] and it["rating"] not in it["reason"] for it in kids)


def test_every_item_has_the_contract_fields(fixture_recommender) -> None:
    fields = {"id", "title", "type", "year", "duration_minutes", "seasons", "rating", "genres", "reason",
              "description", "countries", "score"}
    for it in top(fixture_recommender, "friendship", limit=20):
        assert fields <= it.keys()
        assert it["reason"] and isinstance(it["genres"], list)
        assert (it["duration_minutes"] is None) == (it["type"] == "series")
