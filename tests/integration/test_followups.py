"""Follow-ups are edits of the current search (issue 10, class 1), through the real stack: web chat →
gateway → Rasa (real NLU) → action server → recommender, on the fixture catalog. Every kind of edit
(add, replace one slot, remove, exclude an item, pivot to similarity or to a person) answers with fresh
picks, and every item is checked against GET /api/items/{id} (docs/contracts.md "Dialogue edit rules").
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from chat import Turn, WebChat
from checks import checked_picks, runtime_at_most
from contract.vocabulary import ratings_for_audience

pytestmark = pytest.mark.integration

NOT_UNDERSTOOD = ("didn't quite get that", "outside what I can help with")
# The turn shows picks, never an apology or a bare "got it".
picks = partial(checked_picks, never_say=NOT_UNDERSTOOD)


def ids(turn: Turn) -> set[str]:
    return {item["id"] for item in turn.items}


async def test_replace_one_slot_a_new_genre_keeps_language_and_format(stack: Any, chat: WebChat) -> None:
    await chat.say("korean series")
    turn = await chat.say("make it a crime show")
    await picks(stack.gateway_url, turn, lambda r: "crime" in r["genres"] and r["type"] == "series"
                and "ko" in (r.get("languages") or []))
    assert turn.recommendations["constraints"]["languages"] == ["ko"]


async def test_add_a_constraint_keeps_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies under 40 minutes")
    turn = await chat.say("also only movies")
    await picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["type"] == "movie"
                and runtime_at_most(40)(r))


async def test_remove_a_constraint_whatever_the_classifier_says(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies under 40 minutes")
    assert first.recommendations["constraints"]["max_minutes"] == 40
    for text in ("whatever length", "any length is fine"):
        turn = await chat.say(text)
        await picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])
        constraints = turn.recommendations["constraints"]
        assert "max_minutes" not in constraints and constraints["genres"] == ["comedy"], text


async def test_forget_the_kids_drops_only_the_audience(stack: Any, chat: WebChat) -> None:
    kids = set(ratings_for_audience("family"))  # children of no stated age: family (PG)
    first = await chat.say("comedies for my kids")
    await picks(stack.gateway_url, first, lambda r: "comedy" in r["genres"] and r.get("rating") in kids)
    turn = await chat.say("forget the kids")
    await picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])
    assert "audience" not in turn.recommendations["constraints"]
    assert "fresh" not in turn.text.lower(), "not a start over"


async def test_exclude_an_item_it_never_comes_back_and_fresh_picks_follow(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies")
    third = first.items[2]
    turn = await chat.say("not the third")
    await picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])
    assert not ids(first) & ids(turn), "fresh picks"
    again = await chat.say("comedies under 40 minutes")
    later = await chat.say("something else")
    assert third["id"] not in ids(again) | ids(later)


async def test_not_that_one_without_a_pointer_gives_fresh_picks(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies")
    turn = await chat.say("no, not that one")
    await picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])
    assert not ids(first) & ids(turn)


async def test_pivot_to_a_person_keeps_the_search_while_she_has_titles_left(stack: Any, chat: WebChat) -> None:
    """'Anything else with her?' keeps the search's other filters while the catalog has more of her titles in it
    (six comedies under 40 minutes with Fortune Feimster: five shown, one left); docs/contracts.md, person pivot."""
    first = await chat.say("comedies under 40 minutes with Fortune Feimster")
    await picks(stack.gateway_url, first, lambda r: "Fortune Feimster" in r["cast"] and runtime_at_most(40)(r))
    turn = await chat.say("anything else with her?")
    await picks(stack.gateway_url, turn, lambda r: "Fortune Feimster" in r["cast"] and runtime_at_most(40)(r))
    assert not ids(first) & ids(turn)
    assert turn.recommendations["constraints"].get("actors") == ["Fortune Feimster"]
    assert turn.recommendations["constraints"].get("max_minutes") == 40


async def test_pivot_to_similarity_drops_the_person_filter(stack: Any, chat: WebChat) -> None:
    first = await chat.say("movies with Robert De Niro")
    anchor = first.items[1]
    turn = await chat.say("more like the second one")
    records = await picks(stack.gateway_url, turn, lambda r: r["id"] != anchor["id"] and r["type"] == "movie")
    assert turn.recommendations["constraints"].get("similar_to") == anchor["id"]
    assert "actors" not in turn.recommendations["constraints"]
    assert any("Robert De Niro" not in r["cast"] for r in records)


async def test_a_new_subject_without_edit_words_starts_a_new_search(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies under 40 minutes")
    turn = await chat.say("something with Robert De Niro")
    await picks(stack.gateway_url, turn, lambda r: "Robert De Niro" in r["cast"])
    constraints = turn.recommendations["constraints"]
    assert "genres" not in constraints and "max_minutes" not in constraints


async def test_nothing_found_offers_to_drop_what_an_earlier_turn_said_first(stack: Any, chat: WebChat) -> None:
    """"comedies under 40 minutes for my 8 year old" after "korean series" keeps Korean (an edit); when
    that finds nothing, giving up the language said two turns ago comes before the runtime just asked for."""
    await chat.say("korean series")
    turn = await chat.say("comedies under 40 minutes for my 8 year old")
    assert turn.recommendations is not None and turn.items == [], turn.text
    assert turn.recommendations["constraints"].get("languages") == ["ko"]
    offer = turn.recommendations.get("relaxation") or {}
    assert "language" in offer.get("label", ""), turn.recommendations
