"""A "like" title described, not named: "something like the <plot words> show", "more like that <topic> series",
"anything similar to the one where <what happens>".

A viewer who half remembers a title asks for titles like it by what it is about. Read as a search, those words find
the remembered title itself first — the one title the viewer did not ask for. When a likeness cue is followed by a
description (a determiner, a few words and a work noun, or "the one where / with / about …") and the message names no
catalog title, the description's content words are looked up once (with the media type said in it). The best match is
taken for the title meant only on evidence: its title or synopsis has at least two of the words (all of them when one
was said) and no runner-up has as many. Then the turn becomes a like-search on it (a ``title`` entity with role
``similar`` over the description, whose own entities — "the 90s", "a cartoon" — describe the title, not the wish) and
the answer says which title it took. Anything less certain leaves the turn as it was.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import Any, Optional, Sequence

from actions.entities import SIMILAR, Entity
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.turn import Turn
from contract import wording
from contract.words import is_filler

log = logging.getLogger(__name__)

# Likeness cues before the description, as token sequences ("like" only where it is no verb: see _VERB_LIKE).
_CUES: tuple[tuple[str, ...], ...] = (
    ("like",), ("similar", "to"), ("comparable", "to"), ("akin", "to"), ("such", "as"), ("reminiscent", "of"),
    ("in", "the", "vein", "of"), ("in", "the", "style", "of"), ("in", "the", "spirit", "of"),
    ("along", "the", "lines", "of"), ("same", "vibe", "as"), ("same", "vibes", "as"),
)
# Cues after the description: "the haunted lighthouse movie vibes".
_AFTER_CUES = frozenset({"vibes", "vibe", "energy"})
# "like" as a verb ("i'd like the cooking one", "id like", "we really like that show"): a wish or a taste, not a
# likeness; and a likeness turned down ("nothing like the …", "anything but like the …", "not like"): the viewer wants
# something else than that title, never titles like it.
_VERB_LIKE = frozenset({"i", "we", "you", "they", "he", "she", "would", "'d", "d", "id", "do", "does", "did", "dont",
                        "don't", "didnt", "didn't", "really", "also", "might", "may", "will", "to", "kinda", "totally",
                        "not", "nothing", "but", "except", "never", "none", "no"})
_DETERMINERS = frozenset({"the", "that", "this"})
# The work nouns a description ends on ("the submarine rescue movie", "the bank robbery one").
_WORK_NOUNS = frozenset({"show", "series", "movie", "film", "flick", "one", "documentary", "doc", "docuseries",
                         "anime", "cartoon", "sitcom", "miniseries", "thing"})
_MEDIA_OF_NOUN = {"show": "series", "series": "series", "sitcom": "series", "miniseries": "series",
                  "docuseries": "series", "movie": "movie", "film": "movie", "flick": "movie"}
# What links a work noun to what happens in it: "the one where …", "that show about …", "the movie set in …".
_LINKS = frozenset({"where", "with", "about", "wherein", "when", "whose", "that", "which", "who", "set"})
# Words that end a described plot: what the viewer asks beside it ("…, but shorter", "… for my kids").
_CLAUSE_ENDS = frozenset({"but", "except", "without", "though", "although", "please", "pls", "plz", "thanks", "only",
                          "just", "preferably", "ideally", "instead"})
_FOR_WHOM = frozenset({"me", "my", "us", "our", "him", "her", "them", "tonight", "kids", "the"})
# Words pointing at a listed title or its place ("the second one", "that other show"): a reference, no description.
_POINTING = frozenset({"first", "second", "third", "fourth", "fifth", "last", "previous", "next", "other", "same",
                       "new", "top", "bottom", "above", "earlier", "latest", "final", "middle", "list"})
MAX_DESCRIPTION_WORDS = 6   # before the work noun ("the vampire hunter cartoon")
MAX_PLOT_WORDS = 14         # after a link ("the one where a nun solves murders in a village")
CANDIDATES = 10             # the runners-up the evidence is weighed against
# Tried on the full catalog: a one-word description of a famous series led its runner-up by 0.08, vague words
# ("the funny one", "the cooking show") by less.
ONE_WORD_MARGIN = 0.05
MIN_WORD = 3                # shorter words ("la", "tv") tell no title apart
MIN_STEM = 4                # a word matches a longer form of it ("korea" / "korean") only from this length
MAX_SUFFIX = 3              # ... and only by this many letters more ("fight" / "fighting", "launder" / "launders")
_TOKEN = re.compile(r"[\w'’-]+|[.,;:!?()]")


@dataclass(frozen=True)
class Description:
    """A title described after a likeness cue: its span in the text, its content words, the media its noun says."""

    start: int
    end: int
    words: tuple[str, ...]
    media_type: Optional[str] = None
    # The likeness cue with it ("along the lines of", "vibes"): no query words either, once the title is taken.
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[Token]:
    return [Token(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def find_description(text: str) -> Optional[Description]:
    """The first title described after a likeness cue (or before "vibes") in ``text``, or None. Linear in the
    message: every cue is tried at most once, and each description reads a bounded number of tokens."""
    tokens = _tokens(text)
    for i in range(len(tokens)):
        after = _cue_end(tokens, i)
        if after is None or after >= len(tokens) or tokens[after].text not in _DETERMINERS:
            continue
        found = _described(tokens, after)
        if found is not None:
            return replace(found, cue_start=tokens[i].start)
    for i, token in enumerate(tokens):
        if token.text in _AFTER_CUES:
            found = _described_before(tokens, i)
            if found is not None:
                return replace(found, cue_end=token.end)
    return None


def _cue_end(tokens: Sequence[Token], i: int) -> Optional[int]:
    """The index after a likeness cue starting at token ``i``, or None."""
    for cue in _CUES:
        words = tuple(t.text for t in tokens[i:i + len(cue)])
        if words != cue:
            continue
        if cue == ("like",) and i > 0 and (tokens[i - 1].text in _VERB_LIKE or tokens[i - 1].text.endswith("'d")):
            return None  # "i'd like the …", "we really like that show": a verb
        return i + len(cue)
    return None


def _described(tokens: Sequence[Token], det: int) -> Optional[Description]:
    """The description opening at the determiner ``det``: words then a work noun, then an optional plot clause."""
    j = det + 1
    while j < len(tokens) and j - det <= MAX_DESCRIPTION_WORDS + 1:
        if tokens[j].text in _WORK_NOUNS:
            break
        if not tokens[j].text[0].isalnum() or tokens[j].text in _CLAUSE_ENDS:
            return None
        j += 1
    else:
        return None
    if j >= len(tokens) or tokens[j].text not in _WORK_NOUNS:
        return None
    noun, end = j, j + 1
    if end < len(tokens) and tokens[end].text in _LINKS:
        end = _plot_end(tokens, end + 1)
    return _description(tokens, det, end, noun)


def _plot_end(tokens: Sequence[Token], j: int) -> int:
    """Where the plot clause starting at ``j`` ends: punctuation, what the viewer asks beside it, or a bound."""
    limit = min(len(tokens), j + MAX_PLOT_WORDS)
    while j < limit:
        word = tokens[j].text
        if not word[0].isalnum() or word in _CLAUSE_ENDS:
            break
        if word == "for" and j + 1 < len(tokens) and tokens[j + 1].text in _FOR_WHOM:
            break
        j += 1
    return j


def _described_before(tokens: Sequence[Token], cue: int) -> Optional[Description]:
    """"<the haunted lighthouse movie> vibes": a determiner, words and a work noun right before an after-cue."""
    noun = cue - 1
    if noun < 1 or tokens[noun].text not in _WORK_NOUNS:
        return None
    for det in range(noun - 1, max(-1, noun - MAX_DESCRIPTION_WORDS - 2), -1):
        if tokens[det].text in _DETERMINERS:
            return _description(tokens, det, noun + 1, noun)
        if not tokens[det].text[0].isalnum():
            return None
    return None


def _description(tokens: Sequence[Token], det: int, end: int, noun: int) -> Optional[Description]:
    said = [t.text for k, t in enumerate(tokens[det + 1:end], det + 1) if k != noun]
    if any(w in _POINTING for w in said):
        return None
    words = tuple(dict.fromkeys(w for w in map(_word, said) if w not in _LINKS and w not in _WORK_NOUNS and _telling(w)))
    if not words:
        return None
    return Description(tokens[det].start, tokens[end - 1].end, words, _MEDIA_OF_NOUN.get(tokens[noun].text))


def _word(token: str) -> str:
    return token.strip("'-").removesuffix("'s")


def _telling(word: str) -> bool:
    """A word that can tell one title from another: no filler, no number; a name the catalog's common words lack
    ("zorblax", "lagos") tells the most."""
    return len(word) >= MIN_WORD and word.replace("-", "").isalpha() and not is_filler(word)


def _word_set(text: str) -> set[str]:
    """The words of ``text`` as said (case folded, "'s" and edge hyphens dropped): no stemmer. A sketch's word meets
    a longer or shorter form of it in ``_said_in`` by prefix ("korea" / "korean", "vets" / "vet"); a noun's number and
    a word's family have their one home in contract/stems.py."""
    return {w.strip("'-").removesuffix("'s") for w in re.findall(r"[\w'-]+", text.casefold())}


# Round 27D: a plot sketch's word and the synopsis's often differ only as everyday words and the catalog's do ("vets" /
# "veterans", "gangsters" / "gang", "in debt" / "cash-strapped", "kids' games" / "children's games"): each word of a
# group counts for any other. Groups hold words of one meaning only, never a looser theme.
_SAME_MEANING: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "vet vets veteran veterans ex-soldier ex-soldiers",
    "gang gangs gangster gangsters mob mobs mobster mobsters",
    "debt debts indebted cash-strapped broke bankrupt",
    "kid kids child children children's kiddie",
    "cop cops police policeman policemen policewoman",
    "soldier soldiers troops",
    "gold treasure",
    "zoo zookeeper zookeepers",
    "big-cat big-cats tigers tiger lions",
    "gangland underworld",
    "killer killers murderer murderers",
    "scientist scientists researcher researchers",
    "teen teens teenager teenagers adolescent adolescents",
    "doctor doctors physician physicians",
    "spy spies agent agents",
))
_SAME_AS: dict[str, frozenset[str]] = {w: g - {w} for g in _SAME_MEANING for w in g}


def _said_in(word: str, stems: set[str]) -> bool:
    """``word`` is in the item's words, or one is a short extension of the other ("korea" / "korean"), or a word of
    the same meaning is (``_SAME_MEANING``)."""
    word = word.removesuffix("'s")
    if word in stems or any(w in stems for w in _SAME_AS.get(word, ())):
        return True
    if len(word) < MIN_STEM:
        return False
    return any(len(s) >= MIN_STEM and abs(len(s) - len(word)) <= MAX_SUFFIX and (s.startswith(word) or word.startswith(s))
               for s in stems)


def matched_words(words: Sequence[str], item: dict[str, Any]) -> int:
    """How many of the description's words the item's title or synopsis says."""
    stems = _word_set(f"{item.get('title') or ''} {item.get('description') or ''}")
    return sum(1 for w in words if _said_in(w, stems))


def identified(words: Sequence[str], items: Sequence[dict[str, Any]]) -> Optional[dict[str, Any]]:
    """The best match when it is the title described beyond doubt: it says at least two of the words (the one word,
    when only one was said, and then it leads the search by a clear margin), and every runner-up says fewer.
    Otherwise None."""
    if not items:
        return None
    best = matched_words(words, items[0])
    if best < min(2, len(words)):
        return None
    if any(matched_words(words, other) >= best for other in items[1:]):
        return None
    if best == 1 and len(items) > 1 and _score(items[0]) - _score(items[1]) < ONE_WORD_MARGIN:
        return None  # one word said: the search itself must single the title out too
    return items[0]


def _score(item: dict[str, Any]) -> float:
    score = item.get("score")
    return float(score) if isinstance(score, (int, float)) else 0.0


async def identify(description: Description) -> Optional[dict[str, Any]]:
    """The catalog item the description means, or None (not certain, or the catalog cannot be reached)."""
    body: dict[str, Any] = {"query": " ".join(description.words), "limit": CANDIDATES}
    if description.media_type:
        body["constraints"] = {"media_type": description.media_type}
    try:
        result = await get_client().recommend(body)
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not look up the title described as %r", " ".join(description.words))
        return None
    items = [i for i in result.get("items") or [] if isinstance(i, dict) and i.get("id") and i.get("title")]
    return identified(description.words, items)


@dataclass(frozen=True)
class DescribedAnchor:
    """The turn as if the described title had been named, and the sentence saying which title was taken."""

    turn: Turn
    title: Optional[str] = None  # the catalog title taken, when one was
    note: Optional[str] = None


async def anchor_described(turn: Turn) -> DescribedAnchor:
    """``turn`` with a title described after a likeness cue read as that title named (role ``similar``), when the
    catalog identifies it beyond doubt; else ``turn`` unchanged. One recommender call, only for a description."""
    text = turn.text or ""
    if not text or text.startswith("/"):
        return DescribedAnchor(turn)
    description = find_description(text)
    if description is None or _points_at_the_list(turn, description):
        return DescribedAnchor(turn)
    inside = [e for e in turn.entities if e.start is not None and description.start <= e.start < description.end]
    titles = [e for e in turn.entities if e.name == "title" and not e.excluded]
    if any(e not in inside or _named_in_full(text, e) for e in titles):
        return DescribedAnchor(turn)  # a title named: the like-search is on it already
    item = await identify(description)
    if item is None:
        return DescribedAnchor(turn)
    title = str(item["title"])
    entities = [e for e in turn.entities if e not in inside]
    start = description.cue_start if description.cue_start is not None else description.start
    end = description.cue_end if description.cue_end is not None else description.end
    entities.append(Entity("title", title, SIMILAR, start, end))
    entities.sort(key=lambda e: e.start if e.start is not None else len(text))
    return DescribedAnchor(replace(turn, entities=entities), title, wording.described_title_taken(title))


def _named_in_full(text: str, title: Entity) -> bool:
    """A title entity whose words say the whole name ("the queen's gambit"), not a name's first words read inside a
    description ("the vampire hunter series" begins "The Vampire Diaries"): a description read that way gives way."""
    assert title.start is not None and title.end is not None
    said = _word_set(text[title.start:title.end])
    return _word_set(title.value) <= said | {"the", "a", "an"}


def _points_at_the_list(turn: Turn, description: Description) -> bool:
    """A position said inside the description ("the 2nd one") points at a listed title: no description."""
    return any(e.name == "position" and e.start is not None and description.start <= e.start < description.end
               for e in turn.entities)


# --- "what was that show where …": a title asked for by what happens in it, no likeness cue ---------------------------

# Openings right before the description's determiner that ask which title it is ("what was that show where …",
# "there's this movie about …", "remember the series with …").
_ASKING_OPENINGS: tuple[tuple[str, ...], ...] = (
    ("what", "was"), ("what's",), ("whats",), ("what", "is"), ("what", "s"), ("there's",), ("theres",),
    ("there", "is"), ("there", "was"), ("remember",), ("recall",), ("name", "of"), ("title", "of"),
)
# Words elsewhere in the message asking for the name or the availability of the title described ("what's it
# called", "i forgot the name", "is it on here"): with them a description may open the message with "the".
_NAMING_WORDS = frozenset({"called", "name", "named", "title", "titled", "remember", "forgot", "forget"})
_ON_HERE = ("on", "here")
# Determiners of a remembered title: "a good show about ghosts" is a request, "that show about ghosts" one title.
_RECALLING = frozenset({"that", "this"})
MIN_PLOT_WORDS = 2          # "the show about ghosts" describes a kind of title, not one


def find_identification(text: str) -> Optional[Description]:
    """The title described in a question asking which one it is ("what was that show where …", "there's this movie
    about …, is it on here", "the series with …, what's it called"), or None. Only a determiner, a work noun and a
    plot clause (a link and at least two telling words) describe it: a request ("what's a good show about ghosts"),
    a kind ("is there anything from the 80s about ghosts") or a reference ("what was the last thing") is none.
    Linear in the message: the description is read once from each determiner, a bounded number of tokens."""
    tokens = _tokens(text)
    words = [t.text for t in tokens]
    asks_the_name = bool(_NAMING_WORDS & set(words)) or any(
        tuple(words[i:i + 2]) == _ON_HERE for i in range(len(words) - 1))
    if any(_cue_end(tokens, i) is not None for i in range(len(tokens))):
        return None  # "there's this show about …, anything like it": titles like it (``anchor_described``'s)
    for det, token in enumerate(tokens):
        if token.text not in _DETERMINERS or (det + 1 < len(tokens) and tokens[det + 1].text in _NAMING_WORDS):
            continue  # "i forgot the name of the film where …": the film is described after it
        found = _described(tokens, det)
        if found is None or not _with_a_plot(tokens, det, found):
            continue
        if _opened_by_asking(words, det) or asks_the_name and det == 0 \
                or det == 0 and token.text in _RECALLING and _is_the_whole_message(tokens, found):
            return found
    return None


def _is_the_whole_message(tokens: Sequence[Token], found: Description) -> bool:
    """"that anime where <what happens>" said alone; "that show with <a star> was great, more …" is a remark."""
    return all(not t.text[0].isalnum() for t in tokens if t.start >= found.end)


def _opened_by_asking(words: Sequence[str], det: int) -> bool:
    return any(tuple(words[det - len(o):det]) == o for o in _ASKING_OPENINGS if det >= len(o))


def _with_a_plot(tokens: Sequence[Token], det: int, found: Description) -> bool:
    """The description goes on past its work noun with a link and at least two telling words."""
    noun = next((k for k in range(det + 1, len(tokens)) if tokens[k].text in _WORK_NOUNS), None)
    if noun is None or noun + 1 >= len(tokens) or tokens[noun + 1].text not in _LINKS:
        return False
    return len(found.words) >= MIN_PLOT_WORDS


@dataclass(frozen=True)
class AskedTitle:
    """The catalog item a description in a "which title was it" question means, and the sentence saying so."""

    item: dict[str, Any]
    note: str


async def title_asked_for(turn: Turn) -> Optional[AskedTitle]:
    """The one title a viewer asks for by what happens in it ("what was that show where …"), when the catalog
    identifies it beyond doubt; else None, and the turn is answered as before. A likeness cue is the like-search
    (``anchor_described``) and a title named in full is the title itself, so neither is asked here. One recommender
    call, only for such a question."""
    text = turn.text or ""
    if not text or text.startswith("/") or find_description(text) is not None:
        return None
    description = find_identification(text)
    if description is None or _points_at_the_list(turn, description):
        return None
    titles = [e for e in turn.entities if e.name == "title" and not e.excluded]
    if any(_named_in_full(text, e) for e in titles if e.start is not None and e.end is not None):
        return None
    item = await identify(description)
    if item is None:
        return None
    return AskedTitle(item, wording.described_title_found(str(item["title"])))
