"""Round 31D: a credited person named by a short or familiar form of the given name and the surname
(nlu/extraction/given_name_forms.py, names ``LooseNames._short_given_names``), through the real extractor and the
bundled catalog's gazetteer. Phrasings are this module's own."""

from __future__ import annotations

import pytest

from nlu.extraction.given_name_forms import fits


@pytest.mark.parametrize("typed, given", [("mo", "morgan"), ("leo", "leonardo"), ("chris", "christopher"),
                                          ("benny", "benedict"), ("jen", "jennifer"), ("matt", "matthew"),
                                          ("sam", "samuel"), ("nick", "nicholas"), ("tom", "thomas")])
def test_short_and_familiar_forms_fit_the_given_name(typed, given):
    assert fits(typed, given)


@pytest.mark.parametrize("typed, given", [("m", "morgan"), ("morgan", "morgan"), ("mor", "martin"), ("benny", "ben")])
def test_an_initial_the_name_itself_or_another_name_does_not_fit(typed, given):
    assert not fits(typed, given)


def _people(ents, text):
    return [(e.surface, e.value) for e in ents(text) if e.entity in ("actor", "director")]


@pytest.mark.parametrize("text, surface, person", [
    ("mo freeman nature docs please", "mo freeman", "Morgan Freeman"),
    ("anything starring benny cumberbatch", "benny cumberbatch", "Benedict Cumberbatch"),
    ("jen aniston romcoms", "jen aniston", "Jennifer Aniston"),
    ("some chris nolan movies", "chris nolan", "Christopher Nolan"),
    ("Mo Freeman", "Mo Freeman", "Morgan Freeman"),
])
def test_a_short_given_name_and_a_surname_name_the_one_credited_person(ents, text, surface, person):
    assert _people(ents, text) == [(surface, person)]


@pytest.mark.parametrize("text", [
    "hang on a mo, freeman films",   # punctuation between the words: no name
    "m freeman documentaries",      # one letter is an initial, and two Freemans start with m
    "thanks fam, any crime shows",
])
def test_no_person_without_a_fitting_pair(ents, text):
    assert not [p for p in _people(ents, text) if p[1] in ("Morgan Freeman", "Martin Freeman")], ents(text)
