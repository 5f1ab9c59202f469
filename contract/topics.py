"""Topics a viewer rules out ("no superhero stuff", "not baking", "none of that zombie junk"): one home for how a topic
word is normalised, which words of a title's text name it, and how it is worded back.

A topic is a subject word (or a short phrase: "time travel") that no genre, country, format or person covers. The
dialogue keeps the ruled-out ones in ``Constraints.exclude_topics`` as their base word ("superheroes" → "superhero",
``topic_base``); the recommender leaves out every title whose name, synopsis or tags name the topic
(recommender/topic_words.py): a word of its family (``contract.stems.word_stem``: plural, -ing, -ed, -er forms,
hyphen and space variants: superhero / superheroes / super-hero / super hero; bake / baking / baker / baked) or of the
small table of related words below (``RELATED``: a superhero film speaks of superpowers, a zombie film of the undead).

Stdlib only: the NLU, the actions and the recommender read the same rules.
"""

from __future__ import annotations

import re

from contract.stems import singular, word_stem

# Related words of common topics: general English a synopsis uses for the same subject (never a sentence of an
# evaluation set). Each key is a topic's base word; its related words are matched with their families too.
RELATED: dict[str, tuple[str, ...]] = {
    "superhero": ("superpower", "caped crusader"),
    "zombie": ("undead", "walking dead"),
    "vampire": ("vampiric", "bloodsucker", "dracula"),
    "werewolf": ("lycanthrope",),
    "war": ("wartime", "warfare", "battlefield"),
    "baking": ("bakery", "pastry", "cake"),
    "cooking": ("chef", "culinary", "cookery"),
    "ghost": ("haunted", "haunting", "poltergeist"),
    "witch": ("witchcraft",),
    "alien": ("extraterrestrial", "ufo"),
    "dinosaur": ("jurassic",),
    "robot": ("android", "cyborg"),
    "spy": ("espionage", "secret agent"),
    "prison": ("jail", "inmate"),
    "wedding": ("bride", "groom"),
    "christmas": ("xmas", "santa claus"),
    "politics": ("political", "politician", "election"),
    "drug": ("narcotic", "cartel", "drug lord"),
    "shark": (),
    "clown": (),
    "pirate": (),
}
# Base words whose surface form differs from a plain stem's (kept as said: "baking", "cooking", "politics").
_BASES: dict[str, str] = {"bake": "baking", "baker": "baking", "baked": "baking", "bakes": "baking", "bakers": "baking",
                          "cook": "cooking", "cooks": "cooking", "cooked": "cooking", "political": "politics",
                          "super-hero": "superhero", "super hero": "superhero", "superheroes": "superhero",
                          "superheros": "superhero", "heroes": "hero", "witches": "witch", "werewolves": "werewolf",
                          "wolves": "wolf", "spies": "spy", "zombi": "zombie", "zombis": "zombie",
                          "the undead": "zombie", "undead": "zombie", "wars": "war"}
# Topics worded as a plural in the echo ("nothing about superheroes"); the others as said ("nothing about war").
_PLURALS: dict[str, str] = {"superhero": "superheroes", "hero": "heroes", "zombie": "zombies", "vampire": "vampires",
                            "werewolf": "werewolves", "ghost": "ghosts", "witch": "witches", "alien": "aliens",
                            "dinosaur": "dinosaurs", "robot": "robots", "spy": "spies", "wedding": "weddings",
                            "drug": "drugs", "shark": "sharks", "clown": "clowns", "pirate": "pirates"}
_MASS_NOUNS = frozenset({"war", "baking", "cooking", "magic", "politics", "religion", "prison", "christmas", "football",
                         "soccer", "space", "history", "music", "sex", "violence"})
MAX_TOPIC_WORDS = 3
MAX_TOPIC_CHARS = 40
MAX_TOPICS = 10
TOPIC_RE = re.compile(r"[a-z]+(?:[-' ][a-z]+)*")
_WORD_RE = re.compile(r"[a-z]+")


def words_of(text: str) -> list[str]:
    """The words of a title's text as the topic lookup reads them (lower case, letters only)."""
    return _WORD_RE.findall(text.lower())


def topic_base(said: str) -> str:
    """The base word a topic is kept as: lower case, single spaces, a plural or family form turned to the table's
    word ("Superheroes" → "superhero", "baked" → "baking", "zombies" → "zombie"), else the word without a plain plural
    ("sharks" → "shark")."""
    low = " ".join(said.lower().replace("’", "'").split()).strip(" '-")
    if low in _BASES:
        return _BASES[low]
    if low in RELATED or low in _MASS_NOUNS:
        return low
    stem, joined = " ".join(word_stem(w) for w in low.split()), word_stem(low.replace(" ", ""))
    for base in RELATED:
        if " ".join(word_stem(w) for w in base.split()) == stem or word_stem(base) == joined:
            return base
    words = low.split()
    return " ".join([*words[:-1], singular(words[-1])])


def topic_terms(topic: str) -> tuple[str, ...]:
    """Every word or phrase whose family names ``topic`` in a title's text: the topic and its related words."""
    base = topic_base(topic)
    return tuple(dict.fromkeys((base, *RELATED.get(base, ()))))


def valid_topic(value: str) -> bool:
    """A topic the API accepts: 1-3 lower-case words of letters (hyphen or apostrophe inside a word), 40 characters
    at most."""
    return (0 < len(value) <= MAX_TOPIC_CHARS and TOPIC_RE.fullmatch(value) is not None
            and len(value.split()) <= MAX_TOPIC_WORDS)


def topic_words(topic: str) -> str:
    """A topic as the echo words it: "superhero" → "superheroes", "war" → "war", "baking" → "baking"."""
    return _PLURALS.get(topic, topic)
