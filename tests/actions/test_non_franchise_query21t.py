"""Round 21t: "the non <name> ones" rules the name out, so its words are no query words (actions/query_text._NEGATORS
"non"). Near miss: the words before "non" stay the query. Phrasings are this module's own."""

from __future__ import annotations

from actions.entities import Entity
from actions.query_text import residual_query


def _actor(text: str) -> list[Entity]:
    return [Entity("actor", "Kristen Stewart", None, 0, len("kristen stewart"))]


def test_the_non_name_ones_leave_no_query_word() -> None:
    text = "kristen stewart films, the non twilight ones"
    assert residual_query(text, _actor(text)) is None


def test_words_before_non_stay_the_query() -> None:
    text = "kristen stewart heist films, the non twilight ones"
    assert residual_query(text, _actor(text)) == "heist"
