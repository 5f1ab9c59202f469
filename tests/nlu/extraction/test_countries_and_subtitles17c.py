"""Round 17c: countries, residences and subtitles (nlu/extraction/geo.py, unknown_people.py, genres.py).

Classes: every country of the world is read as that country (``contract.world_countries``), never as a language it
resembles nor dropped; a place (a country or a city) is never a person the catalog lacks; where the viewers live
("living in", "based in") is about them, not a wish; not wanting subtitles is English *and* not filed as foreign
(``international`` excluded); "true crime" with slips is crime + documentary. Phrasings are this module's own.
"""

from __future__ import annotations

import pytest

from contract.world_countries import WORLD_CITIES, WORLD_COUNTRIES


# -- every country of the world is a country ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("any series out of paraguay or from mongolia", "Mongolia"),
    ("documentaries from greenland please", "Greenland"),
    ("got films from bolivia", "Bolivia"),
    ("a surinamese comedy", "Suriname"),
    ("North Korea docs", "North Korea"),
    ("Costa Rica nature shows", "Costa Rica"),
])
def test_a_country_of_the_world_is_that_country(values, text, country):
    assert (country, None) in values(text, "country")
    assert not values(text, "language")


@pytest.mark.parametrize("text", ["a samosa cooking show", "chili cook-off shows"])
def test_no_slip_is_corrected_to_a_country_known_only_from_the_world_table(values, text):
    assert not values(text, "country")


def test_a_slip_of_a_catalog_country_is_still_corrected(values):
    assert values("nigerain movies", "country") == [("Nigeria", None)]


def test_north_korea_is_never_the_south(values):
    assert ("South Korea", None) not in values("films from north korea", "country")


# -- a place is never a person the catalog lacks -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hong Kong martial arts films from the 70s",
    "Buenos Aires romance movies",
    "Sri Lanka documentaries",
    "El Salvador stories",
    "Rio De Janeiro crime films",
])
def test_a_place_is_never_an_unknown_person(values, text):
    assert not values(text, "unknown_person")


def test_a_catalog_country_capitalised_stays_the_country(values):
    assert values("Hong Kong kung fu films", "country") == [("Hong Kong", None)]


def test_a_person_the_catalog_lacks_is_still_one(values):  # near miss: a name beside a place word stays a name
    assert values("films by Zyxo Quarnbeck", "unknown_person")


# -- where the viewers live is about them ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted, home", [
    ("i'm from ghana living in germany, i miss nollywood films", "Nigeria", "Germany"),
    ("we are from chile but based in the uk, something from colombia", "Colombia", "United Kingdom"),
    ("based in norway, any bollywood musicals", "India", "Norway"),
    ("i grew up in egypt, living in france now, anything from turkey", "Turkey", "France"),
])
def test_where_the_viewers_live_is_never_a_filter(values, text, wanted, home):
    assert (wanted, None) in values(text, "country")
    assert (home, None) not in values(text, "country")
    assert (home, None) in values(text, "about_viewers")


@pytest.mark.parametrize("text, country", [
    ("a thriller based in france", "France"),  # a setting
    ("films about people living in japan", "Japan"),  # a plot
])
def test_a_setting_is_still_a_country(values, text, country):
    assert (country, None) in values(text, "country")


def test_the_home_verb_never_reaches_the_query(ents):
    text = "i'm from peru living in spain, nollywood comedies"
    [home] = [e for e in ents(text) if e.entity == "about_viewers" and e.value == "Spain"]
    assert home.surface.startswith("living")


@pytest.mark.parametrize("text", ["nollywood", "some nollywood movies"])
def test_nollywood_is_nigerian_film(values, text):
    assert values(text, "country") == [("Nigeria", None)]


# -- subtitles ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my dad won't sit through anything with subtitles",
    "drama, nothing we need to read",
    "no subs for us, a thriller",
    "she can't read subtitles fast enough, a comedy",
])
def test_no_subtitles_is_english_and_not_foreign(values, text):
    assert ("en", None) in values(text, "language")
    assert ("international", "exclude") in values(text, "genre")


@pytest.mark.parametrize("text", [
    "a comedy in english",  # English asked for, nothing said of subtitles
    "with english subtitles, a korean drama",  # the subtitles' language
    "foreign films without subtitles are fine",  # near miss kept honest: foreign asked for stays wanted
])
def test_no_foreign_exclusion_without_a_refusal_of_subtitles(values, text):
    assert ("international", "exclude") not in values(text, "genre")


# -- true crime --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["tru crime series", "trucrime from spain", "true-crime docuseries"])
def test_true_crime_with_slips_is_a_crime_documentary(values, text):
    genres = {v for v, _ in values(text, "genre")}
    assert {"crime", "documentary"} <= genres


def test_crime_alone_is_no_documentary(values):
    assert ("documentary", None) not in values("crime series from spain", "genre")


# -- the table itself --------------------------------------------------------------------------------------------------

def test_every_country_of_the_shipped_catalog_is_in_the_world_table(gazetteer):
    assert not set(gazetteer.countries) - set(WORLD_COUNTRIES)


def test_a_demonym_names_one_country():
    seen: dict[str, str] = {}
    for country, names in WORLD_COUNTRIES.items():
        for name in names:
            assert seen.setdefault(name, country) == country, name
    assert not set(seen) & {c.lower() for c in WORLD_COUNTRIES}


def test_cities_are_lower_case():
    assert all(c == c.lower() for c in WORLD_CITIES)
