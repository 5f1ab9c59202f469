"""Dialogue round 14, helper D, through the real stack (NLU extraction and the fallback action), every pick judged
on its catalog record. Phrasings are this module's own.

Classes: children of no stated age named by kin or school group are the children's audience (kin called grown are
nobody watching); two words of a three-word person name the person; a K-drama is a Korean drama series (a Korean
drama film stays a drama film); a terse request whose only constraint is a topic that implies
a genre is a request, not "I didn't get that" (gibberish still is).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied, checked_picks

pytestmark = pytest.mark.integration

SORRY = ("didn't quite get", "didn't get that")


# -- children named by kin or group -----------------------------------------------------------------------------------


async def test_the_grandchildren_visiting_cap_the_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the grandchildren are with us this weekend, what film could we all enjoy")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_nieces_and_nephews_cap_a_comedy(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy for movie night with my nieces and nephews")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["rating"] in FAMILY)


async def test_a_class_of_third_graders_is_a_childs_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something to show a room of 3rd graders")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_grown_grandkids_cap_nothing(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my grandkids are all grown up now, so a thriller for me")
    assert applied(turn).get("audience") in (None, "adult"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"])


# -- partial names ----------------------------------------------------------------------------------------------------


async def test_two_words_of_a_three_word_name_are_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything with shah rukh?")
    await checked_picks(stack.gateway_url, turn, lambda r: "Shah Rukh Khan" in (r.get("cast") or []))


# -- K-dramas ---------------------------------------------------------------------------------------------------------


def _k_drama(record: dict[str, Any]) -> bool:
    return record["type"] == "series" and "ko" in (record.get("languages") or []) and "drama" in record["genres"]


async def test_kdramas_are_korean_drama_series(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got any good kdramas?")
    await checked_picks(stack.gateway_url, turn, _k_drama, min_items=3)


async def test_a_korean_drama_film_stays_a_drama_film(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a korean drama film please")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and "drama" in r["genres"]
                        and "ko" in (r.get("languages") or []))


# -- a topic alone is a request ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, genres", [("any westerns?", {"action"}), ("zombie flicks?", {"horror"}),
                                          ("got any samurai stuff?", {"action", "drama"})])
async def test_a_terse_topic_request_gets_titles_of_its_genres(stack: Any, chat: WebChat, text: str,
                                                               genres: set[str]) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, lambda r: bool(genres & set(r["genres"])), never_say=SORRY)


async def test_gibberish_is_still_not_understood(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("asdfghjkl")
    assert turn.recommendations is None, turn.text
