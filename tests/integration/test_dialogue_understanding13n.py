"""Dialogue round 13n through the real stack (NLU extraction classes), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: ages said as a range or of a whole group ("three boys all 11-12", "kids between 6 and 8") cap the picks at the
youngest's audience, while a range of counts or minutes is no age; "musicals" ask for the music genre without
documentaries, while "music documentaries" keep them; a person's initials before a genre word ("srk romance") name
that person.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, KIDS, applied, checked_picks

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("text,audience,ratings", [
    ("birthday party with four boys all 11-12, a film they'd all enjoy", "family", FAMILY),
    ("a movie for kids between 6 and 7 please", "kids", KIDS),
])
async def test_ages_as_a_range_or_of_a_group_cap_the_picks(stack: Any, chat: WebChat, text: str, audience: str,
                                                          ratings: set[str]) -> None:
    turn = await chat.say(text)
    assert applied(turn).get("audience") == audience, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in ratings)


async def test_a_range_of_minutes_is_no_age(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy film, 80-100 minutes")
    assert not applied(turn).get("audience"), applied(turn)


async def test_musicals_are_not_music_documentaries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("musicals please! lots of singing")
    assert "documentary" in (applied(turn).get("exclude_genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "music" in r["genres"] and "documentary" not in r["genres"])


async def test_music_documentaries_keep_documentaries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any music documentaries?")
    assert "documentary" not in (applied(turn).get("exclude_genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in r["genres"])


async def test_initials_before_a_genre_word_name_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("srk romance")
    assert applied(turn).get("actors") == ["Shah Rukh Khan"], applied(turn)
