"""Self-corrections inside one message.

* "a western, no wait, a heist film", "with tom hanks... actually, denzel": the viewer takes back what they
  said before a correction cue ("no wait", "i mean", "actually", "sorry", "oops", "scratch that", "or rather",
  "make that"). Entities of a kind named again after the cue are dropped before it; other kinds stay ("a
  french comedy, sorry, a thriller" keeps France). Actor and director count as one kind (a person), and a
  negated entity is a kind of its own ("no gore, i mean no violence" does not take back a wanted genre).
* "japanese um no korean romance", "british.. no irish films", "a swedish no danish crime show", "from 2019 no 2020":
  a "no" after a hesitation or a pause, or a bare "no" right between two values of a kind a title has one of (its
  origin, a year, a person asked for), takes back the value before it; the value after it is what the viewer wants,
  not a refusal. Origins (country or language) count as one kind here. "comedies no horror" (genres: a title has
  several) stays a refusal.

* "like <title> but not a period drama... ok just like <title>", "no subtitles, never mind, a korean thriller": a
  retraction that starts the wish over ("never mind", "forget that", "scratch that", "ignore that", or "just …" after a
  pause re-saying a kind said before) replaces what came before it: its refusals are dropped too, whatever their kind
  (``_restarted``). "comedies, no horror. just something short" re-says no kind: the refusal stays.

* "no i said comedy", "nah a comedy not a documentary", "nope, i meant <person>": a correction of what the bot
  understood (contract/words ``correction_lead``). Its leading answer particle answers the bot's reply and negates
  nothing after it: the message is read again without it (``answer_particle``). Without a restating cue ("i said",
  "i meant") the particle is an answer only when the rest corrects a value by another of its kind ("X not Y", "not Y,
  X", "X rather than / instead of Y"); "no comedy", "no horror or crime", "no, no horror" stay refusals. A value ruled
  out after "not" that re-says one asked for in other words ("kid movies not kids in movies") rules nothing out.

("the guy from <title>" points at a person through a title: names.cast_pointer gives that title the role
``cast_of``.)

docs/contracts.md §5 "Self-corrections".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from contract.constraints import BELOW_MARK, unitless_bound_in
from contract.words import TAKE_BACK_PATTERN, correction_lead

from . import audience, durations, seasons
from .numbers import WORD_NUMBER, parse_number
from .spans import Found, Match

# Cues that take back what came before whenever they are said; the looser ones ("actually", "sorry", "oops",
# "wait", "make it") only after a pause (punctuation), so "i actually like comedies" or "sorry to bother you,
# any comedies" are no corrections (the latter has nothing of the same kind before it anyway).
_CUE_RE = re.compile(
    r"\b(?:no,?\s+wait|wait,?\s+no|i\s+mean(?:t)?|scratch\s+that|or\s+rather|make\s+that|correction"
    r"|change\s+(?:that|it)\s+to|or\s+no(?:,|\s+wait\b|\s*\.\.\.|\s*…)|actually\s+no\b,?)"
    r"|(?:[,.;:!?…—–-]|\.\.\.)\s*(?:actually|sorry|oops|whoops|wait|make\s+it|no\s+sorry|err?m?|uh+)\b",
    re.IGNORECASE)
_PERSON = frozenset({"actor", "director"})
_ORIGIN = frozenset({"country", "language"})
# A "no" that corrects whatever follows it: after a hesitation ("um no", "uh, no") or a pause ("british.. no irish",
# "japanese… no korean").
_HESITANT_NO_RE = re.compile(r"(?:\b(?:um+|uh+|uhm+|er+m?|hm+|ah+)\b[,.]*\s*|\.\.+\s*|…\s*)no\b,?\s*", re.IGNORECASE)
# A bare "no" between two values: a correction only for kinds a title has one of.
_BARE_NO_RE = re.compile(r"\s+no,?\s+", re.IGNORECASE)
_ONE_VALUE_KINDS = frozenset({"origin", "year", "person"})


def _kind(f: Found) -> tuple[str, bool]:
    return (_kind_name(f), f.role == "exclude")


def _kind_name(f: Found) -> str:
    return "person" if f.entity in _PERSON else "origin" if f.entity in _ORIGIN else f.entity


def _no_corrections(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the value a correcting "no" took back dropped and the value after it wanted (module doc)."""
    dropped: set[int] = set()
    out = list(found)
    for j, after in enumerate(found):
        if after.role != "exclude":
            continue
        before = [i for i, f in enumerate(found) if f.end <= after.start and f.role != "exclude"
                  and _kind_name(f) == _kind_name(after)]
        if not before:
            continue
        i = max(before, key=lambda k: found[k].end)
        between = text[found[i].end:after.start]
        hesitant = _HESITANT_NO_RE.fullmatch(between.lstrip(" ,")) is not None
        bare = _BARE_NO_RE.fullmatch(between) is not None and _kind_name(after) in _ONE_VALUE_KINDS
        if hesitant or bare:
            dropped.add(i)
            out[j] = after.with_role(None)
    return _numbers_taken_back(text, [f for k, f in enumerate(out) if k not in dropped])


# A runtime or a season count, then a bare "no" and another number: "three seasons no two at most", "under one hundred
# and twenty no one hundred and ten minutes". A title has one runtime and one season count, so the number after the
# "no" replaces the one before (never a refusal). Said with its own side ("two at most", "under 100") it is taken as
# said, in the first one's unit; said plainly ("110 minutes", "2 seasons") it keeps the first one's side ("under …").
_COUNTED = frozenset({"seasons", "duration"})
_BOUND = "bound"
# The "no" between the two numbers, with the pause and the "just" / "only" a viewer may say round it ("2 seasons, no,
# just one season").
_NUMBER_NO_RE = re.compile(r",?\s*no,?\s+(?:(?:just|only)\s+)?", re.IGNORECASE)


def _numbers_taken_back(text: str, found: list[Found]) -> list[Found]:
    """``found`` with a counted constraint a bare "no" took back replaced by the number said after it."""
    out = list(found)
    dropped: set[int] = set()
    for j, after in enumerate(found):
        if after.entity not in _COUNTED | {_BOUND}:
            continue
        before = [i for i, f in enumerate(found) if f.end <= after.start and f.role != "exclude" and i not in dropped]
        if not before:
            continue
        i = max(before, key=lambda k: found[k].end)
        old = found[i]
        if old.entity not in _COUNTED or after.entity not in (old.entity, _BOUND):
            continue
        if _NUMBER_NO_RE.fullmatch(text[old.end:after.start]) is None:
            continue
        value = _resaid(text, old, after)
        if value is None:
            continue
        dropped.add(i)
        out[j] = replace(after, entity=old.entity, value=value, role=None)
    return [f for k, f in enumerate(out) if k not in dropped]


def _resaid(text: str, old: Found, after: Found) -> str | None:
    """The value the correction ``after`` gives ``old``'s constraint (see ``_numbers_taken_back``). The words after
    the "no" are read afresh: the negation the extractor gave them was the correction's "no"."""
    span = text[after.start:after.end]
    if after.entity == _BOUND:
        if old.entity == "duration" and "hour" in text[old.start:old.end].lower():
            return None  # "under 2 hours no 1 at most": the unit of the bare number is unclear
        if after.value.startswith(BELOW_MARK):  # "fewer than 3" of seasons is at most 2, "under 90" of minutes 90
            return unitless_bound_in(after.value, old.entity)
        return after.value
    plain = [f for r in _RECOUNTED[after.entity](span) if r.start == 0 and r.end == len(span)
             for f in r.found if f.entity == after.entity]
    if not plain:
        return None
    value = plain[0].value
    if value.startswith("-") or value.endswith("-") or not (old.value.startswith("-") or old.value.endswith("-")):
        return value  # its own side ("under 100 minutes", "two at most"), or the first had none ("3 seasons")
    n = durations.parse_minutes(span) if after.entity == "duration" else _first_number(span)
    if n is None:
        return None
    return f"-{n}" if old.value.startswith("-") else f"{n}-"


def _first_number(span: str) -> int | None:
    m = _NUMBER_IN_RE.search(span)
    n = parse_number(m.group(0)) if m else None
    return int(n) if n is not None else None


# What a correction took back, reported over its words so that nothing else reads them ("japanese um no korean romance":
# "japanese" is no query word either). The actions read no constraint from it (domain.yml, like ``about_viewers``).
TAKEN_BACK = "taken_back"


def apply(text: str, found: list[Found]) -> list[Found]:
    """``found`` without what a correction took back; the spans taken back stay as ``TAKEN_BACK`` entities."""
    kept = _corrected(text, found)
    spans = [(f.start, f.end) for f in kept]
    taken = [Found(TAKEN_BACK, f.start, f.end, f.entity) for f in found
             if not any(a < f.end and f.start < b for a, b in spans)]
    return kept + list({(f.start, f.end): f for f in taken}.values())


# Retractions that start the wish over: every refusal before them goes too (module doc).
_RESTART_RE = re.compile(rf"\b(?:{TAKE_BACK_PATTERN}|start\s+(?:over|again))\b", re.IGNORECASE)  # contract/words
# The refusal readings a restart takes back: an exclusion and the rating cap of a content word ruled out ("nothing
# violent. scratch that, nothing scary": neither the violent genres nor the family cap stay).
_REFUSALS = frozenset({"exclude", "cap"})
# "just …" after a pause, as a restatement ("... ok just like <title>", ", actually just comedies").
_JUST_RE = re.compile(
    r"(?:[,.;:!?…—–-]|\.\.\.)\s*(?:(?:ok(?:ay)?|fine|alright|hmm+|nah|so|well|actually|then)\s*,?\s*)*(?:just|only)\b",
    re.IGNORECASE)


def _restarted(text: str, found: list[Found]) -> set[int]:
    """Indices of the refusals a retraction took back: before a restart cue with something said after it, or before a
    pause-"just" that re-says a kind wanted before it (``_RESTART_RE``, ``_JUST_RE``)."""
    dropped: set[int] = set()
    for rx in (_RESTART_RE, _JUST_RE):
        for cue in rx.finditer(text):
            after = {_kind_name(f) for f in found if f.start >= cue.end() and f.role != "exclude"}
            before = {_kind_name(f) for f in found if f.end <= cue.start() and f.role != "exclude"}
            if not after or (rx is _JUST_RE and not after & before):
                continue
            dropped |= {i for i, f in enumerate(found) if f.end <= cue.start() and f.role in _REFUSALS}
    return dropped


# Round 28D: a wish said as a joke and taken back ("gory slasher for the baby haha jk, something for my 3 year old",
# "subtitled arthouse for grandpa... just kidding, a western"): every reading of the clause before the joke cue goes,
# whatever its kind, when something is asked after it. "not kidding", "no joke", "kidding aside" take nothing back.
_JOKE_RE = re.compile(
    r"\b(?:(?:lol|lmao|haha\w*|hehe\w*)[\s,.]+)?(?:jk|j/k|j\.k\.?|jks|(?:(?:i'?m|i\s+am|im)\s+)?(?:just|only)\s+"
    r"(?:kidding|joking|messing|playing)(?:\s+around)?|(?:i'?m|i\s+am|im)\s+(?:kidding|joking))(?![\w'])"
    r"(?!\s+(?:aside|around|me)\b)", re.IGNORECASE)
_NOT_JOKING_RE = re.compile(r"\b(?:not|no|n't|never)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[.!?;\n]")


def _joked(text: str, found: list[Found]) -> set[int]:
    """Indices of the readings of a clause taken back as a joke (``_JOKE_RE``), when something is asked after it."""
    dropped: set[int] = set()
    for cue in _JOKE_RE.finditer(text):
        if (_NOT_JOKING_RE.search(text, 0, cue.start()) or not any(f.start >= cue.end() for f in found)
                or any(f.start < cue.end() and cue.start() < f.end for f in found)):  # "jk simmons": a name
            continue
        ends = [m.end() for m in _CLAUSE_END_RE.finditer(text, 0, cue.start())]
        start = ends[-1] if ends else 0
        dropped |= {i for i, f in enumerate(found) if start <= f.start and f.end <= cue.start()}
    return dropped


# Round 28C: a field let go by name later in the message ("horror from the 2010s, never mind the year actually, with
# ghosts", "nevermind the whole decade thing", "forget about the length"): what was said of that field before it goes.
_FIELD_KINDS = (("year", r"years?|decades?|eras?|dates?|release(?:\s+(?:year|date))?|how\s+old|age\s+of\s+it"),
                ("duration", r"length|runtime|run\s+time|duration|time\s+limit|how\s+long"),
                ("rating", r"(?:age\s+)?ratings?|age\s+(?:limit|thing|part|bit)|maturity"),
                ("language", r"languages?|subtitles?|subs"),
                ("country", r"countr(?:y|ies)|origin|where\s+it'?s\s+from"),
                ("seasons", r"(?:number\s+of\s+)?seasons?"),
                ("genre", r"genres?"))
_FIELD_ENTITIES = {"year": {"year"}, "duration": {"duration"}, "rating": {"rating", "audience"},
                   "language": {"language"}, "country": {"country"}, "seasons": {"seasons"}, "genre": {"genre"}}
_FIELD_LET_GO_RE = re.compile(
    r"\b(?:never\s*mind|nvm|forget(?:\s+about)?|scrap|scratch|ignore|drop|skip|ditch)\s+"
    r"(?:(?:the|that|this|my|about|whole|entire|bit\s+about)\s+)*(?:" + "|".join(
        f"(?P<{name}>{words})" for name, words in _FIELD_KINDS) + r")\b", re.IGNORECASE)


def _fields_let_go(text: str, found: list[Found]) -> set[int]:
    """Indices of the entities said before a field let go by name (``_FIELD_LET_GO_RE``) of that field's kinds."""
    dropped: set[int] = set()
    for m in _FIELD_LET_GO_RE.finditer(text):
        kinds = _FIELD_ENTITIES[next(name for name, _ in _FIELD_KINDS if m.group(name))]
        dropped |= {i for i, f in enumerate(found) if f.end <= m.start() and f.entity in kinds}
    return dropped


# Round 36: a value let go by name as a part of the wish ("forget the decade and the comedy part, just korean horror",
# "drop the romance bit"): the entities inside "the <value> part" after a let-go verb, in the same clause, are no
# wish of this message (the action's removal edit, or the genre said after it, replaces them).
_LET_GO_VERB_RE = re.compile(r"\b(?:never\s*mind|nvm|forget(?:\s+about)?|scrap|scratch|ignore|drop|skip|ditch|lose)\b",
                             re.IGNORECASE)
_VALUE_PART_RE = re.compile(r"\b(?:the|that|this)\s+(?P<value>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+"
                            r"(?:part|thing|bit|side|angle|aspect|element)s?\b", re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(r"[.;!?]|\b(?:but|just|only|instead)\b", re.IGNORECASE)


def _values_let_go(text: str, found: list[Found]) -> set[int]:
    """Indices of the entities named as "the <value> part" inside a let-go clause (note above)."""
    dropped: set[int] = set()
    for verb in _LET_GO_VERB_RE.finditer(text):
        brk = _CLAUSE_BREAK_RE.search(text, verb.end())
        clause_end = brk.start() if brk else len(text)
        for part in _VALUE_PART_RE.finditer(text, verb.end(), clause_end):
            start, end = part.span("value")
            dropped |= {i for i, f in enumerate(found) if start <= f.start and f.end <= end}
    return dropped


def _corrected(text: str, found: list[Found]) -> list[Found]:
    """``found`` without what a correction took back."""
    found = _no_corrections(text, found)
    dropped: set[int] = (_restarted(text, found) | _fields_let_go(text, found) | _values_let_go(text, found)
                         | _joked(text, found))
    for cue in _CUE_RE.finditer(text):
        after = {_kind(f) for f in found if f.start >= cue.end()}
        for i, f in enumerate(found):
            if f.end <= cue.start() and _kind(f) in after:
                dropped.add(i)
        found = _bare_number(text, cue, found, dropped)
    for no in _NO_THEN_NUMBER_RE.finditer(text):  # "4 seasons max no 3": the bare number re-says the count
        found = _bare_number(text, no, found, dropped)
    return [f for i, f in enumerate(found) if i not in dropped]


# "3 seasons max, make that 2", "under 90 minutes, no wait, 60": a bare number after the cue re-says the number of
# the last counted constraint before it, with that constraint's own words ("3 seasons max" read as "2 seasons max").
_BARE_NUMBER_RE = re.compile(rf"[\s,:]*(?:(?:just|only)\s+)?(?P<n>\d{{1,4}}|{WORD_NUMBER})\b(?=\s*(?:$|[.,!?;)]|(?:please|pls|plz|instead"
                             r"|then|max|tops|thanks|thx|lol|actually)\b))", re.IGNORECASE)
# A bare "no" right before a bare number: a cue for that number only ("90 minutes max no 60", "2 seasons, no, just
# one": "just" / "only" before the number says the same).
_NO_THEN_NUMBER_RE = re.compile(rf"(?<=\S)\s+no(?=,?\s+(?:(?:just|only)\s+)?(?:\d{{1,4}}|{WORD_NUMBER})\b)", re.IGNORECASE)
_NUMBER_IN_RE = re.compile(rf"\d{{1,4}}|\b{WORD_NUMBER}\b", re.IGNORECASE)
_RECOUNTED: dict[str, Callable[[str], list[Match]]] = {"seasons": seasons.find, "duration": durations.find,
                                                       "audience": audience.find}


def _bare_number(text: str, cue: re.Match[str], found: list[Found], dropped: set[int]) -> list[Found]:
    """``found`` with the counted constraint before ``cue`` re-read with the bare number said after it."""
    m = _BARE_NUMBER_RE.match(text, cue.end())
    if not m or any(f.start < m.end() and f.end > m.start("n") for f in found):
        return found
    before = [i for i, f in enumerate(found) if f.end <= cue.start() and f.entity in _RECOUNTED and i not in dropped]
    if not before:
        return found
    i = max(before, key=lambda k: found[k].end)
    old = found[i]
    said = text[old.start:old.end]
    numbers = list(_NUMBER_IN_RE.finditer(said))
    if not numbers:
        return found
    last = numbers[-1]
    resaid = said[:last.start()] + m["n"] + said[last.end():]
    whole = [f for r in _RECOUNTED[old.entity](resaid) if r.start == 0 and r.end == len(resaid)
             for f in r.found if f.entity == old.entity]
    if not whole:
        return found
    return [f.with_value(whole[0].value) if k == i else f for k, f in enumerate(found)]


# -- corrections of what the bot understood (module doc, round 22a) ----------------------------------------------------
# What a value ruled out in the correction follows: "not", "rather than", "instead of" (with an article or a word
# between: "not a documentary", "not docs films").
_AGAINST_RE = re.compile(r"(?:\bnot|n't|\brather\s+than|\binstead\s+of)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Words that rule out both values ("no horror, not thrillers either", "no comedy, not even romcoms", "no reality tv,
# especially not dating shows"): a refusal.
_BOTH_OUT_RE = re.compile(r"\b(?:either|neither|nor|too|as\s+well|even|also|and\s+not|especially|particularly"
                          r"|definitely|certainly|absolutely|let\s+alone|least\s+of\s+all|much\s+less|above\s+all)\b",
                          re.IGNORECASE)
# Entities that state a constraint (what a correction is about), not the reports over words.
_NO_CONSTRAINT = frozenset({TAKEN_BACK, "position", "bound", "sort", "added", "topic"})
# The children's shelf said as a genre or as who watches: one reading ("kid movies" / "kids in movies").
_CHILDREN = frozenset({("genre", "kids"), ("audience", "kids"), ("audience", "family"), ("audience", "preschool")})


def answer_particle(text: str, found: list[Found], reread: Callable[[str], list[Found]]) -> list[Found]:
    """``found`` read again without the answer particle of a correction (module doc); ``reread`` extracts a text with
    the same offsets."""
    lead = correction_lead(text)
    if lead is None:
        return found
    if lead.restated:  # the whole lead out: "nah i said shah rukh" is the name alone, as a request of its own
        return _same_reading_kept(reread(" " * lead.end + text[lead.end:]), lead.end)
    if lead.particles is None:
        return found
    a, b = lead.particles
    masked = text[:a] + " " * (b - a) + text[b:]
    again = reread(masked)
    if _corrects_by_kind(masked, again, b):
        return _same_reading_kept(again, lead.end)
    return found + _people_after_a_no(found, again)


def _people_after_a_no(found: list[Found], again: list[Found]) -> list[Found]:
    """People the reading without the particle finds where the message found nothing ("nah shah rukh": two words of a
    name need a cue, or the whole message), as the message reads them: after a "no", ruled out. The actions decide
    whether that "no" corrects the search's person (actions/edits ``corrected_person``)."""
    return [f.with_role("exclude") for f in again if f.entity in _PERSON
            and not any(g.start < f.end and f.start < g.end for g in found)]


def _corrects_by_kind(text: str, found: list[Found], start: int) -> bool:
    """After ``start``, a wanted value and a value of its kind ruled out by "not" / "rather than" / "instead of"."""
    if _BOTH_OUT_RE.search(text, start):
        return False
    after = [f for f in found if f.start >= start and f.entity not in _NO_CONSTRAINT]
    wanted = {_kind_name(f) for f in after if f.role != "exclude"}
    return any(f.role == "exclude" and _kind_name(f) in wanted and _AGAINST_RE.search(text[start:f.start])
               for f in after)


def _reading(f: Found) -> tuple[str, str]:
    return ("children", "") if (f.entity, f.value) in _CHILDREN else (_kind_name(f), f.value)


def _same_reading_kept(found: list[Found], start: int) -> list[Found]:
    """``found`` without the values ruled out after ``start`` that re-say one wanted there ("kid movies not kids in
    movies"): their words stay reported as ``TAKEN_BACK``, so nothing else reads them."""
    wanted = {_reading(f) for f in found if f.start >= start and f.role is None and f.entity not in _NO_CONSTRAINT}
    out = []
    for f in found:
        if f.start >= start and f.role == "exclude" and _reading(f) in wanted:
            out.append(Found(TAKEN_BACK, f.start, f.end, f.entity))
        else:
            out.append(f)
    return out
