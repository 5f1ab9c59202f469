"""The Rasa graph component (nlu/constraint_extractor.py): registration, config and what ``process`` does to messages."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa")

from rasa.engine.graph import ExecutionContext, GraphSchema  # noqa: E402
from rasa.engine.recipes.default_recipe import DefaultV1Recipe  # noqa: E402
from rasa.engine.storage.local_model_storage import LocalModelStorage  # noqa: E402
from rasa.engine.storage.resource import Resource  # noqa: E402
from rasa.shared.nlu.constants import ENTITIES, TEXT  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402
from rasa.shared.nlu.training_data.training_data import TrainingData  # noqa: E402

from nlu.constraint_extractor import ConstraintExtractor  # noqa: E402
from contract.gazetteer import Gazetteer, TitleEntry, write_gazetteer  # noqa: E402

SMALL_GAZETTEER = Gazetteer(titles=(TitleEntry("s8", "Stranger Things"), TitleEntry("s9", "Her")),
                            actors=("Adam Sandler",), directors=("Martin Scorsese",), countries=("South Korea",))


@pytest.fixture(scope="module")
def component(tmp_path_factory) -> ConstraintExtractor:
    """Created the way Rasa creates it, from a config pointing at a (small) gazetteer file."""
    path = write_gazetteer(SMALL_GAZETTEER, tmp_path_factory.mktemp("gaz") / "gazetteer.json")
    storage = LocalModelStorage(tmp_path_factory.mktemp("model"))
    context = ExecutionContext(GraphSchema({}), "test")
    config = {**ConstraintExtractor.get_default_config(), "gazetteer_path": str(path)}
    return ConstraintExtractor.create(config, storage, Resource("constraint_extractor"), context)


def test_registered_as_untrainable_entity_extractor():
    registered = DefaultV1Recipe._from_registry("ConstraintExtractor")
    assert registered.clazz is ConstraintExtractor
    assert DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types
    assert not registered.is_trainable


def test_default_config_uses_the_setting():
    assert ConstraintExtractor.get_default_config() == {"gazetteer_path": None}


def test_process_adds_entities_to_the_message(component):
    message = Message({TEXT: "comedies like Stranger Things under 40 minutes, no horror"})
    component.process([message])
    found = {(e["entity"], e["value"], e.get("role")) for e in message.get(ENTITIES)}
    assert found == {("genre", "comedy", None), ("title", "Stranger Things", "similar"),
                     ("duration", "-40", None), ("genre", "horror", "exclude")}
    assert all(e["extractor"] == "ConstraintExtractor" for e in message.get(ENTITIES))
    assert ENTITIES in message.output_properties


def test_process_keeps_existing_entities_and_skips_duplicates(component):
    diet = {"entity": "genre", "start": 0, "end": 8, "value": "comedies", "extractor": "DIETClassifier"}
    message = Message({TEXT: "comedies with Adam Sandler", ENTITIES: [diet]})
    component.process([message])
    entities = message.get(ENTITIES)
    assert entities[0] == diet
    assert [(e["entity"], e["value"]) for e in entities[1:]] == [("actor", "Adam Sandler")]


def test_intent_payloads_are_left_alone(component):
    message = Message({TEXT: '/refine{"duration":"60"}'})
    component.process([message])
    assert message.get(ENTITIES) is None


def test_process_training_data_passes_through(component):
    data = TrainingData([Message({TEXT: "no horror", "intent": "recommend"})])
    assert component.process_training_data(data) is data
    assert data.training_examples[0].get(ENTITIES) is None


def test_relative_gazetteer_path_is_project_relative():
    from contract.settings import PROJECT_ROOT

    assert ConstraintExtractor.gazetteer_path({"gazetteer_path": "var/g.json"}) == PROJECT_ROOT / "var" / "g.json"


def test_missing_gazetteer_still_extracts(tmp_path):
    storage = LocalModelStorage(tmp_path / "model")
    config = {"gazetteer_path": str(tmp_path / "missing.json")}
    component = ConstraintExtractor.create(config, storage, Resource("x"), ExecutionContext(GraphSchema({}), "t"))
    message = Message({TEXT: "a horror movie like Stranger Things"})
    component.process([message])
    assert [(e["entity"], e["value"]) for e in message.get(ENTITIES)] == [("genre", "horror"), ("media_type", "movie")]
