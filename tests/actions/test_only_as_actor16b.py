"""A person asked for as a director whom the catalog credits only in casts (actions/unknown_people.py): said honestly
("only as an actor here"), no picks, their acting titles a button away; a catalog director, an actor asked for as an
actor and a person turned down are left to the search. Driven through the real action classes
(tests/actions/dialogue_driver.py) against the real recommender over the fixture catalog; sentences are this module's
own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import convo, located  # noqa: E402,F401

from actions import unknown_people  # noqa: E402
from contract.payloads import Recommendations  # noqa: E402

GAZETTEER = SimpleNamespace(actors=("Nicolas Cage", "Martin Scorsese"), directors=("Martin Scorsese",))


@pytest.fixture(autouse=True)
def gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unknown_people, "catalog_gazetteer", lambda: GAZETTEER)


async def test_an_actor_asked_to_direct_is_said_so_with_the_acting_titles_offered(api, convo):  # noqa: F811
    text = "anything nicolas cage directed?"
    await convo.say("request_recommendation", [located(text, "nicolas cage", "director", "Nicolas Cage")], text)
    assert not any(isinstance(a, Recommendations) for a in convo.answers)
    assert "only as an actor" in convo.text, convo.text
    assert convo.buttons == [{"title": "Titles with Nicolas Cage", "payload": "titles with Nicolas Cage"}]


@pytest.mark.parametrize("entity, value, role", [
    ("director", "Martin Scorsese", None),   # a catalog director
    ("actor", "Nicolas Cage", None),         # asked for as an actor
    ("director", "Nicolas Cage", "exclude"),  # turned down
])
async def test_near_misses_are_searched(api, convo, entity, value, role):  # noqa: F811
    text = f"something {value.lower()}"
    await convo.say("request_recommendation", [located(text, value.lower(), entity, value, role)], text)
    assert "only as an actor" not in convo.text, convo.text
