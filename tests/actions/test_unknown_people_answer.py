"""A person the catalog lacks (actions/unknown_people.py): said honestly, no picks, the rest of the request a button
away; the active search is left as it was. Driven through the real action classes (tests/actions/dialogue_driver.py)
against the real recommender over the fixture catalog."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import convo, located  # noqa: E402,F401

from actions.entities import Entity  # noqa: E402
from actions.unknown_people import request_without  # noqa: E402
from contract.payloads import Recommendations  # noqa: E402


def _person(text: str, name: str, role: str | None = None) -> Entity:
    start = text.lower().index(name.lower())
    return Entity("unknown_person", name, role, start, start + len(name))


@pytest.mark.parametrize("text, name, rest", [
    ("westerns by Sergio Corbucci", "Sergio Corbucci", "westerns"),
    ("any thrillers starring ingrid bergman from the 40s?", "Ingrid Bergman", "any thrillers from the 40s?"),
    ("akira kurosawa's samurai films", "Akira Kurosawa", "samurai films"),
    ("is there anything with greta garbo", "Greta Garbo", "is there anything"),
    ("the Bergmann films? Ingmar Bergman", "Ingmar Bergman", "the films?"),
])
def test_the_rest_of_the_request_leaves_out_the_person_and_the_cue(text, name, rest):
    assert request_without(text, [_person(text, name)]) == rest


async def test_no_picks_and_an_honest_answer(api, convo):  # noqa: F811
    text = "something with humphrey bogart"
    await convo.say("request_recommendation", [located(text, "humphrey bogart", "unknown_person", "Humphrey Bogart")],
                    text)
    assert not any(isinstance(a, Recommendations) for a in convo.answers)
    assert "don't have anything with or by Humphrey Bogart" in convo.text
    assert convo.buttons == []  # nothing else was asked for


async def test_the_rest_is_offered_and_the_search_kept(api, convo):  # noqa: F811
    await convo.say("request_recommendation", [located("comedies", "comedies", "genre", "comedy")], "comedies")
    before = dict(convo.slots)
    text = "movies with cary grant"
    await convo.say("request_recommendation", [located(text, "movies", "media_type", "movie"),
                                               located(text, "cary grant", "unknown_person", "Cary Grant")], text)
    assert not any(isinstance(a, Recommendations) for a in convo.answers)
    assert convo.buttons == [{"title": "Yes, without Cary Grant", "payload": "movies"}]
    assert {k: v for k, v in convo.slots.items() if k != "failures"} == \
        {k: v for k, v in before.items() if k != "failures"}


async def test_a_person_turned_down_is_no_request_for_them(api, convo):  # noqa: F811
    text = "comedies but nothing with bette davis"
    await convo.say("request_recommendation", [located(text, "comedies", "genre", "comedy"),
                                               located(text, "bette davis", "unknown_person", "Bette Davis", "exclude")],
                    text)
    assert any(isinstance(a, Recommendations) for a in convo.answers)


async def test_fallback_and_small_talk_answer_it_too(api, convo):  # noqa: F811
    text = "thanks! anything by agnes varda?"
    await convo.say("thanks", [located(text, "agnes varda", "unknown_person", "Agnes Varda")], text)
    assert "Agnes Varda" in convo.text and not convo.items
    await convo.say("nlu_fallback", [located(text, "agnes varda", "unknown_person", "Agnes Varda")], text)
    assert "Agnes Varda" in convo.text and not convo.items


async def test_a_person_the_catalog_credits_once_gets_their_titles(api, convo):  # noqa: F811
    # the gazetteer lists actors with two credits; the fixture catalog credits this one once
    text = "anything with jackie chan"
    await convo.say("request_recommendation", [located(text, "jackie chan", "unknown_person", "Jackie Chan")], text)
    assert convo.items, convo.text
    assert "don't have" not in convo.text
    assert convo.applied.get("actors") == ["Jackie Chan"], convo.applied


async def test_a_given_name_beside_a_person_is_their_co_star(api, convo, fixture_gazetteer):  # noqa: F811
    text = "anything with fortune or david spade"
    await convo.say("request_recommendation", [located(text, "david spade", "actor", "David Spade")], text)
    assert convo.items, convo.text
    assert set(convo.applied.get("any_people") or []) == {"Fortune Feimster", "David Spade"}, convo.applied


async def test_a_word_that_is_nobody_beside_a_person_changes_nothing(api, convo, fixture_gazetteer):  # noqa: F811
    text = "my dad and david spade fans"
    await convo.say("request_recommendation", [located(text, "david spade", "actor", "David Spade")], text)
    assert convo.applied.get("actors") == ["David Spade"], convo.applied
