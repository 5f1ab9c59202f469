"""Reasons that inform (issue 11 item 5; recommender/reasons.py): each reason names what the item shares with
the request or the "like" title, never a field every card already shows (runtime, year, type, rating), never
a filler word. Real recommender on the fixture catalog; checks read the item's own record."""

from __future__ import annotations

import re
from typing import Any

from contract.vocabulary import genre_label
from contract.words import is_content_word, is_filler
from recommender.constraints import RecommendationRequest
from recommender.reasons import BROAD_GENRES, shared_words

RATINGS = re.compile(r"\b(?:TV-(?:Y7?|G|PG|14|MA)|PG-13|NC-17|PG|R|G)\b")


def recommend(rec: Any, query: str | None = None, limit: int = 5, **constraints: Any) -> list[dict[str, Any]]:
    return rec.recommend(RecommendationRequest(query=query, constraints=constraints, limit=limit))["items"]


def test_a_like_reason_names_the_genres_shared_with_the_title_and_ends_with_it(fixture_recommender) -> None:
    rec = fixture_recommender
    seed_genres = set(rec.snapshot.genres_of(rec.snapshot.row_of["s5941"])) - BROAD_GENRES  # Breaking Bad
    for item in recommend(rec, similar_to="s5941"):
        shared = {genre_label(g).lower() for g in set(item["genres"]) & seed_genres}
        head = item["reason"].split(" · ")[0]
        assert set(head.split(", ")) <= shared and (head or not shared), (item["genres"], item["reason"])
        assert item["reason"].endswith("like Breaking Bad"), item["reason"]


def test_shared_synopsis_words_are_distinctive_content_words_of_both_titles(fixture_recommender) -> None:
    rec = fixture_recommender
    s = rec.snapshot
    checked = 0
    for seed in range(0, len(s), 7):
        for item in recommend(rec, similar_to=s.source_ids[seed], limit=3):
            row = s.row_of[item["id"]]
            for word in shared_words(s, row, seed):
                checked += 1
                assert len(word) >= 4 and word in s.descriptions[row].lower(), (word, s.titles[row])
                assert is_content_word(word) and not is_filler(word), word
                assert word[:4] in s.descriptions[seed].lower(), (word, s.titles[seed])
    assert checked >= 5  # the rule fires on a real catalog


def test_a_reason_never_repeats_runtime_year_or_rating(fixture_recommender) -> None:
    rec = fixture_recommender
    for constraints in ({"genres": ["comedy"], "max_minutes": 40}, {"similar_to": "s3686"},
                        {"recent_years": 3, "media_type": ["movie"]}, {}):
        for item in recommend(rec, **constraints):
            reason = item["reason"]
            assert str(item["year"]) not in reason and not RATINGS.search(reason), reason
            assert not re.search(r"\d+\s*(?:min|h\b|season)", reason), reason


def test_without_a_genre_asked_the_reason_leads_with_a_specific_genre(fixture_recommender) -> None:
    for item in recommend(fixture_recommender, limit=10):
        specific = [g for g in item["genres"] if g not in BROAD_GENRES]
        if specific:
            assert not item["reason"].startswith(("international", "independent")), item


def test_an_asked_language_is_named(fixture_recommender) -> None:
    items = recommend(fixture_recommender, languages=["ko"])
    assert items and all("in Korean" in it["reason"] for it in items), [it["reason"] for it in items]


def test_a_query_word_naming_the_genre_the_reason_leads_with_is_not_quoted_again(fixture_recommender) -> None:
    """"drama · matches 'dramas'" says the same thing twice."""
    for query in ("dramas", "comedies", "thriller"):
        for item in recommend(fixture_recommender, query, limit=10):
            head, *rest = item["reason"].split(" · ")
            quoted = re.findall(r"matches '([^']*)'", item["reason"])
            assert not quoted or quoted[0][:5] not in head, item["reason"]


def test_a_query_word_only_in_the_kind_tags_is_not_quoted(fixture_recommender) -> None:
    """Tags ("Children & Family Movies") are not what a title is about: a quoted word is in its title or
    synopsis."""
    for item in recommend(fixture_recommender, "family movies children", limit=20):
        for word in re.findall(r"matches '([^']*)'", item["reason"]):
            text = f"{item['title']} {item['description']}".lower()
            assert re.search(rf"\b{re.escape(word)}", text), (item["title"], item["reason"])
