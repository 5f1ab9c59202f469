"""A length turned down without a runtime ("nothing super long", "not too long") while the search is for series is a
short series (a season count), never a runtime that swaps the series for films; with a runtime or a film asked for
it stays a runtime (actions/cues.series_size_words)."""

from __future__ import annotations

from planned_turns import after, at, planned

from contract.constraints import SHORT_SERIES_MAX_SEASONS

SERIES = [{"id": f"t{n}", "title": f"Show {n}", "type": "series", "seasons": n, "duration_minutes": None}
          for n in range(1, 6)]


def test_nothing_too_long_of_a_series_search_is_a_short_series() -> None:
    text = "ok but nothing super long, we only have this week"
    plan = planned(after(text, [at(text, "nothing super long", "duration", "-120")], "refine", items=SERIES,
                         genres=["comedy"], media_type=["series"]))
    assert plan.constraints.max_seasons == SHORT_SERIES_MAX_SEASONS
    assert plan.constraints.max_minutes is None and plan.constraints.media_type == ["series"]


def test_a_runtime_said_of_a_series_search_stays_a_runtime() -> None:
    text = "not longer than 2 hours"
    plan = planned(after(text, [at(text, "not longer than 2 hours", "duration", "-120")], "refine", items=SERIES,
                         genres=["comedy"], media_type=["series"]))
    assert plan.constraints.max_minutes == 120 and plan.constraints.max_seasons is None
