"""Dialogue round 15g through the real stack: a title asked for by what happens in it, no likeness cue ("what was that
show where …", "there's this movie about …, is it on here"), is answered as that one title's card, its era or audience
words no search; "more like that" next is a like-search on it (actions/described_anchor.py). Phrasings are this
module's own; the titles are rows of tests/fixtures/netflix_small.csv (s3686 Stranger Things, s5941 Breaking Bad).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied
from contract.payloads import ItemDetails, Recommendations

pytestmark = pytest.mark.integration

STRANGER_THINGS, BREAKING_BAD = "s3686", "s5941"


def _card_id(turn: Any) -> str | None:
    return next((a.item.id for a in turn.answers if isinstance(a, ItemDetails)), None)


async def test_a_half_remembered_series_is_its_card_not_a_search_of_its_era(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("whats that series where a kid vanishes and the small town finds secret experiments, "
                          "it's set in the 80s")
    assert _card_id(turn) == STRANGER_THINGS, turn.text
    assert "That sounds like Stranger Things" in turn.text, turn.text
    assert not any(isinstance(a, Recommendations) for a in turn.answers), turn.text


async def test_more_like_that_after_the_identified_title_is_a_like_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("there was this show with a chemistry teacher who ends up selling meth, is it on here?")
    assert _card_id(turn) == BREAKING_BAD, turn.text
    turn = await chat.say("cool, more like that please")
    assert applied(turn).get("similar_to") == BREAKING_BAD, turn.text
    assert turn.items and BREAKING_BAD not in [i["id"] for i in turn.items]
    assert f"like {BREAKING_BAD}" not in turn.text and "like Breaking Bad" in turn.text, turn.text  # named, not its id
