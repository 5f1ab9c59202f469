"""A title read through a slip out of a likeness cue ("klaus like 20 times" → "Life 2.0") is dropped
(actions/slipped_titles.py); a title typed exactly, or a slip elsewhere, stays."""

from __future__ import annotations

from actions.entities import Entity
from actions.slipped_titles import without_titles_slipped_from_cues


def _title(text: str, said: str, value: str) -> Entity:
    start = text.index(said)
    return Entity("title", value, None, start, start + len(said))


def test_a_slip_read_from_like_goes_and_the_exact_title_stays() -> None:
    text = "my son has seen klaus like 20 times, something like that"
    exact, slipped = _title(text, "klaus", "Klaus"), _title(text, "like 20", "Life 2.0")
    assert without_titles_slipped_from_cues(text, [exact, slipped]) == [exact]


def test_a_title_typed_exactly_from_like_stays() -> None:
    text = "like stars on earth"
    title = _title(text, "like stars on earth", "Like Stars on Earth")
    assert without_titles_slipped_from_cues(text, [title]) == [title]


def test_a_slip_elsewhere_stays() -> None:
    text = "something like the crwon"
    title = _title(text, "the crwon", "The Crown")
    assert without_titles_slipped_from_cues(text, [title]) == [title]


def test_other_entities_and_payloads_stay() -> None:
    genre = Entity("genre", "comedy", None, 0, 6)
    assert without_titles_slipped_from_cues("comedy like 20", [genre]) == [genre]
    payload = [Entity("title", "Life 2.0")]
    assert without_titles_slipped_from_cues('/more_like{"title":"Life 2.0"}', payload) == payload
