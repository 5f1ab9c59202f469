"""Dialogue round 20 mend M1 through the real stack (phrasings are this module's own).

A pivot to a listed title ranks by similarity, not by the list's order (planning.similarity_pivot_search drops
``sort``); a turned-down superlative drops the order asked before (sort.py emits it with the exclude role,
constraints._apply_sort); a list word away from the superlative keeps the order (contract.words.asks_of_the_list);
"too many seasons" said to be fine is no season bound (seasons.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration



async def test_more_like_a_listed_title_drops_the_lists_order(stack: Any, chat: WebChat) -> None:
    first = await chat.say("the quickest comedies you have")
    assert applied(first).get("sort") == "shortest" and len(shown_ids(first)) >= 2, applied(first)
    turn = await chat.say("more like the second one")
    assert applied(turn).get("similar_to") == shown_ids(first)[1], applied(turn)
    assert applied(turn).get("sort") is None, applied(turn)


async def test_a_turned_down_order_drops_the_earlier_one(stack: Any, chat: WebChat) -> None:
    first = await chat.say("your longest dramas please")
    assert applied(first).get("sort") == "longest", applied(first)
    turn = await chat.say("hmm no, not the longest ones")
    assert applied(turn).get("sort") is None, applied(turn)


async def test_a_list_word_later_in_the_message_keeps_the_order(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the oldest movies with kristen stewart in them")
    assert applied(turn).get("sort") == "oldest", applied(turn)


async def test_nothing_but_the_superlative_is_the_order(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i want nothing but the longest dramas")
    assert applied(turn).get("sort") == "longest", applied(turn)


async def test_too_many_seasons_said_to_be_fine_is_no_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy series, honestly we don't mind too many seasons")
    assert applied(turn).get("max_seasons") is None, applied(turn)
    near = await chat.say("a drama series, those always have way too many seasons")
    assert applied(near).get("max_seasons") is not None, applied(near)
