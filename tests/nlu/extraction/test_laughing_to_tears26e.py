"""Tears of laughter are laughter (round 26e; nlu/extraction/moods.py ``LAUGHING_TO_TEARS``): "laugh till I cry",
"crying laughing" are the funny mood on the whole phrase, never the sad mood of its "cry"; a film to cry at stays sad."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["long shift, i need to laugh until we cry", "got anything that'll have me crying laughing",
                                  "i want tears of laughter tonight", "something to laugh so hard i cry"])
def test_laughing_to_tears_is_funny_and_never_sad(values, text):
    moods = values(text, "mood")
    assert ("funny", None) in moods and ("sad", None) not in moods, moods


def test_a_film_to_cry_at_is_still_sad(values):
    assert ("sad", None) in values("a weepy one that makes me cry", "mood")
