"""Round 31: "old" and "classic" now name the same years; said together they are still the classic band on both
words, so the classic shelf is tried first (nlu/extraction/years.py ``_oldest_said``). Phrasings are this module's
own."""

from __future__ import annotations

import datetime as dt
from typing import Callable

import pytest

from contract.constraints import CLASSIC_YEARS, GENERATION_YEARS
from nlu.extraction import years


@pytest.mark.parametrize("text", ["old stuff, proper classics", "really old films, the classics"])
def test_old_beside_classic_is_the_classic_band_on_both_words(
        text: str, values: Callable[[str, str], list[tuple[str, str | None]]]) -> None:
    assert set(values(text, "year")) == {(f"old:{CLASSIC_YEARS}", None)}


def test_old_alone_stays_the_old_word() -> None:
    assert [f.value for m in years.find("some old westerns", dt.date(2026, 12, 3)) for f in m.found] == ["old"]


def test_old_turned_down_is_this_generation() -> None:
    assert years.invert("old") == f"recent:{GENERATION_YEARS}"
