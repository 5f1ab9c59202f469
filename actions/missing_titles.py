"""A title asked about that the catalog does not have ("got <a title it lacks>?", "is there a <title it lacks> anime?"):
said plainly, with the catalog titles whose names are closest to it as buttons to their cards
(``catalog_names.close_names``: "the godfather" → "The Black Godfather"), and a fresh start. Never a search on the
name's words: its titles share only the words' meaning with the title asked about (round 22b)."""

from __future__ import annotations

from typing import Optional, Sequence

from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.catalog_names import close_names
from actions.edits.turn_basics import PERSON_ENTITIES
from actions.entities import Entity
from actions.references import catalog_gazetteer
from actions.reply import say
from contract import wording
from contract.payloads import QuickReply


def close_title_buttons(name: str) -> tuple[QuickReply, ...]:
    """One button per catalog title whose name is close to ``name``, each asking for that title's card."""
    gazetteer = catalog_gazetteer()
    found = [(title, gazetteer.title_id(title)) for title in close_names(gazetteer, name)] if gazetteer else []
    return tuple(buttons.button(title, "ask_details", {"item_id": item_id}) for title, item_id in found if item_id)


def people_buttons(names: Sequence[str], entities: Sequence[Entity]) -> tuple[QuickReply, ...]:
    """One button per person named beside a title the catalog lacks, each asking for more with them in the role the
    message gave them (an actor when it gave none)."""
    roles = {e.value: e.name for e in entities if e.name in PERSON_ENTITIES}
    return tuple(buttons.button(f"More with {p}", "request_recommendation", {roles.get(p, "actor"): p}) for p in names)


def answer_missing_title(dispatcher: CollectingDispatcher, words: str, sentence: Optional[str] = None,
                         more: Sequence[QuickReply] = ()) -> list[EventType]:
    """Say the catalog lacks the title (``sentence``, else the plain wording with the closest names), its close names
    and ``more`` as buttons, then "Something else". The search the viewer had stays as it was."""
    close = close_title_buttons(words)
    names = [b.title for b in close]
    text = wording.title_not_in_catalog(words, names) if sentence is None else (
        f"{sentence} {wording.closest_names(names)}" if names else sentence)
    say(dispatcher, text, (*close, *more, buttons.SOMETHING_ELSE)[:buttons.MAX_BUTTONS])
    return []
