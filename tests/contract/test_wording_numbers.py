"""How season counts and catalog-relative years are worded (contract/wording.py)."""

from __future__ import annotations

import pytest

from contract import wording
from contract.constraints import OLD_YEARS


@pytest.mark.parametrize(("low", "high", "written", "spoken"), [
    (1, 1, "1 season", "one season"),
    (4, None, "at least 4 seasons", "at least four seasons"),
    (None, 2, "up to 2 seasons", "up to two seasons"),
    (2, 3, "2–3 seasons", "two to three seasons"),
    (None, None, None, None),
])
def test_season_ranges(low, high, written, spoken) -> None:
    assert wording.season_range(low, high) == written
    assert wording.season_range(low, high, spoken=True) == spoken


def test_describe_names_seasons_and_relative_years() -> None:
    assert wording.describe({"genres": ["crime"], "min_seasons": 1, "max_seasons": 1, "recent_years": 3}) == \
        "crime · 1 season · recent"
    assert wording.describe({"older_than_years": OLD_YEARS}) == "older titles"
    assert wording.describe({"recent_years": 5}) == "from the newest 5 years"
    assert wording.describe({"recent_years": 1}) == "from the newest year"
    assert wording.describe({"media_type": ["series"], "max_seasons": 2}, spoken=True) == \
        "series with up to two seasons"
