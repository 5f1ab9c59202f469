"""Which lowercase words are ordinary English, so that a title or typo rule can stay precise.

Titles such as "Dark", "Her" or "The Office" are also everyday words; matching them everywhere would
turn "something dark" into a title request. No word-frequency model is available offline, so the
list is derived from the shipped catalog's descriptions (words used in at least three descriptions
are "common") and committed as ``data/common_words.txt``. spaCy's stop words are added at load.
Regenerate with ``python -m nlu.extraction.common_words catalogs/netflix-titles/netflix_titles.csv``.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

DATA_FILE = Path(__file__).resolve().parent / "data" / "common_words.txt"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def build_common_words(csv_path: str | Path, min_docs: int = 3) -> list[str]:
    """Words (lowercase) that appear in at least ``min_docs`` catalog descriptions, sorted."""
    counts: Counter[str] = Counter()
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            counts.update(set(_WORD.findall((row.get("description") or "").lower())))
    return sorted(w for w, n in counts.items() if n >= min_docs and len(w) > 1)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The shipped common-word list plus spaCy's English stop words."""
    words = DATA_FILE.read_text(encoding="utf-8").split() if DATA_FILE.is_file() else []
    return frozenset(words) | frozenset(STOP_WORDS)


def main(argv: list[str]) -> int:
    """Regenerate the shipped list from a catalog CSV."""
    if len(argv) != 1:
        print("usage: python -m nlu.extraction.common_words NETFLIX_CSV", file=sys.stderr)
        return 2
    words = build_common_words(argv[0])
    DATA_FILE.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {DATA_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
