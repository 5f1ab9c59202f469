"""Dialogue round 28D through the real stack: a partner as the only company, a wish taken back as a joke, a hedged
battery length, and English ruled out.

"me and my boyfriend" / "with my fiancee" is the grown-ups' audience, no children's titles (nlu/extraction/audience.py
``partners_alone``); a clause taken back as a joke ("... haha jk, something for my 3 year old") leaves none of its
readings (nlu/extraction/corrections.py ``_joked``); "battery lasts ~75 min" is a ceiling (durations ``_HEDGE``);
"not in english" asks for the foreign shelf (geo ``english_refused``). Phrasings are this module's own; the fixture
catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import PRESCHOOL, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration

_CHILDRENS = {"kids", "Kids' TV", "Children & Family Movies"}


def _no_childrens_title(r: dict[str, Any]) -> bool:
    return not (set(r.get("genres") or []) & {"kids"} or set(r.get("listed_in") or []) & _CHILDRENS)


async def test_a_partner_as_the_only_company_leaves_childrens_titles_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy me and my boyfriend can watch tonight")
    assert applied(turn).get("audience") == "adult", applied(turn)
    await checked_picks(stack.gateway_url, turn, _no_childrens_title)


async def test_a_wish_taken_back_as_a_joke_leaves_only_what_follows(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("gory slasher for the baby haha jk, something for my 3 year old")
    c = applied(turn)
    assert c.get("audience") == "preschool" and not c.get("genres") and not c.get("ratings"), c
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in PRESCHOOL)


async def test_a_hedged_battery_length_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the tablet battery lasts ~75 min, a film for the kids")
    c = applied(turn)
    assert c.get("max_minutes") == 75 and not c.get("min_minutes"), c
    await checked_picks(stack.gateway_url, turn, runtime_at_most(75))


async def test_english_ruled_out_shows_titles_filed_as_foreign(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("films that aren't in english")
    await checked_picks(stack.gateway_url, turn, lambda r: "international" in (r.get("genres") or [])
                        and r.get("type") == "movie")


_DE_NIRO = "Robert De Niro"


async def test_a_half_remembered_name_picks_one_lead_of_the_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("that actor from mean streets, rob something. what else has he done")
    await checked_picks(stack.gateway_url, turn, lambda r: _DE_NIRO in (r.get("cast") or []))


async def test_this_year_of_a_yearly_habit_is_no_release_year(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("every thanksgiving my brother and i watch something with nicolas cage. any of his this year?")
    c = applied(turn)
    assert not c.get("recent_years") and not c.get("year_min"), c
    await checked_picks(stack.gateway_url, turn, lambda r: "Nicolas Cage" in (r.get("cast") or []))


async def test_the_tv_stuff_after_a_person_keeps_the_person(stack: Any, chat: WebChat) -> None:
    await chat.say("david spade")
    turn = await chat.say("just the tv stuff")
    await checked_picks(stack.gateway_url, turn, lambda r: "David Spade" in (r.get("cast") or [])
                        and r.get("type") == "series")


async def test_the_person_ones_after_a_persons_list_narrows_it(stack: Any, chat: WebChat) -> None:
    await chat.say("robert de niro")
    turn = await chat.say("only the harvey keitel ones")
    await checked_picks(stack.gateway_url, turn, lambda r: {_DE_NIRO, "Harvey Keitel"} <= set(r.get("cast") or []))


async def test_a_newer_one_after_a_long_story_is_like_the_title_named(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my flatmate got me into korean shows and now i'm totally hooked on them, saw tomorrow with "
                          "you three times. got a newer one")
    await checked_picks(stack.gateway_url, turn, lambda r: "ko" in (r.get("languages") or []) and r.get("year", 0) > 2017)
    assert "s3361" not in [str(i["id"]) for i in turn.items], turn.text
