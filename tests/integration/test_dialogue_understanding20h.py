"""Dialogue round 20h through the real stack: a kind turned down together with its origin.

Class (phrasings are this module's own): a refusal naming a kind and its origin ("not the cartoons from japan",
"none of those british comedies") turns down the kind from that origin (round 21b: ``exclude_origin_genres``); the
origin is part of the refusal and never becomes a wanted filter (nlu/extraction/negation.refused_origin_kinds). Drawn titles from Japan are anime: only anime is ruled out,
the children's shelf stays for a family. Near miss: the origin refused apart from a wanted kind ("nothing from
japan, cartoons") keeps Japan ruled out.

Class 2: an elder relative named bare as the one who wants ("grandad hopes to show the children …") never reaches
the keyword query (actions/query_text._ELDER_SUBJECT); the children shown the films are the audience, not the kids
shelf (nlu/extraction/childrens._children_shown), so a later year edit keeps their rating cap.

Class 4: part of a person's name after "back to" (first names or surname of a person an earlier list searched)
restores that list (actions/earlier_lists._person_partly_named); near miss "back to basics" restores none.

Class 3: an elder relative beside a content cap is the grown-ups' cap (ratings up to the family band), so the
heading says the cap honestly, never "for kids and family" (nlu/extraction/audience.elders_beside_a_cap).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration


async def test_family_refusing_japanese_cartoons_rules_out_anime_and_wants_no_japan(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a movie the whole family can watch, our boys are 7 and 10, but not the cartoons out of japan")
    c = applied(turn)
    assert "anime" in (c.get("exclude_genres") or []), c
    assert "Japan" not in (c.get("countries") or []), c
    assert "ja" not in (c.get("languages") or []), c
    assert "kids" not in (c.get("exclude_genres") or []), c


async def test_a_kind_refused_with_its_origin_adds_no_origin(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a series for tonight, none of those french comedies though")
    c = applied(turn)
    # round 21b: the comedy goes from France only (exclude_origin_genres), never from everywhere
    assert "comedy@France" in (c.get("exclude_origin_genres") or []), c
    assert "comedy" not in (c.get("genres") or []), c
    assert "France" not in (c.get("countries") or []), c


async def test_near_miss_origin_refused_apart_from_a_wanted_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("nothing from japan, cartoons for my daughter")
    c = applied(turn)
    assert "Japan" in (c.get("exclude_countries") or []), c
    assert "Japan" not in (c.get("countries") or []), c


async def test_elder_wish_for_the_children_keeps_the_cap_and_no_companion_query(stack: Any, chat: WebChat) -> None:
    first = await chat.say("grandad hopes to show the children some movies made before 1998")
    c = applied(first)
    assert c.get("audience") == "family", c
    assert "grandad" not in str(c.get("query") or "").lower(), c
    assert "grandad" not in first.text.lower(), first.text
    turn = await chat.say("go older, before 1988")
    c = applied(turn)
    assert c.get("audience") == "family", c
    assert "grandad" not in str(c.get("query") or "").lower(), c
    assert all(str(i.get("rating")) not in ("PG-13", "R", "TV-14", "TV-MA") for i in turn.items), turn.text


async def test_back_to_a_person_by_first_names_restores_their_list(stack: Any, chat: WebChat) -> None:
    one = await chat.say("films starring Shah Rukh Khan")
    assert "Shah Rukh Khan" in (applied(one).get("actors") or []), applied(one)
    two = await chat.say("what about Salman Khan instead")
    assert "Salman Khan" in (applied(two).get("actors") or []), applied(two)
    turn = await chat.say("hmm can we go back to shah rukh please")
    c = applied(turn)
    assert c.get("actors") == ["Shah Rukh Khan"], c
    assert "back" not in str(c.get("query") or "").lower(), c


async def test_an_elders_clean_cap_is_said_as_ratings_not_for_kids(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy film, keep it clean as it's for my nan")
    c = applied(turn)
    assert c.get("audience") in (None, "adult"), c
    assert c.get("ratings") and not {"PG-13", "R", "TV-14", "TV-MA"} & set(c["ratings"]), c
    assert "for kids and family" not in turn.text, turn.text


async def test_near_miss_back_to_basics_restores_no_list(stack: Any, chat: WebChat) -> None:
    await chat.say("films starring Shah Rukh Khan")
    await chat.say("what about Salman Khan instead")
    turn = await chat.say("back to basics, a simple comedy")
    assert turn.recommendations is None or applied(turn).get("actors") != ["Shah Rukh Khan"], turn.text
