"""A person sent away by a pronoun ("forget her, any stand-up") is a removal that also leaves the titles of theirs
just shown out (actions/edits.Removal.person_dismissed, applied in planning); dropping a field is not."""

from __future__ import annotations

from actions.edits.removals import find_removals
from contract.constraints import Constraints


def test_forget_her_dismisses_the_person() -> None:
    removal = find_removals("ok forget her, any comedy is fine", [], Constraints(actors=["Fortune Feimster"]))
    assert "people" in removal.groups and removal.person_dismissed


def test_dropping_a_field_dismisses_nobody() -> None:
    removal = find_removals("forget the year", [], Constraints(actors=["Fortune Feimster"], year_min=2019))
    assert not removal.person_dismissed


def test_her_without_a_person_searched_dismisses_nobody() -> None:
    assert not find_removals("forget her", [], Constraints(genres=["comedy"])).person_dismissed
