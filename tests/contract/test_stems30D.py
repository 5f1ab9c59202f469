"""Round 30D: one home for folding a word (contract/stems.py): a noun's ``singular`` / ``plural``, read back as a
real word, and ``word_stem``, a word's family as a matching key. The NLU lexicon, a genre's own names, a ruled-out
topic's base word, the kind words of a query and the synopsis words of a reason all read the same ``singular``."""

from __future__ import annotations

import pytest

from contract.stems import plural, singular, word_stem
from contract.topics import topic_base
from contract.vocabulary import names_the_genre


@pytest.mark.parametrize(("word", "one"), [
    ("comedies", "comedy"), ("documentaries", "documentary"), ("thrillers", "thriller"), ("docs", "doc"),
    ("crimes", "crime"), ("romances", "romance"), ("adventures", "adventure"),  # an -e noun keeps its "e"
    ("witches", "witch"), ("bushes", "bush"), ("bosses", "boss"), ("boxes", "box"),
    ("heroes", "hero"), ("superheroes", "superhero"), ("zombies", "zombie"),
    ("scifis", "scifi"), ("docus", "docu"), ("sharks", "shark"),
])
def test_a_plural_reads_back_as_its_singular(word: str, one: str) -> None:
    assert singular(word) == one


@pytest.mark.parametrize("word", [
    "series", "docuseries", "news", "sports", "kids", "anime", "music",  # the same in both numbers
    "class", "actress", "virus", "campus", "famous", "crisis", "analysis",  # an "s" that is no plural
    "bus", "gas", "his", "its",  # too short to be a plural worth folding
    "comedy", "thriller",
])
def test_a_word_that_is_no_plural_stays(word: str) -> None:
    assert singular(word) == word


def test_the_nlu_lexicon_keeps_its_movies_and_indy_spellings() -> None:
    """"movies" and "indies" keep the "-ies" → "-y" reading: the lexicon's "... movies" phrases gain no "... movie"
    spelling, and "indy" is read back from "indies" on purpose (nlu/extraction/names.py)."""
    assert singular("movies") == "movy"
    assert singular("indies") == "indy"


@pytest.mark.parametrize("word", ["comedy", "thriller", "doc", "witch", "box", "series", "kids", "crime"])
def test_singular_undoes_plural(word: str) -> None:
    assert singular(plural(word)) == word


def test_word_stem_folds_a_family_and_singular_does_not() -> None:
    """The matching key folds -ing / -ed / -er and a final "e"; the singular only a plural."""
    assert len({word_stem(w) for w in ("bake", "baking", "baker", "baked", "bakers")}) == 1
    assert word_stem("super-hero") == word_stem("superheroes") == "superhero"
    assert word_stem("spies") == word_stem("spy") == "spi"
    assert {singular(w) for w in ("baking", "baker", "baked")} == {"baking", "baker", "baked"}


def test_a_topic_base_uses_the_same_singular() -> None:
    assert topic_base("sharks") == "shark"
    assert topic_base("news") == "news"  # was "new": a "no news" topic echoed as "nothing about new"
    assert topic_base("volcanoes") == "volcano"
    assert topic_base("bosses") == "boss"


def test_a_genre_name_needs_its_whole_name() -> None:
    """The kids genre's own name is "kids" (the plural is invariable): "kidnapping" no longer shares enough of it to
    name the genre, while "kid" and "kids" still do."""
    assert names_the_genre("kids", "kids") and names_the_genre("kid", "kids")
    assert not names_the_genre("kidnapping", "kids")
    assert names_the_genre("comedies", "comedy")
