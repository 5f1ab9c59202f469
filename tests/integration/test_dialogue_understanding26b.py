"""Dialogue round 26b through the real stack: terse typists' compact words and abbreviations.

Classes (phrasings are this module's own; the fixture catalog):
1. one letter before a kind is its origin ("k crime" → Korean crime), as "k-drama" is; chat spellings of origins and
   formats ("naija" Nigerian, "spn" Spanish before a kind, "srs" series) are read (nlu/extraction/shorthand.py);
2. a near title never swallows a kind word: "arctic docs" are documentaries, not "Arctic Dogs" typed with a slip
   (names.LooseNames ``_slip``);
3. a holiday said alone (here typed short) while a search is active is its topic, the search kept
   (edits.vocabulary_topic_alone, query_text.query_spelling);
4. "<N" keeps its number as "under N" does (durations);
5. "us" ruled out after a list is the country (geo.us_beside_countries);
6. a likeness cue before a position ("sth like the 2nd one") asks for titles like that listed title
   (actions/like_positions.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks, runtime_at_most, shown_ids

pytestmark = pytest.mark.integration


# -- 1 -------------------------------------------------------------------------------------------------------------

async def test_an_origin_letter_before_a_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any k crime?")
    got = applied(turn)
    assert got.get("languages") == ["ko"] and "crime" in (got.get("genres") or []), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "ko" in r["languages"] and "crime" in r["genres"])


async def test_an_origin_in_chat_spelling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("naija comedies pls")
    got = applied(turn)
    assert got.get("countries") == ["Nigeria"] and got.get("genres") == ["comedy"], (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "Nigeria" in r["countries"] and "comedy" in r["genres"])


async def test_spn_and_srs(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("spn srs")
    got = applied(turn)
    assert got.get("languages") == ["es"] and got.get("media_type") == ["series"], (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "es" in r["languages"] and r["type"] == "series")


# -- 2 -------------------------------------------------------------------------------------------------------------

async def test_a_kind_word_is_no_slip_of_a_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("arctic docs")
    got = applied(turn)
    assert not got.get("similar_to") and "documentary" in (got.get("genres") or []), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in r["genres"])


# -- 3 -------------------------------------------------------------------------------------------------------------

async def test_a_holiday_typed_short_alone_is_the_topic(stack: Any, chat: WebChat) -> None:
    await chat.say("family films for the kids")
    turn = await chat.say("xmas ones?")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert got.get("query") == "christmas" and got.get("audience") == "family", (turn.text, got)
    assert any("christmas" in (i.get("title") or "").lower() for i in turn.items), turn.text


# -- 4 -------------------------------------------------------------------------------------------------------------

async def test_a_less_than_sign_keeps_its_number(stack: Any, chat: WebChat) -> None:
    await chat.say("a thriller film")
    turn = await chat.say("<100m")
    got = applied(turn)
    assert got.get("max_minutes") == 100 and "thriller" in (got.get("genres") or []), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(100))


# -- 5 -------------------------------------------------------------------------------------------------------------

async def test_us_ruled_out_after_a_list(stack: Any, chat: WebChat) -> None:
    await chat.say("some comedies")
    turn = await chat.say("non-us ones please")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert got.get("exclude_countries") == ["United States"] and got.get("genres") == ["comedy"], (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "United States" not in r["countries"])


# -- 6 -------------------------------------------------------------------------------------------------------------

async def test_a_likeness_cue_before_a_position(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some dramas")
    second_id = shown_ids(first)[1]
    turn = await chat.say("sth like the 2nd one")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert applied(turn).get("similar_to") == second_id, (turn.text, applied(turn))
