"""A subject word right before a show noun names the kind of show ("a nature show"), so it stays the genre even for
children; after "about" it stays the topic the search ranks by (actions/planning.py ``_subject_words_as_topic``).
Phrasings are this module's own."""

from __future__ import annotations

from planned_turns import at, planned
from actions.turn import Turn


def _first(text: str, entities: list) -> object:
    return planned(Turn("test", "request_recommendation", text, entities, {})).constraints


def test_a_subject_before_a_show_noun_is_its_genre_for_children() -> None:
    text = "a wildlife series my 4 year old can watch"
    c = _first(text, [at(text, "wildlife", "genre", "science-nature"), at(text, "series", "media_type", "series"),
                      at(text, "my 4 year old", "audience", "preschool")])
    assert c.genres == ["science-nature"] and c.audience == "preschool", c


def test_a_subject_after_about_stays_the_topic_for_children() -> None:
    text = "a series about wildlife my 4 year old can watch"
    c = _first(text, [at(text, "series", "media_type", "series"), at(text, "wildlife", "genre", "science-nature"),
                      at(text, "my 4 year old", "audience", "preschool")])
    assert "science-nature" not in c.genres and "wildlife" in (c.query or ""), c
