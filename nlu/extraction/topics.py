"""Topic words: what a title is about, kept for the free-text query instead of read as a genre.

Two shapes name a topic with a word the vocabulary also knows as a genre:

* a subject before or after a documentary noun ("nature docs", "space documentaries", "a documentary about space"): the
  genre is documentary and the subject ranks ("nature" as the Science & Nature genre would leave only the
  few series the catalog tags so; no film is);
* a viewer's interest told about them ("docs for a 10 year old who loves space", "my son is into animals"),
  when the message names another genre: that genre is the request, the interest ranks.

Such a word becomes the internal entity ``TOPIC``: it wins the overlap with the genre reading, and the
extractor drops it before reporting, so the word is left to the query (actions/query_text.py).
"""

from __future__ import annotations

import re

from .spans import TOPIC, Found
from .terms import Term
from .utterance import Utterance

SUBJECTS = ("nature", "wildlife", "animal", "animals", "space", "science", "ocean", "sea", "planet", "earth")
DOC_NOUNS = ("documentary", "documentaries", "doc", "docs")
_INTEREST_RE = re.compile(r"\b(?:loves?|likes?|into|obsessed\s+(?:with|w)|crazy\s+about|mad\s+about|fan\s+of"
                          r"|fascinated\s+by|interested\s+in)\s+(?:\w+\s+)?$", re.IGNORECASE)


def terms() -> list[tuple[str, Term]]:
    """"nature docs", "a doc about space": the subject is a topic, the noun the documentary genre."""
    before = [(f"{subject} {noun}", Term(TOPIC, subject, head=("genre", "documentary")))
              for subject in SUBJECTS for noun in DOC_NOUNS]
    after = [(f"{noun} {preposition} {subject}", Term(TOPIC, subject, head=("genre", "documentary"), head_first=True))
             for subject in SUBJECTS for noun in DOC_NOUNS for preposition in ("about", "on")]
    return before + after


def demote_interests(utt: Utterance, found: list[Found]) -> list[Found]:
    """A genre said as someone's interest, next to another genre the message asks for, becomes a topic."""
    genres = [f for f in found if f.entity == "genre" and f.role is None]
    if len(genres) < 2:
        return found
    out = []
    for f in found:
        if f in genres and _subject(utt.text[f.start:f.end]) and _INTEREST_RE.search(utt.text[:f.start]) and any(
                g.start < f.start and (g.start, g.end) != (f.start, f.end) for g in genres):
            out.append(Found(TOPIC, f.start, f.end, f.value))
        else:
            out.append(f)
    return out


# Interests that are subjects a title is about ("space", "animals", "history"), unlike genre names: "she likes
# romance, i like action" names two wanted genres (both required), not a topic.
INTEREST_SUBJECTS = frozenset(SUBJECTS) | frozenset("""history music sports sport cars dinosaurs dinosaur horses
horse dogs cats cooking food baking art dance dancing magic trains football soccer basketball nature science
war politics religion travel fashion""".split())


def _subject(surface: str) -> bool:
    return surface.lower().strip() in INTEREST_SUBJECTS


def drop(found: list[Found]) -> list[Found]:
    return [f for f in found if f.entity != TOPIC]


# "cults" / "a cult" is the organisation, a subject ("documentaries about cults", "a doc on a cult", "scams, cults and
# conspiracies"); the Cult genre is said as "cult classic(s)", "cult movies / films / favourites", "something cult",
# "cult horror". The genre read on the plural, on the word after an article or before a documentary noun becomes
# a topic (the word ranks, no genre is required) unless a genre word follows it.
_CULT_GENRE_AFTER = re.compile(r"[\s-]+(?:classics?|movies?|films?|flicks?|favou?rites?|hits?|following|status|tv"
                               r"|shows?|series|horror|comed(?:y|ies)|sci[\s-]?fi|thrillers?|dramas?|anime)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|this|that|some|one)\s+$", re.IGNORECASE)


def cults_as_topic(text: str, found: list[Found]) -> list[Found]:
    """The cult genre read on "cults", "a cult", "cult documentaries" is the organisation: a topic (see above)."""
    out = []
    for f in found:
        word = text[f.start:f.end].lower()
        if (f.entity == "genre" and f.value == "cult" and word in ("cult", "cults")
                and not _CULT_GENRE_AFTER.match(text, f.end)
                and (word == "cults" or _ARTICLE_BEFORE.search(text, 0, f.start) or _DOC_AFTER.match(text, f.end))):
            out.append(Found(TOPIC, f.start, f.end, f.value))
        else:
            out.append(f)
    return out


_DOC_AFTER = re.compile(rf"[\s-]+(?:{'|'.join(DOC_NOUNS)}|docuseries|documentary\s+series)\b", re.IGNORECASE)
