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

from contract.constraints import ORIGIN_GENRE_MARK, origin_genre

from . import genres
from .spans import EXCLUDE, Found

ENTITY = "origin_genre"
MARK = ORIGIN_GENRE_MARK  # "drama@es": a kind from one origin; without it a combination from everywhere (negation.py)
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


# Between origins listed before one kind ("korean, japanese or turkish dramas"), and between the last of them and a
# kind that holds its own origin ("korean or japanese dramas").
_JOINER_RE = re.compile(r"\s*,?\s*(?:(?:or|and|nor)\s+)?(?:the\s+)?|\s*/\s*", re.IGNORECASE)
_ADJACENT_RE = re.compile(r"[\s-]+")
_ANY = "any"  # a telenovela's drama or romance (genres.twists_either)


def origins_before(text: str, found: list[Found]) -> list[Found]:
    """Origins ruled out right before a compact kind are paired with it: "no mexican telenovelas" is drama and romance
    from Mexico (a telenovela's own Spanish is only the default), "not korean or japanese dramas" is Korean and
    Japanese drama (the list spreads over the kind, as "comedies from spain or mexico" does after it). Neither the
    origin for every genre nor the telenovela's format is left asked for or refused on its own."""
    origins = sorted((f for f in found if f.role == EXCLUDE and f.entity in ORIGINS
                      and not any(g.entity == "genre" and (g.start, g.end) == (f.start, f.end) for g in found)),
                     key=lambda f: f.end, reverse=True)
    drop: set[int] = set()
    pairs: list[Found] = []
    for (start, end), kinds, novela in _kinds(text, found):
        chain = _chain(text, origins, start, joiner_first=not novela or _has_pair(found, start, end))
        if not chain:
            continue
        adjacent = bool(_ADJACENT_RE.fullmatch(text, chain[0].end, start))
        on_span = [k for k, f in enumerate(found) if (f.start, f.end) == (start, end)
                   and (f.entity in ("genre", "media_type", "language") or f.entity == ENTITY and novela and adjacent)]
        drop |= set(on_span) | {k for k, f in enumerate(found) if f in chain}
        pairs += pair(kinds, chain, chain[-1].start, end)
    if not drop:
        return found
    return list(dict.fromkeys([f for k, f in enumerate(found) if k not in drop] + pairs))


def _kinds(text: str, found: list[Found]) -> list[tuple[tuple[int, int], list[str], bool]]:
    """Each span that names a kind an origin can go before: a refused compact pair ("japanese dramas") or a
    telenovela not yet settled (its genres or format wanted, or either-or), with its genres and whether it is one."""
    spans: dict[tuple[int, int], list[str]] = {}
    for f in found:
        span = (f.start, f.end)
        if f.entity == ENTITY and f.role == EXCLUDE:
            spans.setdefault(span, []).append(f.value.partition("@")[0])
        elif (f.entity in ("genre", "media_type") and f.role in (None, _ANY)
              and _NOVELA_RE.fullmatch(text[f.start:f.end])):
            # beside another kind a telenovela keeps only its format reading ("a comedy, but no mexican telenovelas")
            spans.setdefault(span, [])
    return [(span, sorted(genres.NOVELA_VALUES) if novela else list(dict.fromkeys(kinds)), novela)
            for span, kinds in spans.items() for novela in [bool(_NOVELA_RE.fullmatch(text[span[0]:span[1]]))]]


def _has_pair(found: list[Found], start: int, end: int) -> bool:
    return any(f.entity == ENTITY and (f.start, f.end) == (start, end) for f in found)


def _chain(text: str, origins: list[Found], start: int, joiner_first: bool) -> list[Found]:
    """The refused origins listed right before ``start``, nearest first: the first one adjacent to the kind (or joined
    to it by or/and when the kind holds an origin of its own), each earlier one joined to the next."""
    chain: list[Found] = []
    cursor = start
    for o in origins:
        if o.end > cursor:
            continue
        first = not chain
        if first and _ADJACENT_RE.fullmatch(text, o.end, cursor):
            pass
        elif (joiner_first or not first) and _JOINER_RE.fullmatch(text, o.end, cursor) and text[o.end:cursor].strip():
            pass
        else:
            break
        chain.append(o)
        cursor = o.start
    return chain


def compact_drama_beside_a_genre(found: list[Found]) -> list[Found]:
    """"kdrama romcom", "a k-drama thriller": a compact word that holds an origin, a series and drama ("kdrama") names
    the origin's series; another genre wished for beside it is what kind of series, so the compact word's drama yields
    to it (round 37). Alone ("kdramas") it keeps its drama; ruled out ("no kdramas") it is a pair (``compact_pairs``)."""
    wished = [f for f in found if f.entity == "genre" and f.role != EXCLUDE]
    compact = {(f.start, f.end) for f in wished if f.value == "drama"
               and any(o.entity in ORIGINS and (o.start, o.end) == (f.start, f.end) for o in found)
               and any(m.entity == "media_type" and (m.start, m.end) == (f.start, f.end) for m in found)}
    if not compact or not any((f.start, f.end) not in compact for f in wished):
        return found
    return [f for f in found if not (f.entity == "genre" and f.value == "drama" and (f.start, f.end) in compact)]
