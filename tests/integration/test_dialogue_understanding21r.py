"""Dialogue round 21r through the real stack: kinds named by topic words, and negation inside a story.

Classes (phrasings are this module's own):
1. zombies are horror (contract/vocabulary.TOPIC_GENRES), a doc about a sport is sports too, a contest told by its
   contestants is reality (nlu/extraction/topics.py, genres.py);
2. a degree of a kind turned down ("not pure horror") is less of it, not none: a horror comedy after it is horror +
   comedy; a comparative told about a title ("the rain makes it less scary") rules nothing out;
3. true crime refused beside documentaries asked for rules out the crime, never the documentaries;
4. "zero <kind>" rules it out, and music said as how a title sounds is no genre.
Near misses: "not horror. a comedy" still rules horror out.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration


def _genres(got: dict[str, Any]) -> list[str]:
    return list(got.get("genres") or []) + list(got.get("any_genres") or [])


async def test_zombie_flicks_are_horror(stack: Any, chat: WebChat) -> None:
    got = applied(await chat.say("got any good zombie films?"))
    assert _genres(got) == ["horror"], got


async def test_a_degree_turned_down_then_a_horror_comedy(stack: Any, chat: WebChat) -> None:
    got = applied(await chat.say("hmm not pure horror i think. what about a horror comedy?"))
    assert {"horror", "comedy"} <= set(_genres(got)), got
    assert "horror" not in (got.get("exclude_genres") or []), got


async def test_a_kind_turned_down_plainly_stays_ruled_out(stack: Any, chat: WebChat) -> None:
    got = applied(await chat.say("not horror. a comedy instead"))
    assert "horror" in (got.get("exclude_genres") or []) and "comedy" in _genres(got), got


async def test_a_comparative_told_about_the_title_keeps_horror(stack: Any, chat: WebChat) -> None:
    got = applied(await chat.say("a horror film from the 2000s, the daylight setting makes it less scary"))
    assert "horror" in _genres(got) and "horror" not in (got.get("exclude_genres") or []), got


async def test_true_crime_refused_beside_documentaries_rules_out_crime(stack: Any, chat: WebChat) -> None:
    got = applied(await chat.say("docs my teenage son could get into, just not true crime"))
    assert "documentary" in _genres(got), got
    # round 22f: the crime documentaries go as one kind (the documentaries asked for stay)
    assert "crime+documentary" in (got.get("exclude_origin_genres") or []), got
    assert "documentary" not in (got.get("exclude_genres") or []), got


async def test_zero_drama_and_music_as_a_quality(stack: Any, chat: WebChat) -> None:
    got = applied(await chat.say("an ocean documentary with beautiful music and zero drama"))
    assert _genres(got) == ["documentary"], got
    assert "drama" in (got.get("exclude_genres") or []), got


async def test_documentaries_about_a_sport(stack: Any, chat: WebChat) -> None:
    got = applied(await chat.say("any documentaries on basketball?"))
    assert set(_genres(got)) == {"documentary", "sports"}, got


async def test_a_contest_told_by_its_contestants_is_reality(stack: Any, chat: WebChat) -> None:
    got = applied(await chat.say("any series where amateur bakers compete?"))
    assert "reality" in _genres(got), got


async def test_a_mood_with_then_replaces_the_genre_held(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some thrillers please")
    assert first.items, first.text
    got = applied(await chat.say("oh my husband says absolutely no horror. something funny for all of us then"))
    assert "thriller" not in _genres(got) and "comedy" in _genres(got), got


async def test_alternatives_sharing_a_genre_require_it(stack: Any, chat: WebChat) -> None:
    got = applied(await chat.say("a live concert movie or a music documentary"))
    # round 22f: the documentary form one alternative adds stays asked for beside the shared music
    assert {"music", "documentary"} <= set(got.get("genres") or []), got
