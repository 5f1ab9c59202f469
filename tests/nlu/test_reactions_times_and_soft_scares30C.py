"""Round 30C: content a watcher reacts to badly, a time of viewing, a scare said softly or for a little child — through
the real extractor (the bundled catalog's gazetteer) and the planner (no recommender, no Rasa). Phrasings are this
module's own.

1. A reaction frame before content ("walks out whenever there's cursing", "is offended by bad language", "covers her
   eyes at anything violent": ``contract.words.content_reaction_spans``) rules the content out like "no swearing": the
   clean cap (violence rules the violent kinds out too; gore caps nothing, as "no gore"). A story's reaction ("a comedy
   where the dad gets upset by swearing") and an acceptance ("don't mind violence") are none. No frame word is a query
   word.
2. A day or time of viewing ("for saturday night", "on a weeknight", "tomorrow afternoon", "this coming friday":
   ``contract.words.viewing_time_spans``) never reaches the query; a day inside a name or topic ("saturday night live",
   "sunday league") stays.
3. A scare said softly ("a bit spooky but cute", "mildly creepy", "halloween-ish") or beside a little child is the scary
   mood (``nlu/extraction/soft_scares.py``); it asks for the horror / thriller shelves only while they have titles, and
   falls back to the mood alone ranking the search (``Plan.unless_empty``, ``actions.constraints.scare_as_a_mood``);
   "horror" named stays the genre, a plain "spooky movie" stays horror.
"""

from __future__ import annotations

import pytest

from contract.vocabulary import is_soft_scare, soft_scare_spans
from contract.words import content_reaction_spans, viewing_time_spans

_CLEAN = {"TV-Y", "TV-G", "G", "TV-Y7", "TV-Y7-FV", "PG", "TV-PG"}
_SHELVES = {"horror", "thriller"}

# -- 1. reactions to content --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "my great aunt storms out when anyone uses bad language, a period drama please",
    "grandpa gets offended by cursing so keep that in mind, a western",
    "the father in law leaves the lounge at the slightest swearing, any film for us tonight",
    "my mum can't deal with profanity, something to watch together",
    "dad turns the tv off at any f-bombs, a comedy",
    "our nan is 90 and complains about swear words in everything, suggest a movie",
    "she's scandalised by foul language, a musical",
    "grandad tuts at every curse word, anything on tonight",
    "my aunt walks out of films with cursing in them, a drama",
    "my dad hates when there's swearing, a cop show",
    "grandma goes to bed if anyone swears, a mystery",
    "my stepdad gets cross whenever people curse, a sci-fi film",
])
def test_a_reaction_to_swearing_is_the_clean_cap(plan, text):
    c = plan(text)
    assert set(c.ratings) <= _CLEAN and c.ratings, c
    assert not c.query or not any(w in c.query for w in ("storms", "offended", "leaves", "lounge", "deal", "turns",
                                                           "complains", "mind")), c


def test_a_reaction_to_violence_caps_and_rules_out_the_violent_kinds(plan):
    c = plan("my sister covers her eyes at anything violent, a film for the two of us")
    assert set(c.ratings) <= _CLEAN and c.ratings, c
    assert "action" in c.exclude_genres and "dark" not in c.mood, c


def test_a_reaction_to_gore_rules_out_horror_without_a_cap_like_no_gore(plan):
    c = plan("my husband gets squeamish at gore, a crime thriller")
    assert "horror" in c.exclude_genres and not c.ratings, c


@pytest.mark.parametrize("text", [
    "a comedy where a grumpy dad gets upset by his daughter's swearing",
    "my brother never gets upset by swearing, a gangster film",
    "my teens don't mind violence, an action film",
    "my dad leaves early tomorrow, something short",
])
def test_no_reaction_to_content_sets_no_cap(plan, text):
    assert not plan(text).ratings, plan(text)


def test_curses_as_a_subject_stay_a_topic_ruled_out(plan):
    c = plan("a fantasy film, nothing about curses")
    assert "curse" in c.exclude_topics and not c.ratings, c


def test_the_frame_runs_from_who_reacts_to_the_content():
    text = "my elderly uncle walks out of the room whenever there's swearing"
    (start, end), = content_reaction_spans(text)
    assert text[start:end].startswith("my elderly uncle walks out") and text[end:].strip().startswith("there's")


def test_dozing_off_after_a_length_is_the_ceiling(plan):
    c = plan("my grandma dozes off after an hour and a quarter, a film please")
    assert c.max_minutes == 75 and not c.min_minutes, c


# -- 2. times of viewing ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, when", [
    ("a crime drama for saturday night", "saturday night"),
    ("something light on a weeknight", "on a weeknight"),
    ("anything for tomorrow afternoon?", "tomorrow afternoon"),
    ("what's good this coming friday", "this coming friday"),
    ("a sat night comedy", "sat night"),
    ("a documentary for late at night", "late at night"),
    ("a short one for midweek", "midweek"),
])
def test_a_time_of_viewing_is_found(text, when):
    assert any(text[a:b].strip().endswith(when) for a, b in viewing_time_spans(text)), viewing_time_spans(text)


@pytest.mark.parametrize("text", [
    "a romcom for friday night",
    "a heist movie for a saturday evening in",
    "mystery series for sunday afternoons",
    "any documentary for a monday evening",
])
def test_a_time_of_viewing_never_reaches_the_query(plan, text):
    query = plan(text).query or ""
    assert not any(d in query for d in ("friday", "saturday", "sunday", "monday", "evening", "afternoon")), query


@pytest.mark.parametrize("text", ["fans of saturday night live", "a film about sunday league football",
                                  "a doc about black friday shopping"])
def test_a_day_inside_a_name_or_topic_is_no_time(text):
    assert viewing_time_spans(text) == [], viewing_time_spans(text)


# -- 3. soft scares -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["a tad spooky", "slightly creepy but fun", "cute and a bit spooky", "halloweeny",
                                    "spooky-ish", "kinda scary but not too scary"])
def test_soft_scares_are_found_whole(phrase):
    assert is_soft_scare(phrase), phrase
    assert soft_scare_spans(f"something {phrase} please") == [(10, 10 + len(phrase))]


@pytest.mark.parametrize("phrase", ["spooky", "a scary movie", "creepy but also funny", "horror"])
def test_a_plain_scare_is_not_soft(phrase):
    assert not soft_scare_spans(phrase), phrase


@pytest.fixture(scope="module")
def full_plan(extractor):
    """``full_plan(text)`` → the whole plan of ``text`` said as a first request (its fallback search included)."""
    from actions.entities import parse_entities
    from actions.planning import plan_recommendation
    from actions.turn import Turn
    from nlu_cases import TODAY

    return lambda text: plan_recommendation(Turn("test", "request_recommendation", text,
                                                 parse_entities(extractor.extract(text, TODAY), text), {}))


def _shelves(state) -> set[str]:
    return (set(state.genres) | set(state.any_genres)) & _SHELVES


@pytest.mark.parametrize("text", [
    "a tad spooky film tonight",
    "something slightly creepy but fun",
    "ghost stories, kinda scary but cosy",
    "a halloween-ish show",
])
def test_a_soft_scare_falls_back_to_the_mood_without_the_shelves(full_plan, text):
    p = full_plan(text)
    assert p.unless_empty is not None and "scary" in p.unless_empty.mood and not _shelves(p.unless_empty), p
    assert p.empty_note and "spooky" in p.empty_note, p.empty_note
    query = p.unless_empty.query or ""
    assert not any(w in query for w in ("tad", "slightly", "fun", "kinda")), query


@pytest.mark.parametrize("text, audience", [
    ("a creepy cartoon for my 4 year old", "preschool"),
    ("something scary for my son, he's 6", "kids"),
    ("a spooky movie for a five year old", "kids"),
])
def test_a_scare_for_a_little_child_falls_back_to_the_mood(full_plan, text, audience):
    p = full_plan(text)
    assert p.constraints.audience == audience and "scary" in p.constraints.mood, p.constraints
    assert p.unless_empty is not None and not _shelves(p.unless_empty), p.unless_empty
    assert p.unless_empty.audience == audience and "scary" in p.unless_empty.mood, p.unless_empty


def test_horror_named_for_a_little_child_stays_the_genre(full_plan):
    p = full_plan("a horror film for my 5 year old")
    assert "horror" in p.constraints.genres and p.unless_empty is None, p


def test_a_plain_spooky_film_for_grown_ups_stays_horror(full_plan):
    p = full_plan("a spooky film for tonight")
    assert p.constraints.genres == ["horror"] and p.unless_empty is None, p


def test_two_moods_joined_for_grown_ups_keep_their_own_fallback(full_plan):
    p = full_plan("something romantic that is also a little spooky")
    assert {"romance", "horror"} <= set(p.constraints.genres), p.constraints
    assert p.unless_empty is not None and set(p.unless_empty.any_genres) == {"romance", "horror"}, p.unless_empty


def test_still_is_no_query_word(plan):
    c = plan("something with dinosaurs, still for the toddler")
    assert "still" not in (c.query or ""), c
