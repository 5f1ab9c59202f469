"""A fresh start said outright has one home (contract/words.FRESH_START_PATTERN): the search edit
(actions/constraints.FRESH_START) and the return to the beginning (actions/earlier_lists) read the same words, so
"back to square one" no longer starts afresh for one and edits the search for the other."""

from __future__ import annotations

import pytest

from actions.constraints import FRESH_START
from actions.earlier_lists import beginning_named


@pytest.mark.parametrize("text", ["ok back to square one, a comedy", "clean slate please, something scary",
                                  "let's start anew", "something totally different now"])
def test_a_fresh_start_said_outright_is_one_for_the_search(text):
    assert FRESH_START.search(text)


@pytest.mark.parametrize("text", ["something completely different from what we had at first",
                                  "back to square one, what we said at the start"])
def test_a_fresh_start_outweighs_the_beginning_named(text):
    assert beginning_named(text) is None


@pytest.mark.parametrize("text", ["a baking show about bread from scratch", "a film where they start a band",
                                  "a different comedy"])
def test_words_near_a_fresh_start_are_none(text):
    # near misses: a topic, a story, a plain "different"
    assert not FRESH_START.search(text)


def test_a_return_to_the_beginning_is_still_one():
    # near miss: no fresh start said
    assert beginning_named("let's go back to what we first said") is not None


# The take-back cues have one home too (contract/words.TAKE_BACK_PATTERN): the NLU's restart and the actions' genre
# take-back read the same words.
from actions.constraints import _TAKE_BACK_RE  # noqa: E402
from nlu.extraction.corrections import _RESTART_RE  # noqa: E402


@pytest.mark.parametrize("text", ["no horror. on second thought, a comedy", "nothing violent, change of plan, a drama",
                                  "forget what i said, a thriller", "scratch this, a western", "ignore that, a comedy"])
def test_a_take_back_is_one_for_both_runtimes(text):
    assert _TAKE_BACK_RE.search(text) and _RESTART_RE.search(text)


@pytest.mark.parametrize("text", ["nothing scary, my kids never mind subtitles, a cartoon",
                                  "never mind the rating, a comedy", "no gore, ignore that typo, a thriller"])
def test_never_mind_or_ignore_with_an_object_is_no_take_back_for_either(text):
    # near misses: "never mind the rating" used to replace the genre in the actions
    assert not _TAKE_BACK_RE.search(text) and not _RESTART_RE.search(text)
