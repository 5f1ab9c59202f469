"""Builds the gazetteer (titles, people by role, countries) from the catalog database.

The Rasa runtime cannot import the catalog code (different Python, older SQLAlchemy), so the catalog
hands it a JSON file. The people rule, the file shape and the (atomic) writing all live in
``contract.gazetteer``; this module only reads the database.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from contract import gazetteer as contract_gazetteer
from contract.gazetteer import Gazetteer
from recommender.catalog.models import Credit, Item, ItemCountry, ItemGenre, Person


def build_gazetteer(factory: sessionmaker[Session]) -> Gazetteer:
    """The catalog's names, titles in import order (the order the CSV builder sees them in)."""
    with factory() as session:
        titles = session.execute(select(Item.source_id, Item.title).order_by(Item.id)).all()
        documentaries = select(ItemGenre.item_id).where(ItemGenre.genre == "documentary")
        credits = session.execute(
            select(Person.name, Credit.role, Credit.item_id.in_(documentaries))
            .join(Credit, Credit.person_id == Person.id)).all()
        countries = session.scalars(select(ItemCountry.country).distinct()).all()
    return contract_gazetteer.from_credits(titles, credits, countries)


def write_gazetteer(factory: sessionmaker[Session], out: Path) -> dict[str, int]:
    """Build from the catalog and write ``out``; returns how many names of each kind it holds."""
    gazetteer = build_gazetteer(factory)
    contract_gazetteer.write_gazetteer(gazetteer, out)
    return gazetteer.counts()
