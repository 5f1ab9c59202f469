"""Round 26c: titles named inside free text (the whole catalog's gazetteer; phrasings are this module's own).

1. a title's one rare word (its head or its part after the colon) said alone, after a likeness cue or as the subject of
   its end is that title (``NameMatcher._add_rare_title_parts``); after a topic cue it stays a topic;
2. a title said to be over, then more asked for, is a like-search on it (``_ended_subject``), an everyday-word title
   too; its end said without a request for more, or an everyday "the <word>" with only "any recs", reads no title;
3. a hint in brackets between a title and its praise ("<title> (the german one) broke me, more like it") is read past:
   the title is the like anchor, the hint's origin no constraint (``_char_past_hint``; praise verbs of contract/praise.py).
"""

from __future__ import annotations

from typing import Callable

import pytest

from nlu_cases import Ent

Reader = Callable[[str], list[Ent]]


def _titles(ents: Reader, text: str) -> list[tuple[str, str | None]]:
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


# -- 1 -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,title,role", [
    ("bandersnatch", "Black Mirror: Bandersnatch", None),
    ("anything like voltron?", "Voltron: Legendary Defender", "similar"),
    ("binged kantaro, need more", "Kantaro: The Sweet Tooth Salaryman", None),
])
def test_a_titles_rare_word_names_it(ents: Reader, text: str, title: str, role: str | None) -> None:
    assert (title, role) in _titles(ents, text), ents(text)


@pytest.mark.parametrize("text", ["documentaries about hiroshima", "a film on oktoberfest traditions"])
def test_a_rare_word_after_a_topic_cue_stays_a_topic(ents: Reader, text: str) -> None:
    assert not _titles(ents, text), ents(text)


# -- 2 -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,title", [
    ("voltron finally ended :( what's like it", "Voltron: Legendary Defender"),
    ("the crown wrapped up last month, anything similar?", "The Crown"),
    ("call my agent is done and i'm heartbroken, got more like it", "Call My Agent!"),
    ("so medici is over. similar pls", "Medici: Masters of Florence"),
])
def test_a_title_said_over_then_more_asked_is_a_like_search(ents: Reader, text: str, title: str) -> None:
    assert (title, "similar") in _titles(ents, text), ents(text)


@pytest.mark.parametrize("text", ["the match finished, any recs?", "ozark ended last night",
                                  "work is over finally, something funny"])
def test_an_end_without_a_likeness_reads_no_title(ents: Reader, text: str) -> None:
    assert not any(role == "similar" for _, role in _titles(ents, text)), ents(text)


# -- 3 -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["dark (the german one) broke me, more like it",
                                  "dark (german show) was brilliant. anything similar?"])
def test_a_hint_between_a_title_and_its_praise_is_read_past(ents: Reader, text: str) -> None:
    found = ents(text)
    assert ("Dark", "similar") in _titles(ents, text), found
    assert not any(e.entity in ("country", "language", "mood") for e in found), found
