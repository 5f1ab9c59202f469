"""Experiments: the file's rules, deterministic balanced assignment, and variants applied by real recommender
calls (SQLite and PostgreSQL) with the variant recorded on each impression."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import select

from recommender import experiments
from recommender.constraints import RecommendationRequest
from recommender.experiments import ExperimentsFileError, bucket, parse
from recommender.ops_models import Impression

KEYS = 100_000
TOLERANCE = 0.01


def running(*variants: dict[str, Any], name: str = "exp") -> experiments.Experiments:
    return parse({"experiments": [{"name": name, "running": True, "variants": list(variants)}]})


def shares(exps: experiments.Experiments) -> dict[str, float]:
    counts = Counter(exps.assign(f"viewer-{i}").variant for i in range(KEYS))
    return {name: n / KEYS for name, n in counts.items()}


# --- assignment -------------------------------------------------------------------------------------


def test_two_equal_variants_split_100k_viewers_within_one_percent() -> None:
    got = shares(running({"name": "a"}, {"name": "b"}))
    assert set(got) == {"a", "b"}
    assert all(abs(share - 0.5) < TOLERANCE for share in got.values()), got


def test_shares_split_viewers_in_proportion_within_one_percent() -> None:
    got = shares(running({"name": "control", "share": 2}, {"name": "b"}, {"name": "c"}))
    assert abs(got["control"] - 0.5) < TOLERANCE and abs(got["b"] - 0.25) < TOLERANCE \
        and abs(got["c"] - 0.25) < TOLERANCE, got


def test_assignment_is_a_pure_function_of_viewer_and_experiment() -> None:
    # Pinned values: changing the hash would move every viewer of a running experiment to another variant.
    assert bucket("viewer-1", "exp") == pytest.approx(0.581775, abs=1e-6)
    first = running({"name": "a"}, {"name": "b"})
    again = running({"name": "a"}, {"name": "b"})  # e.g. another gateway process, or after a restart
    assert [first.assign(f"k{i}") for i in range(1000)] == [again.assign(f"k{i}") for i in range(1000)]


def test_two_experiments_split_viewers_independently() -> None:
    one, two = running({"name": "a"}, {"name": "b"}, name="one"), running({"name": "a"}, {"name": "b"}, name="two")
    pairs = Counter((one.assign(f"viewer-{i}").variant, two.assign(f"viewer-{i}").variant) for i in range(KEYS))
    assert all(abs(n / KEYS - 0.25) < TOLERANCE for n in pairs.values()), pairs


def test_anonymous_viewers_and_stopped_experiments_get_no_variant() -> None:
    assert running({"name": "a"}, {"name": "b"}).assign(None) is None
    stopped = parse({"experiments": [{"name": "exp", "variants": [{"name": "a"}, {"name": "b"}]}]})
    assert stopped.assign("viewer-1") is None


# --- the file ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "names"), [
    ({"experiments": [{"name": "exp", "variants": [{"name": "a"}]}]}, "experiments.0.variants"),
    ({"experiments": [{"name": "exp", "variants": [{"name": "a"}, {"name": "b", "diversty": 1}]}]},
     "experiments.0.variants.1.diversty"),
    ({"experiments": [{"name": "Exp 1", "variants": [{"name": "a"}, {"name": "b"}]}]}, "experiments.0.name"),
    ({"experiments": [{"name": "exp", "variants": [{"name": "a"}, {"name": "a"}]}]}, "repeat"),
    ({"experiments": [{"name": "exp", "variants": [{"name": "a"}, {"name": "b", "items": 0}]}]},
     "experiments.0.variants.1.items"),
    ({"experiments": [{"name": n, "running": True, "variants": [{"name": "a"}, {"name": "b"}]} for n in ("x", "y")]},
     "only one experiment may run"),
], ids=["one-variant", "unknown-key", "bad-name", "repeated-variant", "no-items", "two-running"])
def test_a_bad_file_is_refused_with_the_entry_named(data: Any, names: str) -> None:
    with pytest.raises(ExperimentsFileError, match=names):
        parse(data, "experiments.yml")


def test_a_missing_file_means_no_experiment_and_the_shipped_one_is_valid(tmp_path: Path) -> None:
    assert experiments.load(tmp_path / "nope.yml").running is None
    shipped = experiments.load(Path(__file__).resolve().parents[2] / "experiments.yml")
    assert shipped.specs and shipped.running is None  # an example, not running until an operator says so


# --- through the real recommender -------------------------------------------------------------------


def viewer_in(exps: experiments.Experiments, variant: str, skip: int = 0) -> str:
    """A viewer key the experiment puts in ``variant`` (the ``skip``-th one found)."""
    found = (f"viewer-{i}" for i in itertools.count() if exps.assign(f"viewer-{i}").variant == variant)
    return next(itertools.islice(found, skip, None))


def ask(rec: Any, user: str | None, **body: Any) -> dict[str, Any]:
    return rec.recommend(RecommendationRequest.model_validate({**body, "user_id": user}))


def label_of(rec: Any, impression_id: str) -> str | None:
    with rec.factory() as session:
        return session.scalar(select(Impression.variant).where(Impression.id == impression_id))


def test_the_variant_sets_the_list_length_and_is_recorded_on_the_impression(editable_recommender: Any) -> None:
    rec = editable_recommender
    rec.experiments = running({"name": "five"}, {"name": "three", "items": 3}, name="length")
    short, standard = viewer_in(rec.experiments, "three"), viewer_in(rec.experiments, "five")
    a = ask(rec, short, constraints={"genres": ["comedy"]})
    b = ask(rec, standard, constraints={"genres": ["comedy"]})
    assert len(a["items"]) == 3 and len(b["items"]) == 5
    assert label_of(rec, a["impression_id"]) == "length:three" and label_of(rec, b["impression_id"]) == "length:five"
    # a viewer who asked for a number gets it, whatever the variant
    assert len(ask(rec, short, constraints={"genres": ["comedy"]}, limit=2)["items"]) == 2
    # an answer with nothing in it is recorded too (the zero-result rate), with its variant
    empty = ask(rec, short, constraints={"genres": ["horror"], "audience": "preschool"})
    assert empty["items"] == [] and label_of(rec, empty["impression_id"]) == "length:three"
    with rec.factory() as session:
        assert json.loads(session.scalar(select(Impression.item_ids).where(Impression.id == empty["impression_id"]))) == []


def test_without_a_running_experiment_impressions_carry_no_variant(editable_recommender: Any) -> None:
    rec = editable_recommender
    answer = ask(rec, "viewer-none", constraints={"genres": ["comedy"]})
    assert len(answer["items"]) == 5 and label_of(rec, answer["impression_id"]) is None


def mean_similarity(rec: Any, items: list[dict[str, Any]]) -> float:
    v = rec.vectors[[rec.snapshot.row_of[it["id"]] for it in items]].astype(np.float32)
    sims = v @ v.T
    return float((sims.sum() - np.trace(sims)) / (len(v) * (len(v) - 1)))


def test_a_stronger_diversity_variant_gives_a_more_varied_list(editable_recommender: Any) -> None:
    rec = editable_recommender
    rec.experiments = running({"name": "none", "diversity": 0.0}, {"name": "strong", "diversity": 2.0}, name="div")
    plain = ask(rec, viewer_in(rec.experiments, "none"), query="space adventure", limit=8)["items"]
    varied = ask(rec, viewer_in(rec.experiments, "strong"), query="space adventure", limit=8)["items"]
    assert mean_similarity(rec, varied) < mean_similarity(rec, plain)


def test_a_variant_without_personalization_ranks_as_for_an_anonymous_viewer(editable_recommender: Any) -> None:
    rec = editable_recommender
    rec.experiments = running({"name": "on"}, {"name": "off", "personalization": False}, name="pers")
    on, off = viewer_in(rec.experiments, "on"), viewer_in(rec.experiments, "off")
    horror = [it["id"] for it in ask(rec, None, constraints={"genres": ["horror"]}, limit=4)["items"]]
    for viewer in (on, off):
        for item_id in horror:
            rec.record_feedback(viewer, item_id, "like")
    anonymous = [it["id"] for it in ask(rec, None, query="a story about friendship", exclude_ids=horror)["items"]]
    assert [it["id"] for it in ask(rec, off, query="a story about friendship")["items"]] == anonymous
    assert [it["id"] for it in ask(rec, on, query="a story about friendship")["items"]] != anonymous
    assert rec.personalizes(on) and not rec.personalizes(off)
