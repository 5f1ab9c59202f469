"""Dialogue round 16 through the real stack (Rasa + action server + gateway on the fixture catalog), every pick judged
on its catalog record. Phrasings are this module's own.

Classes: a swap replaces only what it names; a genre after "with" joins the search's; "a short one" / "a long one" of
a series search counts seasons; "both in one" asks for every genre of the search at once; tastes named side by side
fall back to one side with either of the other; "more like that" after a like-search stays on its title; a franchise
name is a query word and who the title is for is not; "too scared" then another genre leaves horror out; a title
said alone asks for titles like it; "not feeling <genre>" rules it out; "aren't too long" is a runtime bound;
a title typed plainly alone or just finished asks for titles like it; time before something else is an upper bound;
"new" before an origin is recent; teen films keep the teen cap; an animated film for adults is no children's title;
"older <kind> like it" after a like-search is older than its title; heist films are thrillers, action or crime;
"a horror movie but not too scary" keeps horror; dropping one genre of a compound keeps the other; a title typed
alone with one slip is that title; "other <origin> films" after a list are new ones.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks, details_of

pytestmark = pytest.mark.integration


async def test_a_swap_keeps_the_origin_and_replaces_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("indian dramas please")
    turn = await chat.say("trade the drama for comedy")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and "drama" not in r["genres"]
                        and "India" in (r.get("countries") or []))


async def test_a_genre_after_with_joins_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("some dramas")
    turn = await chat.say("not too heavy, perhaps with comedy")
    await checked_picks(stack.gateway_url, turn, lambda r: {"drama", "comedy"} <= set(r["genres"]))


async def test_a_short_one_of_a_series_search_has_few_seasons(stack: Any, chat: WebChat) -> None:
    await chat.say("kids tv shows")
    turn = await chat.say("hmm a short one")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and 0 < (r.get("seasons") or 99) <= 2)


async def test_a_long_one_of_a_series_search_has_several_seasons(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy series")
    turn = await chat.say("got a long one?")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and "comedy" in r["genres"]
                        and (r.get("seasons") or 0) >= 2)


async def test_both_in_one_after_either_asks_for_titles_of_both(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies or romances")
    turn = await chat.say("preferably both at once")
    await checked_picks(stack.gateway_url, turn, lambda r: {"comedy", "romance"} <= set(r["genres"]))


async def test_tastes_side_by_side_fall_back_to_one_of_each_side(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my flatmate likes romcoms and i like sci-fi, anything that's a bit of both?")
    await checked_picks(stack.gateway_url, turn, lambda r: "sci-fi" in r["genres"]
                        and bool({"romance", "comedy"} & set(r["genres"])))


async def test_more_like_that_after_a_like_search_stays_on_its_title(stack: Any, chat: WebChat) -> None:
    first = await chat.say("something like lovesick")
    anchor = applied(first).get("similar_to")
    turn = await chat.say("more like that but not british")
    assert applied(turn).get("similar_to") == anchor, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "United Kingdom" not in (r.get("countries") or [])
                        and r["id"] != anchor)


async def test_a_franchise_name_is_searched_and_the_companion_is_not(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("lego movies for my nephew")
    assert applied(turn).get("query") == "lego", applied(turn)
    found = await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")
    assert "lego" in found[0]["title"].lower(), [r["title"] for r in found]


async def test_too_scared_then_another_genre_leaves_horror_out(stack: Any, chat: WebChat) -> None:
    await chat.say("horror films")
    turn = await chat.say("ugh i got too scared last time, a comedy instead")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and "horror" not in r["genres"])


async def test_a_title_said_alone_answers_with_its_card(stack: Any, chat: WebChat) -> None:
    """Round 37: a title asked for by its name alone is that title (its card, "more like it" offered)."""
    found = details_of(await chat.say("lovesick"))
    assert found and found[0].item.title.casefold() == "lovesick", found


async def test_a_wish_said_the_other_way_round_rules_the_genre_out(stack: Any, chat: WebChat) -> None:
    await chat.say("some movies for tonight")
    turn = await chat.say("not really feeling comedy tbh, maybe a drama")
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and "comedy" not in r["genres"])
    assert not applied(turn).get("query"), applied(turn)


async def test_documentaries_that_arent_too_long_are_films_with_a_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("docs about music that aren't too long")
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in r["genres"]
                        and 0 < (r.get("duration_minutes") or 999) <= 120)


@pytest.mark.parametrize("said, title", [("inuyasha", "inuyasha"), ("the office us", "the office")])
async def test_a_title_typed_plainly_alone_answers_with_its_card(stack: Any, chat: WebChat, said: str,
                                                                 title: str) -> None:
    found = details_of(await chat.say(said))
    assert found and found[0].item.title.casefold().startswith(title), found


async def test_thank_you_is_no_title_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("thank you")
    assert turn.recommendations is None, turn.text


async def test_a_title_just_finished_answers_with_titles_like_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we just finished sherlock")
    assert applied(turn).get("similar_to"), applied(turn)


async def test_time_before_something_else_is_an_upper_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we have 45 minutes before the kids get home, something funny")
    await checked_picks(stack.gateway_url, turn, lambda r: 0 < (r.get("duration_minutes") or 999) <= 45)
    assert applied(turn).get("audience") in (None, "adult"), applied(turn)  # the kids are not home yet


async def test_new_before_an_origin_is_recent(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("new indian movies")
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("year") or 0) >= 2019
                        and "India" in (r.get("countries") or []))


async def test_teen_films_keep_the_teen_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("teen romance movies")
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") not in ("R", "TV-MA", "NC-17"))


async def test_an_animated_film_for_adults_is_no_childrens_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("an animated movie for adults")
    await checked_picks(stack.gateway_url, turn, lambda r: "kids" not in r["genres"])


async def test_older_ones_like_it_after_a_like_search_are_older_than_its_title(stack: Any, chat: WebChat) -> None:
    first = await chat.say("something like lovesick")
    anchor = await checked_picks(stack.gateway_url, first, lambda r: True)
    anchor_year = 2018  # Lovesick's release year in the fixture catalog
    turn = await chat.say("older comedies like it")
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("year") or 9999) < anchor_year
                        and r["id"] not in {a["id"] for a in anchor})


async def test_heist_films_are_thrillers_action_or_crime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any good heist movies")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie"
                        and bool({"thriller", "action", "crime"} & set(r["genres"])))


async def test_a_scary_film_but_not_too_scary_for_a_teen_is_capped_horror(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my 14 year old wants a horror movie but not too scary")
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" in r["genres"]
                        and r.get("rating") not in ("R", "TV-MA", "NC-17"))


async def test_dropping_one_genre_of_a_compound_keeps_the_other(stack: Any, chat: WebChat) -> None:
    await chat.say("romantic comedies")
    turn = await chat.say("ok drop the comedy")
    await checked_picks(stack.gateway_url, turn, lambda r: "romance" in r["genres"])


async def test_a_title_typed_alone_with_a_slip_answers_with_its_card(stack: Any, chat: WebChat) -> None:
    found = details_of(await chat.say("sherlok"))
    assert found and "sherlock" in found[0].item.title.casefold(), found


async def test_other_titles_of_an_origin_after_a_list_are_new_ones(stack: Any, chat: WebChat) -> None:
    first = await chat.say("indian movies")
    turn = await chat.say("other indian films")
    shown = {i["id"] for i in first.items}
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] not in shown
                        and "India" in (r.get("countries") or []))
