"""contract.gazetteer: the one writer (atomic), the one cached reader (contracts §2) and the Netflix CSV
builder used by the tests."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from contract import gazetteer as gz

NETFLIX_CSV = Path(__file__).resolve().parents[2] / "catalogs" / "netflix-titles" / "netflix_titles.csv"


@pytest.fixture(scope="module")
def gazetteer() -> gz.Gazetteer:
    return gz.build_from_netflix_csv(NETFLIX_CSV)


def test_builder_keeps_people_with_two_credits_and_all_directors(gazetteer):
    assert len({t.id for t in gazetteer.titles}) == 8807  # every title once, some also under another name
    assert "Adam Sandler" in gazetteer.actors
    assert "Martin Scorsese" in gazetteer.directors and "Martin Scorsese" not in gazetteer.actors
    assert "Kirsten Johnson" in gazetteer.directors  # directed a single title: still kept
    assert "South Korea" in gazetteer.countries


def test_builder_drops_one_off_cast_names(tmp_path):
    csv_path = tmp_path / "mini.csv"
    csv_path.write_text(
        "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\n"
        's1,Movie,One,Dee Rector,"Ann Actor, Bob Once",France,,2020,PG,90 min,Dramas,x\n'
        's2,Movie,Two,,"Ann Actor",France,,2021,PG,80 min,Dramas,y\n', encoding="utf-8")
    g = gz.build_from_netflix_csv(csv_path)
    assert [t.title for t in g.titles] == ["One", "Two"]
    assert g.actors == ("Ann Actor",) and g.directors == ("Dee Rector",) and g.countries == ("France",)


def test_write_and_load_round_trip(tmp_path, gazetteer):
    path = gz.write_gazetteer(gazetteer, tmp_path / "g.json")
    loaded = gz.load_gazetteer(path)
    assert loaded is not None and loaded.to_json() == gazetteer.to_json()


def test_writing_leaves_only_the_target_file(tmp_path, gazetteer):
    gz.write_gazetteer(gazetteer, tmp_path / "g.json")
    gz.write_gazetteer(gz.Gazetteer(actors=("Ann Actor",)), tmp_path / "g.json")  # replaces the first
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


def test_an_unchanged_file_is_read_once(tmp_path):
    """Every reader gets the same object, so matchers cached per gazetteer are built once."""
    path = gz.write_gazetteer(gz.Gazetteer(actors=("Ann Actor",)), tmp_path / "g.json")
    assert gz.load_gazetteer(path) is gz.load_gazetteer(path)


def test_a_rewritten_file_is_read_again(tmp_path):
    path = gz.write_gazetteer(gz.Gazetteer(actors=("Ann Actor",)), tmp_path / "g.json")
    first = gz.load_gazetteer(path)
    gz.write_gazetteer(gz.Gazetteer(actors=("Bob Other", "Cy Third")), path)
    assert first.actors == ("Ann Actor",) and gz.load_gazetteer(path).actors == ("Bob Other", "Cy Third")


def test_title_ids_are_found_whatever_the_case():
    g = gz.Gazetteer(titles=(gz.TitleEntry("s8", "Stranger Things"), gz.TitleEntry("s9", "Dark")))
    assert (g.title_id("stranger things"), g.title_id(" DARK "), g.title_id("Lost")) == ("s8", "s9", None)


def test_contract_shape_is_accepted(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"titles": [{"id": "s8", "title": "Stranger Things"}],
                                "actors": ["Adam Sandler"], "directors": ["Martin Scorsese"],
                                "countries": ["South Korea"]}), encoding="utf-8")
    g = gz.load_gazetteer(path)
    assert g.titles[0] == gz.TitleEntry("s8", "Stranger Things")
    assert (g.actors, g.directors, g.countries) == (("Adam Sandler",), ("Martin Scorsese",), ("South Korea",))


def test_missing_file_returns_none_and_warns_once(tmp_path, caplog):
    missing = tmp_path / "nope.json"
    with caplog.at_level(logging.WARNING, logger="contract.gazetteer"):
        assert gz.load_gazetteer(missing) is None
        assert gz.load_gazetteer(missing) is None
    assert sum("not found" in r.getMessage() for r in caplog.records) == 1


def test_default_path_follows_the_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(tmp_path / "custom.json"))
    assert gz.default_path() == tmp_path / "custom.json"


@pytest.mark.parametrize("content", ["not json", "[]", '{"titles": 3}', '{"actors": [1, 2]}',
                                     '{"titles": [{"id": "s1"}]}'])
def test_malformed_file_is_an_error(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(gz.GazetteerError):
        gz.load_gazetteer(path)


def test_netflix_csv_fixture_exists():
    assert NETFLIX_CSV.is_file()


def test_identical_content_is_not_rewritten(tmp_path):
    """A second `mediabot setup` leaves the file (and so every reader's cache) untouched."""
    path = gz.write_gazetteer(gz.Gazetteer(actors=("Ann Actor",)), tmp_path / "g.json")
    before = path.stat()
    gz.write_gazetteer(gz.Gazetteer(actors=("Ann Actor",)), path)
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_title_typed_plainly_names_it_with_or_without_its_qualifier() -> None:
    g = gz.Gazetteer(titles=(gz.TitleEntry("s1", "The Office (U.S.)"), gz.TitleEntry("s2", "InuYasha"),
                             gz.TitleEntry("s3", "Love, Death & Robots")))
    assert g.title_named_plainly("the office us") == "The Office (U.S.)"
    assert g.title_named_plainly("The office") == "The Office (U.S.)"
    assert g.title_named_plainly("inuyasha") == "InuYasha"
    assert g.title_named_plainly("love death and robots") == "Love, Death & Robots"
    assert g.title_named_plainly("the office party") is None


def test_a_title_typed_alone_with_one_slip_names_it_when_only_it_is_that_close() -> None:
    g = gz.Gazetteer(titles=(gz.TitleEntry("s1", "Narcos"), gz.TitleEntry("s2", "Ozark"), gz.TitleEntry("s3", "Dark"),
                             gz.TitleEntry("s4", "Lupin"), gz.TitleEntry("s5", "Lupine")))
    assert g.title_named_plainly("narcoss") == "Narcos"
    assert g.title_named_plainly("ozarck") == "Ozark"
    assert g.title_named_plainly("drak") is None  # too short for a slip to be safe
    assert g.title_named_plainly("lupinx") is None  # two titles that close: no guess


def test_a_title_known_under_another_name_is_found_by_it() -> None:
    entries = [gz.TitleEntry("s1", "La casa de papel"), gz.TitleEntry("s2", "Narcos")]
    found = gz.with_known_names(entries, {"Money Heist": "La casa de papel"})
    assert gz.TitleEntry("s1", "Money Heist") in found


def test_another_name_never_takes_over_a_title_of_the_catalog() -> None:
    entries = [gz.TitleEntry("s1", "La casa de papel"), gz.TitleEntry("s9", "Money Heist")]
    assert gz.with_known_names(entries, {"Money Heist": "La casa de papel"}) == entries


def test_a_title_the_catalog_lacks_gets_no_other_name() -> None:
    entries = [gz.TitleEntry("s2", "Narcos")]
    assert gz.with_known_names(entries, {"Money Heist": "La casa de papel"}) == entries


def test_the_shipped_other_names_name_titles_of_the_bundled_catalog(gazetteer: gz.Gazetteer) -> None:
    for name, title in gz.known_names().items():
        assert gazetteer.title_id(name) == gazetteer.title_id(title) is not None, name


def test_a_title_typed_plainly_with_its_number_written_the_other_way_names_it() -> None:
    g = gz.Gazetteer(titles=(gz.TitleEntry("s1", "Ocean's Eleven"), gz.TitleEntry("s2", "13 Reasons Why"),
                             gz.TitleEntry("s3", "The 100"), gz.TitleEntry("s4", "Seven")))
    assert g.title_named_plainly("oceans 11") == "Ocean's Eleven"
    assert g.title_named_plainly("thirteen reasons why") == "13 Reasons Why"
    assert g.title_named_plainly("the hundred") == "The 100"
    assert g.title_named_plainly("7") is None  # a title that is only a number keeps its spelling
    assert g.title_named_plainly("seven") == "Seven"


def test_well_known_people_keep_their_credit_counts() -> None:
    # two well-known people sharing a surname are told apart by their counts (nlu names._particle_surnames)
    from contract.gazetteer import from_credits, gazetteer_from_json
    credits = [("Ann Del Rio", "cast")] * 4 + [("Ann Del Rio", "director")] * 3 + [("Bo Del Rio", "cast")] * 5
    credits += [("Cy Lone", "cast")] * 2
    g = from_credits([("t1", "One")], credits, [])
    assert dict(g.well_known_credits) == {"Ann Del Rio": 7, "Bo Del Rio": 5}
    assert dict(gazetteer_from_json(g.to_json()).well_known_credits) == {"Ann Del Rio": 7, "Bo Del Rio": 5}
    assert dict(gazetteer_from_json({"titles": []}).well_known_credits) == {}  # optional in the JSON


def test_credit_counts_must_be_positive_integers() -> None:
    from contract.gazetteer import GazetteerError, gazetteer_from_json
    for bad in ({"A": 0}, {"A": "5"}, ["A"], {"A": True}):
        with pytest.raises(GazetteerError):
            gazetteer_from_json({"well_known_credits": bad})
