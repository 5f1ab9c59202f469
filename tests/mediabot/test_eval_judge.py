"""The dialogue evaluation's judge (mediabot.eval.dialogue): hand-made items against expectations, no servers."""

from __future__ import annotations

from mediabot.eval.judge import Context, Row, check_item, judge_turn, junk_quotes


def _row(**kw) -> Row:
    base = dict(id="s1", type="Movie", title="Laugh Track", directors=("Jane Roe",), cast=("Adam Sandler", "Kim Lee"),
                countries=("United States",), year=2019, rating="PG-13", minutes=35, seasons=None,
                listed_in=("Comedies", "Stand-Up Comedy"))
    base.update(kw)
    return Row(**base)


CATALOG = {
    "s1": _row(),
    "s2": _row(id="s2", title="Night Terrors", rating="R", minutes=98, listed_in=("Horror Movies",), year=2012),
    "s3": _row(id="s3", type="TV Show", title="Seoul Nights", minutes=None, seasons=2, rating="TV-14",
               countries=("South Korea",), listed_in=("Korean TV Shows", "TV Dramas")),
}
COMEDY_40_PG13 = {"picks": True, "type": "Movie", "listed_in_any": ["Comedies", "Stand-Up Comedy"],
                  "max_minutes": 40, "max_rating": "PG-13", "cast_all": ["adam sandler"], "year_min": 2015,
                  "not_listed_in": ["Horror Movies"]}


def test_an_item_that_satisfies_every_constraint_passes() -> None:
    verdict = judge_turn([{"id": "s1", "title": "Laugh Track", "reason": "comedy with Adam Sandler"}],
                         COMEDY_40_PG13, CATALOG)
    assert verdict.passed and verdict.items_ok == 1 and verdict.expected_picks is True and not verdict.junk


def test_each_broken_constraint_is_named() -> None:
    bad = check_item(CATALOG["s2"], COMEDY_40_PG13)
    assert any("runtime 98" in b for b in bad) and any("rating R" in b for b in bad)
    assert any("excluded" in b for b in bad) and any("year 2012" in b for b in bad)
    verdict = judge_turn([{"id": "s2"}], COMEDY_40_PG13, CATALOG)
    assert not verdict.passed and verdict.items_ok == 0


def test_a_series_never_passes_a_runtime_bound_and_a_movie_never_a_season_bound() -> None:
    assert check_item(CATALOG["s3"], {"max_minutes": 60})
    assert check_item(CATALOG["s1"], {"seasons_max": 3})
    assert not check_item(CATALOG["s3"], {"seasons_max": 3, "any_of": [{"country_any": ["South Korea"]},
                                                                       {"listed_in_any": ["Korean TV Shows"]}]})


def test_empty_answers_are_judged_against_the_catalog() -> None:
    assert not judge_turn([], {"picks": True, "genre_any": ["horror"]}, CATALOG).passed
    honest = judge_turn([], {"picks": False, "genre_any": ["horror"], "type": "TV Show"}, CATALOG)
    assert honest.passed and honest.expected_picks is False


def test_follow_up_checks_use_what_was_shown_before() -> None:
    ctx = Context(previous=[CATALOG["s2"], CATALOG["s1"]], shown_ids={"s1", "s2"})
    assert check_item(CATALOG["s1"], {"new_titles": True}, CATALOG, ctx)
    assert check_item(CATALOG["s1"], {"not_prev_pos": 2}, CATALOG, ctx)
    assert check_item(_row(id="s9", minutes=90), {"shorter_than_prev": True}, CATALOG, ctx)  # median 66.5
    assert not check_item(_row(id="s9", minutes=30), {"shorter_than_prev": True}, CATALOG, ctx)


def test_reasons_quoting_filler_are_junk() -> None:
    assert junk_quotes("close to 'thats'") == ["thats"]
    assert junk_quotes("matches 'with the'") == ["with the"]
    assert junk_quotes("comedy · matches 'office'") == []
    assert junk_quotes("Adam Sandler's comedy") == []
