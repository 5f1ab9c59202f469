"""Dialogue round 22e through the real stack: short follow-ups that add, offer an alternative or start afresh.

Classes (phrasings are this module's own):
1. "w <genre>" after a genre's list adds it like "with" (both genres); "w <actor>" after an actor's films adds the
   actor (titles with both), the rest of the search kept (actions/planning._ADD_BEFORE_RE, edits._BARE_CAST_BEFORE_RE);
   a bare genre still replaces;
2. "or a <genre> one" offers an alternative: that genre in place of the search's, never "which one do you mean?"
   (actions/request_cues._KIND_ONE_*, planning._OR_LEAD_RE);
3. a viewer giving up ("fine then, any <kind>", "alright just anything <kind> then") starts afresh with what is
   said, never the old era and length plus it (actions/constraints.gives_up_the_narrowing); "any of these but a bit
   shorter" stays a refinement;
4. "newer than those" with a reason naming old titles stays relative to the list (planning._era_words_beside_comparatives);
5. "<person>'s films instead" after their stand-up drops the stand-up (constraints._films_of_named).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, shown_ids

pytestmark = pytest.mark.integration


async def test_w_a_genre_after_comedies_adds_it(stack: Any, chat: WebChat) -> None:
    await chat.say("some comedies please")
    turn = await chat.say("w crime then")
    assert set(applied(turn).get("genres") or []) == {"comedy", "crime"}, (turn.text, applied(turn))
    assert shown_ids(turn), turn.text


async def test_a_bare_genre_after_comedy_films_still_replaces(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy films")
    turn = await chat.say("thriller")
    got = applied(turn)
    assert got.get("genres") == ["thriller"] and got.get("media_type") == ["movie"], (turn.text, got)


async def test_w_another_actor_adds_them_to_the_first(stack: Any, chat: WebChat) -> None:
    await chat.say("films starring robert de niro")
    turn = await chat.say("w harvey keitel")
    got = applied(turn)
    assert got.get("actors") == ["Robert De Niro", "Harvey Keitel"], (turn.text, got)
    assert got.get("media_type") == ["movie"] and shown_ids(turn), (turn.text, got)


async def test_or_a_genre_one_is_an_alternative_not_a_question(stack: Any, chat: WebChat) -> None:
    await chat.say("got any comedy series")
    turn = await chat.say("hmm or a horror one?")
    assert "Which one do you mean" not in turn.text and not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert got.get("genres") == ["horror"] and got.get("media_type") == ["series"], (turn.text, got)


async def test_giving_up_starts_afresh_with_the_kind_said(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies from the nineties, under 90 minutes")
    turn = await chat.say("fine then, any drama")
    got = applied(turn)
    assert got.get("genres") == ["drama"], (turn.text, got)
    assert not (got.get("year_min") or got.get("year_max") or got.get("max_minutes")), (turn.text, got)
    assert shown_ids(turn), turn.text


async def test_giving_up_keeps_the_era_said_in_the_same_message(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy shows from before 2010")
    turn = await chat.say("alright just anything documentary from 2019 onwards then")
    got = applied(turn)
    assert got.get("genres") == ["documentary"] and got.get("year_min") == 2019, (turn.text, got)
    assert not got.get("year_max") and not got.get("media_type"), (turn.text, got)


async def test_any_of_these_but_shorter_is_a_refinement(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies from the 2010s")
    assert shown_ids(first), first.text
    turn = await chat.say("any of these but a bit shorter")
    got = applied(turn)
    assert got.get("genres") == ["comedy"] and got.get("year_min") == 2010 and got.get("max_minutes"), (turn.text, got)


async def test_newer_with_an_old_reason_stays_relative_to_the_list(stack: Any, chat: WebChat) -> None:
    first = await chat.say("dramas from 2015")
    assert shown_ids(first), first.text
    turn = await chat.say("newer than those, my teens refuse old stuff")
    got = applied(turn)
    assert got.get("year_min") == 2016 and not got.get("recent_years"), (turn.text, got)
    assert "drama" in (got.get("genres") or []), (turn.text, got)


async def test_the_persons_films_instead_of_their_stand_up(stack: Any, chat: WebChat) -> None:
    await chat.say("stand-up with fortune feimster")
    turn = await chat.say("fortune feimster's films instead then")
    got = applied(turn)
    assert got.get("actors") == ["Fortune Feimster"] and "stand-up" not in (got.get("genres") or []), (turn.text, got)
    assert shown_ids(turn), turn.text


async def test_or_a_mood_is_an_alternative_to_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("show me comedies")
    turn = await chat.say("hmm, or something scary")
    got = applied(turn)
    assert "comedy" not in (got.get("genres") or []), (turn.text, got)
    assert (set(got.get("genres") or []) | set(got.get("any_genres") or [])) & {"horror", "thriller"}, (turn.text, got)


async def test_giving_up_for_a_person_drops_the_failed_search(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies from the nineties, under 90 minutes")
    turn = await chat.say("ugh whatever, anything starring harvey keitel")
    got = applied(turn)
    assert got.get("actors") == ["Harvey Keitel"] and not got.get("genres"), (turn.text, got)
    assert not (got.get("year_min") or got.get("max_minutes")) and shown_ids(turn), (turn.text, got)
