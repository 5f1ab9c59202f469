"""A subject ruled out (round 28A): "no superhero stuff", "not baking", "none of that zombie junk", "nothing about
serial killers", "no war movies".

Inside a negation's scope (negation.py ``_scope``) a word no entity reads may be what the viewer does not want titles
to be about. It becomes the entity ``topic`` with role ``exclude`` and the topic's base word as value
(``contract.topics.topic_base``: "superheroes" → superhero, "baked" → baking); the actions keep it in
``exclude_topics`` and the recommender leaves out every title whose name, synopsis or tags name it.

Only real subject words count, nouns of what a title is about:

* a word of the subject lexicon (``subject_lexicon``: the related-words table of contract/topics.py, the topic words
  that name a kind, the interests viewers name, the holidays) or of its family, said bare after the cue ("not baking",
  "no zombies please");
* any other word of the catalog's vocabulary only with evidence that it is the subject: a link before it ("nothing
  about ...", "nothing with ...", "not involving ...") or a noun of kind after it ("... stuff", "... junk", a format:
  "no war movies"), and only when it looks like a noun (no adverb, adjective or participle ending, no mood or tone
  word, no name, no filler).

Words an entity reads (genres, countries, formats, moods, people) are never topics: the scope sees them as entities.
"""

from __future__ import annotations

from functools import lru_cache

from contract.stems import word_stem
from contract.topics import RELATED, topic_base
from contract.vocabulary import HOLIDAY_WORDS, MOODS, TOPIC_GENRES
from contract.words import TONE_WORDS, is_content_word, is_filler, name_words

from .spans import EXCLUDE, Found
from .utterance import Utterance

ENTITY = "topic"
# Nouns of kind after a subject ("zombie junk", "superhero stuff"); formats are entities and count as heads too.
KIND_NOUNS = frozenset({"stuff", "junk", "crap", "rubbish", "nonsense", "garbage", "trash", "things", "thing", "stories",
                        "story", "content", "vibes", "themes", "theme", "plots", "plot", "storylines", "storyline", "ones",
                        "type", "types", "kind", "sort", "related", "based", "-related", "-based", "-themed", "themed"})
# Words that say the subject follows ("nothing about cooking", "not with vampires").
LINKS = frozenset({"about", "with", "involving", "featuring", "around", "centered", "centred", "focused", "on"})
# What may follow a subject word and close it: punctuation aside, list joiners and chat.
_CLOSERS = frozenset({"or", "nor", "and", "&", "/", "please", "pls", "plz", "either", "anymore", "again", "though", "tho",
                      "then", "but", "thanks", "thx", "tonight", "today", "this", "for", "at", "in", "whatsoever", "lol",
                      "haha", "ok", "okay", "thank", "right", "now", "if", "so", "because", "cause", "cos", "as", "we",
                      "i", "they", "he", "she", "my", "our", "anything", "something", "just", "only", "instead"}) | LINKS
# Words that are never a subject, whatever the vocabulary holds.
_NEVER = frozenset("""sure idea clue preference fine ok okay bothered picky fussy really either whatever matter problem
problems worries worry thanks thank way rush time times tonight today now long short new old much more less else other
others one ones thing things stuff kind sort type lot lots way ways fan fans good great bad best worse better mood rating
ratings night evening weekend morning day week month year years minute minutes hour hours episode episodes season
seasons chance pressure hurry biggie sweat stress clue offense offence doubt kidding joke problem issue point reason
difference preference opinion need way else part bit question questions answer answers reply sense choice choices pick
picks option options suggestion suggestions recommendation recommendations list lists title titles name names thanks
people person guy guys girl girls man men woman women kid kids child children family friend friends parent parents
mom mum dad wife husband partner boyfriend girlfriend son daughter brother sister baby babies toddler toddlers teen
teens adult adults someone anyone everyone nobody somebody anybody everybody""".split())
_NOT_NOUN_ENDINGS = ("ly", "ous", "ful", "ive", "able", "ible", "ish", "less", "est", "ed", "ic", "ical", "ier")
# Cues that say degree or place, not a dislike: no subject follows them ("too much", "less talk", "outside").
QUIET_CUES = frozenset({"too", "less", "instead", "outside", "besides", "beyond", "anti"})
MAX_WORDS = 2


@lru_cache(maxsize=1)
def subject_lexicon() -> frozenset[str]:
    """Stems of the words that are subjects wherever they stand (see the module docstring)."""
    from .topics import INTEREST_SUBJECTS
    words = set(RELATED) | {w for related in RELATED.values() for w in related if " " not in w}
    words |= set(TOPIC_GENRES) | set(INTEREST_SUBJECTS) | set(HOLIDAY_WORDS)
    return frozenset(word_stem(w) for w in words)


def subject_word(word: str, *, lexicon_only: bool) -> bool:
    """``word`` may name what a title is about (a lexicon word, or with ``lexicon_only`` False a noun-like word of the
    catalog's vocabulary)."""
    w = word.lower()
    if len(w) < 3 or not w.replace("-", "").isalpha() or w in _NEVER or w in KIND_NOUNS or is_filler(w):
        return False
    if word_stem(w) in subject_lexicon():
        return True
    if lexicon_only or w in TONE_WORDS or w in MOODS or w in name_words() or w.endswith(_NOT_NOUN_ENDINGS):
        return False
    return is_content_word(w)


def subject_at(utt: Utterance, i: int, covered: set[int], heads_at, filler: frozenset[str],
               linked: bool, need_noun: bool = False) -> tuple[int, int, list[int]] | None:
    """The subject starting at token ``i`` inside a scope: (its word count, the tokens it takes with a noun of kind
    after it, the format readings that are its head noun), or None. ``heads_at(t)`` gives the format readings starting
    at token ``t`` and the token after them; ``linked``: a link word ("about", "with") stood before ``i``; ``need_noun``:
    only a subject with a noun of kind or a format after it ("... and zombie stuff" after a genre ruled out)."""
    doc = utt.doc
    for n in range(MAX_WORDS, 0, -1):
        end = i + n
        if end > len(doc) or any(t in covered or t >= len(doc) for t in range(i, end)):
            continue
        words = [utt.lower[t] for t in range(i, end)]
        if any(w in filler and w not in KIND_NOUNS for w in words):
            continue
        nxt, heads, noun = end, [], False
        while nxt < len(doc) and utt.lower[nxt] in KIND_NOUNS and nxt not in covered:
            nxt, noun = nxt + 1, True
        if nxt < len(doc):
            found, after = heads_at(nxt)
            if found:
                heads, noun, nxt = found, True, after
        if need_noun and not noun:
            continue
        evidence = linked or noun
        if not all(subject_word(w, lexicon_only=not evidence) for w in words):
            continue
        if n > 1 and not evidence:
            continue
        if nxt < len(doc) and not (not doc[nxt].is_alpha or utt.lower[nxt] in _CLOSERS or doc[nxt].is_punct):
            continue
        return n, nxt - i, heads
    return None


def topic_entities(utt: Utterance, spans: list[tuple[int, int]]) -> list[Found]:
    """One excluded ``topic`` per subject span (token ranges), valued with its base word."""
    out = []
    for a, b in dict.fromkeys(spans):
        start = utt.doc[a].idx
        end = utt.doc[b - 1].idx + len(utt.doc[b - 1].text)
        out.append(Found(ENTITY, start, end, topic_base(utt.text[start:end]), EXCLUDE))
    return out
