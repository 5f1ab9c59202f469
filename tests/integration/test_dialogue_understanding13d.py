"""Dialogue round 17 (part D) through the real stack, every pick judged on its catalog record. Phrasings are this
module's own.

Classes: the taste of the person a title is for, said in the third person, is the topic of the request (and someone
else's taste the viewer turns down is left out); a choice among alternatives said later in the message narrows them
to it; "no more <genre> that are <qualifier>" turns down the qualifier, not the genre. Near-misses: what a child
hates, alternatives with no choice, a taste of someone the title is not for.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied, checked_picks

pytestmark = pytest.mark.integration


def _of(record: dict[str, Any], country: str, language: str) -> bool:
    """The title is from ``country`` or in ``language`` (an origin adjective reads as either)."""
    return country in (record.get("countries") or []) or language in (record.get("languages") or [])


# -- 1. the taste of the person the title is for -------------------------------------------------------------------

async def test_a_child_taste_in_the_third_person_is_the_topic(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("nothing rated above pg for my daughter, she's 9, and she's obsessed with dragons")
    assert "dragons" in (applied(turn).get("query") or ""), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_what_a_child_hates_is_never_the_topic(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("nothing rated above pg for my son, he's 9, and he hates dogs")
    assert "dogs" not in (applied(turn).get("query") or ""), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_someone_elses_taste_the_viewer_turns_down_is_left_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my cousin loves horror but I really can't stand it, got any good comedies?")
    assert "horror" not in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and "horror" not in r["genres"])


# -- 2. a choice among alternatives said later -----------------------------------------------------------------------

async def test_a_format_chosen_after_two_offered_is_the_only_format(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what's better for my 6 year old, a movie or a series? let's go with a series")
    assert applied(turn).get("media_type") == ["series"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")


async def test_an_origin_said_first_is_searched_and_the_other_follows(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("french or spanish dramas, anything you have. spanish first")  # "spanish": the language
    assert "France" not in (applied(turn).get("countries") or []), applied(turn)  # co-productions may be French too
    assert "fr" not in (applied(turn).get("languages") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and _of(r, "Spain", "es"))
    turn = await chat.say("now french")
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and _of(r, "France", "fr"))


async def test_alternatives_without_a_choice_keep_both(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("films or shows, either is fine, something with dragons")
    assert applied(turn).get("media_type") in (None, [], ["movie", "series"], ["series", "movie"]), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] in ("movie", "series"))


# -- 3. a negation qualified by a relative clause ------------------------------------------------------------------

async def test_no_more_of_a_genre_that_is_from_a_country_keeps_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("dramas")
    turn = await chat.say("no more dramas that are american")
    assert "drama" in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "drama" in r["genres"] and "United States" not in (r.get("countries") or []))


async def test_no_more_of_a_genre_alone_still_turns_it_down(stack: Any, chat: WebChat) -> None:
    await chat.say("dramas from india")
    turn = await chat.say("no more dramas")
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" not in r["genres"])
