"""Dialogue round 22i through the real stack: in a long message, the kinds asked for in any sentence survive.

Classes (phrasings are this module's own):
1. a kind stated as the wish in a sentence before the request sentence ("the one thing we agree on is sci-fi films",
   "it has to be X", "an X would be good") is part of the request beside the request sentence's own constraints;
2. a bare kind asked as a question ("sci-fi horror?") before a sentence of wishes keeps every genre said;
3. a kind the viewer says they'd love, followed by a caveat and a question of origin, keeps the kind and the origin;
   an origin whose accents the viewer complains about is no origin asked for (nlu/extraction/geo.annoying_origins);
4. a kind the viewer has never watched that someone wants to show them ("… wants to show me one") is asked for;
5. what a child for whom the title is chosen says they like, before "a movie please", is the kind, a subject word
   ("magic") too (planning._subject_words_as_topic keeps the genre of a story sentence: no story word is a query).
Near misses: someone else's taste the viewer turns down, and what the viewers just watched, are never added.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration


def _genres(got: dict[str, Any]) -> set[str]:
    return set(got.get("genres") or []) | set(got.get("any_genres") or [])


async def test_a_kind_stated_as_the_shared_wish_survives_the_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my 15 year old and i never agree on anything, the one exception is sci-fi films. "
                          "find us something we can both sit through, nothing rated R")
    got = applied(turn)
    assert "sci-fi" in _genres(got), got
    assert "movie" in (got.get("media_type") or []), got
    assert got.get("audience") in ("teen", "family") or got.get("max_rating"), got


async def test_a_kind_said_as_it_has_to_be_survives(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("grandma is staying with us all week and she only watches one thing, it has to be a "
                          "musical. what can the whole family watch after dinner?")
    got = applied(turn)
    assert "music" in _genres(got), got


async def test_a_bare_kind_question_before_the_wishes_keeps_both_genres(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("it's the four of us tonight with pizza ordered and the big telly set up in the lounge. "
                          "sci-fi horror? we want to be freaked out and amazed")
    got = applied(turn)
    assert {"sci-fi", "horror"} <= _genres(got), got


async def test_a_kind_loved_before_an_origin_question_keeps_both(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i could really go for a romantic comedy tonight, but hollywood accents grate on me "
                          "after a while. anything from britain or ireland?")
    got = applied(turn)
    assert {"romance", "comedy"} <= _genres(got), got
    assert {"United Kingdom", "Ireland"} & set(got.get("countries") or []), got


async def test_an_origin_complained_about_is_no_origin(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("fancy a rom com, but american accents get on my nerves. anything irish or scottish?")
    got = applied(turn)
    assert {"romance", "comedy"} <= _genres(got), got
    assert "United States" not in (got.get("countries") or []), got


async def test_a_kind_never_watched_that_someone_will_show_is_asked_for(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i have honestly never watched anime in my whole life and my 9 year old is desperate "
                          "to show me one. something we would both like?")
    got = applied(turn)
    assert "anime" in _genres(got), got


async def test_what_the_child_likes_is_the_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my nephew is sleeping over tonight and he keeps telling me he is obsessed with space "
                          "and aliens. one film before bed please")
    got = applied(turn)
    assert "sci-fi" in _genres(got), got
    assert "movie" in (got.get("media_type") or []), got


async def test_a_subject_the_children_love_in_the_story_is_the_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("both my nieces are with us all week and they're completely obsessed with magic and dragons "
                          "lately. a series please, nothing too scary")
    got = applied(turn)
    assert "fantasy" in _genres(got), got


async def test_a_taste_turned_down_in_the_story_is_not_added(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my flatmate adores thrillers but honestly i can't bear them at all. could you find "
                          "me a comedy for tonight?")
    got = applied(turn)
    assert "thriller" not in _genres(got), got
    assert "comedy" in _genres(got), got
    assert shown_ids(turn), turn.text


async def test_what_was_just_watched_is_not_added(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we finally finished that long crime documentary series last night, it was heavy going. "
                          "now something light and short please")
    got = applied(turn)
    assert not {"crime", "documentary"} & _genres(got), got
