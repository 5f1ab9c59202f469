"""Dialogue round 17 (part F), the action side: 1. a bound on the other side of the range in force narrows it
(``cues.narrowed_bounds``), a replacing word, an empty range or a loosened side replaces it; 2. a relative edit said
again ("even less", "again", "more of that") is the viewer's last relative edit once more, relative to the list shown
(``repeats.repeated_edit``, ``Turn.earlier``); 3. several "like" titles in one message: the first is the anchor, all
are left out and named, a genre they share is asked for (``planning._like_every_title``,
``recommend._genres_the_likes_share``). Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

import asyncio
from typing import Any, Optional

import pytest
from planned_turns import ITEMS, after, at, planned

from actions import recommend
from actions.cues import narrowed_bounds
from actions.edits.routing import carries_search_words
from actions.entities import Entity
from actions.planning import Plan, Question, plan_recommendation
from actions.repeats import milder_cap, repeat_cue, repeated_edit
from actions.turn import Said, Turn, earlier_messages
from contract.constraints import Constraints

# -- 1. a bound on the other side narrows ---------------------------------------------------------------------------


def test_a_lower_runtime_bound_after_an_upper_one_keeps_the_upper() -> None:
    text = "hmm at least 95 minutes though"
    plan = planned(after(text, [at(text, "at least 95 minutes", "duration", "95-")], genres=["comedy"],
                         max_minutes=110))
    assert (plan.constraints.min_minutes, plan.constraints.max_minutes) == (95, 110), plan.constraints
    assert plan.constraints.genres == ["comedy"]


def test_a_year_floor_inside_a_decade_keeps_the_decade_end() -> None:
    text = "but nothing earlier than 1983"
    plan = planned(after(text, [at(text, "nothing earlier than 1983", "year", "1983-")], year_min=1980, year_max=1989))
    assert (plan.constraints.year_min, plan.constraints.year_max) == (1983, 1989), plan.constraints


def test_a_year_ceiling_inside_a_decade_keeps_the_decade_start() -> None:
    text = "none after 2004 please"
    plan = planned(after(text, [at(text, "none after 2004", "year", "-2004")], year_min=2000, year_max=2009))
    assert (plan.constraints.year_min, plan.constraints.year_max) == (2000, 2004), plan.constraints


def test_a_bare_season_floor_under_a_season_ceiling_is_the_count_between() -> None:
    series = [dict(i, type="series", duration_minutes=None, seasons=1) for i in ITEMS]
    plan = planned(after("min of 3 tho", [], items=series, media_type=["series"], max_seasons=4))
    assert (plan.constraints.min_seasons, plan.constraints.max_seasons) == (3, 4), plan.constraints


@pytest.mark.parametrize("text", ["actually at least 95 minutes", "make it at least 95 minutes",
                                  "at least 95 minutes instead", "no, at least 95 minutes"])
def test_a_bound_said_with_a_replacing_word_replaces_the_range(text: str) -> None:
    plan = planned(after(text, [at(text, "at least 95 minutes", "duration", "95-")], max_minutes=110))
    assert (plan.constraints.min_minutes, plan.constraints.max_minutes) == (95, None), plan.constraints


def test_a_bound_that_would_empty_the_range_replaces_it() -> None:
    text = "at least 150 minutes"
    plan = planned(after(text, [at(text, text, "duration", "150-")], max_minutes=110))
    assert (plan.constraints.min_minutes, plan.constraints.max_minutes) == (150, None), plan.constraints


def test_a_bound_on_the_same_side_replaces_that_side() -> None:
    text = "under 80 minutes"
    plan = planned(after(text, [at(text, text, "duration", "-80")], max_minutes=110))
    assert (plan.constraints.min_minutes, plan.constraints.max_minutes) == (None, 80), plan.constraints


def test_a_floor_below_the_range_is_a_new_search_of_years_not_a_wider_one() -> None:
    text = "anything after 2008"
    plan = planned(after(text, [at(text, "after 2008", "year", "2009-")], year_min=2013, year_max=2013))
    assert (plan.constraints.year_min, plan.constraints.year_max) == (2009, None), plan.constraints


def test_two_bounds_in_one_message_are_read_together_not_narrowed() -> None:
    text = "at least 2000 and before 2005"
    found = [at(text, "at least 2000", "year", "2000-"), at(text, "before 2005", "year", "-2004")]
    assert narrowed_bounds(text, found, Constraints(year_min=1990, year_max=2010)) == found


# -- 2. a relative edit said again ----------------------------------------------------------------------------------

HORROR = [dict(i, rating="TV-MA", genres=["horror"]) for i in ITEMS]


def again(text: str, *earlier: Said, items: list[dict[str, Any]] = ITEMS, intent: str = "refine",
          entities: Optional[list[Entity]] = None, **slots: Any) -> Turn:
    """A turn after ``items`` were shown, the viewer's earlier messages newest first."""
    state: dict[str, Any] = {"last_items": list(items), "shown_ids": [i["id"] for i in items], **slots}
    return Turn("test", intent, text, list(entities or []), state, earlier=tuple(earlier))


def said(text: str, *spans: tuple[str, str, str, Optional[str]]) -> Said:
    return Said(text, tuple(at(text, *s) for s in spans))


LESS_SCARY = said("hmm less scary", ("less scary", "contrast", "less-scary", None))
SHORTER = said("shorter please", ("shorter", "duration", "shorter", None))


@pytest.mark.parametrize("text", ["even less", "a bit more", "more of that", "again", "ok do that again please",
                                  "same again", "even less than that", "go further", "yeah, still more"])
def test_repeat_cues_are_read(text: str) -> None:
    assert repeat_cue(text) is not None


@pytest.mark.parametrize("text", ["even less violence", "again with the zombies", "more of that director",
                                  "show me those again", "less than 90 minutes", "more"])
def test_words_around_a_repeat_cue_make_it_no_repeat(text: str) -> None:
    assert repeat_cue(text) is None


def test_even_less_after_less_scary_caps_below_the_most_mature_shown() -> None:
    plan = planned(again("even less", LESS_SCARY, items=HORROR, genres=["horror"]))
    assert plan.constraints.audience == "teen", plan.constraints
    # what "less scary" said once does stays (after horror: no horror), and the cue words reach no query
    assert "horror" in plan.constraints.exclude_genres and not plan.constraints.query, plan.constraints


def test_even_less_after_shorter_is_shorter_than_the_list_again() -> None:
    plan = planned(again("even less", SHORTER, max_minutes=110))
    assert plan.constraints.max_minutes is not None and plan.constraints.max_minutes < 100, plan.constraints


def test_again_after_an_earlier_repeat_reads_the_edit_it_repeated() -> None:
    older = said("older ones", ("older", "year", "older", None))
    plan = planned(again("again", Said("even more"), older, genres=["comedy"]))
    assert plan.constraints.year_max == 2014 and plan.constraints.genres == ["comedy"], plan.constraints


def test_more_of_that_after_fewer_seasons_is_fewer_than_the_list_shown() -> None:
    series = [dict(i, type="series", duration_minutes=None, seasons=3) for i in ITEMS]
    plan = planned(again("more of that", Said("fewer seasons pls"), items=series, media_type=["series"],
                         max_seasons=4))
    assert plan.constraints.max_seasons == 2, plan.constraints


def test_even_less_with_no_relative_edit_before_still_asks_what_to_change() -> None:
    plan = plan_recommendation(again("even less", said("horror films", ("horror", "genre", "horror", None)),
                                     genres=["horror"]))
    assert isinstance(plan, Question), plan


def test_a_repeat_before_anything_was_shown_is_nothing() -> None:
    turn = Turn("test", "refine", "even less", [], {"genres": ["horror"]}, earlier=(LESS_SCARY,))
    assert repeated_edit(turn, []) == []


def test_a_mislabelled_repeat_is_an_edit_of_the_search() -> None:
    assert carries_search_words(again("even less", LESS_SCARY, items=HORROR, intent="nlu_fallback",
                                      genres=["horror"]), need_active=True)
    assert not carries_search_words(again("even less", said("hi"), items=HORROR, intent="nlu_fallback",
                                          genres=["horror"]), need_active=True)


def test_even_less_scary_after_less_scary_steps_milder() -> None:
    text = "even less scary"
    plan = planned(again(text, LESS_SCARY, items=HORROR, genres=["horror"],
                         entities=[at(text, "less scary", "contrast", "less-scary")]))
    assert plan.constraints.audience == "teen", plan.constraints


def test_less_scary_said_once_caps_no_age() -> None:
    text = "less scary"
    plan = planned(again(text, items=HORROR, genres=["horror"], entities=[at(text, text, "contrast", "less-scary")]))
    assert plan.constraints.audience is None, plan.constraints


def test_the_milder_cap_never_goes_below_kids() -> None:
    assert milder_cap(Constraints(audience="kids"), [dict(ITEMS[0], rating="TV-Y7")]) is None
    assert milder_cap(Constraints(), [dict(ITEMS[0], rating="PG-13"), dict(ITEMS[1], rating="PG")]) == "family"


def test_the_earlier_messages_come_from_the_user_events_newest_first() -> None:
    events = [{"event": "user", "text": "horror movies", "parse_data": {"entities": []}},
              {"event": "bot", "text": "Here are 5"},
              {"event": "user", "text": "less scary",
               "parse_data": {"entities": [{"entity": "contrast", "value": "less-scary", "start": 0, "end": 10}]}},
              {"event": "user", "text": "even less", "parse_data": {"entities": []}}]
    found = earlier_messages(events, {"text": "even less"})
    assert [s.text for s in found] == ["less scary", "horror movies"]
    assert found[0].entities == (Entity("contrast", "less-scary", None, 0, 10),)
    assert earlier_messages([{"event": "user", "text": "less scary"}, {"event": "restart"},
                             {"event": "user", "text": "even less"}], {"text": "even less"}) == ()


# -- 3. several "like" titles ---------------------------------------------------------------------------------------

def test_every_like_title_is_left_out_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    ids = {"Alpha Run": "s101", "Beta Line": "s202"}
    monkeypatch.setattr("actions.planning.lookup_title_id", lambda title: ids.get(title))
    text = "anything similar to both alpha run and beta line"
    turn = Turn("test", "request_recommendation", text,
                [at(text, "alpha run", "title", "Alpha Run", "similar"),
                 at(text, "beta line", "title", "Beta Line", "similar")], {})
    plan = planned(turn)
    assert plan.constraints.similar_to == "s101", plan.constraints
    assert plan.constraints.similar_title == "Alpha Run and Beta Line"
    assert {"s101", "s202"} <= set(plan.exclude_ids) and plan.like_ids == ["s101", "s202"]


def test_one_like_title_keeps_todays_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("actions.planning.lookup_title_id", lambda title: {"Alpha Run": "s101"}.get(title))
    text = "something like alpha run"
    plan = planned(Turn("test", "request_recommendation", text,
                        [at(text, "alpha run", "title", "Alpha Run", "similar")], {}))
    assert plan.like_ids == [] and plan.constraints.similar_title == "Alpha Run"


class _Facts:
    def __init__(self, genres: dict[str, list[str]]) -> None:
        self.genres = genres

    async def item(self, item_id: str, user_id: Optional[str] = None) -> Optional[dict[str, Any]]:
        return {"id": item_id, "genres": self.genres[item_id]}


@pytest.mark.parametrize("genres,shared", [
    ({"s101": ["crime", "drama", "international"], "s202": ["drama", "crime", "international"]}, ["crime", "drama"]),
    ({"s101": ["comedy"], "s202": ["horror"]}, []),
])
def test_a_genre_the_like_titles_share_is_asked_for(monkeypatch: pytest.MonkeyPatch, genres: dict[str, list[str]],
                                                     shared: list[str]) -> None:
    monkeypatch.setattr(recommend, "get_client", lambda: _Facts(genres))
    plan = Plan(Constraints(similar_to="s101"), like_ids=["s101", "s202"])
    asyncio.run(recommend._genres_the_likes_share(plan))
    assert plan.constraints.any_genres == shared


def test_a_genre_the_viewer_named_beside_the_likes_stays_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recommend, "get_client", lambda: _Facts({"s101": ["crime"], "s202": ["crime"]}))
    plan = Plan(Constraints(similar_to="s101", genres=["comedy"]), like_ids=["s101", "s202"])
    asyncio.run(recommend._genres_the_likes_share(plan))
    assert plan.constraints.any_genres == [] and plan.constraints.genres == ["comedy"]
