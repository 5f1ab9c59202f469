"""Review mends of round 21 (helper m2) through the real stack.

Classes (phrasings are this module's own):
8. an origin refused right before a compact kind, or a list of origins before it, is paired with the kind
   (nlu/extraction/origin_kinds.py ``origins_before``): no origin ruled out for every genre, no telenovela asked for;
12. a take-back with an object is no take-back in the actions either (contract/words.py ``TAKE_BACK_PATTERN``).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration


async def test_refused_origin_telenovelas_leave_out_only_that_origins_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy tonight, but no colombian telenovelas")
    got = applied(turn)
    assert {"drama@Colombia", "romance@Colombia"} <= set(got.get("exclude_origin_genres") or []), got
    assert "Colombia" not in (got.get("exclude_countries") or []), got
    assert got.get("media_type") != ["series"] and "drama" not in (got.get("genres") or []), got


async def test_a_list_of_origins_before_a_kind_pairs_each(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something to watch, just not korean or japanese dramas")
    got = applied(turn)
    assert {"drama@ko", "drama@Japan"} <= set(got.get("exclude_origin_genres") or []), got
    assert "ko" not in (got.get("exclude_languages") or []), got
