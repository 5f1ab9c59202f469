"""Dialogue round 29B through the real stack: a follow-up asking for titles of its own while it turns a franchise down
by name is that request with the franchise left out (never the old search kept and the request lost); a menace
subject ruled out ("no zombies") is the subject alone, and letting subjects in again ("… are fine now") leaves
nothing of their ruling-out behind; a kind's words after a negation ("not the stand up") rule the kind out, with no
query made of "one with a story". Phrasings are this module's own; the fixture catalog (it holds one Twilight film,
vampire series, comedies and stand-up specials).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks, shown_ids

pytestmark = pytest.mark.integration

TWILIGHT = "s450"  # the fixture's one Twilight film
MENACE_KINDS = {"horror", "thriller", "action"}


async def test_a_new_request_beside_a_franchise_turned_down(stack: Any, chat: WebChat) -> None:
    await chat.say("some romantic movies please")
    turn = await chat.say("vampire shows this time, nothing from twilight though")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert "vampire" in (applied(turn).get("query") or ""), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != TWILIGHT and r["type"] == "series")


async def test_the_franchise_stays_out_afterwards(stack: Any, chat: WebChat) -> None:
    await chat.say("some romantic movies please")
    await chat.say("vampire shows this time, nothing from twilight though")
    turn = await chat.say("ok films then")
    assert TWILIGHT not in shown_ids(turn), turn.text


async def test_zombies_ruled_out_rule_no_kind_out(stack: Any, chat: WebChat) -> None:
    await chat.say("a funny movie")
    turn = await chat.say("no zombies please")
    assert applied(turn).get("exclude_topics") == ["zombie"], applied(turn)
    assert not MENACE_KINDS & set(applied(turn).get("exclude_genres") or []), applied(turn)


async def test_subjects_let_in_together_leave_nothing_behind(stack: Any, chat: WebChat) -> None:
    await chat.say("a funny movie")
    await chat.say("nothing with ghosts or zombies")
    turn = await chat.say("actually zombies and ghosts are fine now")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    c = applied(turn)
    assert not c.get("exclude_topics") and not c.get("exclude_genres") and not c.get("query"), c
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in (r.get("genres") or []))


async def test_a_kind_turned_down_after_its_list(stack: Any, chat: WebChat) -> None:
    await chat.say("stand-up comedy specials")
    turn = await chat.say("hmm not the stand up, one with an actual story")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    c = applied(turn)
    assert "stand-up" in (c.get("exclude_genres") or []) and not c.get("query"), c
    await checked_picks(stack.gateway_url, turn, lambda r: "stand-up" not in (r.get("genres") or []))
