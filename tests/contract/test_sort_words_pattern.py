"""contract.constraints.sort_words_pattern: the one alternation of the sort superlatives, read by the NLU's sort
reading and the actions' list questions (round 21d)."""

from __future__ import annotations

import re

from contract.constraints import SORT_WORDS, sort_words_pattern


def test_every_superlative_is_in_the_pattern() -> None:
    assert all(re.fullmatch(sort_words_pattern(), word) for word in SORT_WORDS)


def test_one_order_holds_only_its_own_words() -> None:
    pattern = sort_words_pattern("shortest")
    assert re.fullmatch(pattern, "quickest") and not re.fullmatch(pattern, "longest")


def test_the_pattern_is_one_group_to_join_with_more() -> None:
    assert re.fullmatch(sort_words_pattern() + "|earliest", "earliest")
    assert not re.fullmatch("the " + sort_words_pattern(), "the earliest")
