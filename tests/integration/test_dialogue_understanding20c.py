"""Dialogue round 20c through the real stack: numbers, comparatives, years and season counts as non-native and hurried
viewers say them, and a constraint dropped by naming it.

Classes (phrasings are this module's own): "more short" / "more old" / "less old" after a list are the comparatives
relative to it (nlu/extraction durations.py / years.py, rules.COMPARATIVE_END), "more comedies" no comparative; a decade
said "the years seventy", "before of the year two thousand" (years.py); "more of two hours" (durations.py); "too many
seasons, 2 max" is a ceiling, never many seasons (seasons.py); "N seasons, no, just M" keeps M (corrections.py); "forget
korea" / "drop the country" of a search in Korean drops that origin (actions/edits.find_removals, _origin_twin); a bare
"short" after feature films is shorter than them (actions/cues.short_as_shorter).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration
NOT_UNDERSTOOD = ("didn't quite get", "Which one do you mean")


def _minutes(turn: Any) -> list[int]:
    return [int(i["duration_minutes"]) for i in turn.items if i.get("duration_minutes")]


def _years(turn: Any) -> list[int]:
    return [int(i["year"]) for i in turn.items if i.get("year")]


async def test_more_short_after_a_list_is_shorter_than_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("action movies")
    turn = await chat.say("more short pls")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    limit = applied(turn).get("max_minutes")
    assert limit is not None and limit < max(_minutes(first)) and limit > 30, applied(turn)


async def test_more_old_after_a_list_is_older_than_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedy movies")
    turn = await chat.say("more old, thanks")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert applied(turn).get("year_max") is not None and applied(turn)["year_max"] < max(_years(first)), applied(turn)


async def test_more_comedies_is_no_comparative(stack: Any, chat: WebChat) -> None:
    await chat.say("drama movies")
    turn = await chat.say("more comedies")
    assert applied(turn).get("year_max") is None and applied(turn).get("max_minutes") is None, applied(turn)


async def test_a_decade_said_in_words(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy of the years ninety")
    c = applied(turn)
    assert (c.get("year_min"), c.get("year_max")) == (1990, 1999), c


async def test_before_of_a_year_is_before_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("dramas before of the year two thousand")
    assert applied(turn).get("year_max") == 1999, applied(turn)


async def test_more_of_hours_is_a_lower_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama film of more of two hours")
    assert applied(turn).get("min_minutes") == 120 and applied(turn).get("max_minutes") is None, applied(turn)


async def test_too_many_seasons_with_a_max_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    await chat.say("crime series")
    turn = await chat.say("these have too many seasons, 2 max")
    c = applied(turn)
    assert c.get("max_seasons") == 2 and c.get("min_seasons") is None, c
    assert "many" not in (c.get("query") or ""), c


async def test_a_season_count_corrected_keeps_the_last(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy series w 3 seasons, no, just one")
    c = applied(turn)
    assert c.get("max_seasons") == 1, c


async def test_forget_the_country_of_a_search_in_its_language(stack: Any, chat: WebChat) -> None:
    await chat.say("korean drama series")
    turn = await chat.say("forget korea, any comedy series")
    assert not applied(turn).get("languages") and not applied(turn).get("countries"), applied(turn)


async def test_drop_the_country_of_a_search_in_its_language(stack: Any, chat: WebChat) -> None:
    await chat.say("korean drama series")
    turn = await chat.say("ok drop the country")
    assert not applied(turn).get("languages") and not applied(turn).get("countries"), applied(turn)


async def test_but_short_after_feature_films_is_shorter_than_them(stack: Any, chat: WebChat) -> None:
    first = await chat.say("romantic movies from 2018")
    turn = await chat.say("ok forget the year, any romantic movie but short")
    c = applied(turn)
    assert c.get("year_min") is None and c.get("year_max") is None, c
    assert c.get("max_minutes") is not None and c["max_minutes"] > 30, c
    assert turn.items, turn.text
