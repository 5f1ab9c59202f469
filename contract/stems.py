"""The one home of how a word is folded to a base form: a noun's plural and singular, and a word's family.

Two foldings, for two different jobs:

* ``singular`` / ``plural``: an English noun's number, read back as a real word ("comedies" → "comedy", "witches" →
  "witch", "heroes" → "hero", "series" stays). Used where the folded word is shown, looked up in a table, or compared
  with a listed name: the NLU lexicon's spellings (nlu/extraction/terms.py), a genre's own names
  (contract/vocabulary.py ``names_the_genre``), a ruled-out topic's base word (contract/topics.py ``topic_base``), the
  kind words of a query (recommender/topic_view.py) and the synopsis words a reason quotes (recommender/reasons.py).
* ``word_stem``: a word's family as a matching key, never shown ("baking" / "baker" / "baked" → "bak", "zombies" →
  "zombi"). It folds much more (-ing, -ed, -er, a final -e, -y / -ies, hyphens and spaces) because a ruled-out topic
  must catch every form a title's text uses (contract/topics.py, recommender/topic_words.py); only agreement matters,
  so it may merge unrelated short words ("hope" / "hop"), which a quoted or listed word must not.

Stdlib only: both runtimes (Rasa's and the recommender's) read the same rules.
"""

from __future__ import annotations

from functools import lru_cache

_VOWELS = frozenset("aeiou")
# Nouns that are the same in both numbers, or read as a plural name ("series", "news", "kids").
INVARIABLE = ("series", "sports", "news", "kids", "children", "anime", "music", "media")
# Endings of words that end in "s" without being plurals ("class", "virus", "crisis").
_NOT_PLURAL = ("ss", "us", "is")
# Plurals in -is / -us all the same ("scifis", "docus", "menus").
_IS_US_PLURALS = frozenset({"scifis", "docus", "menus", "gurus", "emus", "haikus", "taxis", "skis", "kiwis", "yetis",
                            "bikinis", "safaris", "alibis", "wikis"})
# Plurals that add "es" after a hissing sound ("witches", "bushes", "bosses", "boxes").
_HISSING_PLURALS = ("ches", "shes", "sses", "xes")
# Plurals of nouns in -o that add "es" ("heroes"); most -oes words are -oe nouns ("shoes", "canoes"), so a list.
_O_ES_PLURALS = frozenset({"heroes", "superheroes", "potatoes", "tomatoes", "echoes", "torpedoes", "volcanoes",
                           "mosquitoes", "vetoes", "dominoes"})
# Plurals of nouns in -ie ("zombies", "cookies"): the usual "-ies" → "-y" would make "zomby". Not "movies" nor
# "indies": the NLU lexicon spells its "... movies" phrases only so (a "... movie" spelling would be a new phrase), and
# reads "indy" back from "indies" on purpose (nlu/extraction/names.py).
_IE_PLURALS = frozenset({"zombies", "cookies", "rookies", "hippies", "brownies", "goalies", "hoodies",
                         "selfies", "smoothies", "newbies", "pixies", "veggies", "calories", "prairies", "aussies",
                         "genies", "aunties", "bookies", "yuppies", "sweeties", "walkies"})
_SHORTEST_PLURAL = 4   # "bus", "gas", "its", "his" are no plurals to fold
_MIN_STEM = 3          # ``word_stem`` leaves a word of 3 letters or fewer as it is


def plural(word: str) -> str:
    """English plural of a noun (good enough for "comedy", "thriller", "doc"); a word already in "s" stays."""
    if word.endswith(INVARIABLE) or word.endswith("s"):
        return word
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    if word.endswith(("x", "ch", "sh")):
        return word + "es"
    return word + "s"


def singular(word: str) -> str:
    """English singular of a (lower-case) noun, the inverse of ``plural``: "comedies" → "comedy", "witches" →
    "witch", "heroes" → "hero", "zombies" → "zombie", "sharks" → "shark"; a word that is no plural stays ("series",
    "kids", "class", "virus", "crisis", "bus")."""
    if (len(word) < _SHORTEST_PLURAL or not word.endswith("s") or word.endswith(INVARIABLE)
            or (word.endswith(_NOT_PLURAL) and word not in _IS_US_PLURALS)):
        return word
    if word in _IE_PLURALS:
        return word[:-1]
    if word.endswith("ies") and len(word) > _SHORTEST_PLURAL:
        return word[:-3] + "y"
    if word.endswith(_HISSING_PLURALS) or word in _O_ES_PLURALS:
        return word[:-2]
    return word[:-1]


@lru_cache(maxsize=100_000)
def word_stem(word: str) -> str:
    """The family of one word, as a matching key: "superheroes" / "superhero" → "superhero", "baking" / "baker" /
    "baked" / "bake" → "bak", "zombies" / "zombie" → "zombi", "babies" / "baby" → "babi". Crude on purpose: the same
    function reads the viewer's topic and every title's text, so only agreement matters; a word of 3 letters or fewer
    stays as it is. Never shown and never looked up in a word list: use ``singular`` for that."""
    w = word.lower().replace("-", "").replace("'", "").replace(" ", "")
    if w.endswith("s") and not w.endswith(_NOT_PLURAL) and len(w) > _MIN_STEM:
        w = w[:-1]
    for suffixes in (("ing", "ed"), ("er",)):
        for suffix in suffixes:
            if w.endswith(suffix) and len(w) - len(suffix) >= _MIN_STEM:
                w = w[:-len(suffix)]
                if len(w) > _MIN_STEM and w[-1] == w[-2] and w[-1] not in "aeiousl":
                    w = w[:-1]  # "shopping" → "shop", "warring" → "war"
                break
    if w.endswith("e") and len(w) > _MIN_STEM:
        w = w[:-1]
    if w.endswith("y"):
        w = w[:-1] + "i"  # "spy" / "spies", "baby" / "babies"
    return w
