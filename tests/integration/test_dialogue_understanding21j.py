"""Dialogue round 21j through the real stack: who is watching, and long messages that carry several constraints.

Classes (phrasings are this module's own):
1. kin whose age a later sentence gives through a pronoun are that age's audience, not the kin word's family default
   (nlu/extraction/kin.py ``_age_said_after``);
2. a long message whose request sentence refers back ("of that sort") keeps the kind named in the sentence before
   (actions/query_text.py ``_REFERS_BACK``);
3. a retraction that starts the wish over ("never mind", "... ok just like <title>") takes back the refusals before it
   (nlu/extraction/corrections.py ``_restarted``).
Near misses: grandkids of no stated age stay family; "no horror, just comedies" keeps the refusal.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import TEEN, applied, checked_picks

pytestmark = pytest.mark.integration


async def test_kin_aged_in_a_later_sentence_are_teens(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("My grandson is staying with me this week. He is 15 and loves action films.")
    got = applied(turn)
    assert got.get("audience") == "teen", got
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in TEEN)


async def test_grandkids_of_no_stated_age_stay_family(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the grandkids are over tonight, any comedies?")
    assert applied(turn).get("audience") == "family", applied(turn)


async def test_a_kind_referred_back_to_survives_a_long_message(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Since I retired the evenings have got long and quiet around here. Growing up I adored the "
                          "big technicolor musicals with the tap dancing. Do you have something of that sort from the "
                          "fifties or sixties?")
    got = applied(turn)
    assert "music" in (got.get("genres") or []), got


async def test_a_refusal_before_a_restart_is_taken_back(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something like ozark but no crime stuff... ok just like ozark")
    got = applied(turn)
    assert "crime" not in (got.get("exclude_genres") or []), got


async def test_a_refusal_without_a_restart_stays(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("no horror, just comedies")
    assert "horror" in (applied(turn).get("exclude_genres") or []), applied(turn)
