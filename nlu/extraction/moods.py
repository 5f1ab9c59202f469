"""Moods (vocabulary.MOODS): the soft "how should it feel" signal, with everyday synonyms.

A mood word right before a media noun is read as the matching genre instead ("funny movies" →
comedy, "scary movies" → horror): that is how viewers name a genre, while "something scary" is a
feeling the ranker should use. That promotion lives in genres.py; here are only the feelings.
"""

from __future__ import annotations

from contract.vocabulary import MOODS

from .terms import Term

ENTITY = "mood"

SYNONYMS: dict[str, tuple[str, ...]] = {
    "feel-good": ("feel-good", "feel good", "feelgood", "uplifting", "heartwarming", "heart-warming",
                  "wholesome", "cheerful", "upbeat", "happy ending", "cheer me up", "comforting", "comfort watch"),
    "funny": ("funny", "hilarious", "humorous", "witty", "goofy", "silly", "funnier", "laugh", "laughs",
              "make me laugh"),
    "scary": ("scary", "creepy", "spooky", "terrifying", "frightening", "chilling", "eerie", "scarier",
              "scare me", "spine-chilling"),
    "relaxing": ("relaxing", "chill", "chilled", "calm", "calming", "soothing", "cozy", "cosy", "easygoing",
                 "easy-going", "mellow", "low-key", "laid-back", "unwind", "gentle"),
    "dark": ("dark", "darker", "gritty", "bleak", "grim", "disturbing", "twisted", "brutal", "violent", "edgy"),
    "romantic": ("romantic", "date night", "swoon-worthy"),
    "exciting": ("exciting", "thrilling", "action-packed", "intense", "gripping", "edge of my seat",
                 "edge-of-your-seat", "fast-paced", "adrenaline", "suspenseful", "exhilarating"),
    "thought-provoking": ("thought-provoking", "thought provoking", "smart", "intelligent", "cerebral",
                          "mind-bending", "mind-blowing", "philosophical", "make me think", "makes you think"),
    "sad": ("sad", "sadder", "tearjerker", "tear-jerker", "emotional", "weepy", "heartbreaking",
            "depressing", "melancholic", "melancholy", "make me cry", "cry"),
    "inspiring": ("inspiring", "inspirational", "motivational", "motivating", "empowering"),
    "light": ("light", "lighter", "lighthearted", "light-hearted", "easy watch", "easy to watch", "breezy",
              "fun", "lightweight", "not too heavy", "nothing too heavy"),
}


def terms() -> list[tuple[str, Term]]:
    """Lexicon entries for every mood of the vocabulary (and only those)."""
    out: list[tuple[str, Term]] = []
    for mood in MOODS:
        out += [(p, Term(ENTITY, mood)) for p in (mood, *SYNONYMS.get(mood, ()))]
    return out
