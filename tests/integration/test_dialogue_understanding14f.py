"""Dialogue round 14f through the real stack (dialogue follow-ups in actions/), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: after "both A and B" that no title has, picking one of them (by name, by order, by button) gives that
person's titles with the rest of the search kept; winning someone over ("prove him wrong", "convince her") gives no
query words, a documentary that proves something keeps its subject; a like-search on a title for young children keeps
to that title's audience, a teen-rated family title or a grown-up series sets none; a title or franchise named as a
style is a like-search on it that leaves the whole franchise out.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import KIDS, PRESCHOOL, applied, checked_picks

pytestmark = pytest.mark.integration

LITTLE_SINGHAM = {"s2293", "s862", "s2237", "s3226", "s7319"}  # every "Little Singham" title of the fixture catalog
KUNG_FU_PANDA = {"s7242", "s5858"}


def _with(name: str, *genres: str, kind: str = "movie") -> Any:
    return lambda r: name in (r.get("cast") or []) and set(genres) <= set(r["genres"]) and r["type"] == kind


async def test_the_second_of_two_people_never_together(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedy films starring both seth rogen and bill murray")
    assert not first.items and first.buttons, first.text
    turn = await chat.say("ok then, just the second guy")
    await checked_picks(stack.gateway_url, turn, _with("Bill Murray", "comedy"))


async def test_one_of_two_people_by_name_keeps_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("any dramas with both leonardo dicaprio and joe pesci together?")
    turn = await chat.say("fine, joe pesci alone is ok")
    assert "drama" in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, _with("Joe Pesci", "drama"))


async def test_a_button_of_one_of_two_people_keeps_the_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("movies with both leonardo dicaprio and robert de niro in the same film")
    button = next(b for b in first.buttons if "Leonardo DiCaprio" in b["title"])
    turn = await chat.say(button["payload"])
    await checked_picks(stack.gateway_url, turn, _with("Leonardo DiCaprio"))


async def test_winning_someone_over_is_no_topic(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a documentary about submarines, i wanna prove my uncle wrong")
    assert (applied(turn).get("query") or "").split() == ["submarines"], applied(turn)


async def test_convincing_someone_gives_no_query_words(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("trying to convince my brother, something about volcanoes")
    assert (applied(turn).get("query") or "").split() == ["volcanoes"], applied(turn)


async def test_a_documentary_that_proves_something_keeps_its_subject(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a documentary that proves the earth is round")
    assert "earth" in (applied(turn).get("query") or ""), applied(turn)


async def test_like_a_preschool_series_stays_for_preschoolers(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any shows similar to the wiggles")
    assert applied(turn).get("audience") == "preschool", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL and r["id"] != "s2530")


async def test_like_a_cartoon_for_young_kids_stays_for_them(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something like inspector gadget please")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS)


async def test_like_a_teen_rated_family_film_sets_no_child_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("films like indiana jones and the last crusade")
    assert applied(turn).get("audience") is None, applied(turn)


async def test_like_a_grown_up_series_sets_no_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("shows like stranger things")
    assert applied(turn).get("audience") is None, applied(turn)


async def test_a_title_named_as_a_style_is_the_anchor(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got anything shutter island style?")
    assert applied(turn).get("similar_to") == "s1359", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != "s1359")


async def test_a_franchise_named_as_a_style_leaves_the_franchise_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("cartoons in the style of little singham")
    assert applied(turn).get("similar_to") == "s2293", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] not in LITTLE_SINGHAM and r["rating"] in KIDS)
    more = await chat.say("more")
    await checked_picks(stack.gateway_url, more, lambda r: r["id"] not in LITTLE_SINGHAM)


async def test_a_franchise_word_no_title_has_alone(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kung fu panda-esque movies")
    assert applied(turn).get("similar_to") in KUNG_FU_PANDA, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] not in KUNG_FU_PANDA and r["type"] == "movie")
