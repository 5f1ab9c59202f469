"""Round 31D through the real stack: a credited person named by a short or familiar given name and the surname is that
person; a ruled-out kind that spans several genres ("paranormal": fantasy and horror) stays ruled out whole when a
follow-up asks for another genre instead; the family in slang ("the fam") is the family audience and its cap. Phrasings
are this module's own; the fixture catalog (tests/fixtures/netflix_small.csv)."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, NOT_UNDERSTOOD, applied, checked_picks

pytestmark = pytest.mark.integration


async def test_a_short_given_name_and_the_surname_name_the_credited_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got any jen coolidge comedies")
    assert applied(turn).get("actors") == ["Jennifer Coolidge"], applied(turn)


async def test_a_paranormal_kind_ruled_out_for_a_thriller_after_a_scare_rules_horror_out(stack: Any,
                                                                                        chat: WebChat) -> None:
    await chat.say("something spooky to watch, a film")
    turn = await chat.say("no paranormal stuff this time, only a thriller")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert "thriller" in got.get("genres", []) and {"horror", "fantasy"} <= set(got.get("exclude_genres", [])), got
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in (r.get("genres") or []))


async def test_the_fam_is_the_family_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy movie for me and the fam tonight")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY)
