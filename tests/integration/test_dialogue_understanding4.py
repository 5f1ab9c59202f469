"""Issue 10, fourth round (the classes independent set 4 found), through the real stack: Rasa + action
server + gateway on the fixture catalog, every pick judged on its catalog record (GET /api/items/{id}).
Phrasings are this module's own, never the evaluation sets'.

Classes: typos in names, titles and nationality words; numbers said in words; negation by verb; countries
by adjective; a hedged "like" edit; relative follow-ups that find nothing; a runtime said about series;
who is watching told in a long story; a topic before a documentary noun.
"""

from __future__ import annotations

import statistics
from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, PRESCHOOL, applied, checked_picks

pytestmark = pytest.mark.integration


async def test_a_nationality_adjective_is_the_country(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got any french movies?")
    await checked_picks(stack.gateway_url, turn, lambda r: "France" in r["countries"] and r["type"] == "movie")


async def test_a_misspelt_nationality_is_still_the_country(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("britsh shows for kids")
    await checked_picks(stack.gateway_url, turn, lambda r: "United Kingdom" in r["countries"])


async def test_negation_by_a_verb_in_the_third_person_excludes(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a family comedy, my son really hates anything with singing and musicals")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and "music" not in r["genres"])
    assert "hates" not in str(applied(turn).get("query") or "")


async def test_a_runtime_said_in_words_in_the_hundreds_is_a_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a movie shorter than one hundred and ten minutes")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] == "movie" and r["duration_minutes"] is not None and r["duration_minutes"] <= 110)
    assert applied(turn)["max_minutes"] == 110


async def test_a_title_typed_with_a_slip_is_the_like_anchor(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything like sherlok?")
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != "s8003")
    assert applied(turn)["similar_to"] == "s8003"


async def test_a_hedged_like_with_a_season_count_edits_the_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("kids shows")
    await checked_picks(stack.gateway_url, first, lambda r: r["type"] == "series")
    turn = await chat.say("like, three seasons or more")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 0) >= 3)


async def test_a_runtime_with_a_season_count_leaves_series_unbounded(stack: Any, chat: WebChat) -> None:
    await chat.say("kids series")
    turn = await chat.say("nothing too long, two seasons at most")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 99) <= 2)
    assert applied(turn).get("max_minutes") is None


async def test_newer_than_the_list_is_newer_or_honestly_nothing_and_the_search_survives(
        stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedy movies")
    records = await checked_picks(stack.gateway_url, first, lambda r: "comedy" in r["genres"])
    median = statistics.median(r["year"] for r in records)
    newer = await chat.say("newer than these")
    if newer.items:
        await checked_picks(stack.gateway_url, newer, lambda r: r["year"] > median)
    after = await chat.say("only the short ones, under 100 minutes")
    await checked_picks(stack.gateway_url, after, lambda r: "comedy" in r["genres"] and r["duration_minutes"] <= 100)


async def test_who_is_watching_counts_anywhere_in_a_long_message(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my neighbour left her two little ones with me for the evening (they're 4 and 6) and "
                          "i have zero clue what they watch at home. anything gentle for them?")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL)


async def test_someone_joining_only_tightens_who_is_watching(stack: Any, chat: WebChat) -> None:
    await chat.say("a film for my 11 year old")
    turn = await chat.say("oh and her big sister is joining us, she's 15")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_a_subject_before_a_documentary_noun_ranks_instead_of_filtering(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("nature documentaries under an hour")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "documentary" in r["genres"] and r["duration_minutes"] is not None
                        and r["duration_minutes"] <= 60)
