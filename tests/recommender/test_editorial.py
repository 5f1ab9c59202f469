"""Editorial rules through real recommender calls, on a real SQLite file and a real PostgreSQL.

Each test stores rules with ``recommender.editorial_store`` (what the CLI and the API call), lets the
recommender pick them up with ``refresh`` (what the gateway's poller calls) and asks for real
recommendations from the fixture catalog with the real embedding model.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from recommender import editorial_store
from recommender.constraints import RecommendationRequest
from recommender.editorial import RuleSpec
from recommender.editorial_store import UnknownTitle

NOW = dt.datetime.now(dt.timezone.utc)


def ask(rec: Any, **body: Any) -> list[dict[str, Any]]:
    return rec.recommend(RecommendationRequest.model_validate(body))["items"]


def ids(rec: Any, **body: Any) -> list[str]:
    return [it["id"] for it in ask(rec, **body)]


def add(rec: Any, **spec: Any) -> None:
    editorial_store.add_rule(rec.factory, RuleSpec(**spec))
    assert rec.refresh()


def test_a_blocked_title_appears_in_no_list_and_has_no_details(editable_recommender: Any) -> None:
    rec = editable_recommender
    top = ids(rec, constraints={"genres": ["horror"]}, limit=3)[0]
    title = rec.item(top)["title"]
    add(rec, kind="block", title=title)
    assert top not in ids(rec, constraints={"genres": ["horror"]}, limit=50)
    assert top not in ids(rec, query=title, limit=50)
    assert top not in ids(rec, constraints={"similar_to": ids(rec, constraints={"genres": ["horror"]})[0]}, limit=50)
    assert rec.item(top) is None


def test_more_like_a_blocked_title_does_not_name_it(editable_recommender: Any) -> None:
    rec = editable_recommender
    seed = ids(rec, constraints={"genres": ["horror"]}, limit=1)[0]
    title = rec.item(seed)["title"]
    add(rec, kind="block", title=seed)
    answer = rec.recommend(RecommendationRequest.model_validate({"constraints": {"similar_to": title}}))
    assert answer["similar_to"] is None and seed not in [it["id"] for it in answer["items"]]
    assert all(title not in it["reason"] for it in answer["items"])


def test_a_window_edge_passing_changes_the_cached_mask(snapshot: Any) -> None:
    """The mask is cached until the next window edge, and recomputed when the clock passes it."""
    from recommender.editorial import Rule, compile_rules

    edge = NOW + dt.timedelta(hours=1)
    rules = compile_rules(snapshot, [Rule(1, "window", "title", "s29", starts_at=edge),
                                     Rule(2, "window", "title", "s14", ends_at=edge)])
    row29, row14 = snapshot.row_of["s29"], snapshot.row_of["s14"]
    before, after = edge.timestamp() - 1, edge.timestamp()
    assert not rules.available(before)[row29] and rules.available(before)[row14]
    assert not rules.available(before)[row29]  # served from the cache
    assert rules.available(after)[row29] and not rules.available(after)[row14]
    assert not rules.available(before)[row29]  # and back: the cache is keyed by the interval


def test_a_window_that_closed_or_has_not_opened_hides_the_title(editable_recommender: Any) -> None:
    rec = editable_recommender
    first, second = ids(rec, constraints={"genres": ["comedy"]}, limit=2)
    add(rec, kind="window", title=first, ends_at=NOW - dt.timedelta(days=1))
    add(rec, kind="window", title=second, starts_at=NOW + dt.timedelta(days=1))
    shown = ids(rec, constraints={"genres": ["comedy"]}, limit=50)
    assert first not in shown and second not in shown


def test_an_open_window_keeps_the_title(editable_recommender: Any) -> None:
    rec = editable_recommender
    first = ids(rec, constraints={"genres": ["comedy"]}, limit=1)[0]
    add(rec, kind="window", title=first, starts_at=NOW - dt.timedelta(days=1), ends_at=NOW + dt.timedelta(days=1))
    assert ids(rec, constraints={"genres": ["comedy"]}, limit=1) == [first]


def test_a_title_licensed_for_other_territories_is_hidden(editable_recommender: Any) -> None:
    rec = editable_recommender  # serves GB
    first, second = ids(rec, constraints={"genres": ["comedy"]}, limit=2)
    add(rec, kind="window", title=first, territories=["us", "ca"])
    add(rec, kind="window", title=second, territories=["GB", "IE"])
    shown = ids(rec, constraints={"genres": ["comedy"]}, limit=50)
    assert first not in shown and second in shown


def test_a_title_pinned_for_a_genre_leads_that_genres_lists_as_featured(editable_recommender: Any) -> None:
    rec = editable_recommender
    last = ids(rec, constraints={"genres": ["comedy"]}, limit=50)[-1]
    add(rec, kind="pin", title=last, for_genre="comedy")
    items = ask(rec, constraints={"genres": ["comedy"]}, limit=5)
    assert items[0]["id"] == last
    assert items[0]["reason"].startswith("featured")
    assert last not in ids(rec, constraints={"genres": ["horror"]}, limit=5)


def test_a_pin_for_everyone_leads_every_list_it_satisfies_but_not_more_like(editable_recommender: Any) -> None:
    rec = editable_recommender
    pinned = ids(rec, constraints={"genres": ["documentary"]}, limit=50)[-1]
    add(rec, kind="pin", title=pinned)
    assert ids(rec, query="space", limit=5)[0] == pinned
    assert ids(rec, constraints={"genres": ["documentary"]}, limit=5)[0] == pinned
    assert pinned not in ids(rec, constraints={"genres": ["horror"]}, limit=50)  # hard constraints still win
    seed = ids(rec, constraints={"genres": ["horror"]}, limit=1)[0]
    assert ids(rec, constraints={"similar_to": seed}, limit=5)[0] != pinned


def test_burying_a_genre_moves_its_titles_down(editable_recommender: Any) -> None:
    rec = editable_recommender
    before = ask(rec, query="family adventure", limit=10)
    buried = [it["id"] for it in before if "kids" in it["genres"]]
    assert buried, "the query should bring kids' titles"
    add(rec, kind="bury", genre="kids", weight=2.0)
    after = ask(rec, query="family adventure", limit=10)
    assert not [it for it in after if "kids" in it["genres"]]


def test_boosting_a_title_moves_it_up(editable_recommender: Any) -> None:
    rec = editable_recommender
    order = ids(rec, constraints={"genres": ["drama"]}, limit=20)
    add(rec, kind="boost", title=order[-1], weight=1.0)
    assert ids(rec, constraints={"genres": ["drama"]}, limit=3)[0] == order[-1]


def test_a_source_rule_reaches_every_title_of_that_source(editable_recommender: Any) -> None:
    rec = editable_recommender
    before = ask(rec, constraints={"genres": ["comedy"]}, limit=5)
    add(rec, kind="bury", source="netflix", weight=0.5)  # every fixture title comes from the Netflix file
    after = ask(rec, constraints={"genres": ["comedy"]}, limit=5)
    assert [it["id"] for it in after] == [it["id"] for it in before]
    assert [it["score"] for it in after] == pytest.approx([it["score"] - 0.5 for it in before], abs=1e-3)


def test_personalization_off_ranks_a_fan_like_anyone_else(editable_recommender: Any) -> None:
    rec = editable_recommender
    horror = ids(rec, constraints={"genres": ["horror"]}, limit=3)
    for item_id in horror:
        rec.record_feedback("fan", item_id, "like")
        rec.record_feedback("someone", item_id, "seen")  # the same titles excluded, no taste profile
    assert ids(rec, user_id="fan", limit=10) != ids(rec, user_id="someone", limit=10)
    editorial_store.set_personalization(rec.factory, False)
    assert rec.refresh()
    assert ids(rec, user_id="fan", limit=10) == ids(rec, user_id="someone", limit=10)


def test_removing_a_rule_restores_the_title(editable_recommender: Any) -> None:
    rec = editable_recommender
    top = ids(rec, constraints={"genres": ["comedy"]}, limit=1)[0]
    rule = editorial_store.add_rule(rec.factory, RuleSpec(kind="block", title=top))
    rec.refresh()
    assert editorial_store.remove_rule(rec.factory, rule.id)
    assert rec.refresh()
    assert ids(rec, constraints={"genres": ["comedy"]}, limit=1) == [top]


def test_a_title_rule_accepts_a_title_and_stores_its_id(editable_recommender: Any) -> None:
    rule = editorial_store.add_rule(editable_recommender.factory, RuleSpec(kind="block", title="dark skies"))
    assert rule.target == "s29"
    with pytest.raises(UnknownTitle):
        editorial_store.add_rule(editable_recommender.factory, RuleSpec(kind="block", title="No Such Film"))


@pytest.mark.parametrize("spec", [
    {"kind": "block", "genre": "comedy"},                       # blocks name a title
    {"kind": "boost", "title": "x", "genre": "comedy"},         # one target
    {"kind": "boost", "genre": "sitcoms"},                      # unknown genre
    {"kind": "pin", "title": "x", "for_genre": "nope"},
    {"kind": "window", "title": "x"},                           # a window needs an edge or territories
    {"kind": "window", "title": "x", "starts_at": "2030-01-02", "ends_at": "2030-01-01"},
    {"kind": "boost", "title": "x", "weight": 0},
    {"kind": "mute", "title": "x"},
])
def test_incoherent_rules_are_refused(spec: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        RuleSpec(**spec)
