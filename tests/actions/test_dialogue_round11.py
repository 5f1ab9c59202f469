"""Dialogue round 11: 1. a filmography question that names the title the person is known from leaves that title
out; 2. "long" said of a series (a genre between, "long-running") asks for several seasons; 3. a polite or roundabout
edit of the search labelled as a details question is an edit. Sentences are this module's own."""

from __future__ import annotations

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)
from planned_turns import after, at

from actions.request_cues import asks_search_not_details


# -- 3. a polite edit labelled as a details question ------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, name, value", [
    ("would you mind if we limit that to the eighties", "eighties", "year", "1980-1989"),
    ("could we perhaps narrow it down to ones under 100 minutes", "under 100 minutes", "duration", "-100"),
    ("is it possible to only show series", "series", "media_type", "series"),
    ("can you please restrict them to anime", "anime", "genre", "anime"),
])
def test_a_polite_edit_labelled_details_is_a_search(text, phrase, name, value) -> None:
    turn = after(text, [at(text, phrase, name, value)], "ask_details", genres=["comedy"])
    assert asks_search_not_details(turn)


@pytest.mark.parametrize("text, phrase, name, value", [
    ("how long is the second one", "second one", "position", "2"),
    ("is it a comedy?", "comedy", "genre", "comedy"),
])
def test_a_real_details_question_stays_one(text, phrase, name, value) -> None:
    assert not asks_search_not_details(after(text, [at(text, phrase, name, value)], "ask_details"))


async def test_a_polite_restriction_to_one_decade_edits_the_comedies(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [located("comedies", "comedies", "genre", "comedy")], "comedies")
    assert convo.items, convo.text
    text = "could you maybe keep it to ones from the 2000s"
    await convo.say("ask_details", [located(text, "2000s", "year", "2000-2009")], text)
    assert convo.items, convo.text
    assert all(2000 <= i["year"] <= 2009 and "comedy" in i["genres"] for i in convo.items), convo.text
