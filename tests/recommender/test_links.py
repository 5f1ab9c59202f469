"""Linking channels (recommender/links.py) on SQLite and PostgreSQL: a one-time code joins a second
viewer key to a profile and moves its data there; codes are single use and expire; guessing is
rate-limited; unlink and deletion work."""

from __future__ import annotations

import datetime as dt

from recommender import links, profiles
from recommender.catalog import store

TELEGRAM, WEB, OTHER = "v1" + "1" * 32, "v1" + "2" * 32, "v1" + "3" * 32


def test_a_code_links_two_channels_into_one_profile(catalog_db) -> None:
    f = catalog_db.factory
    store.record_feedback(f, TELEGRAM, "s1", "like")
    store.record_feedback(f, WEB, "s2", "seen")
    store.record_feedback(f, WEB, "s1", "like")  # the same signal on both: kept once
    code = links.create_code(f, TELEGRAM)
    assert code and len(code) == links.CODE_CHARS and set(code) <= set(links.ALPHABET)
    assert links.redeem(f, WEB, code.lower()[:3] + "-" + code[3:]) == links.Redeemed(links.LINKED, TELEGRAM)
    assert links.profile_key(f, WEB) == TELEGRAM and links.profile_key(f, TELEGRAM) == TELEGRAM
    merged = profiles.signals(f, TELEGRAM)
    assert sorted((x.kind, x.item_id) for x in merged.feedback) == [("like", "s1"), ("seen", "s2")]
    assert profiles.signals(f, WEB).feedback == []
    assert links.linked_count(f, TELEGRAM) == 1
    assert links.redeem(f, OTHER, code).status == links.INVALID  # single use


def test_expired_codes_and_guessing_are_refused(catalog_db) -> None:
    f = catalog_db.factory
    code = links.create_code(f, TELEGRAM, at=profiles.now() - links.CODE_TTL - dt.timedelta(seconds=1))
    assert code is not None
    assert links.redeem(f, WEB, code).status == links.INVALID
    for _ in range(links.MAX_FAILED_REDEEMS - 1):
        assert links.redeem(f, WEB, "ZZZZZZ").status == links.INVALID
    fresh = links.create_code(f, TELEGRAM)
    assert fresh is not None
    assert links.redeem(f, WEB, fresh).status == links.LOCKED  # even a right code, once locked
    for _ in range(links.MAX_CODES_PER_WINDOW - 1):  # the expired one was cleaned up: fresh is the first
        assert links.create_code(f, TELEGRAM) is not None
    assert links.create_code(f, TELEGRAM) is None  # too many codes lately


def test_unlink_and_delete(catalog_db) -> None:
    f = catalog_db.factory
    assert links.redeem(f, WEB, links.create_code(f, TELEGRAM) or "").status == links.LINKED
    assert links.redeem(f, TELEGRAM, links.create_code(f, WEB) or "").status == links.SAME
    assert links.unlink(f, WEB) and not links.unlink(f, WEB)
    assert links.profile_key(f, WEB) == WEB
    assert links.redeem(f, OTHER, links.create_code(f, TELEGRAM) or "").status == links.LINKED
    assert links.delete_links(f, TELEGRAM) == 1 and links.profile_key(f, OTHER) == OTHER
