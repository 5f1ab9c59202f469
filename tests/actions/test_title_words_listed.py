"""Titles turned down by names or parts of names listed after a cue (actions/title_words.py ``_listed_parts``), over
the fixture catalog's gazetteer (tests/actions/conftest.py ``fixture_gazetteer``). Phrasings are this module's own."""

from __future__ import annotations

import time

import pytest

from actions.title_words import titles_turned_down_by_name
from actions.turn import Turn
from contract.gazetteer import load_gazetteer


def _shown(*titles: str) -> list[dict]:
    return [{"id": f"x{i}", "title": t, "type": "movie"} for i, t in enumerate(titles)]


def _turned_down(text: str, shown: list[dict]) -> list[str] | None:
    named = titles_turned_down_by_name(Turn("test", "refine", text, [], {"last_items": shown}))
    if named is None:
        return None
    titles = {e.id: e.title for e in load_gazetteer().titles}
    return sorted(titles[i] for i in named.item_ids)


LIST = _shown("Motu Patlu in Hong Kong: Kung Fu Kings 3", "Beyblade Burst Turbo", "Stargate SG-1",
              "Tim Allen: Men Are Pigs", "Tim Allen: ReWires America", "Hotel for Dogs")


def test_a_franchise_word_of_a_shown_title_leaves_out_the_whole_franchise(fixture_gazetteer):
    assert _turned_down("not motu patlu, she has seen every one", LIST) == [
        "Motu Patlu in Hong Kong: Kung Fu Kings 3", "Motu Patlu in the Game of Zones", "Motu Patlu: Deep Sea Adventure"]


def test_two_names_joined_by_or_are_both_left_out(fixture_gazetteer):
    assert _turned_down("no beyblade or stargate", LIST) == [
        "Beyblade Burst Evolution", "Beyblade Burst Turbo", "Stargate", "Stargate SG-1"]


def test_parts_of_shown_titles_said_as_seen(fixture_gazetteer):
    assert _turned_down("we already watched men are pigs and rewires america", LIST) == [
        "Tim Allen: Men Are Pigs", "Tim Allen: ReWires America"]


def test_a_distinctive_name_not_shown_still_names_its_titles(fixture_gazetteer):
    assert _turned_down("nothing from dreamworks please", LIST) == [
        "DreamWorks Spooky Stories", "DreamWorks Spooky Stories: Volume 2"]


@pytest.mark.parametrize("text", [
    "not sure, maybe",
    "no thanks, something else",
    "no dogs or cats",  # "Hotel for Dogs" is shown: an everyday word inside a title is a topic, not its name
    "not too long",
    "no way",
    "not the second one",
    "no idea honestly",
])
def test_answers_and_topics_turn_down_no_titles(fixture_gazetteer, text):
    assert _turned_down(text, LIST) is None


@pytest.mark.parametrize("text", ["no sequels of stuff they saw, something else", "none of the ones for babies"])
def test_a_function_word_a_shown_title_holds_names_no_title(fixture_gazetteer, text):
    shown = _shown("Monster Hunter: Legends of the Guild", "Hotel for Dogs")
    assert _turned_down(text, shown) is None


def test_a_long_message_stays_fast(fixture_gazetteer):
    text = ("no beyblade or stargate or motu patlu, " * 30)[:1000]
    start = time.perf_counter()
    _turned_down(text, LIST)
    assert time.perf_counter() - start < 1.0


@pytest.fixture
def full_catalog_gazetteer(tmp_path, monkeypatch) -> None:
    """The bundled catalog's gazetteer: the cost of a scan shows only at its size (8,800 titles)."""
    from pathlib import Path

    from contract.gazetteer import build_from_netflix_csv, write_gazetteer

    csv = Path(__file__).resolve().parents[2] / "catalogs" / "netflix-titles" / "netflix_titles.csv"
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(write_gazetteer(build_from_netflix_csv(csv), tmp_path / "g.json")))


def test_a_long_rant_of_unmatched_parts_stays_fast_on_the_full_catalog(full_catalog_gazetteer):
    """Many cues whose parts name no title: each part is looked up through an index, never a catalog scan, and only
    the first few cues are read (a bound far above the milliseconds it takes, far below the seconds it took)."""
    titles_turned_down_by_name(Turn("test", "refine", "warm up", [], {"last_items": LIST}))  # reads the gazetteer
    text = ("no gorefests, no jumpscares, not gritty, no slashers, no blorp or zibble, " * 60)[:4000]
    start = time.perf_counter()
    titles_turned_down_by_name(Turn("test", "refine", text, [], {"last_items": LIST}))
    assert time.perf_counter() - start < 1.0


def test_names_listed_resolve_over_the_full_catalog(full_catalog_gazetteer):
    shown = _shown("Zombieland", "Superbad", "Easy A")
    assert _turned_down("cut zombieland and superbad", shown) == ["Superbad", "Zombieland"]
    assert _turned_down("i don't want zombieland or superbad", shown) == ["Superbad", "Zombieland"]


def test_a_person_of_the_search_by_part_of_the_name_is_no_title_word(fixture_gazetteer):
    shown = _shown("Adam Sandler: 100% Fresh", "Adam Devine: Best Time of Our Lives")
    turn = Turn("test", "refine", "ok drop adam, just comedies", [],
                {"last_items": shown, "actors": ["Adam Sandler", "Kevin James"]})
    assert titles_turned_down_by_name(turn) is None
    # without that person in the search the word still names the shown titles
    assert titles_turned_down_by_name(Turn("test", "refine", "skip the adam ones", [], {"last_items": shown})) \
        is not None
