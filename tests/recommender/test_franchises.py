"""A franchise named in a free-text query ("lego movies", "spiderman") brings the titles it opens first, one after
another (recommender.franchises); a topic word that is ordinary English changes nothing."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from recommender.constraints import RecommendationRequest
from recommender.franchises import FRANCHISE_BOOST, franchise_rows, with_franchise


def _titles(rec: Any, query: str, **constraints: Any) -> list[str]:
    result = rec.recommend(RecommendationRequest(query=query, constraints=constraints, limit=5))
    return [i["title"] for i in result["items"]]


def test_a_word_opening_several_titles_is_a_franchise(snapshot: Any) -> None:
    rows = franchise_rows(snapshot, "lego stuff")
    assert len(rows) >= 4 and all(snapshot.titles[r].lower().startswith("lego") for r in rows)


@pytest.mark.parametrize("query", ["a movie about love", "dark", "something funny"])
def test_ordinary_words_name_no_franchise(snapshot: Any, query: str) -> None:
    assert len(franchise_rows(snapshot, query)) == 0


def test_the_franchise_titles_lead_and_may_follow_one_another(fixture_recommender: Any) -> None:
    titles = _titles(fixture_recommender, "lego", media_type=["movie"])
    assert all("lego" in t.lower() for t in titles[:3]), titles


def test_a_franchise_is_found_under_its_plain_spelling(fixture_recommender: Any) -> None:
    assert "spider-man" in _titles(fixture_recommender, "spiderman")[0].lower()


def test_hard_constraints_still_rule_the_franchise_titles(fixture_recommender: Any) -> None:
    titles = _titles(fixture_recommender, "lego", media_type=["series"])
    assert titles and all(t in ("LEGO Elves: Secrets of Elvendale", "Lego Friends") or "lego" not in t.lower()
                          for t in titles)


def test_titles_the_retrieval_missed_join_the_pool_raised() -> None:
    rows, relevance = np.array([1, 2]), np.array([0.5, 0.2], np.float32)
    mask = np.ones(6, bool)
    mask[5] = False  # filtered out by a hard constraint: never added
    new_rows, new_rel = with_franchise(rows, relevance, np.array([2, 4, 5]), mask)
    assert list(new_rows) == [1, 2, 4]
    assert new_rel[1] == pytest.approx(0.2 + FRANCHISE_BOOST) and new_rel[2] == pytest.approx(0.2 + FRANCHISE_BOOST)


def test_after_the_franchise_come_titles_of_its_genres(fixture_recommender: Any) -> None:
    result = fixture_recommender.recommend(RecommendationRequest(query="lego", constraints={"media_type": ["movie"]},
                                                                 limit=8))
    lego = [i for i in result["items"] if "lego" in i["title"].lower()]
    kinds = {g for i in lego for g in i["genres"]}
    others = [i for i in result["items"] if i not in lego]
    assert lego and all(kinds & set(i["genres"]) for i in others), [(i["title"], i["genres"]) for i in others]


def test_a_copy_with_other_editorial_rules_keeps_the_franchise_index(snapshot: Any) -> None:
    built = snapshot.franchises
    assert snapshot.with_editorial(None).__dict__.get("franchises") is built
