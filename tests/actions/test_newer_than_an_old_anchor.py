""""Like <an old title> but newer" (actions/contrast.py ``_years``): newer than the anchor and of the catalog's last
generation (``recent_years`` = ``GENERATION_YEARS``; the recommender keeps the later of the two bounds), so a 1970s anchor
never gets 1980s picks, while a recent anchor keeps its own year + 1. "Older" is unchanged. Pure: no recommender."""

from __future__ import annotations

from actions.contrast import Contrast, apply_contrast
from contract.constraints import GENERATION_YEARS, Constraints

OLD_CRIME = {"id": "s90", "title": "An Old Crime Film", "type": "movie", "year": 1974, "seasons": None,
             "duration_minutes": 170, "rating": "R", "genres": ["drama"]}
RECENT_DRAMA = {"id": "s91", "title": "A Recent Drama", "type": "movie", "year": 2016, "seasons": None,
                "duration_minutes": 110, "rating": "R", "genres": ["drama"]}


def _like(anchor, shift, **said):
    state = Constraints(similar_to=anchor["id"], similar_title=anchor["title"], **said)
    return apply_contrast(state, Contrast(anchor["id"], anchor["title"], (shift,)), anchor).constraints


def test_newer_than_an_old_anchor_is_of_the_catalogs_last_generation():
    state = _like(OLD_CRIME, "newer")
    assert state.year_min == 1975 and state.recent_years == GENERATION_YEARS


def test_newer_than_a_recent_anchor_still_starts_after_its_year():
    state = _like(RECENT_DRAMA, "newer")  # the recommender keeps 2017 over the generation's start
    assert state.year_min == 2017 and state.recent_years == GENERATION_YEARS


def test_older_is_only_before_the_anchor():  # near miss: no generation bound on "older"
    state = _like(OLD_CRIME, "older")
    assert state.year_max == 1973 and state.recent_years is None and state.older_than_years is None


def test_a_stricter_recency_said_with_newer_stays():  # near miss: "newer, the last couple of years"
    state = _like(OLD_CRIME, "newer", recent_years=3)
    assert state.recent_years == 3 and state.year_min is None
