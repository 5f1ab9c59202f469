"""Dialogue round 20d through the real stack: who is watching said in a non-native word order, relatives as
company, and people in free text.

Classes (phrasings are this module's own): a child's age after "of" ("<relative> of N", several of them: the youngest
decides) caps the ratings as "my N year old" does (nlu/extraction/audience.py ``_KIN_OF_AGE_RE``); an elderly
relative or a grandparent who wants something is the clean cap (``_GRANDPARENT_WANTS_RE``, ``_OLD_RELATIVE_RE``) and
companion words never reach the keyword query (actions/query_text.py ``_COMPANION``); a person's search whose genre
none of their titles carries ranks their titles by it (actions/constraints.genres_for_people: "gangster" is the
crime genre, tagged on series only, and the actor's titles are films; "dramas" of an actor whose series are tagged
by their kind); "older ones with him" after a person's list is older than that list (actions/planning._plan_person
reads the list's years). Real Rasa + action server + gateway (conftest ``stack``) on tests/fixtures/netflix_small.csv.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import Turn, WebChat
from checks import FAMILY, KIDS, PRESCHOOL, applied, checked_picks, shown_ids

pytestmark = pytest.mark.integration

DE_NIRO_FILMS = {"s3228", "s6881", "s7432", "s7821"}  # The Irishman, GoodFellas, Mean Streets, Raging Bull
# Kang Ki-doong's two Korean series, tagged Romantic TV Shows, never TV Dramas
KANG_KI_DOONG_SERIES = {"s2350", "s3361"}  # It's Okay to Not Be Okay, Tomorrow with You



def _query_words(turn: Turn) -> set[str]:
    assert turn.recommendations is not None, turn.text
    return set(str(turn.recommendations["constraints"].get("query") or "").split())


@pytest.mark.parametrize(("text", "allowed", "words"), [
    ("something animated for my little boy of 6", KIDS, {"boy", "little"}),
    ("a movie for my nephew of 12 and my niece of 3", PRESCHOOL, {"nephew", "niece"}),
    ("children of seven, what is good", FAMILY, {"children", "seven"}),
])
async def test_a_childs_age_after_of_caps_the_ratings(stack: Any, chat: WebChat, text: str, allowed: set[str],
                                                     words: set[str]) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in allowed)
    assert not _query_words(turn) & words, turn.recommendations


@pytest.mark.parametrize("text", ["my grandmother wants a comedy", "my elderly father of 88, a comedy for him"])
async def test_an_elderly_relative_is_the_clean_cap_and_no_keyword(stack: Any, chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in FAMILY and "comedy" in r["genres"])
    assert not _query_words(turn) & {"grandmother", "father", "elderly", "old"}, turn.recommendations


async def test_a_relative_in_a_plot_is_no_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama about a grandfather and his grandson")
    assert applied(turn).get("audience") is None, applied(turn)


async def test_an_actors_gangster_films_rank_by_the_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("robert de niro gangster stuff")
    assert shown_ids(turn) and set(shown_ids(turn)) <= DE_NIRO_FILMS, turn.text


async def test_an_actors_dramas_find_his_series(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kang ki doong dramas")
    assert set(shown_ids(turn)) == KANG_KI_DOONG_SERIES, turn.text


async def test_older_ones_with_him_are_older_than_his_list(stack: Any, chat: WebChat) -> None:
    first = await chat.say("movies with Robert De Niro")
    years = sorted(int(i["year"]) for i in first.items)
    assert len(years) >= 3, first.text
    turn = await chat.say("older movies with him")
    records = await checked_picks(stack.gateway_url, turn, lambda r: r["year"] < years[len(years) // 2])
    assert {str(r["id"]) for r in records} <= DE_NIRO_FILMS, turn.text
