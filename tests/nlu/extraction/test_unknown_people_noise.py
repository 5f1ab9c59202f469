"""Greetings, addressing the bot and keyboard mashing are never a person the catalog lacks (nlu/extraction/
unknown_people.py ``_CHAT_NOISE``, ``_keyboard_mash``): "heya" was answered "I don't have anything with or by Heya".
Near-misses: a surname said alone with "please" or after "by" stays an unknown person."""

from __future__ import annotations

import pytest

from nlu.extraction.unknown_people import _keyboard_mash


@pytest.mark.parametrize("text", ["heya", "yo bot", "hiya bot", "sdfghj", "jhgjhg", "asdasd", "qwerty", "zxcvb", "moar"])
def test_noise_is_no_unknown_person(values, text):
    assert values(text, "unknown_person") == []


@pytest.mark.parametrize("text, name", [("truffaut please", "Truffaut"), ("films by wes anderson", "Wes Anderson")])
def test_a_name_in_a_person_frame_stays_unknown(values, text, name):
    assert values(text, "unknown_person") == [(name, None)]


@pytest.mark.parametrize("word", ["lynch", "wynn", "truffaut", "mizoguchi", "anderson", "ozu"])
def test_real_names_are_no_keyboard_mash(word):
    assert not _keyboard_mash(word)


@pytest.mark.parametrize("text", ["sherlok", "stranger thigns"])
def test_a_title_typed_with_a_slip_is_no_unknown_person(values, text):
    assert values(text, "unknown_person") == []
