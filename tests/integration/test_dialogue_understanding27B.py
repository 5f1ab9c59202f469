"""Dialogue round 27B through the real stack: negated compound kinds, "clean" said as a list item, and the props of an
evening kept out of the query.

A mood's story part before a genre, negated ("no bleak ending drama sort of stuff") rules the genre out; a school story
negated is the teen shelf; "clean" after a kind of title is the clean cap (nlu/extraction/negation.py, audience.py);
a pet watched with and a drink held are no topic (actions/query_text.py ``evening_prop_scopes``). Phrasings are this
module's own; the fixture catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

_MATURE = {"TV-MA", "R", "NC-17", "TV-14", "PG-13", "NR", "UR", ""}


async def test_a_negated_moods_story_part_rules_its_genre_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a romance film without any bleak ending drama sort of stuff, just light")
    got = applied(turn)
    assert "drama" in (got.get("exclude_genres") or []) and "drama" not in (got.get("genres") or []), got
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" not in r["genres"])


async def test_a_school_story_ruled_out_is_the_teen_shelf(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("comedy series but nothing resembling hs drama")
    assert "teen" in (applied(turn).get("exclude_genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "teen" not in r["genres"])


async def test_clean_as_a_list_item_caps_the_rating(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film, and clean, my nan is devout")
    assert "clean" not in (applied(turn).get("query") or ""), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") not in _MATURE)


async def test_a_pet_and_a_drink_of_the_evening_are_no_topic(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("me and the kitten tonight, with a mug of cocoa, a comedy")
    assert not applied(turn).get("query"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])
