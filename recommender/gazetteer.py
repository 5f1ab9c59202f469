"""Exports the names the NLU component recognises: titles, people (by role) and countries.

The Rasa runtime cannot import the catalog code (different Python, older SQLAlchemy), so the catalog
hands it a JSON file. Only people credited on at least two titles, plus every director, are kept:
a one-off cast member's name is more likely to be a false match than a request.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from recommender.catalog.models import Credit, Item, ItemCountry, Person

MIN_CAST_CREDITS = 2


def build_gazetteer(factory: sessionmaker[Session]) -> dict:
    with factory() as session:
        titles = [{"id": sid, "title": t} for sid, t in session.execute(select(Item.source_id, Item.title))]
        credits = session.execute(select(Person.name, Credit.role).join(Credit, Credit.person_id == Person.id)).all()
        countries = sorted({c for (c,) in session.execute(select(ItemCountry.country))})
    cast_counts = Counter(name for name, role in credits if role == "cast")
    directors = sorted({name for name, role in credits if role == "director"})
    actors = sorted(name for name, n in cast_counts.items() if n >= MIN_CAST_CREDITS)
    return {"titles": titles, "actors": actors, "directors": directors, "countries": countries}


def write_gazetteer(factory: sessionmaker[Session], out: Path) -> dict[str, int]:
    data = build_gazetteer(factory)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False))
    tmp.replace(out)
    return {k: len(v) for k, v in data.items()}
