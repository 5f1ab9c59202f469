"""Dialogue round 15d through the real stack: where the viewers come from, and wishes said in a long message's story.
Every pick is judged on its catalog record. Phrasings are this module's own.

Classes: a companion or the viewer "from <country>" (or living there) is no origin of the titles; a language the
viewer speaks poorly is not asked for; in a long message, a sentence of the story that itself asks for something
("… and wants to watch something in spanish.") is part of the request.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied, checked_picks

pytestmark = pytest.mark.integration

SPANISH_SPEAKING = {"Spain", "Mexico", "Argentina", "Colombia", "Chile", "Peru"}


def _spanish(r: dict[str, Any]) -> bool:
    return "es" in (r.get("languages") or []) or bool(SPANISH_SPEAKING & set(r.get("countries") or []))


async def test_guests_from_a_country_do_not_restrict_the_titles_origin(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my in-laws are visiting from portugal this week, they hate swearing. something for tonight?")
    assert not applied(turn).get("countries"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_a_wish_in_the_story_of_a_long_message_is_kept(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my flatmate from argentina is here for a fortnight and she wants to watch something in "
                          "spanish so it feels like home, subtitles are fine for me. she said a series is better "
                          "since we have two weeks")
    assert not (set(applied(turn).get("countries") or []) - SPANISH_SPEAKING), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: _spanish(r) and r["type"] == "series")


async def test_weak_english_is_no_wish_for_english(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("hello, a movie in spanish please. my english is not very good")
    assert "en" not in (applied(turn).get("languages") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: _spanish(r) and r["type"] == "movie")


async def test_a_request_that_sounds_like_a_question_gets_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got a twelve hour flight on friday and want to download one long series to keep me "
                          "company, three seasons at least")
    assert "haven't suggested" not in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 0) >= 3)


async def test_an_era_complained_about_gives_way_to_the_one_asked_for(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies please")
    turn = await chat.say("from 2010 or later, the 90s ones are too cheesy")
    assert applied(turn).get("year_min") == 2010 and applied(turn).get("year_max") is None, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["year"] >= 2010 and "comedy" in r["genres"])


async def test_the_stars_named_with_a_like_title_only_say_which_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the irishman with robert de niro and al pacino, i want something like it")
    assert not applied(turn).get("actors") and not applied(turn).get("any_people"), applied(turn)
    records = await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != "s3228")
    assert len(records) >= 3, turn.text


async def test_genres_no_title_has_together_beside_a_like_title_give_either(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the irishman vibes, a romantic horror")
    assert "one or the other" in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: bool({"romance", "horror"} & set(r["genres"])))


async def test_nothing_too_long_after_series_is_a_short_series(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy series please")
    turn = await chat.say("hmm nothing super long though")
    assert applied(turn).get("max_seasons") == 2 and not applied(turn).get("max_minutes"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 99) <= 2)


async def test_what_a_long_message_rules_out_in_its_story_stays_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we have been scrolling for ages and getting nowhere. my husband can't stand musicals. "
                          "i am not into anything too romantic. maybe a comedy?")
    assert {"music", "romance"} <= set(applied(turn).get("exclude_genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "comedy" in r["genres"] and not {"music", "romance"} & set(r["genres"]))


async def test_the_oldest_child_named_again_keeps_the_youngests_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("our kids are 5, 8 and 13, something all of them can watch, nothing above pg")
    turn = await chat.say("not the baby shows, the 13 year old would riot")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)
