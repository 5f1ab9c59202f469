"""Round 28C: a franchise turned down by a name made of everyday words ("vampire romance but not twilight") leaves out
every title of the franchise (actions/title_words.py ``franchise_named``, read by ``named_in_request`` and by
``franchises.franchise_ids`` for a title entity turned down).

The name must be the franchise's whole name: a title of that name alone and an entry of it with a subtitle, a number
or a saga word after the name ("Twilight", "The Twilight Saga: Eclipse"; never "The Twilight Zone"), at most
``MAX_FRANCHISE_ENTRIES`` titles. Everyday words that head no such franchise ("no dogs or cats") leave nothing out.
Served the bundled catalog's gazetteer (the fixture catalog holds one Twilight entry only). Phrasings are this
module's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.entities import Entity
from actions.franchises import franchise_ids, widen_to_franchises
from actions.planning import Plan
from actions.title_words import MAX_FRANCHISE_ENTRIES, franchise_named, named_in_request
from actions.turn import Turn
from contract.constraints import Constraints

FULL_CATALOG = Path(__file__).resolve().parents[2] / "catalogs" / "netflix-titles" / "netflix_titles.csv"
TWILIGHT = {"s448", "s449", "s450", "s451", "s452"}  # "Twilight" and the four "The Twilight Saga: …"
TWILIGHT_ZONE = "s8542"
ROCKY = {"s7880", "s7881", "s7882", "s7883", "s7884"}


@pytest.fixture(scope="module")
def _full_gazetteer_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    from contract.gazetteer import build_from_netflix_csv, write_gazetteer
    return str(write_gazetteer(build_from_netflix_csv(FULL_CATALOG), tmp_path_factory.mktemp("gaz28c") / "g.json"))


@pytest.fixture
def full_gazetteer(_full_gazetteer_file: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDIABOT_GAZETTEER", _full_gazetteer_file)


def _turn(text: str, entities: list[Entity] | None = None) -> Turn:
    return Turn("test", "request_recommendation", text, entities or [], {})


def _named(text: str, entities: list[Entity] | None = None) -> set[str]:
    named = named_in_request(_turn(text, entities))
    return set(named.item_ids) if named is not None else set()


def test_an_everyday_word_that_is_a_franchises_whole_name_names_it(full_gazetteer: None) -> None:
    assert set(franchise_named(("twilight",))) == TWILIGHT


def test_a_title_sharing_only_the_first_word_is_no_entry(full_gazetteer: None) -> None:
    assert TWILIGHT_ZONE not in franchise_named(("twilight",))


def test_numbered_entries_are_the_franchise(full_gazetteer: None) -> None:
    assert set(franchise_named(("rocky",))) == ROCKY


@pytest.mark.parametrize("run", [("dogs",), ("love",), ("nature",)])
def test_everyday_words_heading_no_franchise_name_none(full_gazetteer: None, run: tuple[str, ...]) -> None:
    found = franchise_named(run)
    assert found == [] or len(found) <= MAX_FRANCHISE_ENTRIES


@pytest.mark.parametrize("text", [
    "vampire romance but not twilight",
    "vampire films, no twilight please",
    "something with vampires, nothing from twilight",
])
def test_a_franchise_turned_down_in_a_request_leaves_out_all_its_titles(full_gazetteer: None, text: str) -> None:
    assert _named(text) == TWILIGHT


@pytest.mark.parametrize("text", [
    "comedies, no dogs or cats",  # everyday words that head no franchise
    "vampire romance, twilight vibes",  # no turning-down cue: a wish
    "a thriller, nothing set at twilight or night",  # the words go on past the name: no name of its own
])
def test_near_misses_leave_nothing_out(full_gazetteer: None, text: str) -> None:
    assert _named(text) == set()


def test_a_title_entity_turned_down_takes_the_saga_with_it(full_gazetteer: None) -> None:
    assert set(franchise_ids("s452")) == TWILIGHT


def test_the_plan_excludes_every_entry(full_gazetteer: None) -> None:
    text = "boxing films but not rocky"
    plan = Plan(Constraints(media_type=["movie"], query="boxing"))
    widen_to_franchises(plan, _turn(text, [Entity("media_type", "movie", None, 7, 12)]))
    assert ROCKY <= set(plan.exclude_ids)
