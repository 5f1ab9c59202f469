"""Dialogue round 18b through the real stack: short follow-ups that edit the current search.

Classes (phrasings are this module's own): "or N" extends the number the search holds (a season count widened); a year
with "+" typed after it is a floor; the time the viewer has now ("i've got 50 now") re-sets the runtime ceiling; a seen
clause before "another" asks for fresh picks of the same search; a bare "nah" / "nope" after a list turns the list down
(fresh picks, never "tell me what instead"); a story genre said after a search of a form (anime, documentary) keeps the
form (contract.vocabulary.FORM_GENRES); "scrap that" + a genre replaces the genre only (who is watching and the format
stay: constraints.takes_back_the_genre); a catalog title that is the whole clause after "not", chat words after it,
is turned down, never "which one?" (list_follow_ups._the_whole_clause).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
THE_LOVEBIRDS = "s2480"
NEVER_ASKED_BACK = ("Which one", "which one", "outside what I can help", "didn't quite get", "what you'd like instead")


def _ids(turn: Any) -> set[str]:
    return {str(i["id"]) for i in turn.items}


def _answered(turn: Any) -> None:
    assert turn.items and not any(q in turn.text for q in NEVER_ASKED_BACK), turn.text


# -- 1. short follow-ups carrying a constraint ------------------------------------------------------------------------

async def test_or_a_number_widens_the_season_count(stack: Any, chat: WebChat) -> None:
    first = await chat.say("shows with exactly 2 seasons")
    assert applied(first).get("max_seasons") == 2, first.text
    turn = await chat.say("or 3?")
    _answered(turn)
    got = applied(turn)
    assert (got.get("min_seasons"), got.get("max_seasons")) == (2, 3), got
    assert all(i.get("seasons") in (2, 3) for i in turn.items), turn.items


async def test_a_year_with_a_plus_is_a_floor(stack: Any, chat: WebChat) -> None:
    await chat.say("thriller films")
    turn = await chat.say("2018+")
    _answered(turn)
    assert applied(turn).get("year_min") == 2018 and "thriller" in applied(turn).get("genres", []), applied(turn)
    assert all(i["year"] >= 2018 for i in turn.items), turn.items


async def test_the_time_the_viewer_has_now_is_the_new_ceiling(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies under 30 minutes")
    assert applied(first).get("max_minutes") == 30, first.text
    turn = await chat.say("ok actually we've got 50 now")
    _answered(turn)
    assert applied(turn).get("max_minutes") == 50 and "comedy" in applied(turn).get("genres", []), applied(turn)


async def test_seen_it_then_another_gives_fresh_picks_of_the_same_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("romantic comedies")
    turn = await chat.say("watched that already, another")
    _answered(turn)
    assert not _ids(turn) & _ids(first), turn.text
    assert {"romance", "comedy"} <= set(applied(turn).get("genres", [])), applied(turn)


@pytest.mark.parametrize("said", ["nah", "nope."])
async def test_a_bare_nah_turns_the_list_down(stack: Any, chat: WebChat, said: str) -> None:
    first = await chat.say("horror movies")
    turn = await chat.say(said)
    _answered(turn)
    assert not _ids(turn) & _ids(first), turn.text
    assert "horror" in applied(turn).get("genres", []), applied(turn)


# -- 2. forms stay under a story genre ---------------------------------------------------------------------------------

async def test_anime_stays_when_crime_or_thriller_follows(stack: Any, chat: WebChat) -> None:
    await chat.say("anime series")
    turn = await chat.say("something darker, crime or thriller")
    _answered(turn)
    assert "anime" in applied(turn).get("genres", []), applied(turn)
    assert all("anime" in i["genres"] for i in turn.items), turn.items


async def test_documentary_stays_when_a_subject_genre_follows(stack: Any, chat: WebChat) -> None:
    await chat.say("true crime documentaries")
    turn = await chat.say("music ones maybe?")
    _answered(turn)
    assert {"documentary", "music"} <= set(applied(turn).get("genres", [])), applied(turn)


# -- 3. "scrap that" + a genre replaces the genre only -----------------------------------------------------------------

async def test_scrap_that_keeps_the_audience_and_format(stack: Any, chat: WebChat) -> None:
    first = await chat.say("a movie for my 8 year old")
    before = applied(first)
    turn = await chat.say("scrap that, he wants comedy now")
    _answered(turn)
    got = applied(turn)
    assert "comedy" in got.get("genres", []) and got.get("media_type") == before.get("media_type"), got
    assert got.get("audience") == before.get("audience") and got.get("audience"), got


# -- 7. a title by name after "not", chat words after it --------------------------------------------------------------

async def test_not_a_title_with_chat_words_after_it_is_turned_down(stack: Any, chat: WebChat) -> None:
    first = await chat.say("action movies")
    assert THE_LOVEBIRDS not in _ids(first)
    turn = await chat.say("and not the lovebirds lol")
    _answered(turn)
    assert THE_LOVEBIRDS not in _ids(turn) and "Lovebirds" in turn.text, turn.text


# -- 4. "a <subject genre> one" after a list joins the search's genre --------------------------------------------------

async def test_a_sports_one_after_dramas_is_a_sports_drama(stack: Any, chat: WebChat) -> None:
    await chat.say("drama movies")
    turn = await chat.say("a sports one")
    _answered(turn)
    assert {"drama", "sports"} <= set(applied(turn).get("genres", [])), applied(turn)
    assert all({"drama", "sports"} <= set(i["genres"]) for i in turn.items), turn.items


# -- 5. a question about a listed title by position is its details ------------------------------------------------------

async def test_a_question_about_the_first_title_shows_its_details(stack: Any, chat: WebChat) -> None:
    first = await chat.say("thriller movies")
    top = first.items[0]
    turn = await chat.say("the first one, is it action?")
    assert turn.recommendations is None and top["title"] in turn.text, turn.text
    more = await chat.say("more like that one")
    assert more.items and top["id"] not in _ids(more) and "which one" not in more.text.lower(), more.text


# -- 6. a like of the card's title with what should differ -------------------------------------------------------------

async def test_something_similar_but_one_season_after_a_card_is_a_like_search(stack: Any, chat: WebChat) -> None:
    card = await chat.say("do you have castlevania?")
    assert "Castlevania" in card.text, card.text
    turn = await chat.say("something similar but shorter, a miniseries")
    _answered(turn)
    got = applied(turn)
    assert got.get("similar_to") and got.get("max_seasons") == 1, got


# -- 4b. a mood after a list adds a flavour ------------------------------------------------------------------------------

async def test_not_too_sappy_make_it_funny_keeps_the_romance(stack: Any, chat: WebChat) -> None:
    await chat.say("romantic movies for tonight")
    turn = await chat.say("hmm not too sappy, make it funny")
    _answered(turn)
    assert {"romance", "comedy"} <= set(applied(turn).get("genres", [])), applied(turn)


# -- 6b. "anything else like those" after a franchise's titles ----------------------------------------------------------

async def test_anything_else_like_those_after_a_franchise_is_like_its_titles(stack: Any, chat: WebChat) -> None:
    first = await chat.say("kung fu panda movies")
    assert _ids(first) & {"s5858", "s7242"}, first.text
    turn = await chat.say("anything else like those")
    _answered(turn)
    assert "varied mix" not in turn.text and not _ids(turn) & {"s5858", "s7242"}, turn.text
