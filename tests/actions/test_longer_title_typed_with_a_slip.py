"""A title typed with a slip that the extractor read whole ("stranger thigns" → Stranger Things) is that title, never
a shorter catalog title opening the message with the slipped word as evidence picking among its namesakes
(actions/identification.py ``_title_opening``). Fixture catalog: tests/fixtures/netflix_small.csv ("Stargate" and
"Stargate SG-1"). Phrasings are this module's own."""

from __future__ import annotations

from typing import Optional

from actions.entities import Entity
from actions.identification import Sketch, sketch_of
from actions.turn import Turn


def _sketch(text: str, *entities: Entity) -> Optional[Sketch]:
    return sketch_of(Turn("t", "request_recommendation", text, list(entities), {}))


def test_a_longer_title_read_over_the_words_is_no_identification(fixture_gazetteer: None) -> None:
    text = "stargate sg-l"
    assert _sketch(text, Entity("title", "Stargate SG-1", None, 0, len(text))) is None


def test_a_shorter_title_with_words_that_pick_it_is_still_identified(fixture_gazetteer: None) -> None:
    # near miss: no longer title read, the words after the name pick among titles of that name
    text = "stargate, the kurt russell one"
    sketch = _sketch(text, Entity("actor", "Kurt Russell", None, text.index("kurt"), text.index("kurt") + 12))
    assert sketch is not None and sketch.name == "stargate"


def test_the_same_title_read_over_its_own_name_changes_nothing(fixture_gazetteer: None) -> None:
    # near miss: the extractor's title is the opening name itself, not a longer one
    text = "stargate, the kurt russell one"
    sketch = _sketch(text, Entity("title", "Stargate", None, 0, 8),
                     Entity("actor", "Kurt Russell", None, text.index("kurt"), text.index("kurt") + 12))
    assert sketch is not None and sketch.name == "stargate"
