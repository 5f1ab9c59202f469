"""Round 20j: a famous director's distinctive surname alone beside a film word or an admirer's words is that director
(names._body_of_work_cue); the surname as a topic ("a book about ...") stays unread. Phrasings are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["would you have a kubrick film from the sixties",
                                  "my father is a great admirer of kubrick, what do you stock",
                                  "any scorsese pictures"])
def test_a_directors_surname_beside_his_work_is_the_director(values, text):
    assert [v for v, _ in values(text, "director")] in (["Stanley Kubrick"], ["Martin Scorsese"])


@pytest.mark.parametrize("text", ["a documentary about kubrick"])
def test_a_surname_as_the_topic_is_no_director(values, text):
    assert values(text, "director") == []
