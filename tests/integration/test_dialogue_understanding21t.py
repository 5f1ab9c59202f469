"""Dialogue round 21t through the real stack: titles and franchises asked about by name.

Classes (phrasings are this module's own):
1. "is <title> on here / on netflix / streaming", "does netflix have <title>" — also with a typo and chatter after the
   question mark — asks whether the catalog holds the title, whatever the intent label: its card, never a "seen" or a
   turn-down recorded (actions/base.py routes ``edits.asks_if_available`` to the details answer);
2. a franchise named alone or with words after it ("for my <age>", "the newer the better") is its titles
   (actions/franchise_titles.py);
3. a person's titles "that aren't <franchise>" leave the franchise out (actions/title_words.py);
4. a title named in a sentence after its description is that title (actions/described_names.py), and someone who
   "likes" a title is a like-search on it (nlu/extraction/names.py).
Near misses: "<title> on here? or anything similar" stays a search (round 36: "if not …" with the title there is its
card); a title of its own said alone is a like-search.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import details_of, shown_ids

pytestmark = pytest.mark.integration

STRANGER_THINGS = "s3686"  # tests/fixtures/netflix_small.csv
THE_OFFICE = "s8443"  # The Office (U.S.)
KUNG_FU_PANDA_SCROLL, KUNG_FU_PANDA_HOLIDAY = "s5858", "s7242"
BARBIE_SPY_SQUAD, BARBIE_MERMAID = "s6242", "s6236"  # 2016, 2010
TWILIGHT = "s450"  # The Twilight Saga: Eclipse (Kristen Stewart)
DARK = "s2328"  # a German time-travel series
TURNED_DOWN = ("leave", "out of your suggestions", "Okay, not", "won't suggest")



async def test_a_typo_title_on_here_with_chatter_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("is stranger thigns streaming here?? my nephew keeps going on and on about it")
    found = details_of(turn)
    assert found and found[0].item.id == STRANGER_THINGS, turn.text
    assert not any(p in turn.text for p in TURNED_DOWN), turn.text


async def test_does_netflix_have_a_title_after_a_list_is_its_card(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some american comedies")
    assert first.items, first.text
    turn = await chat.say("does netflix have the office?")
    found = details_of(turn)
    assert found and found[0].item.id == THE_OFFICE, turn.text
    assert not any(p in turn.text for p in TURNED_DOWN), turn.text


async def test_is_a_title_on_netflix_after_a_list_turns_nothing_down(stack: Any, chat: WebChat) -> None:
    first = await chat.say("sci-fi series")
    assert first.items, first.text
    turn = await chat.say("is stranger things on netflix")
    assert not any(p in turn.text for p in TURNED_DOWN), turn.text
    found = details_of(turn)
    assert found and found[0].item.id == STRANGER_THINGS, turn.text


async def test_a_franchise_alone_is_its_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kung fu panda?")
    assert set(shown_ids(turn)) == {KUNG_FU_PANDA_SCROLL, KUNG_FU_PANDA_HOLIDAY}, turn.text
    assert "Kung Fu Panda" in turn.text or "kung fu panda" in turn.text, turn.text


async def test_franchise_films_the_more_recent_the_better(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("barbie films for my 7 year old... the more recent the better")
    assert shown_ids(turn) == [BARBIE_SPY_SQUAD, BARBIE_MERMAID], turn.text


async def test_an_actors_films_that_are_not_the_franchise(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kristen stewart films that aren't twilight")
    assert TWILIGHT not in shown_ids(turn), turn.text


async def test_a_title_named_after_its_description_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("that german time travel series from 2017. dark")
    found = details_of(turn)
    assert found and found[0].item.id == DARK, turn.text


async def test_someone_who_likes_a_title_gets_titles_like_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything on here for a guy who likes the office?")
    assert shown_ids(turn) and THE_OFFICE not in shown_ids(turn), turn.text
    assert "like The Office" in turn.text, turn.text
