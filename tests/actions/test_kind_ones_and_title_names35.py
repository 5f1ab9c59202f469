"""Round 35: "what about <kind> ones" and "one for the kids" after a list are search edits, "the <kind> one" points at
a listed title; "more seasons than <title>" and "longer than <title typed without its punctuation>" compare with that
title; a long message's story kind yields to the person its request names when nothing is both; a main title said
before its subtitle outranks another title's slip; a title's card is found by the catalog's own name, and every shape
of the availability question names the title asked about ("y'all got", "… for my son", "… or nah"); a funnier mood
"instead" replaces the genre; "narrated by him" points at the cast; a slipped title crediting none of the people named
with it (or no director, when its director is asked for) is another title, one the catalog lacks; "it" right after a
title said alone is that title; a form glossed with "like" narrows a subject search; a runtime after a franchise's list
(its sub-series opening alike) filters that franchise; "something like it" after a title the catalog lacks asks what
was liked. Sentences are this module's own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from planned_turns import after, at, planned

from actions.cast_of import _CAST_POINTER_RE
from actions.details import _anchor_said_alone, _slipped_title_of_others
from actions.entities import Entity
from actions.franchise_titles import _shared_opening, franchise_asked, franchise_of_the_list
from actions.identification import _name_said
from actions.made_by import _MAKER_PRONOUN_RE
from actions.planning import Question, plan_recommendation, title_comparatives
from actions.references import slipped_title_words
from actions.request_cues import asks_search_not_details
from actions.turn import Said, Turn
from contract.availability import asked_slot
from contract.gazetteer import Gazetteer, build_from_netflix_csv
from contract.payloads import Item

CATALOG = Path(__file__).resolve().parents[2] / "catalogs" / "netflix-titles" / "netflix_titles.csv"
MONEY_HEIST_ID, CROWN_ID, INFINITY_WAR_ID = "s110", "s1699", "s6201"


@pytest.fixture(scope="module")
def catalog_names() -> Gazetteer:
    return build_from_netflix_csv(CATALOG)


@pytest.mark.parametrize("text, phrase, value", [("what about italian ones", "italian", "Italy"),
                                                 ("hmm and korean ones?", "korean", "South Korea")])
def test_a_kind_of_ones_after_a_list_is_a_search_edit(text: str, phrase: str, value: str) -> None:
    turn = after(text, [at(text, phrase, "country", value)], intent="ask_details")
    assert asks_search_not_details(turn)


def test_the_kind_one_points_at_a_listed_title() -> None:
    text = "tell me about the italian one"
    turn = after(text, [at(text, "italian", "country", "Italy")], intent="ask_details")
    assert not asks_search_not_details(turn)


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_more_seasons_than_a_title_asks_for_longer_series_than_it() -> None:
    text = "one with more seasons than the crown"
    [found] = title_comparatives(text, [at(text, "the crown", "title", "The Crown")])
    assert (found.item_id, found.name, found.value) == (CROWN_ID, "duration", "longer")


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_a_title_typed_without_its_punctuation_is_compared_with() -> None:
    [found] = title_comparatives("a film longer than avengers infinity war", [])
    assert (found.item_id, found.value) == (INFINITY_WAR_ID, "longer")


def test_a_story_kind_yields_to_the_person_the_request_names() -> None:
    text = ("my partner and i are really into old comedies, we watched loads of them this month and laughed a lot. "
            "what jim carrey stuff do you have")
    plan = plan_recommendation(Turn("test", "recommend", text, [at(text, "comedies", "genre", "comedy"),
                                                                at(text, "jim carrey", "actor", "Jim Carrey")], {}))
    assert plan.constraints.genres == ["comedy"], plan.constraints
    assert plan.unless_empty is not None and plan.unless_empty.genres == [], plan.unless_empty
    assert plan.unless_empty.actors == ["Jim Carrey"] and "comedy" in (plan.empty_note or "")


def test_a_kind_in_the_request_itself_stays_required() -> None:
    text = "any comedies with jim carrey in them"
    plan = plan_recommendation(Turn("test", "recommend", text, [at(text, "comedies", "genre", "comedy"),
                                                                at(text, "jim carrey", "actor", "Jim Carrey")], {}))
    assert plan.constraints.genres == ["comedy"] and plan.unless_empty is None


def test_a_main_title_before_its_subtitle_outranks_a_slip(catalog_names: Gazetteer) -> None:
    assert catalog_names.title_named_plainly("hachi") == "Hachi: A Dog's Tale"


def test_a_titles_own_name_is_its_first_entry(catalog_names: Gazetteer) -> None:
    assert catalog_names.title_of(MONEY_HEIST_ID) == "La casa de papel"
    assert catalog_names.title_id("Money Heist") == MONEY_HEIST_ID


@pytest.mark.parametrize("text", ["brooklyn nine nine is on here right", "brooklyn nine nine, is it on here"])
def test_every_shape_of_the_availability_question_names_the_title_asked_about(text: str) -> None:
    name, asked = _name_said(text, [])
    assert (name or "").casefold() == "brooklyn nine nine" and asked


@pytest.mark.parametrize("text, words", [("yall got dark?", "dark"), ("y'all have the crown", "crown"),
                                         ("do you have the good place for my son", "good place")])
def test_more_shapes_of_the_availability_question_have_a_slot(text: str, words: str) -> None:
    slot = asked_slot(text)
    assert slot is not None and slot.words == words


def test_a_request_for_someone_is_no_title_slot() -> None:
    assert asked_slot("do you have anything for my son") is None


def test_a_funnier_mood_instead_replaces_the_genre() -> None:
    text = "hmm maybe something funnier instead"
    plan = planned(after(text, [at(text, "funnier", "contrast", "funnier")], genres=["thriller"],
                         exclude_genres=["horror"], audience="family"))
    assert plan.constraints.genres == ["comedy"] and plan.constraints.audience == "family", plan.constraints
    assert plan.constraints.exclude_genres == ["horror"]


def test_a_funnier_mood_alone_adds_the_family() -> None:
    text = "funnier please"
    plan = planned(after(text, [at(text, "funnier", "contrast", "funnier")], genres=["thriller"]))
    assert plan.constraints.genres == ["thriller", "comedy"] and plan.unless_empty is not None


@pytest.mark.parametrize("text", ["anything else narrated by him", "what else is voiced by her"])
def test_narrated_by_points_at_the_cast_not_the_maker(text: str) -> None:
    assert _CAST_POINTER_RE.search(text) and not _MAKER_PRONOUN_RE.search(text)


def test_by_him_alone_points_at_the_maker() -> None:
    assert _MAKER_PRONOUN_RE.search("anything else by him")


def _asked(text: str, said: str, value: str, person: str) -> Turn:
    return Turn("test", "ask_details", text, [at(text, said, "title", value), at(text, person.lower(), "director",
                                                                                   person)], {})


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_a_slipped_title_crediting_none_of_the_people_named_is_another_title() -> None:
    found = Item(id="s1", title="Parasyte: The Maxim", type="series", directors=(), cast=("Nobuhiko Okamoto",))
    slipped = _slipped_title_of_others(_asked("do you have parasites by jane doe", "parasites", "Parasyte: The Maxim",
                                              "Jane Doe"), found)
    assert slipped is not None and slipped[0] == "parasites"


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_a_title_said_exactly_keeps_its_card_whoever_is_credited() -> None:
    found = Item(id="s5416", title="Okja", type="movie", directors=("Bong Joon Ho",))
    assert _slipped_title_of_others(_asked("do you have okja by jane doe", "okja", "Okja", "Jane Doe"), found) is None


def _after_title_alone(said_before: str, text: str) -> Turn:
    turn = after(text, [], "ask_details", similar_to="s9", similar_title="Anchor Show")
    return replace(turn, earlier=(Said(said_before),))


def test_it_right_after_a_title_said_alone_is_that_title() -> None:
    assert _anchor_said_alone(_after_title_alone("anchor show", "how many seasons does it have"))


def test_it_after_a_longer_request_stays_ambiguous() -> None:
    assert not _anchor_said_alone(_after_title_alone("shows like anchor show please", "how long is it"))


def test_a_form_glossed_with_like_narrows_a_subject_search() -> None:
    text = "true stories, like documentaries"
    plan = planned(after(text, [at(text, "documentaries", "genre", "documentary")], genres=["sports"]))
    assert set(plan.constraints.genres) == {"sports", "documentary"}, plan.constraints


NARUTO_FILMS = [{"id": "s57", "title": "Naruto Shippuden the Movie: Blood Prison", "type": "movie"},
                {"id": "s60", "title": "Naruto Shippuden: The Movie", "type": "movie"},
                {"id": "s62", "title": "Naruto the Movie 2: Legend of the Stone of Gelel", "type": "movie"}]


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_titles_of_several_sub_series_opening_alike_are_one_franchise() -> None:
    found = franchise_of_the_list(NARUTO_FILMS)
    assert found is not None and found[0] == "Naruto" and {"s57", "s60", "s62"} <= set(found[1])


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_a_runtime_after_a_franchise_list_filters_that_franchise_in_its_format() -> None:
    text = "just the ones under 95 minutes"
    turn = replace(after(text, [at(text, "under 95 minutes", "duration", "-95")], items=NARUTO_FILMS),
                   earlier=(Said("the naruto movies", (Entity("media_type", "movie", None, 11, 17),)),))
    asked = franchise_asked(turn)
    assert asked is not None and asked.name == "Naruto" and asked.minutes == (0, 95) and asked.media_type == "movie"


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_a_runtime_after_a_franchise_list_asked_of_no_format_keeps_any_format() -> None:
    text = "just the ones under 95 minutes"
    asked = franchise_asked(after(text, [at(text, "under 95 minutes", "duration", "-95")], items=NARUTO_FILMS))
    assert asked is not None and asked.media_type is None


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_a_relative_runtime_after_a_franchise_list_is_no_franchise_filter() -> None:
    text = "shorter ones"
    assert franchise_asked(after(text, [at(text, "shorter", "duration", "shorter")], items=NARUTO_FILMS)) is None


def test_titles_sharing_only_an_article_are_no_franchise() -> None:
    assert _shared_opening(["The Crown", "The Witcher"]) is None


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_a_title_read_by_a_slip_gives_the_words_said() -> None:
    text = "is parasites on here"
    entities = [at(text, "parasites", "title", "Parasyte: The Maxim")]
    assert slipped_title_words(text, entities, "Parasyte: The Maxim") == "parasites"


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_a_title_inside_words_around_it_is_no_slip() -> None:
    text = "more from the director of rising phoenix"
    entities = [at(text, "director of rising phoenix", "title", "Rising Phoenix", "director_of")]
    assert slipped_title_words(text, entities, "Rising Phoenix") is None


@pytest.mark.usefixtures("full_catalog_gazetteer")
def test_a_title_said_without_its_punctuation_is_no_slip() -> None:
    text = "is avengers infinity war on here"
    entities = [at(text, "avengers infinity war", "title", "Avengers: Infinity War")]
    assert slipped_title_words(text, entities, "Avengers: Infinity War") is None


def test_one_for_someone_after_a_list_is_a_search_edit() -> None:
    text = "one for the kids"
    assert asks_search_not_details(after(text, [at(text, "for the kids", "audience", "family")], "ask_details"))


def test_the_one_for_someone_points_at_a_listed_title() -> None:
    text = "the one for the kids"
    assert not asks_search_not_details(after(text, [at(text, "for the kids", "audience", "family")], "ask_details"))


def test_or_nah_closes_the_availability_question() -> None:
    slot = asked_slot("is the crown on here or nah")
    assert slot is not None and "crown" in slot.words


def test_like_a_title_the_catalog_lacks_asks_what_was_liked() -> None:
    turn = replace(Turn("test", "more_like", "ok something like it then", [], {}),
                   earlier=(Said("is blorp city on here"),))
    question = plan_recommendation(turn)
    assert isinstance(question, Question) and "blorp city" in question.text
