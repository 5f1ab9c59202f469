"""A correction of what the bot understood (round 22a): the leading answer particle ("no", "nah", "nope") answers the
bot and negates nothing after it (nlu/extraction/corrections.answer_particle, contract/words.correction_lead).

"No i said comedy" wants comedy; "nah a romance not a thriller" wants romance and rules the thriller out; "i meant
children's films not children in films" rules nothing of the children's shelf out. Near misses: a refusal after the
particle ("no, no horror"), a bare "no X", "no X or Y", a second refusal ("not thrillers either") and another kind
after "not" ("no comedies, not in the mood for laughs") stay refusals.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("no i said comedy", [("comedy", None)]),
    ("nah i meant thrillers", [("thriller", None)]),
    ("nope, i was asking for horror films", [("horror", None)]),
    ("no no i said romance", [("romance", None)]),
    ("no i said sci-fi anime", [("sci-fi", None), ("anime", None)]),
    ("no i said sport films not documentaries", [("sports", None), ("documentary", "exclude")]),
    ("nah a romance not a thriller", [("romance", None), ("thriller", "exclude")]),
    ("no, crime rather than horror", [("crime", None), ("horror", "exclude")]),
    ("nope drama instead of comedy", [("drama", None), ("comedy", "exclude")]),
])
def test_what_follows_the_particle_is_wanted(values, text, expected):
    assert values(text, "genre") == expected, values(text, "genre")


def test_a_format_corrected(values):
    text = "nah a docuseries not documentary films"
    assert values(text, "genre") == [("documentary", None)]
    assert values(text, "media_type") == [("series", None), ("movie", "exclude")]


def test_the_same_kind_said_again_rules_nothing_out(values):
    text = "no, i meant children's films not children in films"
    assert ("kids", None) in values(text, "genre")
    assert all(role != "exclude" for _, role in values(text, "audience")), values(text, "audience")


@pytest.mark.parametrize("text, expected", [
    ("no, i meant shah rukh khan", [("Shah Rukh Khan", None)]),
    ("nah i said shah rukh", [("Shah Rukh Khan", None)]),
    # a bare "no" before a name is read as said; the actions decide whether it corrects the search's person
    ("nah shah rukh", [("Shah Rukh Khan", "exclude")]),
    ("no tom hanks", [("Tom Hanks", "exclude")]),
])
def test_people_after_the_particle(values, text, expected):
    assert values(text, "actor") == expected, values(text, "actor")


# Near misses: real refusals after (or without) an answer particle.
@pytest.mark.parametrize("text, expected", [
    ("no comedy", [("comedy", "exclude")]),
    ("no horror please", [("horror", "exclude")]),
    ("no, no horror", [("horror", "exclude")]),
    ("no i said no horror", [("horror", "exclude")]),
    ("no horror or thrillers", [("horror", "exclude"), ("thriller", "exclude")]),
    ("no horror, not thrillers either", [("horror", "exclude"), ("thriller", "exclude")]),
    ("no comedies, not in the mood for laughs", [("comedy", "exclude")]),
    ("no horror, definitely not thrillers", [("horror", "exclude"), ("thriller", "exclude")]),
    ("nah, nothing romantic or horror", [("horror", "exclude")]),
])
def test_refusals_stay_refusals(values, text, expected):
    assert values(text, "genre") == expected, values(text, "genre")


def test_a_language_refused_after_the_particle(values):
    assert values("nah, nothing korean", "language") == [("ko", "exclude")]


def test_not_that_before_an_adjective_is_a_refusal(values):
    assert values("not that scary please", "mood") == [("scary", "exclude")]
