"""Dialogue round 30E through the real stack: two titles compared by a quality ("which is creepier", "the funnier
one", "less scary for my kid") are answered from the genres the catalog files them under, or left to taste when their
genres do not tell them apart; right after, "more like whichever is <quality>" is a like-search anchored on the title
the quality points at (its format kept), and asks which one when the quality points at neither. Phrasings are this
module's own; the fixture catalog (Castlevania: an anime horror/thriller series; Outlander: a romance/action/drama
series; Disenchantment: a comedy series; The Worst Witch: a kids' series; The Strangers and Things Heard & Seen: two
horror/thriller films).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, assert_like_list, checked_picks

pytestmark = pytest.mark.integration

_CASTLEVANIA, _OUTLANDER = "s891", "s1378"


def _heading(turn: Any) -> str:
    assert turn.recommendations is not None, turn.text
    return str(turn.recommendations["heading"])


async def test_the_creepier_of_two_series_is_the_horror_one(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("castlevania versus outlander — which one is creepier?")
    assert {i["title"] for i in turn.items} == {"Castlevania", "Outlander"}, turn.text
    assert "Castlevania is the scarier one" in _heading(turn) and "filed under horror" in _heading(turn), turn.text


async def test_the_funnier_one_is_the_comedy(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("which one's funnier, castlevania or disenchantment")
    assert "Disenchantment is the funnier one" in _heading(turn), turn.text


async def test_less_scary_for_a_young_child(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("castlevania or the worst witch - which is less scary for my 8 year old?")
    assert "The Worst Witch is the less scary one" in _heading(turn), turn.text


async def test_two_horror_films_are_left_to_taste(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the strangers or things heard & seen, which is creepier")
    assert {i["title"] for i in turn.items} == {"The Strangers", "Things Heard & Seen"}, turn.text
    assert "down to taste" in _heading(turn) and "scarier one:" not in _heading(turn), turn.text


async def test_more_like_whichever_is_scarier_is_like_that_series(stack: Any, chat: WebChat) -> None:
    await chat.say("outlander vs castlevania, which is creepier")
    turn = await chat.say("alright, more like whichever one is scarier")
    assert_like_list(turn, "Castlevania", _CASTLEVANIA)
    assert _OUTLANDER not in [str(i["id"]) for i in turn.items], turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")


async def test_ones_like_the_lighter_one(stack: Any, chat: WebChat) -> None:
    await chat.say("which is lighter, outlander or castlevania?")
    turn = await chat.say("ok ones like the lighter one")
    assert_like_list(turn, "Outlander", _OUTLANDER)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")


async def test_a_quality_pointing_at_neither_asks_which_one(stack: Any, chat: WebChat) -> None:
    await chat.say("the strangers or things heard & seen?")
    turn = await chat.say("stuff like the scarier of the two")
    assert not turn.items and not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    labels = [b["title"] for b in turn.buttons]
    assert "More like The Strangers" in labels and "More like Things Heard & Seen" in labels, turn.text


async def test_heavier_of_a_drama_and_a_romcom(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the irishman or legally blonde, which is heavier?")
    assert "The Irishman is the darker one" in _heading(turn), turn.text


async def test_more_like_the_first_after_a_comparison_keeps_its_format(stack: Any, chat: WebChat) -> None:
    await chat.say("outlander or castlevania, which should we start")
    turn = await chat.say("more like the first one")
    assert_like_list(turn, "Outlander", _OUTLANDER)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")
