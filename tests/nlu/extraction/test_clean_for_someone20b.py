"""Round 20b of the NLU extraction: "clean" said before who it is for ("clean for the fam", "clean enough for my
kids?") is the clean cap (nlu/extraction/audience.py ``_CLEAN_RE``); the chore followed by "for" is not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["clean for the fam pls", "keep em clean for my kids", "clean enough for the family?"])
def test_clean_before_who_it_is_for_is_the_cap(values, text):
    assert ("family", "cap") in values(text, "audience")


@pytest.mark.parametrize("text", ["we clean for a living, something about it", "i have to clean for the guests first"])
def test_the_chore_before_for_is_no_cap(values, text):
    assert ("family", "cap") not in values(text, "audience")
