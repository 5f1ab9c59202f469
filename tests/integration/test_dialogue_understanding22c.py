"""Dialogue round 22c through the real stack: the title the conversation is about, pointed back at with "that", "it"
or "other" (actions/title_in_talk.py).

Classes (phrasings are this module's own):
1. after a title typed alone (titles like it shown), a franchise's entries listed, or a "seen" of one title: "ok more
   like that one", "more of that vibe", "anything else in that vein" are titles like that title (a franchise's main
   title: its earliest entry), never "which one?";
2. "other <kind>" after a title's card leaves that title out;
3. a "seen" of one title with a request in the same message is recorded, said, and the request answered with picks.
Near misses: "more like that one" after a list of unrelated titles still asks which one; a bare "seen <title>" keeps
its confirmation.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import details_of, shown_ids

pytestmark = pytest.mark.integration

HUSH, HEMLOCK_GROVE, THE_STRANGERS = "s5853", "s5889", "s608"  # tests/fixtures/netflix_small.csv
KUNG_FU_PANDA = ("s5858", "s7242")
WHICH = "which one"


async def test_more_like_that_one_after_a_title_typed_alone(stack: Any, chat: WebChat) -> None:
    first = details_of(await chat.say("hush"))  # round 37: a title alone is its card
    assert first and first[0].item.id == HUSH, first
    turn = await chat.say("ok more like that one")
    assert WHICH not in turn.text.lower() and "like Hush" in turn.text, turn.text
    assert turn.items and HUSH not in shown_ids(turn), turn.text


async def test_other_ones_like_that_stay_like_the_title_named(stack: Any, chat: WebChat) -> None:
    await chat.say("hush")
    turn = await chat.say("other ones like that")
    assert turn.items and "like Hush" in turn.text, turn.text


async def test_more_of_that_vibe_after_a_franchise_is_like_its_main_title(stack: Any, chat: WebChat) -> None:
    first = await chat.say("kung fu panda")
    assert set(shown_ids(first)) == set(KUNG_FU_PANDA), first.text
    turn = await chat.say("more of that vibe")
    assert WHICH not in turn.text.lower() and turn.items, turn.text
    assert "Kung Fu Panda" in turn.text and not set(shown_ids(turn)) & set(KUNG_FU_PANDA), turn.text


async def test_in_that_vein_after_a_seen_title_is_like_it(stack: Any, chat: WebChat) -> None:
    await chat.say("we watched hemlock grove last week")
    turn = await chat.say("anything else in that vein")
    assert "like Hemlock Grove" in turn.text and HEMLOCK_GROVE not in shown_ids(turn), turn.text


async def test_other_kind_after_a_card_leaves_the_card_out(stack: Any, chat: WebChat) -> None:
    await chat.say("tell me about hush")
    turn = await chat.say("other scary movies from the us")
    assert turn.items and HUSH not in shown_ids(turn), turn.text


async def test_a_seen_title_with_a_request_gets_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we already saw hush, other scary movies?")
    assert turn.items and HUSH not in shown_ids(turn), turn.text
    assert "seen Hush" in turn.text, turn.text
    later = await chat.say("something else")
    assert HUSH not in shown_ids(later), later.text


async def test_near_miss_unrelated_list_still_asks_which_one(stack: Any, chat: WebChat) -> None:
    await chat.say("horror movies")
    turn = await chat.say("more like that one")
    assert WHICH in turn.text.lower() and not turn.items, turn.text


async def test_near_miss_a_bare_seen_keeps_its_confirmation(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("seen hush")
    assert not turn.items and "Hush" in turn.text, turn.text


async def test_two_seen_titles_with_a_request_get_picks_without_them(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we've watched hush and the strangers already, got any other creepy films?")
    assert turn.items and not {HUSH, THE_STRANGERS} & set(shown_ids(turn)), turn.text
    assert "seen Hush and The Strangers" in turn.text, turn.text
