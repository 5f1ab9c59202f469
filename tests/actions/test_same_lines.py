"""More of a like-search said without "like that": "along the same lines", "in the same vein", "something similar"
stay on the search's title, with fresh picks (actions/planning.py ``_likes_the_anchor``). Phrasings are this
module's own."""

from __future__ import annotations

import pytest

from planned_turns import after, planned


@pytest.mark.parametrize("text", ["lovely. anything else along the same lines for later?",
                                  "more in the same vein please", "got something similar?"])
def test_more_in_the_same_vein_stays_on_the_searchs_title(text: str) -> None:
    plan = planned(after(text, [], "more_like", similar_to="s77", similar_title="Some Show"))
    assert plan.constraints.similar_to == "s77"
    assert "s77" in plan.exclude_ids and "s1" in plan.exclude_ids


def test_moar_is_more_picks() -> None:
    from actions.edits.list_reactions import wants_more_picks
    assert wants_more_picks("moar") and wants_more_picks("ok moar!") and not wants_more_picks("who is moar")


def test_keep_it_with_a_cap_is_an_edit_not_a_question() -> None:
    from planned_turns import at
    text = "she finds the raunchy ones too much, keep it tamer"
    plan = planned(after(text, [at(text, "keep it tamer", "audience", "teen", "cap")], "more_like",
                         genres=["stand-up"]))
    assert plan.constraints.genres == ["stand-up"] and plan.constraints.audience == "teen", plan.constraints
