"""Review finding 15 (round 18): a catalog word counts as a franchise's name only when its synopses write it as a name
(capitalized inside a sentence more often than not: contract/words.py ``franchise_words``), so everyday words that open
a few titles ("sniper", "gospel", "saint") name no titles in a turn-down ("no sniper stuff") while "naruto" and
"barbie" still do (actions/title_words.py ``_distinctive``)."""

from __future__ import annotations

import pytest

from actions.title_words import _distinctive
from contract.words import franchise_words, title_words

TITLES = ["Sniper: Ghost Hunt", "Sniper: Last Stand", "Zorbo and Friends", "Zorbo in Space", "The Dark Hour"]
DESCRIPTIONS = [
    "A retired sniper takes one last job.", "Pinned down, a sniper and his spotter must hold the ridge.",
    "Little Zorbo and his pals learn to share.", "When a comet falls, Zorbo flies to the moon to bring it home.",
    "Nothing here.",
]


def test_a_name_written_as_a_name_counts_and_an_everyday_word_does_not() -> None:
    found = franchise_words(TITLES, {"sniper", "zorbo", "dark"}, descriptions=DESCRIPTIONS)
    assert "zorbo" in found and "sniper" not in found


def test_a_sentence_opening_capital_tells_nothing() -> None:
    descriptions = ["Sniper duels fill this film.", "Sniper teams clash.", "", "", ""]
    assert "sniper" not in franchise_words(TITLES, {"sniper", "zorbo"}, descriptions=descriptions)


@pytest.mark.parametrize("word", ["sniper", "gospel", "saint"])
def test_everyday_words_are_no_names_only_titles_have(word: str) -> None:
    assert word not in title_words() and not _distinctive(word)


@pytest.mark.parametrize("word", ["naruto", "barbie", "pokemon", "zombieland"])
def test_franchise_names_stay_names(word: str) -> None:
    assert _distinctive(word)


@pytest.mark.parametrize("text", ["war films, no sniper stuff", "something uplifting, not the gospel music",
                                  "no saint stuff tonight"])
def test_a_turn_down_of_an_everyday_word_names_no_titles(text: str) -> None:
    from actions.title_words import named_in_request
    from actions.turn import Turn

    assert named_in_request(Turn("t", "request_recommendation", text, [], {"last_items": []})) is None


@pytest.mark.parametrize("text", ["kids movies but not barbie", "cartoons, not barbie"])
def test_a_turn_down_of_a_franchise_name_still_names_its_titles(fixture_gazetteer: None, text: str) -> None:
    from actions.title_words import named_in_request
    from actions.turn import Turn

    named = named_in_request(Turn("t", "request_recommendation", text, [], {"last_items": []}))
    assert named is not None and named.item_ids
