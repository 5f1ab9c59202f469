"""Round 35: "newr" / "oldr" are the list comparatives with an inner vowel dropped, while "fewer" and "folder" stay
words; a title after a likeness cue typed with one letter added is that title; "<title>, is it on" names the title;
"<person> is in" / "has been in" asks for the cast; the language a title's name is said in is no wish for titles in
that language; a title named again under its other name is one title; a chick flick is a romance; a dislike closing
the message reaches back to the contrast before it, never past it; "something clean" before who is in the room is the
cap; "anything new" alone asks what came in; ages joined by "n" are a list; a date at home is the grown-ups' evening;
"too heavy" rules out the dark tone ("heavy metal" is music). Phrasings are this module's own."""

from __future__ import annotations

from typing import Callable

import pytest

Values = Callable[[str, str], list[tuple[str, str | None]]]


@pytest.mark.parametrize("text, value", [("got any newr ones", "newer"), ("hmm oldr", "older")])
def test_a_comparative_with_a_dropped_vowel_is_read(values: Values, text: str, value: str) -> None:
    assert values(text, "year") == [(value, None)]


@pytest.mark.parametrize("text", ["fewer episodes please", "the folder ones"])
def test_words_one_slip_from_a_comparative_stay_words(values: Values, text: str) -> None:
    assert values(text, "year") == []


def test_a_title_with_one_letter_added_after_a_likeness_cue_is_the_title(values: Values) -> None:
    assert values("films like ozarck", "title") == [("Ozark", "similar")]


def test_a_title_then_is_it_on_names_the_title(values: Values) -> None:
    assert values("stranger things, is it on", "title") == [("Stranger Things", None)]


@pytest.mark.parametrize("text", ["anything keanu reeves is in", "is there anything anthony hopkins has been in"])
def test_a_person_who_is_in_something_is_cast(values: Values, text: str) -> None:
    assert len(values(text, "actor")) == 1


def test_the_language_a_name_is_said_in_is_no_language_wish(values: Values) -> None:
    assert values("elite, whatever its called in spanish", "language") == []


def test_a_language_asked_for_stays_a_wish(values: Values) -> None:
    assert values("a thriller in spanish", "language") != []


def test_a_title_named_under_both_its_names_is_one_title(values: Values) -> None:
    assert values("money heist. la casa de papel", "title") == [("Money Heist", None)]


def test_a_chick_flick_is_a_romance_film(values: Values) -> None:
    assert values("any chick flicks from the 90s", "genre") == [("romance", None)]


def test_a_dislike_closing_the_message_reaches_back_only_to_the_contrast(values: Values) -> None:
    assert values("reality tv but no dating shows, i cant stand those", "genre") == [("reality", None),
                                                                                     ("romance", "exclude")]


def test_a_dislike_closing_a_plain_clause_still_rules_it_out(values: Values) -> None:
    assert ("horror", "exclude") in values("a comedy tonight, the gory ones, she doesn't like", "genre")


def test_something_clean_before_who_is_in_the_room_is_the_cap(values: Values) -> None:
    assert values("anything clean my dad is in the room", "audience") == [("family", "cap")]


def test_cleaning_a_room_is_a_chore(values: Values) -> None:
    assert values("i need something to clean my room with", "audience") == []


def test_a_grandparent_turning_an_age_is_company(values: Values) -> None:
    assert values("grandpa's turning 85, westerns for him", "audience") == [("family", "cap")]


@pytest.mark.parametrize("text", ["anything new", "got anything new lately?"])
def test_anything_new_alone_asks_what_came_in(values: Values, text: str) -> None:
    assert len(values(text, "added")) == 1


def test_anything_new_with_someone_asks_for_their_recent_titles(values: Values) -> None:
    assert values("anything new with tom hanks", "added") == []


def test_ages_joined_by_n_are_a_list(values: Values) -> None:
    assert values("the kids 4 n 10", "audience") == [("preschool", None)]


def test_a_date_at_home_tonight_is_the_grown_ups_evening(values: Values) -> None:
    assert ("adult", None) in values("got a date tonight at my place, a film", "audience")


def test_a_childs_date_tonight_is_no_grown_ups_evening(values: Values) -> None:
    assert values("my son has a date tonight, something for him", "audience") == []


def test_too_heavy_rules_out_the_dark_tone(values: Values) -> None:
    assert values("ugh way too heavy", "mood") == [("dark", "exclude")]


def test_heavy_metal_is_music(values: Values) -> None:
    assert values("any heavy metal concerts", "mood") == [] and ("music", None) in values("any heavy metal concerts",
                                                                                         "genre")
