"""Round 29B: a franchise or brand whose titles carry its name as a possessive ("<name>'s <subtitle>"), a parenthetical
("<title> (<name>)") or, for a name of two words or more, closing on "of <name>" is named whole when it is turned
down (actions/title_words.py ``franchise_named``, read by ``franchises.franchise_ids`` for a title entity turned
down). An everyday one-word name takes no possessive in ("The King's Speech" is no entry of "The King"); the cap on a
franchise's size stays.

The Monty Python titles come from the bundled catalog; the parenthetical cases from a small catalog written here.
Phrasings are this module's own."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from actions.franchises import franchise_ids
from actions.title_words import MAX_FRANCHISE_ENTRIES, franchise_named

TROUPE_COLON = {"s4546", "s4547", "s4548", "s4549"}          # "<name>: …"
TROUPE_POSSESSIVE = {"s4550", "s4551", "s4552", "s4553", "s4554"}  # "<name>'s …"
TROUPE_ABOUT = {"s4555", "s4556"}                             # "… of <name>"
TROUPE_OPENING = {"s4218", "s4543", "s4544", "s4545"}           # "<name> and …", "<name> Best Bits …"
KINGS_SPEECH = "s8378"
HEADER = ["show_id", "type", "title", "director", "cast", "country", "date_added", "release_year", "rating",
          "duration", "listed_in", "description"]


def _small_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, titles: list[str]) -> None:
    from contract.gazetteer import build_from_netflix_csv, write_gazetteer
    path = tmp_path / "small.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        for k, title in enumerate(titles, start=1):
            out.writerow([f"t{k}", "Movie", title, "", "", "", "", "2020", "PG", "90 min", "Comedies", "A story."])
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(write_gazetteer(build_from_netflix_csv(path), tmp_path / "g.json")))


def test_the_possessive_titles_are_entries(full_catalog_gazetteer: None) -> None:
    assert TROUPE_POSSESSIVE <= set(franchise_named(("monty", "python")))


def test_the_subtitled_titles_stay_entries(full_catalog_gazetteer: None) -> None:
    assert TROUPE_COLON <= set(franchise_named(("monty", "python")))


def test_a_two_word_name_closing_a_title_after_of_is_an_entry(full_catalog_gazetteer: None) -> None:
    assert TROUPE_ABOUT <= set(franchise_named(("monty", "python")))


def test_one_title_turned_down_takes_every_title_of_the_name(full_catalog_gazetteer: None) -> None:
    everything = TROUPE_COLON | TROUPE_POSSESSIVE | TROUPE_ABOUT | TROUPE_OPENING
    assert set(franchise_ids("s4546")) == everything


def test_an_everyday_words_possessive_is_no_entry(full_catalog_gazetteer: None) -> None:
    assert KINGS_SPEECH not in franchise_named(("king",))


def test_a_name_in_a_parenthetical_names_its_titles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _small_gazetteer(tmp_path, monkeypatch, ["Quorvex", "Night Shift (Quorvex)", "The Long Road (The Quorvex)",
                                             "Quorvex's Garden", "Garden Party"])
    assert set(franchise_named(("quorvex",))) == {"t1", "t2", "t3", "t4"}


def test_an_everyday_word_in_parentheticals_names_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _small_gazetteer(tmp_path, monkeypatch, ["Garden", "Night Shift (Garden)", "Long Road (Garden)", "Garden Party"])
    assert franchise_named(("garden",)) == []


def test_the_cap_still_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    many = ["Zentrofil"] + [f"Zentrofil's Tale {k}" for k in range(MAX_FRANCHISE_ENTRIES + 2)]
    _small_gazetteer(tmp_path, monkeypatch, many)
    assert franchise_named(("zentrofil",)) == []
