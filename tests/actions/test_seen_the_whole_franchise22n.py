"""Round 22n: words saying every entry of a story is seen ("we've watched all the <name>s", "seen every <name> one",
"<name>? seen them all") leave out the whole franchise (actions/franchises.seen_whole_franchises), even when the
message also records the title as seen; a title only said to be seen keeps its sequels. Phrasings are this module's
own; titles from tests/fixtures/netflix_small.csv."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.franchises import seen_whole_franchises, widen_to_franchises
from actions.planning import Plan
from actions.turn import REJECTED_IDS, Turn
from contract.constraints import Constraints

KUNG_FU_PANDA = {"s5858", "s7242"}
GLITTER_FORCE = {"s5175", "s5808"}


def _turn(text: str, name: str, role: str | None = None) -> Turn:
    start = text.lower().index(name.lower())
    return Turn("test:user", "refine", text, [Entity("title", name, role, start, start + len(name))],
                {REJECTED_IDS: []})


@pytest.mark.parametrize("text, name", [
    ("nope, we already watched all the kung fu panda films", "kung fu panda"),
    ("skip it, she's seen every single glitter force episode", "glitter force"),
    ("glitter force? done with all of those", "glitter force"),
    ("kung fu panda... we've seen them all", "kung fu panda"),
    ("we binged the whole lot of kung fu panda last month", "kung fu panda"),
])
def test_every_entry_seen_leaves_out_the_franchise(fixture_gazetteer: None, text: str, name: str) -> None:
    plan = Plan(Constraints(genres=["kids"]))
    widen_to_franchises(plan, _turn(text, name))
    franchise = KUNG_FU_PANDA if "panda" in name else GLITTER_FORCE
    assert franchise <= set(plan.exclude_ids) and franchise <= set(plan.rejected_ids or [])


def test_turned_down_and_every_entry_seen_though_recorded_as_seen(fixture_gazetteer: None) -> None:
    text = "not kung fu panda, the kids have seen every kung fu panda"
    plan = Plan(Constraints(genres=["kids"]))
    plan.seen_ids = ["s7242"]
    turn = Turn("test:user", "refine", text, [Entity("title", "Kung Fu Panda", "exclude", 4, 17),
                                              Entity("title", "Kung Fu Panda", None, 44, 57)], {REJECTED_IDS: []})
    widen_to_franchises(plan, turn)
    assert KUNG_FU_PANDA <= set(plan.exclude_ids)


@pytest.mark.parametrize("text, name, role", [
    ("we've seen kung fu panda already", "kung fu panda", None),  # one entry seen: its sequels may come
    ("loved glitter force, seen all the other cartoons", "glitter force", None),  # 'all' of something else
    ("seen all the classics, more like kung fu panda", "kung fu panda", "similar"),  # a like-anchor
    ("kung fu panda, have you seen all of its reviews", "kung fu panda", None),  # no pointing back at the title
])
def test_near_misses_keep_the_franchise(fixture_gazetteer: None, text: str, name: str, role: str | None) -> None:
    assert seen_whole_franchises(_turn(text, name, role)) == []

