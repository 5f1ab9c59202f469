"""Dialogue understanding of round 22m through the real stack (phrasings are this module's own):
1. a relative with a bare number and a verb of liking ("grandson 4 adores dinosaurs") is the child's age: the
   preschool cap (nlu/extraction/audience.py ``_LIKING_AFTER_AGE``);
2. "isnt offensive" is the clean cap, as "nothing offensive" is (audience ``_INOFFENSIVE_RE``);
3. "just a season or two" is at most 2 seasons (seasons.py "seasons-noun-between");
4. "new ones" as a clause after the kind is the recent years (years.py "year-new-ones");
5. a refused compound with its head ("done with true crime documentaries") leaves a documentary asked for after it
   wanted (negation.py ``_refused_combinations``).
Near miss: "isnt offensive to me" caps nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, PRESCHOOL, applied

pytestmark = pytest.mark.integration


def _genres(got: dict[str, Any]) -> list[str]:
    return list(got.get("genres") or []) + list(got.get("any_genres") or [])


async def test_a_relative_a_number_and_a_liking_verb_is_the_age(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("grandson 4 adores dinosaurs, any cartoons?")
    got = applied(turn)
    assert got.get("audience") == "preschool" or (got.get("ratings") and set(got["ratings"]) <= PRESCHOOL), got


async def test_isnt_offensive_is_the_clean_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a sitcom that isnt offensive")
    got = applied(turn)
    assert got.get("ratings") and set(got["ratings"]) <= FAMILY, got


async def test_near_miss_isnt_offensive_to_me_caps_nothing(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy please, swearing isnt offensive to me")
    got = applied(turn)
    assert "comedy" in _genres(got), got
    assert not got.get("ratings"), got


async def test_a_season_or_two_is_at_most_two_seasons(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a crime show that is just a season or two")
    got = applied(turn)
    assert got.get("max_seasons") == 2, got


async def test_new_ones_after_the_kind_is_recent(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("horror movies, new ones")
    got = applied(turn)
    assert "horror" in _genres(got) and got.get("year_min"), got


async def test_a_documentary_wanted_after_true_crime_refused(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my partner is done with true crime documentaries. we still want a documentary")
    got = applied(turn)
    assert "documentary" in _genres(got), got
    assert "crime+documentary" in (got.get("exclude_origin_genres") or []), got
    assert "documentary" not in (got.get("exclude_genres") or []), got
