"""Titles turned down by a word of their name: "skip the rocky ones", "none of the lego movies", "no more singham".

After a list, a viewer often turns down a whole franchise at once by the word its titles share. The word is no
genre, mood or other constraint (an entity on it keeps its own reading: "skip the animated ones" is a genre), and a
title of the list just shown carries it in its name, so the viewer is pointing at those titles. Every catalog title
whose name holds the word is then left out, in this answer and for the rest of the conversation (the
``rejected_ids`` slot), and fresh picks of the same search follow (``planning._plan_without_named_titles``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from actions.references import title_ids_with_words
from actions.turn import Turn

_F = re.IGNORECASE
_WORD = r"[^\W\d_][\w'’-]*"
# A turning-down verb, then the words naming the titles, then a noun for them ("the rocky ones", "the lego movies").
# A bare "no" before a determiner answers the question and what follows is wanted ("no, the lego ones"), so it
# turns down only a word said straight after it ("no rocky films").
_TURNED_DOWN_RE = re.compile(
    r"\b(?:skip|drop|lose|ditch|leave\s+out|cut|remove|exclude|forget|no\s+more|none\s+of|not"
    r"|no(?![\s,]+(?:the|those|these|that|them)\b)|nothing\s+from"
    r"|without|minus|except(?:\s+for)?|enough\s+of|sick\s+of|done\s+with|tired\s+of|spare\s+me|get\s+rid\s+of"
    r"|don'?t\s+want|hide)\s+(?:(?:all|any)\s+(?:of\s+)?)?(?:(?:the|those|these|that|them)\s+)?"
    rf"(?P<words>{_WORD}(?:\s+{_WORD})?)\s+(?P<noun>ones?|movies?|films?|shows?|series|titles?|sequels?|stuff|things"
    r"|franchise|flicks?|entries|install?ments|parts?|cartoons?)\b"
    # ... or a bare word ending the clause: "no more singham", "skip rocky please"
    rf"|\b(?:skip|drop|ditch|no\s+more|enough\s+of|none\s+of|sick\s+of|tired\s+of)\s+(?:the\s+)?(?P<bare>{_WORD})"
    r"(?=\s*(?:$|[,.;!?]|\s(?:please|pls|thanks|thx|though|tho|anymore|now)\b))", _F)
# Words that point or describe, never a title's name ("skip the other ones", "none of the long ones").
_NOT_A_NAME = frozenset("""the a an other others same new old newer older long short longer shorter first second third
last next previous these those this that them ones one more any all some like similar good bad boring scary funny sad
dark kids kid children family adult adults animated cartoon anime english foreign dubbed subtitled sequel sequels
series show shows movie movies film films recent classic early later big small""".split())


@dataclass(frozen=True)
class NamedTitles:
    """Titles turned down by words of their names: the words as a title shown spells them ("LEGO") and every catalog
    id whose name holds them."""

    words: tuple[str, ...]
    item_ids: tuple[str, ...]


def _fold(word: str) -> str:
    """Lowercase without accents, as the names are compared."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _name_words(title: str) -> set[str]:
    return {_fold(w) for w in re.findall(r"\w+", title)}


def titles_turned_down_by_name(turn: Turn) -> Optional[NamedTitles]:
    """The titles "skip the <word> ones" turns down after a list, or None: the words are on no entity other than a
    title, are no pointing or describing words, and some title just shown holds them all in its name."""
    text = turn.text or ""
    if not turn.last_items or not text or text.startswith("/"):
        return None
    taken = [(e.start, e.end) for e in turn.entities
             if e.name != "title" and e.start is not None and e.end is not None]
    for m in _TURNED_DOWN_RE.finditer(text):
        group = "words" if m["words"] else "bare"
        start, end = m.span(group)
        if any(a < end and start < b for a, b in taken):
            continue  # "skip the animated ones", "no more horror": a constraint of its own
        words = tuple(_fold(w) for w in re.findall(r"[\w'’-]+", m[group]) if _fold(w) not in _NOT_A_NAME)
        words = tuple(w[:-2] if w.endswith(("'s", "’s")) else w for w in words)
        if not words or not any(all(w in _name_words(str(i.get("title") or "")) for w in words)
                                for i in turn.last_items):
            continue
        shown = [str(i.get("title") or "") for i in turn.last_items]
        holding = next(t for t in shown if all(w in _name_words(t) for w in words))
        spelt = tuple(next(x for x in re.findall(r"\w+", holding) if _fold(x) == w) for w in words)  # "LEGO"
        ids = title_ids_with_words(list(words)) or [
            str(i["id"]) for i in turn.last_items if all(w in _name_words(str(i.get("title") or "")) for w in words)]
        return NamedTitles(spelt, tuple(dict.fromkeys(ids)))
    return None
