"""Round 22i: in a long message, the kinds asked for in any sentence survive beside the request sentence
(actions/query_text.py ``_story_speaks_for_request``): a kind stated as the wish ("… and it's war films", "the one
exception is sci-fi", "a thriller would be good"), a short question of kinds ("sci-fi horror?"), the viewer's own fancy
("i could really go for a rom com"), what someone the title is for likes ("he is obsessed with space"), and a kind never
watched that someone wants to show ("… to show me one"). Near misses: someone else's taste the viewer turns down, what
was watched, a kind in a clause that goes on ("the problem is horror gives me nightmares"), someone else's favourite,
someone's taste when the viewer chooses for themself. Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.query_text import request_entities

_PAD = "we have been going back and forth for ages tonight and nobody can decide anything at all."


def _at(text: str, name: str, value: str, word: str, role: str | None = None) -> Entity:
    start = text.index(word)
    return Entity(name, value, role, start, start + len(word))


def _kept(text: str, entities: list[Entity]) -> set[tuple[str, str]]:
    return {(e.name, e.value) for e in request_entities(text, entities)}


@pytest.mark.parametrize("story", [
    "my 16 year old and i never agree on much, the single exception is crime shows.",
    "me and my lad only ever agree on one thing and it's crime shows.",
    "the only thing the two of us both like is crime shows.",
    "after a long week crime shows would be perfect.",
    "crime shows please, it's been a long week for both of us.",
])
def test_a_kind_stated_as_the_wish_joins_the_request(story: str) -> None:
    text = f"{story} {_PAD} find us something that isn't rated TV-MA"
    crime, shows = _at(text, "genre", "crime", "crime"), _at(text, "media_type", "series", "shows")
    rating = _at(text, "rating", "TV-MA", "TV-MA", "exclude")
    assert {("genre", "crime"), ("media_type", "series")} <= _kept(text, [crime, shows, rating])


@pytest.mark.parametrize("question", ["fantasy adventure?", "maybe a fantasy adventure?", "fantasy adventure, maybe?"])
def test_a_short_question_of_kinds_keeps_every_genre(question: str) -> None:
    text = f"there are five of us in the lounge tonight with snacks and the big screen. {question} we want something epic"
    fantasy, action = _at(text, "genre", "fantasy", "fantasy"), _at(text, "genre", "action", "adventure")
    mood = _at(text, "mood", "exciting", "epic")
    assert {("genre", "fantasy"), ("genre", "action")} <= _kept(text, [fantasy, action, mood])


@pytest.mark.parametrize("fancy", ["i could really go for a thriller", "i'm feeling like a thriller",
                                   "we'd love a thriller", "i'm so up for a thriller"])
def test_the_viewers_own_fancy_joins_the_origin_asked(fancy: str) -> None:
    text = f"{fancy} tonight, but the american ones all feel the same to me lately. anything from korea or japan?"
    thriller = _at(text, "genre", "thriller", "thriller")
    korea, japan = _at(text, "country", "South Korea", "korea"), _at(text, "country", "Japan", "japan")
    kept = _kept(text, [thriller, korea, japan])
    assert ("genre", "thriller") in kept and ("country", "South Korea") in kept


@pytest.mark.parametrize("taste", ["he says he is obsessed with space", "she is really into space",
                                   "my nephew loves space", "they are mad about space",
                                   "they're completely obsessed with space"])
def test_what_the_child_likes_joins_the_request(taste: str) -> None:
    text = f"the kids from next door are staying over tonight and {taste}. a film before bed please"
    space, film = _at(text, "genre", "sci-fi", "space"), _at(text, "media_type", "movie", "film")
    assert ("genre", "sci-fi") in _kept(text, [space, film])


def test_a_kind_never_watched_that_someone_will_show_joins_the_request() -> None:
    text = "i have never once watched a western in my life and my grandad wants to show me one. something for both of us"
    western, audience = _at(text, "genre", "action", "western"), _at(text, "audience", "family", "both of us")
    assert ("genre", "action") in _kept(text, [western, audience])


# -- near misses -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("story", [
    "my flatmate adores thrillers but i honestly can't stand them.",  # someone else's taste, turned down
    "we watched a thriller yesterday and it was far too long.",  # what was watched
    "the trouble is thrillers keep me awake half the night.",  # the clause goes on: no wish
    "my husband's favourite is thrillers, he puts one on every night.",  # someone else's favourite
    "the only thing on the telly tonight is a thriller, and i hate those.",  # stated, then refused
    "last time the film was a thriller.",  # a past copula
])
def test_a_kind_of_the_story_stays_story(story: str) -> None:
    text = f"{story} {_PAD} anything under 90 minutes please?"
    thriller = _at(text, "genre", "thriller", "thriller")
    duration = _at(text, "duration", "-90", "under 90 minutes")
    assert ("genre", "thriller") not in _kept(text, [thriller, duration])


def test_someones_taste_stays_story_when_the_viewer_chooses_for_themself() -> None:
    text = "my brother is obsessed with space and watches it all day long. something for me tonight under 90 minutes?"
    space, duration = _at(text, "genre", "sci-fi", "space"), _at(text, "duration", "-90", "under 90 minutes")
    assert ("genre", "sci-fi") not in _kept(text, [space, duration])


def test_a_kind_the_request_names_itself_is_not_doubled() -> None:
    text = "the one exception is always crime shows for the two of us. tonight though, find us a comedy series please"
    crime, comedy = _at(text, "genre", "crime", "crime"), _at(text, "genre", "comedy", "comedy")
    assert _kept(text, [crime, comedy]) == {("genre", "comedy")}


# -- planning: a subject word of the story keeps its genre --------------------------------------------------------------

def _plan(text: str, entities: list[Entity]):
    from actions.planning import Plan, plan_recommendation
    from actions.turn import Turn

    plan = plan_recommendation(Turn("t", "request_recommendation", text, entities, {}))
    assert isinstance(plan, Plan), plan
    return plan.constraints


def test_a_subject_word_liked_in_the_story_keeps_its_genre() -> None:
    text = ("my two granddaughters are staying the whole half term and they're utterly obsessed with magic right now. "
            "a series please for the three of us")
    magic, series = _at(text, "genre", "fantasy", "magic"), _at(text, "media_type", "series", "series")
    family = _at(text, "audience", "family", "the three of us")
    got = _plan(text, [magic, series, family])
    assert "fantasy" in got.genres + got.any_genres, got


def test_a_subject_word_in_the_request_stays_the_topic() -> None:
    text = "a kids series about magic"
    magic, series = _at(text, "genre", "fantasy", "magic"), _at(text, "media_type", "series", "series")
    kids = _at(text, "audience", "kids", "kids")
    got = _plan(text, [kids, series, magic])
    assert "fantasy" not in got.genres, got
