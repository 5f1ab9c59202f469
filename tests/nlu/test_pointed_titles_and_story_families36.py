"""Round 36: an opinion on "that show" / "this movie" points at one title and refuses no format; a rating right after a
ruled-out content word is ruled out with it, whatever the word's degree; "forget the <value> part" lets that value go;
a family in a title's story ("the royal family", "a family who moves …") is nobody watching, while the family watching
stays. Phrasings are this module's own."""

from __future__ import annotations

from typing import Callable

import pytest

Values = Callable[[str, str], list[tuple[str, str | None]]]


@pytest.mark.parametrize("text", ["skip the second one, we hated that show", "loved this movie!",
                                  "already watched that film"])
def test_an_opinion_on_that_show_refuses_no_format(values: Values, text: str) -> None:
    assert values(text, "media_type") == []


def test_shows_disliked_in_general_are_still_a_format_refused(values: Values) -> None:
    assert values("i hate shows", "media_type") == [("series", "exclude")]


def test_a_rating_after_a_ruled_out_content_word_is_ruled_out(values: Values) -> None:
    assert values("cartoons but not the really violent r rated ones", "rating") == [("R", "exclude")]


def test_a_rating_wished_for_stays_a_wish(values: Values) -> None:
    assert values("a tv-ma thriller", "rating") == [("TV-MA", None)]


def test_a_value_let_go_as_a_part_of_the_wish_is_taken_back(values: Values) -> None:
    text = "nah drop the romance bit and the year, a french drama"
    assert values(text, "genre") == [("drama", None)]
    assert values(text, "taken_back") == [("genre", None)]


@pytest.mark.parametrize("text", ["the series about the royal family and their scandals",
                                  "the one where a family who moves to the countryside finds a ghost",
                                  "that show where the family runs a motel"])
def test_a_family_in_a_story_is_nobody_watching(values: Values, text: str) -> None:
    assert values(text, "audience") == []


@pytest.mark.parametrize("text", ["a movie the whole family can watch", "something for a family who loves musicals",
                                  "family movie night tomorrow"])
def test_the_family_watching_is_still_the_audience(values: Values, text: str) -> None:
    assert ("family", None) in values(text, "audience")


def test_a_term_holding_its_own_negation_is_read_as_said_inside_a_scope(values: Values) -> None:
    assert values("no gore and no subtitles", "language") == [("en", None)]


def test_the_television_addressed_then_asked_to_show_is_no_format(values: Values) -> None:
    assert values("ok tv show me a comedy about an hour long", "media_type") == []


def test_more_or_less_a_runtime_is_a_window(values: Values) -> None:
    [(value, role)] = values("a western, more or less 100 minutes", "duration")
    low, high = (int(v) for v in value.split("-"))
    assert role is None and low < 100 < high


def test_a_title_asked_about_keeps_no_director_role_when_the_rest_is_only_if_missing(values: Values) -> None:
    assert values("is ozark on here? if not, anything by the same director", "title") == [("Ozark", None)]
