"""A kind from one origin ruled out: "no telenovelas", "not those k-dramas", "no turkish dramas", "no k-pop",
"no nordic noir", "not the british comedies", "no comedies from france".

The words name a genre and an origin together (one compact word, or an origin right before or after the kind), and
the viewer turns down the pair, never the genre from everywhere nor the origin for every genre: a drama from Mexico is
a telenovela, a British drama is not. Each pair becomes one ``origin_genre`` entity, value "<genre>@<origin>"
(``contract.constraints.origin_genre``), role ``exclude``; the actions put it in ``exclude_origin_genres`` and the
recommender leaves out the titles with that genre from that origin (docs/contracts.md "A kind from one origin").

A telenovela names drama or romance (genres.NOVELA_VALUES), in Spanish unless the message says otherwise; both genres
are paired with the origin. The foreign shelf ("no foreign films": the international genre) is a kind of its own.
"""

from __future__ import annotations

import re

from contract.constraints import origin_genre

from . import genres
from .spans import EXCLUDE, Found

ENTITY = "origin_genre"
ORIGINS = frozenset({"country", "language"})
_OWN_SHELF = frozenset({"international"})  # "no foreign films": the shelf's own origin word, no pair
_NOVELA_RE = re.compile(r"(?:tele-?)?novelas?", re.IGNORECASE)


def pair(genre_values: list[str], origins: list[Found], start: int, end: int) -> list[Found]:
    """One excluded ``origin_genre`` per genre and origin, on ``text[start:end]``."""
    return [Found(ENTITY, start, end, origin_genre(g, o.value), EXCLUDE)
            for g in dict.fromkeys(genre_values) for o in origins]


def _kind_origin_spans(found: list[Found]) -> dict[tuple[int, int], list[Found]]:
    """The genre and origin readings of each span that holds both (the foreign shelf aside)."""
    spans: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        if (f.entity == "genre" or f.entity in ORIGINS) and f.value not in _OWN_SHELF:
            spans.setdefault((f.start, f.end), []).append(f)
    return {span: fs for span, fs in spans.items()
            if any(f.entity == "genre" for f in fs) and any(f.entity in ORIGINS for f in fs)}


def kind_with_origin(found: list[Found]) -> set[int]:
    """Positions of the genre and origin readings on a span that holds both ("k-dramas", "telenovelas"): ruled out,
    they are one pair, never the genre or the origin on its own elsewhere in the message ("a drama, but no
    telenovelas" keeps the drama)."""
    both = _kind_origin_spans(found)
    return {k for k, f in enumerate(found) if f in both.get((f.start, f.end), ())}


def compact_pairs(text: str, found: list[Found]) -> list[Found]:
    """Excluded genres and excluded origins read on one span (a compact word: "k-dramas", "telenovelas", "korean
    dramas", "k-pop", "nordic noir") become their pairs; the genre and origin readings of that span go."""
    spans: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        if f.role == EXCLUDE and (f.entity == "genre" or f.entity in ORIGINS):
            spans.setdefault((f.start, f.end), []).append(f)
    paired: dict[tuple[int, int], list[Found]] = {}
    for (start, end), fs in spans.items():
        kinds = [f.value for f in fs if f.entity == "genre"]
        origins = [f for f in fs if f.entity in ORIGINS]
        if not kinds or not origins or set(kinds) & _OWN_SHELF:
            continue
        if _NOVELA_RE.fullmatch(text[start:end]):
            kinds = sorted(genres.NOVELA_VALUES)  # a telenovela is a drama or a romance: both from there go
        paired[(start, end)] = pair(kinds, origins, start, end)
    if not paired:
        return found
    refused = {p.value for ps in paired.values() for p in ps}
    for span, fs in _kind_origin_spans(found).items():
        if span not in paired and {origin_genre(g.value, o.value) for g in fs for o in fs
                                   if g.entity == "genre" and o.entity in ORIGINS} <= refused:
            # "i gave k-dramas a go … no k-dramas": the story names the refused pair, its format with it
            spans[span], paired[span] = [f for f in found if (f.start, f.end) == span], []
    out: list[Found] = []
    emitted: set[tuple[int, int]] = set()
    for f in found:
        span = (f.start, f.end)
        if span not in paired or f not in spans[span]:
            out.append(f)
        elif span not in emitted:
            out += paired[span]
            emitted.add(span)
    return out
