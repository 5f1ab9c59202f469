"""Plain-text renderings for text-only channels."""

from __future__ import annotations

from actions import buttons
from actions.constraints import Constraints
from actions.rendering import describe, details_text, item_line, items_text, no_results_text, runtime_text

MOVIE = {"id": "s1", "title": "Short Laughs", "type": "movie", "year": 2019, "duration_minutes": 32,
         "seasons": None, "rating": "TV-14", "genres": ["comedy"], "reason": "comedy · 32 min"}
SHOW = {"id": "s2", "title": "Long Saga", "type": "series", "year": 2016, "duration_minutes": None,
        "seasons": 3, "rating": "TV-MA", "genres": ["drama"], "reason": "drama"}


def test_runtime_text():
    assert runtime_text(MOVIE) == "32 min"
    assert runtime_text({"duration_minutes": 112}) == "1 h 52 min"
    assert runtime_text({"duration_minutes": 120}) == "2 h"
    assert runtime_text(SHOW) == "3 seasons"
    assert runtime_text({"seasons": 1}) == "1 season"
    assert runtime_text({}) is None


def test_item_line_has_title_year_runtime_rating_reason():
    assert item_line(1, MOVIE) == "1. Short Laughs (2019) · 32 min · TV-14 — comedy · 32 min"
    assert item_line(2, SHOW) == "2. Long Saga (2016) · 3 seasons · TV-MA — drama"


def test_items_text_numbers_every_item():
    text = items_text("Here:", [MOVIE, SHOW])
    assert text.splitlines() == ["Here:", item_line(1, MOVIE), item_line(2, SHOW)]


def test_describe_lists_constraints_in_words():
    c = Constraints(genres=["comedy"], exclude_genres=["horror"], max_minutes=40, audience="kids",
                    languages=["ko"], year_min=1990, year_max=1999, directors=["Martin Scorsese"],
                    similar_to="s8", similar_title="Stranger Things")
    text = describe(c)
    for part in ("comedy", "no horror", "under 40 min", "for kids", "Korean", "1990–1999",
                 "directed by Martin Scorsese", "like Stranger Things"):
        assert part in text


def test_no_results_offers_the_relaxation():
    text = no_results_text(Constraints(genres=["documentary"], max_minutes=10), "allow up to 60 minutes", None)
    assert "couldn't find" in text and "under 10 min" in text and "allow up to 60 minutes" in text


def test_details_text_mentions_cast_and_description():
    item = dict(MOVIE, cast=["A One", "B Two"], directors=["D Rector"], description="Jokes.", countries=["Spain"])
    text = details_text(item)
    assert "Short Laughs (2019)" in text and "32 min" in text and "rated TV-14" in text
    assert "Starring A One, B Two" in text and "Directed by D Rector" in text and "Jokes." in text


def test_buttons_are_rasa_payloads():
    assert buttons.payload("refine", {"duration": "shorter"}) == '/refine{"duration":"shorter"}'
    assert buttons.payload("something_else") == "/something_else"
    titles = [b["title"] for b in buttons.refinement_buttons(Constraints(media_type="movie", audience="kids"), [MOVIE])]
    assert "Only movies" not in titles and "For kids" not in titles and "Something else" in titles


def test_heading_grammar_and_free_text_query():
    from actions.entities import Entity
    from actions.query_text import residual_query
    from actions.rendering import recommendations_heading

    assert recommendations_heading(Constraints(genres=["thriller"]), 1) == "Here's 1 pick (thriller):"
    assert recommendations_heading(Constraints(), 3) == "Here are 3 picks:"
    text = "movies directed by Martin Scorsese"
    ents = [Entity("media_type", "movie", None, 0, 6), Entity("director", "Martin Scorsese", None, 19, 34)]
    assert residual_query(text, ents) is None
    assert residual_query("a heist movie set in paris", [Entity("genre", "crime", None, 2, 7)]) == "set paris"
    assert residual_query("no romance either", [Entity("genre", "romance", "exclude", 0, 10)]) is None
