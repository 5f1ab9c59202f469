"""nlu/extraction/names.py ``cast_said``: "with him" as the viewer's company ("to watch with him", "with her this
weekend") is no cue for a person on screen; the person keeps the role of their credits. Phrasings are this module's
own; the gazetteer is the shipped catalog's."""

from __future__ import annotations

import pytest

from nlu.extraction.names import cast_said


def _people(ents, text):
    return [(e.entity, e.value) for e in ents(text) if e.entity in ("actor", "director")]


@pytest.mark.parametrize("text", [
    "grandpa is a big clint eastwood fan, a film to watch with him this evening",
    "clint eastwood movies, something i can enjoy with him after dinner",
    "my uncle adores clint eastwood films, any to see with him later",
])
def test_the_person_as_company_keeps_the_role_of_the_credits(ents, text):
    assert _people(ents, text) == [("director", "Clint Eastwood")]


@pytest.mark.parametrize("text", [
    "clint eastwood, got anything with him?",
    "clint eastwood, something to watch with him in it",
    "clint eastwood please, a western starring him",
])
def test_the_person_on_screen_is_still_the_actor(ents, text):
    assert _people(ents, text) == [("actor", "Clint Eastwood")]


@pytest.mark.parametrize("text, said", [
    ("a movie to watch with her tonight", False),
    ("something to share with him at home", False),
    ("with her on the weekend maybe", False),
    ("anything with her?", True),
    ("anything with her in the lead", True),
    ("watch something with him in it", True),
])
def test_company_is_no_cast_cue(text, said):
    assert cast_said(text) is said
