"""A message labelled "why this one?" that asks no why, points at no title and says what to watch while a search is
active is an edit of that search (round 26e; actions/details.py ``asks_for_a_kind_not_why``): fresh picks of the
search with the new constraint, never "which one do you mean?". A real "why" after a list still explains."""

from __future__ import annotations

from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)


async def test_a_kind_labelled_why_after_a_list_edits_the_search(api: str, convo: Conversation) -> None:
    first = "stuff from the nineties"
    await convo.say("request_recommendation", [located(first, "the nineties", "year", "1990-1999")], first)
    assert convo.items, convo.text
    text = "alright, a funny one from that decade"
    await convo.say("why_this", [located(text, "funny", "mood", "funny"), located(text, "that decade", "year", "then")],
                    text)
    assert convo.items and "which one" not in convo.text.lower(), convo.text
    assert all(1990 <= int(i["year"]) <= 1999 for i in convo.items), convo.items


async def test_a_real_why_after_a_list_still_explains(api: str, convo: Conversation) -> None:
    first = "stuff from the nineties"
    await convo.say("request_recommendation", [located(first, "the nineties", "year", "1990-1999")], first)
    shown = [i["title"] for i in convo.items]
    text = "why the first one?"
    await convo.say("why_this", [located(text, "the first one", "position", "1")], text)
    assert shown[0] in convo.text, convo.text
