"""Round 28B: after a list, the far end of the search asked for ("whichever is the newest", "the most recent one",
"the oldest") orders the search — every constraint kept, no recent-years filter, no bound past the list
(actions/list_orders.py); "doesn't have to be <topic>", "not just <topic>", "<kind> in general is fine" let the topic or
genre go with fresh picks (actions/topics_let_go.py). Pure: no recommender. Phrasings are this module's own."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from planned_turns import after, at, planned  # noqa: E402

from actions.list_orders import far_end_asked, far_end_order  # noqa: E402
from actions.topics_let_go import topics_let_go  # noqa: E402
from contract.constraints import Constraints  # noqa: E402


@pytest.mark.parametrize("text, order", [
    ("whichever is the newest", "newest"),
    ("ok whichever one's the latest then", "newest"),
    ("the most recent one please", "newest"),
    ("the oldest", "oldest"),
    ("whichever is shortest", "shortest"),
    ("the longest film of his", "longest"),
    ("the newest ones you have", "newest"),
])
def test_the_far_end_after_a_list_is_an_order(text, order):
    found = far_end_asked(text)
    assert found is not None and found[0] == order


@pytest.mark.parametrize("text", [
    "which of these is the newest",   # asked of the list: that title (earlier_lists.picked_by_comparative)
    "the shortest of those",
    "the newest horror you have",     # before a kind: a request the extractor reads
    "the oldest ones you have",       # plural "oldest": older than the list and oldest first (round 20)
    "my oldest friend loves these",
])
def test_no_far_end_order_for_questions_about_the_list_or_requests(text):
    assert far_end_asked(text) is None


def test_the_newest_after_a_persons_list_keeps_the_search_and_orders_it():
    text = "whichever is the newest"
    plan = planned(after(text, [at(text, "newest", "year", "recent")], actors=["Ann Example"], genres=["stand-up"],
                         media_type=["movie"]))
    c = plan.constraints
    assert c.sort == "newest" and c.recent_years is None and c.year_min is None, c
    assert c.actors == ["Ann Example"] and c.genres == ["stand-up"] and c.media_type == ["movie"]


def test_the_oldest_alone_is_no_bound_past_the_list():
    text = "the oldest"
    plan = planned(after(text, [at(text, "oldest", "sort", "oldest")], genres=["thriller"]))
    assert plan.constraints.sort == "oldest" and plan.constraints.year_max is None, plan.constraints


def test_the_oldest_ones_keep_the_bound_past_the_list():  # near miss: plural, round 20's reading
    text = "the oldest ones you have"
    plan = planned(after(text, [at(text, "oldest", "sort", "oldest")], genres=["drama"]))
    assert plan.constraints.sort == "oldest" and plan.constraints.year_max is not None


def test_far_end_order_replaces_only_the_readings_of_its_words():
    from actions.entities import Entity
    text = "korean ones, whichever is the newest"
    kept = far_end_order(text, [Entity("country", "KR", None, 0, 6), Entity("year", "recent", None, 30, 36)])
    assert [(e.name, e.value) for e in kept] == [("country", "KR"), ("sort", "newest")]


@pytest.mark.parametrize("text, query, left", [
    ("doesnt have to be sharks, any show she'd like", "sharks", None),
    ("it needn't be about dinos", "dinosaurs", None),
    ("any documentary, not just space", "space", None),
    ("docs in general is fine", "baking", None),
    ("doesn't have to be robots", "robots heist", "heist"),
])
def test_a_topic_let_go_leaves_the_query(text, query, left):
    got = topics_let_go(text, Constraints(genres=["documentary"], query=query))
    assert got is not None
    assert got.applied_to(Constraints(genres=["documentary"], query=query)).query == left


@pytest.mark.parametrize("text", [
    "doesn't have to be that new",       # a bound loosened (edits._NEED_NOT_BE_RE), no topic
    "doesn't have to be sharks",         # a topic the search does not hold
    "shorter ones in general",           # how widely an edit holds, no kind named
])
def test_nothing_let_go_that_the_search_does_not_hold(text):
    assert topics_let_go(text, Constraints(genres=["comedy"], query="pirates")) is None


def test_a_topic_let_go_keeps_the_rest_and_shows_fresh_picks():
    text = "doesnt have to be whales, any series she'd enjoy"
    turn = after(text, [at(text, "series", "media_type", "series")], media_type=["series"], audience="kids",
                 query="whales")
    plan = planned(turn)
    c = plan.constraints
    assert c.query is None and c.media_type == ["series"] and c.audience == "kids", c
    assert set(turn.shown_ids) <= set(plan.exclude_ids)


def test_a_genre_let_go_with_not_just_drops_that_genre():
    text = "any thriller is fine, not just horror"
    turn = after(text, [at(text, "thriller", "genre", "thriller"), at(text, "horror", "genre", "horror")],
                 genres=["horror"], countries=["JP"])
    c = planned(turn).constraints
    assert "horror" not in c.genres and "thriller" in c.genres and c.countries == ["JP"], c
