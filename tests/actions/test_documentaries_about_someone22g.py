"""Documentaries about a person (actions/subject_people.py, round 22g): the NLU's ``unknown_person`` with the role
``subject`` ("a <name> doc") is answered with the catalog's documentaries naming the person in the title, the synopsis
or the cast, never generic documentaries; none naming them is said honestly. Driven through the real action classes
(tests/actions/dialogue_driver.py) against the real recommender over tests/fixtures/netflix_small.csv. The phrasings are
this module's own."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import convo, located  # noqa: E402,F401

from actions.entities import Entity  # noqa: E402
from actions.subject_people import fold, names_person  # noqa: E402
from actions.turn import Turn  # noqa: E402
from actions.unknown_people import unknown_people  # noqa: E402
from contract.payloads import Recommendations  # noqa: E402

FANGIO, TATCHELL, MALALA = "s2787", "s861", "s6945"  # A Life of Speed: The Juan Manuel Fangio Story, ...
DYLAN = {"s2633", "s3760"}  # No Direction Home: Bob Dylan; Rolling Thunder Revue: A Bob Dylan Story ...


def _subject(text: str, name: str) -> dict:
    return located(text, name.lower(), "unknown_person", name, "subject")


@pytest.mark.parametrize("item, name", [
    ({"title": "Pelé", "description": ""}, "Pele"),                            # accents folded
    ({"title": "x", "description": "the life of Juan Manuel Fangio"}, "Fangio"),
    ({"title": "x", "description": "", "cast": ["Malala Yousafzai"]}, "Malala"),  # in the cast
    ({"title": "BLACKPINK: Light Up the Sky", "description": ""}, "Blackpink"),
    ({"title": "x", "description": "rapper Jay-Z tells"}, "Jay Z"),
])
def test_a_title_synopsis_or_cast_names_the_person(item, name):
    assert names_person(item, name)


@pytest.mark.parametrize("item, name", [
    ({"title": "Pelican Dreams", "description": "pelicans"}, "Pele"),          # a word starting so is no name
    ({"title": "x", "description": "Peter Pan flies"}, "Peter Tatchell"),        # only one word of the name
    ({"title": "x", "description": "a sam cooker"}, "Sam Cooke"),
])
def test_a_word_merely_like_the_name_is_not_it(item, name):
    assert not names_person(item, name)


def test_accents_fold():
    assert fold("Pelé Camarón") == "pele camaron"


def test_a_subject_is_no_person_the_catalog_lacks():
    turn = Turn("test:user", "request_recommendation", "pele doc",
                [Entity("unknown_person", "Pele", "subject", 0, 4), Entity("genre", "documentary", None, 5, 8)], {})
    assert unknown_people(turn) == []


async def test_documentaries_naming_the_person_in_the_synopsis(api, convo):  # noqa: F811
    text = "a fangio doc"
    await convo.say("request_recommendation", [_subject(text, "Fangio"), located(text, "doc", "genre", "documentary")],
                    text)
    assert [i["id"] for i in convo.items] == [FANGIO], convo.text
    assert "Documentaries about Fangio" in convo.text
    assert convo.applied.get("genres") == ["documentary"] and convo.applied.get("query") == "Fangio"


async def test_a_full_name_after_about(api, convo):  # noqa: F811
    text = "any documentaries about peter tatchell"
    await convo.say("request_recommendation", [located(text, "documentaries", "genre", "documentary"),
                                               _subject(text, "Peter Tatchell")], text)
    assert [i["id"] for i in convo.items] == [TATCHELL], convo.text


async def test_a_person_credited_in_the_cast(api, convo):  # noqa: F811
    text = "doc about malala"
    await convo.say("request_recommendation", [located(text, "doc", "genre", "documentary"),
                                               _subject(text, "Malala")], text)
    assert MALALA in [i["id"] for i in convo.items], convo.text


async def test_nobody_named_is_said_honestly(api, convo):  # noqa: F811
    text = "a rihanna documentary"
    await convo.say("request_recommendation", [_subject(text, "Rihanna"),
                                               located(text, "documentary", "genre", "documentary")], text)
    assert not any(isinstance(a, Recommendations) for a in convo.answers), convo.text
    assert "don't have a documentary about Rihanna" in convo.text
    assert convo.buttons == [{"title": "Other documentaries", "payload": "documentaries"}]


async def test_a_childs_cap_bounds_the_list(api, convo):  # noqa: F811
    text = "a fangio doc for my 8 year old"
    await convo.say("request_recommendation", [_subject(text, "Fangio"), located(text, "doc", "genre", "documentary"),
                                               located(text, "8 year old", "audience", "kids")], text)
    assert not convo.items and "don't have a documentary about Fangio" in convo.text  # the one Fangio doc is TV-14


async def test_a_catalog_actor_as_the_subject_gets_their_credits_too(api, convo, fixture_gazetteer):  # noqa: F811
    text = "a documentary about bob dylan"
    await convo.say("request_recommendation", [located(text, "documentary", "genre", "documentary"),
                                               _subject(text, "Bob Dylan")], text)
    assert DYLAN <= {i["id"] for i in convo.items}, convo.text
    assert all(names_person(i, "Bob Dylan") for i in convo.items), convo.text
