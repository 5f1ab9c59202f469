"""Dialogue round 11: 1. a filmography question that names the title the person is known from leaves that title
out; 2. "long" said of a series (a genre between, "long-running") asks for several seasons; 3. a polite or roundabout
edit of the search labelled as a details question is an edit. Sentences are this module's own."""

from __future__ import annotations

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)
from planned_turns import after, at

from actions.entities import Entity
from actions.planning import LONG_SERIES_MIN_SEASONS, known_from_titles, long_series_cues, plan_recommendation
from actions.request_cues import asks_search_not_details
from actions.turn import Turn


# -- 1. the title a person is known from is left out of their filmography ----------------------------------------------

def test_the_title_entity_named_with_a_person_and_other_words_is_known(monkeypatch) -> None:
    monkeypatch.setattr("actions.planning.lookup_title_id", lambda t: {"trollhunters": "s4853"}.get(t.casefold()))
    text = "grey griffin was great in Trollhunters, her other shows?"
    ents = [at(text, "grey griffin", "actor", "Grey Griffin"), at(text, "Trollhunters", "title", "Trollhunters")]
    plan = plan_recommendation(Turn("t", "request_recommendation", text, ents, {}))
    c = plan.constraints
    assert "s4853" in plan.exclude_ids and c.actors == ["Grey Griffin"] and c.similar_to is None and not c.query, c


def test_a_described_title_without_an_entity_is_found_in_the_catalog(monkeypatch) -> None:
    monkeypatch.setattr("actions.planning.lookup_title_id", lambda t: {"paradise pd": "s1214"}.get(t.casefold()))
    text = "that lady in paradise pd, grey griffin - anything else she's done"
    turn = Turn("t", "request_recommendation", text, [at(text, "grey griffin", "actor", "Grey Griffin")], {})
    ids, _ = known_from_titles(turn)
    assert ids == ["s1214"]
    plan = plan_recommendation(turn)
    assert "s1214" in plan.exclude_ids and not plan.constraints.query, plan.constraints


def test_without_other_words_a_title_stays_a_likeness() -> None:
    text = "seth rogen in something like 50/50"
    ents = [at(text, "seth rogen", "actor", "Seth Rogen"), at(text, "50/50", "title", "50/50", "similar")]
    assert known_from_titles(Turn("t", "request_recommendation", text, ents, {})) == ([], [])


def test_after_a_like_search_the_anchor_is_known() -> None:
    text = "any other stuff with grey griffin?"
    turn = after(text, [at(text, "grey griffin", "actor", "Grey Griffin")], "request_recommendation",
                 similar_to="s4853", similar_title="Trollhunters", genres=["animation"])
    plan = plan_recommendation(turn)
    assert "s4853" in plan.exclude_ids and plan.constraints.actors == ["Grey Griffin"], plan


def test_the_role_switch_still_reads_its_words_beside_a_known_title(monkeypatch) -> None:
    monkeypatch.setattr("actions.planning.lookup_title_id", lambda t: {"lady bird": "s9"}.get(t.casefold()))
    text = "other than lady bird, what else has she starred in?"
    plan = plan_recommendation(after(text, [], "request_recommendation", directors=["Greta Gerwig"]))
    c = plan.constraints
    assert c.actors == ["Greta Gerwig"] and not c.directors and "s9" in plan.exclude_ids, (c, plan.exclude_ids)


async def test_the_woman_from_a_show_whose_other_work_is_asked(api: str, convo: Conversation) -> None:
    text = "the woman from trollhunters, grey griffin, what else has she been in"
    await convo.say("request_recommendation", [located(text, "grey griffin", "actor", "Grey Griffin")], text)
    assert convo.items, convo.text
    assert all(i["id"] != "s4853" for i in convo.items), convo.text


async def test_more_with_a_person_after_a_likeness_leaves_the_anchor_out(api: str, convo: Conversation) -> None:
    text = "shows like trollhunters"
    await convo.say("request_recommendation", [located(text, "trollhunters", "title", "Trollhunters", "similar")], text)
    assert convo.items, convo.text
    text = "anything else with grey griffin?"
    await convo.say("request_recommendation", [located(text, "grey griffin", "actor", "Grey Griffin")], text)
    assert convo.items, convo.text
    assert all(i["id"] != "s4853" for i in convo.items), convo.text


# -- 2. "long" said of a series ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a lengthy japanese crime series please",
    "got any long british comedy shows",
    "long running police programmes",
    "a longish cop show for the winter",
])
def test_long_said_of_a_series_asks_for_several_seasons(text) -> None:
    assert [(e.name, e.value) for e in long_series_cues(text, [])] == [("seasons", f"{LONG_SERIES_MIN_SEASONS}-")]


@pytest.mark.parametrize("text", [
    "after a long shift, any comedy series",
    "not too long, a crime series",
    "a long thriller film",
    "how long are these shows",
])
def test_long_not_said_of_a_series_is_no_season_count(text) -> None:
    assert long_series_cues(text, []) == []


def test_a_season_count_or_runtime_said_wins_over_long() -> None:
    assert long_series_cues("a long series, 5 seasons at least", [Entity("seasons", "5-", None, 15, 33)]) == []


def test_a_long_genre_series_plans_at_least_two_seasons() -> None:
    text = "a long mystery series to sink into"
    ents = [at(text, "mystery", "genre", "mystery"), at(text, "series", "media_type", "series")]
    plan = plan_recommendation(Turn("t", "request_recommendation", text, ents, {}))
    c = plan.constraints
    assert c.min_seasons == 2 and c.genres == ["mystery"] and c.media_type == ["series"] and not c.query, c


async def test_a_long_drama_series_has_several_seasons(api: str, convo: Conversation) -> None:
    text = "a long drama series to binge"
    await convo.say("request_recommendation", [located(text, "drama", "genre", "drama"),
                                               located(text, "series", "media_type", "series")], text)
    assert convo.items, convo.text
    assert all(i["type"] == "series" and (i.get("seasons") or 0) >= 2 for i in convo.items), convo.text


# -- 3. a polite edit labelled as a details question ------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, name, value", [
    ("would you mind if we limit that to the eighties", "eighties", "year", "1980-1989"),
    ("could we perhaps narrow it down to ones under 100 minutes", "under 100 minutes", "duration", "-100"),
    ("is it possible to only show series", "series", "media_type", "series"),
    ("can you please restrict them to anime", "anime", "genre", "anime"),
])
def test_a_polite_edit_labelled_details_is_a_search(text, phrase, name, value) -> None:
    turn = after(text, [at(text, phrase, name, value)], "ask_details", genres=["comedy"])
    assert asks_search_not_details(turn)


@pytest.mark.parametrize("text, phrase, name, value", [
    ("how long is the second one", "second one", "position", "2"),
    ("is it a comedy?", "comedy", "genre", "comedy"),
])
def test_a_real_details_question_stays_one(text, phrase, name, value) -> None:
    assert not asks_search_not_details(after(text, [at(text, phrase, name, value)], "ask_details"))


async def test_a_polite_restriction_to_one_decade_edits_the_comedies(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [located("comedies", "comedies", "genre", "comedy")], "comedies")
    assert convo.items, convo.text
    text = "could you maybe keep it to ones from the 2000s"
    await convo.say("ask_details", [located(text, "2000s", "year", "2000-2009")], text)
    assert convo.items, convo.text
    assert all(2000 <= i["year"] <= 2009 and "comedy" in i["genres"] for i in convo.items), convo.text


async def test_a_roundabout_edit_labelled_help_edits_the_search(api: str, convo: Conversation, monkeypatch) -> None:
    from dialogue_driver import ACTIONS

    from actions.fallback import ActionHelp

    monkeypatch.setitem(ACTIONS, "help", ActionHelp)
    await convo.say("request_recommendation", [located("dramas", "dramas", "genre", "drama")], "dramas")
    assert convo.items, convo.text
    text = "would it be at all possible to just have the series"
    await convo.say("help", [located(text, "series", "media_type", "series")], text)
    assert convo.items and all(i["type"] == "series" and "drama" in i["genres"] for i in convo.items), convo.text
    await convo.say("help", [], "what can you do?")
    assert convo.responses == ["utter_help"] and not convo.items
