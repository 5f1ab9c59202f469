"""A person turned down by a pronoun later in the same message: "bf loves nic cage, i can't stand him. an action
movie WITHOUT him" excludes Nicolas Cage.

The negation rules (negation.py) exclude what a cue's scope covers; a pronoun is no entity, so "without him" left the
person named earlier as a wish — the opposite of what the viewer asked. Here a cue that turns a pronoun down
("without him", "w/o her", "minus him", "except her", "nothing with him", "not with her", "but not him") excludes
the nearest person named before it in the message. A gerund after the pronoun makes the phrase a situation, not the
person: "with keanu but without him shooting everyone" keeps Keanu.

The pronoun may point elsewhere, and then nobody named is excluded (Review 1, finding 7):

* a companion or relative the pronoun can stand for is named between the person and the cue ("I love <actor>. my
  husband is out tonight, so a movie without him"): the pronoun is that companion; a companion of the other gender
  ("<actor> is great but my wife can't stand him, a thriller without him") leaves the person;
* a verb of watching or going stands right before the cue ("a movie i can watch without him", "go without her"): the
  viewer does something without a companion, not without a performer in the title;
* the nearest person is one of several named together ("<actress> and <actor>, but without her"): the catalog holds no
  gender, so which of them the pronoun means is unknown, and excluding the wrong one is worse than excluding none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from contract.words import PARTNER_EITHER_PATTERN, PARTNER_HE_PATTERN, PARTNER_SHE_PATTERN

from .spans import EXCLUDE, Found

PERSON_ENTITIES = frozenset({"actor", "director"})
_PRONOUN_TURNED_DOWN_RE = re.compile(
    r"\b(?:without|w/o|minus|except(?:\s+for)?|(?:nothing|none|not|nothin)\s+(?:with|starring|featuring)|but\s+not)"
    r"\s+(?P<pronoun>him|her)\b(?!\s+[a-z]+ing\b)", re.IGNORECASE)
# Companions and relatives (one person: "him"/"her" stands for no plural) by the pronoun that can stand for them;
# "partner", "friend", "kid", "cousin" can be either.
# The partner words are contract/words.py's, split there by pronoun (round 29D).
_MALE_COMPANIONS = (rf"{PARTNER_HE_PATTERN}|dad|daddy|father|papa|grandpa|granddad|grandfather|brother|son"
                    r"|stepson|nephew|uncle")
_FEMALE_COMPANIONS = (rf"{PARTNER_SHE_PATTERN}|mom|mum|mommy|mummy|mother|mama|grandma|granny|grandmother|sister"
                      r"|daughter|stepdaughter|niece|aunt")
_ANY_COMPANION = (rf"{PARTNER_EITHER_PATTERN}|friend|roommate|flatmate|room-mate|flat-mate|kid|kiddo|child|cousin"
                  r"|sibling|toddler|baby|grandkid|grandchild|stepkid|godchild")
_COMPANION_RE = {
    "him": re.compile(rf"\b(?:{_MALE_COMPANIONS}|{_ANY_COMPANION})\b", re.IGNORECASE),
    "her": re.compile(rf"\b(?:{_FEMALE_COMPANIONS}|{_ANY_COMPANION})\b", re.IGNORECASE),
}
# A verb of doing something, right before the cue: "watch without him", "go without her", "start it without him"
# ("watch one without him" asks for a title: "one" is no object here).
_DOING_BEFORE_RE = re.compile(
    r"\b(?:watch|watching|watched|see|seeing|view|stream|binge|go|going|start|starting|begin|continue|finish|do|stay"
    r"|sit|enjoy|relax|chill)(?:\s+(?:it|this|that))?\s*$", re.IGNORECASE)
# Words joining a person to the one named before ("<actress> and <actor>", "<a>, <b> or <c>").
_JOINED_RE = re.compile(r"^\s*(?:,|&|\band\b|\bor\b|\bplus\b|/)\s*(?:,\s*)?$", re.IGNORECASE)


def exclude_pronoun_people(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the person each pronoun cue points back to (the nearest one named before it) excluded."""
    out = list(found)
    for cue in _PRONOUN_TURNED_DOWN_RE.finditer(text):
        before = sorted(((n, f) for n, f in enumerate(out) if f.entity in PERSON_ENTITIES and f.end <= cue.start()),
                        key=lambda nf: nf[1].end)
        if not before or _points_elsewhere(text, cue, [f for _, f in before]):
            continue
        n, person = before[-1]
        if person.role != EXCLUDE:
            out[n] = replace(person, role=EXCLUDE)
    return out


def _points_elsewhere(text: str, cue: re.Match[str], people: list[Found]) -> bool:
    """The pronoun of ``cue`` stands for someone other than the last of ``people`` (named before it, in order)."""
    nearest = people[-1]
    between = text[nearest.end:cue.start()]
    pronoun = cue["pronoun"].casefold()
    if _COMPANION_RE[pronoun].search(between) or _DOING_BEFORE_RE.search(text, 0, cue.start()):
        return True
    return len(people) > 1 and _JOINED_RE.match(text[people[-2].end:nearest.start]) is not None
