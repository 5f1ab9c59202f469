"""actions/like_praise.py: slang praise of a like-search's anchor is no query word and no mood (issue 10 round 21c,
class 3). Phrasings are this module's own."""

from __future__ import annotations

from actions.entities import Entity
from actions.like_praise import praise_spans, without_readings_of_praise
from actions.query_text import residual_query


def _title(text: str, name: str) -> Entity:
    start = text.lower().index(name.lower())
    return Entity("title", name, start=start, end=start + len(name), role="similar")


def test_praise_of_a_title_is_no_query_word():
    text = "dark was sick, got anything similar"
    assert residual_query(text, [_title(text, "Dark")]) is None


def test_the_same_word_without_a_title_stays_a_query_word():
    assert "sick" in (residual_query("something sick and twisted", []) or "")


def test_a_hedge_inside_the_praise_is_no_mood():
    text = "dark was lowkey fire, more like that"
    mood = Entity("mood", "relaxing", start=text.index("lowkey"), end=text.index("lowkey") + 6)
    kept = without_readings_of_praise(text, [_title(text, "Dark"), mood])
    assert [e.name for e in kept] == ["title"]


def test_a_mood_outside_the_praise_is_kept():
    text = "dark was fire, something relaxing now"
    mood = Entity("mood", "relaxing", start=text.index("relaxing"), end=text.index("relaxing") + 8)
    assert len(without_readings_of_praise(text, [_title(text, "Dark"), mood])) == 2


def test_no_title_means_no_praise():
    assert praise_spans("that was fire", []) == []
