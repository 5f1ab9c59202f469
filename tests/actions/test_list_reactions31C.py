"""Round 31C: a turn-down of the list or a wish for more picks opened by a discourse adverb ("still", "again", "yet",
"even", "just") or closed by chat ("lol", "haha", "pls", "tho") is the same reaction: the same search, fresh picks
(actions/edits/list_reactions.py reads the message without its chat edges, contract/words.without_chat_edges).
Phrasings are this module's own; near misses (a real edit, chat alone) stay what they were."""

from __future__ import annotations

import pytest
from planned_turns import ITEMS

from actions.edits.list_reactions import turns_down_list, wants_more_picks
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn
from contract.words import without_chat_edges


@pytest.mark.parametrize("text, core", [
    ("still something else lol", "something else"),
    ("again... other ones pls", "other ones"),
    ("yet another batch haha", "another batch"),
    ("just show me something else tho", "show me something else"),
    ("lol", "lol"),  # nothing but chat: returned whole
])
def test_chat_edges_are_taken_off(text: str, core: str) -> None:
    assert without_chat_edges(text) == core


@pytest.mark.parametrize("text", ["still something else lol", "just something else haha", "again something else pls",
                                  "even now, not into these tho", "still none of those lmao"])
def test_a_turn_down_with_chat_edges_turns_the_list_down(text: str) -> None:
    assert turns_down_list(text)


@pytest.mark.parametrize("text", ["still others pls", "again, more lol", "yet more haha", "just another one tho"])
def test_more_picks_with_chat_edges_ask_for_more(text: str) -> None:
    assert wants_more_picks(text)


@pytest.mark.parametrize("text", ["still lol", "haha", "still too violent lol", "just horror pls"])
def test_chat_around_no_reaction_reads_none(text: str) -> None:
    assert not turns_down_list(text) and not wants_more_picks(text)


@pytest.mark.parametrize("text", ["still something else haha", "again others pls"])
def test_the_reaction_keeps_the_search_with_fresh_picks(text: str) -> None:
    """Classified as a new request with nothing in it, it is still the thriller search, none of the titles shown."""
    shown = ["earlier1", "earlier2"] + [i["id"] for i in ITEMS]
    state = {"last_items": ITEMS, "shown_ids": shown, "genres": ["thriller"], "media_type": ["movie"]}
    plan = plan_recommendation(Turn("test", "request_recommendation", text, [], state))
    assert isinstance(plan, Plan), plan
    assert plan.constraints.genres == ["thriller"] and plan.constraints.media_type == ["movie"], plan.constraints
    assert not plan.diverse and set(shown) <= set(plan.exclude_ids), plan
