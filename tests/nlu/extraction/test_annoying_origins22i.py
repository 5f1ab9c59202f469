"""Round 22i: an origin's way of speaking the viewer complains about ("american accents drive me mad") is no origin
wished for (nlu/extraction/geo.annoying_origins); the origin asked for after it stays. Near misses: an origin wished
for, liked, or followed by a relative clause ("a french film that drives me mad with suspense") stays. Phrasings are
this module's own."""

from __future__ import annotations

import datetime as dt

import pytest

from contract.gazetteer import Gazetteer
from nlu.extraction import extract_entities

TODAY = dt.date(2026, 12, 1)


def _countries(text: str, gazetteer: Gazetteer) -> list[str]:
    return [e["value"] for e in extract_entities(text, TODAY, gazetteer) if e["entity"] == "country"]


@pytest.mark.parametrize("text", [
    "a rom com please, but american accents drive me up the wall. something from ireland?",
    "australian accents get on my nerves, anything from ireland",
    "fancy a thriller but american voices really annoy me. maybe from ireland",
    "the american ones are so grating, something from ireland please",
])
def test_an_origin_complained_about_is_no_wish(text: str, gazetteer: Gazetteer) -> None:
    assert _countries(text, gazetteer) == ["Ireland"]


@pytest.mark.parametrize("text", ["american comedies please", "i love american accents",
                                  "a french film that drives me mad with suspense"])
def test_an_origin_wished_or_liked_stays(text: str, gazetteer: Gazetteer) -> None:
    assert _countries(text, gazetteer)
