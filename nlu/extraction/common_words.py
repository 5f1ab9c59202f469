"""Which lowercase words are ordinary English, so that a title or typo rule can stay precise.

Titles such as "Dark", "Her" or "The Office" are also everyday words; matching them everywhere would
turn "something dark" into a title request. No word-frequency model is available offline, so the
list is the catalog's vocabulary (words used in at least three catalog descriptions), which the
actions also use to keep junk out of the semantic query: it lives in the contract
(``contract/data/catalog_words.txt``, ``contract.words.catalog_words``). spaCy's stop words are added
at load. Franchise words that open several titles ("lego", "spider-man") are written beside it
(``contract/data/title_words.txt``): content words of a request, never ordinary English. Regenerate with ``python -m nlu.extraction.common_words catalogs/netflix-titles/netflix_titles.csv``.
"""

from __future__ import annotations

import sys
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from contract.words import (CATALOG_WORDS_FILE, NAME_WORDS_FILE, TITLE_WORDS_FILE, build_catalog_words, build_name_words,
                            build_title_words, catalog_words)

DATA_FILE = CATALOG_WORDS_FILE
build_common_words = build_catalog_words


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The catalog's vocabulary plus spaCy's English stop words."""
    return catalog_words() | frozenset(STOP_WORDS)


def main(argv: list[str]) -> int:
    """Regenerate the shipped list from a catalog CSV."""
    if len(argv) != 1:
        print("usage: python -m nlu.extraction.common_words NETFLIX_CSV", file=sys.stderr)
        return 2
    words = build_catalog_words(argv[0])
    DATA_FILE.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {DATA_FILE}")
    franchises = build_title_words(argv[0])
    TITLE_WORDS_FILE.write_text("\n".join(franchises) + "\n", encoding="utf-8")
    print(f"wrote {len(franchises)} franchise words to {TITLE_WORDS_FILE}")
    names = build_name_words(argv[0])
    NAME_WORDS_FILE.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} name words to {NAME_WORDS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
