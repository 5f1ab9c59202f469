"""Round 34: a well-known given name typed with one slip after a cast cue is that person; "acton" is a slip of
"action"; "is <title> there" / "<title>, is it there" ask the availability question, and "available to stream" closes
an everyday-word title's slot; two bare runtimes after a runtime word or "between" are minutes; a rating hedged with
"-ish" or kept to ("keep it <rating>") is a ceiling; a bare age closes before "so" / "but"; "oops" is chat, never a
name; the form closing "A or B <form>" is asked for outright; a long surname heard right in its consonants is the
person; "the same actress" after a title asks for its cast. Phrasings are this module's own."""

from __future__ import annotations

from typing import Callable

import pytest

Values = Callable[[str, str], list[tuple[str, str | None]]]


@pytest.mark.parametrize("text", ["films starring denzell", "denzell movies"])
def test_a_slipped_given_name_with_a_cue_is_the_person(values: Values, text: str) -> None:
    assert values(text, "actor") == [("Denzel Washington", None)]


def test_a_slipped_given_name_without_a_cue_is_no_person(values: Values) -> None:
    assert values("we ran into denzell at the shop", "actor") == []


def test_acton_is_action(values: Values) -> None:
    assert ("action", None) in values("some acton flicks for tonight", "genre")


@pytest.mark.parametrize("text, title", [("is ozark there?", "Ozark"), ("narcos, is it there", "Narcos"),
                                         ("is friends available to watch", "Friends")])
def test_availability_asked_with_there_or_to_watch(values: Values, text: str, title: str) -> None:
    assert values(text, "title") == [(title, None)]


@pytest.mark.parametrize("text, value", [("shorter please, maybe 70 to 85", "70-85"),
                                         ("anything between 95 and 115", "95-115")])
def test_bare_runtime_ranges_are_minutes(values: Values, text: str, value: str) -> None:
    assert values(text, "duration") == [(value, None)]


def test_bare_years_stay_years(values: Values) -> None:
    assert values("anything between 1995 and 2005", "duration") == []


def test_a_hedged_rating_is_read(values: Values) -> None:
    assert values("a thriller, pg-13ish is fine", "rating") == [("PG-13", None)]


def test_keep_it_at_a_rating_is_a_ceiling(values: Values) -> None:
    assert values("crime shows but keep it pg-13ish", "audience") == [("teen", None)]


def test_a_bare_age_before_so_is_an_age(values: Values) -> None:
    assert ("teen", None) in values("comedies, my cousins 14 so nothing gross", "audience")


def test_oops_is_no_name(values: Values) -> None:
    assert values("oops. a comedy please", "unknown_person") == []


def test_a_form_closing_alternatives_is_asked_for(values: Values) -> None:
    assert values("horror or mystery anime", "genre") == [("horror", "any"), ("mystery", "any"), ("anime", None)]


def test_alternatives_without_a_form_stay_alternatives(values: Values) -> None:
    assert values("comedy or horror films", "genre") == [("comedy", "any"), ("horror", "any")]


def test_a_long_surname_heard_right_is_the_person(values: Values) -> None:
    assert values("documentaries narrated by david attenbrough", "actor") == [("David Attenborough", None)]


def test_the_same_actress_after_a_title_asks_for_its_cast(values: Values) -> None:
    assert ("Ozark", "cast_of") in values("we finished ozark, got anything with the same actress", "title")


def test_wait_the_interjection_is_no_wait_to_pass(values: Values) -> None:
    assert values("no wait, 80 minutes tops", "duration") == [("-80", None)]


def test_a_learners_plural_of_children_is_the_childrens_audience(values: Values) -> None:
    assert ("family", None) in values("a cartoon good for childrens", "audience")


def test_a_title_then_who_it_is_for_is_that_title(values: Values) -> None:
    assert values("ozark for my husband", "title") == [("Ozark", None)]


def test_a_title_then_its_kind_is_that_title(values: Values) -> None:
    assert values("dark, the series", "title") == [("Dark", None)]


def test_taking_less_time_is_shorter(values: Values) -> None:
    assert values("any that take less time?", "duration") == [("shorter", None)]


def test_a_tag_question_keeps_the_availability_question(values: Values) -> None:
    assert values("ozark is on here right", "title") == [("Ozark", None)]
