"""An availability question about a franchise's name is answered with its titles (actions/franchise_titles.py
``_asked_if_held``): "do you have <franchise>?" names no one title, and "not in the catalog" with its titles offered as
close names would be wrong. A title named exactly keeps its card; a name typed without its accents is the catalog's.
And the English question around an accented name is English (actions/language.py). Phrasings are this module's own;
tests/fixtures/netflix_small.csv."""

from __future__ import annotations

from typing import Optional

from actions.entities import Entity
from actions.franchise_titles import FranchiseAsked, _catalog_spelling, franchise_asked
from actions.language import in_other_language
from actions.turn import Turn


def _asked(text: str, *entities: tuple[str, str, str]) -> Optional[FranchiseAsked]:
    found = [Entity(name, value, None, text.index(said), text.index(said) + len(said)) for said, name, value in entities]
    return franchise_asked(Turn("t", "request_recommendation", text, found, {}))


def test_do_you_have_a_franchise_lists_its_titles(fixture_gazetteer: None) -> None:
    asked = _asked("hey do you guys have barbie?")
    assert asked is not None and set(asked.ids) == {"s6236", "s6242"}


def test_the_kind_word_of_the_question_is_the_format(fixture_gazetteer: None) -> None:
    asked = _asked("was there a barbie movie on here", ("movie", "media_type", "movie"))
    assert asked is not None and asked.media_type == "movie"


def test_a_title_named_exactly_keeps_its_card(fixture_gazetteer: None) -> None:
    assert _asked("do you have barbie: spy squad", ("barbie: spy squad", "title", "Barbie: Spy Squad")) is None


def test_a_name_typed_without_its_accents_is_spelt_as_the_catalog_does(fixture_gazetteer: None) -> None:
    assert _catalog_spelling("camaron revolution") == "camarón revolution"
    assert _catalog_spelling("barbie") == "barbie"


def test_an_english_question_around_an_accented_name_is_english() -> None:
    assert not in_other_language("do you still have pokémon")
    assert in_other_language("¿tienes películas de miedo?")


def test_the_heading_names_the_franchise_as_the_catalog_spells_it() -> None:
    from actions.franchise_titles import as_the_catalog_spells

    assert as_the_catalog_spells("pokemon", ["Pokémon: Indigo League", "Pokémon the Series"]) == "Pokémon"
    assert as_the_catalog_spells("kung fu panda", ["Kung Fu Panda 2"]) == "Kung Fu Panda"
    assert as_the_catalog_spells("barbie", ["Barbarians"]) == "barbie"  # no title opens with the name: as said
