"""Round 21t: someone else's liking of a title, said "likes" / "enjoys" as "loves" is, makes the title the
like-anchor ("what's good for someone who likes <title>"; nlu/extraction/names.SIMILAR_CUES). Near misses: a kind
after "likes" stays that kind. The service asked by its name ("does netflix have <title>") cues the title as
"do you have <title>" does (names.AVAILABILITY_CUES). Phrasings are this module's own."""

from __future__ import annotations

import datetime as dt

from contract.gazetteer import Gazetteer
from nlu.extraction import extract_entities

TODAY = dt.date(2026, 12, 1)


def _found(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, str | None]]:
    return [(e["entity"], e["value"], e.get("role")) for e in extract_entities(text, TODAY, gazetteer)]


def test_someone_who_likes_a_title_is_a_like_anchor(gazetteer: Gazetteer) -> None:
    assert ("title", "The Office (U.S.)", "similar") in _found("anything here for a guy who likes the office?", gazetteer)


def test_she_enjoys_a_title_is_a_like_anchor(gazetteer: Gazetteer) -> None:
    assert ("title", "The Crown", "similar") in _found("my aunt enjoys the crown, ideas?", gazetteer)


def test_likes_before_a_kind_stays_a_kind(gazetteer: Gazetteer) -> None:
    found = _found("my nan likes dark comedies", gazetteer)
    assert ("genre", "comedy", None) in found and not any(e[0] == "title" for e in found)


def test_the_service_asked_by_name_cues_the_title(gazetteer: Gazetteer) -> None:
    assert ("title", "The Office (U.S.)", None) in _found("hey, has netflix got the office?", gazetteer)


def test_the_service_asked_for_a_kind_names_no_title(gazetteer: Gazetteer) -> None:
    found = _found("does netflix have anything funny", gazetteer)
    assert not any(e[0] == "title" for e in found), found
