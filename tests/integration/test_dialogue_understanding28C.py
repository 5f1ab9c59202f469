"""Dialogue round 28C through the real stack: people, titles and franchises in free text.

A franchise turned down by a name of everyday words leaves out all its titles (actions/title_words.py
``franchise_named``); "<person> but not the <title> cartoons" keeps the person and asks for no children's kind
(nlu/extraction/negation.py ``_form_noun_of_title``); "like <an anime series>" answers anime (recommender/similarity.py
``same_kind``, ``FORM_KINDS``); "my <person> + verb" is the viewer's own words (names ``_own_words``); a field let go by
name ("nevermind the whole year thing", "…, never mind the year") goes, in a follow-up and inside one message.
Phrasings are this module's own; the fixture catalog (two "Little Lunch: …" films, Seth Rogen's titles, Castlevania).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks, shown_ids

pytestmark = pytest.mark.integration

_LITTLE_LUNCH = {"s7314", "s7315"}
_KUNG_FU_PANDA = {"s5858", "s7242"}
_CASTLEVANIA = "s891"


async def test_a_franchise_of_everyday_words_turned_down_leaves_out_all_its_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("halloween films for the kids, but not little lunch")
    assert turn.items, turn.text
    assert not _LITTLE_LUNCH & set(shown_ids(turn)), turn.text
    again = await chat.say("more")
    assert not _LITTLE_LUNCH & set(shown_ids(again)), again.text


async def test_a_person_but_not_the_title_cartoons_keeps_the_person_and_asks_no_kids_kind(stack: Any,
                                                                                      chat: WebChat) -> None:
    turn = await chat.say("seth rogen stuff but not the kung fu panda cartoons")
    await checked_picks(stack.gateway_url, turn, lambda r: "Seth Rogen" in (r.get("cast") or []))
    assert not _KUNG_FU_PANDA & set(shown_ids(turn)), turn.text
    assert "kids" not in (applied(turn).get("genres") or []), applied(turn)


async def test_like_an_anime_series_answers_anime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything like castlevania?")
    await checked_picks(stack.gateway_url, turn, lambda r: "anime" in (r.get("genres") or []), min_items=3)
    assert _CASTLEVANIA not in shown_ids(turn), turn.text


async def test_my_person_and_a_verb_is_no_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my girl and i want a romantic comedy tonight")
    await checked_picks(stack.gateway_url, turn, lambda r: {"romance", "comedy"} <= set(r.get("genres") or []))
    assert not applied(turn).get("similar_to"), applied(turn)


async def test_nevermind_the_whole_year_thing_drops_the_years(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies from the 90s")
    turn = await chat.say("nevermind the whole year thing")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert not got.get("year_min") and not got.get("year_max"), got
    assert "comedy" in (got.get("genres") or []), got
    assert not any(w in str(got.get("query") or "") for w in ("never", "mind")), got


async def test_a_year_let_go_later_in_the_message_is_no_filter(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("horror from the 2010s, never mind the year actually, something with ghosts")
    got = applied(turn)
    assert not got.get("year_min") and not got.get("year_max"), got
    assert not any(w in str(got.get("query") or "") for w in ("never", "mind", "year")), got
