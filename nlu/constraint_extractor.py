"""Rasa 3.6 graph component that adds mediabot's constraint entities to every parsed message.

Referenced from config.yml as ``nlu.constraint_extractor.ConstraintExtractor``. It is not trainable:
the rules are loaded when the component is created (server start / `rasa train`), and the gazetteer
file is checked on every message (one ``stat``; ``contract.gazetteer.load_gazetteer`` re-reads it only
when it changed), so titles and people added by `mediabot import` while Rasa runs are recognised from
the next message on: no restart, no retrain. The first message after a change waits for the new
matchers (a second or two for the bundled catalog). Entities from earlier extractors
(e.g. DIET) are kept; ours are appended unless the same entity already covers the same span.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.extraction import Extractor, get_extractor
from contract.gazetteer import GazetteerError, default_path, load_gazetteer

logger = logging.getLogger(__name__)

# Seconds between two looks at the gazetteer file (a live catalog import rewrites it).
GAZETTEER_CHECK_S = 1.0

# Rasa's RegexMessageHandler owns "/intent{...}" payloads (buttons); their JSON is not user text.
INTENT_PAYLOAD_PREFIX = "/"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class ConstraintExtractor(GraphComponent, EntityExtractorMixin):
    """Rule-based extractor for genre, duration, audience, year, people, titles, ... (contracts §5)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """``gazetteer_path``: None means the MEDIABOT_GAZETTEER setting; relative paths are
        resolved against the project root, like every other mediabot path setting."""
        return {"gazetteer_path": None}

    @staticmethod
    def required_packages() -> List[Text]:
        """spaCy provides the tokenizer and PhraseMatcher (no model download needed)."""
        return ["spacy"]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "ConstraintExtractor":
        """Build the matchers once; there is nothing to persist between training and serving."""
        return cls(config)

    def __init__(self, config: Dict[Text, Any], extractor: Optional[Extractor] = None) -> None:
        self._config = {**self.get_default_config(), **config}
        self._follows_file = extractor is None  # an injected extractor (tests) stays as given
        self._path = self.gazetteer_path(self._config)
        self._extractor = extractor or get_extractor(load_gazetteer(self._path))
        self._checked_at = time.monotonic()

    @staticmethod
    def gazetteer_path(config: Dict[Text, Any]) -> Path:
        """The gazetteer file this configuration points at."""
        configured = config.get("gazetteer_path")
        if not configured:
            return default_path()
        path = Path(configured)
        if path.is_absolute():
            return path
        from contract.settings import PROJECT_ROOT

        return PROJECT_ROOT / path

    def _current_extractor(self) -> Extractor:
        """The extractor of the gazetteer file as it is now (a broken rewrite keeps the previous one).

        The file is looked at no more than once every ``GAZETTEER_CHECK_S``: a live import shows within
        that, and a busy server does not stat the file for every message."""
        if self._follows_file and time.monotonic() - self._checked_at >= GAZETTEER_CHECK_S:
            self._checked_at = time.monotonic()
            try:
                self._extractor = get_extractor(load_gazetteer(self._path))
            except GazetteerError as exc:
                logger.warning("gazetteer_unreadable: %s", exc)
        return self._extractor

    def process(self, messages: List[Message]) -> List[Message]:
        """Add constraint entities to each message (kept alongside entities already present)."""
        today = dt.date.today()
        extractor = self._current_extractor()
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith(INTENT_PAYLOAD_PREFIX):
                continue
            existing = list(message.get(ENTITIES, []))
            taken = {(e.get("entity"), e.get("start"), e.get("end")) for e in existing}
            new = [e for e in extractor.extract(text, today)
                   if (e["entity"], e["start"], e["end"]) not in taken]
            message.set(ENTITIES, existing + self.add_extractor_name(new), add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training examples keep their annotated entities untouched (this component learns nothing)."""
        return training_data
