"""Issue 10, fifth round, extraction classes through the real stack: Rasa + action server + gateway on the
fixture catalog, every pick judged on its catalog record (GET /api/items/{id}). Phrasings are this module's
own, never the evaluation sets'.

Classes: years said aloud; season bounds said in words and after the noun; a season count refused is a
ceiling below it; titles with swapped letters or that are ordinary words after a likeness cue; a surname
that is a word of another phrase; names typed with swapped letters after "directed by"; compound genres in
a long message; origins joined by "or".
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

OZARK, DARK = "s2768", "s2328"  # tests/fixtures/netflix_small.csv


async def test_a_year_said_aloud_is_that_year(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got a film that came out in two thousand eighteen?")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and r["year"] == 2018)


async def test_a_season_bound_after_the_noun_is_exact(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a show that runs for loads of seasons, at least five")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 0) >= 5)


async def test_a_season_count_the_viewer_refuses_is_a_ceiling_below_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a crime series please, i honestly can't commit to 3 seasons")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 99) <= 2)
    assert applied(turn).get("min_seasons") in (None, 0, 1)


async def test_a_short_title_with_swapped_letters_is_the_anchor(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we just finished ozrak, what should we watch now?")
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != OZARK)
    assert applied(turn)["similar_to"] == OZARK


async def test_an_ordinary_word_title_after_like_opens_like_x_but_y(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something like dark but set in the us")
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != DARK and "United States" in r["countries"])
    assert applied(turn)["similar_to"] == DARK


async def test_a_surname_inside_another_phrase_is_no_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("spanish lang series")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")
    constraints = applied(turn)
    assert not constraints.get("actors") and not constraints.get("directors")


async def test_a_director_typed_with_swapped_letters_resolves(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("films directed by Martni Scorsees")
    await checked_picks(stack.gateway_url, turn, lambda r: "Martin Scorsese" in r["directors"])


async def test_an_unknown_name_after_directed_by_is_never_a_director(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("movies directed by Orvald Quimbeley")
    if turn.recommendations is not None:
        assert not applied(turn).get("directors")


async def test_a_compound_request_after_a_story_keeps_both_genres(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my partner only watches romance and i only want fights and car chases, so we never agree. "
                          "is there an action movie with a love story in it?")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] == "movie" and {"action", "romance"} <= set(r["genres"]))


async def test_origins_joined_by_or_are_either_of_them(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama, japanese or korean")
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and (
        {"Japan", "South Korea"} & set(r["countries"]) or {"ja", "ko"} & set(r.get("languages") or [])))


async def test_a_genre_the_story_rules_out_is_never_asked_for(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we put on some horror last weekend and regretted it. a movie for tonight, no horror")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and "horror" not in r["genres"])


async def test_a_topic_in_a_negation_keeps_the_list_going(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a kids show, my daughter hates pirate stuff and any musicals")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and "music" not in r["genres"])
