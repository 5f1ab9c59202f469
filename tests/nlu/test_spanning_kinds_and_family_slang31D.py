"""Round 31D: a ruled-out kind that spans several catalog genres rules all of them out (contract/vocabulary.py
``SPANNING_KINDS``), and the family said in slang ("the fam", "famjam") is the family audience only when framed as
company. Real extractor and the bundled catalog's gazetteer; phrasings are this module's own."""

from __future__ import annotations

import pytest

from contract.vocabulary import SPANNING_KINDS, spanned_genres


def test_the_vocabulary_says_which_genres_the_supernatural_spans():
    assert set(spanned_genres("nothing paranormal")) == {"fantasy", "horror"}
    assert spanned_genres("a supernatural one") == SPANNING_KINDS["supernatural"]
    assert spanned_genres("a slasher") == ()


@pytest.mark.parametrize("text", ["skip anything paranormal, give me a thriller",
                                  "no supernatural things please, a crime thriller"])
def test_a_ruled_out_spanning_kind_rules_out_every_genre_it_spans(values, text):
    excluded = {v for v, role in values(text, "genre") if role == "exclude"}
    assert {"fantasy", "horror"} <= excluded, values(text, "genre")
    assert ("thriller", None) in values(text, "genre")


def test_a_spanning_kind_asked_for_is_no_genre_ruled_out(values):
    got = values("a paranormal thriller for tonight", "genre")
    assert got == [("thriller", None)], got


def test_horror_asked_beside_a_ruled_out_spanning_kind_stays(values):
    got = values("horror please, but nothing supernatural", "genre")
    assert ("horror", None) in got and ("horror", "exclude") not in got, got


@pytest.mark.parametrize("text", ["a holiday film for the fam", "something to watch with my fam tonight",
                                  "the whole fam wants a comedy", "famjam movie night ideas",
                                  "a fam night cartoon"])
def test_the_family_in_slang_framed_as_company_is_the_family_audience(values, text):
    assert values(text, "audience") == [("family", None)], values(text, "audience")


@pytest.mark.parametrize("text", ["thanks fam", "ok fam, what else", "cheers fam that looks good"])
def test_fam_addressing_the_bot_is_no_audience(values, text):
    assert values(text, "audience") == [], values(text, "audience")
