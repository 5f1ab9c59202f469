"""Dialogue round 9: edit classes of the search, each by its rule, planned (pure) and against the real recommender
on the fixture catalog.

1. a pivot to a title keeps the search minus its people while that leaves new titles, else only format, caps,
bounds and exclusions (``Plan.unless_empty``); 2. a clause about the viewers' state ("we're beat") is no topic:
a constraint said with it edits the search; 3. turning the whole list down ("bored of these") keeps the search
and shows fresh picks. Sentences are this module's own."""

from __future__ import annotations

from typing import Any

import pytest
from dialogue_driver import Conversation, convo, ent, located  # noqa: F401  (convo is a fixture)
from planned_turns import after, at, planned

from actions.edits.list_reactions import turns_down_list
from actions.edits.topics import topic_evidence
from actions.edits.viewer_state import viewer_state_spans
from contract.constraints import Constraints



def ids(convo: Conversation) -> set[str]:
    return {i["id"] for i in convo.items}


# -- 1. a pivot to similarity: the search first, the narrow base when nothing new is left ------------------------

def test_the_pivot_keeps_the_search_minus_its_people_with_the_narrow_base_as_fallback() -> None:
    text = "ok more like number four"
    plan = planned(after(text, [at(text, "number four", "position", "4")], "more_like", genres=["thriller"],
                         languages=["ko"], directors=["Someone"], query="revenge", media_type=["series"],
                         max_minutes=60))
    c = plan.constraints
    assert (c.similar_to, c.genres, c.languages, c.directors, c.query) == ("s4", ["thriller"], ["ko"], [], None)
    assert plan.unless_empty == Constraints(media_type=["series"], max_minutes=60, similar_to="s4",
                                            similar_title="Title 4")


def test_a_pivot_on_a_search_of_people_only_needs_no_fallback() -> None:
    text = "more like the third"
    plan = planned(after(text, [at(text, "the third", "position", "3")], "more_like", actors=["Someone"]))
    assert plan.constraints.similar_to == "s3" and plan.constraints.actors == [] and plan.unless_empty is None


async def test_more_like_one_of_korean_crime_shows_stays_korean_crime(api: str, convo: Conversation) -> None:
    text = "some korean crime series please"
    await convo.say("request_recommendation", [located(text, "korean", "language", "ko"),
                                               located(text, "crime", "genre", "crime"),
                                               located(text, "series", "media_type", "series")], text)
    shown = ids(convo)
    assert len(shown) == 5, convo.text
    text = "got any more like number two?"
    await convo.say("more_like", [located(text, "number two", "position", "2")], text)
    assert convo.items and not shown & ids(convo), convo.text
    assert all("crime" in (i.get("genres") or []) and i["type"] == "series" for i in convo.items), convo.text
    assert convo.slots.get("genres") == ["crime"] and convo.slots.get("languages") == ["ko"]


async def test_more_like_the_only_korean_thriller_falls_back_to_the_similarity(api: str, convo: Conversation) -> None:
    text = "a korean thriller"
    await convo.say("request_recommendation", [located(text, "korean", "language", "ko"),
                                               located(text, "thriller", "genre", "thriller")], text)
    shown = ids(convo)
    assert len(shown) == 1, convo.text
    text = "similar to that one?"
    await convo.say("more_like", [located(text, "that one", "position", "1")], text)
    assert "seen all" not in convo.text and convo.items and not shown & ids(convo), convo.text
    assert not convo.slots.get("languages") and not convo.slots.get("genres"), "the similarity stands for them"


# -- 2. the viewers' state is no topic ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, clause", [
    ("max 100 minutes, we're beat", "we're beat"),
    ("nothing past 80 min because my son is grumpy", "my son is grumpy"),
    ("keep it short, everybody feels drained", "everybody feels drained"),
    ("shorter please, i'm fading fast", "i'm fading fast"),
])
def test_a_clause_about_the_viewers_is_their_state(text: str, clause: str) -> None:
    spans = viewer_state_spans(text, [])
    assert [text[e.start:e.end] for e in spans] == [clause]


@pytest.mark.parametrize("text", ["we're into robots", "the kids are obsessed with pirates", "she's after a western",
                                  "i'm looking for heists", "we're big fans of magic"])
def test_a_wish_said_about_the_viewers_is_no_state(text: str) -> None:
    assert viewer_state_spans(text, []) == []


@pytest.mark.parametrize("text, topic, evidence", [
    ("a thriller about a kidnapping", "kidnapping", True),
    ("a drama set in lagos", "lagos", True),
    ("under an hour with pirates in it", "pirates", True),
    ("cartoons with robots", "robots", True),
    ("a pirate movie", "pirate", True),
    ("under an hour, rough night", "rough night", False),
])
def test_topic_evidence(text: str, topic: str, evidence: bool) -> None:
    ents = [at(text, w, n, v) for w, n, v in (("thriller", "genre", "thriller"), ("drama", "genre", "drama"),
                                             ("movie", "media_type", "movie"), ("cartoons", "genre", "kids"))
            if w in text]
    assert topic_evidence(text, topic, ents) is evidence


@pytest.mark.parametrize("text, phrase, value", [
    ("max 100 minutes, we're beat", "max 100 minutes", "-100"),
    ("under an hour and a half please, my partner is yawning", "under an hour and a half", "-90"),
])
def test_a_cap_with_the_viewers_state_edits_the_search(text: str, phrase: str, value: str) -> None:
    plan = planned(after(text, [at(text, phrase, "duration", value)], "request_recommendation",
                         genres=["comedy"], audience="family", media_type=["movie"]))
    c = plan.constraints
    assert (c.genres, c.audience, c.media_type, c.query) == (["comedy"], "family", ["movie"], None)
    assert c.max_minutes == int(value[1:])


def test_a_cap_with_a_topic_cue_is_still_a_new_subject() -> None:
    text = "under 100 minutes, something about pirates"
    plan = planned(after(text, [at(text, "under 100 minutes", "duration", "-100")], "request_recommendation",
                         genres=["comedy"], audience="family", media_type=["movie"]))
    assert plan.constraints.query == "pirates" and plan.constraints.genres == []


def test_something_about_a_topic_after_comedies_is_unchanged() -> None:
    text = "something about horses"
    plan = planned(after(text, [], "request_recommendation", genres=["comedy"], media_type=["movie"]))
    assert plan.constraints.query == "horses"


async def test_family_comedies_then_a_cap_because_everyone_is_tired(api: str, convo: Conversation) -> None:
    text = "family comedy movies"
    await convo.say("request_recommendation", [located(text, "family", "audience", "family"),
                                               located(text, "comedy", "genre", "comedy"),
                                               located(text, "movies", "media_type", "movie")], text)
    text = "nothing past 95 minutes, the whole family is dozing"
    await convo.say("request_recommendation", [located(text, "nothing past 95 minutes", "duration", "-95")], text)
    assert convo.slots.get("genres") == ["comedy"] and convo.slots.get("max_minutes") == 95, convo.text
    assert convo.slots.get("audience") == "family" and convo.slots.get("media_type") == ["movie"]
    assert not convo.slots.get("query"), convo.slots.get("query")
    assert convo.items and all(i["type"] == "movie" and "comedy" in (i.get("genres") or []) for i in convo.items)
    assert all((i.get("duration_minutes") or 0) <= 95 for i in convo.items)


# -- 3. a turn-down of the whole list keeps the search -------------------------------------------------------------

@pytest.mark.parametrize("text", ["show us something else, he's bored now", "meh, not feeling these",
                                  "hmm these all look dull", "none of those, my daughter is bored",
                                  "nah not into any of them", "boring", "my son didn't like any of those"])
def test_turn_downs_of_the_list(text: str) -> None:
    assert turns_down_list(text)


@pytest.mark.parametrize("text", ["something about boats", "not the second one", "a thriller", "into the woods",
                                  "anything with Tom Hanks"])
def test_no_turn_down_of_the_list(text: str) -> None:
    assert not turns_down_list(text)


@pytest.mark.parametrize("intent", ["request_recommendation", "nlu_fallback", "deny", "feedback_dislike"])
def test_a_turn_down_plans_fresh_picks_of_the_same_search(intent: str) -> None:
    text = "show us something else, he's bored now"
    plan = planned(after(text, [], intent, genres=["kids"], media_type=["series"], audience="preschool"))
    c = plan.constraints
    assert (c.genres, c.media_type, c.audience, c.query) == (["kids"], ["series"], "preschool", None)
    assert not plan.diverse and {"s1", "s2", "s3", "s4", "s5"} <= set(plan.exclude_ids)


@pytest.mark.parametrize("intent, text", [("request_recommendation", "show us something else, he's bored now"),
                                          ("nlu_fallback", "meh, not feeling these"),
                                          ("deny", "nah, none of those"),
                                          ("feedback_dislike", "my son didn't like any of those")])
async def test_preschool_series_then_a_turn_down_shows_fresh_picks(api: str, convo: Conversation, intent: str,
                                                                   text: str) -> None:
    first = "cartoon shows for my 3 year old"
    await convo.say("request_recommendation", [located(first, "cartoon", "genre", "kids"),
                                               located(first, "shows", "media_type", "series"),
                                               located(first, "for my 3 year old", "audience", "preschool")], first)
    shown = ids(convo)
    assert shown, convo.text
    await convo.say(intent, [], text)
    assert "varied mix" not in convo.text.lower(), convo.text
    assert convo.slots.get("genres") == ["kids"] and convo.slots.get("audience") == "preschool", convo.text
    assert convo.slots.get("media_type") == ["series"]
    assert convo.items and not shown & ids(convo), convo.text
    assert all(i["type"] == "series" for i in convo.items)
