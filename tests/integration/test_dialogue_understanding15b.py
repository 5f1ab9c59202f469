"""Dialogue round 15b through the real stack (people and titles in free text), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: a person the catalog lacks is answered honestly with no picks (the rest of the request a button away), while
a catalog person, also with a slip, still gets their titles; titles turned down by a word of their names after a
list stay out.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


# -- 1. people the catalog lacks ---------------------------------------------------------------------------------------

async def test_a_director_the_catalog_lacks_gets_an_honest_answer_and_no_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any comedies directed by sergio corbucci?")
    assert turn.recommendations is None and not turn.items, turn.text
    assert "Sergio Corbucci" in turn.text, turn.text
    rest = await chat.click(turn, "Yes, without Sergio Corbucci")
    await checked_picks(stack.gateway_url, rest, lambda r: "comedy" in r["genres"])


async def test_an_actor_the_catalog_lacks_leaves_the_search_as_it_was(stack: Any, chat: WebChat) -> None:
    await chat.say("a thriller series")
    turn = await chat.say("ok is there anything with Ingrid Bergman")
    assert turn.recommendations is None and not turn.items, turn.text
    assert "Ingrid Bergman" in turn.text, turn.text
    again = await chat.say("something else")
    await checked_picks(stack.gateway_url, again, lambda r: "thriller" in r["genres"] and r["type"] == "series")


async def test_a_catalog_actor_typed_with_a_slip_still_gets_their_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("movies with seth rogan")
    await checked_picks(stack.gateway_url, turn, lambda r: "Seth Rogen" in r["cast"])


# -- 3. titles turned down by names or parts of names after a list -----------------------------------------------------

def _named(*words: str):
    """A check: the record's title holds none of ``words`` (folded)."""
    return lambda r: not any(w in r["title"].casefold() for w in words)


async def test_distinctive_names_listed_after_a_list_stay_out_now_and_later(stack: Any, chat: WebChat) -> None:
    await chat.say("shows for my 6 year old")
    turn = await chat.say("nothing from dreamworks or lego please, she's had enough")
    assert turn.recommendations is not None, turn.text
    await checked_picks(stack.gateway_url, turn, _named("dreamworks", "lego"))
    again = await chat.say("something else")
    await checked_picks(stack.gateway_url, again, _named("dreamworks", "lego"))


async def test_everyday_words_turn_down_no_titles(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy movie")
    turn = await chat.say("no thanks, not sure")
    assert "in the title from now on" not in turn.text, turn.text


# -- 4. the search's person by part of the name --------------------------------------------------------------------------

async def test_dropping_the_searched_person_by_given_name_keeps_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies with seth rogen")
    turn = await chat.say("ok drop seth, just comedies")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and "Seth Rogen" not in r["cast"],
                        never_say=("in the title from now on",))


# -- 5. two new people together start a new search ---------------------------------------------------------------------

async def test_two_new_people_together_replace_the_search_person(stack: Any, chat: WebChat) -> None:
    await chat.say("movies with seth rogen")
    turn = await chat.say("david spade and fortune feimster together in something")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: {"David Spade", "Fortune Feimster"} <= set(r["cast"]) and "Seth Rogen" not in r["cast"])


async def test_a_director_turned_down_beside_an_actor_leaves_out_that_directors_titles(stack: Any,
                                                                                         chat: WebChat) -> None:
    turn = await chat.say("movies with seth rogen but not the jonathan levine ones")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "Seth Rogen" in r["cast"] and "Jonathan Levine" not in r["directors"])


# -- 2. titles inside sentences ------------------------------------------------------------------------------------------

async def test_a_title_binged_then_a_craving_is_a_like_search_without_junk(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got hooked on ozark this month, need my next fix")
    records = await checked_picks(stack.gateway_url, turn, lambda r: r["title"] != "Ozark")
    assert "fix" not in turn.text.casefold(), turn.text
    assert records


async def test_a_given_name_beside_a_person_is_their_co_star(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something with fortune or david spade")
    await checked_picks(stack.gateway_url, turn, lambda r: bool({"Fortune Feimster", "David Spade"} & set(r["cast"])))


# -- 6. review mends: capitals with no person's place, a name word inside a phrase, people beside a like title --------

_NO_PERSON_ANSWER = "I don't have anything with or by"


async def test_a_greeting_in_capitals_is_no_person_and_gets_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Happy Holidays all! a funny family movie for tonight")
    assert _NO_PERSON_ANSWER not in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")


async def test_capitals_after_a_subject_word_are_no_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any documentaries about Queen Victoria")
    assert _NO_PERSON_ANSWER not in turn.text, turn.text


async def test_a_name_word_inside_an_era_keeps_the_searched_person(stack: Any, chat: WebChat) -> None:
    await chat.say("movies with jack black")
    turn = await chat.say("nothing black & white though")
    assert applied(turn).get("actors") == ["Jack Black"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Jack Black" in r["cast"] and r["year"] >= 1961)


async def test_a_person_the_like_title_does_not_credit_stays_a_wish(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the irishman with seth rogen, anything like that?")
    assert applied(turn).get("actors") == ["Seth Rogen"], applied(turn)


async def test_stars_the_like_title_credits_only_name_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the irishman starring al pacino & robert de niro - more like that please")
    state = applied(turn)
    assert not state.get("actors") and not state.get("any_people") and state.get("similar_to") == "s3228", state
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != "s3228")


async def test_a_praised_title_named_with_its_star_is_no_search_by_the_star(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the irishman with robert de niro was great")
    assert turn.recommendations is not None, turn.text
    assert not applied(turn).get("actors") and not applied(turn).get("any_people"), applied(turn)
    assert applied(turn).get("similar_to") == "s3228", applied(turn)
