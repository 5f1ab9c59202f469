"""Dialogue round 10: edit classes of the search, each by its rule, planned (pure) and against the real recommender
on the fixture catalog.

1. a year relative to the search's ("the year after") moves its years; 2. "longer" / "shorter" with no bound are
relative to the median of the list shown; 3. restating the search shows fresh picks of it; 4. a like of a listed
title that asks for more records the like and pivots to it; 5. a comparative mood ("funnier") adds its genre family
to the search (the search as it was, said so, when the mix is empty); 6. a comparative of a named title bounds the
search past that title's facts; 7. obligations ("early shift tomorrow") are reasons, never a topic. Sentences are
this module's own."""

from __future__ import annotations

import statistics

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)
from planned_turns import ITEMS, after, at, planned

from actions.constraints import bound_past_title, longer_bound, shorter_bound
from actions.edits.recency import relative_year_cues
from actions.edits.topics import topic_evidence
from actions.edits.viewer_state import viewer_state_spans
from actions.entities import Entity
from actions.planning import listed_like_asking_for_more, title_comparatives
from contract.constraints import Constraints


def ids(convo: Conversation) -> set[str]:
    return {i["id"] for i in convo.items}


# -- 1. a year relative to the search's -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, state, years", [
    ("got any from the year after?", (2011, 2011), (2012, 2012)),
    ("hmm, maybe three years earlier", (2011, 2011), (2008, 2008)),
    ("what about the previous year", (2010, 2012), (2009, 2011)),
    ("ok and a couple of years later", (2016, 2016), (2018, 2018)),
])
def test_a_year_relative_to_the_search_moves_its_years(text, state, years) -> None:
    plan = planned(after(text, [], "request_recommendation", genres=["drama"], year_min=state[0], year_max=state[1]))
    c = plan.constraints
    assert (c.year_min, c.year_max) == years and c.genres == ["drama"] and c.query is None, c


def test_without_years_in_the_search_the_lists_year_is_moved() -> None:
    cue = relative_year_cues("one from the following year", [], Constraints(genres=["comedy"]), [2013, 2015, 2015])
    assert [(e.name, e.value) for e in cue] == [("year", "2016-2016")]
    assert relative_year_cues("the year after", [Entity("year", "1990-1999")], Constraints(year_min=2001), []) == []


async def test_the_year_after_a_years_comedies(api: str, convo: Conversation) -> None:
    text = "comedies released in 2019"
    await convo.say("request_recommendation", [located(text, "comedies", "genre", "comedy"),
                                               located(text, "2019", "year", "2019-2019")], text)
    assert convo.items, convo.text
    await convo.say("request_recommendation", [], "and anything from the following year?")
    assert convo.items and all(i["year"] == 2020 and "comedy" in i["genres"] for i in convo.items), convo.text


# -- 2. longer / shorter relative to the list's median --------------------------------------------------------------

def test_longer_and_shorter_without_a_bound_pass_the_lists_median() -> None:
    shown = [150, 152, 155, 160, 175]
    assert longer_bound(None, None, shown) == 156 and shorter_bound(None, shown) == 154
    assert longer_bound(None, 150, shown) == 156  # above the bound in force too
    assert shorter_bound(100, [90, 95, 100]) == 75  # a bound in force still tightens by a quarter


async def test_longer_after_dramas_finds_longer_dramas(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [located("dramas", "dramas", "genre", "drama")], "dramas")
    shown = [i["duration_minutes"] for i in convo.items if i.get("duration_minutes")]
    await convo.say("refine", [located("a bit longer", "longer", "duration", "longer")], "a bit longer")
    bound = int(statistics.median(shown)) + 1
    assert convo.slots["min_minutes"] == bound and convo.items, convo.text
    assert all(i["duration_minutes"] >= bound for i in convo.items)


# -- 3. restating the search ---------------------------------------------------------------------------------------

def test_restating_the_search_gives_fresh_picks_of_it() -> None:
    text = "yep, documentaries"
    plan = planned(after(text, [at(text, "documentaries", "genre", "documentary")], genres=["documentary"]))
    assert plan.constraints.genres == ["documentary"] and set(plan.exclude_ids) == {i["id"] for i in ITEMS}


async def test_saying_horror_again_after_horror_shows_more_horror(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [located("horror films", "horror", "genre", "horror")], "horror films")
    first = ids(convo)
    text = "yes horror please"
    await convo.say("refine", [located(text, "horror", "genre", "horror")], text)
    assert "What should I change" not in convo.text and convo.items and not first & ids(convo), convo.text


# -- 4. a like of a listed title that asks for more ----------------------------------------------------------------

def test_a_like_by_position_asking_for_more_pivots_to_that_title() -> None:
    text = "my dad enjoyed number three, got others like it?"
    plan = planned(after(text, [at(text, "number three", "position", "3")], "request_recommendation",
                         genres=["comedy"], audience="family"))
    assert plan.constraints.similar_to == "s3" and plan.liked_ids == ["s3"] and plan.constraints.audience == "family"
    text = "didn't enjoy number two, more comedies"
    t = after(text, [at(text, "number two", "position", "2")], "request_recommendation", genres=["comedy"])
    assert listed_like_asking_for_more(t) is None


async def test_loving_the_second_and_asking_for_similar_records_and_pivots(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [located("family comedies", "family", "audience", "family"),
                                               located("family comedies", "comedies", "genre", "comedy")],
                    "family comedies")
    second = convo.items[1]
    text = "the kids thought the 2nd one was awesome, similar stuff?"
    await convo.say("feedback_like", [located(text, "the 2nd one", "position", "2")], text)
    assert convo.items and second["id"] not in ids(convo), convo.text
    assert convo.slots.get("similar_to") == second["id"] and convo.slots.get("audience") == "family"


# -- 5. a comparative mood adds its genre family --------------------------------------------------------------------

def test_funnier_after_romances_asks_for_romantic_comedies() -> None:
    text = "can it be funnier"
    plan = planned(after(text, [at(text, "funnier", "contrast", "funnier")], genres=["romance"], mood=["romantic"]))
    assert plan.constraints.genres == ["romance", "comedy"], plan.constraints
    assert plan.unless_empty is not None and plan.unless_empty.genres == ["romance"] and plan.empty_note


def test_sadder_after_comedies_adds_drama() -> None:
    text = "something sadder"
    plan = planned(after(text, [at(text, "sadder", "mood", "sad")], "request_recommendation", genres=["comedy"]))
    assert plan.constraints.genres == ["comedy", "drama"] and plan.unless_empty.genres == ["comedy"]


async def test_funnier_after_romantic_films_keeps_the_romance(api: str, convo: Conversation) -> None:
    text = "romantic movies"
    await convo.say("request_recommendation", [located(text, "romantic", "genre", "romance"),
                                               located(text, "movies", "media_type", "movie")], text)
    text = "hmm, funnier?"
    await convo.say("refine", [located(text, "funnier", "contrast", "funnier")], text)
    assert convo.items, convo.text
    assert all({"romance", "comedy"} <= set(i["genres"]) for i in convo.items), convo.text


async def test_sadder_stand_up_is_empty_so_the_search_stays_and_says_so(api: str, convo: Conversation) -> None:
    text = "stand-up specials"
    await convo.say("request_recommendation", [located(text, "stand-up", "genre", "stand-up")], text)
    first = ids(convo)
    text = "a little sadder"
    await convo.say("refine", [located(text, "sadder", "mood", "sad")], text)
    assert convo.items and "Nothing here is both stand-up comedy and drama" in convo.text, convo.text
    assert all("stand-up" in i["genres"] for i in convo.items) and convo.slots.get("genres") == ["stand-up"]
    assert first  # the search had titles


# -- 6. a comparative of a named title ------------------------------------------------------------------------------

def test_a_comparative_of_a_title_reads_the_title_and_the_word() -> None:
    text = "find me a film longer than Some Title please"
    found = title_comparatives(text, [at(text, "Some Title", "title", "Some Title")])
    assert [(c.title, c.name, c.value) for c in found] == [("Some Title", "duration", "longer")]
    assert found[0].start == text.index("longer") and found[0].end == text.index(" please")


def test_words_read_as_a_runtime_are_no_title_after_than(monkeypatch) -> None:
    # the catalog may hold a title made of runtime words ("An Hour and a Half"): the extractor's reading wins
    monkeypatch.setattr("actions.planning.lookup_title_id", lambda name: "s1" if name else None)
    text = "no longer than an hour and a half"
    assert title_comparatives(text, [at(text, "no longer than an hour and a half", "duration", "-90")]) == []


def test_the_bound_passes_the_titles_facts() -> None:
    film = {"type": "movie", "duration_minutes": 130, "year": 2009}
    assert bound_past_title(Constraints(), film, "duration", "shorter").max_minutes == 129
    assert bound_past_title(Constraints(), film, "duration", "longer").min_minutes == 131
    assert bound_past_title(Constraints(recent_years=3), film, "year", "older").year_max == 2008
    show = {"type": "series", "seasons": 4, "year": 2017}
    assert bound_past_title(Constraints(), show, "duration", "shorter").max_seasons == 3
    assert bound_past_title(Constraints(), {}, "year", "newer").recent_years  # unknown facts: the plain word


async def test_a_movie_shorter_than_a_named_title_with_no_list(api: str, convo: Conversation) -> None:
    text = "is there a movie shorter than Shutter Island"
    await convo.say("ask_details", [located(text, "movie", "media_type", "movie"),
                                    located(text, "Shutter Island", "title", "Shutter Island")], text)
    assert "Which title" not in convo.text and convo.items, convo.text
    assert all(i["type"] == "movie" and i["duration_minutes"] < 139 for i in convo.items), convo.text
    assert "Shutter Island" not in {i["title"] for i in convo.items}


# -- 7. obligations are reasons -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, clause", [
    ("max 95 minutes, early shift tomorrow", "early shift tomorrow"),
    ("under 2 hours since i've got school in the morning", "i've got school in the morning"),
    ("short one because we need to be up at 6", "we need to be up at 6"),
])
def test_an_obligation_is_a_reason(text: str, clause: str) -> None:
    spans = viewer_state_spans(text, [])
    assert any(text[s.start:s.end].strip() == clause for s in spans), [text[s.start:s.end] for s in spans]


def test_words_about_the_titles_near_a_time_are_no_reason() -> None:
    assert viewer_state_spans("robot stuff for tomorrow", []) == []
    assert viewer_state_spans("a show about a job interview at 9", []) == []  # a topic cue: not a reason


def test_what_the_viewers_have_is_no_topic_evidence() -> None:
    assert not topic_evidence("our neighbours have visitors, max 2 hours", "visitors", [])
    assert topic_evidence("something that has pirates, max 2 hours", "pirates", [])


async def test_a_bound_with_an_obligation_keeps_the_thriller_search(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [located("thrillers", "thrillers", "genre", "thriller")], "thrillers")
    text = "not too long please, got a meeting tomorrow, 95 min tops"
    await convo.say("request_recommendation", [located(text, "95 min tops", "duration", "-95")], text)
    assert convo.slots.get("genres") == ["thriller"] and not convo.slots.get("query"), convo.slots
    assert convo.items and all(i["duration_minutes"] <= 95 for i in convo.items), convo.text
