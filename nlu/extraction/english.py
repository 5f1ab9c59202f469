"""A general English dictionary, offline: which lowercase words are everyday English beyond the catalog's vocabulary.

The catalog's vocabulary (``common_words``) knows the words its descriptions use; a viewer's chat uses many more
("weird request", "random favour", "odd craving"), and a word no list knows looks like a name to the rules that
read people the catalog lacks. The PyPI package ``english-words`` ships two unabridged word lists (web2, the
Webster's Second list of BSD's /usr/share/dict, and GCIDE); both hold thousands of proper names and rare words, so
a word counts here only when

* web2 writes it lowercase (web2 capitalises proper nouns only): "rose" the flower, not "Jessica";
* GCIDE has it too: a second dictionary agrees it is a word;
* web2 has no capitalised twin of it: "Mary", "Eric", "Lee", "Ray" are given names before they are words;
* the catalog's descriptions never write it only as a name (``contract.words.name_words``: "seinfeld");
* it has three letters or more (the stop words cover the short ones; "s", "z", "ng" are no words of chat).

British spellings of the American entries count too ("favour" ← "favor", "realise" ← "realize"), and a few words
of today's chat no 1934 dictionary has (``CHAT_ENGLISH``: "vibe", "rewatch").

The lists are read once, on first use (about a quarter of a second), and kept as one frozenset: a lookup is one set
probe, so a message's extraction stays as fast as before.
"""

from __future__ import annotations

from functools import lru_cache

from contract.words import name_words

MIN_LETTERS = 3
# Everyday words of today's chat that the 1934 web2 list and GCIDE lack.
CHAT_ENGLISH = frozenset({
    "vibe", "vibey", "rewatch", "rewatchable", "bingeable", "binge", "hangry", "bro", "sis", "comfy", "cozy", "cosy",
    "okay", "gonna", "wanna", "gotta", "kinda", "sorta", "lemme", "dunno", "yeah", "yep", "nope", "nah", "hey", "hiya",
    "lol", "meh", "weirdo", "newbie", "noob", "selfie", "emoji", "online", "offline", "streaming", "livestream",
    "sitcom", "docuseries", "podcast", "wholesome", "relatable", "cringe", "cringey", "cringy",
    "legit", "spoiler", "spoilers", "hype", "hyped", "fave", "faves", "fav", "favs", "snacky", "chill",
    "chilled", "chilling", "brainless", "mindless", "feelgood", "tearjerker", "weekend", "weeknight", "bedtime",
    "rainy", "hungover", "bored", "sleepy", "cheesy", "nerdy", "geeky", "quirky", "trippy", "edgy", "gritty",
    # interjections of a typing slip owned up to ("oops. um something funny"): never a name said alone (round 34)
    "oops", "oopsie", "oopsies", "whoopsie", "welp", "ope", "yikes", "eek",
})
# British spellings: the American entry they stand for (the dictionaries are American).
_BRITISH_ENDINGS = (("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"),
                    ("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("isation", "ization"), ("yse", "yze"),
                    ("tre", "ter"), ("tres", "ters"), ("ogue", "og"), ("ence", "ense"), ("lled", "led"),
                    ("lling", "ling"))


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Everyday English words of the shipped dictionaries (module docstring), lowercase; empty when the package is
    missing (the rules then know the catalog's vocabulary only, as before it was added)."""
    try:
        from english_words import get_english_words_set
    except ImportError:  # pragma: no cover - the Rasa runtime pins it (nlu/requirements.txt)
        return CHAT_ENGLISH
    web2 = get_english_words_set(["web2"])
    gcide = get_english_words_set(["gcide"], alpha=True, lower=True)
    names = name_words()
    lowercase = {w for w in web2 if len(w) >= MIN_LETTERS and w.isalpha() and w.islower()}
    return frozenset(w for w in lowercase if w in gcide and w.capitalize() not in web2 and w not in names) | CHAT_ENGLISH


def in_dictionary(word: str) -> bool:
    """``word`` (lowercase) is an everyday English word of the dictionary, or its British spelling ("favour")."""
    known = dictionary_words()
    if word in known:
        return True
    return any(word.endswith(british) and word[:-len(british)] + american in known
               for british, american in _BRITISH_ENDINGS if len(word) > len(british) + 2)
