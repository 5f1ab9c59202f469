"""Several genres said beside a "like" title ("outer banks vibes, teen adventure", "like Dark, a sci-fi mystery"):
the viewer describes the kind of title the anchor is, and often no other title has every one of those genres. The
search asks for all of them first; when nothing has them all, any of them will do (``Plan.unless_empty``), and the
answer says so — the likeness to the anchor ranks the rest."""

from __future__ import annotations

from dataclasses import replace

from actions.planning import Plan
from contract import wording

MIN_GENRES = 2  # with one genre there is nothing to loosen


def either_genre_if_none_has_all(plan: object) -> None:
    """Give a like-search of several required genres, and no fallback yet, the fallback of any one of them."""
    if not isinstance(plan, Plan) or plan.unless_empty is not None:
        return
    state = plan.constraints
    if not state.similar_to or len(state.genres) < MIN_GENRES or state.any_genres:
        return
    plan.unless_empty = replace(state, genres=[], any_genres=list(state.genres))
    plan.empty_note = wording.no_title_has_all_genres(state.genres)
