"""What the range modules (durations, years) share: pattern rules, and inverting a one-sided range.

Pattern rules: a regex, a reader for its matches and a rule name, tried in the order declared.
Durations and years are read the same way: run each pattern over the text and, for every match whose
groups the reader turns into a value, claim the whole match span for one entity. ``Rules`` holds that
loop once; a module declares each pattern right above the function that reads it:

    RULES = Rules("duration")

    @RULES.rule("duration-plus", rf"\\b(?P<n>\\d+)\\s*\\+\\s*(?P<u>{_H}|{_M})")
    def _plus(m: re.Match[str]) -> str | None: ...

The declaration order is the order of the matches ``find`` returns, which breaks ties between equal
spans of equal priority (spans.resolve_overlaps), so moving a rule can change a reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, TypeVar

from .spans import P_STRUCTURED, Match, single

Reader = Callable[..., "str | None"]  # (match, *context) -> value, or None to pass the match over
R = TypeVar("R", bound=Reader)


@dataclass(frozen=True)
class Rule:
    """One pattern and how its matches become a value."""

    name: str
    regex: re.Pattern[str]
    read: Reader


class Rules:
    """The ordered rules of one entity; patterns are compiled case-insensitively by default."""

    def __init__(self, entity: str, *, priority: int = P_STRUCTURED, flags: int = re.IGNORECASE) -> None:
        self.entity = entity
        self.priority = priority
        self.flags = flags
        self._rules: list[Rule] = []

    def add(self, name: str, pattern: str, read: Reader) -> None:
        """Try ``pattern`` after the rules already added; ``read`` turns its matches into values."""
        self._rules.append(Rule(name, re.compile(pattern, self.flags), read))

    def rule(self, name: str, pattern: str) -> Callable[[R], R]:
        """Decorator form of ``add`` (stacked decorators add the lowest one first)."""
        def register(read: R) -> R:
            self.add(name, pattern, read)
            return read
        return register

    def find(self, text: str, *context: object) -> list[Match]:
        """Every reading of ``text``, rule by rule; ``context`` is passed on to each reader."""
        out = []
        for r in self._rules:
            for m in r.regex.finditer(text):
                value = r.read(m, *context)
                if value is not None:
                    out.append(single(self.entity, m.start(), m.end(), value, self.priority, r.name))
        return out


# Where a comparative said with "more" / "less" before a plain adjective ("more short", "more old, please", "less
# long") must stand to be one: at the end of its clause, before a courtesy word or before "one" ("a more short one").
# "more short films" is more of the
# short kind, "more comedies" more of a genre; ``NOT_ANOTHER`` keeps "one more short one", "any more old ones" out.
COMPARATIVE_END = (r"(?=\s*(?:$|[,.;!?:)]|(?:please|pls|plz|thanks|thx|this\s+time|now|then|though|tho|again"
                   r"|if\s+(?:possible|you\s+can)|for\s+(?:me|us|now|tonight|today)|one)\b))")
NOT_ANOTHER = r"(?<!\bone\s)(?<!\banother\s)(?<!\bany\s)(?<!\bsome\s)(?<!\bno\s)(?<!\bfew\s)"


def invert_one_sided(value: str, step: int) -> str | None:
    """A ``MIN-MAX`` value under negation: "not at most 90" (``-90``) → ``90-`` with ``step`` 0;
    whole units exclude the bound itself, so "nothing before 2000" (``-1999``) → ``2000-`` with
    ``step`` 1. Two-sided ranges cannot be inverted (``None``)."""
    lo, _, hi = value.partition("-")
    if lo and not hi:
        return f"-{int(lo) - step}"
    if hi and not lo:
        return f"{int(hi) + step}-"
    return None
