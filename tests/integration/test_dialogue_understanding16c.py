"""Dialogue round 16c through the real stack (second-language English, ages and numbers), every pick judged on its
catalog record. Phrasings are this module's own.

Classes: "no too <x>" is "not too <x>"; an age limit raised in a follow-up ("it can be 14+"); ages without "year old"
(children with bare numbers, a misspelt kin word, ages set off beside a person asked for); negation over season
counts and a runtime complained about; older viewers (no adults' audience from their age, "nothing rude", "from the
old days"); a format ruled out stays out when named again as a reason; "not the baby shows" for an older child.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, KIDS, TEEN, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


def _genres(turn: Any) -> list[str]:
    return list(applied(turn).get("genres") or []) + list(applied(turn).get("any_genres") or [])


# -- 1. "no too <x>" ---------------------------------------------------------------------------------------------------

async def test_no_too_long_is_a_short_series(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama show but no too long, i get bored")
    assert applied(turn).get("max_seasons") == 2, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 99) <= 2)


async def test_no_too_violent_is_a_cap_on_the_kind_asked(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("crime show but no too violent, my husband hates blood")
    assert "crime" in _genres(turn) and "kids" not in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and "crime" in r["genres"])


# -- 2. a cap raised in a follow-up ------------------------------------------------------------------------------------

async def test_an_age_limit_said_after_a_family_search_raises_the_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy film for the kids")
    turn = await chat.say("hmm ok, maybe it can be 14+")
    assert applied(turn).get("audience") == "teen" and "comedy" in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in TEEN and "comedy" in r["genres"])


async def test_an_age_limit_let_in_with_too_raises_the_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("an animated film for the children")
    turn = await chat.say("it could be 13+ too")
    assert applied(turn).get("audience") == "teen", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in TEEN)


async def test_a_rating_let_in_for_the_oldest_alone_raises_the_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("an adventure film, nothing above pg")
    turn = await chat.say("and for the 13 yo alone? pg13 is fine")
    assert applied(turn).get("audience") == "teen" and not applied(turn).get("query"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in TEEN)


# -- 3. ages without "year old" ----------------------------------------------------------------------------------------

async def test_children_with_bare_numbers_cap_at_the_youngest(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("girl 6, boy 10 - a cartoon film they both enjoy")
    assert applied(turn).get("audience") == "kids", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS)


async def test_a_misspelt_granddaughter_with_a_number_is_her_age(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("grandaughter 9 staying over, a funny movie")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_ages_set_off_beside_a_kind_cap_the_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my girls are crazy about animals, 8 and 11, which documentaries are ok for them")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_ages_set_off_beside_a_person_cap_the_persons_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("our two girls are big seth rogen fans, 10 and 12 - which of his suit them")
    assert applied(turn).get("audience") == "family" and applied(turn).get("actors") == ["Seth Rogen"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


# -- 4. negation over numbers ------------------------------------------------------------------------------------------

async def test_the_long_ones_refused_by_count_are_a_ceiling(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy series")
    turn = await chat.say("not the long ones with 4 or more seasons")
    assert applied(turn).get("max_seasons") == 3 and not applied(turn).get("min_seasons"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 99) <= 3)


async def test_refusing_a_count_again_is_fewer(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama series, i refuse to start a show with 8 seasons ever again")
    assert applied(turn).get("max_seasons") == 7, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 99) <= 7)


async def test_a_runtime_complained_about_is_no_window(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("an indian film under 2 hours please, they are usually like 3 hours")
    assert applied(turn).get("max_minutes") == 120 and not applied(turn).get("min_minutes"), applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(120))


# -- 5. older viewers --------------------------------------------------------------------------------------------------

def _clean_cap(constraints: dict[str, Any]) -> bool:
    """A clean search: the family audience, or a ratings band up to PG/TV-PG with nothing adults-only in it."""
    ratings = set(constraints.get("ratings") or ())
    return constraints.get("audience") == "family" or (
        {"PG", "TV-PG"} <= ratings and not ratings & {"R", "TV-MA", "NC-17", "PG-13", "TV-14"})


async def test_an_old_viewer_with_content_turned_down_and_old_days(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("movie night with my dad, he is 88, no swearing please. something from the good old days")
    # round 20h: an elder beside a content cap, no child named, is a grown-ups' cap (the ratings band), not the
    # children's shelf
    assert _clean_cap(applied(turn)), applied(turn)
    assert applied(turn).get("year_max") or applied(turn).get("older_than_years"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_old_grandparents_are_no_adults_only_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("grandparents staying with us, they are 79, nothing rude, a lovely film")
    assert _clean_cap(applied(turn)) and not applied(turn).get("exclude_genres"), applied(turn)
    assert not applied(turn).get("query"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


# -- 6. a format ruled out, named again as a reason --------------------------------------------------------------------

async def test_a_format_refused_then_named_as_a_reason_stays_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("one film please, no series, we can't agree on episodes")
    assert applied(turn).get("media_type") == ["movie"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")


async def test_a_count_beside_refused_series_asks_no_series(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a movie only, no series, way too many episodes")
    assert applied(turn).get("media_type") == ["movie"] and not applied(turn).get("max_seasons"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")


# -- 7. baby shows for an older child ----------------------------------------------------------------------------------

async def test_baby_shows_refused_for_an_older_child_keep_the_kids_search(stack: Any, chat: WebChat) -> None:
    await chat.say("cartoon series for my 9 year old")
    turn = await chat.say("nothing babyish please")
    assert "kids" in _genres(turn) and "kids" not in (applied(turn).get("exclude_genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and r["rating"] not in ("TV-Y", "TV-G"))


async def test_a_young_child_and_a_pg_ceiling_keep_the_childs_cap(stack: Any, chat: WebChat) -> None:
    # documented judgement: the stricter of the two caps decides (a 6 year old is below PG)
    turn = await chat.say("a cartoon for my 6 yo, nothing above pg")
    assert applied(turn).get("audience") == "kids", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS)
