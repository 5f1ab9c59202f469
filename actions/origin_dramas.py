"""A k-drama (or a "korean drama", a "turkish drama") said as the compact word is a series of that origin; readers
differ on whether it must be tagged drama. The search asks for drama-tagged series first (they satisfy both
readings); when none fits the rest of the request ("a kdrama with more than 3 seasons"), any series of that origin will
do (``Plan.unless_empty``), and the answer says so. The origin of that fallback is the catalog's own mark of it where
there is one — the "Korean TV Shows" tag or the country column (``NETFLIX_TAG_COUNTRIES``) — never a language
inferred from a co-production's first country, which misses series made with other countries."""

from __future__ import annotations

from dataclasses import replace

from actions.entities import Entity
from actions.planning import Plan
from actions.turn import Turn
from contract import wording
from contract.vocabulary import NETFLIX_TAG_COUNTRIES, NETFLIX_TAG_LANGUAGES

DRAMA = "drama"
# language -> the country whose catalog tag carries that language ("ko" -> South Korea, via "Korean TV Shows")
_TAGGED_COUNTRY = {NETFLIX_TAG_LANGUAGES[tag]: country for tag, country in NETFLIX_TAG_COUNTRIES.items()
                   if tag in NETFLIX_TAG_LANGUAGES and NETFLIX_TAG_LANGUAGES[tag] != "en"}


def _origin_of_compact_drama(turn: Turn) -> Entity | None:
    """The origin said in one word with "drama" ("kdrama", "korean dramas"): an origin on the drama's own span."""
    dramas = [(e.start, e.end) for e in turn.entities if e.name == "genre" and e.value == DRAMA and not e.excluded
              and e.start is not None]
    return next((e for e in turn.entities if e.name in ("language", "country") and not e.excluded
                 and (e.start, e.end) in dramas), None)


def origin_series_if_no_drama(plan: object, turn: Turn) -> None:
    """Give a search for an origin's dramas said as one word, and no fallback yet, the fallback of any series of that
    origin (module docstring)."""
    if not isinstance(plan, Plan) or plan.unless_empty is not None:
        return
    origin = _origin_of_compact_drama(turn)
    state = plan.constraints
    if origin is None or state.genres != [DRAMA] or state.any_genres or state.similar_to:
        return
    if origin.name == "language" and origin.value in state.languages and origin.value in _TAGGED_COUNTRY:
        country = _TAGGED_COUNTRY[origin.value]
        plan.unless_empty = replace(state, genres=[], languages=[l for l in state.languages if l != origin.value],
                                    countries=list(dict.fromkeys(state.countries + [country])))
    elif origin.value in state.languages or origin.value in state.countries:
        plan.unless_empty = replace(state, genres=[])
    else:
        return
    plan.empty_note = wording.no_origin_dramas(origin.value if origin.name == "country" else None,
                                               origin.value if origin.name == "language" else None)
