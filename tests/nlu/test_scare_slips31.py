"""Round 31: a slip of a mood word that ties with words only read inside a phrase is the mood ("scarey" is "scary",
not the "scared" of "too scared": typos.TypoMatcher's tie-breaks), and the wish to be spooked is the scary mood.
Phrasings are this module's own."""

from __future__ import annotations

from typing import Callable

import pytest

Values = Callable[[str, str], list[tuple[str, str | None]]]


@pytest.mark.parametrize("text", ["got any scarey films", "a scarey series for tonight"])
def test_a_slipped_scary_is_horror(text: str, values: Values) -> None:
    assert ("horror", None) in values(text, "genre")


@pytest.mark.parametrize("text", ["i wanna be spooked tonight", "spook me, something short"])
def test_the_wish_to_be_spooked_is_the_scary_mood(text: str, values: Values) -> None:
    assert ("scary", None) in values(text, "mood")


def test_a_slipped_funny_still_reads_funny(values: Values) -> None:
    read = values("something funney", "genre") + values("something funney", "mood")
    assert ("comedy", None) in read or ("funny", None) in read
