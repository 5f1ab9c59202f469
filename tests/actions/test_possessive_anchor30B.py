"""Round 30B: a person in the possessive right before the "like" title ("<director>'s <title>, …") says whose title it
is: when the title credits them they are no constraint, the title is the anchor and never shown; the person's work
asked for in so many words, or someone the title does not credit, stays a constraint (actions/anchor_credits.py).
Phrasings are this module's own; titles of the fixture catalog (tests/fixtures/netflix_small.csv)."""

from __future__ import annotations

from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.anchor_credits import _describes
from actions.entities import Entity

_SHUTTER_ISLAND = "s1359"  # directed by Martin Scorsese, with Leonardo DiCaprio; a thriller


def _at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def test_a_possessive_right_before_the_title_describes_it() -> None:
    for text in ("scorsese's shutter island, more like it", "Scorsese’s shutter island vibes"):
        title = _at(text, "shutter island", "title", "Shutter Island", "similar")
        person = _at(text, text[:8], "director", "Martin Scorsese")
        assert _describes(text, title, person, [person]), text


def test_a_person_before_the_title_without_the_possessive_is_no_description() -> None:
    text = "scorsese films like shutter island"
    title = _at(text, "shutter island", "title", "Shutter Island", "similar")
    person = _at(text, "scorsese", "director", "Martin Scorsese")
    assert not _describes(text, title, person, [person])


def test_the_person_named_again_after_the_title_is_asked_for() -> None:
    text = "scorsese's shutter island, something like it, or other scorsese stuff"
    title = _at(text, "shutter island", "title", "Shutter Island", "similar")
    person = _at(text, "scorsese", "director", "Martin Scorsese")
    assert not _describes(text, title, person, [person])


async def test_the_directors_possessive_does_not_narrow_the_search(api: str, convo: Conversation) -> None:
    text = "scorsese's shutter island, something along those lines"
    await convo.say("request_recommendation", [
        located(text, "scorsese", "director", "Martin Scorsese"),
        located(text, "shutter island", "title", "Shutter Island", "similar")], text)
    assert convo.items, convo.text
    applied = convo.applied or {}
    assert not applied.get("directors") and not applied.get("any_people"), applied
    assert applied.get("similar_to"), applied
    assert _SHUTTER_ISLAND not in [i["id"] for i in convo.items], convo.text


async def test_someone_the_title_does_not_credit_stays_a_constraint(api: str, convo: Conversation) -> None:
    text = "adam sandler's shutter island, something like it"
    await convo.say("request_recommendation", [
        located(text, "adam sandler", "actor", "Adam Sandler"),
        located(text, "shutter island", "title", "Shutter Island", "similar")], text)
    assert (convo.applied or {}).get("actors") == ["Adam Sandler"], convo.applied
