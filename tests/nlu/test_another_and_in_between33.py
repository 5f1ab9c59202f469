"""Round 33: "another <title>" asks for more like it, and "somewhere between <A> and <B>" for titles like both: the
words are likeness cues (names.SIMILAR_CUES), and a title made of function words only ("never have i ever") is a
member of such a list where it closes its slot; an everyday-word title typed with a slip, then a likeness word ("<title>
type show"), is that title. Phrasings are this module's own."""

from __future__ import annotations

from typing import Callable

Values = Callable[[str, str], list[tuple[str, str | None]]]


def test_another_title_is_a_likeness(values: Values) -> None:
    assert values("could really use another ozark right now", "title") == [("Ozark", "similar")]


def test_a_blend_of_two_titles_is_like_both(values: Values) -> None:
    assert values("somewhere between ozark and never have i ever", "title") == [
        ("Ozark", "similar"), ("Never Have I Ever", "similar")]


def test_pointing_words_after_a_listed_title_are_no_title(values: Values) -> None:
    assert values("like ozark and that one", "title") == [("Ozark", "similar")]


def test_between_two_numbers_stays_a_range(values: Values) -> None:
    assert values("between 90 and 120 minutes", "title") == []


def test_a_slipped_everyday_word_title_before_a_likeness_word_is_that_title(values: Values) -> None:
    # "friends" typed with a letter left out is no everyday word: the likeness word after it names the title
    assert values("frends vibes please", "title") == [("Friends", "similar")]


def test_a_likeness_word_read_as_a_verb_names_no_title(values: Values) -> None:
    assert values("my frends type so fast", "title") == []
