"""Dialogue round 13h through the real stack (NLU extraction classes), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: "one" after the children's ages that does something ("one likes…", "one of them…") is a pronoun, not an age
of 1; a title with a number is found with the number written the other way ("stuart little two", "forty four cats");
a subject word asked for beside the same genre ruled out ("not sci fi, maybe something about space") is the topic,
the genre staying excluded.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import KIDS, PRESCHOOL, applied, checked_picks

pytestmark = pytest.mark.integration

# Titles in tests/fixtures/netflix_small.csv
STUART_LITTLE_2_ID, CATS_44_ID = "s8111", "s325"


async def test_one_after_the_ages_that_likes_something_is_no_age(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the kids are 6 and 10, one of them loves comedies")
    assert applied(turn).get("audience") == "kids", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS)


async def test_one_said_as_an_age_still_counts(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my kids are one and four, something gentle")
    assert applied(turn).get("audience") == "preschool", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL)


async def test_a_sequel_number_said_aloud_names_the_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything like stuart little two?")
    assert applied(turn).get("similar_to") == STUART_LITTLE_2_ID, applied(turn)
    assert STUART_LITTLE_2_ID not in {i["id"] for i in turn.items}, turn.items


async def test_a_spelled_number_finds_a_title_written_in_digits(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("shows like forty four cats for my little one")
    assert applied(turn).get("similar_to") == CATS_44_ID, applied(turn)


async def test_a_count_in_a_request_names_no_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy for two people tonight")
    assert not applied(turn).get("similar_to"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])


async def test_a_subject_beside_its_genre_ruled_out_is_the_topic(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("not sci fi, maybe something about space")
    constraints = applied(turn)
    assert "sci-fi" in (constraints.get("exclude_genres") or []), constraints
    assert "sci-fi" not in (constraints.get("genres") or []), constraints
    assert "space" in (constraints.get("query") or ""), constraints
    await checked_picks(stack.gateway_url, turn, lambda r: "sci-fi" not in r["genres"])


async def test_a_subject_beside_another_genre_ruled_out_keeps_its_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("no documentaries, something about space")
    constraints = applied(turn)
    assert "sci-fi" in (constraints.get("genres") or []), constraints
    await checked_picks(stack.gateway_url, turn, lambda r: "sci-fi" in r["genres"] and "documentary" not in r["genres"])
