"""Issue 10, sixth round, extraction classes through the real stack: Rasa + action server + gateway on the
fixture catalog, every pick judged on its catalog record (GET /api/items/{id}). Phrasings are this module's
own, never the evaluation sets'.

Classes: the parents' age mapping (Netflix's bands: 0–4 preschool, 5–6 kids, 7–12 and children of no stated age family,
docs/contracts.md "Age mapping"); one-word stage names of people ("with Fary", "kumaran films"); a
well-known person's initials in capitals; a long message's request sentence keeps the format its story
named.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, KIDS, PRESCHOOL, applied, checked_picks

pytestmark = pytest.mark.integration


async def test_an_eight_year_old_may_watch_pg(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any good films my 8 yr old could see?")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and r["rating"] in FAMILY)
    assert applied(turn)["audience"] == "family"


async def test_children_of_no_stated_age_are_the_family_band(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("comedies the children can watch")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["rating"] in FAMILY)
    assert applied(turn)["audience"] == "family"


async def test_a_six_year_old_is_the_kids_band(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("cartoons for a six year old")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS)
    assert applied(turn)["audience"] == "kids"


async def test_very_young_children_are_the_preschool_band(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("shows for little kids please")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL)


async def test_a_nine_year_old_after_a_director_search_keeps_their_pg_titles(stack: Any, chat: WebChat) -> None:
    first = await chat.say("films directed by bhagyaraj")
    await checked_picks(stack.gateway_url, first, lambda r: "Bhagyaraj" in r["directors"])
    turn = await chat.say("which of those would suit my 9 year old")
    await checked_picks(stack.gateway_url, turn, lambda r: "Bhagyaraj" in r["directors"] and r["rating"] in FAMILY)


async def test_a_one_word_stage_name_after_with_is_the_performer(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything with Fary")
    await checked_picks(stack.gateway_url, turn, lambda r: "Fary" in r["cast"])


async def test_a_one_word_director_name_before_films_is_the_director(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kumaran films")
    await checked_picks(stack.gateway_url, turn, lambda r: "Kumaran" in r["directors"])


async def test_a_well_known_persons_initials_are_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got any LCK films?")
    await checked_picks(stack.gateway_url, turn, lambda r: "Louis C.K." in r["cast"])


async def test_a_long_messages_request_keeps_the_format_its_story_named(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a friend from work keeps telling me k dramas are the best thing on tv. "
                          "ok then, one funny k drama please")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and "ko" in r["languages"])
