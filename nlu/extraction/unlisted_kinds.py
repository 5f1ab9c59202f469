"""Kinds of film and studios the catalog's vocabulary lacks: never a person's name (Review 1, finding 10).

A single word no English, no catalog vocabulary and no catalog name has, said on its own ("<word> please", "<word>.
something loud") or before "movies", is read as a person the catalog lacks (unknown_people.py), so the bot answers
"no titles by <Word>". Viewers type the names of film kinds from other film cultures ("isekai", "wuxia", "kaiju",
"giallo") and of studios ("blumhouse movies", "ghibli stuff") in exactly those places; they name what the viewer
wants, and no person. The words are listed here, so every person rule can leave them alone; a slip of a longer one
("isekia") is still the kind.
"""

from __future__ import annotations

from functools import lru_cache

from .typos import damerau_levenshtein

# Film and series kinds named in their culture's own word (anime, East Asian, Italian, Indian cinema ...) and
# English coinages for kinds the catalog's genres do not list.
FOREIGN_KINDS: frozenset[str] = frozenset("""
isekai shonen shounen shoujo shojo seinen josei mecha kaiju tokusatsu sentai jidaigeki chanbara chambara iyashikei
ecchi manhwa donghua wuxia xianxia wuxiapian kungfu cdrama cdramas kdrama kdramas jdrama jdramas hallyu
telenovela telenovelas giallo gialli poliziottesco peplum krimi heimatfilm dogme
bollywood tollywood kollywood nollywood mollywood masala
mumblecore splatter slasher slashers grindhouse blaxploitation sexploitation nunsploitation
cyberpunk steampunk solarpunk dieselpunk whodunit whodunnit whodunits mockumentary mockumentaries docuseries
docudrama docudramas biopic biopics
""".split())
# Studios and labels viewers ask for by name ("blumhouse movies"): their titles are found by the words, not a person.
STUDIOS: frozenset[str] = frozenset("""
blumhouse ghibli pixar dreamworks lionsgate miramax amblin laika aardman toho annapurna searchlight lucasfilm
troma illumination crunchyroll funimation netflix hbo mgm disney marvel
""".split())
UNLISTED_KINDS = FOREIGN_KINDS | STUDIOS
MIN_SLIPPED = 6  # letters of a word typed with one slip that is still the kind ("isekia"); shorter ones are names too
MAX_LENGTH_GAP = 1


def _one_deletion(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


# Each long kind under itself and its one-letter deletions: a word within one edit of a kind shares one of these
# with it, so only those kinds are measured (the message's every word was measured against all of them before: a
# 1000-character message of unknown words took half a second).
_NEAR_KINDS: dict[str, set[str]] = {}
for _kind in UNLISTED_KINDS:
    if len(_kind) >= MIN_SLIPPED:
        for _d in _one_deletion(_kind):
            _NEAR_KINDS.setdefault(_d, set()).add(_kind)


@lru_cache(maxsize=4096)
def unlisted_kind(word: str) -> bool:
    """``word`` (lowercase) is a film kind or studio above, or a slip of a long one."""
    if word in UNLISTED_KINDS:
        return True
    if len(word) < MIN_SLIPPED:
        return False
    near = {kind for d in _one_deletion(word) for kind in _NEAR_KINDS.get(d, ())}
    return any(abs(len(word) - len(kind)) <= MAX_LENGTH_GAP and damerau_levenshtein(word, kind) <= 1 for kind in near)
