"""Round 28: emoji and typographic symbols are no evidence of another language (actions/language.py
``_NON_ENGLISH_LETTERS`` counts letters only): an English request with a laughing face is answered, never declined
with "I only understand English"; a letter English does not use still counts."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions.language import in_other_language  # noqa: E402


@pytest.mark.parametrize("text", ["cheesy singing competition shows pls 😂😂", "scary stuff for tonight 👻🎃",
                                  "any good k dramas 🥺", "“dark” – is it any good?", "a heist film ★★★★ level"])
def test_english_with_emoji_or_symbols_is_english(text: str) -> None:
    assert not in_other_language(text)


@pytest.mark.parametrize("text", ["quiero ver una película de miedo 😱", "фильм ужасов на вечер 🎬",
                                  "ein lustiger Film für heute Abend 🍿"])
def test_another_language_with_emoji_is_still_another_language(text: str) -> None:
    assert in_other_language(text)
