"""K-dramas are Korean series, whatever genre the catalog gives them.

The lexicon reads the compound ("k-drama", "kdramas", "k dramas", "korean dramas": geo.DRAMA_PREFIXES,
geo.DRAMA_SERIES_ORIGINS) as genre drama + Korean + series on one span, and "a korean drama" as the language and the
genre side by side. The catalog files most Korean series under "Korean TV Shows" + "Romantic TV Shows" or "Crime TV
Shows" without "TV Dramas" (the tag takes the genre's slot), so requiring the drama genre would lose most of them.
Here a Korean drama the viewer wants becomes the Korean series it means: the drama genre goes, a series format is
added when none is said, and children's and reality titles (Korean series too, never a K-drama) are ruled out on the
same span. "A korean drama film", "korean drama movies" and "korean dramas, movies only" stay drama films; a ruled-out
K-drama ("no kdramas") keeps its reading; the other origins' dramas ("j-dramas", "turkish dramas") keep the genre,
since their catalog series carry it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .spans import Found

_KOREAN = {("language", "ko"), ("country", "South Korea")}
_EXCLUDE = "exclude"  # negation.EXCLUDE: negation.py imports geo.py, which this module mirrors; repeated, not imported
# Korean series that are no K-drama: the catalog's Kids' TV and Reality TV titles tagged Korean.
NOT_KDRAMA_GENRES = ("kids", "reality")
_BETWEEN_RE = re.compile(r"[\s-]*")


def korean_dramas_as_series(text: str, found: list[Found]) -> list[Found]:
    """The Korean drama wanted in ``found`` as a Korean series (module docstring), else ``found`` unchanged."""
    drama = next((f for f in found if f.entity == "genre" and f.value == "drama" and f.role is None
                  and _korean_at(text, f, found)), None)
    if drama is None or _films_only(found):
        return found
    out = [f for f in found if f is not drama]
    if not any(f.entity == "media_type" and f.role is None for f in found):
        out.append(Found("media_type", drama.start, drama.end, "series"))
    named = {f.value for f in found if f.entity == "genre"}
    out += [replace(drama, value=g, role=_EXCLUDE) for g in NOT_KDRAMA_GENRES if g not in named]
    return sorted(out, key=lambda f: (f.start, f.end))


def _korean_at(text: str, drama: Found, found: list[Found]) -> bool:
    """Korean said on the drama's own span ("k-dramas") or just before it ("a korean drama")."""
    for f in found:
        if (f.entity, f.value) not in _KOREAN or f.role is not None:
            continue
        if (f.start, f.end) == (drama.start, drama.end):
            return True
        if f.end <= drama.start and _BETWEEN_RE.fullmatch(text, f.end, drama.start):
            return True
    return False


def _films_only(found: list[Found]) -> bool:
    """The message asks for films and not for series: a Korean drama film is a drama."""
    formats = {f.value for f in found if f.entity == "media_type" and f.role is None}
    return "movie" in formats and "series" not in formats
