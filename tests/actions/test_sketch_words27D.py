"""Round 27D: a plot sketch's everyday words count for the catalog synopsis's words of the same meaning
(actions/described_anchor._SAME_MEANING), so the title whose synopsis tells that story wins."""
from __future__ import annotations

from typing import Any

from actions.described_anchor import _said_in, _word_set
from actions.identification import Candidate, Sketch, best_fit


def _item(item_id: str, title: str, description: str) -> dict[str, Any]:
    return {"id": item_id, "title": title, "description": description}


def test_a_shortened_word_counts_for_the_catalog_word() -> None:
    assert _said_in("vets", _word_set("Three veterans of the war return home."))


def test_a_word_of_the_same_meaning_counts() -> None:
    assert _said_in("gangsters", _word_set("A gang rules the streets of a port town."))
    assert _said_in("debt", _word_set("Cash-strapped neighbours enter a contest."))


def test_an_unrelated_word_does_not_count() -> None:
    assert not _said_in("debt", _word_set("A chef opens a bakery in Paris."))


def test_the_synopsis_telling_the_sketch_in_its_own_words_wins() -> None:
    sketch = Sketch(words=("mobsters", "kids", "contest"))
    best = best_fit(sketch, [Candidate(_item("1", "Hit", "Gangsters rig a children's contest.")),
                             Candidate(_item("2", "Other", "A contest of bakers."))])
    assert best is not None and best["id"] == "1"


# --- a country in a plot sketch is its setting ------------------------------------------------------------------------

from actions.entities import Entity  # noqa: E402
from actions.identification import sketch_of  # noqa: E402
from actions.turn import Turn  # noqa: E402


def _turn(text: str, said: str, country: str) -> Turn:
    start = text.index(said)
    return Turn("t", "request_recommendation", text, [Entity("country", country, None, start, start + len(said))], {})


def test_a_country_the_story_goes_to_is_a_plot_word_not_an_origin() -> None:
    text = "that film where four old soldiers fly back to cambodia to dig up a fortune"
    sketch = sketch_of(_turn(text, "cambodia", "Cambodia"))
    assert sketch is not None and sketch.countries == () and "cambodia" in sketch.words, sketch


def test_a_country_said_as_an_adjective_stays_the_origin() -> None:
    text = "that german show where the kids vanish in the woods near a nuclear plant"
    sketch = sketch_of(_turn(text, "german", "Germany"))
    assert sketch is not None and sketch.countries == ("Germany",), sketch
