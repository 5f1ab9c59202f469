"""Which words of a request may reach the semantic query (contract.words): franchise names that open several
titles are content words without becoming ordinary English; hyphenated words count by their parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract.words import build_title_words, catalog_words, is_content_word, read_pairs, title_words

CATALOG = Path(__file__).resolve().parents[2] / "catalogs" / "netflix-titles" / "netflix_titles.csv"


@pytest.mark.parametrize("word", ["lego", "spider-man", "spiderman", "godzilla"])
def test_a_franchise_word_is_content(word: str) -> None:
    assert is_content_word(word)


def test_franchise_words_stay_out_of_the_ordinary_english_vocabulary() -> None:
    assert "lego" in title_words() and "lego" not in catalog_words()


@pytest.mark.parametrize("word", ["time-travel", "coming-of-age"])
def test_a_hyphenated_word_of_catalog_words_is_content(word: str) -> None:
    assert is_content_word(word)


@pytest.mark.parametrize("word", ["thats", "lol", "in-the", "xqzv-blorp"])
def test_filler_and_unknown_words_are_not_content(word: str) -> None:
    assert not is_content_word(word)


def test_the_shipped_franchise_words_are_those_the_catalog_gives() -> None:
    assert set(build_title_words(CATALOG)) == set(title_words())


def test_a_word_opening_one_title_only_is_no_franchise(tmp_path: Path) -> None:
    csv_file = tmp_path / "titles.csv"
    csv_file.write_text("title,description\nZorblax Rising,a film\nZorblax Returns,a film\nQuibbleton,a film\n",
                        encoding="utf-8")
    assert build_title_words(csv_file) == ["zorblax"]


@pytest.mark.parametrize("word", ["finished", "binged", "rewatched", "missed"])
def test_what_the_viewer_did_with_a_title_is_no_topic(word: str) -> None:
    assert not is_content_word(word)


def test_a_data_file_line_without_both_columns_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "pairs.tsv"
    f.write_text("# comment\nsrk\tShah Rukh Khan\nbroken line\n\ttab first\nthe rock\tDwayne Johnson\textra\n",
                 encoding="utf-8")
    assert read_pairs(f) == {"srk": "Shah Rukh Khan", "the rock": "Dwayne Johnson"}


@pytest.mark.parametrize("word", ["fits", "fitting", "suits"])
def test_a_word_saying_the_title_suits_the_evening_is_filler(word: str) -> None:
    """"a movie that fits in there", "whatever suits": no topic for the free-text query."""
    from contract.words import is_filler
    assert is_filler(word)
