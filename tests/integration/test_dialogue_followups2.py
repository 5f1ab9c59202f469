"""Follow-ups, second round (issue 10, class 1), through the real stack: web chat → gateway → Rasa (real
NLU) → action server → recommender on the fixture catalog. Short replies during an active search reach the
recommendation path whatever the classifier calls them (who is watching, "another one", removing the time
limit, "seen them all", a topic reply, "new ones"); edits replace the right part (a topic reply adds a
topic, "any <person>" pivots to the person, "even shorter" goes below the bound and the longest item
shown); "I've seen the second one" / "seen the first two" leave those out; a person with constraints
that cannot all be met is answered honestly. Items are checked against GET /api/items/{id}
(docs/contracts.md "Dialogue edit rules").
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from chat import Turn, WebChat
from checks import checked_picks
from contract.vocabulary import ratings_for_audience

pytestmark = pytest.mark.integration

NOT_UNDERSTOOD = ("didn't quite get that", "outside what I can help with", "start fresh")
# The turn shows picks, never an apology, a restart or a bare "got it".
picks = partial(checked_picks, never_say=NOT_UNDERSTOOD)
ROGEN = "Seth Rogen"


def ids(turn: Turn) -> list[str]:
    return [item["id"] for item in turn.items]


def comedy(r: dict[str, Any]) -> bool:
    return "comedy" in r["genres"]


async def test_who_is_watching_with_an_age_edits_the_search(stack: Any, chat: WebChat) -> None:
    kids = set(ratings_for_audience("family"))  # 8 is family (PG) in the age mapping
    await chat.say("comedies")
    turn = await chat.say("it's for my son, he's 8")
    await picks(stack.gateway_url, turn, lambda r: comedy(r) and r.get("rating") in kids)
    assert turn.recommendations["constraints"]["genres"] == ["comedy"]


@pytest.mark.parametrize("text", ["another one", "one more", "any others?"])
async def test_more_picks_are_fresh_picks_of_the_same_search(stack: Any, chat: WebChat, text: str) -> None:
    first = await chat.say("comedies")
    turn = await chat.say(text)
    await picks(stack.gateway_url, turn, comedy)
    assert not set(ids(turn)) & set(ids(first)), "fresh picks, not the same list"


@pytest.mark.parametrize("text", ["no time limit actually", "time doesn't matter"])
async def test_no_time_limit_removes_the_runtime(stack: Any, chat: WebChat, text: str) -> None:
    first = await chat.say("comedies under 40 minutes")
    assert first.recommendations["constraints"]["max_minutes"] == 40
    turn = await chat.say(text)
    await picks(stack.gateway_url, turn, comedy)
    constraints = turn.recommendations["constraints"]
    assert "max_minutes" not in constraints and constraints["genres"] == ["comedy"]


async def test_seen_them_all_shows_different_ones(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies")
    turn = await chat.say("seen them all")
    await picks(stack.gateway_url, turn, comedy)
    assert not set(ids(turn)) & set(ids(first))


async def test_a_topic_reply_adds_a_topic_and_keeps_genre_and_format(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy movies")
    turn = await chat.say("about space")
    await picks(stack.gateway_url, turn, lambda r: comedy(r) and r["type"] == "movie")
    constraints = turn.recommendations["constraints"]
    assert constraints["genres"] == ["comedy"] and constraints["media_type"] == ["movie"]
    assert "space" in (constraints.get("query") or "")


async def test_new_ones_after_a_list_are_newer_than_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("dramas")
    years = sorted(i["year"] for i in first.items)
    turn = await chat.say("new ones")
    year_min = turn.recommendations["constraints"].get("year_min")
    assert year_min and year_min > years[0], (years, year_min)  # newer than (most of) the list shown
    await picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and r["year"] >= year_min)


async def test_any_person_pivots_to_the_person_and_drops_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("documentaries")
    turn = await chat.say("fine, any seth rogen")
    await picks(stack.gateway_url, turn, lambda r: ROGEN in (r.get("cast") or []))
    constraints = turn.recommendations["constraints"]
    assert constraints.get("actors") == [ROGEN] and not constraints.get("genres")


async def test_even_shorter_goes_below_the_bound_and_the_longest_shown(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies under 100 minutes")
    previous = await chat.say("shorter")
    for text in ("even shorter", "shorter still"):
        bound = previous.recommendations["constraints"]["max_minutes"]
        longest = max(i["duration_minutes"] for i in previous.items)
        turn = await chat.say(text)
        new_bound = turn.recommendations["constraints"]["max_minutes"]
        assert new_bound < bound and new_bound < longest, (text, bound, longest, new_bound)
        if turn.items:
            await picks(stack.gateway_url, turn, lambda r: comedy(r) and 0 < (r["duration_minutes"] or 0) <= new_bound)
        previous = turn
        if not turn.items:
            break


async def test_seen_the_second_one_leaves_it_out(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies")
    second = ids(first)[1]
    turn = await chat.say("I've seen the second one")
    await picks(stack.gateway_url, turn, comedy)
    assert second not in ids(turn) and not set(ids(turn)) & set(ids(first))
    later = await chat.say("something else")
    assert second not in ids(later)


@pytest.mark.parametrize("text, positions", [("seen the first two", (0, 1)), ("seen 1 and 3", (0, 2))])
async def test_seen_several_leaves_them_out(stack: Any, chat: WebChat, text: str, positions: tuple[int, ...]) -> None:
    first = await chat.say("comedies")
    seen = [ids(first)[i] for i in positions]
    turn = await chat.say(text)
    await picks(stack.gateway_url, turn, comedy)
    assert turn.recommendations["constraints"]["genres"] == ["comedy"]
    assert not set(seen) & set(ids(turn))
    assert all(first.items[i]["title"] in turn.text for i in positions), turn.text  # says which it left out


async def test_a_person_with_constraints_that_cannot_be_met_is_said_honestly(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("horror movies with seth rogen")
    constraints = turn.recommendations["constraints"] if turn.recommendations else {}
    assert constraints.get("actors") == [ROGEN], turn.text  # never silently dropped
    if turn.items:  # whatever is shown has the person and the genre
        await picks(stack.gateway_url, turn, lambda r: ROGEN in (r.get("cast") or []) and "horror" in r["genres"])
    else:
        assert "couldn't find" in turn.text and ROGEN in turn.text, turn.text


async def test_a_person_added_to_an_impossible_search_is_said_honestly(stack: Any, chat: WebChat) -> None:
    await chat.say("horror movies")
    turn = await chat.say("with seth rogen too")
    constraints = turn.recommendations["constraints"] if turn.recommendations else {}
    assert constraints.get("actors") == [ROGEN], turn.text
    assert not turn.items, "the fixture has no Seth Rogen horror"
    assert "couldn't find" in turn.text and ROGEN in turn.text, turn.text
