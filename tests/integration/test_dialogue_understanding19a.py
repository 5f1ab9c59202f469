"""Dialogue round 19a through the real stack: going back to an earlier list, and picking within the list shown.

Classes (phrasings are this module's own): a back-reference to a list shown earlier in the conversation — "back to /
return to the first|earlier|previous list", "the list before this one", "the <genre> ones were better", "what was the
earlier one again", the list named alone as the answer ("no, the first ones") — makes that search the current one
again, whatever intent the NLU gives it (actions/earlier_lists.back_reference, routed in actions/base.py): its list
again, or fresh titles of it when more are asked for ("more of those", "ones I haven't seen"); the restored search is
then edited as usual. Mechanism: every list shown is remembered with its search in the slot ``earlier_lists``
(earlier_lists.remember_lists, once for every action). "The older of the two" picks that title of the list shown
(earlier_lists.picked_by_comparative), never a search for older titles.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv: Kristen Stewart's two films
TWILIGHT_ECLIPSE = "s450"     # The Twilight Saga: Eclipse (2010)
PERSONAL_SHOPPER = "s7731"    # Personal Shopper (2016)
NOT_UNDERSTOOD = ("didn't quite get", "Which one do you mean")


def _ids(turn: Any) -> list[str]:
    return [str(i["id"]) for i in turn.items]


def _genres(turn: Any) -> list[str]:
    return list(applied(turn).get("genres") or [])


async def _two_lists(chat: WebChat, first: str, second: str) -> tuple[Any, Any]:
    one = await chat.say(first)
    two = await chat.say(second)
    assert _ids(one) and _ids(two) and set(_ids(one)) != set(_ids(two)), (one.text, two.text)
    return one, two


async def test_back_to_the_first_list_shows_it_again(stack: Any, chat: WebChat) -> None:
    one, _ = await _two_lists(chat, "fantasy movies", "ok but shorter, under 100 minutes")
    turn = await chat.say("forget it, take me back to the first list")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert _ids(turn) == _ids(one), turn.text
    assert applied(turn).get("max_minutes") is None, applied(turn)


async def test_the_genre_ones_were_better_brings_that_list_back(stack: Any, chat: WebChat) -> None:
    one, _ = await _two_lists(chat, "comedy series", "drama series now")
    turn = await chat.say("nah the comedy ones were better, put them back up")
    assert _ids(turn) == _ids(one), turn.text
    assert "comedy" in _genres(turn) and "drama" not in _genres(turn), applied(turn)


async def test_the_list_before_this_one_is_the_one_before_the_latest(stack: Any, chat: WebChat) -> None:
    _, two = await _two_lists(chat, "horror movies", "romantic comedies")
    await chat.say("actually documentaries")
    turn = await chat.say("I believe I liked the list you showed before this one more. Could I see it once more, please?")
    assert _ids(turn) == _ids(two), turn.text


async def test_the_first_ones_named_alone_after_a_milder_list_go_back(stack: Any, chat: WebChat) -> None:
    one = await chat.say("really scary movies")
    await chat.say("hmm maybe less scary")
    turn = await chat.say("haha nope, the first ones. i'm brave")
    assert _ids(turn) == _ids(one), turn.text


async def test_a_complaint_about_the_latest_list_with_go_back_is_no_edit(stack: Any, chat: WebChat) -> None:
    one, _ = await _two_lists(chat, "sci-fi movies around 2 hours", "something shorter")
    turn = await chat.say("way too short now, go back to the earlier list")
    assert _ids(turn) == _ids(one), turn.text


async def test_more_of_those_gives_fresh_titles_of_the_earlier_search(stack: Any, chat: WebChat) -> None:
    one, two = await _two_lists(chat, "romance movies for teens", "something else")
    turn = await chat.say("oh wait the first list was decent, more like those ones i haven't seen")
    fresh = set(_ids(turn))
    assert fresh and not fresh & (set(_ids(one)) | set(_ids(two))), turn.text
    assert "romance" in _genres(turn) and applied(turn).get("audience") == "teen", applied(turn)


async def test_what_was_the_earlier_one_again(stack: Any, chat: WebChat) -> None:
    one, _ = await _two_lists(chat, "crime series", "korean ones")
    turn = await chat.say("ok this lot is worse. what was the earlier one again")
    assert _ids(turn) == _ids(one), turn.text


async def test_the_restored_search_is_edited_as_usual(stack: Any, chat: WebChat) -> None:
    await _two_lists(chat, "comedy series", "thrillers instead")
    await chat.say("return to the previous list please")
    turn = await chat.say("only ones from after 2015")
    assert "comedy" in _genres(turn) and "thriller" not in _genres(turn), applied(turn)
    assert (applied(turn).get("year_min") or 0) >= 2015, applied(turn)


async def test_more_like_the_first_one_stays_a_pivot_to_a_title(stack: Any, chat: WebChat) -> None:
    one, _ = await _two_lists(chat, "comedy series", "drama series now")
    turn = await chat.say("more like the first one")
    assert applied(turn).get("similar_to") and _ids(turn) != _ids(one), turn.text


async def test_the_older_of_the_two_is_that_title(stack: Any, chat: WebChat) -> None:
    first = await chat.say("movies with kristen stewart")
    assert set(_ids(first)) == {TWILIGHT_ECLIPSE, PERSONAL_SHOPPER}, first.text
    turn = await chat.say("and the older of the two, please")
    assert "Eclipse" in turn.text and "Personal Shopper" not in turn.text, turn.text
    assert not turn.items, turn.text
