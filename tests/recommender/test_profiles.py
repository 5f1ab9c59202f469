"""A viewer's stored profile on SQLite and PostgreSQL: export, deletion, retention purge, re-keying."""

from __future__ import annotations

import datetime as dt

from recommender import profiles
from recommender.catalog import store

ME, OTHER = "v1" + "a" * 32, "v1" + "b" * 32


def test_export_holds_everything_and_delete_removes_it_all(catalog_db) -> None:
    f = catalog_db.factory
    store.record_feedback(f, ME, "s1", "like")
    store.record_feedback(f, ME, "s2", "seen")
    store.record_feedback(f, OTHER, "s1", "like")
    profiles.record_events(f, ME, [profiles.NewEvent("e1", "s3", "progress", 0.5, profiles.now())])
    profiles.set_personalize(f, ME, False)
    data = profiles.export(f, ME)
    assert [(x["kind"], x["item_id"]) for x in data["feedback"]] == [("like", "s1"), ("seen", "s2")]
    assert [(x["kind"], x["progress"]) for x in data["viewing_events"]] == [("progress", 0.5)]
    assert data["settings"] == {"personalize": False}
    assert profiles.delete_viewer(f, ME) == {"like": 1, "dislike": 0, "seen": 1, "viewing_events": 1, "settings": 1}
    assert profiles.counts(f, ME) == {"like": 0, "dislike": 0, "seen": 0, "viewing_events": 0, "settings": 0}
    assert profiles.counts(f, OTHER)["like"] == 1  # nobody else's data goes


def test_purge_removes_only_events_older_than_the_cutoff(catalog_db) -> None:
    f = catalog_db.factory
    old, new = profiles.now() - dt.timedelta(days=100), profiles.now()
    profiles.record_events(f, ME, [profiles.NewEvent("old", "s1", "play", None, old),
                                   profiles.NewEvent("new", "s2", "play", None, new)])
    assert profiles.purge_events(f, profiles.now() - dt.timedelta(days=90)) == 1
    assert [e.item_id for e in profiles.signals(f, ME).events] == ["s2"]


def test_rekey_moves_old_channel_ids_to_viewer_keys_once(catalog_db) -> None:
    f = catalog_db.factory
    store.record_feedback(f, "telegram:42", "s1", "like")
    store.record_feedback(f, "telegram:42", "s2", "seen")
    store.record_feedback(f, ME, "s2", "seen")  # already under the key: kept once

    def key_of(user: str) -> str:
        return ME

    def is_key(user: str) -> bool:
        return user.startswith("v1")

    assert profiles.rekey(f, key_of, is_key) == 1
    assert profiles.rekey(f, key_of, is_key) == 0
    assert sorted(profiles.signals(f, ME).ids("like") + profiles.signals(f, ME).ids("seen")) == ["s1", "s2"]
    assert profiles.signals(f, "telegram:42").feedback == []
