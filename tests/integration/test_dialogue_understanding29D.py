"""Dialogue round 29D through the real stack (the fixture catalog). Phrasings are this module's own.

1. Every partner word reads as the viewer's company: "me and the wifey" is the grown-ups' audience (no children's
   titles), like "me and my wife" (contract/words.py ``PARTNER_WORDS``).
2. A runtime bound beside a drama named by its origin asks for its films: the fixture catalog's Korean dramas are
   series and one film of 109 minutes, which is what "korean dramas, nothing over two hours" shows.
3. A year bound said with "older" after a search that found nothing: the year said is the bound.
4. Two people's wishes and "something for both of us" in a later sentence: titles with both genres (the fixture
   holds romance + action titles), or either genre when none has both (romance + horror: none).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import KIDS, NOT_UNDERSTOOD, applied, checked_picks

pytestmark = pytest.mark.integration


def _genres(r: dict[str, Any]) -> list[str]:
    return r.get("genres") or []


async def test_the_wifey_as_company_keeps_childrens_titles_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy for me and the wifey tonight")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in _genres(r) and "kids" not in _genres(r)
                        and r.get("rating") not in KIDS)
    assert applied(turn).get("audience") == "adult", applied(turn)


async def test_a_runtime_bound_beside_korean_dramas_shows_the_films(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("korean dramas, nothing over two hours")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and "drama" in _genres(r)
                        and r.get("duration_minutes") is not None and r["duration_minutes"] <= 120)
    assert applied(turn).get("max_minutes") == 120, applied(turn)


async def test_older_with_a_year_after_nothing_found_is_the_year_said(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("thriller films from 2022 onwards")
    turn = await chat.say("ok then older stuff, pre 2013")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in _genres(r) and r["year"] <= 2012)
    assert applied(turn).get("year_max") == 2012 and not applied(turn).get("year_min"), applied(turn)


async def test_two_wishes_then_both_asks_for_titles_of_both(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my cousin and i never agree. he's after something romantic, i want car chases and fights. "
                          "anything that works for both of us?")
    await checked_picks(stack.gateway_url, turn, lambda r: {"romance", "action"} <= set(_genres(r)))


async def test_two_wishes_with_nothing_of_both_shows_either(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we never agree on films. she loves horror and i like romance. something either of us "
                          "would watch?")
    await checked_picks(stack.gateway_url, turn, lambda r: bool({"romance", "horror"} & set(_genres(r))))
