"""The viewer's constraints as they evolve over a conversation, and how one turn changes them.

The state is a ``contract.constraints.Constraints`` (the schema both runtimes share); it lives in Rasa
slots (one slot per field, see domain.yml) so it survives between turns and is visible in the tracker.
Every turn the recommend action reads it, applies the entities of the latest message with the rules
below, and writes it back:

* a field mentioned in this turn replaces the previous value ("actually, a thriller" swaps the genre,
  "under 30 minutes" replaces the runtime range) and fields not mentioned carry over ("comedies" ->
  "under 30 minutes please" = comedies under 30);
* exclusions accumulate until the viewer starts over ("no horror" ... "and nothing animated");
* ``shorter`` / ``longer`` are relative: they move the runtime bound by a quarter from the current
  bound, or from the longest/shortest item just shown when there is no bound yet.

Everything here is pure (no I/O) so it can be unit-tested without Rasa.
"""

from __future__ import annotations

import math
from dataclasses import asdict, replace
from typing import Iterable, Optional, Sequence

from actions.entities import SIMILAR, Entity, last_value, values
from contract.constraints import Constraints
from contract.vocabulary import RATINGS, VIEWER_MEDIA_TYPES

# "shorter" keeps 75% of the current bound; "longer" asks for 125% of it as a minimum.
SHORTER_FACTOR = 0.75
LONGER_FACTOR = 1.25
# "shorter" with nothing to compare against: shorter than a typical feature film.
DEFAULT_SHORTER_MAX = 90
MIN_RUNTIME_BOUND = 5

# Moods whose negation means a genre the viewer does not want ("nothing scary" -> no horror).
MOOD_EXCLUDES_GENRE: dict[str, str] = {"scary": "horror", "romantic": "romance", "funny": "comedy"}

# Entities that name *what* to watch: when a new request carries one of them it starts a new search
# instead of refining the previous one ("comedies under 40 min" ... "Korean dramas").
SUBJECT_ENTITIES: frozenset[str] = frozenset({"genre", "title", "actor", "director"})
# Entities that constrain the search (contract §5); ``position`` / ``item_id`` only point at titles.
CONSTRAINT_ENTITIES: frozenset[str] = frozenset({
    "genre", "media_type", "duration", "audience", "rating", "year", "country", "language",
    "actor", "director", "title", "mood",
})


# -- parsing of normalised entity values (contract §5) ------------------------------------------


def parse_range(value: str) -> tuple[Optional[int], Optional[int]]:
    """Parse ``MIN-MAX`` where either side may be empty ("-40", "90-120", "2019-").

    A bare number means "at most" for durations (``/refine{"duration":"60"}``) and is handled by
    the caller; here it is returned as ``(n, n)``.
    """
    text = value.strip()
    if "-" not in text:
        n = _int_or_none(text)
        return n, n
    low, _, high = text.partition("-")
    return _int_or_none(low), _int_or_none(high)


def _int_or_none(text: str) -> Optional[int]:
    text = text.strip()
    if not text:
        return None
    try:
        return int(round(float(text)))
    except ValueError:
        return None


def shorter_bound(current_max: Optional[int], shown_minutes: Sequence[int]) -> int:
    """New ``max_minutes`` for "shorter": 75% of the current bound, else of the longest shown item."""
    reference = current_max if current_max else (max(shown_minutes) if shown_minutes else None)
    if reference is None:
        return DEFAULT_SHORTER_MAX
    return max(MIN_RUNTIME_BOUND, int(math.floor(reference * SHORTER_FACTOR)))


def longer_bound(current_max: Optional[int], current_min: Optional[int], shown_minutes: Sequence[int]) -> int:
    """New ``min_minutes`` for "longer": 125% of the current upper bound / shown items / lower bound."""
    reference = current_max or (max(shown_minutes) if shown_minutes else None) or current_min
    if reference is None:
        return DEFAULT_SHORTER_MAX
    return int(math.ceil(reference * LONGER_FACTOR))


# -- applying one turn ----------------------------------------------------------------------------


def starts_new_search(intent: Optional[str], entities: Sequence[Entity], state: Constraints,
                      *, has_topic: bool = False) -> bool:
    """Whether this turn replaces the previous search instead of refining it.

    Only a ``request_recommendation`` can start over. It does when it names a subject (genre, title,
    person), a free-text topic ("something about dinosaurs"), or nothing at all ("what should I
    watch tonight?" after a list is a fresh, open question). One that only adds a modifier ("under 30
    minutes please", "for my kids") refines the current search even when the classifier calls it a
    request: viewers phrase refinements as requests all the time, and losing their earlier words is
    the worse mistake.
    """
    if intent != "request_recommendation":
        return False
    if state.is_empty() or has_topic:
        return True
    constraint_entities = [e for e in entities if e.name in CONSTRAINT_ENTITIES]
    if not constraint_entities:
        return True
    return any(e.name in SUBJECT_ENTITIES and not e.excluded for e in constraint_entities)


def apply_entities(
    state: Constraints,
    entities: Sequence[Entity],
    *,
    shown_minutes: Sequence[int] = (),
) -> Constraints:
    """Return a new state with this turn's entities applied (see module docstring for the rules)."""
    new = replace(state, **{k: list(v) for k, v in asdict(state).items() if isinstance(v, list)})
    _apply_genres(new, entities)
    _apply_media_type(new, entities)
    _apply_duration(new, entities, shown_minutes)
    _apply_audience_and_rating(new, entities)
    _apply_year(new, entities)
    _apply_lists(new, entities)
    _apply_title(new, entities)
    _apply_mood(new, entities)
    return new


def _apply_genres(state: Constraints, entities: Sequence[Entity]) -> None:
    wanted = values(entities, "genre")
    unwanted = values(entities, "genre", excluded=True)
    for mood in values(entities, "mood", excluded=True):
        if mood in MOOD_EXCLUDES_GENRE:
            unwanted.append(MOOD_EXCLUDES_GENRE[mood])
    if wanted:
        state.genres = [g for g in wanted if g not in unwanted]
        state.exclude_genres = [g for g in state.exclude_genres if g not in wanted]
    if unwanted:
        state.exclude_genres = _dedupe(state.exclude_genres + unwanted)
        state.genres = [g for g in state.genres if g not in unwanted]


def _apply_media_type(state: Constraints, entities: Sequence[Entity]) -> None:
    wanted = values(entities, "media_type")
    unwanted = values(entities, "media_type", excluded=True)
    if wanted:
        state.media_type = wanted
    elif unwanted:
        state.media_type = [m for m in VIEWER_MEDIA_TYPES if m not in unwanted]


def _apply_duration(state: Constraints, entities: Sequence[Entity], shown_minutes: Sequence[int]) -> None:
    value = last_value(entities, "duration")
    if value is None:
        return
    if value == "shorter":
        state.max_minutes = shorter_bound(state.max_minutes, shown_minutes)
        if state.min_minutes is not None and state.min_minutes >= state.max_minutes:
            state.min_minutes = None
        return
    if value == "longer":
        state.min_minutes = longer_bound(state.max_minutes, state.min_minutes, shown_minutes)
        state.max_minutes = None
        return
    low, high = parse_range(value)
    if "-" not in value:  # a bare number: "up to N minutes"
        low = None
    if low is None and high is None:
        return
    state.min_minutes, state.max_minutes = low, high


def _apply_audience_and_rating(state: Constraints, entities: Sequence[Entity]) -> None:
    audience = last_value(entities, "audience")
    if audience:
        state.audience = audience
    if "kids" in values(entities, "audience", excluded=True):
        # "nothing for kids" / "not a cartoon": keep children's titles out.
        state.exclude_genres = _dedupe(state.exclude_genres + ["kids"])
    wanted = values(entities, "rating")
    unwanted = values(entities, "rating", excluded=True)
    if wanted:
        state.ratings = wanted
    elif unwanted:
        base = state.ratings or list(RATINGS)
        state.ratings = [r for r in base if r not in unwanted]


def _apply_year(state: Constraints, entities: Sequence[Entity]) -> None:
    value = last_value(entities, "year")
    if value is None:
        return
    low, high = parse_range(value)
    if low is None and high is None:
        return
    state.year_min, state.year_max = low, high


def _apply_lists(state: Constraints, entities: Sequence[Entity]) -> None:
    """Country, language, actor, director: the values named in this turn replace the old ones."""
    for entity, attr in (("country", "countries"), ("language", "languages"),
                         ("actor", "actors"), ("director", "directors")):
        found = values(entities, entity)
        if found:
            setattr(state, attr, found)


def _apply_title(state: Constraints, entities: Sequence[Entity]) -> None:
    """A title in a recommendation turn is a "like X" anchor, whether or not the role says so."""
    titles = [e for e in entities if e.name == "title" and not e.excluded]
    if not titles:
        return
    chosen = next((e for e in reversed(titles) if e.role == SIMILAR), titles[-1])
    state.similar_to = chosen.value
    state.similar_title = chosen.value


def _apply_mood(state: Constraints, entities: Sequence[Entity]) -> None:
    """A mood named in this turn replaces the previous one; a negated one is dropped."""
    mood = last_value(entities, "mood")
    if mood:
        state.mood = [mood]
    unwanted = values(entities, "mood", excluded=True)
    state.mood = [m for m in state.mood if m not in unwanted]


def _dedupe(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
