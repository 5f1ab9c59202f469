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

from contract.vocabulary import SPORT_WORDS

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


# Music said as a quality of a title ("a nature documentary with nice music", "a film with a great soundtrack", "with
# beautiful music"): the viewer wants it to sound good, not the Music & Musicals shelf. The word ranks as a topic.
_QUALITY_BEFORE = re.compile(r"\b(?:with|has|had|have|and)\s+(?:(?:a|some|really|very|such)\s+)?(?:nice|good|great|"
                             r"beautiful|lovely|amazing|awesome|gorgeous|cool|relaxing|calm|soothing|pretty|"
                             r"epic|excellent|fantastic|wonderful|decent|catchy)\s+$", re.IGNORECASE)


def music_as_a_quality(text: str, found: list[Found]) -> list[Found]:
    """The music genre said as how a title sounds becomes a topic (above)."""
    return [Found(TOPIC, f.start, f.end, f.value)
            if f.entity == "genre" and f.value == "music" and text[f.start:f.end].lower() == "music"
            and _QUALITY_BEFORE.search(text, max(0, f.start - 40), f.start) else f for f in found]


# A sport a documentary is about ("documentaries about football", "a soccer doc", "docs on basketball"): the sports
# shelf is asked for beside the documentary, the catalog files such films under both ("a documentary about sports"
# already reads both). The sport word stays the topic that ranks.
_DOC = r"(?:docs?|documentar(?:y|ies)|docu-?series|docuseries|docus?)"
_SPORT = "|".join(sorted((re.escape(w) for w in SPORT_WORDS), key=len, reverse=True))
_SPORT_DOC_RE = re.compile(rf"\b{_DOC}\s+(?:about|on)\s+(?:(?:the|a|an|some)\s+)?(?P<after>{_SPORT})\b"
                           rf"|\b(?P<before>{_SPORT})\s+{_DOC}\b", re.IGNORECASE)


def sports_of_documentaries(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the sports genre on a sport a wanted documentary is about (above)."""
    if any(f.entity == "genre" and f.value == "sports" for f in found) or not any(
            f.entity == "genre" and f.value == "documentary" and f.role is None for f in found):
        return found
    m = _SPORT_DOC_RE.search(text)
    if not m:
        return found
    group = "after" if m["after"] else "before"
    start, end = m.start(group), m.end(group)
    if any(f.start < end and start < f.end for f in found):
        return found
    return sorted([*found, Found("genre", start, end, "sports")], key=lambda f: (f.start, f.end))
