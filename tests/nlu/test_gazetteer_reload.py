"""A running NLU component follows the gazetteer file: a title `mediabot import` adds while Rasa runs is
recognised from the first message after the component's next look at the file (at most
``GAZETTEER_CHECK_S`` later; the live catalog, issue 9), with no restart and no retrain."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa")

from rasa.engine.graph import ExecutionContext, GraphSchema  # noqa: E402
from rasa.engine.storage.local_model_storage import LocalModelStorage  # noqa: E402
from rasa.engine.storage.resource import Resource  # noqa: E402
from rasa.shared.nlu.constants import ENTITIES, TEXT  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402

from contract.gazetteer import Gazetteer, TitleEntry, write_gazetteer  # noqa: E402
import nlu.constraint_extractor  # noqa: E402
from nlu.constraint_extractor import ConstraintExtractor  # noqa: E402

BEFORE = Gazetteer(titles=(TitleEntry("s8", "Stranger Things"),))
AFTER = Gazetteer(titles=(TitleEntry("s8", "Stranger Things"), TitleEntry("new1", "Zanzibar Lighthouse Keepers")))


def titles_in(component: ConstraintExtractor, text: str) -> set[str]:
    message = Message({TEXT: text})
    component.process([message])
    return {e["value"] for e in message.get(ENTITIES, []) if e["entity"] == "title"}


def test_a_title_written_to_the_gazetteer_is_recognised_by_the_running_component(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(nlu.constraint_extractor, "GAZETTEER_CHECK_S", 0.0)  # look at every message here
    path = write_gazetteer(BEFORE, tmp_path / "gazetteer.json")
    config = {**ConstraintExtractor.get_default_config(), "gazetteer_path": str(path)}
    component = ConstraintExtractor.create(config, LocalModelStorage(tmp_path / "model"),
                                           Resource("constraint_extractor"), ExecutionContext(GraphSchema({}), "test"))
    text = "something like zanzibar lighthouse keepers"
    assert titles_in(component, text) == set()
    write_gazetteer(AFTER, path)  # what `mediabot import` does after the catalog changed
    assert titles_in(component, text) == {"Zanzibar Lighthouse Keepers"}
    assert titles_in(component, "like stranger things") == {"Stranger Things"}
