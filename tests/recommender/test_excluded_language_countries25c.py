"""Round 25c, class 2 (the recommender side): a language turned down ("but not spanish") leaves out the titles in it
and the titles from a country where it is spoken, since the catalog infers a title's language from its tags first (a
Spanish production filed under "British TV Shows" reads as English). A country asked for by name stays."""

from __future__ import annotations

from contract.vocabulary import COUNTRY_LANGUAGES

from snapshot_filter import kept

SPANISH_SPEAKING = {c for c, code in COUNTRY_LANGUAGES.items() if code == "es"}


def test_a_language_turned_down_leaves_out_its_countries(snapshot, netflix_small_records):
    got = kept(snapshot, exclude_languages=["es"])
    by_id = {r.source_id: r for r in netflix_small_records}
    assert got
    assert not any(SPANISH_SPEAKING & set(by_id[i].countries) for i in got)
    assert not any("es" in by_id[i].languages for i in got)


def test_near_miss_a_country_asked_for_by_name_stays(snapshot, netflix_small_records):
    from_spain = {r.source_id for r in netflix_small_records
                  if "Spain" in r.countries and r.languages and "es" not in r.languages}
    got = kept(snapshot, countries=["Spain"], exclude_languages=["es"])
    assert from_spain and got == from_spain
