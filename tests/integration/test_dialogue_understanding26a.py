"""Dialogue round 26a through the real stack: negation beyond "no/not" and the scope of a negation.

Classes (phrasings are this module's own; the fixture catalog):
1. weariness ("so tired of", "fed up with", "burnt out on") rules out what it names and is no tired evening's mood
   (nlu/extraction/negation.py ``_weariness_of_a_kind``, ``PAIR_CUES``);
2. a preposition of setting aside ("beyond", "besides", "apart from") rules its origin out, never adds it, and narrows a
   region named beside it;
3. a dislike in the progressive after a list ("isn't liking the japanese ones") rules that origin out, the search kept;
4. a kind used up, then another origin asked for, rules out the origin only: the kind and the format stay;
5. a children's audience inside a negated clause ("nothing animated for children") is never the audience asked for;
6. a kind that opens a sentence stays asked for whatever a later clause of it rules out (actions/query_text.py
   ``_opens_as_the_wish``).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


def _genres(r: dict[str, Any]) -> list[str]:
    return r.get("genres") or []


# -- 1 -------------------------------------------------------------------------------------------------------------

async def test_weariness_rules_the_kind_out_and_sets_no_mood(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("honestly i'm so tired of horror, a series please")
    got = applied(turn)
    assert "horror" in got.get("exclude_genres", []) and not got.get("mood"), (turn.text, got)
    assert got.get("media_type") == ["series"] and not got.get("query"), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in _genres(r) and r["type"] == "series")


# -- 2 -------------------------------------------------------------------------------------------------------------

async def test_beyond_a_country_narrows_the_region_and_never_adds_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kids shows please, i'd like more from asia beyond japan")
    got = applied(turn)
    assert "Japan" in got.get("exclude_countries", []) and "Japan" not in got.get("countries", []), (turn.text, got)
    assert not got.get("query"), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "Japan" not in (r.get("countries") or []))


# -- 3 -------------------------------------------------------------------------------------------------------------

async def test_a_progressive_dislike_after_a_list_rules_the_origin_out(stack: Any, chat: WebChat) -> None:
    await chat.say("kids shows from france")
    turn = await chat.say("my daughter isn't liking the french ones")
    got = applied(turn)
    assert "France" in got.get("exclude_countries", []) and "France" not in got.get("countries", []), (turn.text, got)
    assert "kids" in got.get("genres", []), (turn.text, got)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "France" not in (r.get("countries") or []) and "kids" in _genres(r))


# -- 4 -------------------------------------------------------------------------------------------------------------

async def test_a_kind_used_up_then_elsewhere_keeps_the_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my son has seen practically every american kids movie. any from other countries?")
    got = applied(turn)
    assert "United States" in got.get("exclude_countries", []), (turn.text, got)
    assert "United States" not in got.get("countries", []) and "kids" in got.get("genres", []), (turn.text, got)
    assert got.get("media_type") == ["movie"], (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "United States" not in (r.get("countries") or [])
                        and "kids" in _genres(r) and r["type"] == "movie")


# -- 5 -------------------------------------------------------------------------------------------------------------

async def test_an_audience_inside_a_negation_is_never_asked_for(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i say nothing longer than 100 minutes, my wife says nothing animated for children. a comedy film")
    got = applied(turn)
    assert not got.get("audience") and "kids" in got.get("exclude_genres", []), (turn.text, got)
    assert got.get("max_minutes") == 100 and got.get("media_type") == ["movie"], (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "kids" not in _genres(r) and r["type"] == "movie"
                        and (r.get("duration_minutes") or 999) <= 100)


# -- 6 -------------------------------------------------------------------------------------------------------------

async def test_a_language_opening_the_story_survives_a_later_negation(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a spanish-language series, but my mum has watched every telenovela going, so nothing too "
                          "soapy. a comedy or something light, please.")
    got = applied(turn)
    assert got.get("languages") == ["es"] and got.get("media_type") == ["series"], (turn.text, got)
    assert "es" not in got.get("exclude_languages", []), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "es" in (r.get("languages") or []) and r["type"] == "series"
                        and not {"drama", "romance"} & set(_genres(r)))
