"""A country the catalog lacks only mentioned, never asked for as an origin (actions/unknown_countries.py
``_asked_for``, ``without_countries_only_mentioned``): a trip there or a person from there beside a request is
dropped and the rest is answered; "from <country>", "<demonym> films" still get the honest "I have nothing from".
Driven through the real action classes against the fixture catalog (no titles from Ecuador or Guyana)."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import convo, located  # noqa: E402,F401

from actions.entities import Entity  # noqa: E402
from actions.unknown_countries import request_without  # noqa: E402
from contract.payloads import Recommendations  # noqa: E402


async def test_a_trip_there_beside_a_request_is_no_origin(api, convo, fixture_gazetteer):  # noqa: F811
    text = "we came home from a holiday in guyana last week, got any good comedies?"
    await convo.say("request_recommendation", [located(text, "guyana", "country", "Guyana"),
                                               located(text, "comedies", "genre", "comedy")], text)
    assert "I have nothing from" not in convo.text
    assert any(isinstance(a, Recommendations) for a in convo.answers), convo.text


async def test_a_person_from_there_beside_a_request_is_no_origin(api, convo, fixture_gazetteer):  # noqa: F811
    text = "my flatmate is ecuadorian, recommend something funny"
    await convo.say("request_recommendation", [located(text, "ecuadorian", "country", "Ecuador"),
                                               located(text, "funny", "genre", "comedy")], text)
    assert "I have nothing from" not in convo.text
    assert any(isinstance(a, Recommendations) for a in convo.answers), convo.text


@pytest.mark.parametrize("text, said, value, others", [
    ("any ecuadorian comedies for tonight?", "ecuadorian", "Ecuador", [("comedies", "genre", "comedy")]),
    ("recommend some comedies made in guyana", "guyana", "Guyana", [("comedies", "genre", "comedy")]),
    ("something ecuadorian please", "ecuadorian", "Ecuador", []),
])
async def test_an_origin_asked_for_is_still_said_honestly(api, convo, fixture_gazetteer, text, said, value,  # noqa: F811
                                                          others):
    await convo.say("request_recommendation", [located(text, said, "country", value)]
                    + [located(text, *o) for o in others], text)
    assert f"I have nothing from {value}" in convo.text
    assert not any(isinstance(a, Recommendations) for a in convo.answers)


@pytest.mark.parametrize("text, said, rest", [
    ("a trip to guyana, any good comedies", "guyana", "a trip, any good comedies"),
    ("comedies about life in guyana", "guyana", "comedies about life"),
])
def test_the_rest_never_leaves_a_dangling_preposition(text, said, rest):
    start = text.index(said)
    assert request_without(text, [Entity("country", "Guyana", None, start, start + len(said))]) == rest
