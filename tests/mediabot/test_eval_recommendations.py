"""``mediabot eval recommendations``: how its queries are built and how answers are judged (real fixture
catalog, real model, raw CSVs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mediabot.eval import recommendations as ev
from mediabot.eval.judge import CATALOG_CSV
from mediabot.eval.topics import FRESH_TOPIC_CASES, TOPIC_CASES, TopicCase

NETFLIX_SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "netflix_small.csv"


def test_the_distinctive_phrase_is_rare_words_without_names_or_stop_word_edges() -> None:
    synopsis = "When Maria moves to Paris, a shy baker opens a haunted patisserie for the neighbourhood."
    weights = {"haunted": 5.0, "patisserie": 6.0, "baker": 4.0, "shy": 3.0, "opens": 1.0, "paris": 9.0, "maria": 9.0}
    assert ev.distinctive_phrase(synopsis, weights) == "opens a haunted patisserie"


def test_a_synopsis_too_short_for_a_phrase_gives_none() -> None:
    assert ev.distinctive_phrase("A heist.", {"heist": 5.0}) is None


def test_a_topic_matches_word_starts_only() -> None:
    heist = TopicCase("a heist", "heist", r"heist|thie")
    assert heist.is_about("Two thieves plan one last job.")
    assert not heist.is_about("An atheist preacher loses his faith.")


def test_every_hand_written_topic_has_at_least_ten_relevant_titles_in_the_bundled_catalog() -> None:
    texts = list(ev.synopses(CATALOG_CSV).values())
    thin = [c.ask for c in (*TOPIC_CASES, *FRESH_TOPIC_CASES) if sum(c.is_about(t) for t in texts) < 10]
    assert thin == []


def test_the_fresh_topic_set_asks_about_other_things_than_the_first() -> None:
    assert not {c.query for c in FRESH_TOPIC_CASES} & {c.query for c in TOPIC_CASES}


def test_the_franchise_baseline_puts_a_second_title_of_one_franchise_after_the_others(
        fixture_recommender: Any) -> None:
    from recommender.ranking import same_franchise

    rec = fixture_recommender
    body = {"query": "stand-up comedy special", "limit": 10}
    plain = ev.embedding_only(rec, body, 80)
    deduped = ev.embedding_one_per_franchise(rec, body, 10)
    titles = [rec.snapshot.titles[rec.snapshot.row_of[i]] for i in deduped]
    assert set(deduped) <= set(plain) and len(deduped) == 10
    assert not any(same_franchise(a, b) for n, a in enumerate(titles) for b in titles[:n])


def test_recall_counts_a_target_only_inside_the_first_k() -> None:
    answers = [["a", "b"], ["x"] * 10 + ["c"]]
    assert ev.recall_at(answers, ["b", "c"], k=10) == 0.5


def test_topic_recall_is_relative_to_the_relevant_titles_that_exist() -> None:
    case = TopicCase("sharks", "sharks", r"shark")
    texts = {"1": "A shark attacks.", "2": "A quiet drama.", "3": "Sharks everywhere."}
    precision, recall = ev.topic_scores(case, ["1", "2", "3"], texts, relevant_total=2, k=10)
    assert precision == pytest.approx(0.2) and recall == 1.0


def test_intra_list_diversity_is_zero_for_one_title_twice_and_one_minus_cosine_for_two(
        fixture_recommender: Any) -> None:
    rec = fixture_recommender
    a, b = rec.snapshot.source_ids[:2]
    va, vb = (rec.vectors[rec.snapshot.row_of[i]].astype(np.float32) for i in (a, b))
    assert ev.intra_list_diversity(rec, [[a, a]]) == pytest.approx(0.0, abs=1e-3)
    assert ev.intra_list_diversity(rec, [[a, b]]) == pytest.approx(1 - float(va @ vb), abs=1e-3)


def test_held_back_phrases_find_their_titles_by_embedding_far_more_often_than_by_prior(
        fixture_recommender: Any) -> None:
    rec = fixture_recommender
    texts = ev.synopses(NETFLIX_SMALL)
    phrases = ev.held_back(list(rec.snapshot.source_ids), texts, n=60)
    targets = list(phrases)
    bodies = [{"query": phrases[t], "limit": 10} for t in targets]
    by_embedding = ev.recall_at([ev.embedding_only(rec, b, 10) for b in bodies], targets)
    by_prior = ev.recall_at([ev.prior_only(rec, b, 10) for b in bodies], targets)
    assert len(targets) >= 55
    assert by_embedding >= 0.6 > by_prior + 0.4
