""""Like X but Y": a modifier read relative to the title X the viewer has in mind (issue 11).

"Something like Stranger Things but less scary", "like The Irishman but shorter", "more like the second one
but newer": the "like" anchor keeps ranking by similarity to X (recommender/similarity.py), and the
modifier becomes a constraint *relative to X's own facts* instead of the list on screen:

| said | with X's facts | without them (X unknown to the catalog) |
|---|---|---|
| shorter / longer | movie: ``max_minutes`` = 90 % of X's runtime / ``min_minutes`` = 110 %; series: fewer / more seasons than X (a tighter bound said in the same turn stays: "under 2 hours", "a miniseries") | relative to the list (constraints.py) |
| newer / older | ``year_min`` = X's year + 1, and of this generation (``recent_years`` = ``GENERATION_YEARS``: at most 20 years before the catalog's newest, so "like <a 1970s film> but newer" is no 1980s film) / ``year_max`` = X's year - 1 (a stricter recency said in the same turn stays: "newer, last couple of years"); newer drops X's "classic" / "cult" from what is kept | relative to the list |
| less scary (not as scary, less violent, tamer) | no horror, maturity one level below X's rating (never below kids); X's other genres stay kept — its thriller or mystery side; a title that is only horror keeps thriller or mystery (``LESS_SCARY_NEIGHBOURS``), never a swing to kids' titles | no horror |
| scarier | the "scary" mood | the same |
| funnier | comedy required when X is not a comedy, else the "funny" mood | the "funny" mood |
| darker / lighter | the "dark" / "light" mood; lighter also rules out horror | the mood |
| gentler (softer, less brutal / intense / harsh) | lighter, and maturity one level below X's rating (never below kids) | the "light" mood |

Format, language, origin and audience ("but as a film", "but in English", "but not Korean", "but for
kids") are ordinary constraints applied by constraints.py; they are listed among the changes. What is kept is
a promise: every pick has at least one of X's specific genres that the shift did not drop (``any_genres``).
The answer's heading says what was kept from X (its specific genres, its format) and what was changed
(``contract.wording.contrast_heading``). Pure: the action fetches X's facts when they are not in the list
shown (``actions.recommend``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Mapping, Optional, Sequence

from actions.entities import EXCLUDE, Entity
from contract import wording
from contract.constraints import GENERATION_YEARS, Constraints
from contract.vocabulary import AUDIENCES, RATING_AUDIENCE, genre_label, stricter_audience

CONTRAST = "contrast"  # the NLU entity (nlu/extraction/contrast.py)
LESS_SCARY, SCARIER, FUNNIER, DARKER, LIGHTER = "less-scary", "scarier", "funnier", "darker", "lighter"
GENTLER = "gentler"
# Relative runtime / year values that a "like" anchor turns into comparisons with X.
RELATIVE: dict[str, tuple[str, ...]] = {"duration": ("shorter", "longer"), "year": ("newer", "older")}
SHORTER_THAN_ANCHOR = 0.9   # "shorter than X": at least a tenth shorter, so the difference is visible
LONGER_THAN_ANCHOR = 1.1
# The plain reading of a comparative when there is no anchor (the same entities as before issue 11).
_PLAIN: dict[str, tuple[str, str, Optional[str]]] = {
    LESS_SCARY: ("mood", "scary", EXCLUDE), SCARIER: ("mood", "scary", None), FUNNIER: ("mood", "funny", None),
    DARKER: ("mood", "dark", None), LIGHTER: ("mood", "light", None), GENTLER: ("mood", "light", None),
    "shorter": ("duration", "shorter", None), "longer": ("duration", "longer", None),
    "newer": ("year", "newer", None), "older": ("year", "older", None),
}
SCARY_GENRES = ("horror", "thriller")  # what "lighter" stops keeping from X ("less scary" drops horror only)
# "Less scary" than a title that is only horror/thriller: the milder neighbours kept instead (any of them).
LESS_SCARY_NEIGHBOURS = ("thriller", "mystery")
# Genres that say when a title was made: "newer" than X drops them from what is kept.
PERIOD_GENRES = ("classic", "cult")
BROAD_GENRES = frozenset({"international", "independent"})  # say where a title was made, not what it is
MAX_KEPT_GENRES = 3
MEDIA_NOUNS = {"movie": "a movie", "series": "a series", "special": "a special"}


@dataclass(frozen=True)
class Contrast:
    """A "like X but Y" waiting for X's facts: X, the comparatives, and what else the turn stated."""

    anchor_id: Optional[str]   # catalog id (or a title the gazetteer does not know)
    title: str
    shifts: tuple[str, ...]    # contrast values and relative runtime/year words, in message order
    stated: tuple[str, ...] = ()  # the turn's ordinary constraints, worded ("movies only", "in English")
    anchor: Optional[Mapping[str, Any]] = None  # X's facts when already known (the list shown)


@dataclass(frozen=True)
class Applied:
    constraints: Constraints
    kept: list[str]
    changed: list[str]


def split_shifts(entities: Sequence[Entity], *, relative: bool) -> tuple[list[Entity], list[Entity]]:
    """(other entities, shift entities): contrast entities always; "shorter" / "newer" too when
    ``relative`` (a "like" anchor named in this very turn)."""
    rest: list[Entity] = []
    shifts: list[Entity] = []
    for e in entities:
        is_relative = relative and e.value in RELATIVE.get(e.name, ()) and not e.excluded
        (shifts if e.name == CONTRAST or is_relative else rest).append(e)
    return rest, shifts


def quality_of(shift: str) -> Optional[tuple[str, bool]]:
    """The mood a comparative stands for and whether more of it is wanted ("less scary": scary, False); None for a
    runtime or year word. Two titles compared by a quality read it this way (``actions.compared_fit``)."""
    plain = _PLAIN.get(shift)
    return (plain[1], plain[2] is None) if plain is not None and plain[0] == "mood" else None


def plain_entities(shifts: Sequence[str]) -> list[Entity]:
    """The shifts as the entities they mean without an anchor ("less scary" = nothing scary)."""
    return [Entity(*_PLAIN[s]) for s in shifts if s in _PLAIN]


def apply_contrast(state: Constraints, contrast: Contrast, anchor: Optional[Mapping[str, Any]]) -> Optional[Applied]:
    """The state with each shift applied relative to X's facts, and the wording of what was kept and
    changed; None when X's facts are unknown (the caller falls back to ``plain_entities``)."""
    if not anchor:
        return None
    new = replace(state, genres=list(state.genres), exclude_genres=list(state.exclude_genres),
                  mood=list(state.mood))
    changed: list[str] = []
    for shift in dict.fromkeys(contrast.shifts):
        changed += _SHIFTS[shift](new, anchor) if shift in _SHIFTS else []
    changed += [s for s in contrast.stated if s not in changed]
    kept = _kept_genres(new, anchor)
    if kept and not new.any_genres and not set(kept) & set(new.genres):
        # what was kept is a promise: every pick shares at least one of those genres with X (a kept genre
        # the search already requires keeps it; the others must not become required one by one)
        new.any_genres = list(kept)
    return Applied(new, _kept(new, anchor), changed)


def _minutes(anchor: Mapping[str, Any], key: str) -> Optional[int]:
    value = anchor.get(key)
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 else None


def _shorter(state: Constraints, anchor: Mapping[str, Any]) -> list[str]:
    minutes, seasons = _minutes(anchor, "duration_minutes"), _minutes(anchor, "seasons")
    # a bound said in the same turn that is already tighter stays ("but shorter, under 2 hours", "a miniseries")
    if minutes:
        bound = max(1, int(math.floor(minutes * SHORTER_THAN_ANCHOR)))
        state.max_minutes = min(state.max_minutes, bound) if state.max_minutes else bound
        if state.min_minutes is not None and state.min_minutes >= state.max_minutes:
            state.min_minutes = None
        return [wording.shorter_than(minutes)]
    if seasons and seasons > 1:
        state.max_seasons = min(state.max_seasons, seasons - 1) if state.max_seasons else seasons - 1
        state.min_seasons = None if (state.min_seasons or 0) > state.max_seasons else state.min_seasons
        return [wording.shorter_than(seasons=seasons)]
    return []  # one season already: nothing shorter to ask of a series without episode lengths


def _longer(state: Constraints, anchor: Mapping[str, Any]) -> list[str]:
    minutes, seasons = _minutes(anchor, "duration_minutes"), _minutes(anchor, "seasons")
    if minutes:
        state.min_minutes, state.max_minutes = int(math.ceil(minutes * LONGER_THAN_ANCHOR)), None
        return [wording.longer_than(minutes)]
    if seasons:
        state.min_seasons, state.max_seasons = seasons + 1, None
        return [wording.longer_than(seasons=seasons)]
    return []


def _years(state: Constraints, anchor: Mapping[str, Any], newer: bool) -> list[str]:
    year = _minutes(anchor, "year")
    if not year:
        return []
    if newer and (state.recent_years or (state.year_min and state.year_min > year)):
        return [wording.newer_than(year)]  # "newer, the last couple of years": the stricter bound said stays
    if not newer and (state.older_than_years or (state.year_max and state.year_max < year)):
        return [wording.older_than(year)]
    state.year_min = state.year_max = state.recent_years = state.older_than_years = None
    if newer:
        # newer than an old anchor means a modern title: both bounds hold (the recommender keeps the later one), so
        # a recent anchor keeps its own year + 1 and a 1970s one asks for the catalog's last generation
        state.year_min, state.recent_years = year + 1, GENERATION_YEARS
        return [wording.newer_than(year)]
    state.year_max = year - 1
    return [wording.older_than(year)]


def _exclude_horror(state: Constraints) -> list[str]:
    if "horror" in state.exclude_genres:
        return []
    state.exclude_genres.append("horror")
    state.genres = [g for g in state.genres if g != "horror"]
    state.any_genres = [g for g in state.any_genres if g != "horror"]
    return [wording.CONTRAST_WORDS[LESS_SCARY]]


def _add_mood(state: Constraints, mood: str) -> None:
    state.mood = [m for m in state.mood if m != mood] + [mood]


def _less_scary(state: Constraints, anchor: Mapping[str, Any]) -> list[str]:
    changed = _exclude_horror(state)
    state.mood = [m for m in state.mood if m not in ("scary", "dark")]
    if not [g for g in _genres(anchor) if g not in SCARY_GENRES and g not in BROAD_GENRES]:
        # X is only horror/thriller: its nearest milder family (suspense, mystery) is kept, never kids' titles
        state.any_genres = [g for g in LESS_SCARY_NEIGHBOURS if g not in state.exclude_genres]
    return changed + _milder_than_anchor(state, anchor)


def _milder_than_anchor(state: Constraints, anchor: Mapping[str, Any]) -> list[str]:
    """The maturity cap one level below X's rating (never below kids), unless a stricter one holds already."""
    rating = str(anchor.get("rating") or "")
    level = RATING_AUDIENCE.get(rating)
    if level is None:
        return []
    cap = AUDIENCES[max(1, AUDIENCES.index(level) - 1)]  # one level milder, never below kids
    before = state.audience
    state.audience = stricter_audience(state.audience or AUDIENCES[-1], cap)
    return [wording.milder_than(rating, cap)] if state.audience != before and state.audience == cap else []


def _gentler(state: Constraints, anchor: Mapping[str, Any]) -> list[str]:
    """"Like X but gentler / less brutal": lighter in tone (no horror, no suspense kept) and milder than X's rating
    (round 26e: gentleness is what a title shows as much as its tone)."""
    return _mood_shift("light", GENTLER, no_horror=True)(state, anchor) + _milder_than_anchor(state, anchor)


def _funnier(state: Constraints, anchor: Mapping[str, Any]) -> list[str]:
    if "comedy" not in _genres(anchor):
        state.genres = list(dict.fromkeys(state.genres + ["comedy"]))
        state.exclude_genres = [g for g in state.exclude_genres if g != "comedy"]
        return [wording.CONTRAST_WORDS["comedy"]]
    _add_mood(state, "funny")
    return [wording.CONTRAST_WORDS[FUNNIER]]


def _mood_shift(mood: str, word: str, no_horror: bool = False):  # type: ignore[no-untyped-def]
    def shift(state: Constraints, anchor: Mapping[str, Any]) -> list[str]:
        if mood in ("light",):
            state.mood = [m for m in state.mood if m not in ("dark", "scary")]
        if mood in ("dark", "scary"):
            state.mood = [m for m in state.mood if m not in ("light", "feel-good")]
        _add_mood(state, mood)
        return [wording.CONTRAST_WORDS[word]] + (_exclude_horror(state) if no_horror else [])
    return shift


_SHIFTS = {
    "shorter": _shorter, "longer": _longer,
    "newer": lambda s, a: _years(s, a, True), "older": lambda s, a: _years(s, a, False),
    LESS_SCARY: _less_scary, FUNNIER: _funnier,
    SCARIER: _mood_shift("scary", SCARIER), DARKER: _mood_shift("dark", DARKER),
    LIGHTER: _mood_shift("light", LIGHTER, no_horror=True), GENTLER: _gentler,
}


def _genres(anchor: Mapping[str, Any]) -> list[str]:
    return [str(g) for g in anchor.get("genres") or []]


def _kept_genres(state: Constraints, anchor: Mapping[str, Any]) -> list[str]:
    """X's specific genres the shift did not drop (ids)."""
    dropped = set(state.exclude_genres)
    if "light" in state.mood:  # "lighter": nothing of X's horror or suspense; "less scary" drops horror only
        dropped |= set(SCARY_GENRES)
    if _newer_than(state, anchor):
        dropped |= set(PERIOD_GENRES)  # "newer" than a classic: a classic it is not
    return [g for g in _genres(anchor) if g not in dropped and g not in BROAD_GENRES]


def _newer_than(state: Constraints, anchor: Mapping[str, Any]) -> bool:
    year = _minutes(anchor, "year")
    return bool(state.recent_years or (year and state.year_min and state.year_min > year))


def _kept(state: Constraints, anchor: Mapping[str, Any]) -> list[str]:
    """What the answer still shares with X: its specific genres (minus those the shift dropped) and its
    format (unless the viewer asked for another)."""
    kept = [genre_label(g).lower() for g in _kept_genres(state, anchor)][:MAX_KEPT_GENRES]
    kind = str(anchor.get("type") or "")
    if kind in MEDIA_NOUNS and (not state.media_type or kind in state.media_type):
        kept.append(f"{MEDIA_NOUNS[kind]}")
    return kept
