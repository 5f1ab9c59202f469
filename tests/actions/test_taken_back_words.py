"""Words a self-correction took back ("japanese um no korean romance shows": the extractor's ``taken_back`` entity)
reach neither the free-text query nor a shown reason (actions/query_text.residual_query blanks every entity's span).
Phrasings are this module's own."""

from __future__ import annotations

from actions.entities import Entity
from actions.query_text import residual_query


def test_an_origin_taken_back_is_no_query_word() -> None:
    text = "baking shows, french um no italian"
    entities = [Entity("media_type", "series", None, 7, 12), Entity("taken_back", "country", None, 14, 20),
                Entity("country", "Italy", None, 27, 34)]
    assert residual_query(text, entities) == "baking"
    assert "french" in (residual_query(text, [e for e in entities if e.name != "taken_back"]) or "")  # the leak it stops
