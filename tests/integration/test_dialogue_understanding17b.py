"""Dialogue round 17b through the real stack: titles in free text and title identification. Phrasings are this
module's own (tests/fixtures/netflix_small.csv titles).

Classes:
1. a plain request for a kind whose words happen to be a one-word title ("<topic> documentaries") is a search, never
   that title's card; asked for as a title ("is <it> on here") it is the card;
2. a follow-up that edits the list and gives a reason in a verb phrase is an edit, never "I don't have <the phrase>";
3. a description of one title with a decade or a country in it ("what's that <kind> about …", "the show w …, cant
   remember the name") is that title's card: the decade and the country are evidence, never filters;
4. a title named as just watched, lowercase, mid-sentence, or by a distinctive part of a long name, is a like-search
   on it that leaves it out;
5. "<franchise> movies", "the <franchise> ones" after a person's list: the titles of that franchise;
6. "something else like it" after a card, "more stuff like that" after the closest matches: like-searches;
7. "the one with <a thing>" after a person's list: the listed title whose description has it, on its card.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied
from contract.payloads import ItemDetails

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
CONSPIRACY, CALL_THE_MIDWIFE, RATCHED, OZARK = "s5802", "s1999", "s1979", "s2768"
OTTO_SKORZENY, BASH_BROTHERS = "s17", "s3803"
RAGING_BULL, GOODFELLAS = "s7821", "s6881"
KUNG_FU_PANDA = {"Kung Fu Panda: Secrets of the Scroll", "Kung Fu Panda: Holiday"}
BARBIE = {"Barbie in A Mermaid Tale", "Barbie: Spy Squad"}


def _card_id(turn: Any) -> str | None:
    card = next((a for a in turn.answers if isinstance(a, ItemDetails)), None)
    return card.item.id if card is not None else None


def _ids(turn: Any) -> list[str]:
    return [i["id"] for i in turn.items]


def _titles(turn: Any) -> set[str]:
    return {i["title"] for i in turn.items}


# -- 1. a kind whose words are a one-word title -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["conspiracy documentaries?", "conspiracy documentaries for tonight"])
async def test_a_kind_named_by_a_title_word_is_a_search(stack: Any, chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    assert _card_id(turn) is None and "sounds like" not in turn.text, turn.text
    assert turn.recommendations is not None, turn.text


async def test_the_same_word_asked_for_as_a_title_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("is conspiracy on here?")
    assert _card_id(turn) == CONSPIRACY or CONSPIRACY in _ids(turn), turn.text


# -- 2. an edit with a reason in a verb phrase --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "hmm switch it to a documentary instead, my dad would like to learn a thing or two",
    "could you switch that to a documentary? my uncle hopes to learn something",
])
async def test_an_edit_with_a_reason_is_never_a_missing_title(stack: Any, chat: WebChat, text: str) -> None:
    first = await chat.say("some crime shows")
    assert first.recommendations is not None, first.text
    turn = await chat.say(text)
    assert "don't have" not in turn.text, turn.text
    assert applied(turn).get("genres") == ["documentary"] or "documentary" in str(applied(turn)), turn.text


# -- 3. a description with a decade or a country -----------------------------------------------------------------------

async def test_whats_that_kind_about_with_a_country_and_decade_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("whats that uk series about a young midwife at a convent, set in the fifties")
    assert _card_id(turn) == CALL_THE_MIDWIFE, turn.text


async def test_the_show_w_and_a_forgotten_name_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the show w the nurse at a psychiatric hospital, 40s? cant remember the name")
    assert _card_id(turn) == RATCHED, turn.text


# -- 4. a title named as just watched ------------------------------------------------------------------------------------

async def test_a_title_just_watched_mid_sentence_is_a_like_search_without_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("watched ozark and now i feel lost. what now")
    assert turn.recommendations is not None, turn.text
    assert applied(turn).get("similar_to") == OZARK and OZARK not in _ids(turn), turn.text


IRISHMAN = "s3228"


@pytest.mark.parametrize("text", [
    "finally watched the irishman last night and now i'm kinda empty, what next",
    "so we watched the irishman, now what",
])
async def test_a_title_watched_then_now_is_a_like_search_without_it(stack: Any, chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    assert applied(turn).get("similar_to") == IRISHMAN and IRISHMAN not in _ids(turn), turn.text


async def test_a_distinctive_part_of_a_long_title_is_that_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("just finished the otto skorzeny thing, i need another documentary")
    assert turn.recommendations is not None, turn.text
    assert applied(turn).get("similar_to") == OTTO_SKORZENY and OTTO_SKORZENY not in _ids(turn), turn.text


# -- 5. franchises ---------------------------------------------------------------------------------------------------------

async def test_franchise_movies_are_its_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("barbie movies for my niece")
    assert _titles(turn) and _titles(turn) <= BARBIE, turn.text


async def test_the_old_franchise_movies_are_its_earliest_films(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the original stargate movies")
    assert _titles(turn) == {"Stargate"}, turn.text


async def test_the_franchise_ones_after_a_persons_list(stack: Any, chat: WebChat) -> None:
    first = await chat.say("seth rogen stuff")
    assert first.recommendations is not None, first.text
    turn = await chat.say("the kung fu panda ones specifically")
    assert _titles(turn) == KUNG_FU_PANDA, turn.text


# -- 6. likeness after a card or the closest matches --------------------------------------------------------------------

async def test_something_else_like_it_after_a_card(stack: Any, chat: WebChat) -> None:
    first = await chat.say("is ozark on here?")
    assert _card_id(first) == OZARK, first.text
    turn = await chat.say("something else like it")
    assert applied(turn).get("similar_to") == OZARK and OZARK not in _ids(turn), turn.text


async def test_more_like_that_after_the_closest_matches(stack: Any, chat: WebChat) -> None:
    first = await chat.say("the one where some kids build a rocket out of junk in a barn, creepy vibe")
    if "not sure which title" not in first.text:
        pytest.skip("the description found a title on this catalog")
    best = _ids(first)[0]
    turn = await chat.say("more stuff like that")
    assert "which one" not in turn.text.casefold(), turn.text
    assert applied(turn).get("similar_to") == best, turn.text


# -- 7. a shown title picked by its description --------------------------------------------------------------------------

async def test_a_listed_title_picked_by_what_happens_in_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("robert de niro movies")
    assert RAGING_BULL in _ids(first), first.text
    turn = await chat.say("the one with the boxer")
    assert _card_id(turn) == RAGING_BULL, turn.text
