"""Round 21t: a person's titles minus a franchise said with "that aren't", "other than", "the non ... ones"
(actions/title_words.named_in_request): in a search for a person an everyday word names the titles it opens ("the
twilight" of "The Twilight Saga: Eclipse"). Near misses: without a person an everyday word names nothing, and a
constraint after "aren't" keeps its own reading. Phrasings are this module's own; tests/fixtures/netflix_small.csv."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.title_words import named_in_request
from actions.turn import Turn

TWILIGHT = "s450"  # The Twilight Saga: Eclipse


def _named(text: str, *entities: tuple[str, str, str]) -> tuple[str, ...]:
    found = []
    for said, name, value in entities:
        start = text.index(said)
        found.append(Entity(name, value, None, start, start + len(said)))
    named = named_in_request(Turn("t", "request_recommendation", text, found, {}))
    return named.item_ids if named is not None else ()


@pytest.mark.parametrize("text", ["kristen stewart films that aren't twilight",
                                  "kristen stewart films, the non-twilight ones",
                                  "kristen stewart films other than the twilight saga",
                                  "kristen stewart films which are not twilight"])
def test_a_persons_titles_minus_a_franchise(fixture_gazetteer: None, text: str) -> None:
    assert _named(text, ("kristen stewart", "actor", "Kristen Stewart"), ("films", "media_type", "movie")) == (TWILIGHT,)


def test_an_everyday_word_without_a_person_names_nothing(fixture_gazetteer: None) -> None:
    assert _named("vampire films that aren't twilight", ("films", "media_type", "movie")) == ()


def test_a_constraint_after_arent_keeps_its_reading(fixture_gazetteer: None) -> None:
    assert _named("kristen stewart films that aren't scary", ("kristen stewart", "actor", "Kristen Stewart"),
                  ("films", "media_type", "movie"), ("scary", "mood", "scary")) == ()
