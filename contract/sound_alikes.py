"""Words of titles that viewers spell as they sound: "midnite" for "midnight", "tonite", "lite", "thru".

Such a spelling is no slip of the keyboard (two or three letters differ, so the slip readers never reach it) and no
word of its own: "midnite mass" is Midnight Mass, and a title written the short way ("<…> Thru <…>") is also typed the
long way. One home for both runtimes: the NLU's title index adds each title under its other spelling
(nlu/extraction/names.py), and the actions read a name asked for both ways (actions/catalog_names.py).
"""

from __future__ import annotations

import re

# The long spelling's ending → the short one, as a whole word or a word's ending ("midnight", "moonlight"): a title's
# words are written short ("midnite mass").
_ENDINGS = {"night": "nite", "light": "lite"}
# Whole words (a word merely ending so is another word: "breakthrough").
_WORDS = {"through": "thru", "tonight": "tonite"}
# A title written short is typed long only for these whole words ("elite", "infinite" end so and are words of their own).
_SHORT_WORDS = {"thru": "through", "tonite": "tonight", "nite": "night", "lite": "light", "midnite": "midnight"}
_LONG_RE = re.compile(r"\b(?P<word>through|tonight|\w*?(?P<end>night|light))\b", re.IGNORECASE)
_SHORT_RE = re.compile(rf"\b(?:{'|'.join(_SHORT_WORDS)})\b", re.IGNORECASE)


def _short(m: re.Match[str]) -> str:
    word = m["word"]
    if word.casefold() in _WORDS:
        return _WORDS[word.casefold()]
    return word[:len(word) - len(m["end"])] + _ENDINGS[m["end"].casefold()]


def _long(m: re.Match[str]) -> str:
    return _SHORT_WORDS[m[0].casefold()]


def sound_alike_spellings(name: str) -> set[str]:
    """The name with its sound-alike words written the other way ("Midnight Mass" → "Midnite Mass", "Highway Thru
    Hell" → "Highway Through Hell"); empty when it has none."""
    found = {_LONG_RE.sub(_short, name), _SHORT_RE.sub(_long, name)}
    found.discard(name)
    return found
