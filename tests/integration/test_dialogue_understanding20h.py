"""Dialogue round 20h through the real stack: a kind turned down together with its origin.

Class (phrasings are this module's own): a refusal naming a kind and its origin ("not the cartoons from japan",
"none of those british comedies") turns down the kind; the origin is part of the refusal and never becomes a wanted
filter (nlu/extraction/negation.refused_origin_kinds). Drawn titles from Japan are anime: only anime is ruled out,
the children's shelf stays for a family. Near miss: the origin refused apart from a wanted kind ("nothing from
japan, cartoons") keeps Japan ruled out.
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
    assert "comedy" in (c.get("exclude_genres") or []), c
    assert "comedy" not in (c.get("genres") or []), c
    assert "France" not in (c.get("countries") or []), c


async def test_near_miss_origin_refused_apart_from_a_wanted_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("nothing from japan, cartoons for my daughter")
    c = applied(turn)
    assert "Japan" in (c.get("exclude_countries") or []), c
    assert "Japan" not in (c.get("countries") or []), c
