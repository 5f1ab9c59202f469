"""Dialogue round 12 (part A): 1. a listed title turned down with an opinion is left out, the search kept (never a
pivot to it); 2. the search's person added in a second role; 3. people named together whom no title has together
are searched as either of them, saying so; 4. "anything else with him?" keeps the search's other filters while some
of his titles are left; 5. a genre added to the search's stays added ("inside", "in it", "please" are no topic).
Sentences are this module's own."""

from __future__ import annotations

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)
from planned_turns import after, at, planned
from real_recommender import item

from actions.edits.person_roles import role_added, role_switch
from actions.edits.rejections import opinion_turn_down
from actions.planning import plan_recommendation

COMEDY_FILMS = {"genres": ["comedy"], "media_type": ["movie"]}


# -- 1. a listed title turned down with an opinion ---------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value", [
    ("the third one looks dumb tbh, show me others", "the third one", "3"),
    ("#2 seems kinda lame.. what else you got", "#2", "2"),
    ("meh on the first one, something else?", "the first one", "1"),
    ("the last one is not for me, any more?", "the last one", "last"),
    ("nah number 4 sounds a bit childish, others", "number 4", "4"),
])
def test_an_opinion_on_a_listed_title_turns_it_down(text, phrase, value) -> None:
    turn = after(text, [at(text, phrase, "position", value)], "more_like", actors=["Seth Rogen"], **COMEDY_FILMS)
    rejection = opinion_turn_down(turn)
    assert rejection is not None and rejection.ref is not None
    plan = planned(turn)
    c = plan.constraints
    assert c.similar_to is None and c.actors == ["Seth Rogen"] and c.genres == ["comedy"], c
    assert rejection.ref.item_id in plan.rejected_ids and set(plan.exclude_ids) >= set(turn.shown_ids)


@pytest.mark.parametrize("text, phrase, value", [
    ("the second one looks great, more like it", "the second one", "2"),
    ("more like number 3, the others are boring", "number 3", "3"),
    ("the first one isn't boring at all, similar ones?", "the first one", "1"),
    ("is the fourth one dull?", "the fourth one", "4"),
])
def test_no_opinion_or_another_clause_is_no_turn_down(text, phrase, value) -> None:
    turn = after(text, [at(text, phrase, "position", value)], "more_like", **COMEDY_FILMS)
    assert opinion_turn_down(turn) is None


def test_a_mood_read_in_the_opinion_word_is_no_edit() -> None:
    text = "number 5 seems silly, what else"
    turn = after(text, [at(text, "number 5", "position", "5"), at(text, "silly", "mood", "funny")], "refine",
                 **COMEDY_FILMS)
    plan = planned(turn)
    assert not plan.constraints.mood and "s5" in plan.rejected_ids, plan.constraints


async def test_a_boring_pick_is_left_out_and_the_search_kept(api: str, convo: Conversation) -> None:
    text = "comedies with fortune feimster"
    await convo.say("request_recommendation", [located(text, "comedies", "genre", "comedy"),
                                               located(text, "fortune feimster", "actor", "Fortune Feimster")], text)
    shown = [i["id"] for i in convo.items]
    assert len(shown) >= 2, convo.text
    text = "the second one looks boring, others?"
    await convo.say("more_like", [located(text, "the second one", "position", "2")], text)
    assert convo.items, convo.text
    assert convo.slots.get("similar_to") is None and shown[1] in (convo.slots.get("rejected_ids") or [])
    for pick in convo.items:
        record = item(api, pick["id"])
        assert pick["id"] not in shown and "Fortune Feimster" in record["cast"] and "comedy" in record["genres"], record


# -- 2. the person in a second role ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["and with him acting", "and starring him too", "where he also acts",
                                  "ok plus him on screen as well"])
def test_a_second_role_is_added_to_a_directors_search(text) -> None:
    turn = after(text, [], "refine", directors=["Bo Burnham"], media_type=["movie"], genres=["comedy"])
    assert role_added(turn) == "actor"
    c = planned(turn).constraints
    assert c.actors == ["Bo Burnham"] and c.directors == ["Bo Burnham"] and c.media_type == ["movie"], c
    assert c.genres == ["comedy"], c


@pytest.mark.parametrize("text, switch", [("the ones he starred in", "actor"), ("and did he act in any", "actor")])
def test_the_role_switch_is_not_an_added_role(text, switch) -> None:
    turn = after(text, [], "refine", directors=["Bo Burnham"], media_type=["movie"])
    assert role_added(turn) is None and role_switch(turn) == switch


def test_an_actors_search_gets_the_director_role_too() -> None:
    turn = after("and directed by her as well", [], "refine", actors=["Greta Gerwig"])
    c = planned(turn).constraints
    assert c.actors == ["Greta Gerwig"] and c.directors == ["Greta Gerwig"], c


async def test_films_he_directed_and_acts_in(api: str, convo: Conversation) -> None:
    text = "stuff directed by bo burnham"
    await convo.say("request_recommendation", [located(text, "bo burnham", "director", "Bo Burnham")], text)
    assert convo.items, convo.text
    await convo.say("refine", [], "and with him in it too")
    assert convo.applied and convo.applied.get("actors") == ["Bo Burnham"], convo.text
    assert convo.applied.get("directors") == ["Bo Burnham"] and convo.items, convo.text
    for pick in convo.items:
        record = item(api, pick["id"])
        assert "Bo Burnham" in record["cast"] and "Bo Burnham" in record["directors"], record


# -- 3. people never together ----------------------------------------------------------------------------------------

def test_two_people_named_are_checked_together() -> None:
    text = "films with robert de niro and seth rogen"
    ents = [at(text, "films", "media_type", "movie"), at(text, "robert de niro", "actor", "Robert De Niro"),
            at(text, "seth rogen", "actor", "Seth Rogen")]
    from actions.turn import Turn

    plan = planned(Turn("t", "request_recommendation", text, ents, {}))
    assert plan.either_if_apart and plan.constraints.actors == ["Robert De Niro", "Seth Rogen"]


def test_one_person_in_two_roles_is_not_two_people() -> None:
    assert not planned(after("where he also acts", [], "refine", directors=["Bo Burnham"])).either_if_apart


async def test_people_never_together_give_titles_with_either(api: str, convo: Conversation) -> None:
    text = "something with seth rogen and david spade"
    await convo.say("request_recommendation", [located(text, "seth rogen", "actor", "Seth Rogen"),
                                               located(text, "david spade", "actor", "David Spade")], text)
    assert convo.items and "either" in convo.text.lower(), convo.text
    casts = [set(item(api, i["id"])["cast"]) for i in convo.items]
    assert all(c & {"Seth Rogen", "David Spade"} for c in casts), casts
    assert sorted(convo.applied.get("any_people") or []) == ["David Spade", "Seth Rogen"], convo.applied


async def test_people_who_share_titles_are_both_required(api: str, convo: Conversation) -> None:
    text = "movies starring robert de niro and harvey keitel"
    await convo.say("request_recommendation", [located(text, "movies", "media_type", "movie"),
                                               located(text, "robert de niro", "actor", "Robert De Niro"),
                                               located(text, "harvey keitel", "actor", "Harvey Keitel")], text)
    assert convo.items and "either" not in convo.text.lower(), convo.text
    for pick in convo.items:
        assert {"Robert De Niro", "Harvey Keitel"} <= set(item(api, pick["id"])["cast"]), pick


async def test_a_person_added_whom_no_title_shares_gives_either(api: str, convo: Conversation) -> None:
    text = "david spade stuff"
    await convo.say("request_recommendation", [located(text, "david spade", "actor", "David Spade")], text)
    assert convo.items, convo.text
    text = "andy samberg too"  # they share Lady Dynamite: both stay required
    await convo.say("refine", [located(text, "andy samberg", "actor", "Andy Samberg")], text)
    for pick in convo.items:
        assert {"David Spade", "Andy Samberg"} <= set(item(api, pick["id"])["cast"]), pick
    text = "seth rogen as well"  # nobody has all three: either of them ("and seth rogen" alone names the next person)
    await convo.say("refine", [located(text, "seth rogen", "actor", "Seth Rogen")], text)
    assert convo.items and "either" in convo.text.lower(), convo.text
    people = {"David Spade", "Andy Samberg", "Seth Rogen"}
    assert all(set(item(api, i["id"])["cast"]) & people for i in convo.items), convo.text


# -- 4. anything else with him, the search's filters kept while some are left ---------------------------------------

def test_anything_else_with_them_keeps_the_filters_first() -> None:
    turn = after("any others with him in it?", [], "something_else", actors=["Seth Rogen"], max_minutes=100,
                 **COMEDY_FILMS)
    plan = planned(turn)
    assert plan.constraints.genres == ["comedy"] and plan.constraints.max_minutes == 100, plan.constraints
    assert plan.unless_empty is not None and plan.unless_empty.genres == [] and plan.unless_empty.actors == ["Seth Rogen"]
    assert plan.empty_note and "Seth Rogen" in plan.empty_note


def test_a_new_person_named_is_still_the_plain_pivot() -> None:
    text = "what else has andy samberg been in"
    plan = plan_recommendation(after(text, [at(text, "andy samberg", "actor", "Andy Samberg")], "request_recommendation",
                                     actors=["Seth Rogen"], **COMEDY_FILMS))
    assert plan.constraints.actors == ["Andy Samberg"] and not plan.constraints.genres and plan.unless_empty is None


async def test_anything_else_with_him_drops_the_filters_only_when_none_are_left(api: str, convo: Conversation) -> None:
    text = "comedy movies with seth rogen"
    await convo.say("request_recommendation", [located(text, "comedy", "genre", "comedy"),
                                               located(text, "movies", "media_type", "movie"),
                                               located(text, "seth rogen", "actor", "Seth Rogen")], text)
    shown = {i["id"] for i in convo.items}
    assert shown, convo.text
    await convo.say("something_else", [], "got anything else with him?")
    assert convo.items and "Seth Rogen" in convo.text, convo.text
    assert "dropped" in convo.text, convo.text  # says which filters went
    for pick in convo.items:
        assert pick["id"] not in shown and "Seth Rogen" in item(api, pick["id"])["cast"], pick


# -- 5. a genre added to the search's --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["also some comedy inside please", "comedy as well pls", "add a bit of comedy",
                                  "and with comedy in it too"])
def test_an_added_genre_joins_the_search_and_leaves_no_topic(text) -> None:
    turn = after(text, [at(text, "comedy", "genre", "comedy")], "refine", genres=["horror"], media_type=["movie"])
    plan = planned(turn)
    c = plan.constraints
    assert c.genres == ["horror", "comedy"] and not c.query and c.media_type == ["movie"], c
    assert plan.unless_empty is not None and sorted(plan.unless_empty.any_genres) == ["comedy", "horror"]


@pytest.mark.parametrize("text", ["comedy instead", "comedy"])
def test_a_genre_said_alone_or_swapped_still_replaces(text) -> None:
    turn = after(text, [at(text, "comedy", "genre", "comedy")], "refine", genres=["horror"])
    assert planned(turn).constraints.genres == ["comedy"]


async def test_a_genre_no_title_has_with_the_search_gives_either(api: str, convo: Conversation) -> None:
    text = "horror films"
    await convo.say("request_recommendation", [located(text, "horror", "genre", "horror"),
                                               located(text, "films", "media_type", "movie")], text)
    assert convo.items, convo.text
    text = "some comedy inside as well"
    await convo.say("refine", [located(text, "comedy", "genre", "comedy")], text)
    assert convo.items and "both horror and comedy" in convo.text.lower(), convo.text
    assert all({"horror", "comedy"} & set(i["genres"]) and i["type"] == "movie" for i in convo.items), convo.text


async def test_a_genre_added_where_titles_have_both(api: str, convo: Conversation) -> None:
    text = "horror shows"
    await convo.say("request_recommendation", [located(text, "horror", "genre", "horror"),
                                               located(text, "shows", "media_type", "series")], text)
    text = "with comedy in it too"
    await convo.say("refine", [located(text, "comedy", "genre", "comedy")], text)
    assert convo.items, convo.text
    assert all({"horror", "comedy"} <= set(i["genres"]) and i["type"] == "series" for i in convo.items), convo.text


async def test_an_opinion_turn_down_labelled_as_a_details_question_gets_fresh_picks(api: str,
                                                                                    convo: Conversation) -> None:
    await convo.say("request_recommendation", [located("dramas", "dramas", "genre", "drama")], "dramas")
    shown = [i["id"] for i in convo.items]
    text = "is it me or does number 2 look dull? anything else"
    await convo.say("ask_details", [located(text, "number 2", "position", "2")], text)
    assert convo.items and not set(shown) & {i["id"] for i in convo.items}, convo.text
    assert all("drama" in i["genres"] for i in convo.items), convo.text


@pytest.mark.parametrize("intent", ["more_like", "feedback_like", "refine"])
def test_a_title_called_silly_is_never_the_anchor_even_beside_a_liked_one(intent) -> None:
    text = "enjoyed the first, but the second looks silly, more like the first"
    ents = [at(text, "the first", "position", "1"), at(text, "the second", "position", "2"),
            at(text, "silly", "mood", "funny")]
    plan = planned(after(text, ents, intent, **COMEDY_FILMS))
    assert plan.constraints.similar_to != "s2" and "s2" in plan.rejected_ids and not plan.constraints.mood


def test_a_negated_position_labelled_more_like_is_turned_down() -> None:
    text = "not really feeling number 3, show more"
    plan = planned(after(text, [at(text, "number 3", "position", "3")], "more_like", **COMEDY_FILMS))
    assert plan.constraints.similar_to is None and plan.rejected_ids == ["s3"], plan.constraints


def test_anything_else_with_them_after_two_people_keeps_them_and_the_filters() -> None:
    turn = after("anything else with them?", [], "request_recommendation", any_people=["Seth Rogen", "David Spade"],
                 **COMEDY_FILMS)
    plan = planned(turn)
    assert plan.constraints.any_people == ["Seth Rogen", "David Spade"] and plan.constraints.genres == ["comedy"]
    assert plan.unless_empty is not None and not plan.unless_empty.genres


def test_with_them_without_people_in_the_search_is_no_person_pivot() -> None:
    plan = planned(after("anything else with them?", [], "request_recommendation", **COMEDY_FILMS))
    assert plan.constraints.genres == ["comedy"] and set(plan.exclude_ids) >= {"s1", "s5"}


def test_add_a_person_adds_them() -> None:
    text = "add jonah hill"
    plan = planned(after(text, [at(text, "jonah hill", "actor", "Jonah Hill")], "refine", actors=["Seth Rogen"],
                         genres=["comedy"]))
    assert plan.constraints.actors == ["Seth Rogen", "Jonah Hill"] and plan.either_if_apart


def test_the_surname_of_the_searched_director_adds_the_role() -> None:
    turn = after("with burnham acting as well", [], "refine", directors=["Bo Burnham"])
    assert role_added(turn) == "actor"


def test_a_turn_down_keeps_a_comparative_said_with_it() -> None:
    text = "the 3rd seems too heavy, something lighter?"
    ents = [at(text, "the 3rd", "position", "3"), at(text, "lighter", "contrast", "lighter")]
    plan = planned(after(text, ents, "refine", genres=["drama"]))
    assert plan.rejected_ids == ["s3"] and plan.constraints.mood == ["light"], plan.constraints
