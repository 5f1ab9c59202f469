"""People in free text, round 16 (part B), action level (no servers): a title pointer right after a person's name
describes that person ("<full name>, the <title> guy"), so the title's cast is not searched beside them
(actions/cast_of.py); a person named in a message read as a details question, with no title to describe, is a search
for that person (actions/details.py). Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

from typing import Any

import pytest
from credits_catalog import FakeClient, serve
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)
from planned_turns import at

from actions import cast_of
from actions.entities import CAST_OF, Entity
from actions.turn import Turn

ITEMS: dict[str, dict[str, Any]] = {
    "c1": {"id": "c1", "title": "Harbour Lights", "cast": ["Mara Quill", "Tobias Venn", "Rafe Holloway"]},
}


@pytest.fixture
def catalog(monkeypatch: pytest.MonkeyPatch) -> FakeClient:
    return serve(monkeypatch, ITEMS)


def turn_with(text: str, phrase: str, *extra: Entity) -> Turn:
    return Turn("test", "request_recommendation", text, [*extra, at(text, phrase, "title", "Harbour Lights", CAST_OF)],
                {})


@pytest.mark.parametrize("text", ["Oskar Brandt, the harbour lights guy", "Oskar Brandt - the harbour lights guy"])
async def test_a_pointer_after_a_named_person_describes_them(catalog: FakeClient, text: str) -> None:
    t = turn_with(text, "the harbour lights guy", at(text, "Oskar Brandt", "actor", "Oskar Brandt"))
    found = await cast_of.cast_for_titles(t)
    assert [(e.name, e.value) for e in found.turn.entities] == [("actor", "Oskar Brandt")]


async def test_a_person_joined_by_and_before_the_pointer_is_someone_else(catalog: FakeClient) -> None:
    text = "Oskar Brandt and the harbour lights guy together"
    t = turn_with(text, "the harbour lights guy", at(text, "Oskar Brandt", "actor", "Oskar Brandt"))
    found = await cast_of.cast_for_titles(t)
    got = [(e.name, e.value) for e in found.turn.entities]
    assert ("actor", "Oskar Brandt") in got and ("actor", "Mara Quill") in got


# -- a person named in a message read as a details question ------------------------------------------------------------

async def test_a_person_in_a_details_question_with_nothing_to_describe_is_a_search(api: str, convo: Conversation) -> None:
    text = "martin scorsese? the gangster one, not the other guy"
    await convo.say("ask_details", [located(text, "martin scorsese", "director", "Martin Scorsese")], text)
    assert convo.items and "haven't suggested" not in convo.text, convo.text
    assert (convo.applied or {}).get("directors") == ["Martin Scorsese"], convo.applied


async def test_a_details_question_without_a_person_still_asks_which_title(api: str, convo: Conversation) -> None:
    await convo.say("ask_details", [], "the funny one, what is it about")
    assert "haven't suggested anything yet" in convo.text and not convo.items
