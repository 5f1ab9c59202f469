"""Dialogue round 17a through the real stack: follow-ups that rule out what the list showed, and lists turned down.

Classes (phrasings are this module's own): a title ruled out by name, or in the plural, rules out its whole franchise
(sequels, subtitled entries, spin-offs), also when named as watched too often in a first request
(actions/franchises.py); a shown title ruled out by what it is about ("not the <topic> one"); a bare catalog title
after "not"; "not that one, another" with several shown is "something else"; "one/ones that <constraint>" edits the
search (actions/list_follow_ups.py); every title of a list turned down stays out while the viewer keeps refining
(actions/rejected_lists.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, TEEN, applied, checked_picks

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
KUNG_FU_PANDA = {"s5858", "s7242"}
LITTLE_SINGHAM = {"s862", "s2237", "s2293", "s3226", "s7319"}
GLITTER_FORCE = {"s5175", "s5808"}
CONCERT_DOC, ROLLING_THUNDER = "s2633", "s3760"  # Martin Scorsese's two documentaries
THE_DEPARTED, SHUTTER_ISLAND = "s8273", "s1359"
NEVER_ASKED_BACK = ("Which one", "which one")


def _ids(turn: Any) -> set[str]:
    return {str(i["id"]) for i in turn.items}


# -- 1. a title ruled out takes its franchise with it ------------------------------------------------------------------

async def test_the_franchise_ones_are_all_left_out(stack: Any, chat: WebChat) -> None:
    first = await chat.say("kids comedies from india")
    assert first.recommendations is not None, first.text
    turn = await chat.say("skip the little singham ones please")
    assert turn.items and not _ids(turn) & LITTLE_SINGHAM, turn.text


async def test_a_show_watched_too_often_leaves_its_whole_franchise_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my daughter has watched glitter force for weeks, I can't stand it anymore, "
                          "some other cartoon for her?")
    assert turn.items and not _ids(turn) & GLITTER_FORCE, turn.text


async def test_one_entry_named_in_a_request_leaves_the_other_entries_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a family comedy for tonight but not kung fu panda holiday, we've seen it 50 times")
    assert turn.items and not _ids(turn) & KUNG_FU_PANDA, turn.text


async def test_the_franchise_named_in_the_plural_after_its_own_list_is_all_left_out(stack: Any, chat: WebChat) -> None:
    first = await chat.say("kung fu panda movies")
    assert _ids(first) & KUNG_FU_PANDA, first.text
    turn = await chat.say("none of the kung fu panda ones, another comedy for kids")
    assert turn.items and not _ids(turn) & KUNG_FU_PANDA, turn.text


# -- 2. a shown title ruled out by what it is about --------------------------------------------------------------------

@pytest.mark.parametrize("said", ["not the concert footage one", "hmm not the one with the concert footage"])
async def test_not_the_topic_one_leaves_out_the_shown_title_about_it(stack: Any, chat: WebChat, said: str) -> None:
    first = await chat.say("documentaries by martin scorsese")
    assert CONCERT_DOC in _ids(first) and ROLLING_THUNDER in _ids(first), first.text
    turn = await chat.say(said)
    assert "everything" not in turn.text and turn.items, turn.text
    assert CONCERT_DOC not in _ids(turn), turn.text


# -- 3. a bare title after "not" ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("said", ["not departed, watched it way too many times", "not the departed ive seen it twice"])
async def test_a_bare_title_after_not_is_left_out(stack: Any, chat: WebChat, said: str) -> None:
    first = await chat.say("martin scorsese movies")
    assert THE_DEPARTED in _ids(first), first.text
    turn = await chat.say(said)
    assert not any(q in turn.text for q in NEVER_ASKED_BACK) and turn.items, turn.text
    assert THE_DEPARTED not in _ids(turn), turn.text


async def test_a_title_the_extractor_reads_after_not_is_left_out_with_fresh_picks(stack: Any, chat: WebChat) -> None:
    first = await chat.say("thrillers directed by martin scorsese")
    assert SHUTTER_ISLAND in _ids(first), first.text
    turn = await chat.say("not shutter island, seen it like 20 times")
    assert not any(q in turn.text for q in NEVER_ASKED_BACK), turn.text
    assert SHUTTER_ISLAND not in _ids(turn), turn.text


# -- 4. "not that one, another" with several shown --------------------------------------------------------------------

async def test_not_that_one_with_many_shown_is_something_else(stack: Any, chat: WebChat) -> None:
    first = await chat.say("a thriller movie")
    assert len(first.items) > 1, first.text
    turn = await chat.say("not that one he wont watch it, try a different one")
    assert not any(q in turn.text for q in NEVER_ASKED_BACK) and turn.items, turn.text
    assert not _ids(turn) & _ids(first), turn.text
    assert "thriller" in applied(turn).get("genres", []), applied(turn)


# -- 5. "one/ones that <constraint>" -----------------------------------------------------------------------------------

async def test_one_that_is_not_rated_r_caps_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("martin scorsese movies")
    turn = await chat.say("one that isnt rated r")
    assert not any(q in turn.text for q in NEVER_ASKED_BACK), turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] != "R")


async def test_ones_that_are_not_scary_keep_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("cartoons for my 10 year old")
    turn = await chat.say("ones that arent scary pls")
    assert not any(q in turn.text for q in NEVER_ASKED_BACK), turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY | TEEN and "Horror" not in str(r))


# -- 6. lists turned down stay out while refining ----------------------------------------------------------------------

async def test_refining_after_rejecting_never_repeats_a_title(stack: Any, chat: WebChat) -> None:
    first = await chat.say("thriller movies")
    second = await chat.say("nah none of these, something different")
    assert not _ids(second) & _ids(first), second.text
    third = await chat.say("still not it. maybe nothing from the us")
    assert third.items, third.text
    assert not _ids(third) & (_ids(first) | _ids(second)), third.text


async def test_an_edit_after_turning_the_list_down_never_brings_it_back(stack: Any, chat: WebChat) -> None:
    first = await chat.say("thriller movies")
    second = await chat.say("none of those appeal")
    third = await chat.say("only ones from the uk")
    assert third.recommendations is not None, third.text
    assert not _ids(third) & (_ids(first) | _ids(second)), third.text
