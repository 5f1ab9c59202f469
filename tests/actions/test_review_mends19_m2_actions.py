"""Review mends of round 19 (helper M2), actions part: going back to an earlier list (actions/earlier_lists.py).
Phrasings are this module's own; near-misses must not change.

1. "the previous one", "the one before (it)" stand for the noun said before them, mostly a title: they are a list
   only where the message names a list for "one" to stand for ("this batch is worse, what was the prior one"); a title
   meant so is no back-reference (``_ONE_RE``, ``_LIST_NAMED_RE``).
2. Fresh titles of the earlier search are asked by "something new", "new stuff", "other titles", "some others" as by
   "more"; "the new ones" / "the other ones" name a list and ask for nothing fresh (``_FRESH_RE``).
"""

from __future__ import annotations

import pytest
from dialogue_driver import Conversation, convo, ent  # noqa: F401  (convo is a fixture)
from listed_searches import comedy_then_drama, ids

from actions.earlier_lists import back_reference
from actions.turn import EARLIER_LISTS, LAST_ITEMS, Turn

_COMEDY = {"genres": ["comedy"]}


def _turn(text: str) -> Turn:
    history = [{"search": {"genres": ["comedy"]}, "items": [{"id": "c1"}], "shown": ["c1"], "seq": 1},
               {"search": {"genres": ["drama"]}, "items": [{"id": "d1"}], "shown": ["d1"], "seq": 2}]
    return Turn("t", "more_like", text, [], slots={"genres": ["drama"], EARLIER_LISTS: history,
                                                    LAST_ITEMS: [{"id": "d1"}]})


# -- 1. "the previous one" is a title unless a list is named for it --------------------------------------------------

@pytest.mark.parametrize("text", [
    "really enjoyed the previous one, got anything like it?",
    "loved the earlier one, something in that vein",
    "could you show me the one before it again",
    "what was the one before that again, the spy thing",
    "i liked the prior one a lot",  # "a lot" is no list
    "the one you showed before was great",
])
def test_the_previous_one_said_of_a_title_is_no_back_reference(text: str) -> None:
    assert back_reference(_turn(text)) is None


@pytest.mark.parametrize("text", [
    "this batch is worse. what was the prior one again",
    "meh, these picks are weak, the earlier one was better",
    "the one before this list was nicer, bring it back",
    "the previous list was better",  # a list noun said outright
    "take me back to the earlier set",
    "the previous results were great, show them again",
])
def test_a_list_named_for_one_or_outright_is_a_back_reference(text: str) -> None:
    ref = back_reference(_turn(text))
    assert ref is not None and ref.entry["search"] == _COMEDY and not ref.fresh


# -- 2. fresh titles asked in other words ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the previous set of shows was lovely but show me something new",
    "the earlier list was better, any new stuff like it?",
    "back to the first list but other titles please",
    "the earlier picks were good, got some others?",
    "previous batch was nicer, something different from it though",
])
def test_new_titles_asked_give_fresh_titles_of_that_search(text: str) -> None:
    ref = back_reference(_turn(text))
    assert ref is not None and ref.entry["search"] == _COMEDY and ref.fresh


@pytest.mark.parametrize("text", [
    "the new ones were worse, back to the first list",  # "the new ones" names the list shown
    "hmm the other ones were better",                   # "the other ones" names the earlier list
    "these new picks are worse, the previous list again",
    "the earlier list was the one, show it again",
])
def test_a_list_named_new_or_other_shows_that_list_again(text: str) -> None:
    ref = back_reference(_turn(text))
    assert ref is not None and ref.entry["search"] == _COMEDY and not ref.fresh


# -- through the actions -----------------------------------------------------------------------------------------------

async def test_a_liked_title_called_the_previous_one_restores_no_list(api: str, convo: Conversation) -> None:
    first, second = await comedy_then_drama(convo, "dramas please")
    await convo.say("ask_details", [ent("position", "2")], "tell me about the second")
    seen = convo.slots.get("focused_id")
    assert seen == second[1]
    await convo.say("more_like", [], "really enjoyed the previous one, got anything like it?")
    assert (convo.applied or {}).get("similar_to") == seen  # a like-search of the title in view
    assert ids(convo) != first and "comedy" not in convo.applied.get("genres", [])


async def test_the_last_list_was_great_but_something_new_gives_fresh_titles(api: str, convo: Conversation) -> None:
    first, second = await comedy_then_drama(convo, "dramas please")
    await convo.say("something_else", [], "the last lot of series was great but can i get something new")
    fresh = ids(convo)
    assert fresh and not set(fresh) & (set(first) | set(second))
    assert "comedy" in convo.applied["genres"]
