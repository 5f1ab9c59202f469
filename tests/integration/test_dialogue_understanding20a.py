"""Dialogue round 20a through the real stack: catalog titles said loosely in free text mean "more like it".

Classes (phrasings are this module's own): a title typed short ("n" for "and", a last word cut to its first letters)
with a likeness word after it; a likeness word after the title ("<title> similar"); a title with only chatter around it
("<title> lol"); a praised title then "got more?"; "!!" before "but other ones" — each a like-search that leaves the
title itself out. "not <title>" after a list showing it leaves it out, never "Glad you liked <title>".
Mechanism: nlu/extraction/names.py (``NameMatcher._short_forms``, ``SIMILAR_AFTER``, ``_said_with_chatter``,
``_LIKENESS_AFTER_RE``, ``_OTHERS_THAN_RE``) and actions/feedback.py (a like naming only turned-down titles).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import assert_like_list, shown_ids

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
OZARK = "s2768"
THE_IRISHMAN = "s3228"
STRANGER_THINGS = "s3686"
ARTHDAL_CHRONICLES = "s3781"


async def test_a_short_form_with_a_likeness_word_after_it(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("arthdal chron sorta show"), "Arthdal Chronicles", ARTHDAL_CHRONICLES)


async def test_a_likeness_word_after_the_title(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("ozark similar plz"), "Ozark", OZARK)


async def test_a_title_with_only_chatter_around_it(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("stranger things hahaha dont judge me"), "Stranger Things", STRANGER_THINGS)


async def test_a_praised_title_then_got_more(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("the irishman was sick, got more?"), "The Irishman", THE_IRISHMAN)


async def test_exclamations_then_but_other_ones(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("the irishman!!! but different ones"), "The Irishman", THE_IRISHMAN)


async def test_not_the_title_after_a_list_showing_it_leaves_it_out(stack: Any, chat: WebChat) -> None:
    first = await chat.say("tv dramas with jason bateman")
    if OZARK not in shown_ids(first):
        pytest.skip(f"the fixture search did not show Ozark: {first.text}")
    turn = await chat.say("not ozark")
    assert "Glad you liked" not in turn.text, turn.text
    assert OZARK not in shown_ids(turn), turn.text


async def test_an_ordinary_word_with_chatter_is_no_like_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("dark lol")
    assert "like Dark" not in turn.text, turn.text
