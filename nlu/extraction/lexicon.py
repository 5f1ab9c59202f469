"""The phrase lexicon: every vocabulary-like phrase → the entity it means, with precedence.

When two concept modules claim the same phrase, the earlier section wins: topics before a documentary noun
("nature docs": topics.py), mood-words-as-genres
("scary movies") first, compound genres ("romantic comedy" = romance + comedy), then geo specials
("k-drama", "Bollywood"), audiences (they shadow the vocabulary's "for kids"/"children"), content words
("violence": a cap when negated, they shadow the mood "violent"), situations ("date night", "while I
cook": moods), compact words ("sitcom" = comedy + series), moods (they shadow "funny"/"romantic"
as genre synonyms), media types, countries/languages, the genre vocabulary, and finally the adjective forms of genre
nouns ("sporty", "horror-ish"). Exact phrases of all sections are
registered before any derived spelling variant, so a variant never overrides a listed phrase.
"""

from __future__ import annotations

from typing import Iterable

from . import audience, genres, geo, media, moods, topics
from .terms import Term, variants


def build_lexicon() -> dict[str, Term]:
    """Phrase (lowercase unless case-sensitive) → Term, variants included."""
    sections = [topics.terms(), genres.mood_genre_terms(), genres.compound_terms(), geo.terms(), audience.terms(),
                audience.content_terms(), moods.situation_terms(), genres.compact_terms(), moods.terms(),
                media.terms(), genres.terms(), genres.adjective_terms()]
    return _with_variants(sections)


def build_country_lexicon(countries: Iterable[str]) -> dict[str, Term]:
    """Catalog country names from the gazetteer, with the same case rules as built-in names."""
    return _with_variants([geo.country_name_terms(countries)])


def _with_variants(sections: list[list[tuple[str, Term]]]) -> dict[str, Term]:
    exact: dict[str, Term] = {}
    for section in sections:
        for phrase, term in section:
            exact.setdefault(_key(phrase, term), term)
    lexicon = dict(exact)
    for phrase, term in exact.items():
        if not term.case_sensitive:
            for variant in sorted(variants(phrase, term.inflect)):
                lexicon.setdefault(variant, term)
    return lexicon


def _key(phrase: str, term: Term) -> str:
    return " ".join(phrase.split()) if term.case_sensitive else " ".join(phrase.lower().split())


def head_words(lexicon: dict[str, Term]) -> frozenset[str]:
    """First words of genre, media and origin phrases: what may follow "new" in "new comedies", "new indian movies"
    (an origin adjective names a kind of title as a genre does; "New York" and "new to me" are no such phrase)."""
    return frozenset(p.split()[0] for p, t in lexicon.items()
                     if t.entity in ("genre", "media_type", "country", "language")) - {"new"}


# Entities that name a kind of title: a vocabulary word of these in a title's place still asks for the kind ("do you
# have thriller?" wants thrillers, though "Thriller" is a title too).
KIND_ENTITIES = frozenset({"genre", "media_type", "country", "language", "audience"})


def kind_phrases(lexicon: dict[str, Term]) -> frozenset[str]:
    """Lexicon phrases that name a kind of title (``KIND_ENTITIES``), for the title-slot rules of names.py."""
    return frozenset(p for p, t in lexicon.items() if t.entity in KIND_ENTITIES)
