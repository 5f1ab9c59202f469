"""Rasa 3.6 tokenizer for chat: Rasa's whitespace tokenizer, with words stretched for emphasis read as the word meant.

Referenced from config.yml as ``nlu.chat_tokenizer.ChatTokenizer`` in place of ``WhitespaceTokenizer``. The intent
classifier learns from the words of the training data; a viewer's "mooore" or "yesss" shares few character n-grams
with "more" or "yes", and fell below the fallback threshold. Each token keeps its offsets into the message as typed
(entities and actions slice the viewer's own words); only its text, which the featurizers read, is the word meant
(``nlu.extraction.elongation.word_meant``, the same reading the entity extractor uses).
"""

from __future__ import annotations

from typing import List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.extraction.elongation import word_meant


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class ChatTokenizer(WhitespaceTokenizer):
    """Whitespace tokens; a stretched word's token text is the word meant ("noooo" → "no")."""

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        tokens = super().tokenize(message, attribute)
        if attribute != TEXT:
            return tokens
        for token in tokens:
            meant = word_meant(token.text)
            if meant is not None:
                token.text = token.lemma = meant
        return tokens
