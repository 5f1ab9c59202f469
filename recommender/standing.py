"""Standing filters: what a viewer asked for "from now on" — a maturity ceiling and genres never to show.

Every request that names the viewer gets them as hard constraints (``apply``): the stricter of the
standing audience and the request's own, and the standing excluded genres on top of the request's — a
genre the request explicitly asks for wins over a standing exclusion ("never horror", then "show me a
horror movie" is answered). Cleared with ``clear`` ("forget my settings"); part of the export and of
"delete my data".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from contract.vocabulary import AUDIENCES, GENRE_IDS
from recommender.catalog.models import StandingFilter
from recommender.constraints import Constraints
from recommender.profiles import now


@dataclass(frozen=True)
class Standing:
    audience: str | None = None
    exclude_genres: tuple[str, ...] = field(default_factory=tuple)

    def public(self) -> dict[str, object]:
        return {"audience": self.audience, "exclude_genres": list(self.exclude_genres)}

    def __bool__(self) -> bool:
        return bool(self.audience or self.exclude_genres)


def get(factory: sessionmaker[Session], user_id: str) -> Standing:
    with factory() as s:
        row = s.get(StandingFilter, user_id)
        if row is None:
            return Standing()
        return Standing(row.audience, tuple(g for g in row.exclude_genres.split(",") if g))


def update(factory: sessionmaker[Session], user_id: str, *, audience: str | None = None,
           exclude_genres: tuple[str, ...] = ()) -> Standing:
    """Add to the standing filters (a new audience replaces the old one; genres accumulate)."""
    if audience is not None and audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}")
    bad = [g for g in exclude_genres if g not in GENRE_IDS]
    if bad:
        raise ValueError(f"unknown genres: {', '.join(bad)}")
    with factory.begin() as s:
        row = s.get(StandingFilter, user_id)
        if row is None:
            row = StandingFilter(user_id=user_id, audience=None, exclude_genres="", updated_at=now())
            s.add(row)
        if audience is not None:
            row.audience = audience
        genres = [g for g in row.exclude_genres.split(",") if g]
        row.exclude_genres = ",".join(dict.fromkeys([*genres, *exclude_genres]))
        row.updated_at = now()
        return Standing(row.audience, tuple(g for g in row.exclude_genres.split(",") if g))


def clear(factory: sessionmaker[Session], user_id: str) -> bool:
    with factory.begin() as s:
        return bool(s.execute(delete(StandingFilter).where(StandingFilter.user_id == user_id)).rowcount)


def apply(constraints: Constraints, standing: Standing) -> Constraints:
    """``constraints`` with the standing filters added as hard constraints (the stricter audience wins)."""
    if not standing:
        return constraints
    update_: dict[str, object] = {}
    if standing.audience:
        own = constraints.audience
        stricter = standing.audience if own is None else min(own, standing.audience, key=AUDIENCES.index)
        update_["audience"] = stricter
    excluded = [g for g in standing.exclude_genres if g not in constraints.genres]
    if excluded:
        update_["exclude_genres"] = list(dict.fromkeys([*constraints.exclude_genres, *excluded]))
    return constraints.model_copy(update=update_) if update_ else constraints
