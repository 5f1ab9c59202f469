"""A long title named by a distinctive part of it right after a verb of watching through (nlu/extraction/title_parts.py),
and one title watched through with the viewer's state "now" after it (names.py ``_seen_lists``). Phrasings are this
module's own; the gazetteer is the shipped catalog's."""

from __future__ import annotations

import pytest

from nlu.extraction.title_parts import TitleParts


def titles(ents, text: str) -> list[tuple[str, str | None]]:
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


def _parts(*names: str) -> TitleParts:
    return TitleParts(names, lambda w: len(w) >= 3 and w not in {"the", "with", "and"},
                      lambda t: t.split(":")[0], lambda members: min(members))


def test_a_run_of_content_words_of_one_title_names_it() -> None:
    parts = _parts("Conversations with a Killer: The Ted Bundy Tapes", "Bundy Family Reunion")
    assert parts.named(("ted", "bundy", "tapes")) == "Conversations with a Killer: The Ted Bundy Tapes"
    assert parts.named(("bundy", "tapes")) == "Conversations with a Killer: The Ted Bundy Tapes"


def test_a_run_two_unrelated_titles_share_names_none() -> None:
    parts = _parts("Gangs of New York", "To and From New York")
    assert parts.named(("new", "york")) is None


def test_a_run_one_franchise_shares_names_its_first() -> None:
    parts = _parts("Kung Fu Panda: Secrets of the Scroll", "Kung Fu Panda: Holiday")
    assert parts.named(("kung", "panda")) is None  # not said together
    assert parts.named(("fu", "panda")) is None  # "fu" is too short a word to tell a title
    assert parts.named(("secrets", "scroll")) is None  # "of the" stands between them


def test_the_whole_title_is_no_part_of_it() -> None:
    assert _parts("Dark Waters").named(("dark", "waters")) is None


def test_only_after_a_verb_of_watching_through() -> None:
    parts = _parts("Europe's Most Dangerous Man: Otto Skorzeny in Spain")
    found = parts.watched("just finished the otto skorzeny thing, need another one")
    assert [(t, "just finished the otto skorzeny thing, need another one"[a:b]) for a, b, t in found] == [
        ("Europe's Most Dangerous Man: Otto Skorzeny in Spain", "otto skorzeny")]
    assert parts.watched("a documentary about otto skorzeny") == []
    assert parts.watched("finished the otto skorzeny documentaries about spain") == []  # the slot goes on


@pytest.mark.parametrize("text", [
    "we just finished the ted bundy tapes thing, want my next true crime fix",
    "binged the ted bundy tapes one, what now",
])
def test_a_distinctive_part_said_as_watched_is_the_title(ents, text: str) -> None:
    assert titles(ents, text) == [("Conversations with a Killer: The Ted Bundy Tapes", None)]


@pytest.mark.parametrize("text", [
    "any documentaries about ted bundy",     # a topic, no verb of watching
    "finished the new york one",             # words many titles share
    "finished the high school one",          # vocabulary words: a kind
])
def test_parts_never_read_elsewhere(ents, text: str) -> None:
    assert titles(ents, text) == []


@pytest.mark.parametrize("text", [
    "my mum and i watched the royal wedding last night, a comedy please",
    "saw the royal wedding on tv yesterday. anything funny",
    "binged the ted bundy tapes, something lighter now",
])
def test_common_words_without_a_work_noun_name_no_title(ents, text: str) -> None:
    assert titles(ents, text) == []


@pytest.mark.parametrize("text, title", [
    ("my mum and i watched the royal wedding movie, a comedy please", "A Christmas Prince: The Royal Wedding"),
    ("my mum and i watched The Royal Wedding, a comedy please", "A Christmas Prince: The Royal Wedding"),
    ("finished the otto skorzeny, anything like it", "Europe's Most Dangerous Man: Otto Skorzeny in Spain"),
])
def test_a_work_noun_a_name_only_word_or_capitals_name_the_title(ents, text: str, title: str) -> None:
    assert [v for v, _ in titles(ents, text)] == [title]


def test_the_part_tells_a_name_by_its_words_or_its_capitals() -> None:
    parts = _parts("A Christmas Prince: The Royal Wedding")
    assert parts.watched("watched the royal wedding, now romance") == []
    assert [t for _, _, t in parts.watched("watched the royal wedding show, now romance")] == [
        "A Christmas Prince: The Royal Wedding"]
    assert [t for _, _, t in parts.watched("watched the Royal Wedding, now romance")] == [
        "A Christmas Prince: The Royal Wedding"]
    assert parts.watched("WATCHED THE ROYAL WEDDING, NOW ROMANCE") == []  # shouted, no capitals of a name


@pytest.mark.parametrize("text", [
    "watched ozark and now i feel kind of lost, what next",
    "finally watched ozark yesterday and now i'm a bit hollow. what next",
])
def test_one_title_watched_through_with_a_state_now_is_a_like_anchor(ents, text: str) -> None:
    assert titles(ents, text) == [("Ozark", "similar")]


@pytest.mark.parametrize("text", [
    "seen ozark, what else", "seen ozark and narcos. now what", "already watched ozark now what",
    "watched ozark last week, anything else",   # no state "now": a title to leave out
    "seen ozark before and now i want a comedy",
])
def test_titles_said_seen_stay_left_out(ents, text: str) -> None:
    assert all(role == "exclude" for _, role in titles(ents, text)) and titles(ents, text)
