"""A person the catalog lacks offered with an alternative ("<name>? no? then <request>", "if not <name> then
<request>") lets the alternative be answered (actions/unknown_people.given_up_for_another); a person asked for alone,
or with the rest of one request, is still answered "I don't have". Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.turn import Turn
from actions.unknown_people import given_up_for_another


def _turn(text: str, person: str, *others: tuple[str, str, str]) -> tuple[Turn, Entity]:
    start = text.index(person)
    who = Entity("unknown_person", person.title(), None, start, start + len(person))
    entities = [who] + [Entity(name, value, None, text.index(said), text.index(said) + len(said))
                        for name, value, said in others]
    return Turn("test", "request_recommendation", text, entities, {}), who


@pytest.mark.parametrize("text, person, other", [
    ("ada lomax? no? then a romance", "ada lomax", ("genre", "romance", "romance")),
    ("ada lomax, otherwise anything with tom hanks", "ada lomax", ("actor", "Tom Hanks", "tom hanks")),
    ("ada lomax or else a western", "ada lomax", ("genre", "western", "western")),
    ("ada lomax? nope. a heist film", "ada lomax", ("genre", "crime", "heist")),
    ("if not ada lomax then a thriller", "ada lomax", ("genre", "thriller", "thriller")),
    ("if you dont have ada lomax, a documentary", "ada lomax", ("genre", "documentary", "documentary")),
])
def test_an_alternative_after_a_missing_person_is_answered(text, person, other):
    turn, who = _turn(text, person, other)
    assert given_up_for_another(turn, who)


@pytest.mark.parametrize("text, person, others", [
    ("westerns by ada lomax", "ada lomax", [("genre", "western", "westerns")]),  # one request, the person in it
    ("ada lomax? no? then what", "ada lomax", []),                              # no alternative named
    ("ada lomax then a comedy after", "ada lomax", [("genre", "comedy", "comedy")]),  # a plan, no alternative
    ("ada lomax no horror comedies", "ada lomax", [("genre", "comedy", "comedies")]),  # "no" turns down a kind
    ("ada lomax comedies, nothing else", "ada lomax", [("genre", "comedy", "comedies")]),
])
def test_a_missing_person_without_an_alternative_is_still_said(text, person, others):
    turn, who = _turn(text, person, *others)
    assert not given_up_for_another(turn, who)
