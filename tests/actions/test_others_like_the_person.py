"""After a person's list, "who else is like him?" / "anyone else like her" asks for other people like them: the
person goes, the rest of the search stays (actions/edits.likes_the_person). Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.edits.person_turn_downs import likes_the_person
from actions.turn import Turn


def _turn(text: str) -> Turn:
    return Turn("test", "request_recommendation", text, [], {})


@pytest.mark.parametrize("text", ["who else is like him? more specials", "anyone else like her", "who else's like him",
                                  "somebody else kinda like her please"])
def test_others_like_the_person_are_asked_for(text):
    assert likes_the_person(_turn(text))


@pytest.mark.parametrize("text", ["who else is in it with him", "who else like that show", "more with him",
                                  "anyone else watching? just us"])
def test_the_person_kept_or_no_likeness_is_no_request_for_others(text):
    assert not likes_the_person(_turn(text))
