"""A question about one fact of a named title ("how long is <title>", "who's in <title>") asks about that title: its
card, never titles like it (actions/edits._ABOUT_TITLE_RE via ``asks_about_title``). Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.edits.asked_titles import asks_about_title
from actions.turn import Turn
from planned_turns import at


def _asks(text: str, title: str, name: str) -> bool:
    return asks_about_title(Turn("t", "help", text, [at(text, title, "title", name)], {}))


@pytest.mark.parametrize("text", ["how long is dark skies", "so how old is dark skies?", "what year was dark skies",
                                  "who's in dark skies", "when did dark skies come out", "how scary is dark skies",
                                  "what's the rating of dark skies"])
def test_a_fact_question_about_a_named_title_asks_about_it(text: str) -> None:
    assert _asks(text, "dark skies", "Dark Skies")


@pytest.mark.parametrize("text", ["something as long as dark skies", "anything scary like dark skies",
                                  "who else is in stuff like dark skies", "movies from the year of dark skies"])
def test_other_sentences_with_a_title_ask_no_fact(text: str) -> None:
    assert not _asks(text, "dark skies", "Dark Skies")
