"""Children of no stated age named by kin or by school group: "the grandkids", "grandchildren", "my nieces and
nephews", "the little cousins", "a bunch of 4th graders", "middle schoolers".

They are the children's audience as "for the kids" is (docs/contracts.md "Age mapping": a child of no stated age
is ``family``); a school grade says an age (a grade's youngest pupils are grade + 5: "2nd graders" are 7, ``kids``;
"4th graders" 9, ``family``; "8th graders" 13, ``teen``). The kin words live once in contract.words
(``CHILDREN_KIN_PATTERN``: kin that stand for children without an age; a lone "nephew" or "cousin" may be any age, so
only "little" / "young" / "small" before him makes him a child here).

Not every mention is a viewer: kin in a title's story ("a grandfather and his grandson", "a documentary about
grandchildren of survivors") are no audience. A kin word the viewer calls grown ("my grandkids are grown up", "… are adults now",
"… are in their twenties") or who recommended something ("my grandkids recommended …", "my nieces told me about …")
names nobody watching: the phrase is claimed with no entity, so the lexicon's "kids" reading of the same words
("my kids are grown up") is no cap either. So are kin in the viewer's family history or past — heritage and past
clauses ("my grandparents came from …", "my mum grew up in …", "my parents were born in …", "my dad used to …", "my late
father worked …"): ancestors are not company, whoever they are (children's kin or elders: ``_ELDER_KIN``). Kin in a sentence that gives an age leave the audience to the age
(audience.py: "my nephew (he's 25)", "the grandkids, 4 and 11"), and so do kin a later sentence gives an age through a
pronoun ("the grandkids are over tonight. they're 13 and 15", "i have my grandson. he is 14": ``_age_said_after``) or
calls teenagers ("my nieces are visiting, both teenagers": ``_TEENS_RE``) — a stated age always beats the kin word's
default, and a cap never loosens, so the default would otherwise pull a 14-year-old down to the family band. Children said to be away or asleep ("the
grandkids are away") are the actions' children away (actions/planning.py ``_CHILDREN_AWAY_RE``), as for "the kids".
"""

from __future__ import annotations

import re

from contract.vocabulary import audience_for_age
from contract.words import CHILD_KIN_PATTERN, CHILDREN_KIN_PATTERN

from .life_story import LIFE_VERB_PATTERN
from .numbers import ORDINALS
from .spans import P_STRUCTURED, Match, single

_F = re.IGNORECASE
_SENTENCE_RE = re.compile(r"[^.!?;\n]+")
_DET = r"(?:(?:the|my|our|your|some|all\s+the|all\s+my|all\s+our|both)\s+)?"  # his / her / their: ``_in_a_plot``
_COUNT = r"(?:(?:two|three|four|five|six|several|a\s+few|a\s+couple\s+of|\d{1,2})\s+)?"
# Kin that are children whatever is said around them, or any young relative called little / young / small.
_YOUNG = r"(?:little|lil|young|younger|small|tiny|wee)"
_CHILDREN_KIN = (rf"(?:(?:{_YOUNG}\s+)?(?:{CHILDREN_KIN_PATTERN})"
                 rf"|{_YOUNG}\s+(?:cousins?|nephews?|nieces?|grandkids?))")
# "my nieces and nephews", "the grandkids and their cousins": one group.
_KIN_GROUP = rf"{_CHILDREN_KIN}(?:\s*(?:,|&|\band\b)\s*(?:(?:my|our|the|their|his|her)\s+)?(?:{_YOUNG}\s+)?(?:{CHILD_KIN_PATTERN}))*"
_KIN_RE = re.compile(rf"\b{_DET}{_COUNT}(?P<kin>{_KIN_GROUP})\b", _F)

# A school grade: "4th graders", "a bunch of third-graders", "2nd and 3rd graders", "a 5th grade class".
_GRADE_WORD = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(w for w in ORDINALS if not w[0].isdigit()) + ")"
_GROUP_OF = r"(?:(?:a|an)\s+(?:bunch|group|class|room|roomful|gaggle|handful|load|pack|crowd)\s+of\s+)?"
_GRADE_RE = re.compile(
    rf"\b{_GROUP_OF}(?:an?\s+)?{_DET}(?P<grades>{_GRADE_WORD}(?:\s*(?:,|&|\band\b|\bor\b|-|–|\bto\b)\s*{_GRADE_WORD})*)"
    r"[\s-]+grade(?:rs|r|\s+(?:class(?:es)?|kids|students|pupils|boys|girls))\b", _F)
# School groups by stage, with the youngest age of the stage.
_STAGES: dict[str, int] = {"middle schoolers": 11, "middle school kids": 11, "middle school students": 11,
                           "elementary schoolers": 5, "grade schoolers": 5, "primary schoolers": 5}
_STAGE_RE = re.compile(rf"\b{_GROUP_OF}{_DET}(?P<stage>" + "|".join(re.escape(s) for s in _STAGES) + r")\b", _F)

# What makes a kin mention nobody watching. Grown: "… are (all) grown (up)", "… are adults", "… are in their 20s".
_BE = r"(?:\s+(?:are|is|were|was|have|has)|'re|’re|'s|’s|'ve|’ve)(?:\s+(?:all|both|now|long|already|pretty\s+much))*"
_GROWN = (rf"{_BE}\s+(?:(?:all\s+)?grown(?:[\s-]+up)?|adults?|grown-?ups|too\s+old|older\s+now|in\s+their\s+(?:teens"
          r"|twenties|thirties|forties|\d0s|late\s+\w+|early\s+\w+)|at\s+(?:uni|university|college)|in\s+college"
          r"|married|out\s+of\s+the\s+house|moved\s+out|left\s+home)\b")
# Someone who told the viewer about a title: "… recommended", "… keep telling me to watch", "… got me into". A bare
# "said" / "tell me" / "talk about" is no recommendation: "my kids said they want something scary" are watching.
_TOLD = (r"(?:\s+(?:just|always|all|both|keep|kept|keeps|have|has|had|once|also|really|highly))*\s+(?:recommend(?:ed|s)?"
         r"|suggest(?:ed|s)?|(?:told|tell|telling)\s+me\s+(?:about|to\s+(?:watch|see|check))"
         r"|(?:said|say|says)\s+(?:to\s+(?:watch|see|check)|i\s+(?:should|must|have\s+to)\s+(?:watch|see))"
         r"|mentioned|showed\s+me|show\s+me"
         r"|got\s+me\s+(?:into|hooked)|introduced\s+me|put\s+me\s+on(?:to)?|swear\s+by|rave[sd]?\s+about|raving\s+about"
         r"|won'?t\s+stop\s+talking)\b")
# A title's story, not its viewers (``_in_a_plot``): kin after a third person's determiner, or in an "about" phrase.
_CLAUSE_START_RE = re.compile(r"[.!?;,\n]")
_THIRD_PERSON_RE = re.compile(r"\b(?:his|her|their|its)\s+(?:(?:own|two|three|\d{1,2}|little|young|younger|small)\s+)*$",
                              _F)
_ABOUT_RE = re.compile(r"\b(?:about|featuring|following|starring)\s+(?:(?!(?:for|with|to|by)\b)\S+\s+)*$", _F)
# The viewer's family history or past: "… came from Poland", "… emigrated from", "… grew up in", "… were born in", "…
# are originally from", "… used to", "… worked", "… passed away" (the life verbs of life_story.py). Only what the kin did or were, never a visit: "my
# parents came over tonight" is company (audience.py ``_VISITING``).
_ORIGIN = r"(?:originally|all|both|actually|first|once)"
_HISTORY = (rf"(?:\s*,)?(?:\s+who)?(?:\s+{_ORIGIN})*\s+(?:(?:came|come|comes|emigrated|immigrated|migrated|moved|fled|escaped"
            r"|arrived)(?:\s+(?:here|out|to\s+\w+))?\s+from|hail(?:s|ed)?\s+from"
            rf"|(?:were|was|are|is)\s+(?:{_ORIGIN}\s+)*(?:from|born|raised|brought\s+up|immigrants|refugees)"
            rf"|(?:grow|growing)\s+up|{LIFE_VERB_PATTERN}"
            r")\b")
_NOBODY_WATCHING_RE = re.compile(rf"(?:{_GROWN}|{_TOLD})", _F)
_HISTORY_RE = re.compile(_HISTORY, _F)
# The lexicon's own kin words ("my kids", "the children"), claimed with no entity in the same cases.
_ANY_KIN_RE = re.compile(rf"\b{_DET}{_COUNT}(?:{_YOUNG}\s+)?(?:{CHILD_KIN_PATTERN})\b", _F)
# Grown-up kin, who watch as company ("with my grandparents", audience.py) but whose history is no company.
_ELDER_KIN = (r"(?:great[\s-])*grand(?:parents?|mothers?|fathers?|mas?|pas?|dads?|moms?|mums?)|parents?|mom|mum|mother"
              r"|dad|father|folks|ancestors|forefathers|family|relatives|in-laws|aunts?|aunties?|uncles?|gran|granny|nana"
              r"|nan|grandad|granddad|gramps")
_HISTORY_KIN_RE = re.compile(rf"\b{_DET}(?:(?:late|dear|beloved)\s+)*(?:{_ELDER_KIN})\b", _F)
# Kin of a history who watch all the same: "the grandparents are from Greece, they're over tonight", "… so something
# for them": the history names them, the visit or the "for them" says they watch (the claim is not made).
_THEY_WATCH_RE = re.compile(
    r"\b(?:(?:they|he|she)(?:'re|’re|'s|’s|\s+are|\s+is|\s+will\s+be)\s+(?:also\s+)?(?:over|here|visiting|staying"
    r"|coming|watching|joining|in\s+town|with\s+us)|(?:for|with)\s+(?:them|him|her)\b(?!\s+(?:to|and)\b))", _F)
# "my late father", "our late grandmother": a relative who died is nobody watching, whatever the sentence says next.
# An age said through a pronoun that refers back to kin named before it ("… they're 13 and 15", "he is 14", "both are
# 9"): at the start of audience.py's age span.
_PRONOUN_START_RE = re.compile(r"(?:she|he|they|shes|hes|theyre|both|all|the\s+(?:two|three)\s+of\s+them)\b", _F)
# Kin called teenagers in their own sentence: "both teenagers", "they're teens", "who are adolescents".
_TEENS_RE = re.compile(r"\b(?:teens|teenagers?|adolescents?|tweens?|preteens?|pre-teens?)\b", _F)
_LATE_KIN_RE = re.compile(rf"\b(?:my|our|the)\s+late\s+(?:{_ELDER_KIN}|{CHILD_KIN_PATTERN})\b", _F)


def find(text: str, ages: list[Match]) -> list[Match]:
    """School grades as ages, and kin that stand for children as the ``family`` audience, outside the sentences
    whose age (in ``ages``, audience.py's matches) decides; a kin mention that names nobody watching is claimed with
    no entity (module docstring)."""
    out = _grades(text)
    aged = [(m.start, m.end) for m in ages + out if any(f.entity == "audience" for f in m.found)]
    for m in _ANY_KIN_RE.finditer(text):
        if nobody_watching(text, m.end()) or taken_in_the_past(text, m.start()):
            out.append(Match(m.start(), m.end(), P_STRUCTURED, (), "kin-not-watching"))
    out += [Match(m.start(), m.end(), P_STRUCTURED, (), "kin-history") for m in _HISTORY_KIN_RE.finditer(text)
            if _in_history(text, m.end())]
    if not _THEY_WATCH_RE.search(text):
        out += [Match(m.start(), m.end(), P_STRUCTURED, (), "kin-late") for m in _LATE_KIN_RE.finditer(text)]
    for m in _KIN_RE.finditer(text):
        if (nobody_watching(text, m.end()) or taken_in_the_past(text, m.start()) or _sentence_has_age(text, m.start(), aged) or _in_a_plot(text, m.start())
                or _age_said_after(text, m.end(), aged) or _called_teens(text, m.end())):
            continue
        out.append(single("audience", m.start(), m.end(), "family", P_STRUCTURED, "kin-children"))
    return out


# Kin the viewer used to take somewhere: "i used to take my kids to the cinema, now something for me" (the kin are the
# object of a past habit, told before them). "… so something for them" says they watch all the same
# (``_THEY_WATCH_RE``). A plain "took" is left alone: "we took the kids to the zoo, something for them to wind down"
# is often today's company.
_TAKEN_BEFORE_RE = re.compile(r"\b(?:i|we)\s+(?:(?:always|often|once)\s+)?used\s+to\s+take\s+$", _F)


def taken_in_the_past(text: str, start: int) -> bool:
    """The kin starting at ``start`` are the object of the viewer's past deed (``_TAKEN_BEFORE_RE``) and the message
    never says they watch all the same."""
    return _TAKEN_BEFORE_RE.search(text, 0, start) is not None and _THEY_WATCH_RE.search(text) is None


def nobody_watching(text: str, end: int) -> bool:
    """The kin ending at ``end`` are called grown, told the viewer about a title (``_NOBODY_WATCHING_RE``) or are the
    viewer's family history (``_in_history``); audience.py's elderly relatives use it too."""
    return _NOBODY_WATCHING_RE.match(text, end) is not None or _in_history(text, end)


def _in_history(text: str, end: int) -> bool:
    """The kin ending at ``end`` are in a heritage or past clause (``_HISTORY``) and the message never says they watch
    all the same (``_THEY_WATCH_RE``)."""
    return _HISTORY_RE.match(text, end) is not None and _THEY_WATCH_RE.search(text) is None


def _in_a_plot(text: str, start: int) -> bool:
    """The kin at ``start`` are someone else's ("his grandson", "her stepkids") or inside an "about …" phrase ("a
    documentary about grandchildren of survivors"): a title's story, not who watches. An "about" phrase ends at
    for / with / to ("something about space for the grandkids" still names them)."""
    clause = _CLAUSE_START_RE.split(text[:start])[-1]
    return _THIRD_PERSON_RE.search(clause) is not None or _ABOUT_RE.search(clause) is not None


def _sentence_has_age(text: str, start: int, aged: list[tuple[int, int]]) -> bool:
    """An age is said in the sentence around ``start``: the age, not the kin word, says who watches."""
    for s in _SENTENCE_RE.finditer(text):
        if s.start() <= start < s.end():
            return any(s.start() <= a < s.end() or s.start() < b <= s.end() for a, b in aged)
    return False


def _age_said_after(text: str, end: int, aged: list[tuple[int, int]]) -> bool:
    """An age after the kin ending at ``end`` is said through a pronoun ("… they're 13 and 15") with no other kin
    named between: the pronoun refers back to these kin, so their age is stated and the kin word's default is none."""
    for a, _ in aged:
        if a >= end and _PRONOUN_START_RE.match(text, a) and not _ANY_KIN_RE.search(text, end, a) \
                and not _KIN_RE.search(text, end, a):
            return True
    return False


def _called_teens(text: str, end: int) -> bool:
    """The sentence goes on to call the kin ending at ``end`` teenagers ("my nieces are visiting, both teenagers"): the
    lexicon's teen audience says their age."""
    sentence = _SENTENCE_RE.match(text, end)
    return sentence is not None and _TEENS_RE.search(sentence.group()) is not None


def _grades(text: str) -> list[Match]:
    """"4th graders", "2nd and 3rd graders", "middle schoolers": the youngest pupils' age decides the audience."""
    out = []
    for m in _GRADE_RE.finditer(text):
        grades = [_grade(g) for g in re.findall(_GRADE_WORD, m["grades"], _F)]
        grades = [g for g in grades if g is not None and 1 <= g <= 12]
        if grades:
            out.append(single("audience", m.start(), m.end(), audience_for_age(min(grades) + 5), P_STRUCTURED,
                              "kin-grade"))
    for m in _STAGE_RE.finditer(text):
        out.append(single("audience", m.start(), m.end(), audience_for_age(_STAGES[m["stage"].lower()]), P_STRUCTURED,
                          "kin-school-stage"))
    return out


def _grade(word: str) -> int | None:
    """The grade an ordinal names ("4th", "fourth" → 4)."""
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None
