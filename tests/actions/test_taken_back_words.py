"""Words a self-correction took back ("japanese um no korean romance shows": the extractor's ``taken_back`` entity)
reach neither the free-text query nor a shown reason (actions/query_text.residual_query blanks every entity's span), and
the "no" that took them back rules out none of the words after it (``query_text._correcting_noes``). Phrasings are this
module's own."""

from __future__ import annotations

from actions.entities import Entity
from actions.query_text import residual_query


def test_an_origin_taken_back_is_no_query_word() -> None:
    text = "baking shows, french um no italian"
    entities = [Entity("media_type", "series", None, 7, 12), Entity("taken_back", "country", None, 14, 20),
                Entity("country", "Italy", None, 27, 34)]
    assert residual_query(text, entities) == "baking"
    assert "french" in (residual_query(text, [e for e in entities if e.name != "taken_back"]) or "")  # the leak it stops


def test_the_correcting_no_rules_out_none_of_the_words_after_it() -> None:
    text = "french um no italian cooking shows"
    entities = [Entity("taken_back", "country", None, 0, 6), Entity("country", "Italy", None, 13, 20),
                Entity("media_type", "series", None, 29, 34)]
    assert residual_query(text, entities) == "cooking"


def test_a_no_with_nothing_taken_back_still_rules_out_what_follows() -> None:
    text = "cooking shows no italian baking stuff"
    entities = [Entity("media_type", "series", None, 8, 13), Entity("country", "Italy", "exclude", 17, 24)]
    assert "baking" not in (residual_query(text, entities) or "")
