"""Round 17c: a country or origin asked for is a search whatever the label (actions/edits/origins.py ``origin_alone``), and a
country the catalog has nothing from is said honestly with no picks (actions/unknown_countries.py), the rest of the
request a button away. Driven through the real action classes against the real recommender over the fixture catalog
(which has titles from Egypt and New Zealand, none from Bolivia or Peru's neighbours Ecuador or Guyana)."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import convo, located  # noqa: E402,F401

from actions.edits.search_requests import strong_search_entities  # noqa: E402
from actions.entities import EXCLUDE, Entity  # noqa: E402
from actions.turn import Turn  # noqa: E402
from actions.unknown_countries import request_without  # noqa: E402
from contract.payloads import Recommendations  # noqa: E402


def _country(text: str, said: str, value: str, role: str | None = None) -> Entity:
    start = text.lower().index(said.lower())
    return Entity("country", value, role, start, start + len(said))


# -- an origin asked for is a request ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, said, value", [
    ("anything from egypt?", "egypt", "Egypt"),
    ("anything set in or made in new zealand", "new zealand", "New Zealand"),
    ("stuff out of the uk", "uk", "United Kingdom"),
    ("from japan?", "japan", "Japan"),
])
def test_an_origin_with_its_preposition_is_a_request(text, said, value):
    turn = Turn("t", "nlu_fallback", text, [_country(text, said, value)], {})
    assert strong_search_entities(turn)


@pytest.mark.parametrize("text, said, value", [
    ("i just got back from egypt", "egypt", "Egypt"),  # a trip, not a wish
    ("the weather in spain is lovely", "spain", "Spain"),
    ("i'm from japan", "japan", "Japan"),
])
def test_a_place_mentioned_is_no_request(text, said, value):
    turn = Turn("t", "nlu_fallback", text, [_country(text, said, value)], {})
    assert not strong_search_entities(turn)


# -- a country the catalog lacks ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, said, value, rest", [
    ("thrillers from bolivia", "bolivia", "Bolivia", "thrillers"),
    ("any comedies set in or made in guyana?", "guyana", "Guyana", "any comedies"),
    ("ecuadorian series", "ecuadorian", "Ecuador", "series"),
    ("films from peru or bolivia", "bolivia", "Bolivia", "films from peru"),
])
def test_the_rest_of_the_request_leaves_out_the_country_and_its_words(text, said, value, rest):
    assert request_without(text, [_country(text, said, value)]) == rest


async def test_a_country_the_catalog_lacks_is_said_with_no_picks(api, convo, fixture_gazetteer):  # noqa: F811
    text = "anything from bolivia?"
    await convo.say("nlu_fallback", [located(text, "bolivia", "country", "Bolivia")], text)
    assert not any(isinstance(a, Recommendations) for a in convo.answers)
    assert "I have nothing from Bolivia" in convo.text
    assert convo.buttons == []


async def test_the_rest_is_offered_as_a_button(api, convo, fixture_gazetteer):  # noqa: F811
    text = "documentaries from ecuador"
    await convo.say("request_recommendation", [located(text, "documentaries", "genre", "documentary"),
                                               located(text, "ecuador", "country", "Ecuador")], text)
    assert not any(isinstance(a, Recommendations) for a in convo.answers)
    assert "I have nothing from Ecuador" in convo.text
    assert convo.buttons == [{"title": "Yes, from anywhere", "payload": "documentaries"}]


async def test_a_country_the_catalog_has_is_searched(api, convo, fixture_gazetteer):  # noqa: F811
    text = "anything from egypt?"
    await convo.say("nlu_fallback", [located(text, "egypt", "country", "Egypt")], text)
    assert convo.items and all("Egypt" in i.get("countries", ["Egypt"]) for i in convo.items), convo.text


async def test_a_country_the_catalog_lacks_turned_down_is_no_answer(api, convo, fixture_gazetteer):  # noqa: F811
    text = "comedies, nothing from bolivia"
    await convo.say("request_recommendation", [located(text, "comedies", "genre", "comedy"),
                                               located(text, "bolivia", "country", "Bolivia", EXCLUDE)], text)
    assert "I have nothing from" not in convo.text and convo.items, convo.text


async def test_where_the_viewers_live_is_no_request(api, convo, fixture_gazetteer):  # noqa: F811
    text = "we live in bolivia"
    await convo.say("request_recommendation", [located(text, "bolivia", "country", "Bolivia")], text)
    assert "I have nothing from" not in convo.text
