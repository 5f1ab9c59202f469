"""Dialogue round 14a through the real stack (NLU extraction classes), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: "kids" modifying a format noun is the kids genre and a children's rating; animation ruled out excludes the
kids genre too unless children's titles are asked for; "aged" with a hedge; a napping toddler and grown-ups alone are
no child audience; racy content ruled out is the teen cap; adjective forms of genres; fun that asks no thought is
comedy; "old school" is the old years; recency typed with a slip and "what's new in <genre>" are recent releases;
season bounds with "or more"; cults the organisation and a genre a documentary "feels like"; westerns are action by
topic while "western europe" is the region.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, TEEN, applied, checked_picks

pytestmark = pytest.mark.integration

NEWEST_YEAR = 2021  # the newest release year of tests/fixtures/netflix_small.csv


def _genres(turn: Any) -> list[str]:
    return list(applied(turn).get("genres") or []) + list(applied(turn).get("any_genres") or [])


# -- 1. "kids" before a format noun ------------------------------------------------------------------------------------

async def test_kids_films_are_childrens_titles_with_a_childrens_rating(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any good kids films for saturday morning?")
    assert "kids" in _genres(turn) and applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "kids" in r["genres"] and r["rating"] in FAMILY)


async def test_a_kids_series_singular_is_the_same(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a kids series please")
    assert "kids" in _genres(turn) and applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "kids" in r["genres"] and r["rating"] in FAMILY)


async def test_not_a_kids_show_only_excludes_the_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("definitely not a kids show, a thriller")
    assert applied(turn).get("audience") in (None, "adult"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"] and "kids" not in r["genres"])


# -- 2. animation ruled out --------------------------------------------------------------------------------------------

async def test_nothing_animated_beside_a_grown_up_genre_leaves_out_kids_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a funny series, but nothing animated")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "comedy" in r["genres"] and not {"anime", "kids"} & set(r["genres"]))


async def test_no_cartoons_beside_a_childrens_request_keeps_the_kids_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a children's film but no cartoons")
    assert "kids" in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "kids" in r["genres"] and "anime" not in r["genres"])


# -- 3. "aged" with a hedge --------------------------------------------------------------------------------------------

async def test_aged_with_a_hedge_is_the_youngest_age(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy for four boys aged like 9 to 12")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


# -- 4. children not watching, grown-ups alone -------------------------------------------------------------------------

async def test_a_napping_toddler_is_no_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the toddler is napping, a crime show for me")
    assert applied(turn).get("audience") in (None, "adult"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "crime" in r["genres"] and "kids" not in r["genres"])


async def test_grown_ups_alone_get_no_childrens_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("just the two of us tonight, something funny")
    assert applied(turn).get("audience") in (None, "adult"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "kids" not in r["genres"])


# -- 5. racy content ---------------------------------------------------------------------------------------------------

async def test_nothing_steamy_is_the_teen_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a romance film, but nothing too steamy")
    assert applied(turn).get("audience") == "teen", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "romance" in r["genres"] and r["rating"] in TEEN)


# -- 6. adjective forms of genres --------------------------------------------------------------------------------------

async def test_sporty_is_the_sports_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something sporty to watch")
    assert "sports" in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "sports" in r["genres"])


# -- 7. fun without thinking -------------------------------------------------------------------------------------------

async def test_brainless_fun_is_comedy(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i need some brainless fun tonight")
    assert "comedy" in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])


# -- 8. old school -----------------------------------------------------------------------------------------------------

async def test_old_school_comedies_are_old(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("old-school comedies")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["year"] <= NEWEST_YEAR - 20)


# -- 9. recency --------------------------------------------------------------------------------------------------------

async def test_recency_with_a_slip_is_recent_releases(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("recnt dramas")
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and r["year"] >= NEWEST_YEAR - 2)


async def test_whats_new_in_a_genre_is_recent_releases(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what's new in documentaries?")
    assert applied(turn).get("added_days") is None, applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "documentary" in r["genres"] and r["year"] >= NEWEST_YEAR - 2)


# -- 10. season bounds -------------------------------------------------------------------------------------------------

async def test_or_more_seasons_is_a_lower_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama series with 3 or more seasons")
    assert applied(turn).get("min_seasons") == 3, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 0) >= 3)


async def test_a_bare_bound_after_a_season_search_is_seasons(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy series with at least 2 seasons")
    turn = await chat.say("even longer, like 3+")
    assert applied(turn).get("min_seasons") == 3, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 0) >= 3)


# -- 11. cults; a documentary that feels like a genre ------------------------------------------------------------------

async def test_documentaries_about_cults_are_documentaries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("documentaries about cults and scams")
    assert "cult" not in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in r["genres"])


async def test_a_documentary_that_plays_like_a_thriller_is_a_documentary(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a documentary that plays like a thriller")
    assert _genres(turn) == ["documentary"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in r["genres"])


# -- 12. westerns ------------------------------------------------------------------------------------------------------

async def test_westerns_are_action_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("can you recommend some good westerns")
    assert "action" in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "action" in r["genres"])


async def test_western_europe_is_no_western(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama from western europe")
    assert "action" not in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"])
