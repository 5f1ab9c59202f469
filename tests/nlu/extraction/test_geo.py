"""Countries (catalog names) and languages (ISO 639-1), resolved as contracts §5 says (nlu/extraction/geo.py).

Its phrases are rows of cases/geo.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

from nlu_cases import Ent


def test_a_korean_drama_yields_drama_and_korean(ents):
    assert ents("a korean drama") == [Ent("korean", "language", "ko"), Ent("drama", "genre", "drama")]


def test_origin_dramas_in_the_plural_are_a_drama_series_of_that_origin(ents):
    """"korean dramas" as viewers use it is the k-drama: a series (contracts §5 compact words)."""
    assert ents("seen any good taiwanese dramas lately") == [
        Ent("taiwanese dramas", "genre", "drama"), Ent("taiwanese dramas", "country", "Taiwan"),
        Ent("taiwanese dramas", "media_type", "series")]


def test_an_explicit_movie_noun_keeps_origin_dramas_films(ents):
    assert ("movie", None) in {(e.value, e.role) for e in ents("japanese drama movies from the 90s")
                               if e.entity == "media_type"}
    assert "series" not in {e.value for e in ents("a korean drama film please") if e.entity == "media_type"}


def test_telenovelas_and_anime_films_keep_their_compact_reading(ents):
    assert {(e.entity, e.value) for e in ents("some mexican telenovelas")} >= {
        ("country", "Mexico"), ("genre", "drama"), ("media_type", "series")}
    assert {(e.entity, e.value) for e in ents("an anime film tonight")} == {("genre", "anime"), ("media_type", "movie")}


def test_capitalised_ambiguous_country_is_a_country(values):
    assert values("films from Turkey", "country") == [("Turkey", None)]


def test_gazetteer_countries_are_recognised(values):
    assert values("something from Iceland", "country") == [("Iceland", None)]


def test_a_region_followed_by_some_of_its_countries_is_those_countries_only(values):
    """"scandinavian …, swedish or norwegian": the list narrows the region, and its words stay entities."""
    assert sorted({v for v, _ in values("scandinavian thrillers, swedish or norwegian", "country")}) == ["Norway", "Sweden"]


def test_an_either_list_of_origins_never_mixes_countries_and_languages(ents):
    found = [e for e in ents("german or korean or spanish movies") if e.entity in ("country", "language")]
    assert {e.entity for e in found} == {"language"}
    assert [e.value for e in found] == ["de", "ko", "es"]


def test_every_catalog_country_has_an_adjective(gazetteer):
    # a follow-up naming an origin alone ("argentinian") needs the adjective of every country the catalog files
    import csv
    from pathlib import Path

    from nlu.extraction.geo import COUNTRY_ADJECTIVES, NATIONALITIES
    from contract.vocabulary import COUNTRY_LANGUAGES, LANGUAGE_NAMES

    csv_path = Path(__file__).resolve().parents[3] / "catalogs" / "netflix-titles" / "netflix_titles.csv"
    with csv_path.open(encoding="utf-8") as fh:
        countries = {c.strip() for row in csv.DictReader(fh) for c in (row["country"] or "").split(",") if c.strip()}
    by_language = {c for c, code in COUNTRY_LANGUAGES.items() if code in LANGUAGE_NAMES}  # "chinese" is the language
    covered = set(COUNTRY_ADJECTIVES.values()) | set(NATIONALITIES.values()) | by_language
    assert countries - covered <= {"Georgia", "Vatican City"}, countries - covered


# -- where the viewers come from is no wish about the titles ------------------------------------------------------------

def test_a_companion_from_a_country_is_not_the_titles_origin(values):
    assert values("my cousin from brazil is staying the week, we want a comedy", "country") == []


def test_the_viewer_saying_where_they_are_from_or_live_is_no_origin(values):
    assert values("we're originally from poland but live in ireland now, any thriller?", "country") == []


def test_guests_visiting_from_a_country_are_no_origin(values):
    assert values("my parents are visiting from greece next week", "country") == []


def test_a_title_origin_said_after_the_viewers_origin_still_counts(values):
    assert values("i'm from mexico, is there a series from mexico", "country") == [("Mexico", None)]


def test_titles_from_a_country_are_still_an_origin(values):
    assert values("a thriller from spain", "country") == [("Spain", None)]
    assert values("we are in the mood for something from france", "country") == [("France", None)]
    assert values("a film about people who moved to america", "country") == [("United States", None)]


def test_a_language_the_viewer_speaks_poorly_is_not_asked_for(values):
    assert values("something in italian please, my english isn't very good", "language") == [("it", None)]
    assert values("grandma speaks only a little english", "language") == []


def test_a_language_the_viewers_only_speak_is_still_asked_for(values):
    assert values("the kids only speak english", "language") == [("en", None)]


def test_the_viewers_origin_is_claimed_so_it_never_reaches_the_query(values):
    assert values("my cousin from brazil is staying the week", "about_viewers") == [("Brazil", None)]


def test_philippine_is_the_country(values):
    assert values("philippine horror films", "country") == [("Philippines", None)]


def test_a_setting_wished_for_is_the_titles_origin(values):
    assert values("i want a movie based in france", "country") == [("France", None)]
    assert values("my wife loves shows where people moved to spain", "country") == [("Spain", None)]
    assert values("a film about a family from mexico", "country") == [("Mexico", None)]


def test_living_somewhere_after_saying_where_they_come_from_is_the_viewers_home(values):
    assert values("i am from peru and living in canada now", "about_viewers") == [("Peru", None), ("Canada", None)]


def test_characters_of_a_plot_from_a_country_are_no_viewers(values):
    assert values("that series where they moved to italy", "country") == [("Italy", None)]
    assert values("something where she was born in mexico, a drama", "country") == [("Mexico", None)]
    assert values("a film about refugees who came from syria", "country") == [("Syria", None)]


def test_a_companion_said_in_the_third_person_is_still_a_viewer(values):
    assert values("my parents are visiting, they're from brazil", "about_viewers") == [("Brazil", None)]


def test_living_somewhere_after_many_origins_stays_fast(values):
    import time
    text = ("a film from a place and living in france, " * 100)[:4000]
    started = time.perf_counter()
    values(text, "country")
    assert time.perf_counter() - started < 2.0


def test_an_ambiguous_country_after_country_is_the_country(values):
    assert values("is there films from my country turkey?", "country") == [("Turkey", None)]
    assert values("we had turkey for dinner, a comedy", "country") == []


def test_anywhere_in_a_continent_is_its_countries_never_america(values):
    found = {v for v, _ in values("fine, from anywhere in south america then", "country")}
    assert "Brazil" in found and "United States" not in found, found
    assert values("a trip across asia with my brother", "country") == []


def test_people_of_a_story_living_somewhere_are_its_setting_not_the_viewers_home(values):
    """A joined "living in" is the viewers' home only in their own clause: after "about / of / where <people>" it
    is the story's place, even when the viewers said where they are from or born earlier."""
    for text, country in (("i'm from ohio, got any films about two sisters living in france", "France"),
                          ("we were born in 1979, a show about a couple living in spain", "Spain"),
                          ("i'm from canada, the story of three brothers living in mexico", "Mexico")):
        assert (country, None) in values(text, "country"), text
        assert country not in {v for v, _ in values(text, "about_viewers")}, text


def test_the_viewers_living_somewhere_is_still_their_home(values):
    assert values("i grew up in turkey, living in the uk now, any dramas", "about_viewers") == [
        ("Turkey", None), ("United Kingdom", None)]
    assert values("we're from brazil and living in canada", "about_viewers") == [("Brazil", None), ("Canada", None)]


def test_the_americas_south_of_the_us_are_their_region_never_the_united_states(values):
    """Said as an origin or setting, South / Central / Latin America are the region's countries."""
    for text, member in (("anything filmed in south america", "Argentina"), ("a thriller out of central america",
                                                                               "Costa Rica"),
                         ("crime series set in latin america", "Mexico"), ("central american documentaries",
                                                                            "Panama"),
                         ("a comedy made in south america", "Brazil")):
        found = {v for v, _ in values(text, "country")}
        assert member in found and "United States" not in found, (text, found)


def test_north_america_is_the_continents_three_countries(values):
    """'north american' / 'from north america' is the US, Canada and Mexico, never the United States alone."""
    for text in ("north american comedies", "a thriller from north america", "documentaries made in north america"):
        assert {v for v, _ in values(text, "country")} == {"United States", "Canada", "Mexico"}, text
    assert values("a thriller from america", "country") == [("United States", None)]
    assert values("we live in north america, any comedies", "country") == []


def test_america_alone_is_still_the_united_states(values):
    assert values("movies filmed in america", "country") == [("United States", None)]
    assert values("we live in south america, any comedies", "country") == []
