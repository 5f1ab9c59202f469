"""Round 22i: a kind someone has never watched is asked for when "one" of it is asked to be shown or seen after it
("never watched westerns, my dad wants to show me one": nlu/extraction/negation.py with
contract.words.ONE_OF_IT_WISHED_PATTERN). Near misses: "never seen <kind>" alone is neither wish nor refusal, and "one"
that is no title of the kind ("one day", "see one more") asks for nothing. Phrasings are this module's own."""

from __future__ import annotations

import datetime as dt

import pytest

from contract.gazetteer import Gazetteer
from nlu.extraction import extract_entities

TODAY = dt.date(2026, 12, 1)


def _genres(text: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    return [(e["value"], e.get("role")) for e in extract_entities(text, TODAY, gazetteer) if e["entity"] == "genre"]


@pytest.mark.parametrize("text", [
    "i have never watched a single anime and my niece keeps begging to show me one",
    "never really seen anime, i'd like to try one tonight",
    "honestly i've never tried anime. happy to give one a go with the kids",
    "my partner has never seen anime and i want to introduce him to one",
])
def test_a_kind_never_watched_and_asked_to_be_shown_is_wanted(text: str, gazetteer: Gazetteer) -> None:
    assert ("anime", None) in _genres(text, gazetteer)


@pytest.mark.parametrize("text", [
    "i have never watched a single anime",
    "my flatmate has never seen a horror, tonight a comedy",
    "never watched anime, i'll see one day maybe. a comedy please",
])
def test_a_kind_never_watched_alone_is_no_wish(text: str, gazetteer: Gazetteer) -> None:
    assert ("anime", None) not in _genres(text, gazetteer) and ("horror", None) not in _genres(text, gazetteer)


def test_never_watching_a_kind_stays_a_refusal(gazetteer: Gazetteer) -> None:
    assert _genres("never watch horror, show me one of your comedies", gazetteer)[0] == ("horror", "exclude")
