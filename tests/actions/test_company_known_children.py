"""A child already counted, named again in a remark while the search is for children, is a cap beside the youngest's
(actions/company.known_children_as_caps); named as who the titles are for now, or a new age, it changes as before."""

from __future__ import annotations

from actions.company import known_children_as_caps
from actions.constraints import CAP
from actions.entities import Entity
from actions.turn import Said
from contract.constraints import Constraints

EARLIER = (Said("our kids are 5, 8 and 13, nothing above pg please",
                (Entity("audience", "kids", None, 13, 26),)),)
FAMILY = Constraints(audience="family")


def _audience(text: str, phrase: str, value: str) -> Entity:
    start = text.index(phrase)
    return Entity("audience", value, None, start, start + len(phrase))


def test_the_oldest_named_again_in_a_remark_is_a_cap() -> None:
    text = "not the baby shows, the 13 year old would riot"
    out = known_children_as_caps(text, [_audience(text, "13 year old", "teen")], FAMILY, EARLIER)
    assert out[0].role == CAP


def test_children_named_as_who_it_is_for_now_change_the_audience() -> None:
    text = "ok now for the 8 and 13 year olds"
    out = known_children_as_caps(text, [_audience(text, "8 and 13 year olds", "family")], FAMILY, EARLIER)
    assert out[0].role is None


def test_a_new_age_changes_as_before() -> None:
    text = "actually the 15 year old is the one watching"
    out = known_children_as_caps(text, [_audience(text, "15 year old", "teen")], FAMILY, EARLIER)
    assert out[0].role is None
