"""Dialogue round 25c through the real stack: negation scope, genre composition and "family" words.

Classes (phrasings are this module's own; the fixture catalog):
1. a negation rules out the genres of its own clause, examples after "like" and "exclude" as a command included
   (negation.EXAMPLE_MARKERS, negation.CUES); a part of the search's genre ruled out in a follow-up keeps the genre
   (constraints.sub_kinds_of_the_search);
2. a language turned down leaves out the countries that speak it (recommender/filters._exclude_languages), and a
   region narrowed by a country ruled out keeps its genre (negation._region_members_excluded);
3. a topic ruled out that means a genre ("not about a murder": no crime; genres.EXTRA) and "nothing sad" (no drama);
4. "family" before a genre noun is the kids shelf with that genre (childrens.family_as_kind);
5. a compound holding a series-only genre with no series of both answers with the other genre, the first the topic
   (constraints.series_genres_beside_others), and "music docs, not concert films" keeps films;
6. a bare bound after a season count re-says it (seasons.bare_bounds_before).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

SPANISH_SPEAKING = {"Spain", "Mexico", "Argentina", "Colombia", "Chile", "Peru"}


# -- 1 -------------------------------------------------------------------------------------------------------------

async def test_examples_after_like_are_ruled_out_never_asked_for(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something gentle to doze off to, nothing noisy like action movies")
    got = applied(turn)
    assert "action" in (got.get("exclude_genres") or []) and "action" not in (got.get("genres") or []), got
    await checked_picks(stack.gateway_url, turn, lambda r: "action" not in r["genres"])


async def test_exclude_as_a_command_rules_the_genre_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("comedy films please, exclude stand-up")
    got = applied(turn)
    assert got.get("genres") == ["comedy"] and "stand-up" in (got.get("exclude_genres") or []), got
    await checked_picks(stack.gateway_url, turn, lambda r: "stand-up" not in r["genres"])


# -- 2 -------------------------------------------------------------------------------------------------------------

async def test_a_language_turned_down_leaves_out_its_countries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama series, but not spanish")
    got = applied(turn)
    assert got.get("exclude_languages") == ["es"], got
    await checked_picks(stack.gateway_url, turn, lambda r: not SPANISH_SPEAKING & set(r.get("countries") or [])
                        and "es" not in (r.get("languages") or []))


async def test_a_region_narrowed_keeps_its_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("european dramas, nothing french")
    got = applied(turn)
    assert got.get("genres") == ["drama"] and "France" in (got.get("exclude_countries") or []), got
    assert "France" not in (got.get("countries") or []) and "Germany" in (got.get("countries") or []), got


# -- 3 -------------------------------------------------------------------------------------------------------------

async def test_a_topic_ruled_out_rules_out_its_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a documentary series, just nothing about a murder")
    got = applied(turn)
    assert "crime" in (got.get("exclude_genres") or []) and "documentary" in (got.get("genres") or []), got
    await checked_picks(stack.gateway_url, turn, lambda r: "crime" not in r["genres"])


async def test_nothing_sad_rules_out_drama(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("rough day, nothing romantic or sad. a comedy?")
    got = applied(turn)
    assert {"romance", "drama"} <= set(got.get("exclude_genres") or []) and got.get("genres") == ["comedy"], got


# -- 4 -------------------------------------------------------------------------------------------------------------

async def test_family_before_a_genre_is_the_kids_shelf_with_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a family comedy for saturday")
    got = applied(turn)
    assert {"kids", "comedy"} <= set(got.get("genres") or []), got
    await checked_picks(stack.gateway_url, turn, lambda r: {"kids", "comedy"} <= set(r["genres"]))


# -- 5 -------------------------------------------------------------------------------------------------------------

async def test_a_crime_compound_with_no_series_of_both_answers_with_the_other_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any crime thriller made in germany?")
    assert turn.recommendations is not None and turn.items, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"]
                        and "Germany" in (r.get("countries") or []))


async def test_a_part_of_the_genre_before_a_format_noun_keeps_the_films(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("music documentaries about a band's story, not concert films")
    got = applied(turn)
    assert {"music", "documentary"} <= set(got.get("genres") or []), got
    assert "movie" in (got.get("media_type") or ["movie"]), got


# -- 6 -------------------------------------------------------------------------------------------------------------

async def test_a_bare_bound_after_a_season_count_re_says_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy series that ended, not 1 season, more like at least 3")
    got = applied(turn)
    assert got.get("min_seasons") == 3, got
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("seasons") or 0) >= 3)


async def test_a_part_of_the_search_genre_ruled_out_in_a_follow_up_keeps_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("any musicals?")
    turn = await chat.say("films only, no concerts and no docs")
    got = applied(turn)
    assert got.get("genres") == ["music"] and "documentary" in (got.get("exclude_genres") or []), got
    await checked_picks(stack.gateway_url, turn, lambda r: "music" in r["genres"] and "documentary" not in r["genres"]
                        and r["type"] == "movie")
