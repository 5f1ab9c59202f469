"""A catalog director by surname alone before a directing verb (nlu/extraction/names.py). Phrasings are this module's
own; the gazetteer is the shipped catalog's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["just the ones scorsese directed", "anything scorsese directed lately?"])
def test_a_surname_before_a_directing_verb_is_the_director(ents, text):
    assert [(e.entity, e.value) for e in ents(text) if e.entity in ("actor", "director")] == [
        ("director", "Martin Scorsese")]


def test_the_surname_as_a_topic_is_still_no_person(ents):
    assert [e for e in ents("a documentary about scorsese") if e.entity in ("actor", "director")] == []


@pytest.mark.parametrize("text", ["hmm, just the rock then", "how about the rock"])
def test_an_everyday_nickname_as_the_whole_request_is_the_person(ents, text):
    assert [e.value for e in ents(text) if e.entity in ("actor", "director")] == ["Dwayne Johnson"]


@pytest.mark.parametrize("text", ["a documentary about the rock formations", "climbing the rock", "a sly comedy"])
def test_an_everyday_nickname_inside_a_request_is_a_word(ents, text):
    assert [e for e in ents(text) if e.entity in ("actor", "director")] == []
