"""Dialogue round 14b through the real stack (dialogue edits in actions/), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: a bare bound said acceptable or with consent re-sets the bound in force; settling for what suits the child
after an empty answer keeps the audience and drops the genre; a slip in a position reference; new company while the
search is "like <title>" leaves a title rated above the children's cap; "no cartoons" in a children's search leaves
out anime only; "done with <title>" is a like-search on it; reasons and figures of speech give no query words; two
moods joined by "also" require a genre of each; "both A and B" that no title has is said, with a button for each.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import KIDS, PRESCHOOL, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration

OZARK_ID = "s2768"  # the series "Ozark" (TV-MA) in tests/fixtures/netflix_small.csv
SHERLOCK_ID = "s8003"  # the series "Sherlock"


async def test_a_bound_said_acceptable_after_an_empty_answer_resets_it(stack: Any, chat: WebChat) -> None:
    empty = await chat.say("a horror movie under 35 minutes")
    assert not empty.items, empty.text
    turn = await chat.say("under 110 is fine")
    assert applied(turn).get("max_minutes") == 110, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" in r["genres"] and runtime_at_most(110)(r))


async def test_a_lower_bound_said_with_consent_resets_the_season_count(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy series with at least 6 seasons")
    turn = await chat.say("alright, 4 or more")
    assert applied(turn).get("min_seasons") == 4, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and (r.get("seasons") or 0) >= 4)


async def test_settling_for_the_childs_age_keeps_the_audience(stack: Any, chat: WebChat) -> None:
    empty = await chat.say("a slasher movie for my 3 year old")
    assert not empty.items, empty.text
    turn = await chat.say("fine, just something ok for her age then")
    assert applied(turn).get("audience") == "preschool" and not applied(turn).get("genres"), applied(turn)
    assert "age" not in (applied(turn).get("query") or ""), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL and "horror" not in r["genres"])


async def test_a_slip_in_a_position_turns_that_title_down(stack: Any, chat: WebChat) -> None:
    first = await chat.say("a comedy movie")
    second_id = first.items[1]["id"]
    turn = await chat.say("nah not teh second one")
    assert second_id not in {i["id"] for i in turn.items}, turn.text
    assert "which one" not in turn.text.lower(), turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])


async def test_a_child_watching_leaves_an_adults_anchor(stack: Any, chat: WebChat) -> None:
    await chat.say("series like Ozark")
    turn = await chat.say("now something for my 6 year old son")
    assert applied(turn).get("similar_to") is None and applied(turn).get("audience") == "kids", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS)


async def test_new_company_leaves_the_anchor(stack: Any, chat: WebChat) -> None:
    await chat.say("something like Sherlock")
    turn = await chat.say("the grandkids are staying with us this weekend, a film for all of us")
    assert applied(turn).get("similar_to") is None, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")


async def test_no_cartoons_for_a_child_leaves_out_anime_only(stack: Any, chat: WebChat) -> None:
    await chat.say("something for my 8 year old daughter")
    turn = await chat.say("no cartoons please")
    assert applied(turn).get("exclude_genres") == ["anime"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS | {"PG", "TV-PG"}
                        and "anime" not in r["genres"])


async def test_done_with_a_title_is_a_like_search_on_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we're all done with ozark now")
    assert applied(turn).get("similar_to") == OZARK_ID, applied(turn)
    assert not applied(turn).get("exclude_genres") and "done" not in (applied(turn).get("query") or ""), applied(turn)
    assert OZARK_ID not in {i["id"] for i in turn.items}


async def test_done_with_a_kind_is_still_weariness(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("honestly i'm done with crime dramas")
    assert "crime+drama" in (applied(turn).get("exclude_origin_genres") or []), applied(turn)  # the kind, both genres
    await checked_picks(stack.gateway_url, turn, lambda r: not {"crime", "drama"} <= set(r["genres"]))


async def test_reasons_and_figures_of_speech_give_no_query_words(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a short comedy, i have to be up at six and my boss would kill me if i'm late")
    query = applied(turn).get("query") or ""
    assert not {"kill", "boss", "late", "six", "up"} & set(query.split()), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])


async def test_two_moods_joined_by_also_require_both_genres(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something creepy but also funny")
    constraints = applied(turn)
    together = set(constraints.get("genres") or []) == {"horror", "comedy"}
    either = set(constraints.get("any_genres") or []) == {"horror", "comedy"}
    assert together or either, constraints
    check = (lambda r: {"horror", "comedy"} <= set(r["genres"])) if together \
        else (lambda r: bool({"horror", "comedy"} & set(r["genres"])))
    await checked_picks(stack.gateway_url, turn, check)


async def test_both_people_that_no_title_has_is_said_not_listed(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("is there anything with both Seth Rogen and David Spade")
    assert not turn.items and "both" in turn.text, turn.text
    assert {b["title"] for b in turn.buttons} >= {"Titles with Seth Rogen", "Titles with David Spade"}, turn.buttons


async def test_two_people_without_both_still_lists_either(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("movies with Seth Rogen and David Spade")
    await checked_picks(stack.gateway_url, turn, lambda r: bool({"Seth Rogen", "David Spade"} & set(r.get("cast") or [])))
