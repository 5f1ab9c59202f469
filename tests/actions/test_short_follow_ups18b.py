"""Round 18b: short follow-ups that edit the current search. Each class with this module's own phrasings and
near-misses that must not fire.

- "or N" extends the number the search holds (actions/cues.py ``widened_bound_cues``); the time the viewer has now
  ("i've got 50 now") re-sets the runtime ceiling (``reset_bound_cues``, ``_TIME_LEFT``);
- a seen clause before "another" asks for more picks; a bare "nah" / "nope" after a list turns it down
  (actions/edits/list_reactions.py ``wants_more_picks``, ``turns_down_list``);
- a story genre after a search of a form keeps the form (contract.vocabulary ``FORM_GENRES``), "a real film" drops it;
- "scrap that" + a genre replaces the genre only (actions/constraints.py ``takes_back_the_genre``);
- a catalog title that is the whole clause after "not" with chat words after it is turned down
  (actions/list_follow_ups.py ``title_after_not``).
"""

from __future__ import annotations

import pytest

from actions.constraints import apply_entities, fiction_drops_forms, starts_new_search, takes_back_the_genre
from actions.cues import search_bound_cues
from actions.edits.list_reactions import turns_down_list, wants_more_picks
from actions.entities import Entity
from actions.list_follow_ups import title_after_not
from contract.constraints import Constraints
from contract.vocabulary import FORM_GENRES, form_kept_beside

TWO_SEASONS = Constraints(media_type=["series"], min_seasons=2, max_seasons=2)
UNDER_30 = Constraints(genres=["comedy"], max_minutes=30)


def _bounds(text: str, state: Constraints) -> list[tuple[str, str]]:
    return [(e.name, e.value) for e in search_bound_cues(text, [], state, [])]


# -- "or N" and the time the viewer has now ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, state, value", [
    ("or 3", TWO_SEASONS, ("seasons", "2-3")),
    ("or maybe 4?", TWO_SEASONS, ("seasons", "2-4")),
    ("or one season", TWO_SEASONS, ("seasons", "1-2")),
    ("or 45", UNDER_30, ("duration", "-45")),
    ("hm or 40 minutes then", UNDER_30, ("duration", "-40")),
    ("actually i've got 50 now", UNDER_30, ("duration", "-50")),
    ("we have 45", UNDER_30, ("duration", "-45")),
])
def test_a_number_extends_or_resets_the_bound(text, state, value):
    assert _bounds(text, state) == [value]


@pytest.mark.parametrize("text, state", [
    ("3", TWO_SEASONS),                    # a bare number may point at the third title
    ("or 3 kids", TWO_SEASONS),
    ("or a comedy", TWO_SEASONS),
    ("i have 2 kids", UNDER_30),
    ("we have 2", TWO_SEASONS),            # the time left is a runtime only
    ("or 2", TWO_SEASONS),                 # already inside the bound: nothing to widen
    ("or 3", Constraints(genres=["drama"])),  # nothing bounded, no unit
])
def test_no_bound_from_other_numbers(text, state):
    assert _bounds(text, state) == []


# -- seen, another / nah -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["seen it, another", "watched that already, another", "i've seen this one. others?",
                                  "seen em all lol, next", "already saw those, something else"])
def test_seen_then_another_asks_for_more(text):
    assert wants_more_picks(text)


@pytest.mark.parametrize("text", ["seen it", "seen it, loved it", "seen it, another like it", "have you seen it"])
def test_seen_alone_or_with_a_like_asks_for_no_more(text):
    assert not wants_more_picks(text)


@pytest.mark.parametrize("text", ["nah", "nope.", "Nah not really", "naw", "nope, none of those"])
def test_a_bare_nah_turns_the_list_down(text):
    assert turns_down_list(text)


@pytest.mark.parametrize("text", ["no", "nah a comedy", "nope, the second one", "nah thanks", "nah i'm good"])
def test_nah_with_something_else_to_say_turns_no_list_down(text):
    assert not turns_down_list(text)


# -- forms ------------------------------------------------------------------------------------------------------------

def _g(value: str, role: str | None = None) -> Entity:
    return Entity("genre", value, role, None, None)


def test_the_forms_are_written_once():
    assert set(FORM_GENRES) == {"anime", "documentary", "kids"}
    assert form_kept_beside("documentary", ["music"]) and not form_kept_beside("documentary", ["drama"])
    assert form_kept_beside("anime", ["crime"]) and not form_kept_beside("anime", ["documentary"])
    assert not form_kept_beside("drama", ["crime"]) and not form_kept_beside("anime", [])


@pytest.mark.parametrize("held, said, genres, either", [
    (["anime"], [_g("crime", "any"), _g("thriller", "any")], ["anime"], ["crime", "thriller"]),
    (["anime"], [_g("romance")], ["anime", "romance"], []),
    (["documentary", "crime"], [_g("music")], ["documentary", "music"], []),
    (["documentary"], [_g("sports", "any"), _g("music", "any")], ["documentary"], ["sports", "music"]),
    # near-misses: a fiction genre after documentaries, a form dropped, a story genre replacing a story genre
    (["documentary"], [_g("drama")], ["drama"], []),
    (["anime"], [_g("anime", "exclude"), _g("crime")], ["crime"], []),
    (["drama"], [_g("crime", "any"), _g("thriller", "any")], [], ["crime", "thriller"]),
])
def test_a_story_genre_keeps_the_form(held, said, genres, either):
    new = apply_entities(Constraints(genres=held), said)
    assert (new.genres, new.any_genres) == (genres, either)


@pytest.mark.parametrize("text, kept", [("a real film please", ["thriller"]), ("a proper movie", ["thriller"]),
                                        ("something fictional", ["thriller"]), ("another thriller", ["documentary", "thriller"]),
                                        ("a real bummer", ["documentary", "thriller"])])
def test_fiction_drops_the_forms(text, kept):
    assert fiction_drops_forms(Constraints(genres=["documentary", "thriller"]), text).genres == kept


# -- scrap that --------------------------------------------------------------------------------------------------------

KIDS_FILMS = Constraints(genres=["kids"], audience="family", media_type=["movie"])


@pytest.mark.parametrize("text", ["scrap that, they want adventure now", "forget that, a comedy",
                                  "change of plan: something scary", "hmm never mind that, musicals?"])
def test_taking_back_the_last_ask_with_a_genre_is_an_edit(text):
    said = [Entity("genre", "comedy", None, len(text) - 3, len(text))]
    assert takes_back_the_genre(text, said)
    assert not starts_new_search("request_recommendation", said, KIDS_FILMS, text=text)


@pytest.mark.parametrize("text, said", [
    ("forget all that, a comedy", [_g("comedy")]),             # the whole search taken back
    ("forget everything, start over with comedy", [_g("comedy")]),
    ("scrap that", []),                                         # nothing named instead
    ("scrap that, no horror", [_g("horror", "exclude")]),
])
def test_a_fresh_start_or_no_genre_is_no_take_back(text, said):
    assert not takes_back_the_genre(text, said)


# -- not <title> lol ---------------------------------------------------------------------------------------------------

SHOWN = [{"id": "s1", "title": "Hugo"}, {"id": "s2", "title": "The Departed"}]


@pytest.mark.parametrize("text, title", [("and not the lovebirds lol", "The Lovebirds"),
                                         ("ok, but not the lovebirds haha", "The Lovebirds"),
                                         ("not the lovebirds pls", "The Lovebirds")])
def test_a_title_that_is_the_whole_clause_is_turned_down(fixture_gazetteer, text, title):
    found = title_after_not(text, [], SHOWN)
    assert found is not None and (found.value, found.role) == (title, "exclude")


@pytest.mark.parametrize("text", ["not the lovebirds kind of thing, something lighter",  # words after it describe
                                  "i'm not the lovebirds type"])                        # the clause opens elsewhere
def test_a_title_inside_a_longer_clause_is_not_read(fixture_gazetteer, text):
    assert title_after_not(text, [], SHOWN) is None


# -- a question about a listed title by its position --------------------------------------------------------------------

ITEMS = [{"id": f"s{i}", "title": f"T{i}", "type": "movie"} for i in range(1, 6)]


def _asked(text: str, position: str = "1") -> str | None:
    from actions.listed_questions import asks_about_a_listed_title
    from actions.turn import LAST_ITEMS, Turn

    word = next(w for w in ("first", "second", "third", "2nd", "number 3", "last") if w in text)
    at = text.index(word)
    entities = [Entity("position", position, None, at, at + len(word))]
    entities += [Entity("genre", "action", None, text.index("action"), text.index("action") + 6)] if "action" in text else []
    return asks_about_a_listed_title(Turn("t:u", "refine", text, entities, {LAST_ITEMS: ITEMS}))


@pytest.mark.parametrize("text", ["the first one, is it action?", "is the 2nd one long?", "how long is the third?",
                                  "what's the first one rated?", "is number 3 any scary", "first one looks fun, is it long?"])
def test_a_question_about_a_position_asks_for_its_details(text):
    assert _asked(text) == "s1"


@pytest.mark.parametrize("text", ["the first one but shorter?", "is the 2nd dull? others?", "not the first one?",
                                  "is there one like the first?", "more like the first one", "the first one",
                                  "the first one, anything like it?", "seen the first, is there another?"])
def test_a_request_or_turn_down_with_a_position_is_no_question(text):
    assert _asked(text) is None


# -- a like of the card's title, with what should differ ---------------------------------------------------------------

@pytest.mark.parametrize("text, entities, liked", [
    ("something similar but shorter, a miniseries", [Entity("duration", "shorter"), Entity("seasons", "1-1")], True),
    ("like that but a film", [Entity("media_type", "movie")], True),
    ("something like that", [], True),
    # near-misses: a person or a title is a request of its own; no likeness word is a plain edit
    ("similar but with tom hanks", [Entity("actor", "Tom Hanks")], False),
    ("shorter, a miniseries", [Entity("seasons", "1-1")], False),
    ("similar to the second one but newer", [Entity("position", "2"), Entity("year", "newer")], False),
])
def test_a_like_of_the_focused_title_may_say_what_differs(text, entities, liked):
    from actions.like_focused import likes_the_focused_title
    from actions.turn import FOCUSED_ID, Turn

    assert likes_the_focused_title(Turn("t:u", "request_recommendation", text, entities, {FOCUSED_ID: "s9"})) is liked


# -- a mood after a list adds a flavour; swap words swap it ---------------------------------------------------------------

def _mood_plan(text: str, said: str, word: str, **slots):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from planned_turns import after, at, planned

    return planned(after(text, [at(text, word, "mood", said)], **slots))


@pytest.mark.parametrize("text, word", [("hmm not too sappy, make it funny", "funny"), ("something funny", "funny")])
def test_a_mood_after_romances_adds_comedy(text, word):
    plan = _mood_plan(text, "funny", word, genres=["romance"], mood=["romantic"], media_type=["movie"])
    assert plan.constraints.genres == ["romance", "comedy"], plan.constraints


def test_swap_words_still_swap_the_earlier_moods_genre():
    plan = _mood_plan("switch to something funny", "funny", "funny", genres=["romance"], mood=["romantic"])
    assert plan.constraints.genres == ["comedy"], plan.constraints


# -- "anything else like those": more like the list shown -------------------------------------------------------------

@pytest.mark.parametrize("text, liked", [("anything else like those", True), ("any more like these?", True),
                                         ("more like them pls", True), ("more like that", False),
                                         ("i like those", False), ("anything like the second", False)])
def test_more_like_the_titles_shown(text, liked):
    from actions.planning import asks_for_others_like_the_list
    from actions.turn import LAST_ITEMS, Turn

    assert asks_for_others_like_the_list(Turn("t:u", "request_recommendation", text, [], {LAST_ITEMS: ITEMS})) is liked


# -- review finding 2: a fiction word inside "science fiction" / "non-fiction" / "non-scripted" asks for no fiction --

@pytest.mark.parametrize("held, text", [
    (["anime"], "science fiction ones"), (["anime"], "some Science  Fiction please"),
    (["documentary", "music"], "non-fiction ones about hip hop"), (["documentary"], "non fiction please"),
    (["documentary"], "something non-scripted"), (["documentary"], "nonfiction, about chess"),
    (["documentary"], "science-fiction documentaries"),
])
def test_fiction_inside_another_name_keeps_the_forms(held, text):
    assert fiction_drops_forms(Constraints(genres=held), text).genres == held


@pytest.mark.parametrize("text", ["fiction please", "something fictional about science", "a scripted one",
                                  "the non-music ones, fiction"])
def test_fiction_said_alone_still_drops_the_forms(text):
    assert fiction_drops_forms(Constraints(genres=["documentary", "music"]), text).genres == ["music"]


# -- review finding 8: a form named beside the fiction words stays --------------------------------------------------

@pytest.mark.parametrize("held, text, kept", [
    (["anime"], "a live action anime adaptation", ["anime"]),
    (["documentary"], "real documentaries, not reenactments", ["documentary"]),
    (["anime", "action"], "live action ones", ["action"]),          # near miss: no form named, anime dropped
    (["documentary", "music"], "the real ones", ["music"]),         # near miss: the "real" kind is fiction
    (["kids", "anime"], "live action", ["kids"]),                   # the children's shelf stays
])
def test_a_form_named_beside_fiction_stays(held, text, kept):
    assert fiction_drops_forms(Constraints(genres=held), text).genres == kept
