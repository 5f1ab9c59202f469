"""Round 29C: a title named in an aside after a person the message names ("<name> films (the <title> guy)") only
says who that person is (actions/person_asides.py): the pointer becomes that person on its own span, so the title's
cast or directors are never added and the title is never left out. Pure: entities written by hand, no Rasa.
Phrasings are this module's own."""

from __future__ import annotations

from actions.entities import CAST_OF, DIRECTOR_OF, Entity
from actions.person_asides import asides_as_the_person
from actions.planning import plan_recommendation
from actions.turn import Turn


def _turn(text: str, person: tuple[str, str, str], title: tuple[str, str, str]) -> Turn:
    """A turn naming ``person`` (kind, value, words) and a title pointer (role, value, words) in ``text``."""
    kind, name, said = person
    role, value, pointer = title
    p, t = text.index(said), text.index(pointer)
    return Turn("test", "request_recommendation", text,
                [Entity(kind, name, None, p, p + len(said)), Entity("title", value, role, t, t + len(pointer))], {})


def test_a_bracketed_aside_after_a_director_is_that_director():
    text = "ang lee films (the brokeback guy)"
    turn = asides_as_the_person(_turn(text, ("director", "Ang Lee", "ang lee"),
                                      (CAST_OF, "Brokeback Mountain", "the brokeback guy")))
    assert {(e.name, e.value) for e in turn.entities} == {("director", "Ang Lee")}
    assert not any(e.name == "title" for e in turn.entities)


def test_who_did_a_title_after_a_director_adds_nobody():
    text = "anything from jane campion - who did the piano"
    turn = asides_as_the_person(_turn(text, ("director", "Jane Campion", "jane campion"),
                                      (DIRECTOR_OF, "The Piano", "who did the piano")))
    plan = plan_recommendation(turn)
    assert plan.constraints.directors == ["Jane Campion"] and not plan.constraints.actors, plan.constraints


def test_you_know_before_the_pointer_is_an_aside_too():
    text = "tilda swinton movies, you know, the orlando lady"
    turn = asides_as_the_person(_turn(text, ("actor", "Tilda Swinton", "tilda swinton"),
                                      (CAST_OF, "Orlando", "the orlando lady")))
    assert [e.value for e in turn.entities] == ["Tilda Swinton", "Tilda Swinton"]
    assert turn.entities[1].start == text.index("the orlando lady")


def test_a_pointer_joined_by_and_is_another_person():
    text = "tilda swinton and the orlando guy"
    turn = _turn(text, ("actor", "Tilda Swinton", "tilda swinton"), (CAST_OF, "Orlando", "the orlando guy"))
    assert asides_as_the_person(turn) is turn


def test_a_pointer_with_nobody_named_keeps_its_reading():
    text = "the guy from orlando"
    turn = Turn("test", "request_recommendation", text, [Entity("title", "Orlando", CAST_OF, 0, len(text))], {})
    assert asides_as_the_person(turn) is turn
