"""Dialogue round 16 (part A) through the real stack (Rasa + action server + gateway on the fixture catalog), every
pick judged on its catalog record. Phrasings are this module's own.

Classes: recency in chat shorthand; chat abbreviations of constraint words; an English request with one
foreign-looking word is answered; regions (Asia, Africa, the Middle East); foreign films are not US-only; a
position written with a digit; a rating let in as a follow-up.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks
from contract.wording import ENGLISH_ONLY

pytestmark = pytest.mark.integration

_ENGLISH_ONLY = ENGLISH_ONLY[:30]


async def test_recency_in_chat_shorthand_is_a_recent_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any docs from the past couple yrs?")
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in r["genres"] and (r.get("year") or 0) >= 2019)


async def test_an_ish_hedge_on_new_is_recent(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a newish horror flick")
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" in r["genres"] and (r.get("year") or 0) >= 2019)


async def test_b4_a_year_is_an_upper_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("westerns b4 1995")
    await checked_picks(stack.gateway_url, turn, lambda r: 0 < (r.get("year") or 9999) <= 1994)


async def test_a_runtime_in_hrs_is_read(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a thriller under 2 hrs")
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"]
                        and 0 < (r.get("duration_minutes") or 999) <= 120)


async def test_an_english_request_with_a_foreign_looking_word_is_answered(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("korean romance serie")
    assert _ENGLISH_ONLY not in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "romance" in r["genres"])


async def test_a_spanish_request_is_still_recognised(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("quiero ver algo divertido con mi familia esta noche")
    assert _ENGLISH_ONLY in turn.text, turn.text


async def test_a_continent_follow_up_keeps_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("action movies")
    turn = await chat.say("ones from asia")
    asia = {"Japan", "South Korea", "China", "Hong Kong", "Taiwan", "India", "Thailand", "Indonesia", "Philippines",
            "Singapore", "Malaysia", "Pakistan", "Vietnam", "Cambodia", "Bangladesh", "Nepal", "Sri Lanka",
            "Mongolia", "Afghanistan"}
    await checked_picks(stack.gateway_url, turn, lambda r: "action" in r["genres"]
                        and bool(asia & set(r.get("countries") or [])))


async def test_a_middle_eastern_request_finds_the_region(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("some middle eastern dramas")
    region = {"Egypt", "Turkey", "Lebanon", "United Arab Emirates", "Israel", "Saudi Arabia", "Qatar", "Jordan",
              "Kuwait", "Iran", "Syria", "Iraq", "Palestine"}
    await checked_picks(stack.gateway_url, turn, lambda r: bool(region & set(r.get("countries") or [])))


async def test_african_films_come_from_africa(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("african comedies")
    region = {"Nigeria", "South Africa", "Egypt", "Kenya", "Morocco", "Ghana", "Algeria", "Senegal", "Zimbabwe",
              "Namibia", "Ethiopia", "Cameroon", "Angola", "Mozambique", "Malawi", "Botswana", "Somalia", "Sudan",
              "Uganda", "Mauritius"}
    await checked_picks(stack.gateway_url, turn, lambda r: bool(region & set(r.get("countries") or [])))


async def test_foreign_films_are_not_made_only_in_the_us(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a foreign crime movie")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie"
                        and (r.get("countries") or ["United States"]) != ["United States"], min_items=3)


async def test_a_digit_one_after_an_ordinal_is_a_position(stack: Any, chat: WebChat) -> None:
    first = await chat.say("sci-fi series")
    assert first.items, first.text
    turn = await chat.say("tell me more about the 2nd 1")
    assert first.items[1]["title"] in turn.text, turn.text


async def test_a_rating_let_in_after_a_rating_search_widens_it(stack: Any, chat: WebChat) -> None:
    await chat.say("drama movies rated pg-13")
    turn = await chat.say("fine, R works as well")
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and r.get("rating") in ("PG-13", "R"))
    assert set(applied(turn).get("ratings") or []) == {"PG-13", "R"}, applied(turn)


async def test_a_european_request_stays_within_the_recommenders_country_limit(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("european crime shows")
    europe = {"United Kingdom", "France", "Spain", "Germany", "Italy", "Belgium", "Netherlands", "Denmark", "Sweden",
              "Norway", "Poland", "Ireland", "Finland", "Iceland", "Switzerland", "Austria", "Czech Republic", "Greece",
              "Hungary", "Romania"}
    await checked_picks(stack.gateway_url, turn, lambda r: bool(europe & set(r.get("countries") or [])))


async def test_w_slash_o_turns_down_what_follows(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a sci-fi movie w/o any horror")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and "horror" not in r["genres"])


async def test_a_rating_let_in_above_a_teen_cap_raises_it(stack: Any, chat: WebChat) -> None:
    await chat.say("horror movies for teens")
    turn = await chat.say("meh, R works too")
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" in r["genres"] and r["type"] == "movie")
    assert applied(turn).get("audience") in (None, "adult"), applied(turn)
