"""Review mends of round 21 (helper m1) through the real stack.

Classes (phrasings are this module's own):
1. fear said about the kids keeps the kids' family audience (nlu/extraction/genres.py ``_FEAR_WHO``);
2. a fear or thrill told about the day is no hard genre (genres.py ``feeling_in_a_story``);
3. "never mind <something>" is no retraction (nlu/extraction/corrections.py ``_RESTART_RE``);
4. a restart takes back a content word's rating cap too (corrections.py ``_REFUSALS``);
15. kin the viewer used to take somewhere are nobody watching (nlu/extraction/kin.py ``taken_in_the_past``).
Near miss: "never mind, a comedy" still takes the refusal back.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration


async def test_a_comedy_that_wont_frighten_the_kids_is_family(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy that won't frighten the kids")
    assert applied(turn).get("audience") == "family", applied(turn)


async def test_a_thrill_told_about_the_day_is_no_thriller(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the final was a proper nail-biter, now something calm please")
    assert "thriller" not in (applied(turn).get("genres") or []), applied(turn)


async def test_never_mind_with_an_object_keeps_the_refusal(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("no horror please. never mind the runtime, a comedy")
    assert "horror" in (applied(turn).get("exclude_genres") or []), applied(turn)


async def test_never_mind_alone_still_takes_the_refusal_back(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("no horror, never mind, a comedy")
    assert "horror" not in (applied(turn).get("exclude_genres") or []), applied(turn)


async def test_a_restart_takes_back_the_family_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("nothing violent. scratch that, nothing scary. a drama")
    assert applied(turn).get("audience") != "family", applied(turn)


async def test_kids_of_a_past_habit_do_not_cap_the_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we used to take our kids to the pictures every week, tonight a thriller just for me")
    assert applied(turn).get("audience") != "family", applied(turn)
