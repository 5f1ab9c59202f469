"""Two searches shown one after the other, for the tests of going back to an earlier list (one copy of the helpers
tests/actions/test_earlier_lists.py and test_review_mends19_m2_actions.py share)."""

from __future__ import annotations

from dialogue_driver import Conversation, ent


def ids(convo: Conversation) -> list[str]:
    """The ids of the titles the last turn listed, in order."""
    return [i["id"] for i in convo.items]


async def comedy_then_drama(convo: Conversation, then: str) -> tuple[list[str], list[str]]:
    """Comedy series listed, then dramas (said as ``then``): the ids of both lists, which differ."""
    await convo.say("request_recommendation", [ent("genre", "comedy"), ent("media_type", "series")], "funny series")
    first = ids(convo)
    await convo.say("refine", [ent("genre", "drama")], then)
    second = ids(convo)
    assert first and second and set(first) != set(second)
    return first, second
