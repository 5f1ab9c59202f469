"""Dialogue round 24c through the real stack: titles and people in free text.

Classes (phrasings are this module's own; tests/fixtures/netflix_small.csv):
1. "anything else with him" / "what else has the lead done" right after one title's card is that title's cast, its
   first billed (actions/cast_of.cast_of_the_title_in_view);
2. "something like it" right after naming a title the catalog lacks, a child watching, is the children's shelf within
   the child's cap, said with the title's absence — never "more like which title?" (actions/missing_likeness.py);
3. "i look like <actor>" is no likeness of a title: the actor is the search, and a follow-up keeps them
   (actions/planning._likeness_of_looks_only);
4. a title asked about with a slip in "available", an apposition after it ("…, the british one"), its star after it
   ("… with <person>") or its kind before it after a cue ("loved the show <title>") is that title
   (contract/availability.AVAILABLE, actions/edits.asks_if_available, nlu names._past_kind_noun);
5. a well-known director's surname before a making verb in a follow-up ("just the ones <surname> made") is that
   director, beside the search's actor (nlu names, ``DIRECTED_AFTER``);
6. "no tv docs, fiction only" after a like-search rules documentaries out and keeps the likeness (nlu genres:
   "fiction" a fiction word, "tv docs" one kind).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied
from contract.payloads import ItemDetails

pytestmark = pytest.mark.integration

OZARK, SHERLOCK, STRANGER_THINGS, LEGALLY_BLONDE = "s2768", "s8003", "s3686", "s1122"


def card_of(turn: Any) -> str | None:
    found = [a for a in turn.answers if isinstance(a, ItemDetails)]
    return found[0].item.id if found else None


@pytest.mark.parametrize("follow_up", ["anything else with her?", "what else has the lead done"])
async def test_a_cast_pronoun_after_a_card_is_its_lead(stack: Any, chat: WebChat, follow_up: str) -> None:
    first = await chat.say("have you got legally blonde?")
    assert card_of(first) == LEGALLY_BLONDE, first.text
    turn = await chat.say(follow_up)
    assert applied(turn).get("actors") == ["Reese Witherspoon"], turn.text
    assert turn.items and LEGALLY_BLONDE not in {i["id"] for i in turn.items}, turn.text


async def test_like_a_missing_title_with_a_child_is_the_childrens_shelf(stack: Any, chat: WebChat) -> None:
    await chat.say("is wobbly wombats on here? my 4 year old keeps asking")
    turn = await chat.say("what's similar then")
    assert not any(s in turn.text for s in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert "kids" in (got.get("genres") or []) and got.get("audience") in ("preschool", "kids"), got
    assert "wobbly wombats" in turn.text and turn.items, turn.text


async def test_looking_like_an_actor_is_a_search_with_them(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("everyone says i look like robert de niro, so i want to see his films. what is there")
    assert applied(turn).get("actors") == ["Robert De Niro"], turn.text
    turn = await chat.say("only the crime ones")
    assert applied(turn).get("actors") == ["Robert De Niro"], turn.text


@pytest.mark.parametrize(("text", "item_id"), [
    ("is ozark avialable", OZARK),
    ("is sherlok on here, the british one", SHERLOCK),
    ("do you have stranger things with winona ryder", STRANGER_THINGS),
])
async def test_a_title_question_with_slips_or_extra_words_is_its_card(stack: Any, chat: WebChat, text: str,
                                                                     item_id: str) -> None:
    turn = await chat.say(text)
    assert card_of(turn) == item_id, turn.text


async def test_a_kind_before_the_title_after_a_cue_keeps_the_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we enjoyed a lot the show ozark, want more like it")
    assert applied(turn).get("similar_to") == OZARK, turn.text


async def test_a_directors_surname_before_made_joins_the_actor(stack: Any, chat: WebChat) -> None:
    await chat.say("films with robert de niro")
    turn = await chat.say("just the ones scorsese made")
    got = applied(turn)
    assert got.get("actors") == ["Robert De Niro"] and got.get("directors") == ["Martin Scorsese"], got
    assert "scorsese" not in (got.get("query") or "").lower(), got


async def test_fiction_only_after_a_like_search_rules_documentaries_out(stack: Any, chat: WebChat) -> None:
    await chat.say("is stranger things on here")
    await chat.say("similar stuff")
    turn = await chat.say("no tv docs, fiction only")
    got = applied(turn)
    assert "documentary" in (got.get("exclude_genres") or []) and got.get("similar_to") == STRANGER_THINGS, got
    assert not got.get("query") and "documentary" not in (got.get("genres") or []), got
    assert all("documentary" not in (i.get("genres") or []) for i in turn.items), turn.items
