"""What the embedding model reads for an item (recommender.snapshot.embedding_text)."""

from __future__ import annotations

from recommender.snapshot import embedding_text


def test_tags_that_only_say_where_or_how_a_title_was_made_are_left_out() -> None:
    text = embedding_text("TV Show", ["Crime TV Shows", "International TV Shows", "Korean TV Shows"],
                          "Two detectives chase a killer.")
    assert text == "TV Show. Crime TV Shows. Two detectives chase a killer"


def test_a_title_with_only_place_tags_reads_as_its_kind_and_synopsis() -> None:
    assert embedding_text("Movie", ["International Movies", "Independent Movies"], "A quiet drama.") == \
        "Movie. A quiet drama"
