"""The live catalog: an import while requests are being answered, swapped in without a restart.

Real parts throughout: the fixture catalog in SQLite and PostgreSQL, the real embedding model, the
store's own upsert and removal, and eight threads asking the real recommender while the main thread
imports, bumps the catalog version and refreshes (what ``mediabot import`` and the gateway's poller do).
"""

from __future__ import annotations

import dataclasses
import threading
import time
from typing import Any

from recommender import live
from recommender.catalog.store import upsert
from recommender.constraints import RecommendationRequest

EVERYTHING = RecommendationRequest(limit=50)
NEW_TITLE = "Zanzibar Lighthouse Keepers"


def new_records(records: list[Any], n: int = 5) -> list[Any]:
    """``n`` titles the catalog does not have yet (copies of existing ones under new ids and names)."""
    return [dataclasses.replace(r, source_id=f"new{i}", title=f"{NEW_TITLE} {i}",
                                description=f"Keepers of a lighthouse off Zanzibar, part {i}.")
            for i, r in enumerate(records[:n])]


def test_an_import_is_served_after_refresh_with_new_titles_found_and_removed_ones_gone(
        editable_recommender: Any, netflix_small_records: list[Any]) -> None:
    rec = editable_recommender
    removed = [r.source_id for r in netflix_small_records[-3:]]
    upsert(rec.factory, new_records(netflix_small_records))
    live.remove_items(rec.factory, removed)
    assert not rec.refresh()  # nothing announced yet: the running generation stays
    live.bump_catalog(rec.factory)
    assert rec.refresh()
    assert len(rec.snapshot) == 596 + 5 - 3
    top = rec.recommend(RecommendationRequest(query="lighthouse keepers off zanzibar", limit=5))["items"]
    assert top[0]["title"].startswith(NEW_TITLE)
    assert rec.item("new0")["title"] == f"{NEW_TITLE} 0"
    assert all(rec.item(i) is None for i in removed)
    assert not rec.refresh()  # one swap per version


def test_requests_during_imports_each_see_one_whole_generation(
        editable_recommender: Any, netflix_small_records: list[Any]) -> None:
    """Six imports swapped in while eight threads keep asking: every answer is exactly the answer of one
    generation (told apart by its catalog size), never a mix, and no request fails."""
    rec = editable_recommender
    requests = [EVERYTHING, RecommendationRequest(query="lighthouse keepers off zanzibar", limit=10)]
    expected: dict[int, list[list[str]]] = {}  # catalog size -> the answer to each request

    def answer(request: RecommendationRequest) -> tuple[int, list[str]]:
        got = rec.recommend(request)
        return got["total_matches"], [it["id"] for it in got["items"]]

    def remember() -> None:
        with rec.one_generation():
            expected[len(rec.snapshot)] = [answer(r)[1] for r in requests]

    errors: list[BaseException] = []
    answers: list[tuple[int, int, list[str]]] = []
    stop = threading.Event()

    def ask() -> None:
        while not stop.is_set():
            for i, request in enumerate(requests):
                try:
                    answers.append((i, *answer(request)))
                except BaseException as exc:  # noqa: BLE001 (any failure is the finding)
                    errors.append(exc)

    remember()
    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    fresh = new_records(netflix_small_records, 30)
    for gen in range(6):  # each import: five new titles, one removed
        upsert(rec.factory, fresh[5 * gen:5 * gen + 5])
        live.remove_items(rec.factory, [netflix_small_records[gen].source_id])
        live.bump_catalog(rec.factory)
        assert rec.refresh()
        remember()
        time.sleep(0.2)
    stop.set()
    for t in threads:
        t.join()

    assert not errors, errors[:3]
    assert len(expected) == 7 and len(answers) > 100
    for i, total, ids in answers:
        assert total in expected, total
        assert ids == expected[total][i], "an answer mixed two generations"
    assert len({total for _, total, _ in answers}) >= 4, "answers came from several generations"
