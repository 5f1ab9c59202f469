"""Which of two titles compared fits what the viewer said they have or who is watching: a pointer, never a verdict.

"<A> or <B>" alone asks for the facts that tell them apart; taste is the viewer's, so nothing here says which one is
better. Only a constraint said in the message or held by the search (an audience, a runtime bound, a kind: "with my
kids", "we only have an hour", "a movie tonight") gives a reason to point at one: the title whose rating, runtime or
kind fits it, said with the fact that decides (``fit_pointer``). No constraint, or both fit alike: no pointer.

A quality asked of them ("which is creepier", "the funnier one", "less scary for my kid") is answered from the genres
the catalog files them under (``contract.vocabulary.MOOD_LEANINGS``: scary leans to horror, then thriller), before any
other pointer: the title filed under the quality's genres (for "less …", the other one) when they differ on it; the
same standing on it (and on its reverse: light / dark), or a quality no genre stands for ("smarter"): down to taste,
never a verdict made up.
"""

from __future__ import annotations

from typing import Optional, Sequence

from actions.contrast import CONTRAST, quality_of
from actions.entities import Entity
from actions.title_questions import suits
from contract import wording
from contract.constraints import Constraints
from contract.payloads import Item
from contract.vocabulary import MOOD_LEANINGS, MOOD_OPPOSITES

# A quality asked of two titles: the mood, and whether more of it is wanted ("less scary": False).
Quality = tuple[str, bool]


def fit_pointer(first: Item, second: Item, wanted: Constraints, qualities: Sequence[Quality] = ()) -> Optional[str]:
    """A sentence pointing at the one of ``first`` / ``second`` that fits better (a quality asked first, then the
    audience, the time there is, the kind), or saying both or neither fit; None when nothing was asked of them."""
    picked = quality_pick(first, second, qualities)
    if picked is not None:
        pick, mood, more = picked
        return wording.compared_by_quality(pick, second if pick is first else first, mood, more)
    for pointer in (_by_audience(first, second, wanted.audience), _by_time(first, second, wanted.max_minutes),
                    _by_kind(first, second, wanted.media_type)):
        if pointer is not None:
            return pointer
    asked = [q for q in qualities if q[0] in MOOD_LEANINGS]
    return wording.compared_quality_undecided(*asked[0]) if asked else None


def qualities_asked(entities: Sequence[Entity]) -> list[Quality]:
    """The qualities a message asks of titles, in message order: its mood comparatives ("creepier", "less scary") and
    its moods ("more romantic"; one ruled out, "nothing scary", asks for less of it)."""
    found: list[Quality] = []
    for e in sorted(entities, key=lambda e: e.start or 0):
        quality = quality_of(e.value) if e.name == CONTRAST else (e.value, not e.excluded) if e.name == "mood" else None
        if quality is not None and quality not in found:
            found.append(quality)
    return found


def quality_pick(first: Item, second: Item, qualities: Sequence[Quality]) -> Optional[tuple[Item, str, bool]]:
    """The title the first deciding quality points at, with that quality; None when none tells them apart."""
    for mood, more in qualities:
        if mood not in MOOD_LEANINGS:
            continue
        stronger = _stronger(first, second, mood)
        if stronger is None and MOOD_OPPOSITES.get(mood) in MOOD_LEANINGS:
            weaker = _stronger(first, second, MOOD_OPPOSITES[mood])  # "darker": the one leaning less to light
            stronger = None if weaker is None else second if weaker is first else first
        if stronger is not None:
            return (stronger if more else (second if stronger is first else first)), mood, more
    return None


def _stronger(first: Item, second: Item, mood: str) -> Optional[Item]:
    """The one of the two whose genres lean further to ``mood``; None when they stand level."""
    standing = [_leaning(first, mood), _leaning(second, mood)]
    return None if standing[0] == standing[1] else first if standing[0] > standing[1] else second


def _leaning(item: Item, mood: str) -> tuple[int, int]:
    """How far ``item``'s genres lean to ``mood``: the strongest of its towards-genres (the first weighs most: horror
    before thriller), then none of its away-genres."""
    towards, away = MOOD_LEANINGS[mood]
    strength = next((len(towards) - i for i, g in enumerate(towards) if g in item.genres), 0)
    return strength, int(not any(g in item.genres for g in away))


def _by_audience(first: Item, second: Item, audience: Optional[str]) -> Optional[str]:
    """The title whose rating suits who is watching; unrated titles are never vouched for."""
    if not audience:
        return None
    fits = [suits(first.rating, audience), suits(second.rating, audience)]
    if fits[0] is True and fits[1] is not True:
        return wording.compared_fits_audience(first, second, audience)
    if fits[1] is True and fits[0] is not True:
        return wording.compared_fits_audience(second, first, audience)
    if fits == [True, True]:
        return wording.compared_both_suit(audience)
    if fits == [False, False]:
        return wording.compared_neither_suits(first, second, audience)
    return None


def _by_time(first: Item, second: Item, max_minutes: Optional[int]) -> Optional[str]:
    """Within a runtime bound: the movie that fits it; a series beside a movie too long for the evening (one episode
    fits); of two series, the one with fewer seasons; of two movies both too long, the shorter."""
    if not max_minutes:
        return None
    films = [i for i in (first, second) if i.duration_minutes]
    series = [i for i in (first, second) if not i.duration_minutes and i.seasons]
    if len(films) == 2:
        fitting = [i for i in films if i.duration_minutes <= max_minutes]
        if len(fitting) == 1:
            other = second if fitting[0] is first else first
            return wording.compared_fits_time(fitting[0], other)
        if not fitting:
            shorter, longer = sorted(films, key=lambda i: i.duration_minutes or 0)
            return wording.compared_shorter_of_two(shorter, longer)
        return wording.COMPARED_BOTH_FIT_TIME
    if len(films) == 1 and len(series) == 1:
        film, show = films[0], series[0]
        if (film.duration_minutes or 0) <= max_minutes:
            return wording.compared_fits_time(film, show)
        return wording.compared_episode_fits(show, film)
    if len(series) == 2 and series[0].seasons != series[1].seasons:
        fewer, more = sorted(series, key=lambda i: i.seasons or 0)
        return wording.compared_fewer_seasons(fewer, more)
    return None


def _by_kind(first: Item, second: Item, kinds: list[str]) -> Optional[str]:
    """The title of the kind asked for ("a movie tonight"), when only one of them is of it."""
    matching = [i for i in (first, second) if i.type in kinds]
    if len(kinds) == 1 and len(matching) == 1:
        return wording.compared_of_kind(matching[0], kinds[0])
    return None
