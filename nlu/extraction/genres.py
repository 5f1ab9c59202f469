"""Genres: the vocabulary's canonical ids and synonyms, plus the extra ways viewers name them.

Everything in vocabulary.GENRES is used (ids, labels, synonyms), so a genre added there is understood
here without an NLU change. Where the vocabulary's synonym collides with another contract entity the
other reading wins by lexicon precedence (see lexicon.py): "funny"/"romantic" are moods, "for kids",
"children", "family friendly" are audiences (contracts §5 audience row). "late night" is not used: in
a request it is about the viewer's evening far more often than about talk shows.
"""

from __future__ import annotations

from contract.vocabulary import GENRES

from .media import MEDIA_NOUNS
from .terms import Term

ENTITY = "genre"

NOT_USED = frozenset({"late night"})
EXTRA: dict[str, tuple[str, ...]] = {
    "comedy": ("humor", "humour", "comedic"),
    "romance": ("romance", "rom-com", "romcom", "romantic comedy", "romantic comedies", "love story",
                "romantic drama"),
    "documentary": ("documentary", "doc", "docs", "docu-series", "docu series"),
    "horror": ("slashers", "horror flicks"),
    "thriller": ("psychological thriller", "suspense thriller"),
    "sci-fi": ("sci-fi", "science-fiction", "sf"),
    "anime": ("animes", "animated series", "animated movies"),
    "crime": ("gangster", "mafia", "cop shows", "murder mystery"),
    "kids": ("cartoon", "kids movies", "kids films", "kids tv", "kid movies", "kid shows", "children's movies",
             "children's shows", "children's films", "childrens movies"),
    "family": ("family films",),
    "stand-up": ("stand-up comedy", "stand-up specials", "standup comedy", "comedy special", "comedians"),
    "talk-show": ("talk show", "late night shows", "late-night talk shows"),
    "reality": ("reality tv", "reality show", "reality series"),
    "music": ("music", "concert films", "music documentaries"),
    "classic": ("classic", "old films", "golden age"),
    "international": ("international",),
    "sports": ("sports",),
    "teen": ("teen", "teen movies", "teen dramas", "high-school"),
    "science-nature": ("nature documentaries", "animals"),
}
# A mood word right before a media noun names a genre: "funny movies" → comedy + movie.
MOOD_WORD_GENRES: dict[str, str] = {
    "funny": "comedy", "hilarious": "comedy", "scary": "horror", "creepy": "horror", "spooky": "horror",
    "romantic": "romance",
}


def _term(phrase: str, genre: str) -> Term:
    """A genre term; a trailing media noun becomes a separately reported head."""
    words = phrase.split()
    head = MEDIA_NOUNS.get(words[-1]) if len(words) > 1 else None
    return Term(ENTITY, genre, head=("media_type", head) if head else None, inflect=True)


def mood_genre_terms() -> list[tuple[str, Term]]:
    """"scary movies", "funny shows", ...: must outrank the mood reading, so listed before moods."""
    return [(f"{word} {noun}", _term(f"{word} {noun}", genre))
            for word, genre in MOOD_WORD_GENRES.items() for noun in MEDIA_NOUNS]


def terms() -> list[tuple[str, Term]]:
    """Every genre phrase: ids, labels, vocabulary synonyms, then the extras above."""
    out: list[tuple[str, Term]] = []
    for g in GENRES:
        phrases = (g.id, g.id.replace("-", " "), g.label.lower(), *g.synonyms, *EXTRA.get(g.id, ()))
        out += [(p.lower(), _term(p.lower(), g.id)) for p in phrases if p.lower() not in NOT_USED]
    return out
