"""Dialogue round 19b through the real stack: questions about a title just shown.

Classes (phrasings are this module's own): a maturity question about the card shown, a listed title or a title named
in the message ("would it be alright for my 6 year old?", "<title>. would it suit someone who can't stand swearing?",
"what is it rated") is answered from that title's rating against the age mapping — yes or no with the rating, never a
new list — and the audience asked about stays the search's cap, so "something like that one" next is a like-search on
the card within it (actions/title_questions.maturity_question, actions/details.answer_maturity_question); a request
for titles fit for a child is still a search. "The top one" is the first listed title (actions/references
.top_positions). A question about a listed title that asks for ones like it is a like-search on it
(title_questions.asks_for_ones_like_it). A bound said without its unit after a question about how many seasons a
title has narrows the search in seasons (title_questions.bound_in_the_unit_asked). "Show me <title>" is that title's
card (edits.asks_about_title). "Already seen <title>, anything like it?" after a list is a like-search on that title,
never more of the list's search (title_questions.seen_title_asked_like); "seen <title>, something else" still is.
"Is that the anime or the live action?" after a card says which kind it is (title_questions.kind_question).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
LOVE_IN_A_PUFF = "s160"    # TV-MA film
TITIPO = "s88"             # TV-Y series
DARK_SKIES = "s29"         # PG-13 film


def _ids(turn: Any) -> list[str]:
    return [str(i["id"]) for i in turn.items]


async def test_a_grown_up_card_is_too_mature_for_a_six_year_old(stack: Any, chat: WebChat) -> None:
    card = await chat.say("do you have love in a puff")
    assert "Love in a Puff" in card.text, card.text
    turn = await chat.say("would it be alright for my 6 year old?")
    assert not turn.items and "No —" in turn.text and "TV-MA" in turn.text, turn.text


async def test_then_more_like_that_one_is_like_the_card_within_the_age_said(stack: Any, chat: WebChat) -> None:
    await chat.say("do you have love in a puff")
    await chat.say("is it ok for a six year old")
    turn = await chat.say("cool, something like that one then")
    assert turn.items and LOVE_IN_A_PUFF not in _ids(turn), turn.text
    assert applied(turn).get("similar_to") == LOVE_IN_A_PUFF and applied(turn).get("audience") == "kids", applied(turn)


async def test_a_preschool_card_suits_a_four_year_old(stack: Any, chat: WebChat) -> None:
    await chat.say("is titipo titipo on here")
    turn = await chat.say("is it fine for a 4 year old")
    assert not turn.items and "Yes —" in turn.text and "TV-Y" in turn.text, turn.text


async def test_what_is_it_rated_after_a_card(stack: Any, chat: WebChat) -> None:
    await chat.say("do you have dark skies")
    turn = await chat.say("what is it rated")
    assert not turn.items and "Dark Skies is rated PG-13" in turn.text, turn.text


async def test_a_title_named_then_a_question_about_strong_language(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Dark Skies. Would it suit someone who can't stand swearing?")
    assert not turn.items and "No —" in turn.text and "PG-13" in turn.text, turn.text


async def test_a_request_fit_for_a_child_after_a_card_is_still_a_search(stack: Any, chat: WebChat) -> None:
    await chat.say("do you have love in a puff")
    turn = await chat.say("something ok for a 6 year old")
    assert turn.items and applied(turn).get("audience") == "kids", turn.text


async def test_a_listed_title_asked_about_then_ones_like_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("crime series")
    assert len(first.items) >= 3, first.text
    third = _ids(first)[2]
    turn = await chat.say("is the third one worth watching? find me ones like it")
    assert turn.items and third not in _ids(turn), turn.text
    assert applied(turn).get("similar_to") == third, applied(turn)


async def test_seasons_of_the_top_one_then_a_bare_bound(stack: Any, chat: WebChat) -> None:
    first = await chat.say("anime shows")
    assert first.items, first.text
    card = await chat.say("how many seasons does the top one have")
    assert not card.items and str(first.items[0]["title"]) in card.text, card.text
    turn = await chat.say("only ones with 1 or less")
    assert turn.items and all(int(i.get("seasons") or 0) <= 1 for i in turn.items), turn.text
    assert applied(turn).get("max_seasons") == 1 and "anime" in (applied(turn).get("genres") or []), applied(turn)


async def test_show_me_a_title_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("show me dark skies")
    assert not turn.items and "Dark Skies (2013)" in turn.text, turn.text


async def test_a_listed_title_seen_then_anything_like_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("crime series")
    assert len(first.items) >= 2, first.text
    seen = first.items[1]
    turn = await chat.say(f"I've already watched {seen['title']}. Got anything like it?")
    assert turn.items and str(seen["id"]) not in _ids(turn), turn.text
    assert applied(turn).get("similar_to") == str(seen["id"]), applied(turn)


async def test_a_listed_title_seen_then_something_else_keeps_the_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("crime series")
    seen = first.items[1]
    turn = await chat.say(f"he's seen {str(seen['title']).lower()}, something else")
    assert turn.items and str(seen["id"]) not in _ids(turn), turn.text
    assert not applied(turn).get("similar_to") and "crime" in (applied(turn).get("genres") or []), applied(turn)


async def test_the_anime_or_the_live_action_after_a_card(stack: Any, chat: WebChat) -> None:
    await chat.say("is castlevania on here")
    turn = await chat.say("is that the anime or the live action?")
    assert not turn.items and "Castlevania (2021) is an anime series." in turn.text, turn.text
