"""Round 35's mends through the real stack (Rasa, the action server, the recommender; the fixture catalog): "what
about <country> ones" edits the search shown; "newr" after a list is newer than it; a title after a likeness cue
with one letter added; "<title>, is it on", "y'all got <title>", "do you have <title> for my dad" answer with its card
and a name the catalog lacks is said to be missing whatever the question's shape; a genre settled for after nothing
keeps the rest of the search; a funnier mood "instead" replaces the genre. Phrasings are this
module's own."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import assert_like_list, checked_picks, details_of, shown_ids

pytestmark = pytest.mark.integration

OZARK_ID, STRANGER_THINGS_ID = "s2768", "s3686"


async def test_what_about_country_ones_edits_the_search_shown(stack: Any, chat: WebChat) -> None:
    await chat.say("some dramas")
    turn = await chat.say("what about italian ones")
    await checked_picks(stack.gateway_url, turn, lambda r: "Italy" in r["countries"] and "drama" in r["genres"])


async def test_a_comparative_with_a_dropped_vowel_is_newer_than_the_list(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedy films")
    oldest = min(i["year"] for i in first.items)
    turn = await chat.say("any newr ones")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["type"] == "movie"
                        and r["year"] > oldest and r["id"] not in shown_ids(first))


async def test_a_title_with_a_letter_added_after_like_is_the_anchor(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("shows like ozarck"), "Ozark", OZARK_ID)


async def test_a_title_then_is_it_on_answers_with_its_card(stack: Any, chat: WebChat) -> None:
    found = details_of(await chat.say("stranger things, is it on"))
    assert found and found[0].item.id == STRANGER_THINGS_ID


@pytest.mark.parametrize("text", ["brooklyn nine nine is on here right", "brooklyn nine nine, is it on here"])
async def test_a_missing_title_asked_after_its_name_is_said_missing(stack: Any, chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    assert "in the catalog" in turn.text and not shown_ids(turn), turn.text


async def test_a_genre_settled_for_after_nothing_keeps_the_rest(stack: Any, chat: WebChat) -> None:
    empty = await chat.say("korean horror series")
    assert not shown_ids(empty), empty.text
    turn = await chat.say("ok whatever, crime then")
    await checked_picks(stack.gateway_url, turn, lambda r: "South Korea" in r["countries"] and "crime" in r["genres"]
                        and r["type"] == "series")


@pytest.mark.parametrize("text", ["y'all got ozark?", "do you have ozark for my dad"])
async def test_more_shapes_of_the_availability_question_answer_with_the_card(stack: Any, chat: WebChat,
                                                                            text: str) -> None:
    found = details_of(await chat.say(text))
    assert found and found[0].item.id == OZARK_ID, text


async def test_a_funnier_mood_instead_replaces_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("thriller movies")
    turn = await chat.say("hmm maybe something funnier instead")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["type"] == "movie")
