"""Clauses telling what someone else habitually picks ("my girlfriend picks horror every single time", "he always
wants anime"): shared by the NLU, which drops the genres named there when the message asks for another one
(nlu/extraction/habits.py), and the free-text query, which leaves those words out (actions/query_text.py).

A clause's subject is another person (a pronoun "he / she / they" or "my / our <someone>"), its verb a choice
("picks", "chooses", "wants", "puts on", "goes for" …), and a habit is said: an adverb before the verb ("always",
"usually"), a phrase after it ("every (single) time", "all the time", "as usual") or before the clause in its sentence
("every time we watch something she picks …", "whenever …"). The clause ends at punctuation
or at a word opening the viewer's own turn ("so", "but", "now", "tonight", "i").
"""

from __future__ import annotations

import re

_F = re.IGNORECASE
# Adverbs saying something happens as a rule ("she always picks", "they're usually 3 hours"): the one list for the
# habits read here and for what titles usually run (nlu/extraction/durations.py).
HABIT_ADVERB = (r"(?:always|usually|often|normally|constantly|forever|typically|generally|nearly\s+always"
                r"|almost\s+always)")
# The subject's noun is never a habit adverb: "my brother always picks" is "my brother" + "always", not a brother
# called "always" with no adverb (which would hide the habit).
_NOUN = rf"(?!{HABIT_ADVERB}\b)[\w'-]+"
_SUBJECT = rf"(?:\b(?:he|she|they)|\bmy\s+(?:[\w'-]+\s+)?{_NOUN}|\bour\s+{_NOUN})"
_CHOICE_VERB = (r"(?:picks?|picked|chooses?|chose|gets?\s+to\s+(?:pick|choose)|wants?|puts?\s+on|watch(?:es)?"
                r"|insists?\s+on|goes\s+for|go\s+for|makes?\s+(?:me|us)\s+watch|drags?\s+(?:me|us)\s+(?:to|into))")
_HABIT_PHRASE = (r"(?:every\s+(?:single\s+)?(?:time|night|weekend|week|day)|each\s+time|all\s+the\s+time"
                 r"|always|as\s+usual|non[\s-]?stop|without\s+fail)")
_CLAUSE = re.compile(rf"{_SUBJECT}\s+(?:(?P<adverb>{HABIT_ADVERB})\s+)?{_CHOICE_VERB}\b"
                     rf"(?P<rest>(?:(?![.!?;:,]|\s(?:so|but|now|tonight|today|and\s+i|i)\b).)*)", _F)
_HABIT_RE = re.compile(rf"\b{_HABIT_PHRASE}\b", _F)
# The habit said before the clause, in its sentence: "every time we watch something she picks horror". Only a phrase
# of recurrence ("every time", "whenever"), never when the viewer watches ("we watch every weekend and my daughter
# wants ..." is tonight's request), and the words between, if any, tell of watching or choosing: "whenever we have
# guests my wife wants a comedy" tells of tonight's company, not a habit.
_HABIT_BEFORE_RE = re.compile(r"\b(?:every\s+(?:single\s+)?time|each\s+time|whenever)\b(?P<gap>[^.!?;:]{0,40})$", _F)
_WATCHING_RE = re.compile(r"\b(?:watch\w*|pick\w*|choos\w*|chose|decid\w*|select\w*|sit\s+down|sat\s+down"
                          r"|put\s+(?:\w+\s+){0,2}on|turn\s+on|(?:movie|film|tv)\s+night|stream\w*)\b", _F)
_LOOK_BACK = 60
# The viewer's "my turn" after such a clause ("so it's my turn", "now it's my pick"): part of the story, no query word.
_MY_TURN_RE = re.compile(r"\b(?:so\s+|now\s+|and\s+)?(?:it'?s|its|it\s+is)\s+my\s+(?:turn|pick|choice|call)\b", _F)


def habit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the clauses that tell what another person habitually picks, each with a "my turn" said
    right after it."""
    out = []
    for m in _CLAUSE.finditer(text):
        before = text[max(0, m.start() - _LOOK_BACK):m.start()]
        if not (m.group("adverb") or _HABIT_RE.search(m.group("rest")) or _habit_before(before)):
            continue
        turn = _MY_TURN_RE.search(text, m.end(), m.end() + 30)
        out.append((m.start(), turn.end() if turn else m.end()))
    return out


def _habit_before(before: str) -> bool:
    """A phrase of recurrence opens the clause's sentence, right before it or with watching or choosing between."""
    m = _HABIT_BEFORE_RE.search(before)
    if m is None:
        return False
    gap = m["gap"].strip(" ,")
    return not gap or bool(_WATCHING_RE.search(gap))
