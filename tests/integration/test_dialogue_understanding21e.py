"""Dialogue round 21e through the real stack: kind words said loosely.

Classes (phrasings are this module's own):
1. clipped genre nouns ("doco", "toons") are their genre (contract/vocabulary.CLIPPED_GENRE_WORDS), no query word;
2. a genre's slang adjective after "and"/"n" following a ruled-out word is ruled out too (nlu/extraction/negation.py
   ``_conjoined_adjective``): never added as a wish;
3. a compact kind's format ruled out beside its genre asked for rules out the format, not the kind
   (nlu/extraction/genres.format_of_a_wanted_kind): documentary films, comedy films;
4. fear said as an intensity ("scare us silly", "something truly terrifying") is horror, and no word of it is a query.
Near misses: "not too scary" asks no horror; a compact kind ruled out alone still rules the kind out.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration


async def test_a_doco_is_a_documentary(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got a good doco about the ocean?")
    got = applied(turn)
    assert "documentary" in (got.get("genres") or []), got
    assert "doco" not in str(got.get("query") or ""), got
    assert shown_ids(turn), turn.text


async def test_a_slang_horror_adjective_after_a_refusal_is_ruled_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film tonight, nothing gory n horrory")
    got = applied(turn)
    assert "horror" not in (got.get("genres") or []), got
    assert "horror" in (got.get("exclude_genres") or []), got
    assert turn.items and all("horror" not in (i.get("genres") or []) for i in turn.items), turn.items


async def test_the_series_format_of_a_wanted_documentary_is_ruled_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i'd like a documentary, a feature film, not some docuseries")
    got = applied(turn)
    assert "documentary" in (got.get("genres") or []), got
    assert "documentary" not in (got.get("exclude_genres") or []), got
    assert "series" not in (got.get("media_type") or ["series"]), got
    assert shown_ids(turn), turn.text


async def test_comedy_but_no_sitcom_is_comedy_films(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something funny, a comedy but please not a sitcom")
    got = applied(turn)
    assert "comedy" in (got.get("genres") or []), got
    assert "series" not in (got.get("media_type") or ["series"]), got
    assert shown_ids(turn), turn.text


async def test_fear_as_an_intensity_is_horror_and_no_query(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we want something that'll scare us silly tonight")
    got = applied(turn)
    assert "horror" in (got.get("genres") or []) + (got.get("any_genres") or []), got
    assert "silly" not in str(got.get("query") or ""), got
    assert shown_ids(turn), turn.text


async def test_not_too_scary_asks_no_horror(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a movie for tonight, not too scary")
    got = applied(turn)
    assert "horror" not in (got.get("genres") or []), got
