"""Round 28D: a name half remembered beside a cast pointer ("the guy from <title>, rob something") is the start of one
cast member's name, so that member is meant, never the title's whole lead cast (actions/cast_of.py
``_half_remembered``, ``pick_by_hint(prefix=True)``). Phrasings are this module's own."""

from __future__ import annotations

from actions.cast_of import _half_remembered, pick_by_hint

_LEADS = ["Robert De Niro", "Harvey Keitel"]


def test_the_word_before_a_vagueness_is_a_half_remembered_name():
    assert _half_remembered("the guy from mean streets, rob something. what else is he in", []) == ["rob"]


def test_every_vague_form_counts():
    for text in ("harv whatever", "harv whatshisname", "harv or something", "harv-something"):
        assert _half_remembered(text, []) == ["harv"], text


def test_a_word_inside_an_entity_is_no_half_remembered_name():
    text = "mean streets something"
    assert _half_remembered(text, [(0, len("mean streets"))]) == []


def test_function_words_before_something_are_no_names():
    assert _half_remembered("the guy from that film or something", []) == []


def test_the_start_of_a_name_word_picks_that_cast_member():
    assert pick_by_hint(_LEADS, ["rob"], prefix=True) == "Robert De Niro"


def test_a_start_that_fits_several_members_picks_none():
    assert pick_by_hint(["Robert De Niro", "Robin Wright"], ["rob"], prefix=True) is None


def test_without_prefix_a_cut_name_still_picks_none():
    assert pick_by_hint(_LEADS, ["rob"]) is None
