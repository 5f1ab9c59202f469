"""Follow-ups as edits (round 15, helper C), the action side. Sentences are this module's own; near-misses must not
trigger.

1. a message labelled as asking for a title or a person ("seen", a like, "more like", "more from him") that points at
   none while a search is active, and carries constraints or a topic, edits the search (``edits.acts_without_reference``);
   "which one?" / "who do you mean?" only when nothing else in it can be acted on;
2. a narrowing or excluding edit prefers unseen titles but shows the matching shown ones again when none is left
   (``planning.shown_may_return``, ``Plan.again_if_empty``); "more" / "something else" / "seen those" stay strict.
"""

from __future__ import annotations

import time

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, convo, located  # noqa: E402,F401
from planned_turns import ITEMS, after, at, planned  # noqa: E402
from real_recommender import item  # noqa: E402,F401

from actions.edits.recency import recency_cues  # noqa: E402
from actions.edits.routing import acts_without_reference  # noqa: E402
from actions.entities import Entity  # noqa: E402
from actions.planning import Question, plan_recommendation  # noqa: E402
from contract import wording  # noqa: E402

ACTION = {"genres": ["action"], "media_type": ["movie"]}


# -- 1. no reference resolves, but the message carries an edit ---------------------------------------------------------

@pytest.mark.parametrize("text, entities", [
    ("ok and skip anything japanese, we watched loads of those", lambda t: [at(t, "japanese", "country", "Japan", "exclude")]),
    ("maybe sharks, if there are any", lambda t: []),
    ("spooky is good, nothing gory though", lambda t: []),
    ("something shorter for the kids", lambda t: [at(t, "for the kids", "audience", "family")]),
])
def test_a_message_with_an_edit_and_no_title_acts(text: str, entities) -> None:
    turn = after(text, entities(text), "more_like", **ACTION)
    assert acts_without_reference(turn)
    plan = plan_recommendation(turn)
    assert not isinstance(plan, Question), plan


@pytest.mark.parametrize("text, entities", [
    ("more like this one", []),  # points at a title: which one?
    ("more like that but newer", [("newer", "year", "newer")]),  # "that" is a title of the list
    ("seen it", []),
    ("loved it", []),
    ("more like the second", [("the second", "position", "2")]),  # a reference: it resolves
])
def test_which_one_stays_for_messages_that_point_at_a_title(text: str, entities) -> None:
    turn = after(text, [at(text, p, n, v) for p, n, v in entities], "more_like", **ACTION)
    assert not acts_without_reference(turn)


def test_more_like_with_only_a_pointer_still_asks() -> None:
    plan = plan_recommendation(after("more like this", [], "more_like", **ACTION))
    assert isinstance(plan, Question) and "which" in plan.text.lower()


def test_no_search_active_nothing_acts() -> None:
    from actions.turn import Turn

    text = "maybe sharks, if there are any"
    assert not acts_without_reference(Turn("t", "more_like", text, [], {}))


def test_a_more_like_topic_reply_keeps_the_search() -> None:
    text = "maybe sharks, if there are any"
    plan = planned(after(text, [], "more_like", **ACTION))
    assert plan.constraints.media_type == ["movie"] and "sharks" in (plan.constraints.query or ""), plan.constraints


def test_a_pronoun_pivot_with_nobody_in_the_search_edits_it() -> None:
    text = "anything from the 90s by him"
    plan = plan_recommendation(after(text, [at(text, "the 90s", "year", "1990-1999")], "request_recommendation",
                                     **ACTION))
    assert not isinstance(plan, Question), plan
    assert plan.constraints.genres == ["action"] and plan.constraints.year_min == 1990, plan.constraints


def test_a_pronoun_pivot_with_nothing_else_still_asks_who() -> None:
    plan = plan_recommendation(after("what else has he done", [], "request_recommendation", **ACTION))
    assert isinstance(plan, Question) and "Who" in plan.text


def test_the_only_title_shown_is_what_more_like_means() -> None:
    text = "more like that one for the kids"
    turn = after(text, [at(text, "for the kids", "audience", "family")], "more_like", items=ITEMS[:1], **ACTION)
    plan = planned(turn)
    assert plan.constraints.similar_to == ITEMS[0]["id"], plan.constraints


def test_a_long_message_stays_fast() -> None:
    text = "maybe something, " * 60
    started = time.perf_counter()
    acts_without_reference(after(text, [], "more_like", **ACTION))
    assert time.perf_counter() - started < 1.0


# -- 2. shown titles come back for a narrowing or an exclusion ---------------------------------------------------------

def test_turning_one_title_down_lets_the_others_return() -> None:
    text = "not the fourth"
    plan = planned(after(text, [at(text, "the fourth", "position", "4", "exclude")], "feedback_dislike", **ACTION))
    assert "s4" in plan.exclude_ids and "s4" not in plan.again_if_empty
    assert set(plan.again_if_empty) == {"s1", "s2", "s3", "s5"}


@pytest.mark.parametrize("text, intent", [
    ("another one", "something_else"),
    ("any others?", "refine"),
    ("seen the first two", "feedback_seen"),
])
def test_more_and_seen_stay_strict(text: str, intent: str) -> None:
    plan = planned(after(text, [], intent, **ACTION))
    assert not plan.again_if_empty, plan


def test_a_person_pivot_asking_for_more_stays_strict() -> None:
    text = "what else is she in"
    plan = planned(after(text, [], "request_recommendation", actors=["Someone"]))
    assert not plan.again_if_empty


def test_a_person_pivot_that_narrows_may_repeat() -> None:
    text = "anything from 2011 with him"
    plan = planned(after(text, [at(text, "2011", "year", "2011-2011")], "request_recommendation",
                         actors=["Someone"], media_type=["movie"]))
    assert plan.again_if_empty and plan.constraints.year_min == 2011, plan


# -- through the real recommender (fixture catalog) --------------------------------------------------------------------

ROGEN = "Seth Rogen"


async def _rogen_movies(convo: Conversation) -> set[str]:
    text = "seth rogen movies"
    await convo.say("request_recommendation", [located(text, "seth rogen", "actor", ROGEN),
                                               located(text, "movies", "media_type", "movie")], text)
    shown = {i["id"] for i in convo.items}
    assert shown == {"s5858", "s6020", "s7242"}, convo.text
    return shown


async def test_not_the_third_shows_the_others_again(api: str, convo: Conversation) -> None:  # noqa: F811
    shown = await _rogen_movies(convo)
    third = convo.items[2]["id"]
    text = "not the third"
    await convo.say("feedback_dislike", [located(text, "the third", "position", "3", "exclude")], text)
    again = {i["id"] for i in convo.items}
    assert again == shown - {third}, convo.text
    assert wording.SHOWN_AGAIN in convo.text


async def test_something_else_after_everything_stays_strict(api: str, convo: Conversation) -> None:  # noqa: F811
    await _rogen_movies(convo)
    await convo.say("something_else", [], "something else")
    assert not convo.items and "seen all of it" in convo.text, convo.text


async def test_a_seen_reply_with_an_edit_gets_picks(api: str, convo: Conversation) -> None:  # noqa: F811
    text = "comedies"
    await convo.say("request_recommendation", [located(text, "comedies", "genre", "comedy")], text)
    assert convo.items
    text = "and nothing from the us, we've watched plenty"
    await convo.say("feedback_seen", [located(text, "the us", "country", "United States", "exclude")], text)
    assert convo.items and "Which one" not in convo.text, convo.text
    for pick in convo.items:
        record = item(api, pick["id"])
        assert "United States" not in (record.get("countries") or []) and "comedy" in record["genres"], record


# -- 3. children leaving or joining ------------------------------------------------------------------------------------

from actions.company import ages_in, joining_as_caps, remaining_audience  # noqa: E402
from actions.turn import Said, Turn  # noqa: E402
from contract.constraints import Constraints  # noqa: E402

FAMILY_OF_THREE = "we're watching with our three, aged 3, 9 and 15"
EARLIER = (Said(FAMILY_OF_THREE, (at(FAMILY_OF_THREE, "our three, aged 3, 9 and 15", "audience", "preschool"),)),)


@pytest.mark.parametrize("text, leaving, audience", [
    ("the 3 year old crashed out, both big ones are still up", "the 3 year old", "family"),
    ("right, the little one is napping so for the rest of them", "the little one", "family"),
    ("the nine year old conked out, just the older one now", "the nine year old", "preschool"),
])
def test_a_child_leaving_leaves_the_youngest_of_the_rest(text: str, leaving: str, audience: str) -> None:
    young = "preschool" if "3" in leaving or "little" in leaving else "family"
    turn = after(text, [at(text, leaving, "audience", young)], "refine", audience="preschool", media_type=["movie"])
    plan = planned(Turn(turn.sender_id, turn.intent, turn.text, turn.entities, turn.slots, earlier=EARLIER))
    assert plan.constraints.audience == audience, plan.constraints


def test_a_child_leaving_with_no_ages_known_keeps_the_cap() -> None:
    text = "the youngest is napping, pick something for the remaining kids"
    plan = planned(after(text, [at(text, "the youngest", "audience", "kids")], "refine", audience="kids"))
    assert plan.constraints.audience == "kids", plan.constraints


def test_every_child_away_is_still_the_grown_ups() -> None:
    """Near-miss: nobody stays ("the kids fell asleep"): the adults' search, as before."""
    text = "the kids fell asleep, a thriller now"
    plan = planned(after(text, [at(text, "the kids", "audience", "family"), at(text, "a thriller", "genre", "thriller")],
                         "refine", audience="family"))
    assert plan.constraints.audience == "adult", plan.constraints


def test_remaining_audience_needs_someone_left() -> None:
    assert remaining_audience("the 3 year old", EARLIER) == "family"
    assert remaining_audience("the 3 year old", ()) is None
    assert ages_in("aged four, 9 and thirteen") == [4, 9, 13]
    assert ages_in("a 90 minute film, 2 hours") == [2]  # a runtime's number above a child's age is none


@pytest.mark.parametrize("text, said, audience", [
    ("my eldest just got back too, she's twelve", "family", "kids"),  # an older child keeps the younger cap
    ("his cousin is joining us, he is 4", "preschool", "preschool"),  # a younger one brings theirs
    ("my 10 year old wants to watch as well", "family", "kids"),
])
def test_a_child_joining_is_a_cap(text: str, said: str, audience: str) -> None:
    plan = planned(after(text, [Entity("audience", said, None, 0, len(text))], "refine", audience="kids"))
    assert plan.constraints.audience == audience, plan.constraints


def test_a_new_audience_without_joining_words_replaces() -> None:
    """Near-miss: "she's 12 actually" corrects the age: the new audience replaces the old."""
    text = "she's 12 actually"
    plan = planned(after(text, [at(text, "she's 12", "audience", "family")], "refine", audience="kids"))
    assert plan.constraints.audience == "family"


def test_joining_words_with_no_childrens_search_change_nothing() -> None:
    text = "my son joins us, he's 8"
    entities = [at(text, "he's 8", "audience", "family")]
    assert joining_as_caps(text, entities, Constraints()) == entities


@pytest.mark.parametrize("text", ["my older one wants to join", "our older ones want action", "the older one is back"])
def test_an_older_child_is_no_older_titles(text: str) -> None:
    assert recency_cues(text, []) == []


@pytest.mark.parametrize("text", ["older ones please", "the older ones", "any older stuff"])
def test_older_titles_still_read(text: str) -> None:
    assert [e.value for e in recency_cues(text, [])] == ["older"]


# -- 4. bound edits against a window -----------------------------------------------------------------------------------

from actions.cues import narrowed_bounds  # noqa: E402

OLD_FILMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "movie", "year": y, "duration_minutes": 100}
             for i, y in zip(range(1, 6), (1979, 1983, 1986, 1991, 1993))]
WINDOW = {"min_minutes": 80, "max_minutes": 100, "genres": ["drama"]}


@pytest.mark.parametrize("text, phrase, value, expected", [
    ("hm ok up to two and a half hours is fine", "up to two and a half hours", "-150", (80, 150)),
    ("sure, at least an hour would work", "at least an hour", "60-", (60, 100)),
    ("under 95 is fine", "under 95", "-95", (80, 95)),  # inside the window: it narrows, as before
])
def test_a_bound_said_acceptable_moves_its_side_of_the_window(text: str, phrase: str, value: str,
                                                              expected: tuple[int, int]) -> None:
    plan = planned(after(text, [at(text, phrase, "duration", value)], **WINDOW))
    assert (plan.constraints.min_minutes, plan.constraints.max_minutes) == expected, plan.constraints


@pytest.mark.parametrize("text, phrase, value, expected", [
    ("up to two and a half hours", "up to two and a half hours", "-150", (None, 150)),  # no acceptance: replaces
    ("actually up to 2 hours is fine", "up to 2 hours", "-120", (None, 120)),  # a replacing word
    ("under an hour is fine", "under an hour", "-60", (None, 60)),  # past the other side: replaces
])
def test_other_bounds_replace_the_window(text: str, phrase: str, value: str, expected: tuple) -> None:
    plan = planned(after(text, [at(text, phrase, "duration", value)], **WINDOW))
    assert (plan.constraints.min_minutes, plan.constraints.max_minutes) == expected, plan.constraints


def test_acceptance_words_alone_change_no_bound() -> None:
    text = "that is fine"
    assert narrowed_bounds(text, [], after(text, [], **WINDOW).constraints) == []


@pytest.mark.parametrize("text, words, absolute, expected", [
    ("newer ones please, though nothing after 1994", "newer", ("nothing after 1994", "-1994"), (1987, 1994)),
    ("older than these, though after 1970", "older", ("after 1970", "1971-"), (1971, 1985)),
    ("newer but before 1980", "newer", ("before 1980", "-1979"), (None, 1979)),  # the relative side would empty it
])
def test_a_relative_year_and_an_absolute_cap_both_hold(text: str, words: str, absolute: tuple[str, str],
                                                       expected: tuple) -> None:
    relative = "newer" if words == "newer" else "older"
    entities = [at(text, words, "year", relative), at(text, absolute[0], "year", absolute[1])]
    plan = planned(after(text, entities, items=OLD_FILMS, genres=["drama"]))
    assert (plan.constraints.year_min, plan.constraints.year_max) == expected, plan.constraints


def test_an_absolute_year_alone_still_replaces() -> None:
    text = "from before 1995"
    plan = planned(after(text, [at(text, "before 1995", "year", "-1994")], items=OLD_FILMS, genres=["drama"]))
    assert (plan.constraints.year_min, plan.constraints.year_max) == (None, 1994), plan.constraints


def test_a_topic_beside_a_turned_down_one_ranks() -> None:
    text = "samurai stuff maybe, nothing with pirates"
    plan = planned(after(text, [], "more_like", **ACTION))
    assert plan.constraints.query == "samurai" and plan.exclude_topic == "pirates", plan


def test_a_topic_turned_down_alone_keeps_the_search_query() -> None:
    """Near-miss: nothing wanted beside the negation: the search's own topic stays."""
    text = "nothing with pirates"
    plan = planned(after(text, [], "refine", query="islands", **ACTION))
    assert plan.constraints.query == "islands" and plan.exclude_topic == "pirates", plan


def test_a_child_of_an_age_said_earlier_asleep_leaves_the_others() -> None:
    text = "the 3 year old is asleep now"
    turn = after(text, [at(text, "the 3 year old", "audience", "preschool")], "refine", audience="preschool")
    plan = planned(Turn(turn.sender_id, turn.intent, turn.text, turn.entities, turn.slots, earlier=EARLIER))
    assert plan.constraints.audience == "family", plan.constraints


def test_the_children_asleep_with_ages_said_earlier_is_the_grown_ups() -> None:
    """Near-miss: all of them away ("the kids are asleep"): no child left, the grown-ups' search."""
    text = "the kids are asleep now"
    turn = after(text, [at(text, "the kids", "audience", "family")], "refine", audience="preschool")
    plan = planned(Turn(turn.sender_id, turn.intent, turn.text, turn.entities, turn.slots, earlier=EARLIER))
    assert plan.constraints.audience == "adult", plan.constraints


@pytest.mark.parametrize("text, ages", [("the 3 year old", [3]), ("our three, aged 3, 9 and 15", [3, 9, 15]),
                                        ("my two, 6 and 10", [6, 10]), ("the four-year-old", [4])])
def test_a_count_of_children_is_no_age(text: str, ages: list[int]) -> None:
    assert ages_in(text) == ages


def test_restating_the_search_prefers_fresh_picks_but_may_repeat() -> None:
    text = "only the action ones"
    plan = planned(after(text, [at(text, "action", "genre", "action")], **ACTION))
    assert "s1" in plan.exclude_ids and "s1" in plan.again_if_empty, plan


def test_restating_with_other_stays_strict() -> None:
    """Near-miss: "other action ones" asks for titles not shown: nothing comes back."""
    text = "other action ones"
    plan = planned(after(text, [at(text, "action", "genre", "action")], **ACTION))
    assert not plan.again_if_empty, plan


# -- an age compared is no year ----------------------------------------------------------------------------------------

from actions.company import ages_compared  # noqa: E402


@pytest.mark.parametrize("text, age_words", [
    ("his friend is nine, so a little older is ok", "his friend is nine"),
    ("my nephew is 10 and older would be fine", "my nephew is 10"),
])
def test_older_said_acceptable_after_an_age_is_no_year(text: str, age_words: str) -> None:
    entities = [at(text, age_words, "audience", "family"), at(text, "older", "year", "older")]
    assert [e.name for e in ages_compared(text, entities)] == ["audience"]
    plan = planned(after(text, entities, audience="kids", media_type=["movie"]))
    assert plan.constraints.year_max is None and plan.constraints.audience == "family", plan.constraints


@pytest.mark.parametrize("text", [
    "older ones are fine too",  # no age said: older titles
    "she is 9, show me older ones",  # not said acceptable
])
def test_older_titles_stay_older_titles(text: str) -> None:
    entities = [at(text, "older", "year", "older")]
    if "9" in text:
        entities.insert(0, at(text, "she is 9", "audience", "family"))
    assert any(e.name == "year" for e in ages_compared(text, entities))


def test_the_company_rules_stay_fast_on_a_long_message() -> None:
    text = ("my older one and the other two are home too, she is 9 so a bit older is fine, " * 12)[:1000]
    entities = [Entity("audience", "family", None, 0, 20), Entity("year", "older", None, 60, 65)]
    started = time.perf_counter()
    joining_as_caps(text, entities, Constraints(audience="kids"))
    ages_compared(text, entities)
    ages_in(text)
    recency_cues(text, [])
    planned(after(text, entities, audience="kids"))
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("text", ["she's 10 now, too old for baby stuff", "he is 9 and also likes dinosaurs"])
def test_too_or_also_inside_a_clause_is_no_joining(text: str) -> None:
    entities = [Entity("audience", "family", None, 0, 8)]
    assert joining_as_caps(text, entities, Constraints(audience="kids")) == entities
