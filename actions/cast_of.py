"""A person pointed at through a title they play in: "the guy from <title>", "that <title> actress", "the main actor
of <title>", "the <title> dude, <surname>, what else".

The extractor reports such a title with the role ``cast_of`` (nlu/extraction/names.py ``cast_pointer``); it names
no person, so the action reads the title's cast from the catalog (GET /api/items/<id>, cast in billing order) and
the turn goes on as if the viewer had named them, the title itself left out:

* a name hint in the message (a surname, a given name, "<given name> something", typed with at most one slip in a
  longer word) that fits exactly one cast member of the title picks that person — also one the extractor already
  read as an actor;
* otherwise the lead cast, the first ``LEAD_CAST`` billed, any of them (role "any", like "A or B").

A title the catalog lists no cast for is said plainly and titles like it are searched instead (the honest nearest
reading, as actions/made_by.py does for directors); when the catalog cannot be reached the title keeps that "like
it" reading without a claim about the catalog.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Optional

from actions.entities import CAST_OF, Entity
from actions.made_by import ANY, MadeBy, resolve_credited
from actions.turn import Turn
from contract import wording
from contract.words import one_slip

LEAD_CAST = 2  # "the guy from <title>" without a hint: the first two billed, either of them
# "the lady from <title>, <full name>": a name in apposition to the pointer.
_APPOSITION_RE = re.compile(r"\s*[,:–—-]\s*")
# "the main actor from <title>", "the lead of <title>", "<title>'s star": the one billed first.
_THE_LEAD_RE = re.compile(r"main|lead|leading|star|starring|title")
# "with the same actress", "the same guy": one person of the title's cast, its first billed (round 34).
_ONE_OF_THE_SAME_RE = re.compile(r"\bsame\s+(?:actress|actor|star|lead|guy|girl|woman|man)\b", re.IGNORECASE)
HINT_SLIP_MIN = 5  # a hint word this long may differ from the cast member's name word by one slip ("cranstn")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words that are never a name hint, even when some cast member is called so ("will", "else", "more").
_NO_HINT = frozenset("""the and but with what else has have had been in is was are his her she he him they them
their who whose that this one from guy girl dude lady woman man actor actress star lead main other more will
something someone anything stuff movie movies film films show shows series only just also too please pls""".split())


def names_a_cast_member(turn: Turn) -> bool:
    """Whether the turn points at a person through a title they play in."""
    return any(e.name == "title" and e.role == CAST_OF for e in turn.entities)


async def cast_for_titles(turn: Turn) -> MadeBy:
    """Resolve every ``cast_of`` title of ``turn`` to actor entities on the title's span (so its words never reach
    the free-text query); see the module docstring for the hint, the lead cast and titles without a cast."""
    if not names_a_cast_member(turn):
        return MadeBy(turn)
    # a person the extractor read from one word may be the hint misread ("the <title> guy, <surname>" resolved to
    # someone else with that surname): that word is a hint too, and the person gives way when it fits a cast member
    people = [e for e in turn.entities if e.name in ("actor", "director") and not e.excluded and _one_word(turn.text, e)]
    taken = [(e.start, e.end) for e in turn.entities
             if e.start is not None and e.end is not None and e not in people]
    hints = _hint_words(turn.text or "", taken)
    partial = _half_remembered(turn.text or "", taken)
    misread: list[Entity] = []

    def pick(title: Entity, cast: list[str]) -> tuple[list[Entity], str]:
        named = [a for a in turn.entities if a.name == "actor" and not a.excluded and a.value in cast]
        if named:  # "the <title> guy, <full name>": the extractor read the person; the title only says who
            return [], wording.cast_of_title(title.value, [named[0].value])
        if _said_who(turn.text or "", title, [a for a in _named_people(turn) if a not in people]):
            return [], ""  # "the lady from <title>, <full name>": the viewer says who; the catalog's cast may miss her
        # a half-remembered start of a name is read among the leads first ("rob something": Robert De Niro, not a
        # supporting Robert further down the cast)
        picked = (pick_by_hint(cast, hints) or pick_by_hint(cast[:LEAD_CAST], partial, prefix=True)
                  or pick_by_hint(cast, partial, prefix=True))
        if picked:
            misread.extend(p for p in people if p.value not in cast and _holds_hint_of(turn.text or "", p, picked))
        chosen = [picked] if picked else cast[:_lead_size(turn.text or "", title)]
        role = ANY if len(chosen) > 1 else None
        return [Entity("actor", name, role, title.start, title.end) for name in chosen], \
            wording.cast_of_title(title.value, chosen)

    made = await resolve_credited(turn, CAST_OF, "cast", pick, wording.no_cast_listed)
    return replace(made, turn=replace(made.turn, entities=[e for e in made.turn.entities if e not in misread]))


def _named_people(turn: Turn) -> list[Entity]:
    """The people the message names itself (not turned down)."""
    return [e for e in turn.entities if e.name in ("actor", "director") and not e.excluded]


def _said_who(text: str, title: Entity, named: list[Entity]) -> bool:
    """A person named in apposition to the pointer, after it ("the lady from <title>, <full name>, what else", "the
    <title> guy: <full name>") or before it ("<full name>, the <title> guy": the pointer describes the person just
    named, whatever the title's cast): the viewer says who they mean. One named beside it ("the <title> guy and
    <name>") is another person, and the pointer still stands for the title's cast."""
    if title.end is None or title.start is None:
        return False
    return any((p.start is not None and p.start >= title.end and _APPOSITION_RE.fullmatch(text[title.end:p.start]))
               or (p.end is not None and p.end <= title.start and _APPOSITION_RE.fullmatch(text[p.end:title.start]))
               for p in named)


def _lead_size(text: str, title: Entity) -> int:
    """How many of the first billed the pointer means: one for "the main actor / the lead / the star of <title>",
    else ``LEAD_CAST`` (a plain "the guy from <title>" may mean either of the leads)."""
    pointer = text[title.start:title.end] if title.start is not None and title.end is not None else ""
    own = set(_fold_words(title.value))  # "the guy from star trek": "star" is the title's word, not the pointer's
    if _pronoun_pointer(pointer) and not (own & set(_fold_words(pointer))):
        return 1  # "what else is she in" after a title's card (``cast_of_the_title_in_view``): one person
    if _ONE_OF_THE_SAME_RE.search(pointer):
        return 1
    return 1 if any(_THE_LEAD_RE.fullmatch(w) and w not in own for w in _fold_words(pointer)) else LEAD_CAST


def _one_word(text: Optional[str], e: Entity) -> bool:
    """The entity was read from a single word of the message (a surname or given name alone)."""
    return bool(text) and e.start is not None and e.end is not None and len(_WORD_RE.findall(text[e.start:e.end])) == 1


def _holds_hint_of(text: str, person: Entity, picked: str) -> bool:
    """The words of ``person``'s span fit ``picked`` (a cast member): the extractor misread the hint."""
    if person.start is None or person.end is None:
        return False
    return pick_by_hint([picked], _hint_words(text[person.start:person.end], [])) == picked


def pick_by_hint(cast: list[str], hints: list[str], prefix: bool = False) -> Optional[str]:
    """The one cast member a hint word names (a word of their name, or one slip from a long one; with ``prefix``, the
    start of a word of their name), or None when no hint fits or several members fit (then the lead cast stands)."""
    fits = [name for name in cast if any((w.startswith(h) if prefix else _fits(h, w))
                                         for h in hints for w in _fold_words(name))]
    return fits[0] if len(set(fits)) == 1 else None


# Round 28D: a name half remembered ("leo something", "the guy from <title>, jo whatshisname", "benedict
# whatever"): the word before the vagueness is the start of a name word of the one cast member meant, so "leo" picks
# Leonardo among a title's leads rather than widening to all of them.
_HALF_REMEMBERED_RE = re.compile(
    r"\b(?P<w>[^\W\d_]{3,})[\s-]+(?:something|smth|sth|whatever|whatshisname|whatshername|whats\s+his\s+name"
    r"|what'?s\s+(?:his|her)\s+name|or\s+something|summat)\b", re.IGNORECASE)


def _half_remembered(text: str, taken: list[tuple[int, int]]) -> list[str]:
    """The folded words said right before a vagueness about a name (``_HALF_REMEMBERED_RE``), outside every entity."""
    return [w for m in _HALF_REMEMBERED_RE.finditer(text)
            if not any(a <= m.start("w") < b for a, b in taken) and (w := _fold(m["w"])) not in _NO_HINT]


def _fits(hint: str, name_word: str) -> bool:
    if hint == name_word:
        return True
    return len(hint) >= HINT_SLIP_MIN and len(name_word) >= HINT_SLIP_MIN and one_slip(hint, name_word)


def _hint_words(text: str, taken: list[tuple[int, int]]) -> list[str]:
    """Words of the message outside every entity span that may name a person (3+ letters, no function word)."""
    out = []
    for m in _WORD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        w = _fold(m.group())
        if len(w) >= 3 and w not in _NO_HINT:
            out.append(w)
    return out


def _fold_words(name: str) -> list[str]:
    return [w for w in (_fold(m.group()) for m in _WORD_RE.finditer(name)) if len(w) >= 3]


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


# A filmography question about someone playing in the title in view, said with a pronoun or a word for the lead ("what
# else is she in", "anything else with him", "what else has the lead done", "his other films"): round 24c.
_CAST_POINTER_RE = re.compile(
    r"\b(?:with|starring|featuring)\s+(?:him|her)\b"
    r"|\b(?:narrated|voiced|hosted|presented)\s+by\s+(?:him|her)\b"  # a documentary's voice is its cast (round 35)
    r"|\b(?:is|was|has|had|have)\s+(?:he|she)\s+(?:(?:also|ever|been|else|even)\s+)*(?:in|done|starred|acted|played"
    r"|appeared)\b"
    r"|\b(?:he|she)(?:['’]s|\s+is|\s+was|\s+has|\s+had)?\s+(?:(?:also|ever|been|else|even)\s+)*(?:in|starred|acted"
    r"|played|appeared|done)\b"
    r"|\b(?:his|her)\s+other\s+(?:stuff|films?|movies?|shows?|series|work|roles?|credits?)\b"
    r"|\bthe\s+(?:lead|star|main\s+(?:actor|actress|guy|girl|lady|man|woman|one)|lead\s+(?:actor|actress)"
    r"|leading\s+(?:man|lady))\b", re.IGNORECASE)
_MORE_OF_RE = re.compile(r"\b(?:else|more|other|others|another|besides)\b", re.IGNORECASE)
# "anything else we can watch with her": the pronoun is the company, not the cast
_WATCH_WITH_RE = re.compile(r"\bwatch\w*\b[^.?!]*\bwith\s+(?:him|her)\b", re.IGNORECASE)
_PRONOUN_POINTER_RE = re.compile(r"\b(?:he|she|him|her|his)\b", re.IGNORECASE)


def cast_of_the_title_in_view(turn: Turn) -> Turn:
    """"What else is she in" right after a title's card or a one-title answer ("do you have <title>"), while the
    search holds nobody: the pronoun (or "the lead") is that title's cast, so the title comes back as a ``cast_of``
    pointer on those words and ``cast_for_titles`` reads its first-billed member (the catalog records no gender, so
    the one billed first stands for "she" and "he" alike). Unchanged otherwise (a person already named or searched:
    edits' pivot reads the pronoun as that person)."""
    from actions.references import _catalog_title

    text = turn.text or ""
    if not text or text.startswith("/") or not _MORE_OF_RE.search(text) or _WATCH_WITH_RE.search(text):
        return turn
    said = _CAST_POINTER_RE.search(text)
    if said is None:
        return turn
    if any(e.name in ("actor", "director", "title", "item_id", "position") and not e.excluded for e in turn.entities):
        return turn
    state = turn.constraints
    if state.actors or state.directors or state.any_people:
        return turn
    item_id = turn.focused_id or (str(turn.last_items[0].get("id")) if len(turn.last_items) == 1 else None)
    title = _catalog_title(item_id) if item_id else None
    if not title:
        return turn
    return replace(turn, entities=[*turn.entities, Entity("title", title, CAST_OF, said.start(), said.end())])


def _pronoun_pointer(pointer: str) -> bool:
    """The pointer is a pronoun ("she", "with him"): one person, the first billed."""
    return bool(_PRONOUN_POINTER_RE.search(pointer))
