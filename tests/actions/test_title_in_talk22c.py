"""Round 22c: the title the conversation is about, pointed back at with "that", "it" or "other" (actions/title_in_talk.py).

1. "more like that one", "similar pls", "more of that vibe" after titles like one named title: like that title, never
   "which one?"; after a franchise's entries: like its main title; after a "seen" of one title: like that title;
2. "other <kind>" after a title's card or a message naming it: that title is left out of the new search;
3. a "seen" of one title with a request in the same message ("we already saw <title>, other scary movies?"): the title
   recorded as seen and left out, the request answered.
Near misses: after a list of unrelated titles with nothing named "more like that" still asks which one; a title
turned down in the previous message is no title in talk; a bare "seen <title>" asks for nothing.
Sentences are this module's own.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from planned_turns import ITEMS, after, at, planned  # noqa: E402

from actions.entities import EXCLUDE, Entity  # noqa: E402
from actions.planning import Question, anchor_id, plan_recommendation  # noqa: E402
from actions.title_in_talk import (franchise_main_title, likes_the_title_in_talk, mentioned_title_ids,  # noqa: E402
                                   named_before, points_back, seen_asking_for_more, title_in_talk)
from actions.turn import Said, Turn  # noqa: E402

HUSH, STRANGER_THINGS, HEMLOCK_GROVE = "s5853", "s3686", "s5889"  # tests/fixtures/netflix_small.csv
KFP_SCROLL, KFP_HOLIDAY = "s5858", "s7242"  # Kung Fu Panda: Secrets of the Scroll (2016), Holiday (2010)
LIKE_HUSH = [{"id": i, "title": t, "type": "movie", "year": y} for i, t, y in
             [("s608", "The Strangers", 2008), ("s5111", "Creep 2", 2017), ("s8002", "Shelter", 2010)]]
PANDAS = [{"id": KFP_SCROLL, "title": "Kung Fu Panda: Secrets of the Scroll", "type": "movie", "year": 2016},
          {"id": KFP_HOLIDAY, "title": "Kung Fu Panda: Holiday", "type": "movie", "year": 2010}]

pytestmark = pytest.mark.usefixtures("fixture_gazetteer")


def _said(text: str, phrase: str, value: str, role: Any = None) -> Said:
    return Said(text, (at(text, phrase, "title", value, role),))


def _turn(text: str, entities: list[Entity] | None = None, intent: str = "more_like", earlier: tuple[Said, ...] = (),
          **slots: Any) -> Turn:
    return Turn("t", intent, text, entities or [], slots, earlier=earlier)


# -- 1. "like that" with no title named ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ok more like that one", "similar pls", "more of that vibe", "stuff in the same vein",
                                  "anything along the same lines", "shows like it"])
def test_pointing_back_with_a_likeness(text: str) -> None:
    assert points_back(text)


@pytest.mark.parametrize("text", ["more", "something else", "like a comedy", "that's it thanks", "a similarity"])
def test_no_pointer_back(text: str) -> None:
    assert not points_back(text)


@pytest.mark.parametrize("text", ["ok more like that one", "similar pls", "more of that vibe"])
def test_after_titles_like_a_named_title_that_one_is_the_named_title(text: str) -> None:
    turn = after(text, [], intent="more_like", items=LIKE_HUSH, similar_to=HUSH, similar_title="Hush")
    plan = planned(turn)
    assert plan.constraints.similar_to == HUSH
    assert HUSH in plan.exclude_ids and {i["id"] for i in LIKE_HUSH} <= set(plan.exclude_ids)


def test_other_ones_like_that_after_a_like_search_is_like_its_anchor_not_its_top_pick() -> None:
    turn = after("other ones like that", [], intent="more_like", items=LIKE_HUSH, similar_to=HUSH,
                 similar_title="Hush")
    assert planned(turn).constraints.similar_to == HUSH


def test_the_title_named_in_the_message_before_is_the_one_in_talk() -> None:
    earlier = (_said("kinda want stuff like hush", "hush", "Hush", "similar"),)
    turn = after("ok more like that one", [], intent="more_like", items=LIKE_HUSH, earlier=earlier)
    turn = Turn(turn.sender_id, turn.intent, turn.text, [], turn.slots, earlier=earlier)
    assert title_in_talk(turn).item_id == HUSH


def test_a_franchise_list_points_at_its_earliest_entry() -> None:
    ref = franchise_main_title(PANDAS)
    assert ref is not None and ref.item_id == KFP_HOLIDAY
    plan = planned(after("more of that vibe", [], intent="more_like", items=PANDAS))
    assert plan.constraints.similar_to == KFP_HOLIDAY
    assert {KFP_HOLIDAY, KFP_SCROLL} <= set(plan.exclude_ids)


def test_unrelated_titles_are_no_franchise() -> None:
    assert franchise_main_title(LIKE_HUSH) is None
    assert franchise_main_title(PANDAS[:1]) is None


def test_after_a_seen_title_in_that_vein_is_like_it() -> None:
    earlier = (_said("we watched hemlock grove last week", "hemlock grove", "Hemlock Grove", EXCLUDE),)
    turn = _turn("anything else in that vein", intent="something_else", earlier=earlier, focused_id=HEMLOCK_GROVE)
    assert likes_the_title_in_talk(turn)
    assert title_in_talk(turn).item_id == HEMLOCK_GROVE


# -- near misses ----------------------------------------------------------------------------------------------------------

def test_a_list_of_unrelated_titles_with_nothing_named_still_asks_which_one() -> None:
    plan = plan_recommendation(after("more like that one", [], intent="more_like", genres=["horror"]))
    assert isinstance(plan, Question) and "which" in plan.text.lower()


def test_a_title_turned_down_just_before_is_not_in_talk() -> None:
    earlier = (_said("not hush please", "hush", "Hush", EXCLUDE),)
    turn = Turn("t", "more_like", "more like that", [], {"last_items": ITEMS}, earlier=earlier)
    assert named_before(turn) is None
    assert title_in_talk(turn) is None


def test_two_titles_named_before_are_no_single_title_in_talk() -> None:
    text = "hush or shelter"
    earlier = (Said(text, (at(text, "hush", "title", "Hush"), at(text, "shelter", "title", "Shelter"))),)
    assert named_before(_turn("more like that", earlier=earlier)) is None


def test_a_likeness_with_a_genre_is_left_to_the_usual_reading() -> None:
    earlier = (_said("hush was fine", "hush", "Hush"),)
    text = "more comedies like that"
    turn = _turn(text, [at(text, "comedies", "genre", "comedy")], intent="request_recommendation", earlier=earlier)
    assert not likes_the_title_in_talk(turn)


# -- 2. "other <kind>" after a title mentioned -------------------------------------------------------------------------

def test_other_kind_after_a_card_leaves_the_card_out() -> None:
    text = "other scary movies from the us"
    entities = [at(text, "scary", "genre", "horror"), at(text, "movies", "media_type", "movie"),
                at(text, "the us", "country", "United States")]
    plan = planned(Turn("t", "request_recommendation", text, entities, {"focused_id": HUSH}))
    assert HUSH in plan.exclude_ids


def test_other_kind_after_a_title_named_leaves_it_out() -> None:
    earlier = (_said("my brother keeps quoting hemlock grove", "hemlock grove", "Hemlock Grove"),)
    text = "any other horror series"
    entities = [at(text, "horror", "genre", "horror"), at(text, "series", "media_type", "series")]
    turn = Turn("t", "request_recommendation", text, entities, {}, earlier=earlier)
    assert mentioned_title_ids(turn) == [HEMLOCK_GROVE]
    assert HEMLOCK_GROVE in planned(turn).exclude_ids


def test_a_new_kind_without_other_keeps_a_card_eligible() -> None:
    text = "horror movies"
    entities = [at(text, "horror", "genre", "horror"), at(text, "movies", "media_type", "movie")]
    plan = planned(Turn("t", "request_recommendation", text, entities, {"focused_id": HUSH}))
    assert HUSH not in plan.exclude_ids


# -- 3. a "seen" with a request ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, extra", [
    ("we already saw hush, other scary movies?", "hush", [("scary", "genre", "horror"), ("movies", "media_type", "movie")]),
    ("watched hush ages ago. any other suggestions", "hush", []),
    ("seen hush already so what else you got", "hush", []),
])
def test_a_seen_title_with_a_request_is_recorded_and_left_out(text: str, phrase: str,
                                                               extra: list[tuple[str, str, str]]) -> None:
    entities = [at(text, phrase, "title", "Hush", EXCLUDE)] + [at(text, p, n, v) for p, n, v in extra]
    turn = Turn("t", "feedback_seen", text, entities, {})
    assert [e.value for e in seen_asking_for_more(turn)] == ["Hush"]
    plan = planned(Turn("t", "request_recommendation", text, entities, {}))
    assert plan.seen_ids == [HUSH] and HUSH in plan.exclude_ids and HUSH in (plan.rejected_ids or [])


@pytest.mark.parametrize("text", ["seen hush", "we already watched hush lol", "haven't seen hush, any others?",
                                  "have you seen hush? anything else like it"])
def test_a_bare_seen_or_a_not_seen_asks_for_nothing(text: str) -> None:
    turn = Turn("t", "feedback_seen", text, [at(text, "hush", "title", "Hush", EXCLUDE)], {})
    assert seen_asking_for_more(turn) == []


def test_a_kind_asked_after_a_seen_is_a_request_and_a_remark_is_not() -> None:
    text = "seen hush. creepy movies?"
    asked = Turn("t", "feedback_seen", text, [at(text, "hush", "title", "Hush", EXCLUDE),
                                              at(text, "creepy", "mood", "scary"), at(text, "movies", "media_type", "movie")], {})
    assert seen_asking_for_more(asked)
    text = "seen hush, it was creepy"
    remark = Turn("t", "feedback_seen", text, [at(text, "hush", "title", "Hush", EXCLUDE),
                                               at(text, "creepy", "mood", "scary")], {})
    assert seen_asking_for_more(remark) == []


def test_two_titles_seen_with_a_request_are_both_recorded() -> None:
    text = "we've watched hush and shelter, got any other thrillers"
    entities = [at(text, "hush", "title", "Hush", EXCLUDE), at(text, "shelter", "title", "Shelter", EXCLUDE),
                at(text, "thrillers", "genre", "thriller")]
    assert len(seen_asking_for_more(Turn("t", "feedback_seen", text, entities, {}))) == 2
    plan = planned(Turn("t", "request_recommendation", text, entities, {}))
    assert set(plan.seen_ids) == {HUSH, "s8002"} and {HUSH, "s8002"} <= set(plan.exclude_ids)


def test_other_kind_leaves_out_the_search_anchor_named_turns_ago() -> None:
    text = "other creepy films from the us"
    entities = [at(text, "creepy", "mood", "scary"), at(text, "films", "media_type", "movie"),
                at(text, "the us", "country", "United States")]
    slots = {"last_items": LIKE_HUSH, "shown_ids": [i["id"] for i in LIKE_HUSH], "similar_to": HUSH,
             "similar_title": "Hush"}
    turn = Turn("t", "request_recommendation", text, entities, slots, earlier=(Said("only movies", ()),))
    assert HUSH in mentioned_title_ids(turn)
    plan = planned(turn)
    assert HUSH in plan.exclude_ids or anchor_id(plan.constraints) == HUSH  # never offered: left out, or the anchor


def test_a_title_a_person_is_known_from_is_no_title_in_talk() -> None:
    earlier = (_said("films with the lead from hush", "hush", "Hush", "cast_of"),)
    assert named_before(_turn("more like that", earlier=earlier)) is None


@pytest.mark.parametrize("text, intent", [("i like that one", "feedback_like"), ("seen it, similar vibe tho", "feedback_seen")])
def test_feedback_pointing_back_stays_feedback(text: str, intent: str) -> None:
    earlier = (_said("what about hush", "hush", "Hush"),)
    assert not likes_the_title_in_talk(_turn(text, intent=intent, earlier=earlier, focused_id=HUSH))


def test_that_one_under_another_label_after_a_like_search_is_like_its_anchor() -> None:
    turn = after("ok more like that one", [], intent="nlu_fallback", items=LIKE_HUSH, similar_to=HUSH,
                 similar_title="Hush")
    assert likes_the_title_in_talk(turn)
    assert not likes_the_title_in_talk(after("ok more like that one", [], intent="nlu_fallback"))
