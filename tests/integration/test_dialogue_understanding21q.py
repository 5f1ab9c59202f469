"""Dialogue round 21q through the real stack: ratings said directly, and who watches.

Classes (phrasings are this module's own):
1. an adult rating ruled out beside a child's age ("for my 13 year old daughter, comedy films, nothing R rated") is the
   teen cap with the genre and format kept, never a list of every other rating (actions/constraints.py);
2. a teen asking for adult ratings by letter and code ("R or TV-MA") gets both, without the teen cap of their own age
   (nlu/extraction/ratings.py ``_LISTED_LETTER_RE``, actions/constraints.py);
3. a kind someone is over or has outgrown ("she's over anime") is ruled out (nlu/extraction/negation.py);
4. grown-up kin watching too ("with my father, who only likes war dramas") cap nothing
   (nlu/extraction/audience.elders_in_company); since round 22d grandparents ("grandma is visiting") are the grown-ups'
   cap; a child named beside them decides.
Near misses: a teen rating ruled out ("no pg-13 ones") still leaves only that rating out; "over the top" rules out
nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import TEEN, applied

pytestmark = pytest.mark.integration


async def test_not_r_rated_beside_an_age_is_the_teen_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my daughter is 13 and likes comedy films, anything that isn't R rated")
    got = applied(turn)
    assert "comedy" in (got.get("genres") or []) and got.get("media_type") in ("movie", ["movie"]), got
    assert got.get("audience") == "teen" and not got.get("ratings"), got
    assert "NC-17" not in turn.text, turn.text
    assert all(i.get("rating") in TEEN for i in turn.items), turn.items


async def test_a_teen_rating_ruled_out_leaves_only_it_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("thriller films, no pg-13 ones")
    got = applied(turn)
    assert "PG-13" not in (got.get("ratings") or ["PG-13"]) and "R" in got["ratings"], got


async def test_a_teen_asking_r_or_tv_ma_gets_both(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i'm 17, give me a thriller film that's properly intense. R or TV-MA only")
    got = applied(turn)
    assert sorted(got.get("ratings") or []) == ["R", "TV-MA"] and not got.get("audience"), got
    assert turn.items and all(i.get("rating") in ("R", "TV-MA") for i in turn.items), turn.text


async def test_a_kind_she_is_over_is_ruled_out(stack: Any, chat: WebChat) -> None:
    await chat.say("anime series for my niece")
    turn = await chat.say("actually she's over anime now, what else")
    got = applied(turn)
    assert "anime" not in (got.get("genres") or []) and "anime" in (got.get("exclude_genres") or []), got


async def test_over_the_top_rules_nothing_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("an action film that is over the top")
    got = applied(turn)
    assert "action" in (got.get("genres") or []) and not got.get("exclude_genres"), got


async def test_a_parent_in_company_caps_nothing(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a series to watch with my father, he only likes crime dramas")
    got = applied(turn)
    assert not got.get("audience") and not got.get("ratings"), got
    assert {"crime", "drama"} <= set(got.get("genres") or []) and turn.items, turn.text
    assert "father" not in str(got.get("query") or ""), got


async def test_a_grandparent_visiting_is_the_grown_ups_cap(stack: Any, chat: WebChat) -> None:
    # round 22d: grandparents in company cap at PG / TV-PG (the grown-ups' cap), never the children's audience
    turn = await chat.say("grandma is visiting this weekend, any movie ideas?")
    got = applied(turn)
    assert not got.get("audience") and got.get("ratings") and "R" not in got["ratings"], got
    assert not {"grandma", "visiting"} & set(str(got.get("query") or "").split()), got


async def test_children_beside_a_grandparent_decide(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film for my grandad (81) and my boys (5 and 7)")
    assert applied(turn).get("audience") == "kids", applied(turn)
