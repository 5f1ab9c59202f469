"""Dialogue round 17f through the real stack: words that tell a story, a subject or a title of the list, not a filter
(nlu/extraction/years.py ``drop_life_story_eras``, nlu/extraction/topics.py, actions/edits/topics.py ``bare_topic_reply``,
recommender/similarity.py ``same_kind``). Phrasings are this module's own.

Classes: an era of someone's life ("my mother taught physics in the seventies") is no year filter; a subject after
"a documentary about" is what the film is about, never a fiction genre; "a <topic> one" after a list is a topic of
that search, which keeps its format and era; love as the subject is romance; more like a title is titles of its kind.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


async def test_an_era_of_someones_life_is_no_year_filter(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any documentary about space? my late mother taught physics in the seventies")
    c = applied(turn)
    assert c.get("genres") == ["documentary"] and not c.get("year_min") and not c.get("year_max"), c
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in r["genres"])


async def test_a_topic_one_after_a_list_keeps_its_format_and_era(stack: Any, chat: WebChat) -> None:
    await chat.say("movies from before 1990 please")
    turn = await chat.say("a crime one")
    c = applied(turn)
    assert c.get("media_type") == ["movie"] and c.get("year_max") == 1989, c


async def test_love_as_the_subject_is_romance(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i want to see one movie about love please")
    assert "romance" in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "romance" in r["genres"] and r["type"] == "movie")


async def test_more_like_a_title_is_titles_of_its_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something similar to breaking bad")
    await checked_picks(stack.gateway_url, turn, lambda r: {"crime", "drama", "thriller"} & set(r["genres"]),
                        min_items=3)


async def test_a_nature_show_for_a_toddler_is_the_nature_shelf(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a nature show my 3 year old could watch with grandpa")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "science-nature" in r["genres"] and r["rating"] in {"TV-Y", "TV-G", "G"})


async def test_the_ones_with_an_actor_narrow_a_directors_list(stack: Any, chat: WebChat) -> None:
    await chat.say("martin scorsese films")
    turn = await chat.say("only the ones with de niro")
    c = applied(turn)
    assert c.get("directors") == ["Martin Scorsese"] and c.get("actors") == ["Robert De Niro"], c


async def test_more_along_the_same_lines_stays_on_the_like_search(stack: Any, chat: WebChat) -> None:
    await chat.say("something similar to breaking bad")
    turn = await chat.say("great. anything else along the same lines?")
    assert "which one" not in turn.text.lower(), turn.text
    assert applied(turn).get("similar_to"), applied(turn)


async def test_no_cartoons_for_grandparents_is_no_childrens_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my grandparents are visiting, a film rated pg or lower, no cartoons")
    await checked_picks(stack.gateway_url, turn, lambda r: not {"kids", "anime"} & set(r["genres"]))
