"""Round 22l: where the viewer lives and where a person they talk about comes from is story, no wish
(nlu/extraction/geo._about_the_viewers): a home joined after a clause the viewer says of themselves ("i'm polish,
living in ireland now") and a third person's origin the viewer shares ("he is from chile like me") are
``about_viewers``. Near misses: a story's people living somewhere, a third person's origin asked back for ("films from
there"), a relative clause of a story. Phrasings are this module's own."""

from __future__ import annotations

import datetime as dt

import pytest

from contract.gazetteer import Gazetteer
from nlu.extraction import extract_entities

TODAY = dt.date(2026, 12, 1)


def _countries(text: str, gazetteer: Gazetteer) -> list[str]:
    return [e["value"] for e in extract_entities(text, TODAY, gazetteer) if e["entity"] == "country"]


@pytest.mark.parametrize("text, wanted", [
    ("anything from greece? i'm greek, living in germany now", ["Greece"]),
    ("any danish shows? im danish but living in spain these days", ["Denmark"]),
    ("a thriller please, i am turkish, living in the uk", []),
])
def test_a_home_joined_to_what_the_viewer_is_is_no_wish(text: str, wanted: list[str], gazetteer: Gazetteer) -> None:
    assert _countries(text, gazetteer) == wanted


@pytest.mark.parametrize("text", [
    "a film with michelle yeoh. she is from malaysia like me",
    "something starring penelope cruz, she's from spain just like my mum",
    "a show with that actor, he is from mexico same as us",
])
def test_an_origin_shared_with_the_viewer_is_no_wish(text: str, gazetteer: Gazetteer) -> None:
    assert _countries(text, gazetteer) == []


@pytest.mark.parametrize("text, country", [
    ("a film about a polish guy, living in ireland", "Ireland"),
    ("she is from malaysia, any films from there", "Malaysia"),
    ("films about a woman who is from malaysia", "Malaysia"),
    ("something from france", "France"),
])
def test_a_story_or_a_wish_keeps_its_country(text: str, country: str, gazetteer: Gazetteer) -> None:
    assert country in _countries(text, gazetteer)
