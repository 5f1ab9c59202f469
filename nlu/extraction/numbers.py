"""Numbers as people type them: "90", "1.5", "ninety", "forty-five", "one hundred and twenty", "a couple", "an".

Durations, ages, "last five years" and positions all need the same small vocabulary; keeping the
regex fragment and the parser together guarantees that whatever the pattern accepts, the parser can
read.
"""

from __future__ import annotations

import re

from contract.numbers import TENS, UNITS  # the number words, one home for names and rules

VAGUE = {"a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2, "a few": 3, "few": 3}

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
# A spelled-out number below 100: "ninety", "forty-five", "forty five", "seven".
_BELOW_100 = rf"(?:(?:{_TENS_ALT})(?:[\s-](?:{_UNIT_ALT}))?|{_UNIT_ALT})"
# ... or in the hundreds, as runtimes are said aloud: "a hundred", "one hundred and twenty", "two hundred".
_HUNDREDS = rf"(?:(?:a|one|two|three)\s+hundred(?:\s+(?:and\s+)?{_BELOW_100}(?![\s-]+hundred))?)"
WORD_NUMBER = rf"(?:{_HUNDREDS}|{_BELOW_100})"
# Any number a rule accepts (digits first so "90" is never read as a word).
NUMBER = rf"(?:\d+(?:\.\d+)?|{WORD_NUMBER})"
VAGUE_NUMBER = r"(?:a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few)"

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}
ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
# Ordinals of ages as birthdays are said ("her eleventh birthday", "his 16th"): every age a child has.
_ORDINAL_TEENS = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}
AGE_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted({**ORDINALS, **_ORDINAL_TEENS}, key=len, reverse=True)) + ")"


def parse_age_ordinal(word: str) -> int | None:
    """The number of an AGE_ORDINAL match ("6th" → 6, "ninth" → 9, "twelfth" → 12)."""
    w = word.strip().lower()
    if w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th"):
        return int(w[:-2])
    return ORDINALS.get(w, _ORDINAL_TEENS.get(w))


def parse_number(text: str) -> float | None:
    """Value of a NUMBER / VAGUE_NUMBER match; ``None`` when it is not a number at all."""
    s = re.sub(r"\s+", " ", text.strip().lower().replace("-", " "))
    if not s:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if s in VAGUE:
        return float(VAGUE[s])
    if s in ("a", "an"):
        return 1.0
    parts = s.split(" ")
    if "hundred" in parts:
        return _hundreds(parts)
    if len(parts) == 1:
        value = UNITS.get(s, TENS.get(s))
        return None if value is None else float(value)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
        return float(TENS[parts[0]] + UNITS[parts[1]])
    return None


def _hundreds(parts: list[str]) -> float | None:
    """"one hundred", "a hundred and ten", "two hundred forty": the words of a WORD_NUMBER in the hundreds."""
    k = parts.index("hundred")
    head = " ".join(parts[:k])
    multiplier = 1 if head in ("a", "an") else UNITS.get(head)
    rest = [p for p in parts[k + 1:] if p != "and"]
    below = parse_number(" ".join(rest)) if rest else 0.0
    if multiplier is None or not 1 <= multiplier <= 9 or below is None or below >= 100:
        return None
    return float(multiplier * 100 + below)
