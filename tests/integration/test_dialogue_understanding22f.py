"""Dialogue round 22f through the real stack: kinds that are combinations of genres.

Classes (phrasings are this module's own):
1. a kind of two genres turned down ("true crime", "romantic comedies") rules out the titles that are both, one
   ``exclude_origin_genres`` kind ("crime+documentary", "comedy+romance"), never either genre from everywhere: the
   documentaries or the crime series or the comedies asked for stay (nlu/extraction/negation._refused_combinations);
2. an origin refused with a kind beside the same origin wanted ("indian films … no bollywood musicals") keeps the
   origin wanted and rules out the kind from there only (negation._origins_of_kinds);
3. a compound inside an alternative ("concert films or music docs") keeps the documentary beside the shared music
   (negation._shared_by_alternatives);
4. stand-up asked for gets the specials and the series whose own text says stand-up, never a talk show filed under
   the same Netflix tag (recommender/snapshot.stand_up_genres).
Near misses: "no horror, a comedy instead" still rules horror out; a talk show asked for still finds the talk shows.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks, shown_ids

pytestmark = pytest.mark.integration

KOREAN_PANEL = "s7102"  # tests/fixtures/netflix_small.csv: a Korean talk show under "Stand-Up Comedy & Talk Shows"


def _genres(got: dict[str, Any]) -> list[str]:
    return list(got.get("genres") or []) + list(got.get("any_genres") or [])


def _kinds(got: dict[str, Any]) -> list[str]:
    return list(got.get("exclude_origin_genres") or [])


def _not_both(*genres: str):
    return lambda r: not set(genres) <= set(r.get("genres") or [])


async def test_true_crime_refused_keeps_the_documentaries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a documentary tonight maybe, honestly nothing true crime though")
    got = applied(turn)
    assert "documentary" in _genres(got) and "crime+documentary" in _kinds(got), got
    assert not ({"crime", "documentary"} & set(got.get("exclude_genres") or [])), got
    await checked_picks(stack.gateway_url, turn, _not_both("crime", "documentary"))


async def test_true_crime_refused_keeps_the_crime_series(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("crime shows please, but skip the true crime stuff")
    got = applied(turn)
    assert "crime" in _genres(got) and "crime+documentary" in _kinds(got), got
    assert "documentary" not in (got.get("exclude_genres") or []), got
    await checked_picks(stack.gateway_url, turn, lambda r: "crime" in r["genres"] and "documentary" not in r["genres"])


async def test_true_crime_refused_after_a_list_of_documentaries(stack: Any, chat: WebChat) -> None:
    await chat.say("show me some documentaries")
    got = applied(await chat.say("none of the true crime ones though"))
    assert "documentary" in _genres(got) and "crime+documentary" in _kinds(got), got


async def test_romantic_comedies_refused_keep_the_comedies(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy film, just not one of those romantic comedies")
    got = applied(turn)
    assert "comedy" in _genres(got) and "comedy+romance" in _kinds(got), got
    assert "romance" not in (got.get("exclude_genres") or []), got
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and "romance" not in r["genres"])


async def test_an_origin_wanted_beside_its_refused_kind_stays_wanted(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("indian films please, only no bollywood musicals")
    got = applied(turn)
    assert "India" in (got.get("countries") or []), got
    assert "India" not in (got.get("exclude_countries") or []), got
    assert "music@India" in _kinds(got), got
    await checked_picks(stack.gateway_url, turn, lambda r: "music" not in r["genres"])


async def test_concert_films_or_music_docs_keep_the_documentary(stack: Any, chat: WebChat) -> None:
    got = applied(await chat.say("concert movies or music documentaries?"))
    assert {"music", "documentary"} <= set(got.get("genres") or []), got


async def test_stand_up_never_shows_the_talk_show(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got any stand-up comedy series?")
    got = applied(turn)
    assert "stand-up" in _genres(got), got
    assert KOREAN_PANEL not in shown_ids(turn), turn.text


async def test_a_kind_refused_plainly_stays_ruled_out(stack: Any, chat: WebChat) -> None:
    # near miss: two kinds apart, no combination
    got = applied(await chat.say("no horror, a comedy instead"))
    assert "horror" in (got.get("exclude_genres") or []) and "comedy" in _genres(got), got
    assert not _kinds(got), got
