"""Round 24a through the real stack (phrasings are this module's own):
1. a rating turned down is a cap below it, never asked for, and an age beside it holds (nlu/extraction/ratings.py);
2. a negation in one clause of a story sentence leaves the wish of another clause standing (actions/query_text.py
   ``_story_rejects``);
3. a format declined as a reason picks the other one (nlu/extraction/media.py ``_declined``);
4. children at someone else's home are no audience (actions/planning.py ``_CHILDREN_AWAY_RE``);
5. teens who reject children's things: the teen cap, the children's shelf out, no search words
   (nlu/extraction/childrens.py ``childish_rejected``);
6. a grandparent who is a fan of an actor caps nothing (nlu/extraction/audience.py ``_fan_of_someone``);
7. a fear said as a reason after a children's list rules horror out, never asks for it (nlu/extraction/moods.py
   ``_fear_as_consequence``; "the little one" is the youngest already counted: actions/company.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration

ADULT_RATINGS = {"R", "TV-MA", "NC-17"}


def _genres(got: dict[str, Any]) -> set[str]:
    return set(got.get("genres") or []) | set(got.get("any_genres") or [])


async def test_a_rating_turned_down_is_a_cap_with_the_age(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my 15 year old wants a thriller but i won't let him watch anything R rated")
    got = applied(turn)
    assert "thriller" in _genres(got), got
    assert not set(got.get("ratings") or []) & ADULT_RATINGS, got
    assert got.get("audience") == "teen", got
    assert all(i.get("rating") not in ADULT_RATINGS for i in turn.items), turn.items


async def test_a_wish_in_the_story_survives_a_later_negated_clause(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we'd like a korean series, but she's seen every kdrama out there, so nothing too sappy. "
                          "a comedy maybe")
    got = applied(turn)
    assert got.get("languages") == ["ko"] or got.get("countries") == ["South Korea"], got
    assert "series" in (got.get("media_type") or []), got


async def test_a_show_declined_as_a_reason_leaves_films(stack: Any, chat: WebChat) -> None:
    await chat.say("some comedy please")
    turn = await chat.say("a film, we're not starting a new series at this hour")
    got = applied(turn)
    assert got.get("media_type") == ["movie"], got


async def test_children_at_someone_else_s_home_are_no_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("date night! the kids are at my sister's, a romantic comedy please")
    got = applied(turn)
    assert got.get("audience") in (None, "adult"), got
    assert not got.get("ratings"), got


async def test_teens_who_reject_kids_stuff_get_the_teen_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film with my teenage nephews (14 and 16), they groan at anything for little kids")
    got = applied(turn)
    assert got.get("audience") == "teen", got
    assert "kids" in (got.get("exclude_genres") or []), got
    assert not got.get("query"), got


async def test_a_grandparent_fan_of_an_actor_caps_nothing(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my grandpa adores judi dench")
    got = applied(turn)
    assert got.get("actors") == ["Judi Dench"], got
    assert not got.get("ratings") and not got.get("audience"), got


async def test_a_fear_as_reason_rules_horror_out(stack: Any, chat: WebChat) -> None:
    await chat.say("an adventure for my nephew (6) and niece (11)")
    turn = await chat.say("not the first one, the little one would get scared")
    got = applied(turn)
    assert "horror" not in _genres(got) and "horror" in (got.get("exclude_genres") or []), got
    assert "scary" not in (got.get("mood") or []), got
    assert got.get("audience") == "kids", got
