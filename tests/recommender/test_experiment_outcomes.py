"""What viewers did per variant, counted from impressions made by real recommender calls (SQLite and
PostgreSQL): requests, zero results, likes, "tell me more" and refinements."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy import update

from recommender.constraints import RecommendationRequest
from recommender.experiment_outcomes import REFINE_WINDOW, Outcomes, experiments_seen, tally
from recommender.experiments import Experiments, parse
from recommender.ops_models import Impression

NOTHING = {"genres": ["horror"], "audience": "preschool"}  # no title of the fixture catalog fits


def running(name: str = "exp") -> Experiments:
    return parse({"experiments": [{"name": name, "running": True, "variants": [{"name": "a"}, {"name": "b"}]}]})


def viewers_in(exps: Experiments, variant: str) -> Any:
    return (f"viewer-{i}" for i in itertools.count() if exps.assign(f"viewer-{i}").variant == variant)


def ask(rec: Any, user: str, **constraints: Any) -> dict[str, Any]:
    return rec.recommend(RecommendationRequest.model_validate({"constraints": constraints, "user_id": user}))


def test_each_variant_counts_what_its_viewers_did(editable_recommender: Any) -> None:
    rec = editable_recommender
    rec.experiments = running()
    a, b = viewers_in(rec.experiments, "a"), viewers_in(rec.experiments, "b")

    liker = next(a)  # likes a title, asks about it, then refines ("shorter"): 2 requests, 2 impressions
    first = ask(rec, liker, genres=["comedy"])
    rec.record_feedback(liker, first["items"][0]["id"], "like")
    rec.record_feedback(liker, first["items"][1]["id"], "like")  # two likes, one liked impression
    rec.item(first["items"][2]["id"], liker)
    ask(rec, liker, genres=["comedy"], max_minutes=100)
    unlucky = next(a)  # nothing matched, then asked again: a zero result, not a refined impression
    ask(rec, unlucky, **NOTHING)
    ask(rec, unlucky, genres=["drama"])
    quiet = next(b)  # one list, nothing done with it
    ask(rec, quiet, genres=["drama"])

    assert tally(rec.factory, "exp") == {
        "a": Outcomes("a", requests=4, zero=1, impressions=3, liked=1, details=1, refined=1),
        "b": Outcomes("b", requests=1, zero=0, impressions=1, liked=0, details=0, refined=0),
    }
    assert experiments_seen(rec.factory) == ["exp"]


def test_a_request_after_the_refine_window_is_a_new_search(editable_recommender: Any) -> None:
    rec = editable_recommender
    rec.experiments = running()
    viewer = next(viewers_in(rec.experiments, "a"))
    older = ask(rec, viewer, genres=["comedy"])["impression_id"]
    ask(rec, viewer, genres=["drama"])
    with rec.factory.begin() as session:  # the first list was shown just over the window earlier
        shown_at = dt.datetime.now(dt.timezone.utc) - REFINE_WINDOW - dt.timedelta(minutes=1)
        session.execute(update(Impression).where(Impression.id == older).values(created_at=shown_at))
    assert tally(rec.factory, "exp")["a"].refined == 0


def test_only_the_named_experiment_and_period_are_counted(editable_recommender: Any) -> None:
    rec = editable_recommender
    rec.experiments = running("newx1")
    ask(rec, next(viewers_in(rec.experiments, "a")), genres=["comedy"])
    rec.experiments = running("new_1")  # '_' matches only itself (LIKE escaping): newx1 is not new_1
    ask(rec, next(viewers_in(rec.experiments, "b")), genres=["comedy"])
    assert set(tally(rec.factory, "newx1")) == {"a"} and set(tally(rec.factory, "new_1")) == {"b"}
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=1)
    assert tally(rec.factory, "newx1", since=later) == {}
    assert set(tally(rec.factory, "newx1", since=later - dt.timedelta(minutes=5))) == {"a"}
    assert experiments_seen(rec.factory) == ["new_1", "newx1"]
