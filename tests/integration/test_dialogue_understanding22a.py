"""Dialogue round 22a through the real stack: corrections of what the bot understood.

Classes (phrasings are this module's own):
1. a leading answer particle ("no", "nah", "nope") before what was meant is no negation: "nah i said X", "nope, a X
   rather than a Y", "no i said X films not Y" want X, and X replaces the same kind of value the search had
   (nlu/extraction/corrections.answer_particle, contract/words.correction_lead);
2. "X not Y" where Y re-says X's kind in other words ("children's films not children in films") rules nothing out;
3. a format corrected ("nah a docuseries not documentary films") replaces the format;
4. a person corrected ("no, i meant <other>", "nah <two words of another's name>") replaces the search's person, never
   both and never a turn-down (actions/edits.corrects_the_search, corrected_person).
Near misses: "no crime ones", "no, no stand-up", "nah, nothing korean" after a list still rule out; "no <person>" after
a search without people still turns the person down.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration


def _genres(got: dict[str, Any]) -> set[str]:
    return set(got.get("genres") or []) | set(got.get("any_genres") or [])


async def test_i_said_a_genre_replaces_the_genre(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some thriller films")
    turn = await chat.say("nah i said comedies")
    got = applied(turn)
    assert _genres(got) == {"comedy"} and not got.get("exclude_genres"), got
    assert turn.items and not {i["id"] for i in turn.items} & {i["id"] for i in first.items}, turn.text
    assert all("comedy" in (i.get("genres") or []) for i in turn.items), turn.items
    assert "no comedy" not in turn.text.lower(), turn.text


async def test_x_not_y_after_a_particle(stack: Any, chat: WebChat) -> None:
    await chat.say("documentary series please")
    turn = await chat.say("no i said sport films not documentaries")
    got = applied(turn)
    assert "sports" in _genres(got) and "documentary" not in _genres(got), got
    assert "sports" not in (got.get("exclude_genres") or []) and got.get("media_type") in ("movie", ["movie"]), got
    assert turn.items, turn.text


async def test_rather_than_after_a_particle(stack: Any, chat: WebChat) -> None:
    await chat.say("horror movies")
    turn = await chat.say("nope, a romance rather than a horror")
    got = applied(turn)
    assert _genres(got) == {"romance"} and "romance" not in (got.get("exclude_genres") or []), got


async def test_two_genres_restated(stack: Any, chat: WebChat) -> None:
    await chat.say("anime series")
    turn = await chat.say("no i said sci-fi anime")
    got = applied(turn)
    assert {"sci-fi", "anime"} <= _genres(got) and not got.get("exclude_genres"), got


async def test_the_same_kind_said_twice_rules_nothing_out(stack: Any, chat: WebChat) -> None:
    await chat.say("films with kids in them")
    turn = await chat.say("no, i meant children's films not children in films, she is 6")
    got = applied(turn)
    assert "kids" in _genres(got) and "kids" not in (got.get("exclude_genres") or []), got
    assert got.get("audience") in ("kids", "preschool", "family"), got
    assert turn.items, turn.text


async def test_a_format_corrected(stack: Any, chat: WebChat) -> None:
    await chat.say("documentary films")
    turn = await chat.say("nah a docuseries not documentary films")
    got = applied(turn)
    assert got.get("media_type") in ("series", "tv", ["series"], ["tv"]), got
    assert "documentary" in _genres(got) and "documentary" not in (got.get("exclude_genres") or []), got


async def test_a_person_corrected(stack: Any, chat: WebChat) -> None:
    await chat.say("films with robert de niro")
    turn = await chat.say("no, i meant shah rukh khan")
    got = applied(turn)
    assert got.get("actors") == ["Shah Rukh Khan"], got
    assert turn.items, turn.text


async def test_a_person_corrected_with_a_bare_no(stack: Any, chat: WebChat) -> None:
    await chat.say("robert de niro films")
    turn = await chat.say("nah shah rukh")
    got = applied(turn)
    assert got.get("actors") == ["Shah Rukh Khan"] and not got.get("exclude_actors"), got


async def test_plain_refusals_after_a_list_still_rule_out(stack: Any, chat: WebChat) -> None:
    await chat.say("some thriller films")
    turn = await chat.say("no crime ones")
    assert "crime" in (applied(turn).get("exclude_genres") or []), applied(turn)
    turn = await chat.say("no, no stand-up")
    assert "stand-up" in (applied(turn).get("exclude_genres") or []), applied(turn)


async def test_no_person_without_a_person_search_turns_down(stack: Any, chat: WebChat) -> None:
    await chat.say("action films")
    turn = await chat.say("no tom cruise")
    got = applied(turn)
    assert not got.get("actors"), got
