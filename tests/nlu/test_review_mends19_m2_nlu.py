"""Review mends of round 19 (helper M2), NLU part: a menace word that points at a title rules no kind out
(``nlu/extraction/negation._names_a_title``). Phrasings are this module's own; near-misses keep the rule.

* "not the zombies one", "not those monsters ones": the phrase names a title (or titles) of the list by what is in it;
* "no demons in it?", "is there no monster in this film": a question about the title in view, nothing else named.

A request worded as a question, or one naming something besides the menace, still rules out horror, thriller and
action (round 29B: of menace that is no subject of its own; "no zombies" is the subject ruled out alone,
tests/nlu/test_menace_as_topics29B.py).
"""

from __future__ import annotations

import pytest

_MENACE_KINDS = {("horror", "exclude"), ("thriller", "exclude"), ("action", "exclude")}


def _excluded(values, text: str) -> set[tuple[str, str | None]]:
    return {g for g in values(text, "genre") if g[1] == "exclude"}


@pytest.mark.parametrize("text", [
    "nah not the zombies one, show me the other",
    "not that creepy monster one please",
    "hmm not those ghosts ones",
    "no demons in it?",
    "wait, no bad guys in this one?",
    "is there no monster in this film",
    "so are there no villains in that show",
])
def test_a_menace_phrase_pointing_at_a_title_rules_no_kind_out(values, text):
    assert not _excluded(values, text) & _MENACE_KINDS


@pytest.mark.parametrize("text", [
    "no villains in it",                              # no question: a wish for the next titles
    "can you find a cartoon with no villains in it?",  # a request worded as a question
    "a show for my niece. no baddies in it?",           # the question is about the show asked for
    "anything without bad guys in it?",
    "no villain ones please, nothing with creatures",   # "ones" with no determiner: the kind
    "nothing with ghosts or baddies, she's five",
])
def test_a_menace_phrase_of_a_request_still_rules_the_kinds_out(values, text):
    assert _MENACE_KINDS <= _excluded(values, text)


def test_the_menace_words_of_a_question_are_no_title(values):
    assert values("so no bad guys in this one?", "title") == []
