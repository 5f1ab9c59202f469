"""Round 29A of the NLU extraction: two titles named to choose between.

A comparison's two sides (``contract.comparisons``) are both titles, with no role, when a catalog title is all of
each side: "<A> or <B>" heading a sentence, "<A> vs <B>", "which should we start, <A> or <B>", "what's better for
<someone>, <A> or <B>". Two vocabulary words (genres, kinds), people, or a likeness list are no titles compared.
Phrasings are this module's own (the full Netflix catalog's gazetteer, tests/nlu/conftest.py)."""

from __future__ import annotations

import pytest

from contract.comparisons import comparison_slots, cued_comparison_slots


def _sides(text: str) -> list[tuple[str, str]]:
    return [(text[a[0]:a[1]], text[b[0]:b[1]]) for a, b in comparison_slots(text)]


# -- the shapes ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, sides", [
    ("raging bull or mean streets?", ("raging bull", "mean streets")),
    ("hmm, outlander versus vincenzo tonight", ("outlander", "vincenzo")),
    ("should we put on hush or the strangers", ("hush", "the strangers")),
    ("which one should i binge first: castlevania or disenchantment", ("castlevania", "disenchantment")),
    ("what's better for a date night, the lovebirds or swiss army man?", ("the lovebirds", "swiss army man")),
    ("blue ruin or rust creek, what would you go with", ("blue ruin", "rust creek")),
])
def test_the_two_sides_of_a_choice(text, sides):
    assert sides in _sides(text), _sides(text)


def test_a_pair_said_with_or_alone_is_no_cued_choice():
    assert comparison_slots("tea or coffee") and not cued_comparison_slots("tea or coffee")


def test_a_pair_said_with_vs_is_a_cued_choice():
    assert cued_comparison_slots("hush vs shelter")


# -- titles read -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, titles", [
    ("should we start castlevania or disenchantment", ["Castlevania", "Disenchantment"]),
    ("outlander versus vincenzo tonight", ["Outlander", "Vincenzo"]),
    ("raging bull or mean streets?", ["Raging Bull", "Mean Streets"]),
    ("which is better for my nephew, the worst witch or 44 cats", ["The Worst Witch", "44 Cats"]),
])
def test_both_sides_are_titles_with_no_role(values, text, titles):
    assert values(text, "title") == [(t, None) for t in titles], values(text, "title")


def test_a_lowercase_pair_with_a_choice_word_after_it(values):
    assert [v for v, _ in values("shutter island or the irishman, which first", "title")] == [
        "Shutter Island", "The Irishman"]


@pytest.mark.parametrize("text", [
    "thriller or drama?",
    "a film or a show, which is better",
    "documentary or anime tonight?",
])
def test_two_kinds_are_no_titles(values, text):
    assert values(text, "title") == [], values(text, "title")


def test_two_people_are_no_titles(values):
    assert values("keanu reeves or tom cruise, which is better", "title") == []


def test_a_likeness_list_keeps_its_role(values):
    assert values("anything like castlevania or disenchantment", "title") == [
        ("Castlevania", "similar"), ("Disenchantment", "similar")]


def test_titles_seen_keep_their_role(values):
    assert {r for _, r in values("watched castlevania or disenchantment already?", "title")} == {"exclude"}


def test_the_existing_better_than_shape_still_reads_both(values):
    assert [v for v, _ in values("is hush scarier than shelter?", "title")] == ["Hush", "Shelter"]
