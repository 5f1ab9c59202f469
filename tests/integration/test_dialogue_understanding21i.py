"""Dialogue round 21i through the real stack: moods and kinds said as feelings, and other people's tastes.

Classes (phrasings are this module's own):
1. being cheered up ("something to cheer the kids up", "a film to make us smile") asks for comedies; silliness ruled
   out after comedies ("one less goofy") keeps the comedies and leaves out the children's slapstick;
2. a thrill ("got anything thrilling") is a thriller;
3. true crime ruled out after crime series keeps the crime series and leaves out the documentaries;
4. a genre the viewer watched last is context: another kind asked for replaces it ("the last film i saw was a
   thriller, a sci-fi one next"); the kind watched asked again stays ("loved the last comedy we saw, another one").
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration


def _genres(turn: Any) -> list[list[str]]:
    return [list(i.get("genres") or []) for i in turn.items]


async def test_being_cheered_up_asks_for_comedies(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got something to cheer the kids up?")
    assert "comedy" in (applied(turn).get("genres") or []), applied(turn)
    assert shown_ids(turn) and all("comedy" in g for g in _genres(turn)), turn.text


async def test_a_film_to_make_us_smile_is_a_comedy(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film to make us smile")
    assert "comedy" in (applied(turn).get("genres") or []), applied(turn)


async def test_less_goofy_after_comedies_keeps_the_comedies(stack: Any, chat: WebChat) -> None:
    first = await chat.say("show me some comedies")
    assert shown_ids(first), first.text
    turn = await chat.say("hmm, a different one, less goofy")
    got = applied(turn)
    assert "comedy" in (got.get("genres") or []) and "comedy" not in (got.get("exclude_genres") or []), got
    assert shown_ids(turn) and all("comedy" in g and "kids" not in g for g in _genres(turn)), turn.text


async def test_a_thrill_is_a_thriller(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got anything thrilling for tonight")
    assert "thriller" in (applied(turn).get("genres") or []), applied(turn)
    assert shown_ids(turn) and all("thriller" in g for g in _genres(turn)), turn.text


async def test_true_crime_ruled_out_keeps_the_crime_series(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some crime shows")
    assert shown_ids(first), first.text
    turn = await chat.say("nothing factual though, my partner can't stand true crime")
    got = applied(turn)
    assert "crime" in (got.get("genres") or []) and "crime" not in (got.get("exclude_genres") or []), got
    # round 22f: true crime is one excluded kind, the crime documentaries (before, every documentary)
    assert "crime+documentary" in (got.get("exclude_origin_genres") or []), got
    assert shown_ids(turn) and all("crime" in g and "documentary" not in g for g in _genres(turn)), turn.text


async def test_true_crime_ruled_out_after_documentaries_keeps_the_documentaries(stack: Any, chat: WebChat) -> None:
    await chat.say("documentaries please")
    turn = await chat.say("but no true crime ones")
    got = applied(turn)
    assert "documentary" in (got.get("genres") or []), got
    assert "crime+documentary" in (got.get("exclude_origin_genres") or []), got  # round 22f: one kind


async def test_the_kind_watched_last_is_context(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the last film i saw was a thriller, i'd like a sci-fi one next")
    got = applied(turn)
    assert got.get("genres") == ["sci-fi"], got


async def test_a_light_title_after_a_horror_is_no_horror(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we just sat through a horror, now something light")
    got = applied(turn)
    assert "horror" not in (got.get("genres") or []), got
    assert not any("horror" in g for g in _genres(turn)), turn.text


async def test_the_kind_watched_asked_again_stays(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we loved the last comedy we saw, another one please")
    assert "comedy" in (applied(turn).get("genres") or []), applied(turn)
