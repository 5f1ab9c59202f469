"""Dialogue round 21b through the real stack: refusals that name a kind from one origin, a quantifier, a mood or a
weak one-word title.

Classes (phrasings are this module's own):
1. a kind that is a genre from one origin turned down ("no telenovelas", "none of those k-dramas") rules out that
   genre from that origin only (``exclude_origin_genres``, nlu/extraction/origin_kinds.py): dramas from elsewhere
   stay, and a drama asked for beside it stays asked for;
2. "serious" turned down ("nothing that's something serious", "i don't want anything serious") is a light evening:
   moods light + relaxing, drama neither wanted nor ruled out (nlu/extraction/moods.unserious);
3. a quantifier after a dislike verb ("loathes every musical") rules the kind out (negation.FILLER);
4. a rare one-word title after a turning-down cue or a dislike verb ("anything but ozark") is left out.
Near misses: k-dramas asked for stay Korean dramas; "something serious" stays a drama.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks, shown_ids

pytestmark = pytest.mark.integration

OZARK = "s2768"  # tests/fixtures/netflix_small.csv


def _not_spanish_drama(r: dict[str, Any]) -> bool:
    return not ({"drama", "romance"} & set(r.get("genres") or []) and "es" in (r.get("languages") or []))


async def test_refused_telenovelas_leave_out_spanish_dramas_only(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i'll watch whatever you suggest, as long as there are no telenovelas")
    c = applied(turn)
    assert {"drama@es", "romance@es"} <= set(c.get("exclude_origin_genres") or []), c
    assert "drama" not in (c.get("exclude_genres") or []), c
    assert "es" not in (c.get("exclude_languages") or []), c
    await checked_picks(stack.gateway_url, turn, _not_spanish_drama)


async def test_a_drama_asked_beside_refused_telenovelas_stays_a_drama(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a good drama series, though please no telenovelas")
    c = applied(turn)
    assert "drama" in (c.get("genres") or []), c
    assert "drama@es" in (c.get("exclude_origin_genres") or []), c
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "drama" in (r.get("genres") or []) and _not_spanish_drama(r))


async def test_refused_k_dramas_keep_korean_titles_of_other_kinds_possible(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("some thriller, none of those k-dramas though")
    c = applied(turn)
    assert c.get("exclude_origin_genres") == ["drama@ko"], c
    assert "ko" not in (c.get("exclude_languages") or []) and "drama" not in (c.get("exclude_genres") or []), c
    await checked_picks(stack.gateway_url, turn, lambda r: not ("drama" in (r.get("genres") or [])
                                                               and "ko" in (r.get("languages") or [])))


async def test_near_miss_k_dramas_asked_for_stay_korean_dramas(stack: Any, chat: WebChat) -> None:
    c = applied(await chat.say("got any k-dramas?"))
    assert "drama" in (c.get("genres") or []) and not c.get("exclude_origin_genres"), c


async def test_not_wanting_anything_serious_is_a_light_evening(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we really don't want anything serious tonight")
    c = applied(turn)
    assert "drama" not in (c.get("genres") or []) and "drama" not in (c.get("exclude_genres") or []), c
    assert "light" in (c.get("mood") or []), c
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in (r.get("genres") or []))


async def test_near_miss_something_serious_stays_a_drama(stack: Any, chat: WebChat) -> None:
    c = applied(await chat.say("could you recommend something serious"))
    assert "drama" in (c.get("genres") or []), c


async def test_a_quantifier_after_a_dislike_rules_the_kind_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film for the family, my uncle loathes every musical")
    c = applied(turn)
    assert "music" in (c.get("exclude_genres") or []) and "music" not in (c.get("genres") or []), c
    await checked_picks(stack.gateway_url, turn, lambda r: "music" not in (r.get("genres") or []))


async def test_a_rare_one_word_title_turned_down_is_left_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a crime series, anything but ozark")
    assert shown_ids(turn), turn.text
    assert OZARK not in shown_ids(turn), turn.text
    assert "crime" in (applied(turn).get("genres") or []), applied(turn)
