"""Dialogue round 19c through the real stack: the vocabulary of sports, music, holidays and formal English.

Classes (phrasings are this module's own): a sport, dancing or a slip of a sport named as the kind is the catalog's
sports or music shelf and never a person the catalog lacks (contract.vocabulary SPORT_WORDS / TOPIC_GENRES /
topic_word, nlu unknown_people._kind_or_occasion, actions planning._subject_genres); a lowercase season opening a noun
phrase is no person ("summer camp"); a holiday's special is no comedian's special (nlu media.plausible); a holiday's
scare gives way where children watch or gore is turned down, and a holiday turned down steers nothing
(nlu/extraction/holidays.py, actions query_text.holidays_turned_down); "old-fashioned" is the classic years
(nlu years); a grown-ups' content cap is the ratings of the children's band, not the children's audience
(actions constraints.grown_ups_capped).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied, checked_picks

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
HALLOWEEN_HORROR_STORY = "s7314"   # Little Lunch: The Halloween Horror Story (children's comedy, TV-Y7)
COMEDIANS_CHRISTMAS_SPECIAL = "s4011"  # Jeff Dunham's Very Special Christmas Special (stand-up, TV-MA)
NOT_UNDERSTOOD = ("didn't quite get", "I don't have anything with or by")


def _ids(turn: Any) -> set[str]:
    return {str(i["id"]) for i in turn.items}


def _has(genre: str):
    return lambda r: genre in (r.get("genres") or [])


async def test_a_sport_named_as_the_kind_is_the_sports_shelf(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got any boxing or f1 films?")
    await checked_picks(stack.gateway_url, turn, _has("sports"), never_say=NOT_UNDERSTOOD)


async def test_a_slipped_sport_is_the_sport(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a basketbal movie")
    await checked_picks(stack.gateway_url, turn, _has("sports"), never_say=NOT_UNDERSTOOD)


async def test_a_board_sport_is_no_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("skateboarding or surfing movies")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert applied(turn).get("any_genres") == ["sports"], applied(turn)


async def test_a_season_opening_a_noun_phrase_is_no_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a summer camp film the kids can watch")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD) and turn.items, turn.text


async def test_dancing_is_the_music_shelf(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("movies with lots of dancing")
    await checked_picks(stack.gateway_url, turn, _has("music"), never_say=NOT_UNDERSTOOD)


async def test_a_holiday_special_for_children_is_no_stand_up(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a christmas special the children would like")
    assert "stand-up" not in (applied(turn).get("genres") or []), applied(turn)
    assert COMEDIANS_CHRISTMAS_SPECIAL not in _ids(turn), turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY)


async def test_halloween_with_children_is_their_titles_without_horror(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("halloween tonight, my boys are 7 and 10")
    assert "horror" in (applied(turn).get("exclude_genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY and "horror" not in r["genres"])


async def test_halloween_without_gore_is_no_horror(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("it's halloween but i can't stand gore")
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in (r.get("genres") or []))


async def test_a_holiday_turned_down_steers_nothing(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("christmas eve, but i'm sick of christmas films. a thriller")
    constraints = applied(turn)
    assert constraints.get("genres") == ["thriller"] and not constraints.get("similar_to"), constraints
    assert not constraints.get("audience"), constraints
    assert not any("christmas" in i["title"].lower() for i in turn.items), turn.text


async def test_old_fashioned_is_the_classic_years(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama film, the old-fashioned kind")
    assert (applied(turn).get("year_max") or 9999) <= 1990, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["year"] <= 1990)


async def test_a_couples_content_cap_is_no_childrens_shelf(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film for me and my wife, nothing too violent")
    constraints = applied(turn)
    assert not constraints.get("audience") and set(constraints.get("ratings") or []) <= FAMILY, constraints
    picks = await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY)
    assert not all("kids" in (r.get("genres") or []) for r in picks), [r["title"] for r in picks]
