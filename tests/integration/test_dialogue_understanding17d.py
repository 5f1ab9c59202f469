"""Dialogue round 17d through the real stack: negation and numbers (nlu/extraction/negation.py, durations.py,
seasons.py, ratings.py). Phrasings are this module's own.

Classes: a negated format with its own bound keeps the format and turns the bound; a format the viewer can't commit
to is ruled out; a negated list goes on across a sentence break; a rating cap with spaced letters; a refusal and a
kind used up exclude the kind; "X rather than Y"; time left before something else and a span to fit into are
ceilings.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


def _excluded(turn: Any) -> set[str]:
    return set(applied(turn).get("exclude_genres") or [])


# -- 1. a negated format with its own bound -----------------------------------------------------------------------------

async def test_no_films_over_a_runtime_is_films_up_to_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("please, no films longer than ninety minutes tonight")
    assert applied(turn).get("max_minutes") == 90 and applied(turn).get("media_type") == ["movie"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and runtime_at_most(90)(r))


async def test_no_shows_with_more_than_n_seasons_keeps_n(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama, but no shows with more than two seasons")
    assert applied(turn).get("max_seasons") == 2, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 99) <= 2)


# -- 2. a format the viewer can't commit to -----------------------------------------------------------------------------

async def test_a_format_the_viewer_cannot_commit_to_is_ruled_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("some kind of documentary please, we can't commit to episodes")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] != "series" and "documentary" in r["genres"])


# -- 3. negation across fragments ---------------------------------------------------------------------------------------

async def test_a_negated_list_goes_on_after_a_sentence_break(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("not feeling horror at all. or thrillers. a movie please")
    assert {"horror", "thriller"} <= _excluded(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: not {"horror", "thriller"} & set(r["genres"]))


# -- 5. a rating cap with spaced letters --------------------------------------------------------------------------------

async def test_a_spaced_rating_with_a_ceiling_caps_the_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy movie rated p g or lower")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and "comedy" in r["genres"])


# -- 6. a refusal and a kind used up ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, genre", [
    ("my grandpa refuses anything with horror, a movie for him", "horror"),
    ("my sister has seen all the anime, something else for her", "anime"),
])
async def test_a_refused_or_used_up_kind_is_excluded(stack: Any, chat: WebChat, text: str, genre: str) -> None:
    turn = await chat.say(text)
    assert genre in _excluded(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: genre not in r["genres"])


# -- 7. X rather than Y -------------------------------------------------------------------------------------------------

async def test_rather_than_rules_out_the_second_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a thriller rather than a horror tonight")
    assert "horror" in _excluded(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"] and "horror" not in r["genres"])


# -- 8, 9. time left and a span to fit into -----------------------------------------------------------------------------

async def test_time_left_before_bed_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a movie, the twins are off to bed in an hour")
    assert applied(turn).get("max_minutes") == 60, applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(60))


async def test_a_span_to_fit_into_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my bus ride home, about 90 minutes, a film to fit")
    assert applied(turn).get("max_minutes") == 90, applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(90))


# -- 10. violence ruled out rules out the violent kinds -----------------------------------------------------------------

_VIOLENT = {"action", "horror", "thriller", "crime"}


async def test_violence_ruled_out_leaves_out_the_violent_kinds(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a series tonight, nothing with shootouts or blood")
    assert _VIOLENT <= _excluded(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: not _VIOLENT & set(r["genres"]))


async def test_a_closing_dislike_of_violence_after_a_list_edits_the_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some tv shows for tonight")
    assert first.recommendations is not None, first.text
    turn = await chat.say("ugh, so much blood and guns in these, my wife doesn't like")
    assert _VIOLENT <= _excluded(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: not _VIOLENT & set(r["genres"]))
