"""Mend m2 of dialogue round 17 through the real stack (actions/unknown_countries.py): a country the catalog has
nothing from, only mentioned beside a request (a trip there), is dropped and the rest answered; asked for as an origin
it is still said honestly. The fixture catalog has no title from Greenland. Phrasings are this module's own."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration


async def test_a_trip_to_a_country_the_catalog_lacks_leaves_the_rest_answered(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we just came home from a cruise to greenland, got any good comedies?")
    assert "I have nothing from" not in turn.text, turn.text
    assert turn.items and "comedy" in (applied(turn).get("genres") or []), turn.text


async def test_an_origin_the_catalog_lacks_is_still_said_honestly(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any comedies made in greenland?")
    assert "I have nothing from Greenland" in turn.text, turn.text
