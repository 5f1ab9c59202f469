"""Issue 10 class 6 — people and titles in free text, through the real stack (Rasa + action server +
recommender on the 596-title fixture): a bare surname, a possessive or a misspelt name becomes a person
constraint that every item satisfies (checked against GET /api/items/{id}); "like <misspelt title>"
anchors the similarity on the right catalog title. Rules: nlu/extraction/names.py (LooseNames) and
docs/contracts.md §5 "People and titles in free text".
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import ItemCheck, checked_picks

pytestmark = pytest.mark.integration

SCORSESE, ROGEN = "Martin Scorsese", "Seth Rogen"


def directed_by(name: str) -> ItemCheck:
    return lambda r: name in (r.get("directors") or [])


def starring(name: str) -> ItemCheck:
    return lambda r: name in (r.get("cast") or [])


@pytest.mark.parametrize("text", ["a scorsese film", "anything by Scorsese", "movies directed by martin scorcese",
                                  "scorsese's movies"])
async def test_director_in_free_text_is_a_director_constraint(stack: Any, chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, directed_by(SCORSESE), min_items=2)
    assert turn.recommendations["constraints"].get("directors") == [SCORSESE]


@pytest.mark.parametrize("text", ["Seth Rogen's movies", "something with seth rogan"])
async def test_actor_possessive_and_typo(stack: Any, chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, starring(ROGEN))
    assert turn.recommendations["constraints"].get("actors") == [ROGEN]


@pytest.mark.parametrize("text,anchor_id,anchor_title", [
    ("something like legaly blonde", "s1122", "Legally Blonde"),
    ("if I liked grace and franky what should I watch", "s275", "Grace and Frankie"),
    ("shadow and bone vibes", "s994", "Shadow and Bone"),
])
async def test_like_a_misspelt_title_anchors_on_it(stack: Any, chat: WebChat, text: str, anchor_id: str,
                                                  anchor_title: str) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, lambda r: r["title"] != anchor_title)
    assert turn.recommendations["constraints"].get("similar_to") in (anchor_id, anchor_title)
