"""Find lexicon phrases in a message with spaCy PhraseMatchers (built once, matched per message).

Matching is on lowercase tokens, so "K-Drama" and "k-drama" are the same; case-sensitive terms
("US") use a second matcher on the exact text. Offsets come from spaCy tokens, i.e. exact character
positions in the original text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span

from . import media
from .spans import P_LEXICON, Found, Match
from .terms import Term
from .utterance import Utterance


class LexiconMatcher:
    """PhraseMatchers over a lexicon built by ``lexicon.build_lexicon``."""

    def __init__(self, nlp: Language, lexicon: dict[str, Term]) -> None:
        self.lexicon = lexicon
        self._strings = nlp.vocab.strings
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for phrase, term in lexicon.items():
            matcher = self._exact if term.case_sensitive else self._lower
            matcher.add(phrase, [nlp.make_doc(phrase)])

    def find(self, utt: Utterance) -> list[Match]:
        """Every lexicon phrase occurrence that is plausible in context."""
        out = []
        for matcher in (self._lower, self._exact):
            for match_id, start, end in matcher(utt.doc):
                term = self.lexicon[self._strings[match_id]]
                span = utt.doc[start:end]
                if term.entity == media.ENTITY and not media.plausible(span):
                    continue
                out.append(Match(span.start_char, span.end_char, P_LEXICON, emit(term, span), "lexicon"))
        return out


def emit(term: Term, span: Span) -> tuple[Found, ...]:
    """The entities a matched term reports (head nouns and companions included)."""
    if term.head and len(span) > 1:
        modifier, noun = (span[-1:], span[0]) if term.head_first else (span[:-1], span[-1])
        found = [Found(term.entity, modifier.start_char, modifier.end_char, term.value),
                 Found(term.head[0], noun.idx, noun.idx + len(noun.text), term.head[1])]
    else:
        found = [Found(term.entity, span.start_char, span.end_char, term.value)]
    found += [Found(entity, span.start_char, span.end_char, value) for entity, value in term.extra]
    return tuple(found)
