"""Round 21t: a title named after a description of it in a sentence of its own ("the <thing> one from the <decade>.
<title>", "that <country> show? <title>") closes the description as a comma does (actions/described_names
._TITLE_CLOSING_RE). Near misses: a full stop inside a word group ("dr. ...") or a sentence that is no title stays
as it was. Phrasings are this module's own."""

from __future__ import annotations

from typing import Any

import pytest

import actions.described_names as described_names
from actions.described_names import title_closing
from actions.entities import Entity


@pytest.fixture
def catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    from contract.gazetteer import Gazetteer, TitleEntry

    titles = ("Fangs", "Fangs 2", "Dark", "The Mystic River")
    monkeypatch.setattr(described_names, "catalog_gazetteer",
                        lambda: Gazetteer(titles=tuple(TitleEntry(f"s{i}", t) for i, t in enumerate(titles))))


def _year(text: str) -> list[Entity]:
    start = text.index("the 80s")
    return [Entity("year", "1980-1989", None, start, start + len("the 80s"))]


@pytest.mark.parametrize("text", ["the wolf one from the 80s. fangs", "that wolf movie from the 80s! Fangs",
                                  "the wolf film from the 80s?? fangs i think"])
def test_a_title_in_its_own_sentence_closes_the_description(catalog: None, text: str) -> None:
    assert (title_closing(text, _year(text)) or "").casefold() == "fangs", text


@pytest.mark.parametrize("text", ["the wolf one from the 80s. thanks", "the wolf one from the 80s. any ideas?",
                                  "the wolf one from the 80s"])
def test_a_sentence_that_is_no_title_closes_nothing(catalog: None, text: str) -> None:
    assert title_closing(text, _year(text)) is None, text
