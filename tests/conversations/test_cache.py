"""The tracker cache hands a conversation back only while the stored rows and the object are unchanged."""

from __future__ import annotations

from conftest import conversation, search_turn

from conversations.cache import TrackerCache


def test_a_kept_tracker_comes_back_while_the_fingerprint_matches(domain) -> None:
    cache, tracker = TrackerCache(2), conversation(domain, 2)
    cache.put(tracker, (13, 40))
    assert cache.get(tracker.sender_id, (13, 40)) is tracker
    assert cache.get(tracker.sender_id, (14, 41)) is None  # someone wrote (or deleted) rows meanwhile
    assert cache.get(tracker.sender_id, (13, 40)) is None  # and it was dropped


def test_a_tracker_changed_since_it_was_kept_is_not_handed_back(domain) -> None:
    cache, tracker = TrackerCache(2), conversation(domain, 2)
    cache.put(tracker, (13, 40))
    tracker.update(search_turn(5, "horror")[0])
    assert cache.get(tracker.sender_id, (13, 40)) is None


def test_the_least_recently_used_conversation_goes_first(domain) -> None:
    cache = TrackerCache(2)
    trackers = [conversation(domain, 1) for _ in range(3)]
    for n, tracker in enumerate(trackers):
        tracker.sender_id = f"viewer-{n}"
    cache.put(trackers[0], (1, 1))
    cache.put(trackers[1], (1, 2))
    assert cache.get("viewer-0", (1, 1)) is trackers[0]
    cache.put(trackers[2], (1, 3))
    assert cache.get("viewer-1", (1, 2)) is None and cache.get("viewer-0", (1, 1)) is trackers[0]


def test_size_zero_keeps_nothing(domain) -> None:
    cache, tracker = TrackerCache(0), conversation(domain, 1)
    cache.put(tracker, (1, 1))
    assert cache.get(tracker.sender_id, (1, 1)) is None
