"""Round 37: a baby's age in months typed with a slip is a baby, never a grown-up; a surname of four letters typed with
one slip, or with its possessive's apostrophe left out, is that well-known person; a question about what someone is in
("what else is <name> in") is as much a cast cue as "with"; a compact word naming an origin's dramas ("kdrama") yields
its drama to another genre wished for beside it. Phrasings are this module's own."""

from __future__ import annotations

from typing import Callable

import pytest

Values = Callable[[str, str], list[tuple[str, str | None]]]


@pytest.mark.parametrize("text", ["cartoons for my son, he's 20 montsh", "our girl is 14 mnths",
                                  "something for a 9 mths old"])
def test_a_babys_age_in_months_typed_with_a_slip_is_a_baby(values: Values, text: str) -> None:
    assert {value for value, _ in values(text, "audience")} == {"preschool"}


def test_a_grown_up_age_is_still_no_baby(values: Values) -> None:
    assert ("preschool", None) not in values("she's 20, likes thrillers", "audience")


@pytest.mark.parametrize("text", ["tom hank films pls", "kevin hearts movies"])
def test_a_four_letter_surname_with_one_slip_is_the_well_known_person(values: Values, text: str) -> None:
    assert len(values(text, "actor")) == 1


def test_what_else_someone_is_in_cues_their_name_typed_with_a_slip(values: Values) -> None:
    assert values("so what else has david harbor been in", "actor") == [("David Harbour", None)]


def test_a_compact_drama_word_yields_its_drama_to_another_genre(values: Values) -> None:
    text = "any kdrama thrillers"
    assert values(text, "genre") == [("thriller", None)]
    assert values(text, "language") == [("ko", None)] and values(text, "media_type") == [("series", None)]


def test_a_compact_drama_word_alone_keeps_its_drama(values: Values) -> None:
    assert values("binge some kdramas", "genre") == [("drama", None)]


@pytest.mark.parametrize("text", ["japanese variety shows", "any good game shows", "something talent show style",
                                  "more competition style"])
def test_an_unscripted_format_named_by_its_kind_of_show_is_reality(values: Values, text: str) -> None:
    assert ("reality", None) in values(text, "genre")


def test_a_variety_of_things_is_no_format(values: Values) -> None:
    assert ("reality", None) not in values("a variety of comedies", "genre")
