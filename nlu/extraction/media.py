"""Media types: film → movie, show / tv show / series → series, special → special (contracts §5).

"Documentary" is deliberately absent: contracts §5 makes it a genre. "Show" is also a verb
("show me comedies"), and "special" an adjective ("something special"), so both are checked in
context before they count.
"""

from __future__ import annotations

from spacy.tokens import Span

from .terms import Term

ENTITY = "media_type"

MEDIA_NOUNS: dict[str, str] = {
    "movie": "movie", "movies": "movie", "film": "movie", "films": "movie", "flick": "movie",
    "flicks": "movie", "show": "series", "shows": "series", "series": "series",
    "special": "special", "specials": "special",
}
_PHRASES: dict[str, tuple[str, ...]] = {
    "movie": ("feature film", "feature films", "motion picture", "motion pictures", "feature-length film"),
    "series": ("tv show", "tv shows", "tv series", "tv programme", "tv programmes", "tv program",
               "tv programs", "miniseries", "mini-series", "limited series", "episodes", "sitcom episodes"),
    "special": ("tv special", "tv specials"),
}
# "show me", "show us some": the verb, not the noun.
_SHOW_VERB_OBJECTS = frozenset({
    "me", "us", "him", "her", "them", "my", "some", "something", "anything", "all", "what", "which",
    "options", "more", "everything", "a", "an", "the", "another", "other", "your", "other",
})
_SPECIAL_ADVERBS = frozenset({"something", "anything", "nothing", "very", "really", "extra", "so", "too",
                              "particularly", "pretty", "quite", "that"})


def terms() -> list[tuple[str, Term]]:
    """Lexicon entries for media types."""
    out = [(word, Term(ENTITY, value)) for word, value in MEDIA_NOUNS.items()]
    out += [(p, Term(ENTITY, value)) for value, phrases in _PHRASES.items() for p in phrases]
    return out


def plausible(span: Span) -> bool:
    """Reject the verb "show" and the adjective "special"."""
    doc, first = span.doc, span[0].lower_
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    if len(span) == 1 and first in ("show", "shows") and nxt in _SHOW_VERB_OBJECTS:
        return False
    if len(span) == 1 and first == "special" and prev in _SPECIAL_ADVERBS:
        return False
    return True
