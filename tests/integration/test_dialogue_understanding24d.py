"""Dialogue round 24d through the real stack: situations, trips and topic words.

Classes (phrasings are this module's own):
1. a trip longer than any title sets no runtime bound and its place is no origin ("driving 9 hours up to canada with
   the twins"); travel words never reach the query; a short trip keeps its ceiling;
2. "at least N minutes" after a frequency ("… every 15 minutes") is a lower bound;
3. a superlative of a genre family's feeling is that genre ("the creepiest film", "the most hilarious show");
4. a subject word of science fiction beside a collection shelf is that kind of the shelf ("cartoons with aliens and
   spaceships" → kids + sci-fi);
5. "play <kind>" asks for it ("put on some lullabies"), and "a <subject> show" is an unscripted show about the subject.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, PRESCHOOL, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


def _genres(got: dict[str, Any]) -> set[str]:
    return set(got.get("genres") or []) | set(got.get("any_genres") or [])


async def test_a_long_drive_sets_no_runtime_and_its_place_is_no_origin(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("driving 9 hours up to canada tomorrow with my 6 year old, help")
    got = applied(turn)
    assert not got.get("max_minutes") and not got.get("min_minutes"), got
    assert not got.get("countries") and not got.get("query"), got
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY)


async def test_a_night_flight_with_its_length_after_the_place(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("overnight flight to paris, eight hours, probably won't sleep at all")
    got = applied(turn)
    assert not got.get("max_minutes") and not got.get("min_minutes") and not got.get("query"), got
    assert turn.items, turn.text


async def test_a_short_flight_keeps_its_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a 75 minute flight, something to pass it")
    assert applied(turn).get("max_minutes") == 75, applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(75))


async def test_at_least_after_a_frequency_is_a_lower_bound(stack: Any, chat: WebChat) -> None:
    await chat.say("a flight of 11 hours with my nephew")
    await chat.say("films")
    turn = await chat.say("long ones, i don't want to switch every 15 minutes, at least 100 minutes")
    got = applied(turn)
    assert got.get("min_minutes") == 100 and not got.get("max_minutes"), got
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("duration_minutes") or 0) >= 100)


@pytest.mark.parametrize("text, genre", [
    ("the creepiest film you can find", "horror"),
    ("what's the most hilarious series you have", "comedy"),
])
async def test_a_superlative_of_a_feeling_is_its_genre(stack: Any, chat: WebChat, text: str, genre: str) -> None:
    turn = await chat.say(text)
    got = applied(turn)
    assert genre in _genres(got) and not got.get("query"), got
    await checked_picks(stack.gateway_url, turn, lambda r: genre in (r.get("genres") or []))


async def test_science_fiction_subjects_beside_anime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("yo, anime with robots and spaceships please")
    got = applied(turn)
    # both are asked for; the test stack's catalog may hold no title of both, and then the answer says so and shows
    # either (planning._either_side_unless_together), never anime alone ranked by "robots"
    both = {"anime", "sci-fi"} <= set(got.get("genres") or [])
    assert both or ("both anime and science fiction" in turn.text
                    and set(got.get("any_genres") or []) == {"anime", "sci-fi"}), (got, turn.text)
    assert not got.get("query"), got


async def test_play_a_kind_for_a_small_child(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("hi, put on some lullabies for my 1 year old")
    assert "kids" in _genres(applied(turn)), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in PRESCHOOL)


async def test_a_subject_show_is_an_unscripted_show_about_it(stack: Any, chat: WebChat) -> None:
    await chat.say("something on while i fold laundry")
    turn = await chat.say("um maybe a travel show")
    got = applied(turn)
    assert set(got.get("any_genres") or []) == {"reality", "documentary"}, got
    await checked_picks(stack.gateway_url, turn,
                        lambda r: bool({"reality", "documentary"} & set(r.get("genres") or [])))
