"""Words of titles spelt as they sound (contract/sound_alikes.py, round 21h): "midnite" / "midnight", "thru" /
"through", "tonite" / "tonight", "lite" / "light" — each title also under its other spelling, never other words."""

from __future__ import annotations

import pytest

from contract.sound_alikes import sound_alike_spellings


@pytest.mark.parametrize("title, spelt", [
    ("Midnight Mass", "midnite mass"),
    ("Take Me Home Tonight", "take me home tonite"),
    ("Highway Thru Hell", "highway through hell"),
    ("Good Night", "good nite"),
    ("Moonlight", "moonlite"),
])
def test_a_title_is_also_spelt_as_it_sounds(title: str, spelt: str) -> None:
    assert spelt in {s.casefold() for s in sound_alike_spellings(title)}


@pytest.mark.parametrize("title", ["Elite", "Breakthrough", "Dark", "Infinite", "Nights of Cabiria"])
def test_other_words_keep_their_spelling(title: str) -> None:
    assert sound_alike_spellings(title) == set(), title  # near misses: "elite" is no "elight", "nights" is plural
