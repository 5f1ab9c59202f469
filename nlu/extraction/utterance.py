"""A tokenised user message plus the context questions several rules ask about it.

Regex rules work on characters, matcher rules on spaCy tokens; both end up as character offsets into
the untouched original text (Rasa consumers slice ``text[start:end]``). This wrapper answers the
shared questions — which words precede a span, is it quoted, did the user capitalise it — once.
"""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Doc, Span

QUOTES = "\"'“”‘’«»`"
SENTENCE_PUNCT = {".", "!", "?", ";", ":", "\n"}


class Utterance:
    """The text of one message and its spaCy ``Doc`` (tokenizer only, no model)."""

    def __init__(self, text: str, doc: Doc) -> None:
        self.text = text
        self.doc = doc
        self.lower = [t.lower_ for t in doc]

    @cached_property
    def shouting(self) -> bool:
        """Mostly upper-case messages say nothing through capitalisation."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 4 and sum(c.isupper() for c in letters) > 0.6 * len(letters)

    def span(self, start_char: int, end_char: int) -> Span | None:
        """Tokens covering a character range (expanded to whole tokens)."""
        return self.doc.char_span(start_char, end_char, alignment_mode="expand")

    def words_before(self, token_index: int, n: int) -> tuple[str, ...]:
        """Up to ``n`` lowercase tokens immediately before ``token_index``, in text order."""
        return tuple(self.lower[max(0, token_index - n):token_index])

    def ends_with(self, token_index: int, phrases: frozenset[tuple[str, ...]]) -> tuple[str, ...] | None:
        """The longest phrase in ``phrases`` that ends right before ``token_index`` (an opening quote
        in between is skipped: 'like "Her"'), if any."""
        while token_index > 0 and self.doc[token_index - 1].text in QUOTES:
            token_index -= 1
        for n in (4, 3, 2, 1):
            before = self.words_before(token_index, n)
            if len(before) == n and before in phrases:
                return before
        return None

    def is_quoted(self, start_char: int, end_char: int) -> bool:
        """``"Her"`` or 'Up': the user marked the words as a name."""
        left = self.text[:start_char].rstrip(" ")
        right = self.text[end_char:].lstrip(" ")
        return bool(left) and bool(right) and left[-1] in QUOTES and right[0] in QUOTES

    def sentence_initial(self, token_index: int) -> bool:
        """First word of the message or of a sentence, where capitals carry no information."""
        return token_index == 0 or self.doc[token_index - 1].text in SENTENCE_PUNCT

    def capitalised(self, span: Span, significant: frozenset[str]) -> bool:
        """Did the user write the name's significant words with capitals (beyond sentence case)?"""
        if self.shouting:
            return False
        words = [t for t in span if t.is_alpha and t.lower_ in significant] or [t for t in span if t.is_alpha]
        if not words or not all(t.text[0].isupper() for t in words):
            return False
        return any(not self.sentence_initial(t.i) for t in words)

    def next_is_capitalised_word(self, span: Span) -> bool:
        """"Money Heist" when only "Money" is a known title: the user is naming something longer."""
        if span.end >= len(self.doc) or self.shouting:
            return False
        nxt = self.doc[span.end]
        return nxt.is_alpha and nxt.text[0].isupper() and not nxt.is_sent_start

    def only_filler_outside(self, span: Span, filler: frozenset[str]) -> bool:
        """The span is the whole request, e.g. a message that is just "breaking bad"."""
        return all(t.is_punct or t.is_space or t.lower_ in filler
                   for t in self.doc if t.i < span.start or t.i >= span.end)


_WHITESPACE_RUN_RE = re.compile(r"\s{2,}")


class Collapsed:
    """``text`` with every run of whitespace shortened to one character (a newline if the run holds one, so sentence
    rules still see it), and the way back to the original offsets. Patterns with several optional whitespace parts in a
    row (``\\s*,?\\s*``) try every split of a long run, which is quadratic in its length ("kids" and 4000 spaces took
    seconds); on the collapsed text each run is one character, so they stay linear, and a reading never depended on
    how many spaces were typed."""

    def __init__(self, text: str) -> None:
        self.original = text
        parts: list[str] = []
        self._starts: list[int] = []  # original offset of each collapsed character
        pos = 0
        for m in _WHITESPACE_RUN_RE.finditer(text):
            parts.append(text[pos:m.start()])
            self._starts.extend(range(pos, m.start()))
            parts.append("\n" if "\n" in m.group(0) else m.group(0)[0])
            self._starts.append(m.start())
            pos = m.end()
        parts.append(text[pos:])
        self._starts.extend(range(pos, len(text)))
        self.text = "".join(parts)
        self.changed = len(self.text) != len(text)

    def start(self, offset: int) -> int:
        """The original offset of a span starting at ``offset`` of the collapsed text."""
        return self._starts[offset] if offset < len(self._starts) else len(self.original)

    def end(self, offset: int) -> int:
        """The original offset of a span ending at ``offset`` of the collapsed text (after its last character)."""
        return self._starts[offset - 1] + 1 if offset > 0 else 0
