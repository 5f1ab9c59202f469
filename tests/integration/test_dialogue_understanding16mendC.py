"""Review 1 mends (C) through the real stack, every pick judged on its catalog record: a short kind refused by its
season ceiling asks for longer series (finding 3); a title that ends in "baby" is no baby show (finding 4); parts of
a title set off near the children are no ages (finding 5); a count with a plus is no age limit (finding 6); ratings
spoken in words; "shorter than that" after "over N" is up to N. Phrasings are this module's own."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import PRESCHOOL, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


def _genres(turn: Any) -> list[str]:
    return list(applied(turn).get("genres") or []) + list(applied(turn).get("any_genres") or [])


# -- finding 3: a kind refused with a ceiling on its seasons -----------------------------------------------------------

async def test_short_series_refused_by_their_ceiling_ask_for_longer_ones(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a crime show, but none of the ones with 2 seasons or fewer")
    assert applied(turn).get("min_seasons") == 3 and not applied(turn).get("max_seasons"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 0) >= 3)


# -- finding 4: a title ending in "baby" -------------------------------------------------------------------------------

async def test_a_title_ending_in_baby_asks_for_no_baby_shows(stack: Any, chat: WebChat) -> None:
    # the stack's fixture catalog has "Seth Meyers: Lobby Baby" (a stand-up special), not "Million Dollar Baby"
    turn = await chat.say("the seth meyers lobby baby show was hilarious, more stand up comedy like that")
    assert applied(turn).get("audience") != "preschool", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] not in PRESCHOOL)


# -- finding 5: parts of a title set off near the children -------------------------------------------------------------

async def test_parts_of_a_title_near_the_children_are_no_ages(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my kids adored the kung fu panda films, 1 and 2. something like those")
    assert applied(turn).get("audience") != "preschool", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] not in PRESCHOOL or r["type"] == "movie")


# -- finding 6: a count with a plus ------------------------------------------------------------------------------------

async def test_a_count_of_films_with_a_plus_is_no_age_limit(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i have watched 16+ zombie films already, give me a horror movie")
    assert applied(turn).get("audience") is None, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" in r["genres"])


# -- ratings spoken in words -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [("crime series rated tv fourteen", "TV-14"),
                                        ("a comedy film rated pg thirteen", "PG-13")])
async def test_a_rating_spoken_in_words_is_the_code(stack: Any, chat: WebChat, text: str, code: str) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] == code)


# -- "shorter than that" after "over N" --------------------------------------------------------------------------------

async def test_shorter_than_a_strict_bound_is_up_to_its_number(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my husband dozes off in anything over 100 minutes. a thriller shorter than that")
    assert applied(turn).get("max_minutes") == 100, applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(100))
