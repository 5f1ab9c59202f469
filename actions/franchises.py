"""A title left out by name takes its whole franchise with it: "skip the <franchise> ones", "not <title>, seen it a
hundred times", "my kid is obsessed with <show>, I can't take another episode, another show?".

A viewer who turns a title down, or says it is watched far too often, means the story and its characters, not one
catalog entry: its sequels ("<name> 2"), its subtitled entries and spin-offs ("<name>: <subtitle>") must not be the
next picks. A franchise is the catalog titles whose plain name starts with the title's name before its subtitle
(``styled_titles.same_franchise``); for a one-word name only names have (no catalog vocabulary: "shrek", not
"dark"), any title whose name starts with that word; for a name ending in a sequel's number ("Ocean's Eleven"), the
same name with any other number ("Ocean's Twelve", "Ocean's Thirteen").

Applied to the plan of a turn after it is made (``widen_to_franchises``): every title this turn turns down by name
(a title entity with the role ``exclude``), and a title named in this very turn as watched too often (the words in
its own clause, or after it pointing back: "<title> for weeks, i can't stand it"), is left out with its franchise, now
and for the rest of the conversation. A like-anchor ("tired of scrolling, more like <title>") is never left out. A title pointed at by its place in the list ("not the
third") or only said to be seen is that entry alone.
"""

from __future__ import annotations

import re
from typing import Optional

from actions.entities import Entity
from actions.planning import Plan
from actions.references import catalog_gazetteer, lookup_title_id
from actions.styled_titles import _SUBTITLE_RE, same_franchise
from actions.title_words import franchise_named, named_in_request, run_of
from actions.turn import Turn
from contract.gazetteer import plain_name
from contract.words import DISLIKE_VERB_PATTERN, in_catalog_vocabulary, is_filler, title_words

# Words saying a title is watched far too often: the viewer wants a break from it, not more of it. Love alone
# ("obsessed with", "on repeat", "every day") is no such word: more of it may be just what is asked.
_WATCHED_TOO_OFTEN_RE = re.compile(
    r"\b(?:over\s+and\s+over|again\s+and\s+again|too\s+many\s+times|way\s+too\s+(?:much|often)"
    r"|(?:\d{2,}|a\s+(?:hundred|thousand|million|billion|gazillion))\s+times"
    r"|(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:take|stand|bear|handle|do|watch|sit\s+through)\s+(?:it|that|one|another|any)"
    r"|sick\s+(?:of|to\s+death\s+of)|tired\s+of|enough\s+of|fed\s+up\s+with)\b", re.IGNORECASE)
# Where a clause ends: words watched too often say so of a title in their own clause, or of one named before through
# a pronoun ("she watched <title> for weeks, i can't stand it"); "tired of scrolling, more like <title>" says nothing
# of the title.
_CLAUSE_END_RE = re.compile(r"[,.;:!?…()]|\s[-–—]\s|\b(?:but|though|although|whereas|while)\b", re.IGNORECASE)
_POINTING_RE = re.compile(r"\b(?:it|that|this|them|those|these|one|another|any\s+more)\b", re.IGNORECASE)
# Words turning a title down. A title only said to be seen ("seen <A> already") keeps its sequels: having seen the
# first film is no reason to skip the second.
_TURNED_DOWN_RE = re.compile(
    rf"\b(?:not|no|none|skip|without|except|minus|drop|ditch|lose|remove|exclude|{DISLIKE_VERB_PATTERN}|nothing\s+like"
    r"|(?:don'?t|do\s+not|didn'?t)\s+(?:want|like))\b|n'?t\s+(?:stand|like|want)\b", re.IGNORECASE)
# Words saying every entry of a story is seen (round 22n): "seen all the <name>s", "watched every <name> film", "done
# with all of <name>", "we've seen them all", "<name>, seen all of it" (round 29: "it" is the story named). The viewer
# means the story, not one entry: all of its titles are left out, while a title only said to be seen ("seen <A>
# already") keeps its sequels.
_SEEN_THE_WHOLE_RE = re.compile(
    r"\b(?:seen|saw|watched|finished|done(?:\s+with)?|been\s+through|gone\s+through|binged)\s+"
    r"(?:(?:all|every|each)\b(?:\s+(?:single|last|one))?(?:\s+of)?(?:\s+(?:the|them|those|these|their))?"
    r"|(?:them|those|these|they)\s+all\b|the\s+whole\s+(?:lot|thing|franchise|series|saga))", re.IGNORECASE)
_SEEN_POINTING_RE = re.compile(r"\b(?:them|those|these|they|one|ones|it)\b|\ball\s*$|\ball\b(?=\s*(?:[,.;:!?]|$))",
                               re.IGNORECASE)
# A name ending in a sequel's number ("oceans 11", "<name> 2", "<name> iii"; numbers as ``plain_name`` writes them): the
# other numbers of that name are its other entries ("Ocean's Twelve"). Four digits are a year ("Louis C.K. 2017").
_SEQUEL_NUMBER = r"(?:\d{1,2}|i{1,3}|iv|vi{0,3})"
_NUMBERED_RE = re.compile(rf"^(?P<head>.+?)\s+{_SEQUEL_NUMBER}$")
# A one-word name this short is too likely a prefix of unrelated names ("Up" → "Upstarts").
_MIN_OPEN_NAME = 4


def watched_too_often(text: Optional[str]) -> bool:
    """Whether the message says a title is watched far too often ("can't take another episode", "seen it 100
    times", "sick of it")."""
    return bool(text) and not str(text).startswith("/") and bool(_WATCHED_TOO_OFTEN_RE.search(str(text)))


def _clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the last clause boundary before it to the next one after."""
    before = [m.end() for m in _CLAUSE_END_RE.finditer(text, 0, start)]
    after = _CLAUSE_END_RE.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _said_too_often(text: str, title: Entity) -> bool:
    """Whether words of watching too often are said of this title: in the title's own clause ("seen <title> 100
    times", "sick of <title>"), or after it in a clause pointing back at it ("<title> … i can't stand it")."""
    if title.start is None or title.end is None:
        return False
    for found in _WATCHED_TOO_OFTEN_RE.finditer(text):
        start, end = _clause_of(text, found.start(), found.end())
        if start <= title.start and title.end <= end:
            return True
        if title.end <= start and _POINTING_RE.search(text, start, end):
            return True
    return False


def _said_seen_whole(text: str, title: Entity) -> bool:
    """Whether words of every entry seen are said of this title: right before it in its clause ("seen all the
    <name>s", "watched every <name> film") or in a clause after it pointing back ("<name>? we've seen them all")."""
    if title.start is None or title.end is None:
        return False
    for found in _SEEN_THE_WHOLE_RE.finditer(text):
        start, end = _clause_of(text, found.start(), found.end())
        if start <= title.start and title.end <= end and found.end() <= title.start:
            return True
        if title.end <= start and _SEEN_POINTING_RE.search(text, found.start(), end):
            return True
    return False


def seen_whole_franchises(turn: Turn) -> list[str]:
    """Catalog ids of the titles this turn says are seen in every entry ("seen all the <name>s"), before widening."""
    text = turn.text or ""
    if not text or text.startswith("/") or not _SEEN_THE_WHOLE_RE.search(text):
        return []
    from actions.franchise_titles import _franchise  # a franchise's name ("kung fu panda") that is no title's own
    ids: list[str] = []
    for e in turn.entities:
        if e.name == "title" and e.role != "similar" and _said_seen_whole(text, e):
            found = lookup_title_id(str(e.value))
            ids += [found] if found is not None else _franchise(str(e.value))
    return list(dict.fromkeys(ids))


def franchise_ids(item_id: str) -> list[str]:
    """Catalog ids of the franchise of ``item_id`` (itself included; module docstring). Just the id when the
    gazetteer is missing or does not hold it."""
    gazetteer = catalog_gazetteer()
    title = gazetteer.title_of(item_id) if gazetteer is not None else None
    if gazetteer is None or not title:
        return [item_id]
    ids = [item_id] + same_franchise(title)
    name = plain_name(title)
    if " " not in name and len(name) >= _MIN_OPEN_NAME and not is_filler(name) and (
            not in_catalog_vocabulary(name) or name in title_words()):
        ids += [t.id for _, t in gazetteer.titles_starting(name)]  # "shrek" → "Shrek the Musical"
    head = run_of(_SUBTITLE_RE.split(title, maxsplit=1)[0])
    ids += franchise_named(head[1:] if len(head) > 1 and head[0] in ("the", "a", "an") else head)  # round 28C:
    # "not Twilight": "The Twilight Saga: …" too
    numbered = _NUMBERED_RE.match(name)
    if numbered:  # "Ocean's Eleven" → "Ocean's Twelve", "Ocean's Thirteen"
        entry = re.compile(rf"{re.escape(numbered['head'])}\s+{_SEQUEL_NUMBER}\b")
        ids += [t.id for other, t in gazetteer.titles_starting(numbered["head"]) if entry.match(other)]
    return list(dict.fromkeys(ids))


def _turned_down_now(plan: Plan, turn: Turn) -> list[str]:
    """The titles this turn turns down by name (a title entity with the role ``exclude``) and a title named now as
    watched too often; none when the message only says titles were seen. A title pointed at in the list ("not the
    third") is that entry only: the viewer did not name the story."""
    text = turn.text or ""
    said_too_often = watched_too_often(text)
    if not said_too_often and not _TURNED_DOWN_RE.search(text):
        return []
    ids = [i for e in turn.entities if e.name == "title" and e.excluded
           and (i := lookup_title_id(str(e.value))) is not None]
    if not said_too_often:
        return list(dict.fromkeys(i for i in ids if i not in set(plan.seen_ids)))
    # a like-anchor ("more like <title>": role similar) is what the viewer asks for more of, never a title to leave out
    ids += [i for e in turn.entities if e.name == "title" and e.role is None and _said_too_often(text, e)
            and (i := lookup_title_id(str(e.value))) is not None]
    return list(dict.fromkeys(ids))


def widen_to_franchises(plan: Plan, turn: Turn) -> None:
    """Leave out the franchise of every title this turn turns down, in these picks and for the rest of the
    conversation (``Plan.rejected_ids``); nothing changes when the turn turns none down."""
    down = _turned_down_now(plan, turn) + seen_whole_franchises(turn)
    named = named_in_request(turn)  # "anime movies but not naruto": a franchise's name said in the request itself
    if named is not None:
        down = list(dict.fromkeys(down + list(named.item_ids)))
    if not down:
        return
    wider = [i for item_id in down for i in franchise_ids(item_id)]
    plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + wider))
    plan.rejected_ids = list(dict.fromkeys(list(plan.rejected_ids or turn.rejected_ids) + wider))
    plan.again_if_empty = [i for i in plan.again_if_empty if i not in set(wider)]
