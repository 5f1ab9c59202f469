"""A "like" title described instead of named is identified on evidence and the search becomes a like-search on it,
the title itself left out; a kind of title, a wish, a reference to the list or a vague description change nothing
(actions/described_anchor.py)."""

from __future__ import annotations

import time
from typing import Any, Optional

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.described_anchor import Description, find_description, identified, matched_words

# tests/fixtures/netflix_small.csv: s5941 Breaking Bad (a chemistry teacher ... selling crystal meth),
# s891 Castlevania (a vampire hunter ... Dracula), s3686 Stranger Things.
BREAKING_BAD, CASTLEVANIA, STRANGER_THINGS = "s5941", "s891", "s3686"


def _found(text: str) -> Optional[Description]:
    return find_description(text)


def _span(text: str) -> Optional[str]:
    found = find_description(text)
    return text[found.start:found.end] if found else None


# --- finding a description ---------------------------------------------------------------------------------------


def test_words_before_a_work_noun_describe_a_title() -> None:
    text = "got anything similar to that dracula hunter cartoon?"
    found = _found(text)
    assert found is not None and _span(text) == "that dracula hunter cartoon"
    assert found.words == ("dracula", "hunter")


def test_the_noun_of_the_description_says_its_media_type() -> None:
    found = _found("some films like the submarine rescue movie")
    assert found is not None and found.media_type == "movie" and found.words == ("submarine", "rescue")
    assert _found("more in the vein of the cave diving series").media_type == "series"  # type: ignore[union-attr]
    assert _found("stuff like the bank robbery one").media_type is None  # type: ignore[union-attr]


def test_what_happens_in_it_describes_a_title() -> None:
    text = "anything along the lines of the one where a nun solves murders in a village, but newer"
    assert _span(text) == "the one where a nun solves murders in a village"
    assert _found(text).words == ("nun", "solves", "murders", "village")  # type: ignore[union-attr]


def test_a_plot_ends_where_the_viewer_says_who_it_is_for() -> None:
    assert _span("like the show about a talking horse for my kids") == "the show about a talking horse"


def test_a_description_before_vibes() -> None:
    assert _span("i want the haunted lighthouse movie vibes") == "the haunted lighthouse movie"


def test_names_the_catalog_lacks_are_kept_as_evidence() -> None:
    assert _found("shows like the zorblax arena one").words == ("zorblax", "arena")  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "anything like a bank robbery film",  # a kind of title, not one
    "like an easy watch for a lazy sunday",
    "i'd like a tennis documentary",  # a wish
    "i would like the cooking one",
    "we really like that cooking show",  # a taste
    "more like the second one",  # a listed title
    "more like that other one",
    "something like the one",  # nothing said about it
    "anything like outlander",  # named (the title entity's business)
    "the tennis one please",  # no likeness asked
    "nothing like the show where a teacher cooks in a lab, something lighter",  # a likeness turned down
    "anything but like the vampire hunter cartoon",
    "id like the cooking one",  # a wish, typed without the apostrophe
])
def test_no_description(text: str) -> None:
    assert _found(text) is None, text


def test_a_long_message_is_read_quickly() -> None:
    text = ("something like the " + "very " * 200 + "long show, ") * 3 + "like the one where " + "word " * 150
    started = time.perf_counter()
    find_description(text)
    assert time.perf_counter() - started < 1.0


# --- identifying it ------------------------------------------------------------------------------------------------


def _item(title: str, description: str, score: float) -> dict[str, Any]:
    return {"id": title, "title": title, "description": description, "score": score}


def test_a_word_matches_its_short_extensions_only() -> None:
    item = _item("Kingdom", "Zombies spread through Korea's medieval court.", 0.5)
    assert matched_words(("korean", "zombie"), item) == 2
    assert matched_words(("kin",), item) == 0  # too short to stand for "kingdom"


def test_two_words_said_by_the_best_match_alone_identify_it() -> None:
    items = [_item("A", "A submarine crew attempts a rescue.", 0.6), _item("B", "A submarine goes missing.", 0.5)]
    assert identified(("submarine", "rescue"), items) is items[0]


def test_a_runner_up_saying_as_many_words_leaves_it_open() -> None:
    items = [_item("A", "A submarine crew attempts a rescue.", 0.6), _item("B", "The rescue of a submarine.", 0.5)]
    assert identified(("submarine", "rescue"), items) is None


def test_one_word_said_needs_the_search_to_lead_clearly() -> None:
    alone = [_item("A", "A prodigy plays chess.", 0.5), _item("B", "A game show.", 0.4)]
    assert identified(("chess",), alone) is alone[0]
    close = [_item("A", "A prodigy plays chess.", 0.5), _item("B", "A game show.", 0.48)]
    assert identified(("chess",), close) is None


def test_a_match_saying_one_of_several_words_is_no_identification() -> None:
    items = [_item("A", "A family moves house.", 0.6), _item("B", "Friends travel.", 0.3)]
    assert identified(("family", "lighthouse", "ghost"), items) is None


# --- through the actions, on the real recommender ---------------------------------------------------------------------


async def test_a_described_title_becomes_a_like_search_on_it(api: str, convo: Conversation) -> None:
    text = "anything in the vein of that show where a chemistry teacher ends up selling crystal meth?"
    await convo.say("request_recommendation", [located(text, "show", "media_type", "series")], text)
    applied = convo.applied or {}
    assert applied.get("similar_to") == BREAKING_BAD, applied
    assert not applied.get("query") and not applied.get("media_type"), applied  # its words describe it, no wish
    assert convo.items and BREAKING_BAD not in [i["id"] for i in convo.items]
    assert "Taking that to be Breaking Bad" in convo.text, convo.text


async def test_a_described_cartoon_is_taken_too(api: str, convo: Conversation) -> None:
    text = "more stuff like the vampire hunter cartoon with dracula in it"
    await convo.say("request_recommendation", [], text)
    assert (convo.applied or {}).get("similar_to") == CASTLEVANIA, convo.applied
    assert CASTLEVANIA not in [i["id"] for i in convo.items]


async def test_a_vague_description_stays_a_search(api: str, convo: Conversation) -> None:
    text = "something like the funny one with the family"
    await convo.say("request_recommendation", [], text)
    assert not (convo.applied or {}).get("similar_to"), convo.applied
    assert "Taking that to be" not in convo.text


async def test_a_kind_of_title_stays_a_search(api: str, convo: Conversation) -> None:
    text = "something like a bank robbery movie"
    await convo.say("request_recommendation", [located(text, "movie", "media_type", "movie")], text)
    assert not (convo.applied or {}).get("similar_to"), convo.applied
    assert "Taking that to be" not in convo.text


async def test_a_named_title_is_not_looked_up_again(api: str, convo: Conversation) -> None:
    text = "shows like stranger things"
    await convo.say("request_recommendation", [located(text, "stranger things", "title", "Stranger Things", "similar"),
                                               located(text, "shows", "media_type", "series")], text)
    assert (convo.applied or {}).get("similar_to") == STRANGER_THINGS, convo.applied
    assert "Taking that to be" not in convo.text


async def test_a_described_title_asked_more_of_after_a_list(api: str, convo: Conversation) -> None:
    await convo.say("request_recommendation", [located("comedies", "comedies", "genre", "comedy")], "comedies")
    text = "hmm, more like the show where the chemistry teacher cooks crystal meth"
    await convo.say("more_like", [located(text, "show", "media_type", "series")], text)
    assert (convo.applied or {}).get("similar_to") == BREAKING_BAD, convo.applied
    assert BREAKING_BAD not in [i["id"] for i in convo.items]


async def test_the_first_words_of_another_name_give_way_to_the_description(api: str, convo: Conversation) -> None:
    # "the vampire …" begins "The Vampire Diaries": read as that title by its first words, the description says more
    text = "any movies along the lines of the vampire hunter series where dracula has an army"
    await convo.say("request_recommendation", [
        located(text, "movies", "media_type", "movie"), located(text, "the vampire", "title", "The Vampire Diaries",
                                                                 "similar"),
        located(text, "series", "media_type", "series")], text)
    applied = convo.applied or {}
    assert applied.get("similar_to") == CASTLEVANIA, applied
    assert applied.get("media_type") in ("movie", ["movie"]), applied  # the format asked for; the anchor's is no wish
    assert not applied.get("query"), applied  # neither the cue nor the description is a topic


async def test_a_title_named_in_full_inside_a_description_stays(api: str, convo: Conversation) -> None:
    text = "something like the stranger things monster show"
    await convo.say("request_recommendation", [
        located(text, "stranger things", "title", "Stranger Things", "similar"),
        located(text, "show", "media_type", "series")], text)
    assert (convo.applied or {}).get("similar_to") == STRANGER_THINGS, convo.applied
    assert "Taking that to be" not in convo.text
