"""Follow-ups that edit a like-search or pivot to a listed title with a change (round 20, helper B).

* who is watching said alone after titles like one ("for my 4 yr old", "clean for the fam"): the likeness stays and
  the cap joins it (``planning._only_who_is_watching``); a new request for new company ("now a film for my 5 year old")
  still leaves an anchor the children may not watch;
* "<a position of the list> but <a change>" (``actions.listed_pivots``): titles like that one with the change, the
  people that made the list dropped, the title itself never offered; a question about it is no pivot.
Sentences are this module's own."""

from __future__ import annotations

from typing import Any

import pytest
from dialogue_driver import Conversation, convo, ent, located  # noqa: F401  (convo is a fixture)
from planned_turns import after, at, planned

from actions.entities import parse_entities
from actions.listed_pivots import pivots_to_a_listed_title
from actions.turn import Turn

LIKE_A_SITCOM = {"similar_to": "s1403", "similar_title": "Disenchantment", "media_type": ["series"]}


@pytest.mark.parametrize("text, phrase, value", [
    ("for my 4 yr old", "for my 4 yr old", "preschool"),
    ("hmm ok for a 9 y/o?", "for a 9 y/o", "family"),
    ("clean for the fam", "clean", "family"),
])
def test_who_is_watching_said_alone_keeps_the_likeness(text: str, phrase: str, value: str) -> None:
    plan = planned(after(text, [at(text, phrase, "audience", value)], "request_recommendation", **LIKE_A_SITCOM))
    assert plan.constraints.similar_to == "s1403" and plan.constraints.audience == value
    assert plan.unless_anchor_fits is None and not plan.constraints.query


@pytest.mark.parametrize("text", ["now a cartoon for my 4 yr old", "something for my 4 yr old instead of that"])
def test_a_new_request_for_new_company_still_checks_the_anchor(text: str) -> None:
    plan = planned(after(text, [at(text, "for my 4 yr old", "audience", "preschool")], "request_recommendation",
                         **LIKE_A_SITCOM))
    assert plan.unless_anchor_fits is not None or plan.constraints.similar_to == "s1403"
    if "instead" not in text:
        assert plan.unless_anchor_fits is not None


async def test_a_young_viewer_after_a_like_search_keeps_the_anchor(api: str, convo: Conversation) -> None:
    text = "shows like disenchantment"
    await convo.say("more_like", [located(text, "disenchantment", "title", "Disenchantment", "similar")], text)
    assert convo.applied.get("similar_to") == "s1403"
    text = "for my 6 yr old"
    await convo.say("request_recommendation", [located(text, "for my 6 yr old", "audience", "kids")], text)
    assert convo.applied.get("similar_to") == "s1403" and convo.applied.get("audience") == "kids"
    assert all(i["id"] != "s1403" for i in convo.items)


# -- "<the Nth one> but <a change>" ---------------------------------------------------------------------------------

ITEMS = [{"id": "s1", "title": "A"}, {"id": "s2", "title": "B"}, {"id": "s3", "title": "C"}]


def _turn(text: str, entities: list[dict[str, Any]]) -> Turn:
    return Turn("t", "refine", text, parse_entities(entities, text), {"last_items": ITEMS, "shown_ids": ["s1", "s2", "s3"]})


@pytest.mark.parametrize("text, entities, expected", [
    ("the 2nd one but a series", [("the 2nd one", "position", "2"), ("series", "media_type", "series")], True),
    ("ok number three but shorter", [("number three", "position", "3"), ("shorter", "duration", "shorter")], True),
    ("the first one, but newer stuff", [("the first one", "position", "1"), ("newer", "year", "newer")], True),
    # near-misses: a question about it, a turn-down, a position the list lacks, a like without "but"
    ("the second one but is it a series?", [("the second one", "position", "2"), ("series", "media_type", "series")], False),
    ("the 2nd one but not a series", [("the 2nd one", "position", "2"), ("series", "media_type", "series")], False),
    ("the 7th one but shorter", [("the 7th one", "position", "7"), ("shorter", "duration", "shorter")], False),
    ("i loved the 2nd one, shorter pls", [("the 2nd one", "position", "2"), ("shorter", "duration", "shorter")], False),
])
def test_a_position_but_a_change_is_a_pivot(text: str, entities: list[tuple[str, str, str]], expected: bool) -> None:
    located_entities = [located(text, phrase, name, value) for phrase, name, value in entities]
    if "not a series" in text:
        located_entities[1]["role"] = "exclude"
    assert pivots_to_a_listed_title(_turn(text, located_entities)) is expected


async def test_the_nth_one_but_a_series_pivots_to_it(api: str, convo: Conversation) -> None:
    text = "david spade movies"
    await convo.say("request_recommendation", [located(text, "david spade", "actor", "David Spade"),
                                               located(text, "movies", "media_type", "movie")], text)
    assert convo.items and convo.applied.get("actors") == ["David Spade"]
    second = convo.items[1]["id"] if len(convo.items) > 1 else convo.items[0]["id"]
    text = "the 2nd one but a series" if len(convo.items) > 1 else "the 1st one but a series"
    await convo.say("ask_details", [located(text, text.split(" but")[0], "position", "2" if "2nd" in text else "1"),
                                    located(text, "series", "media_type", "series")], text)
    assert convo.applied.get("similar_to") == second and not convo.applied.get("actors")
    assert convo.applied.get("media_type") == ["series"]
    assert all(i["id"] != second for i in convo.items)
