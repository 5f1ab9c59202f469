"""Is a message written in another language? Cheaply, without a language model.

The bot understands English only. A message in Spanish or German still gets an intent and some
entities (character n-grams make "películas de terror" look like a horror request), and answering it
with a keyword search on its words would be worse than useless. So before an action answers, we ask:
of the message's words outside any located entity (titles are often in other languages), what share
is English, i.e. filler/function words we know or words of the catalog's vocabulary
(``contract.words``)? A message is in another language when that share is low *and* there is positive
evidence of another language: a function word of one (``FOREIGN_FUNCTION_WORDS``) or a letter English
does not use (ñ, ü, ß, é, ç, ...), and no English request phrasing around it. The second condition
keeps typo-heavy English ("u got any gud flix 2nite") English, the third an unrecognised title in a
request ("something like La Casa de Papel"). Short messages (fewer than three words: "hola", "gracias") are left to the NLU.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.entities import Entity
from contract.words import FILLER_WORDS, FOREIGN_FUNCTION_WORDS, in_catalog_vocabulary

MIN_WORDS = 3
MAX_ENGLISH_SHARE = 0.5
MIN_ENGLISH_PHRASING = 2
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NON_ENGLISH_LETTERS = re.compile(r"[^\x00-\x7f‘’“”–—…€£]")


def in_other_language(text: Optional[str], entities: Sequence[Entity] = ()) -> bool:
    """Whether ``text`` is (mostly) not English; button payloads ("/refine{...}") never are."""
    if not text or text.startswith("/"):
        return False
    chars = list(text)
    for e in entities:
        if e.start is not None and e.end is not None and e.name in ("title", "actor", "director"):
            for i in range(max(0, e.start), min(len(chars), e.end)):
                chars[i] = " "
    rest = "".join(chars)
    # Words of an English vocabulary phrase the extractor read ("a rom com", "sci fi"): English, whatever
    # their letters look like alone (single words may be another language's: "terror").
    phrases = [(e.start, e.end) for e in entities if e.start is not None and e.end is not None
               and e.name not in ("title", "actor", "director") and len(_WORD.findall(text[e.start:e.end])) > 1]
    found = [(m.group().lower(), any(s <= m.start() and m.end() <= e for s, e in phrases))
             for m in _WORD.finditer(rest)]
    words = [w for w, _ in found]
    if len(words) < MIN_WORDS:
        return False
    foreign_marks = sum(1 for w, vocab in found if w in FOREIGN_FUNCTION_WORDS and w not in FILLER_WORDS and not vocab)
    english = sum(1 for w, vocab in found if vocab or _is_english(w))
    # English request phrasing ("something like ...", "show me ...") around an unrecognised title.
    english_phrasing = sum(1 for w in words if len(w) >= 3 and w in FILLER_WORDS and w not in FOREIGN_FUNCTION_WORDS)
    evidence = foreign_marks > 0 or bool(_NON_ENGLISH_LETTERS.search(rest))
    return evidence and english / len(words) < MAX_ENGLISH_SHARE and english_phrasing < MIN_ENGLISH_PHRASING


def _is_english(word: str) -> bool:
    if word in FOREIGN_FUNCTION_WORDS and word not in FILLER_WORDS:
        return False  # "de", "la", "un" occur in catalog descriptions (names) but mark another language
    return word in FILLER_WORDS or in_catalog_vocabulary(word)
