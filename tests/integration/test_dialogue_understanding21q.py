"""Dialogue round 21q through the real stack: ratings said directly, and who watches.

Classes (phrasings are this module's own):
1. an adult rating ruled out beside a child's age ("for my 13 year old daughter, comedy films, nothing R rated") is the
   teen cap with the genre and format kept, never a list of every other rating (actions/constraints.py);
Near misses: a teen rating ruled out ("no pg-13 ones") still leaves only that rating out.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import TEEN, applied

pytestmark = pytest.mark.integration


async def test_not_r_rated_beside_an_age_is_the_teen_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my daughter is 13 and likes comedy films, anything that isn't R rated")
    got = applied(turn)
    assert "comedy" in (got.get("genres") or []) and got.get("media_type") in ("movie", ["movie"]), got
    assert got.get("audience") == "teen" and not got.get("ratings"), got
    assert "NC-17" not in turn.text, turn.text
    assert all(i.get("rating") in TEEN for i in turn.items), turn.items


async def test_a_teen_rating_ruled_out_leaves_only_it_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("thriller films, no pg-13 ones")
    got = applied(turn)
    assert "PG-13" not in (got.get("ratings") or ["PG-13"]) and "R" in got["ratings"], got
