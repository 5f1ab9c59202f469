"""Data-dependent wording: runtimes, constraint summaries, headings and the "nothing matched" answers."""

from __future__ import annotations

import pytest

from contract import wording
from contract.constraints import Constraints
from contract.payloads import HandoffState, Item


@pytest.mark.parametrize(("minutes", "seasons", "text"), [
    (32, None, "32 min"), (112, None, "1 h 52 min"), (120, None, "2 h"),
    (None, 3, "3 seasons"), (None, 1, "1 season"), (None, None, None),
])
def test_runtime_is_written_the_same_way_everywhere(minutes, seasons, text) -> None:
    assert wording.runtime(minutes, seasons) == text


def test_describe_lists_every_constraint_in_words() -> None:
    state = Constraints(genres=["comedy"], exclude_genres=["horror"], max_minutes=40, audience="kids",
                        languages=["ko"], year_min=1990, year_max=1999, directors=["Martin Scorsese"],
                        similar_to="s8", similar_title="Stranger Things", media_type=["movie"])
    text = wording.describe(state.to_wording())
    for part in ("comedy", "no horror", "movies only", "under 40 min", "for young kids", "Korean", "1990–1999",
                 "directed by Martin Scorsese", "like Stranger Things"):
        assert part in text
    assert "s8" not in text  # the display title, not the catalog id


def test_heading_grammar() -> None:
    assert wording.recommendations_heading(Constraints(genres=["thriller"]).to_wording(), 1) == \
        "Here's 1 pick (thriller):"
    assert wording.recommendations_heading({}, 3) == "Here are 3 picks:"
    assert "varied mix of 5" in wording.recommendations_heading({}, 5, diverse=True)


def test_no_results_says_what_was_asked_and_offers_the_relaxation() -> None:
    asked = Constraints(genres=["documentary"], max_minutes=10).to_wording()
    text = wording.no_results(asked, "allow up to 60 minutes")
    assert "couldn't find" in text and "under 10 min" in text and "allow up to 60 minutes" in text
    assert "start over" in wording.no_results(asked, None)


def test_exhausted_says_everything_was_shown() -> None:
    text = wording.exhausted(Constraints(genres=["documentary"]).to_wording(), "allow any genre")
    assert "You've seen all of it" in text and "allow any genre to find more" in text


def test_why_gives_the_reason_and_the_request() -> None:
    item = Item("s1", "Short Laughs", year=2019, reason="comedy · fine for kids")
    text = wording.why(item, Constraints(genres=["comedy"], max_minutes=40).to_wording())
    assert text.startswith("I picked Short Laughs (2019) — comedy · fine for kids.")
    assert "under 40 min" in text


def test_a_handoff_that_ends_or_cannot_start_says_why_on_every_channel() -> None:
    handoff_notice = wording.handoff_notice
    timed_out, cancelled = HandoffState("ended", reason="timeout"), HandoffState("ended", reason="cancelled")
    nobody, voice = HandoffState("unavailable", reason="nobody_present"), HandoffState("unavailable", reason="voice")
    for state in (timed_out, cancelled, nobody, voice):
        assert handoff_notice(state, live=True) == handoff_notice(state, live=False)  # voice hears the same words
    assert "in time" in handoff_notice(timed_out) and "mediabot again" in handoff_notice(timed_out)
    assert handoff_notice(cancelled) != handoff_notice(HandoffState("ended"))
    assert "online" in handoff_notice(nobody)
    assert "web chat" in handoff_notice(voice) and "Telegram" in handoff_notice(voice)
    assert "back to the bot" in handoff_notice(HandoffState("waiting", reason="requested"))


def test_what_is_known_names_the_standing_filters_which_alone_are_something_kept() -> None:
    standing = {"audience": "kids", "exclude_genres": ["horror"]}
    text = wording.privacy_summary({"standing": standing, "retention_days": 30})
    assert not text.startswith(wording.PRIVACY_NOTHING)
    assert "your standing filter: only titles for young kids and never horror" in text, text
    assert wording.privacy_summary({"standing": {"audience": None, "exclude_genres": []}}).startswith(
        wording.PRIVACY_NOTHING)


def test_a_whole_band_of_ratings_is_said_as_its_top() -> None:
    from contract.vocabulary import ratings_for_audience
    from contract.wording import ratings_words

    assert ratings_words(list(ratings_for_audience("family"))) == "rated up to PG/TV-PG"
    assert ratings_words(list(ratings_for_audience("teen"))) == "rated up to PG-13/TV-14"


def test_ratings_that_are_no_whole_band_are_listed() -> None:
    from contract.wording import ratings_words

    assert ratings_words(["R"]) == "rated R"
    assert ratings_words(["TV-Y", "TV-G", "G"]) == "rated TV-Y/TV-G/G"  # the youngest band has no lower one
