"""Round 16c: an age limit said with "too" ("it can be 13+ too") raises a children's cap like a rating let in; it
is nobody joining the viewers, so actions/company.py never makes it a cap. Someone joining still is. Phrasings are
this module's own."""

from __future__ import annotations

from actions.company import joining_as_caps
from actions.entities import Entity
from contract.constraints import Constraints

_FAMILY_SEARCH = Constraints(genres=["comedy"], audience="family")


def _audience(text: str, surface: str, value: str) -> Entity:
    start = text.index(surface)
    return Entity("audience", value, None, start, start + len(surface))


def test_an_age_limit_with_too_stays_a_new_audience():
    for text, surface in (("ok it can be 14+ too", "14+"), ("14 and up is fine as well", "14 and up")):
        out = joining_as_caps(text, [_audience(text, surface, "teen")], _FAMILY_SEARCH)
        assert [e.role for e in out] == [None], (text, out)


def test_someone_joining_is_still_a_cap():
    text = "my 5 year old is joining too"
    out = joining_as_caps(text, [_audience(text, "my 5 year old", "kids")], _FAMILY_SEARCH)
    assert [e.role for e in out] == ["cap"]
