"""Round 28C: "more like <an anime / a children's title / a documentary / a stand-up special>" keeps the anchor's form
(recommender/similarity.py ``ItemSimilarity.same_kind``, ``FORM_KINDS``).

A form genre is what such a title is first of all: "like <an anime series tagged horror and thriller>" must not answer
with live-action horror films that share the "thriller" tag. When the viewer asked for no genre, the candidates are the
titles of the seed's form (all its forms, else any of them); a genre asked for, or a form ruled out, leaves the older
rule (a shared specific genre). Fixture catalog with the real embedding model."""

from __future__ import annotations

from typing import Any

import numpy as np

from recommender.constraints import Constraints, RecommendationRequest
from recommender.similarity import FORM_KINDS


def _similar(rec: Any, ref: str, **constraints: Any) -> list[dict[str, Any]]:
    return rec.recommend(RecommendationRequest(constraints={"similar_to": ref, **constraints}, limit=5))["items"]


def _form_seeds(rec: Any) -> list[tuple[int, set[str]]]:
    sim = rec.similarity
    out = []
    for row in range(len(rec.snapshot)):
        forms = {g for g in FORM_KINDS if sim.genres[row, sim.column[g]]}
        if forms:
            out.append((row, forms))
    return out


def test_like_a_title_of_a_form_answers_titles_of_that_form(fixture_recommender: Any) -> None:
    rec = fixture_recommender
    misses, total = [], 0
    for row, forms in _form_seeds(rec)[::3]:
        for item in _similar(rec, rec.snapshot.source_ids[row]):
            total += 1
            if not forms & set(item["genres"]):
                misses.append((rec.snapshot.titles[row], item["title"], item["genres"]))
    assert total >= 100
    assert not misses, misses[:5]


def test_same_kind_keeps_to_the_seeds_form(fixture_recommender: Any) -> None:
    sim = fixture_recommender.similarity
    row, forms = next((r, f) for r, f in _form_seeds(fixture_recommender)
                      if len(sim.specific_genres(r)) > len(f))  # a seed with a genre besides its form
    narrowed = sim.same_kind(row, np.ones(len(fixture_recommender.snapshot), bool), Constraints())
    assert narrowed.any()
    assert all(any(sim.genres[r, sim.column[g]] for g in forms) for r in np.flatnonzero(narrowed))


def test_a_genre_asked_for_lifts_the_form_rule(fixture_recommender: Any) -> None:
    sim = fixture_recommender.similarity
    row, forms = next((r, f) for r, f in _form_seeds(fixture_recommender)
                      if len(sim.specific_genres(r)) > len(f))
    everything = np.ones(len(fixture_recommender.snapshot), bool)
    asked = next(g for g in sim.specific_genres(row) if g not in forms)
    with_genre = sim.same_kind(row, everything, Constraints(genres=[asked]))
    without = sim.same_kind(row, everything, Constraints())
    assert with_genre.sum() > without.sum()


def test_a_form_ruled_out_is_not_kept(fixture_recommender: Any) -> None:
    sim = fixture_recommender.similarity
    row, forms = next((r, f) for r, f in _form_seeds(fixture_recommender)
                      if len(f) == 1 and len(sim.specific_genres(r)) > 1)
    (form,) = forms
    mask = ~sim.genres[:, sim.column[form]]  # the hard filter of "… but no <form>"
    narrowed = sim.same_kind(row, mask, Constraints(exclude_genres=[form]))
    assert narrowed.any() and not sim.genres[np.flatnonzero(narrowed), sim.column[form]].any()
