"""Review round 19, mend M1 (NLU side): holidays, dislike verbs and old-fashioned years. Sentences are this module's
own; each class has near-misses that must not change.

1. a bare "not" turns no holiday down, and a turn-down a plain mention of the holiday follows turns nothing down
   (``contract.words.holiday_mentions_turned_down``);
2. a holiday negated ("not halloween-ish") rules its theme out, not its mood: no scare excluded beside a horror wish
   (``nlu/extraction/holidays.tempered``);
3. one list of dislike verbs (``contract.words.DISLIKE_VERB_PATTERN``) read by the holidays, the closing dislike and
   the franchises;
4. "good old-fashioned" is a style, no years; bare "not modern" before a name's word is no old years (``years``).
"""

from __future__ import annotations

import re

import pytest

from contract.words import DISLIKE_VERB_PATTERN, holiday_mentions_turned_down


def _said(text: str) -> list[str]:
    return [text[a:b].lower() for a, b in holiday_mentions_turned_down(text)]


# -- 1. which holiday is turned down -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "we're not at easter yet, still i'd like an easter film",
    "it is not halloween till friday but a halloween movie tonight would be fun",
    "i loathe christmas, yet my mum insists on a christmas comedy",
])
def test_a_holiday_wished_for_is_not_turned_down(text):
    assert _said(text) == []


@pytest.mark.parametrize("text, holiday", [
    ("christmas eve, and honestly i'm sick of christmas films, a spy thriller", "christmas"),
    ("no halloween stuff please, something with a heist", "halloween"),
    ("we despise valentines rubbish, give us a war film", "valentines"),
])
def test_a_holiday_turned_down_is_every_mention(text, holiday):
    said = _said(text)
    assert said and set(said) == {holiday} and len(said) == text.lower().count(holiday)


# -- 2. a holiday negated keeps its mood out of it ---------------------------------------------------------------------

def test_a_holiday_theme_negated_leaves_the_horror_wish_whole(values):
    text = "nothing halloween-themed, i just want a proper horror"
    assert values(text, "mood") == [] and values(text, "genre") == [("horror", None)]


def test_a_halloween_wish_after_a_negated_mention_is_not_ruled_out(values):
    assert ("scary", "exclude") not in values("it isn't halloween until next week but i fancy a halloween film", "mood")


@pytest.mark.parametrize("text", [
    "halloween night but no gore",                  # near miss: the scare still goes where gore is turned down
    "halloween film, my boys are 6 and 8",          # and where children watch
])
def test_a_holiday_scare_still_gives_way(values, text):
    assert ("scary", "exclude") in values(text, "mood")


def test_a_plain_halloween_wish_is_scary(values):
    assert values("a halloween flick for tonight", "mood") == [("scary", None)]


# -- 3. one list of dislike verbs --------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["hate", "hates", "hated", "dislikes", "loathe", "detests", "despise", "can't stand",
                                  "cannot stand", "not into", "no fan of"])
def test_dislike_verbs_are_one_list(verb):
    assert re.fullmatch(rf"(?:{DISLIKE_VERB_PATTERN})", verb)


@pytest.mark.parametrize("word", ["not", "no", "like", "hat", "stand"])
def test_no_bare_negation_or_liking_is_a_dislike_verb(word):
    assert not re.fullmatch(rf"(?:{DISLIKE_VERB_PATTERN})", word)


def test_a_closing_dislike_by_a_shared_verb_rules_the_kind_out(values):
    assert ("horror", "exclude") in values("a comedy tonight, the horror ones, my wife detests them", "genre")


# -- 4. old-fashioned and not modern -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["a good old-fashioned whodunit", "some good old fashioned monster horror"])
def test_good_old_fashioned_is_a_style_not_years(values, text):
    assert values(text, "year") == []


@pytest.mark.parametrize("text", ["an old-fashioned mystery", "the old fashioned kind of western please"])
def test_old_fashioned_alone_still_asks_for_classic_years(values, text):
    assert values(text, "year") == [("old:31", None)]


@pytest.mark.parametrize("text", ["not modern family again, anything else", "not modern love, we've seen it"])
def test_not_modern_before_a_names_word_is_no_years(values, text):
    assert values(text, "year") == []


@pytest.mark.parametrize("text", ["a comedy, nothing modern", "not modern films please", "nothing too modern",
                                  "nothing modern please"])
def test_not_modern_alone_or_before_a_kind_is_old(values, text):
    assert values(text, "year") == [("old", None)]
