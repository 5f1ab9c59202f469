"""Follow-ups of a list of series: "shorter" / "longer" are season counts, and a new "like" anchor leaves the old out.

The search may not say series (a "like <series> but less scary" search keeps its anchor's format without
a media type), so the list shown decides: a minute bound would swap the series for films."""

from __future__ import annotations

from planned_turns import after, at, planned

from actions.cues import relative_season_cues

SERIES = [{"id": f"t{n}", "title": f"Show {n}", "type": "series", "seasons": n, "duration_minutes": None}
          for n in (5, 3, 2, 3, 1)]
FILMS_AND_SERIES = SERIES[:3] + [{"id": "m1", "title": "A film", "type": "movie", "seasons": None,
                                  "duration_minutes": 95}]


def test_shorter_after_series_only_is_fewer_seasons_than_the_list() -> None:
    text = "shorter"
    found = relative_season_cues(text, [at(text, "shorter", "duration", "shorter")], SERIES)
    assert [(e.name, e.value) for e in found] == [("seasons", "-2")]


def test_longer_after_series_only_is_more_seasons_than_the_list() -> None:
    text = "something longer"
    found = relative_season_cues(text, [at(text, "longer", "duration", "longer")], SERIES)
    assert [(e.name, e.value) for e in found] == [("seasons", "4-")]


def test_shorter_after_a_list_with_films_stays_minutes() -> None:
    text = "shorter"
    assert relative_season_cues(text, [at(text, "shorter", "duration", "shorter")], FILMS_AND_SERIES) == []


def test_a_runtime_said_with_shorter_is_no_season_count() -> None:
    text = "shorter, under 90 minutes"
    entities = [at(text, "shorter", "duration", "shorter"), at(text, "under 90 minutes", "duration", "-90")]
    assert relative_season_cues(text, entities, SERIES) == []


def test_shorter_after_a_like_search_of_series_keeps_series_and_the_anchor() -> None:
    text = "shorter"
    plan = planned(after(text, [at(text, "shorter", "duration", "shorter")], items=SERIES,
                         genres=["scifi"], similar_to="s2"))
    c = plan.constraints
    assert (c.max_seasons, c.max_minutes, c.similar_to) == (2, None, "s2"), c
    assert c.media_type != ["movie"], c


# -- the earlier "like" anchor stays out when the search moves to another one -----------------------------------------

def test_more_like_a_listed_title_leaves_out_the_title_the_search_was_like() -> None:
    text = "more like the second one"
    plan = planned(after(text, [at(text, "the second one", "position", "2")], "more_like", items=SERIES,
                         similar_to="s8003", similar_title="Sherlock", media_type=["series"]))
    assert plan.constraints.similar_to == "t3"
    assert "s8003" in plan.exclude_ids, plan.exclude_ids


def test_an_edit_that_keeps_the_anchor_does_not_exclude_it() -> None:
    text = "only british"
    plan = planned(after(text, [at(text, "british", "country", "GB")], items=SERIES,
                         similar_to="s8003", similar_title="Sherlock", media_type=["series"]))
    assert plan.constraints.similar_to == "s8003"
    assert "s8003" not in plan.exclude_ids
