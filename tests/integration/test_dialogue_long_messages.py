"""Issue 10 §8 and §9 through the real stack (Rasa + action server + gateway on the fixture catalog):
a long message is answered as its request, together with what the story says for it (the viewer's own
taste, the person the story is about, sentences added after the request), and a kids' search with
nothing at its maturity level is first offered a milder level, not to drop the person.
Every pick is judged on its catalog record; phrasings are this module's own."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


async def test_the_viewers_own_taste_in_the_story_joins_the_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my partner always drifts off halfway through anything long, it has turned into a "
                          "running gag at our place. we both really love thrillers. anything under 100 minutes?")
    under = runtime_at_most(100)
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"] and under(r))


async def test_sentences_after_the_request_add_to_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the whole family has been stuck inside all week because of the rain and everyone is "
                          "going a bit stir crazy. we'd like a movie. nothing with horror, nothing romantic")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie"
                        and not {"horror", "romance"} & set(r["genres"]))


async def test_the_person_a_story_is_about_joins_the_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my coworkers spent the entire lunch break quoting David Spade and now they insist i "
                          "catch up on his stuff. where should i begin, a comedy maybe?")
    await checked_picks(stack.gateway_url, turn, lambda r: "David Spade" in r["cast"] and "comedy" in r["genres"])


async def test_a_kids_search_with_nothing_at_its_level_offers_a_milder_one_first(stack: Any, chat: WebChat) -> None:
    first = await chat.say("robert rodriguez movies")
    await checked_picks(stack.gateway_url, first, lambda r: "Robert Rodriguez" in r["directors"])
    empty = await chat.say("which ones are ok for my 6 year old")
    assert empty.items == []
    assert "rated up to PG and TV-PG" in empty.text, empty.text
    relaxed = await chat.say("yes")
    await checked_picks(stack.gateway_url, relaxed,
                        lambda r: "Robert Rodriguez" in r["directors"] and r["rating"] in FAMILY)
