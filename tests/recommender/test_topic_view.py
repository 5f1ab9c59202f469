"""The synopsis view of subject requests (recommender.topic_view): a title about the asked subject wins
over one whose synopsis merely mentions it, and kind words ("a funny family movie") keep the kind view.

The ranking tests run the real recommender on the fixture catalog with and without the view (the same
snapshot, vectors and model), so each states what the view changes."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from recommender import topic_view
from recommender.constraints import RecommendationRequest
from recommender.service import Recommender

KIDNAPPING_PLOT = "s4189"      # Echcharikkai: "After kidnapping a millionaire's daughter, two men …"
KIDNAPPING_MENTIONED = "s5032"  # Forgotten: an amnesiac brother; "… the truth behind the kidnapping" at the end


@pytest.fixture(scope="module")
def kind_view_only(fixture_recommender: Any) -> Recommender:
    """The fixture recommender without the synopsis view: what a subject request was ranked by before."""
    rec = fixture_recommender
    return Recommender(rec.snapshot, rec.vectors, rec.embedder, factory=rec.factory)


def _ids(rec: Recommender, query: str, limit: int = 5) -> list[str]:
    return [it["id"] for it in rec.recommend(RecommendationRequest(query=query, limit=limit))["items"]]


def test_a_subject_request_puts_the_title_about_it_before_one_that_mentions_it(
        fixture_recommender: Any, kind_view_only: Recommender) -> None:
    with_view = _ids(fixture_recommender, "kidnapping")
    assert with_view.index(KIDNAPPING_PLOT) < with_view.index(KIDNAPPING_MENTIONED)


def test_without_the_view_the_mention_wins(kind_view_only: Recommender) -> None:
    """The contrast that makes the test above mean something: the kind view alone ranks the mention first."""
    without = _ids(kind_view_only, "kidnapping")
    assert without.index(KIDNAPPING_MENTIONED) < without.index(KIDNAPPING_PLOT)


def test_kind_words_keep_the_kind_view(fixture_recommender: Any, kind_view_only: Recommender) -> None:
    """"a funny family movie" names kinds, not subjects: the view must not rank synopses about families."""
    assert _ids(fixture_recommender, "a funny family movie") == _ids(kind_view_only, "a funny family movie")


@pytest.mark.parametrize(("query", "share"), [
    ("heist", 1.0),
    ("zombie apocalypse", 1.0),
    ("world war two", 1.0),            # "world" alone is no kind word, though "world cinema" is a genre's
    ("a funny family movie", 0.0),
    ("true crime", 0.0),
    ("space", 0.0),                    # a genre synonym (sci-fi): the kind view stays
    ("comedies about dogs", 0.5),
    ("a scary movie about a haunted house", 1 / 3),  # house; scary, haunted ("movie" is filler)
    ("something good tonight", 0.0),   # no content word at all
])
def test_subject_share_counts_subject_words_against_kind_words(query: str, share: float) -> None:
    assert topic_view.subject_share(query) == pytest.approx(share)


def test_the_8_bit_view_keeps_cosines_within_a_hundredth() -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(200, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    query = vectors[0]
    view = topic_view.TopicView.quantize(vectors)
    rows = np.arange(200)
    assert np.abs(view.scores(rows, query) - vectors @ query).max() < 0.01


def test_an_item_without_a_synopsis_keeps_its_kind_text(fixture_recommender: Any) -> None:
    snapshot = fixture_recommender.snapshot
    texts = topic_view.texts(snapshot)
    assert all(t == (d.strip() or k) for t, d, k in zip(texts, snapshot.descriptions, snapshot.texts))
    assert all(texts)
