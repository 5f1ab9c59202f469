"""Dialogue round 27A through the real stack: a director reached through a title, and a lowercase title asked about.

"<title> ... something else by the same director" and "<title>, in a <surname> mood, what else of his" search the
titles the title's director made, the title itself left out (nlu/extraction/names.py ``maker_phrase_after``); a
runtime said of the title is no window for them (``drop_remarks_before_the_maker``). "Same director" after a
like-search is the anchor's director (actions/made_by.py ``_the_anchors_director``). "is <the title> on" is an
availability question about it. Phrasings are this module's own; the fixture catalog (Scorsese's titles in it).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks, shown_ids

pytestmark = pytest.mark.integration

_SCORSESE = "Martin Scorsese"
_IRISHMAN = "s3228"
_GOODFELLAS = "s6881"
_HUGO = "s2861"


def _by_scorsese(r: dict[str, Any]) -> bool:
    return _SCORSESE in (r.get("directors") or [])


async def test_a_title_then_the_same_director_searches_that_directors_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my brother says the irishman drags (it's nearly 3.5 hours), so before that, what else "
                          "is there by the same director")
    await checked_picks(stack.gateway_url, turn, _by_scorsese)
    assert _IRISHMAN not in shown_ids(turn), turn.text
    assert not applied(turn).get("max_runtime") and not applied(turn).get("min_runtime"), applied(turn)


async def test_a_directors_mood_after_a_title_reads_his_as_the_director(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("saw goodfellas again yesterday and now i'm in a real scorsese mood. what more of his have you got")
    await checked_picks(stack.gateway_url, turn, _by_scorsese)
    assert _GOODFELLAS not in shown_ids(turn), turn.text


async def test_same_director_after_a_like_search_is_the_anchors_director(stack: Any, chat: WebChat) -> None:
    await chat.say("films similar to hugo")
    turn = await chat.say("same director?")
    await checked_picks(stack.gateway_url, turn, _by_scorsese)
    assert _HUGO not in shown_ids(turn), turn.text


async def test_is_a_lowercase_title_on_asks_about_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("hey is the irishman on?")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert "The Irishman" in turn.text, turn.text
