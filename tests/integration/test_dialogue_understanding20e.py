"""Dialogue round 20e through the real stack: kinds of title viewers name indirectly.

Classes (phrasings are this module's own): a puzzle plot ("plays tricks on your mind", "mindbending") asks for one of
science fiction, thrillers and mysteries, with the thought-provoking mood ranking (nlu/extraction/genres.py
``PUZZLE_GENRES``, ``twists_either``); beside another kind it is the mood only. A comedy special is a stand-up film
(the catalog's film tag). A telenovela is a drama or a romance series. A bare "doc" after a subject search narrows it
to that subject's documentaries (actions/planning.py ``_bare_form``). "abt" is chat's "about" (a topic edit).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration


def _list(turn: Any, field: str) -> list[str]:
    return list(applied(turn).get(field) or [])


async def test_a_puzzle_plot_asks_for_scifi_thrillers_or_mysteries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything that plays tricks on your mind tonight?")
    assert set(_list(turn, "any_genres")) == {"sci-fi", "thriller", "mystery"}, applied(turn)
    assert "thought-provoking" in _list(turn, "mood"), applied(turn)
    assert turn.items, turn.text


async def test_a_documentary_that_makes_you_think_stays_a_documentary(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a documentary that makes u think pls")
    assert _list(turn, "genres") == ["documentary"] and not _list(turn, "any_genres"), applied(turn)


async def test_a_comedy_special_is_a_stand_up_film(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got a good stand up special for tonight?")
    assert "stand-up" in _list(turn, "genres") and _list(turn, "media_type") == ["movie"], applied(turn)


async def test_a_telenovela_is_a_drama_or_romance_series(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("recommend me a telenovela")
    assert set(_list(turn, "any_genres")) == {"drama", "romance"}, applied(turn)
    assert _list(turn, "media_type") == ["series"], applied(turn)
    assert _list(turn, "languages") == ["es"] and turn.items, (applied(turn), turn.text)


async def test_a_telenovela_with_another_origin_is_of_that_origin(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a korean telenovela")
    assert not _list(turn, "languages") or _list(turn, "languages") == ["ko"], applied(turn)
    assert set(_list(turn, "any_genres")) == {"drama", "romance"}, applied(turn)


async def test_a_bare_doc_after_sports_films_keeps_sports(stack: Any, chat: WebChat) -> None:
    await chat.say("sports films")
    turn = await chat.say("ok maybe a doc")
    genres = _list(turn, "genres")
    assert "documentary" in genres, applied(turn)
    assert "sports" in genres or "never" in turn.text.lower() or "no " in turn.text.lower(), (applied(turn), turn.text)


async def test_a_bare_doc_after_comedies_replaces(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy movies")
    turn = await chat.say("ok maybe a doc")
    assert _list(turn, "genres") == ["documentary"], applied(turn)


async def test_abt_after_a_list_is_a_topic_edit(stack: Any, chat: WebChat) -> None:
    await chat.say("reality shows")
    turn = await chat.say("abt food")
    assert "reality" in _list(turn, "genres"), applied(turn)
    assert "food" in str(applied(turn).get("query") or ""), applied(turn)


async def test_classic_films_are_the_classic_shelf(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("show me some classic films")
    assert "classic" in _list(turn, "genres"), applied(turn)
    assert turn.items, turn.text


async def test_plain_old_films_are_no_classic_shelf(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("some old films from way back")
    assert "classic" not in _list(turn, "genres"), applied(turn)


async def test_a_hedged_topic_with_an_origin_keeps_reality(stack: Any, chat: WebChat) -> None:
    await chat.say("reality series")
    turn = await chat.say("a baking one perhaps, british")
    assert "reality" in _list(turn, "genres") and "United Kingdom" in _list(turn, "countries"), applied(turn)


async def test_a_classic_rock_documentary_is_no_classic(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any classic rock documentaries")
    genres = _list(turn, "genres")
    assert "documentary" in genres and "classic" not in genres, applied(turn)
    assert applied(turn).get("older_than_years") is None, applied(turn)
