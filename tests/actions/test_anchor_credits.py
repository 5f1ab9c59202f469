"""People named to say which "like" title is meant describe it and are no constraint; a person asked for, or one the
title does not credit, stays a constraint (actions/anchor_credits.py)."""

from __future__ import annotations

from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.anchor_credits import _describes
from actions.entities import Entity

# The Irishman (tests/fixtures/netflix_small.csv): directed by Martin Scorsese, with Robert De Niro and Al Pacino.


def _at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def test_a_person_linked_to_the_title_describes_it() -> None:
    text = "the irishman with de niro, anything like it"
    title, person = _at(text, "the irishman", "title", "The Irishman"), _at(text, "de niro", "actor", "Robert De Niro")
    assert _describes(text, title, person, [person])


def test_two_people_linked_to_the_title_both_describe_it() -> None:
    text = "the irishman with robert de niro and al pacino, something similar"
    title = _at(text, "the irishman", "title", "The Irishman")
    people = [_at(text, "robert de niro", "actor", "Robert De Niro"), _at(text, "al pacino", "actor", "Al Pacino")]
    assert all(_describes(text, title, p, people) for p in people)


def test_a_person_asked_for_beside_the_title_is_no_description() -> None:
    text = "something like the irishman but with al pacino"
    title, person = _at(text, "the irishman", "title", "The Irishman"), _at(text, "al pacino", "actor", "Al Pacino")
    assert not _describes(text, title, person, [person])


def test_a_person_said_before_the_title_is_no_description() -> None:
    text = "al pacino films like the irishman"
    title, person = _at(text, "the irishman", "title", "The Irishman"), _at(text, "al pacino", "actor", "Al Pacino")
    assert not _describes(text, title, person, [person])


async def test_the_stars_of_the_like_title_do_not_narrow_the_search(api: str, convo: Conversation) -> None:
    text = "the irishman with robert de niro and al pacino, something like it please"
    await convo.say("request_recommendation", [
        located(text, "the irishman", "title", "The Irishman"),
        located(text, "robert de niro", "actor", "Robert De Niro"), located(text, "al pacino", "actor", "Al Pacino")],
        text)
    assert convo.items, convo.text
    applied = convo.applied or {}
    assert not applied.get("actors") and not applied.get("any_people"), applied
    assert applied.get("similar_to"), applied


async def test_someone_the_title_does_not_credit_stays_a_constraint(api: str, convo: Conversation) -> None:
    text = "the irishman with adam sandler, something like it"
    await convo.say("request_recommendation", [
        located(text, "the irishman", "title", "The Irishman"), located(text, "adam sandler", "actor", "Adam Sandler")],
        text)
    assert (convo.applied or {}).get("actors") == ["Adam Sandler"], convo.applied


async def test_a_star_inside_a_praised_titles_span_only_names_it(api: str, convo: Conversation) -> None:
    # no likeness cue: the NLU's "<title> with <its star>" span says which title, the credits decide
    text = "the irishman with al pacino was brilliant"
    await convo.say("request_recommendation", [
        located(text, "the irishman with al pacino", "title", "The Irishman"),
        located(text, "al pacino", "actor", "Al Pacino")], text)
    assert not (convo.applied or {}).get("actors"), convo.applied


async def test_someone_uncredited_inside_a_praised_titles_span_stays(api: str, convo: Conversation) -> None:
    text = "the irishman with seth rogen was brilliant"
    await convo.say("request_recommendation", [
        located(text, "the irishman with seth rogen", "title", "The Irishman"),
        located(text, "seth rogen", "actor", "Seth Rogen")], text)
    assert "Seth Rogen" in ((convo.applied or {}).get("actors") or []) or "Seth Rogen" in convo.text, convo.text


def test_a_maker_asked_for_through_the_title_is_no_description() -> None:
    """'more like <title>, same director if possible': the director resolved from the title sits on its span."""
    text = "more like the irishman, same director if possible"
    title = _at(text, "the irishman", "title", "The Irishman", "similar")
    person = Entity("director", "Martin Scorsese", None, title.start, title.end)
    assert not _describes(text, title, person, [person])


def test_a_maker_resolved_from_a_pointer_after_the_title_is_no_description() -> None:
    text = "more like the irishman, same director if possible"
    title = _at(text, "the irishman", "title", "The Irishman", "similar")
    person = _at(text, "same director if possible", "director", "Martin Scorsese")
    assert not _describes(text, title, person, [person])
