"""Round 30E of the NLU extraction: a pair compared and then asked about by a quality after a dash ("<A> or <B> -
which is lighter") is still two titles compared, the quality read as its comparative. Phrasings are this module's
own (the full Netflix catalog's gazetteer, tests/nlu/conftest.py)."""

from __future__ import annotations

import pytest

from contract.comparisons import comparison_slots


def _sides(text: str) -> list[tuple[str, str]]:
    return [(text[a[0]:a[1]], text[b[0]:b[1]]) for a, b in comparison_slots(text)]


@pytest.mark.parametrize("text, sides", [
    ("castlevania or disenchantment - which has more laughs", ("castlevania", "disenchantment")),
    ("outlander vs vincenzo — which is lighter", ("outlander", "vincenzo")),
    ("hush versus the strangers -- which is tamer", ("hush", "the strangers")),
])
def test_a_dash_ends_the_pair(text, sides):
    assert sides in _sides(text), _sides(text)


def test_a_hyphen_inside_a_name_ends_nothing():
    assert _sides("spider-man or x-men?") == [("spider-man", "x-men")]


@pytest.mark.parametrize("text, titles, quality", [
    ("castlevania or the worst witch - which one is less scary for a 6 year old", ["Castlevania", "The Worst Witch"],
     "less-scary"),
    ("which is spookier: hush or the strangers", ["Hush", "The Strangers"], "scarier"),
])
def test_both_titles_and_the_quality(values, text, titles, quality):
    assert [v for v, _ in values(text, "title")] == titles, values(text, "title")
    assert [v for v, _ in values(text, "contrast")] == [quality], values(text, "contrast")


def test_heavier_is_a_darker_comparative(values):
    assert values("outlander or the worst witch, which is heavier", "contrast") == [("darker", None)]
