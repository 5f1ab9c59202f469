"""Dialogue round 29C through the real stack: a "non" prefix before an origin rules out that origin and keeps the kind
wanted; an animation kind asked for grown-ups keeps the drawn look without the children's shelf or a child's cap; a
title typed with a slip in an availability question is answered with its card; a discourse marker of several words
leaves no word in the search's query; a title in an aside after a director only says who he is. Phrasings are this
module's own; the fixture catalog (it holds thrillers from the US and elsewhere, anime series for grown-ups and for
children, the series Helix, Scorsese's films).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import KIDS, NOT_UNDERSTOOD, applied, checked_picks

pytestmark = pytest.mark.integration

_US = "United States"


async def test_non_before_a_demonym_rules_out_the_country_not_the_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got any non-american thrillers?")
    assert _US in (applied(turn).get("exclude_countries") or []), applied(turn)
    assert "thriller" in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "thriller" in (r.get("genres") or []) and _US not in (r.get("countries") or []))


async def test_animation_not_meant_for_children_is_the_grown_ups_drawn_shelf(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("an animated series that's not really meant for children")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert applied(turn).get("audience") in (None, "teen", "adult"), applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "anime" in (r.get("genres") or []) and "kids" not in (r.get("genres") or [])
                        and r.get("rating") not in KIDS)


async def test_a_short_title_typed_with_a_slip_in_an_availability_question_gets_its_card(stack: Any,
                                                                                        chat: WebChat) -> None:
    turn = await chat.say("hey have you got helixx")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert "Helix" in turn.text, turn.text


async def test_a_discourse_marker_leaves_no_word_in_the_query(stack: Any, chat: WebChat) -> None:
    await chat.say("some horror films please")
    turn = await chat.say("in any case, something about ghosts")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    words = set(str(applied(turn).get("query") or "").lower().split())
    assert not words & {"case", "any"}, applied(turn)


async def test_a_title_in_an_aside_after_a_director_only_says_who_he_is(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("martin scorsese films (the goodfellas guy)")
    assert applied(turn).get("directors") == ["Martin Scorsese"], applied(turn)
    assert not applied(turn).get("actors") and not applied(turn).get("any_people"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Martin Scorsese" in (r.get("directors") or []))
