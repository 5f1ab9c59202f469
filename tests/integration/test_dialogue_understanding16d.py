"""Dialogue round 16d through the real stack (genres, negation, situations and follow-up edits), every pick judged on
its catalog record. Phrasings are this module's own.

Classes: a negation over a comma list reaches its last conjunct and a describing phrase after a negated format; a
negated teen audience is the Teen shelf; what someone else habitually picks is not this request; topic words that
name a genre; a request for something to watch is never out of scope, a title after "play" is that title; titles named
as seen or ruled out after a list are left out with fresh picks of the search.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied, checked_picks

pytestmark = pytest.mark.integration

OUT_OF_SCOPE = "outside what I can help with"


def _genres(turn: Any) -> list[str]:
    return list(applied(turn).get("genres") or []) + list(applied(turn).get("any_genres") or [])


# -- 1. negation -------------------------------------------------------------------------------------------------------

async def test_the_last_item_of_a_negated_list_is_excluded(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything but anime, docs, and kids stuff")
    excluded = set(applied(turn).get("exclude_genres") or [])
    assert {"anime", "documentary", "kids"} <= excluded and not applied(turn).get("audience"), applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: not {"anime", "documentary", "kids"} & set(r["genres"]))


async def test_stories_about_teenagers_ruled_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("nothing about teenagers at school please, i'm retired")
    assert "teen" in (applied(turn).get("exclude_genres") or []) and "teen" not in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "teen" not in r["genres"])


async def test_anime_without_the_shonen_kind(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anime, but nothing shonen")
    await checked_picks(stack.gateway_url, turn, lambda r: "anime" in r["genres"] and "action" not in r["genres"])


async def test_a_format_about_a_subject_ruled_out_keeps_the_format(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("no more shows about drug cartels please")
    assert applied(turn).get("media_type") == ["series"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and "crime" not in r["genres"])


# -- 2. someone else's habit -------------------------------------------------------------------------------------------

async def test_anothers_habitual_pick_is_not_the_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my husband picks thrillers every single time, my turn now: a comedy film")
    assert _genres(turn) == ["comedy"] and "thriller" not in (applied(turn).get("query") or ""), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["type"] == "movie")


async def test_a_concession_keeps_the_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("he wants a romcom, i'm not big on soppy stuff but fine, a romcom")
    assert set(_genres(turn)) == {"romance", "comedy"}, applied(turn)


# -- 3. topic words ------------------------------------------------------------------------------------------------------

async def test_a_cop_series_is_crime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a good cop series")
    await checked_picks(stack.gateway_url, turn, lambda r: "crime" in r["genres"] and r["type"] == "series")


async def test_hip_hop_docs_are_music_documentaries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("hip-hop docs")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "music" in r["genres"] and "documentary" in r["genres"])


async def test_the_dramatized_ones_leave_the_documentaries(stack: Any, chat: WebChat) -> None:
    await chat.say("sports documentaries")
    turn = await chat.say("the dramatized ones instead")
    assert "documentary" not in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" not in r["genres"])


# -- 4. situations ------------------------------------------------------------------------------------------------------

async def test_a_sleepless_request_gets_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("insomnia again, 3am, something strange and clever")
    assert OUT_OF_SCOPE not in turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: True)


async def test_play_a_title_shows_that_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("alexa play stranger things season two")
    assert OUT_OF_SCOPE not in turn.text and "Stranger Things" in turn.text, turn.text
    assert turn.recommendations is None or not applied(turn).get("min_seasons"), turn.text


async def test_a_country_series_like_a_relatives_is_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("turkish dizi? like the ones my aunt watches")
    assert "Which title do you mean" not in turn.text, turn.text


async def test_an_errand_stays_out_of_scope(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("can you order me a pizza")
    assert turn.recommendations is None, turn.text


# -- 5. titles named as seen after a list -----------------------------------------------------------------------------

async def test_a_title_ruled_out_after_a_list_gives_fresh_picks(stack: Any, chat: WebChat) -> None:
    await chat.say("a crime series")
    turn = await chat.say("not ozark, we've watched it twice")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["title"] != "Ozark" and "crime" in r["genres"] and r["type"] == "series")


async def test_titles_named_as_seen_after_a_list_give_fresh_picks(stack: Any, chat: WebChat) -> None:
    await chat.say("a drama series")
    turn = await chat.say("seen sherlock and stranger things")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["title"] not in ("Sherlock", "Stranger Things") and r["type"] == "series")


async def test_part_of_a_shown_title_said_as_seen_gives_fresh_picks(stack: Any, chat: WebChat) -> None:
    first = await chat.say("a crime series")
    shown = next(i["title"] for i in first.items if len(i["title"].split()) >= 2)
    part = " ".join(shown.lower().split()[:2])
    turn = await chat.say(f"this one i saw already, {part}. other")
    await checked_picks(stack.gateway_url, turn, lambda r: r["title"] != shown and r["type"] == "series")


# -- near-misses --------------------------------------------------------------------------------------------------------

async def test_kids_stuff_asked_for_is_the_childrens_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kids stuff for my niece")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_a_show_about_teenagers_is_the_teen_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a show about teenagers")
    await checked_picks(stack.gateway_url, turn, lambda r: "teen" in r["genres"])


async def test_a_correction_wanting_horror_is_horror(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy")
    turn = await chat.say("no, the horror ones")
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" in r["genres"])


async def test_not_only_but_also_is_either_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("not just thrillers, also horror")
    assert set(applied(turn).get("any_genres") or []) == {"thriller", "horror"}, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: bool({"thriller", "horror"} & set(r["genres"])))
