"""Dialogue round 22d through the real stack: who is watching and the mood of the evening, as caps and hard exclusions.

Classes (phrasings are this module's own):
1. "clean" as a request word ("clean pls", "nothing dirty") is the grown-ups' clean cap (ratings up to PG / TV-PG),
   never a keyword search for "clean" (nlu/extraction/audience.py ``_CLEAN_RE``, ``_INOFFENSIVE_RE``);
2. grandparents in company ("watching w my gran") cap at PG / TV-PG, without the children's audience
   (``audience.elders_in_company``); a parent still caps nothing;
3. a loose age of any young relative ("my lil cousin shes like 6", "bro is 8ish") is that child's audience; "the
   whole fam" is the family;
4. a calm mood ("cosy", "nothing heavy", "comfort watch") never shows horror: a hard filter
   (contract.vocabulary.MOOD_RULES_OUT, recommender/filters.py);
5. a sleepless night or a finished shift are calm, light picks, never the fallback; "something educational" is
   documentaries.
Near misses: "a show about cleaning" is a topic, no cap; "cosy horror" keeps horror.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, KIDS, NOT_UNDERSTOOD, applied, checked_picks

pytestmark = pytest.mark.integration


def _genres(r: dict[str, Any]) -> list[str]:
    return list(r.get("genres") or [])


async def test_clean_please_is_the_clean_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("hmm something so clean pls")
    got = applied(turn)
    assert "clean" not in str(got.get("query") or ""), got
    assert got.get("ratings") and set(got["ratings"]) <= FAMILY, got
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY)


async def test_nothing_dirty_beside_a_comedy(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy film but nothing dirty")
    got = applied(turn)
    assert "comedy" in (got.get("genres") or []), got
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY and "comedy" in _genres(r))


async def test_a_cleaning_show_is_a_topic_not_a_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a reality show about cleaning houses")
    got = applied(turn)
    assert not got.get("ratings") and not got.get("audience"), got


async def test_a_grandparent_in_company_caps_at_pg(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("watching w my gran tonight, a film pls")
    got = applied(turn)
    assert not got.get("audience") and got.get("ratings") and set(got["ratings"]) <= FAMILY, got
    assert "gran" not in str(got.get("query") or ""), got
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY)


async def test_a_parent_in_company_still_caps_nothing(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("watching with my mum tonight, she loves a crime drama")
    got = applied(turn)
    assert not got.get("audience") and not got.get("ratings"), got


async def test_a_loose_age_of_a_cousin_is_the_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my lil cousin is here, shes like 6, anything fun?")
    got = applied(turn)
    assert got.get("audience") == "kids", got
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in KIDS)


async def test_a_brother_of_about_eight(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("bro is 8ish and wants a superhero movie")
    got = applied(turn)
    assert got.get("audience") == "family", got
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY)


async def test_the_whole_fam_is_the_family(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("film night with the whole fam")
    assert applied(turn).get("audience") == "family", applied(turn)


async def test_a_cosy_evening_never_shows_horror(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("cosy night in, nothing heavy, a comfort watch")
    got = applied(turn)
    assert got.get("mood"), got
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in _genres(r), min_items=3)


async def test_near_miss_cosy_horror_keeps_horror(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a cosy horror movie for a rainy night")
    assert "horror" in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" in _genres(r))


async def test_sleepless_at_night_gets_calm_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("watching alone at 3am, cant sleep again")
    got = applied(turn)
    assert {"relaxing", "light"} <= set(got.get("mood") or []) and not got.get("query"), got
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in _genres(r), never_say=NOT_UNDERSTOOD)


async def test_after_a_night_shift_gets_calm_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("night shift finally ended")
    got = applied(turn)
    assert {"relaxing", "light"} <= set(got.get("mood") or []) and not got.get("query"), got


async def test_something_educational_is_documentaries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something educational tonight?")
    assert "documentary" in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in _genres(r))


async def test_the_grandparents_cap_holds_over_a_follow_up(stack: Any, chat: WebChat) -> None:
    await chat.say("watching with my grandparents tonight, any film ideas")
    turn = await chat.say("something a bit funnier")
    got = applied(turn)
    assert got.get("ratings") and set(got["ratings"]) <= FAMILY, got
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY)


async def test_the_clean_cap_holds_over_a_new_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("clean stuff only pls")
    turn = await chat.say("a comedy then")
    got = applied(turn)
    assert got.get("ratings") and set(got["ratings"]) <= FAMILY, got
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY)


async def test_more_of_a_comfort_list_still_has_no_horror(stack: Any, chat: WebChat) -> None:
    await chat.say("a comfort movie please")
    turn = await chat.say("any others?")
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in _genres(r))
