"""A long title named by a distinctive part of it, as a viewer says what they just watched: "just finished the ted
bundy tapes thing" for "Conversations with a Killer: The Ted Bundy Tapes", "binged the bash brothers one".

Viewers shorten long names to the words that stick. A part counts only when it cannot be anything else: at least two
content words (no stop word, no request or vocabulary word: "crime family", "dark side" are descriptions), said
together and in that order in exactly one title, or in titles of one franchise (one head before the subtitle: the first
of them is named, and a like-search leaves the rest out); and only right after a verb of watching through ("finished",
"binged", "watched", "done with", "wrapped up"), closed by a work noun ("thing", "one", "show", "doc") or the end of its
clause. Anywhere else two title words are a topic ("a documentary about ted bundy"), never a title.

Closed by the clause's end alone, the part must also sound like a name: a word only names use (none of the catalog's
vocabulary of common words: "bundy", "skorzeny") or capitals ("watched The Royal Wedding"). Common words alone ("we
watched the royal wedding, something romantic now") are what the viewer watched on television, not a catalog title.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Collection, Iterable, Optional

from contract.words import MIN_CONTENT_CHARS, in_catalog_vocabulary

__all__ = ["MIN_CONTENT_CHARS", "MAX_PART_WORDS", "MIN_PART_WORDS", "TitleParts"]

MIN_PART_WORDS = 2
MAX_PART_WORDS = 5
# A verb of watching through, then where the part begins ("finished the", "binged that", "done with the").
_WATCHED_RE = re.compile(
    r"\b(?:finished|binged|binge[\s-]?watched|watched|devoured|rewatched|wrapped\s+up|got\s+through|done\s+with"
    r"|through\s+with|saw)\s+(?:(?:the|that|this|all\s+of\s+the)\s+)?", re.IGNORECASE)
# What closes the part: a work noun ("the ted bundy tapes thing"), punctuation, a joiner or the message's end.
_CLOSED_RE = re.compile(r"(?:\s+(?P<noun>thing|one|show|series|doc|documentary|docuseries|movie|film|special))?"
                        r"(?=\s*(?:$|[,.;:!?)]|\s(?:and|so|now|what|need|any|last|yesterday|today|lol)\b))", re.IGNORECASE)
_WORD_RE = re.compile(r"[\w'’]+")


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD_RE.findall(text)]


class TitleParts:
    """Runs of content words of the catalog's titles, each kept only when it names one title or one franchise."""

    def __init__(self, titles: Iterable[str], is_content: Callable[[str], bool],
                 head_of: Callable[[str], str], first: Callable[[Collection[str]], str]) -> None:
        found: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for title in titles:
            words = _words(title)
            for n in range(MIN_PART_WORDS, MAX_PART_WORDS + 1):
                for i in range(len(words) - n + 1):
                    run = tuple(words[i:i + n])
                    if all(is_content(w) for w in run) and run != tuple(words):
                        found[run].add(title)
        self._named: dict[tuple[str, ...], str] = {}
        for run, members in found.items():
            if len({head_of(t).casefold() for t in members}) == 1:
                self._named[run] = first(members)

    def named(self, run: tuple[str, ...]) -> Optional[str]:
        """The title a run of words names, or None."""
        return self._named.get(run)

    def watched(self, text: str) -> list[tuple[int, int, str]]:
        """Each part of a title said right after a verb of watching through, as (start, end, title): the longest
        run that names a title and closes its slot."""
        out: list[tuple[int, int, str]] = []
        for cue in _WATCHED_RE.finditer(text):
            tokens = list(_WORD_RE.finditer(text, cue.end()))[:MAX_PART_WORDS]
            if not tokens or tokens[0].start() != cue.end():
                continue
            for n in range(len(tokens), MIN_PART_WORDS - 1, -1):
                if re.search(r"[,.;:!?]", text[tokens[0].start():tokens[n - 1].end()]):
                    continue  # a part never runs over a clause's end
                run = tuple(t.group().casefold().replace("’", "'") for t in tokens[:n])
                title = self.named(run)
                closed = _CLOSED_RE.match(text, tokens[n - 1].end()) if title is not None else None
                if title is not None and closed and (closed["noun"] or _sounds_like_a_name(
                        text, tokens[0].start(), tokens[n - 1].end(), run)):
                    out.append((tokens[0].start(), tokens[n - 1].end(), title))
                    break
        return out


def _sounds_like_a_name(text: str, start: int, end: int, run: tuple[str, ...]) -> bool:
    """A part said without a work noun names a title only with a word no common phrase uses (not in the catalog's
    vocabulary) or written in capitals (in a message not shouted all in capitals)."""
    said = text[start:end]
    capitals = any(w[:1].isupper() for w in said.split()) and not text.isupper()
    return capitals or any(not in_catalog_vocabulary(w) for w in run)
