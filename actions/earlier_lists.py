"""Going back to a list shown earlier in the conversation, and picking within the list shown by a comparative.

Every list the bot shows is remembered with the search that produced it (``remember_lists``, run once for every
action in ``actions.base``): a short history in the ``earlier_lists`` slot, one entry a search (a second list of the
same search updates its entry), the first search of the conversation always kept and the others bounded by
``MAX_LISTS``. A back-reference ("back to the first list", "the list before this one was better", "the comedy ones
were better, show me those again", "this lot is worse, what was the earlier one again") makes that search the current
one again:

* which list — "first / original" is the conversation's first, and so is the beginning named by what was asked then
  ("what we first said", "our original idea", "where we started", "back to the beginning": ``beginning_named``; never
  "start over", "new search", which start afresh); "the <genre/format/mood> ones|list" the latest whose
  search had it; otherwise ("earlier", "previous", "other", "before this one") the latest one that is not the search
  now. "The previous one", "the one before" are a list only where the message names a list for "one" to stand for
  (else they are a title: "I liked the previous one");
* what to show — "more of those", "ones I haven't seen", "more <...> stuff" give fresh titles of that search; anything
  else shows that list again as it was (minus titles turned down since).

The restored search is the state afterwards, so later edits ("only movies") apply to it. Whatever the intent label,
since the NLU has no intent of its own for this (docs/contracts.md "Dialogue edit rules").

"The older / newer / shorter / longer of the two|them|those" picks one title of the list shown (its details card),
never a new search older than the list.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, replace
from typing import Any, Mapping, Optional, Sequence

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.entities import Entity
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.reply import send
from actions.turn import EARLIER_LISTS, FOCUSED_ID, LAST_ITEMS, PENDING_RELAXATION, REJECTED_IDS, SHOWN_IDS, Turn
from contract import wording
from contract.constraints import SORT_COMPARATIVES, SORT_WORDS, Constraints, sort_words_pattern
from contract.payloads import Item, Recommendations
from contract.words import FRESH_START_PATTERN, LAUGHTER_PATTERN

MAX_LISTS = 5  # searches remembered: the first of the conversation and the latest four
_F = re.IGNORECASE
_CONSTRAINT_SLOTS = tuple(Constraints().to_slots())
_RESETS = frozenset({"restart", "reset_slots", "session_started"})


# --- remembering -----------------------------------------------------------------------------------------------------

def _search_of(slots: Mapping[str, Any]) -> dict[str, Any]:
    """The search state among ``slots``, only the slots that are set (so two equal searches compare equal)."""
    return {k: v for k, v in Constraints.from_slots(slots).to_slots().items() if v is not None}


def remember_lists(slots: Mapping[str, Any], events: Sequence[EventType]) -> list[EventType]:
    """``events`` plus the history slot updated when they show a list: the search (the constraint slots after the
    events) with the list's items and everything shown in that search. A search already remembered is updated in
    place (it keeps its place as first), else appended; beyond ``MAX_LISTS`` the least recently shown search goes,
    never the first."""
    current = dict(slots)
    shown_list = False
    for event in events:
        kind = event.get("event")
        if kind in _RESETS:
            current = {}
        elif kind == "slot":
            current[event.get("name")] = event.get("value")
            if event.get("name") == LAST_ITEMS and event.get("value"):
                shown_list = True
    if not shown_list or any(e.get("event") == "slot" and e.get("name") == EARLIER_LISTS for e in events):
        return list(events)
    history = [dict(h) for h in current.get(EARLIER_LISTS) or [] if isinstance(h, dict)]
    search = _search_of(current)
    ids = [str(i["id"]) for i in current.get(LAST_ITEMS) or [] if isinstance(i, dict) and i.get("id")]
    seq = max((int(h.get("seq", 0)) for h in history), default=0) + 1
    entry = {"search": search, "items": list(current.get(LAST_ITEMS) or []),
             "shown": list(dict.fromkeys([str(i) for i in current.get(SHOWN_IDS) or []] + ids)), "seq": seq}
    same = next((h for h in history if h.get("search") == search), None)
    if same is not None:
        entry["shown"] = list(dict.fromkeys(list(same.get("shown") or []) + entry["shown"]))
        history[history.index(same)] = entry
    else:
        history.append(entry)
    while len(history) > MAX_LISTS:
        history.remove(min(history[1:], key=lambda h: int(h.get("seq", 0))))
    return list(events) + [SlotSet(EARLIER_LISTS, history)]


# --- reading the back-reference --------------------------------------------------------------------------------------

_LIST_NOUN = r"(?:list|lists|ones|lot|batch|picks|set|suggestions|recs|recommendations|titles|options|stuff)"
_FIRST = r"(?:first|original|initial|very\s+first)"
_EARLIER = r"(?:earlier|previous|prior|before)"
_OTHER = r"(?:other|last)"  # "the other one", "the last one" are titles of the list: said of lists only
_LIST_ONLY = r"(?:list|lists|batch|lot|set|sets|suggestions|recs|recommendations|picks|results|selection)"  # never a title
# "the first list", "the earlier ones", "the previous batch", "the list before this one", "the list you showed
# before/first"
_WHICH_RE = re.compile(
    rf"\b(?:the|those|that|your|ur)\s+(?P<first>{_FIRST})\s+{_LIST_NOUN}\b"
    rf"|\b(?:the|those|that|your|ur)\s+(?:{_EARLIER})\s+{_LIST_NOUN}\b"
    rf"|\b(?:the|those|that|your|ur)\s+(?:{_OTHER})\s+(?:ones|{_LIST_ONLY})\b"
    rf"|(?:^|[,.;:!?]\s*|\b(?:no|nah|the|ok|okay|wait|actually)\s+)(?P<first3>first|original)\s+{_LIST_ONLY}\b"
    rf"|(?:^|[,.;:!?]\s*|\b(?:no|nah|the|ok|okay|wait|actually)\s+)(?:earlier|previous|other|last)\s+{_LIST_ONLY}\b"
    rf"|\bthe\s+(?:list|ones|lot|batch)\s+(?:you\s+(?:showed|gave|sent|had|listed)(?:\s+me)?\s+)?"
    r"(?:before\s+(?:this|that|these|the\s+last|the\s+latest)(?:\s+(?:one|list|lot|batch))?|(?P<first2>first)\b|earlier|before)",
    _F)
# The beginning of the conversation named by what was asked then, not by a list: "my original request", "our original
# idea", "what we first said", "what I asked for in the first place", "the first thing we asked", "what we had at the
# start", "where we started", "back to the beginning". Always the conversation's first search, whatever the intent
# label (the NLU reads several of these as starting over): going back to the beginning keeps what was asked there.
_WHO = r"(?:i|we|you|u)"
_ASKED = (r"(?:asked|wanted|requested|searched|said|looked|had|picked|chose|mentioned|suggested|typed|meant|planned"
          r"|talked\s+about|went\s+(?:with|for)|came\s+(?:in\s+)?for|(?:was|were)\s+(?:looking|after|going))")
_AT_FIRST = (r"(?:at\s+first|first(?:\s+of\s+all)?|originally|initially|in\s+the\s+(?:beginning|first\s+place)"
             r"|at\s+the\s+(?:very\s+)?(?:start|beginning|outset)|to\s+(?:begin|start)\s+with"
             r"|from\s+the\s+(?:very\s+)?(?:start|beginning|outset))")
_REQUEST_NOUN = r"(?:request|requests|search|query|question|ask|idea|plan|brief|prompt|criteria|filters|settings|wish)"
_BEGINNING_RE = re.compile(
    rf"\b(?:my|our|the|your|ur)\s+(?:very\s+)?(?:{_FIRST}|opening|starting)\s+{_REQUEST_NOUN}\b"
    rf"|\b(?:the|our|my)\s+(?:very\s+)?first\s+things?\s+(?:that\s+)?{_WHO}\s+(?:{_AT_FIRST}\s+)?{_ASKED}\b"
    rf"|\bwhat\s+{_WHO}\s+(?:first|originally|initially|at\s+first)\s+{_ASKED}\b"
    rf"|\bwhat\s+{_WHO}\s+{_ASKED}(?:\s+(?:for|about|with|on|at))?\s+{_AT_FIRST}\b"
    rf"|\b(?:what|where|how)\s+{_WHO}\s+(?:first\s+)?(?:started|began|kicked\s+off)(?:\s+(?:off|out))?(?:\s+(?:with|from))?\b"
    rf"|\b(?:the\s+way|how)\s+(?:it|things)\s+(?:was|were)\s+{_AT_FIRST}\b"
    r"|\b(?:back|return|revert|returning|go)\s+to\s+the\s+(?:very\s+)?(?:start|beginning)\b(?!\s+of\s+(?:the|a|an)\s+(?!chat|conversation))",
    _F)
# Words that choose the beginning named ("let's just go with our original idea", "can we do what we first said"),
# beside the return words of ``_RETURN_RE``; a question about it ("what was my original request?") chooses nothing.
_CHOOSE_RE = re.compile(
    r"\b(?:go|going|stick|stay|run|try|use|want|wanna|need|prefer|show|give|get|take|keep|redo|rerun|have|let'?s|lets"
    r"|(?:can|could|shall)\s+(?:we|you|u)|what\s+about|how\s+about|rather)\b", _F)
# A fresh start said outright stays one, whatever else is said ("start over from the beginning", "new search").
_START_AFRESH_RE = re.compile(rf"\b(?:{FRESH_START_PATTERN})\b", _F)
# What may stand beside the beginning named when it is the whole answer ("hmm, what we had at the start then").
_FILLER_ONLY_RE = re.compile(
    rf"[\W_]*(?:(?:{LAUGHTER_PATTERN}|no+|nah|nope|actually|wait|hmm+|oh|ok(?:ay)?|yeah|yes|so|well|just|maybe|honestly"
    r"|i\s+think|i\s+guess|please|pls|plz|then|thanks|thx|um+|uh+|ugh|the|like|again)[\W_]*)*", _F)


# The beginning named first, then a change of it ("what we said at first, but only movies"): a return with an edit.
_EDIT_AFTER_RE = re.compile(r"\s*(?:[,;:–-]\s*)?(?:but|and|only|just|except)\b", _F)


def beginning_named(text: str) -> Optional[re.Match[str]]:
    """The words naming the conversation's beginning as a return to it ("let's go back to what we first said", "our
    original idea, please"), or None: said with a return or choosing word, or alone as the answer; never beside a
    fresh start said outright ("start over from the beginning") or in a question about it ("what was my original
    request?")."""
    match = _BEGINNING_RE.search(text)
    if match is None or _START_AFRESH_RE.search(text):
        return None
    before, after = text[:match.start()], text[match.end():]
    if _RETURN_RE.search(text) or _CHOOSE_RE.search(before + " " + after) \
            or (_FILLER_ONLY_RE.fullmatch(before) and (_FILLER_ONLY_RE.fullmatch(after) or _EDIT_AFTER_RE.match(after))):
        return match
    return None
# "the previous one", "the one (you showed) before (this one)": "one" stands for the noun said before it, mostly a title
# ("I liked the previous one", "the one before it again"); a list only when the message names a list for it ("this lot
# is worse, what was the earlier one", "the one before this list")
_ONE_RE = re.compile(
    rf"\b(?:the|that|your|ur)\s+(?:{_EARLIER})\s+one\b"
    r"|\bthe\s+one\s+(?:you\s+(?:showed|gave|sent|had|listed)(?:\s+me)?\s+)?"
    r"(?:before\s+(?:this|that|these|the\s+last|the\s+latest)(?:\s+(?:one|list|lot|batch))?|(?P<first2>first)\b|earlier|before)",
    _F)
_LIST_NAMED_RE = re.compile(
    rf"\b(?:this|that|these|those|the|your|ur|new|latest|last|current|whole)\s+(?:\w+\s+)?{_LIST_ONLY}\b(?!\s+in\b)",
    _F)
# "go back to", "back to", "show me those again", "bring them back", "were better", "preferred", "was good", "what was
# ... again", "more of those"
_RETURN_RE = re.compile(
    r"\bback\s+to\b|\b(?:go|going|switch|flip)\s+back\b|\b(?:return|revert)\s+to\b|\bagain\b|\bbring\s+\w+(?:\s+\w+)?\s+back\b|\b(?:were|was)\s+(?:way\s+|much\s+|a\s+lot\s+)?"
    r"(?:better|good|great|nicer|nice|fine|best|lovely|decent|awesome|amazing|perfect)\b|\bprefer(?:red)?\b|\b(?:liked|enjoyed|loved)\b|\bonce\s+more\b|\bsee\s+(?:it|them|those|that)\b|\bmore\s+of\s+(?:those|them|that)\b"
    r"|\bmore\b.*\b(?:haven'?t|have\s+not|not)\s+seen\b|\b(?:looked|seemed)\s+(?:good|better|great)\b", _F)
# "lol no, the first ones, i can take it": the list named alone as the answer to the list shown, a return by itself
_BARE_CHOICE_RE = re.compile(
    rf"^\W*(?:(?:{LAUGHTER_PATTERN}|no+|nah|nope|actually|wait|hmm+|oh|i\s+mean|ok(?:ay)?|ugh)\W+)*"
    rf"(?:(?:the|those)\s+)?(?:{_FIRST}|earlier|previous)\s+(?:ones|list|lot|batch|picks)"
    r"(?:\W+(?:please|pls|plz|then|thx|thanks))*\s*(?:[,.!;?]|$)", _F)
# fresh titles of the search rather than the same list again: "more", "ones I haven't seen", "something new", "new
# stuff", "other titles", "some others"; never a list named by them ("the new ones were worse", "the other ones were
# better" name the list shown and the earlier one)
_TITLES_NOUN = r"(?:ones|stuff|titles|picks|films|movies|shows|series|options|suggestions|recs|things)"
_NOT_NAMING = r"(?<!\bthe )(?<!\bthis )(?<!\bthese )(?<!\bthose )(?<!\bthat )"
_FRESH_RE = re.compile(
    r"\bmore\b|\b(?:haven'?t|have\s+not|not\s+yet)\s+(?:seen|watched)\b|\bfresh\b|\bunseen\b"
    rf"|{_NOT_NAMING}\b(?:new|different|other)\s+{_TITLES_NOUN}\b"
    r"|\b(?:something|anything|somethin|sth)\s+(?:new|different|else)\b"
    r"|\b(?:some|any|few|me|see|get|give|show)\s+others\b",
    _F)
# "the comedy ones were better", "the series list", "back to the scary ones", "back to the dramas", "return to the
# films", "back to <a person>"
_KIND_NAMES = ("genre", "media_type", "mood", "actor", "director")
_AFTER_KIND_RE = re.compile(rf"\s*(?:{_LIST_NOUN}|one)\b", _F)
_BEFORE_KIND_RE = re.compile(r"\b(?:the|those|that)\s+$|\b(?:back|return|revert)\s+to\s+(?:the\s+)?$", _F)
_RETURNED_TO_RE = re.compile(r"\b(?:back|return|revert)\s+to\s+(?:the\s+)?$", _F)
# entities that edit the restored search when said beside the back-reference ("back to the comedies, but under 90")
_EDIT_NAMES = frozenset({"genre", "media_type", "mood", "duration", "seasons", "year", "audience", "rating", "country",
                         "language", "actor", "director"})
# a comparative said of a title in the list ("the older of the two", "the shorter one of them")
_LIST_SUPERLATIVES = sort_words_pattern() + r"|most\s+recent|earliest"  # contract.constraints.SORT_WORDS and two more
_PICK_RE = re.compile(
    r"\bthe\s+(?P<word>older|newer|shorter|longer|more\s+recent|earlier)\s+(?:one\s+)?(?:of\s+(?:the\s+(?:two|2|three|3)"
    r"|them(?:\s+(?:two|2|both))?|those(?:\s+two)?|these(?:\s+two)?|the\s+(?:pair|list)|both))\b"
    r"|\bwhich\s+(?:one\s+)?(?:is|was|'s)\s+(?:the\s+)?(?P<word2>older|newer|shorter|longer)\b"
    # a superlative asked of the list: "which one of these is the newest", "the shortest of those"
    r"|\bwhich\s+(?:one\s+)?(?:(?:of|in|among)\s+(?:these|those|them|the\s+(?:list|lot))\s+|here\s+)?(?:is|was|'s)\s+"
    rf"(?:the\s+)?(?P<word3>{_LIST_SUPERLATIVES})\b"
    rf"|\bthe\s+(?P<word4>{_LIST_SUPERLATIVES})\s+(?:one\s+)?(?:of|in|among)\s+"
    r"(?:these|those|them|the\s+(?:list|lot))\b", _F)
# A superlative asked of the list picks as its comparative does.
_SUPERLATIVE_AS_COMPARATIVE = {**{w: SORT_COMPARATIVES[o] for w, o in SORT_WORDS.items()},
                               "earliest": "earlier", "most recent": "newer"}


# "more" that weighs a liking, not a wish for more titles: "once more", "I liked the earlier list more."
_MORE_AS_DEGREE_RE = re.compile(
    r"\bonce\s+more\b|\b(?:lik|prefer|enjoy|lov)(?:e|ed|es|red)?\b[^.,;!?]*\bmore\b(?=\s*(?:[.,;!?]|$))", _F)


def _wants_fresh(text: str) -> bool:
    return bool(_FRESH_RE.search(_MORE_AS_DEGREE_RE.sub(" ", text)))


@dataclass(frozen=True)
class BackReference:
    """A list asked back: its history entry, and whether fresh titles of its search are wanted."""

    entry: Mapping[str, Any]
    fresh: bool
    # the message's other constraints, an edit of the restored search ("go back to documentaries, but only films")
    edit: tuple[Entity, ...] = ()


def earlier_lists(turn: Turn) -> list[dict[str, Any]]:
    value = turn.slots.get(EARLIER_LISTS)
    return [h for h in value or [] if isinstance(h, dict) and isinstance(h.get("search"), dict) and h.get("items")]


def back_reference(turn: Turn) -> Optional[BackReference]:
    """The earlier list the message asks back (module docstring), or None."""
    text = turn.text or ""
    history = earlier_lists(turn)
    if not history or not text or text.startswith("/"):
        return None
    beginning = beginning_named(text)
    if beginning is None and not (_RETURN_RE.search(text) or _BARE_CHOICE_RE.search(text)):
        return None
    now = _search_of(turn.slots)
    which = beginning or _WHICH_RE.search(text) or (_ONE_RE.search(text) if _LIST_NAMED_RE.search(text) else None)
    entry: Optional[Mapping[str, Any]] = None
    named = which.groupdict() if which is not None else {}
    kinds: list[Entity] = []
    if beginning is not None or (which is not None and any(named.get(g) for g in ("first", "first2", "first3"))):
        entry = history[0]
    elif which is not None:
        entry = _latest(history, lambda h: h["search"] != now)
    else:
        kinds = _kinds_named(text, turn.entities)
        if kinds:
            entry = _latest(history, lambda h: all(_has(h["search"], k) for k in kinds) and h["search"] != now)
        returned = [k for k in kinds if _RETURNED_TO_RE.search(text[:k.start or 0])]
        if entry is None and returned and len(returned) < len(kinds):
            # "back to <person>, the romantic ones": the kind said after "back to" names the list, the others edit it
            kinds = returned
            entry = _latest(history, lambda h: all(_has(h["search"], k) for k in kinds) and h["search"] != now)
    partly_until = 0
    if entry is None and which is None:
        # "back to shah rukh, the romantic ones": part of the name of a person an earlier list searched names it; the
        # kinds said after it edit that list
        entry, partly_until = _person_partly_named(text, history, now) or (None, 0)
        kinds = [] if entry is not None else kinds
    if entry is None:
        return None
    # the constraints said after the back-reference edit it; those before it are a complaint about the list shown
    # ("way too short now, go back to the earlier list"), no edit
    said_until = max([which.end() if which is not None else 0, *(k.end or 0 for k in kinds), partly_until,
                      next((m.end() for m in _RETURN_RE.finditer(text)), 0)])
    edit = tuple(e for e in turn.entities if e.name in _EDIT_NAMES and e not in kinds and e.start is not None
                 and e.start >= said_until)
    return BackReference(entry, fresh=_wants_fresh(text) and not edit, edit=edit)


# Words right after "back to" (up to three, to the next punctuation) that may be part of a person's name.
_PARTLY_NAMED_RE = re.compile(r"\b(?:back|return|revert)\s+to\s+(?:the\s+)?(?P<words>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})", _F)
_NAME_WORD_RE = re.compile(r"[\w'’-]+")


def _people_of(search: Mapping[str, Any]) -> list[str]:
    return [str(p) for p in (*(search.get("actors") or []), *(search.get("directors") or []),
                             *(search.get("any_people") or []))]


def _person_partly_named(text: str, history: Sequence[Mapping[str, Any]],
                         now: Any) -> Optional[tuple[Mapping[str, Any], int]]:
    """The latest earlier list (not the search now) whose search holds the one person whose first name(s) or surname
    are the words said right after "back to" ("back to shah rukh" after lists of Shah Rukh Khan and Salman Khan), with
    the end of those words; None when no person, or more than one, has them ("back to khan" after two Khans, "back to
    basics")."""
    for m in _PARTLY_NAMED_RE.finditer(text):
        tokens = list(_NAME_WORD_RE.finditer(m.group("words")))
        for n in range(len(tokens), 0, -1):
            said = [t.group().casefold() for t in tokens[:n]]
            owners: dict[str, list[Mapping[str, Any]]] = {}
            for h in history:
                if h["search"] == now:
                    continue
                for person in _people_of(h["search"]):
                    name = [w.casefold() for w in _NAME_WORD_RE.findall(person)]
                    if n < len(name) and said in (name[:n], name[-n:]):
                        owners.setdefault(person.casefold(), []).append(h)
            if len(owners) == 1:
                entry = max(next(iter(owners.values())), key=lambda h: int(h.get("seq", 0)))
                return entry, m.start("words") + tokens[n - 1].end()
            if owners:
                return None
    return None


def _latest(history: Sequence[Mapping[str, Any]], keep: Any) -> Optional[Mapping[str, Any]]:
    kept = [h for h in history if keep(h)]
    return max(kept, key=lambda h: int(h.get("seq", 0))) if kept else None


def _kinds_named(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """Genre, format and mood entities said as a list's name: "the comedy ones", "back to the dramas"."""
    out = []
    for e in entities:
        if e.name not in _KIND_NAMES or e.excluded or e.start is None or e.end is None:
            continue
        before = _BEFORE_KIND_RE.search(text[:e.start])
        after = _AFTER_KIND_RE.match(text, e.end)
        if before is not None and (after is not None or _RETURNED_TO_RE.search(before.group(0))):
            out.append(e)
    return out


def _has(search: Mapping[str, Any], kind: Entity) -> bool:
    if kind.name in ("actor", "director"):
        said = str(kind.value).casefold()
        return any(str(p).casefold() == said for p in
                   list(search.get("actors") or []) + list(search.get("directors") or []) + list(search.get("any_people") or []))
    if kind.name == "genre":
        return kind.value in (search.get("genres") or []) or kind.value in (search.get("any_genres") or [])
    if kind.name == "media_type":
        return kind.value in (search.get("media_type") or [])
    return kind.value in (search.get("mood") or [])


# --- picking within the list shown ---------------------------------------------------------------------------------

def picked_by_comparative(turn: Turn) -> Optional[str]:
    """"The older of the two", "the shorter one of them", "which of these is the newest" (a superlative asked of the
    list, never a sorted search: docs/contracts.md "Sort order"): the id of that title of the list shown, or None (a
    comparative of the list's titles that they do not all have, or a tie)."""
    match = _PICK_RE.search(turn.text or "")
    items = turn.last_items
    if match is None or len(items) < 2:
        return None
    said = re.sub(r"\s+", " ", next(w for w in match.group("word", "word2", "word3", "word4") if w).lower())
    word = _SUPERLATIVE_AS_COMPARATIVE.get(said, said)
    field, largest = {"older": ("year", False), "earlier": ("year", False), "newer": ("year", True),
                      "more recent": ("year", True), "shorter": ("duration_minutes", False),
                      "longer": ("duration_minutes", True)}[word]
    if field == "duration_minutes" and not all(isinstance(i.get(field), (int, float)) for i in items):
        field = "seasons" if all(isinstance(i.get("seasons"), (int, float)) for i in items) else field
    values = [i.get(field) for i in items]
    if not all(isinstance(v, (int, float)) for v in values):
        return None
    best = max(values) if largest else min(values)
    chosen = [i for i, v in zip(items, values) if v == best]
    # a tie: "the older of the two" has no answer; "the newest" of a list is its first of that year (the list's order)
    return str(chosen[0]["id"]) if len(chosen) == 1 or said != word else None


# --- answering -------------------------------------------------------------------------------------------------------

async def answer_back_reference(dispatcher: CollectingDispatcher, turn: Turn,
                                 ref: BackReference) -> list[EventType]:
    """Make the referred search the current one: its list again, or fresh titles of it (``recommend.execute_plan``)."""
    from actions.planning import Plan  # actions.planning builds on the modules actions.base imports
    from actions.recommend import execute_plan, state_events

    state = Constraints.from_slots(ref.entry["search"])
    rejected = set(turn.rejected_ids)
    shown = [str(i) for i in ref.entry.get("shown") or []]
    if ref.edit:
        return await _edit_restored(dispatcher, turn, ref, state, shown)
    if ref.fresh:
        plan = Plan(state, exclude_ids=list(dict.fromkeys(shown + turn.shown_ids + turn.rejected_ids)),
                    shown_ids=shown, note=wording.EARLIER_SEARCH_AGAIN)
        return await execute_plan(dispatcher, turn, plan)
    kept = [i for i in ref.entry.get("items") or [] if isinstance(i, dict) and str(i.get("id")) not in rejected]
    if not kept:  # every title of it turned down since: fresh titles of that search
        return await answer_back_reference(dispatcher, turn, BackReference(ref.entry, fresh=True))
    items = list(await asyncio.gather(*(_full_item(i, turn.sender_id) for i in kept)))  # in the list's order
    heading = wording.earlier_list_again(state.to_wording(), len(items))
    quick = buttons.refinement_buttons(state, any(i.duration_minutes for i in items))
    send(dispatcher, Recommendations(heading, tuple(items), state.to_api(), quick))
    return state_events(state) + [
        SlotSet(LAST_ITEMS, kept), SlotSet(SHOWN_IDS, shown), SlotSet(FOCUSED_ID, None), SlotSet(PENDING_RELAXATION, None)]


async def _edit_restored(dispatcher: CollectingDispatcher, turn: Turn, ref: BackReference, state: Constraints,
                         shown: list[str]) -> list[EventType]:
    """"No, back to the comedies, but short ones", "return to the films, a newer one": the earlier search restored, then
    the rest of the message applied to it as an edit of that search, as if said right after its list — relative words
    ("newer", "shorter") are relative to that list — with fresh picks (none of its titles shown again). The words of
    the back-reference are blanked so that none of them reaches the search as a topic ("return", "back")."""
    from actions.recommend import recommend_turn  # actions.recommend builds on the modules actions.base imports

    text = turn.text or ""
    start = min(e.start for e in ref.edit if e.start is not None)
    cut = max((m.end() for m in _RETURN_RE.finditer(text) if m.end() <= start), default=0)
    cut = max([cut] + [e.end for e in turn.entities if e not in ref.edit and e.end is not None and e.end <= start])
    after = _AFTER_KIND_RE.match(text, cut)
    cut = after.end() if after is not None else cut
    rest = " " * cut + text[cut:]  # offsets kept: the edit's entities stay where they were said
    slots = {**turn.slots, **state.to_slots(), LAST_ITEMS: list(ref.entry.get("items") or []), SHOWN_IDS: shown,
             FOCUSED_ID: None, PENDING_RELAXATION: None}
    # fresh picks: the restored list's titles stay out of this answer (as turned down they would stay out for good)
    rejected = list(dict.fromkeys(turn.rejected_ids + shown))
    edited = Turn(turn.sender_id, "refine", rest, list(ref.edit), {**slots, REJECTED_IDS: rejected}, turn.metadata,
                  turn.earlier)
    trial = CollectingDispatcher()
    events = await recommend_turn(trial, edited, intent="refine")
    if rejected != turn.rejected_ids and not _shows_a_list(events):
        # the edit leaves nothing new ("back to <person>, the romantic ones" when all of them were shown): the
        # restored list's titles may come back rather than nothing
        trial = CollectingDispatcher()
        edited = replace(edited, slots={**slots, REJECTED_IDS: list(turn.rejected_ids)})
        events = await recommend_turn(trial, edited, intent="refine")
        rejected = list(turn.rejected_ids)
    dispatcher.messages.extend(trial.messages)
    if not events:  # a question asked back: the restored search is the state it answers about
        from actions.recommend import state_events
        return state_events(state) + [SlotSet(LAST_ITEMS, slots[LAST_ITEMS]), SlotSet(SHOWN_IDS, shown)]
    borrowed = set(rejected) - set(turn.rejected_ids)  # turned down for this answer only
    kept = [e for e in events if not (e.get("event") == "slot" and e.get("name") == REJECTED_IDS)]
    turned_down = [e.get("value") or [] for e in events if e.get("event") == "slot" and e.get("name") == REJECTED_IDS]
    still = [str(i) for i in (turned_down[-1] if turned_down else turn.rejected_ids) if str(i) not in borrowed]
    return kept + [SlotSet(REJECTED_IDS, still)]


def _shows_a_list(events: Sequence[EventType]) -> bool:
    return any(e.get("event") == "slot" and e.get("name") == LAST_ITEMS and e.get("value") for e in events)


async def _full_item(compact: Mapping[str, Any], user_id: str) -> Item:
    """The remembered title with its details from the catalog (description, cast), its reason as first given."""
    raw: Optional[dict[str, Any]] = None
    try:
        raw = await get_client().item(str(compact["id"]), user_id=user_id)
    except (RecommenderUnavailable, RecommenderRejected):
        raw = None
    merged = {**(raw or {}), **{k: v for k, v in compact.items() if v is not None}}
    item = Item.from_dict(merged)
    assert item is not None  # compact items always carry an id (earlier_lists keeps only those)
    return item
