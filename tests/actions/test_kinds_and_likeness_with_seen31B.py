"""Round 31B. A one-word catalog title that is an everyday noun, said before a plural kind word with other constraints
("<noun> films from the 80s"), names a kind of title, not the title: no identification of one title
(identification ``_title_opening``); "is <title> on here?" still asks for the title. And a likeness ask opening the
message stays a request like the title when the message also says a version of it was already seen (the NLU's
"seen"): picks like the title, the describing words of the version seen no constraint (actions/likeness_seen.py).
Phrasings are this module's own."""

from __future__ import annotations

import uuid

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions.entities import Entity  # noqa: E402
from actions.identification import sketch_of  # noqa: E402
from actions.likeness_seen import likeness_said_first, without_the_seen_version  # noqa: E402
from actions.turn import Turn  # noqa: E402
from dialogue_driver import Conversation, located  # noqa: E402


def _at(text: str, said: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(said)
    return Entity(name, value, role, start, start + len(said))


@pytest.mark.parametrize("text, media, years", [
    ("war films from the 80s and 90s", ("films", "movie"), ("from the 80s and 90s", "1980-1999")),
    ("heist shows from the 2010s?", ("shows", "series"), ("from the 2010s", "2010-2019")),
])
def test_a_title_word_before_a_plural_kind_is_a_kind(full_catalog_gazetteer, text, media, years) -> None:
    entities = [_at(text, media[0], "media_type", media[1]), _at(text, years[0], "year", years[1])]
    assert sketch_of(Turn("t", "request_recommendation", text, entities, {})) is None


def test_the_title_with_its_star_and_year_is_still_the_title(full_catalog_gazetteer) -> None:
    text = "war with jet li, 2007?"
    sketch = sketch_of(Turn("t", "request_recommendation", text, [_at(text, "jet li", "actor", "Jet Li"),
                                                                  _at(text, "2007", "year", "2007")], {}))
    assert sketch is not None and sketch.name is not None and sketch.name.casefold() == "war"


@pytest.mark.parametrize("text, title", [
    ("shows like the office, but the american one we've already watched", "the office"),
    ("anything similar to the office? already seen the us version", "the office"),
])
def test_a_likeness_ask_up_front_with_a_version_seen(text, title) -> None:
    turn = Turn("t", "feedback_seen", text, [_at(text, title, "title", "The Office (U.S.)", "similar")], {})
    assert likeness_said_first(turn)


@pytest.mark.parametrize("text", [
    "already watched the office, like it a lot",
    "saw the office, loved it",
])
def test_a_seen_title_said_first_is_feedback(text) -> None:
    turn = Turn("t", "feedback_seen", text, [_at(text, "the office", "title", "The Office (U.S.)", "similar")], {})
    assert not likeness_said_first(turn)


def test_the_words_of_the_version_seen_are_no_constraint() -> None:
    text = "something like the office but the american one i've seen already, under 30 minutes"
    turn = Turn("t", "feedback_seen", text, [_at(text, "the office", "title", "The Office (U.S.)", "similar"),
                                            _at(text, "american", "country", "United States"),
                                            _at(text, "under 30 minutes", "duration", "-30")], {})
    assert [e.name for e in without_the_seen_version(turn).entities] == ["title", "duration"]


@pytest.fixture
def convo(recommender_url: str, monkeypatch: pytest.MonkeyPatch) -> Conversation:
    monkeypatch.setenv("RECOMMENDER_URL", recommender_url)
    monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "30")
    return Conversation(sender_id=f"test:{uuid.uuid4().hex[:12]}")


async def test_the_seen_label_still_answers_with_picks_like_the_title(fixture_gazetteer, convo: Conversation) -> None:
    text = "shows like the office, but the american one we've already watched"
    await convo.say("feedback_seen", [located(text, "the office", "title", "The Office (U.S.)", "similar"),
                                      located(text, "american", "country", "United States")], text)
    titles = [i["title"] for i in convo.items]
    assert titles and "The Office (U.S.)" not in titles
    assert "out of your suggestions" not in convo.text
    assert convo.applied is not None and not convo.applied.get("countries")
