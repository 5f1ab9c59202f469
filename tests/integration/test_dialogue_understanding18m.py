"""Dialogue round 18 (lead's own fixes) through the real stack.

Classes (phrasings are this module's own): a half-remembered title that nothing clearly fits is answered with the
titles that say something of the description, or with the card of the one title that alone says it
(actions/identification.py ``_saying_the_words``); "north american" is the continent's three countries
(nlu/extraction/geo.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat, fetch_item
from contract.payloads import ItemDetails

pytestmark = pytest.mark.integration


async def test_the_closest_titles_to_a_description_all_say_something_of_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what was that american show with robots and a spaceship")
    words = ("robots", "spaceship")
    shown = turn.items or [a.item.to_dict() for a in turn.answers if isinstance(a, ItemDetails)]
    assert shown, turn.text
    # a card or a list, every title shown says one of the words (tests/fixtures/netflix_small.csv: the closest
    # American series by meaning were mostly about neither)
    for item in shown:
        full = await fetch_item(stack.gateway_url, item["id"])
        said = f"{full.get('title')} {full.get('description')}".casefold()
        assert any(w.rstrip("s") in said for w in words), (item["title"], full.get("description"))


async def test_north_american_titles_are_from_the_us_canada_or_mexico(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("north american comedies please")
    assert turn.items, turn.text
    for item in turn.items:
        full = await fetch_item(stack.gateway_url, item["id"])
        assert set(full.get("countries") or []) & {"United States", "Canada", "Mexico"}, full

