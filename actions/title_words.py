"""Titles turned down by a word of their name: "skip the rocky ones", "none of the lego movies", "no more singham".

After a list, a viewer often turns down a whole franchise at once by the word its titles share. The word is no
genre, mood or other constraint (an entity on it keeps its own reading: "skip the animated ones" is a genre), and a
title of the list just shown carries it in its name, so the viewer is pointing at those titles. Every catalog title
whose name holds the word is then left out, in this answer and for the rest of the conversation (the
``rejected_ids`` slot), and fresh picks of the same search follow (``planning._plan_without_named_titles``); a message
asking for titles of its own beside them ("werewolf flicks now, none of the twilight ones") is planned as that
request, the titles left out all the same (round 29B: ``planning._request_beside_named``, the words located by
``NamedTitles.spans``).

The same holds for a list of names or parts of names after the cue ("no zombieland or superbad", "not the to all the
boys ones", "already saw irresponsible and zero f**ks given", "not sabrina"): each part is resolved over the catalog's
titles as a run of whole words in their names (accents and punctuation aside), and every title holding the run is
left out. A part that a title just shown holds needs nothing more; one that no shown title holds must have a word
only names have (no catalog vocabulary: "zombieland", "pokemon"), be a catalog title's opening or closing words or be
said with a noun for the titles ("the pokemon ones"), and name few titles (``MAX_UNSHOWN_TITLES``) — "not sure",
"no thanks", "no dogs or cats", "no way" turn down nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from actions.references import catalog_gazetteer, title_ids_with_words
from actions.turn import Turn
from contract.gazetteer import Gazetteer
from contract.words import in_catalog_vocabulary, is_filler, title_words

_F = re.IGNORECASE
_WORD = r"[^\W\d_][\w'’-]*"
# The verbs and phrases that turn titles down, one list for both readings below (a group "skip the rocky ones", and
# names listed "no zombieland or superbad"). A bare "no" before a determiner answers the question and what follows is
# wanted ("no, the lego ones"), so it turns down only words said straight after it.
_DOWN_WORDS = (r"skip|drop|lose|ditch|leave\s+out|cut|remove|exclude|forget|no\s+more|none\s+of|not"
               r"|no(?![\s,]+(?:the|those|these|that|them)\b)|nothing\s+from|without|minus|except(?:\s+for)?"
               r"|enough\s+of|sick\s+of|done\s+with|tired\s+of|spare\s+me|get\s+rid\s+of|don'?t\s+want|hide"
               # "<person> movies that aren't <franchise>", "other than <franchise>", "the non <franchise> ones"
               r"|(?:are|is)\s+not|(?:are|is)n['’]?t|other\s+than|apart\s+from|outside\s+(?:of\s+)?|non(?=[\s-])")
# A turning-down verb, then the words naming the titles, then a noun for them ("the rocky ones", "the lego movies").
# A bare "no" before a determiner answers the question and what follows is wanted ("no, the lego ones"), so it
# turns down only a word said straight after it ("no rocky films").
_TURNED_DOWN_RE = re.compile(
    rf"\b(?:{_DOWN_WORDS})\s+(?:(?:all|any)\s+(?:of\s+)?)?(?:(?:the|those|these|that|them)\s+)?"
    rf"(?P<words>{_WORD}(?:\s+{_WORD})?)\s+(?P<noun>ones?|movies?|films?|shows?|series|titles?|sequels?|stuff|things"
    r"|franchise|flicks?|entries|install?ments|parts?|cartoons?)\b"
    # ... or a bare word ending the clause: "no more singham", "skip rocky please"
    rf"|\b(?:skip|drop|ditch|no\s+more|enough\s+of|none\s+of|sick\s+of|tired\s+of)\s+(?:the\s+)?(?P<bare>{_WORD})"
    r"(?=\s*(?:$|[,.;!?]|\s(?:please|pls|thanks|thx|though|tho|anymore|now)\b))", _F)
# Words that point or describe, never a title's name ("skip the other ones", "none of the long ones").
_NOT_A_NAME = frozenset("""the a an other others same new old newer older long short longer shorter first second third
last next previous these those this that them ones one more any all some like similar good bad boring scary funny sad
dark kids kid children family adult adults animated cartoon anime english foreign dubbed subtitled sequel sequels
series show shows movie movies film films recent classic early later big small""".split())


@dataclass(frozen=True)
class NamedTitles:
    """Titles turned down by words of their names: the words as a title shown spells them ("LEGO") and every catalog
    id whose name holds them; ``phrases``: each name or part of one said, when the viewer listed several."""

    words: tuple[str, ...]
    item_ids: tuple[str, ...]
    phrases: tuple[str, ...] = ()
    # where the message says it: the turning-down cue and each name resolved (round 29B: what is left may be a request
    # of its own, ``planning._request_beside_named``)
    spans: tuple[tuple[int, int], ...] = ()


def _fold(word: str) -> str:
    """Lowercase without accents, as the names are compared."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _name_words(title: str) -> set[str]:
    return {_fold(w) for w in re.findall(r"\w+", title)}


def titles_turned_down_by_name(turn: Turn) -> Optional[NamedTitles]:
    """The titles "skip the <word> ones" turns down after a list, or None: the words are on no entity other than a
    title, are no pointing or describing words, and some title just shown holds them all in its name; else the names
    or parts of names listed after a turning-down cue (``_listed_parts``)."""
    text = turn.text or ""
    if not turn.last_items or not text or text.startswith("/"):
        return None
    return _one_word_group(turn, text) or _listed_parts(turn, text)


def named_in_request(turn: Turn) -> Optional[NamedTitles]:
    """Titles a request turns down by their name before any list ("anime movies but not naruto", "kids films, no
    barbie ones"): the names listed after a turning-down cue (``_listed_parts``) with no list shown, so only a name
    of its own counts (a word only names have, a franchise's name, or words said as a group: "the <words> ones"),
    opening or closing the titles it names. None after a list (``titles_turned_down_by_name`` reads it there)."""
    text = turn.text or ""
    if turn.last_items or not text or text.startswith("/"):
        return None
    return _listed_parts(turn, text)


def _people_words(turn: Turn) -> frozenset[str]:
    """The words of the names of the search's people: "drop adam" after a search with Adam Sandler turns him down
    (``edits.find_people_narrowing``), never the titles with "Adam" in their names."""
    state = turn.constraints
    return frozenset(_fold(w) for name in (*state.actors, *state.directors, *state.any_people)
                     for w in re.findall(r"\w+", name))


def _one_word_group(turn: Turn, text: str) -> Optional[NamedTitles]:
    """"Skip the rocky ones", "no more singham": one or two words that a title just shown holds."""
    taken = [(e.start, e.end) for e in turn.entities
             if e.name != "title" and e.start is not None and e.end is not None]
    for m in _TURNED_DOWN_RE.finditer(text):
        group = "words" if m["words"] else "bare"
        start, end = m.span(group)
        if any(a < end and start < b for a, b in taken):
            continue  # "skip the animated ones", "no more horror": a constraint of its own
        # "no sequels of stuff we saw": a function word ("of") is no name, whatever title holds it
        words = tuple(_fold(w) for w in re.findall(r"[\w'’-]+", m[group])
                      if _fold(w) not in _NOT_A_NAME and not is_filler(w))
        words = tuple(w[:-2] if w.endswith(("'s", "’s")) else w for w in words)
        if set(words) <= _people_words(turn):
            continue  # a person of the search, by part of their name
        if not words or not any(all(w in _name_words(str(i.get("title") or "")) for w in words)
                                for i in turn.last_items):
            continue
        shown = [str(i.get("title") or "") for i in turn.last_items]
        holding = next(t for t in shown if all(w in _name_words(t) for w in words))
        spelt = tuple(next(x for x in re.findall(r"\w+", holding) if _fold(x) == w) for w in words)  # "LEGO"
        ids = title_ids_with_words(list(words)) or [
            str(i["id"]) for i in turn.last_items if all(w in _name_words(str(i.get("title") or "")) for w in words)]
        return NamedTitles(spelt, tuple(dict.fromkeys(ids)), spans=(m.span(),))
    return None


# -- names and parts of names, listed ---------------------------------------------------------------------------------

# A cue turning titles down (or saying they were seen), before the names: "no zombieland or superbad", "already saw".
# The seen verb may come before "already" and a comma, the names after them ("this one i saw already, <part of its
# name>. other"): the cue takes them in, so the names that follow are read.
_DOWN_CUE_RE = re.compile(rf"\b(?:{_DOWN_WORDS}|(?P<seen>(?:already\s+)?(?:seen|saw|watched)"
                          r"(?:(?:\s+(?:it|that|this|that\s+one|this\s+one|them|those|both))?\s+already\s*[,:;-])?))"
                          r"(?:\b|(?<=[,:;-]))", _F)
# Where the names end: a sentence mark, or a comma before a new clause ("no pokemon, he's seen them all").
_CLAUSE_END_RE = re.compile(
    r"[.;:!?()]|\s-\s|,\s*(?=(?:he|she|they|we|i|it|you|but|because|cause|cuz|since|so|please|pls|thanks|thx"
    r"|something|anything|more|show|give|find|just)\b)"
    r"|\b(?:but|because|cause|cuz|since|please|pls|thanks|thx|though|tho|anymore|either|instead|already|too)\b", _F)
_JOINER_RE = re.compile(r"\s*(?:,|&|/|\+|\b(?:or|and|nor|plus)\b)\s*", _F)
_LEAD_RE = re.compile(r"^(?:(?:all|any|none|both)\s+(?:of\s+)?)?(?:(?:those|these|that|them)\s+)?", _F)
_ARTICLES = ("the", "a", "an")
_NOUN_AFTER_RE = re.compile(
    r"\s+(?:ones?|movies?|films?|shows?|series|titles?|sequels?|stuff|things|franchise|flicks?|entries|install?ments"
    r"|parts?|cartoons?|specials?)$", _F)
_NOUN_NEXT_RE = re.compile(_NOUN_AFTER_RE.pattern.removesuffix("$") + r"\b", _F)  # the same nouns, said next
_NAME_WORD_RE = re.compile(r"\w+")
_TITLE_PARTS_RE = re.compile(r"\s*[:(]\s*|\s+[-–]\s+|\)")
MAX_NAME_WORDS = 6         # words of one name said ("to all the boys i loved before"); longer is a sentence
MAX_CLAUSE_CHARS = 160     # how far after the cue names are looked for
MAX_UNSHOWN_TITLES = 40    # a part naming more titles than this, none of them shown, is no franchise ("love")
MIN_DISTINCT_CHARS = 3     # a run needs a word this long that is neither filler nor pointing
MAX_CUES = 6               # turning-down cues read per message: a rant of fifty "no"s names no more titles


@dataclass(frozen=True)
class _CatalogRuns:
    """Every catalog title's folded words, and for each word the titles holding it: a run is looked up through its
    rarest word instead of a scan of the whole catalog (built once per gazetteer: ``_catalog_runs``)."""

    runs: tuple[tuple[str, tuple[str, ...]], ...]
    by_word: dict[str, tuple[int, ...]]

    def holding(self, run: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
        postings = [self.by_word.get(w, ()) for w in run]
        if not postings:
            return []
        rarest = min(postings, key=len)
        return [self.runs[k] for k in rarest if _holds(self.runs[k][1], run)]


@lru_cache(maxsize=1)
def _catalog_runs(gazetteer: Gazetteer) -> _CatalogRuns:
    """The runs of the gazetteer read last (a gazetteer hashes by identity: a new file is a new object)."""
    runs = tuple((e.id, _run_of(e.title)) for e in gazetteer.titles)
    by_word: dict[str, list[int]] = {}
    for k, (_, run) in enumerate(runs):
        for w in set(run):
            by_word.setdefault(w, []).append(k)
    return _CatalogRuns(runs, {w: tuple(ks) for w, ks in by_word.items()})


@dataclass(frozen=True)
class _Part:
    said: str                # as typed, article and noun stripped
    run: tuple[str, ...]     # its folded words
    with_noun: bool          # "the twilight ones": said as a group of titles


def _listed_parts(turn: Turn, text: str) -> Optional[NamedTitles]:
    """Names or parts of names listed after a turning-down cue (module docstring), each resolved over the catalog."""
    gazetteer = catalog_gazetteer()
    if gazetteer is None:
        return None
    catalog = _catalog_runs(gazetteer)
    shown = [str(i.get("title") or "") for i in turn.last_items]
    # any entity keeps its words: a constraint ("no horror or gore"), or a title the other rules handle
    taken = [(e.start, e.end) for e in turn.entities if e.start is not None and e.end is not None]
    people = _people_words(turn)
    person = bool(people) or any(e.name in _PERSON_ENTITIES and not e.excluded for e in turn.entities)
    for n, cue in enumerate(_DOWN_CUE_RE.finditer(text)):
        if n >= MAX_CUES:
            break
        ids: list[str] = []
        phrases: list[str] = []
        spans: list[tuple[int, int]] = [cue.span()]
        for part, (start, end) in _parts_after(text, cue.end()):
            if any(a < end and start < b for a, b in taken) or set(part.run) <= people:
                continue  # "no horror or gore": constraints of their own; "drop adam": a person of the search
            found = _titles_holding(part, catalog, shown, seen=cue["seen"] is not None, person=person)
            if found:
                ids += found
                phrases.append(_without_article(part.said))
                spans.append(_with_noun_after(text, start, end))
        if ids:
            words = tuple(w for p in phrases for w in p.split())
            return NamedTitles(words, tuple(dict.fromkeys(ids)), tuple(phrases), tuple(spans))
    return None


def _with_noun_after(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a name said, with the noun for its titles after it ("twilight movies"): the words of the message
    that turn those titles down."""
    noun = _NOUN_NEXT_RE.match(text, end)
    return start, noun.end() if noun else end


def _parts_after(text: str, start: int) -> list[tuple[_Part, tuple[int, int]]]:
    """The names listed from ``start`` to the clause's end, each with its character span in ``text``."""
    window = text[start:start + MAX_CLAUSE_CHARS]
    stop = _CLAUSE_END_RE.search(window)
    clause = window[:stop.start()] if stop else window
    bounds = [0] + [x for m in _JOINER_RE.finditer(clause) for x in (m.start(), m.end())] + [len(clause)]
    out = []
    for lo, hi in zip(bounds[::2], bounds[1::2]):
        raw = clause[lo:hi]
        lead = _LEAD_RE.match(raw.lstrip())
        begin = lo + (len(raw) - len(raw.lstrip())) + (lead.end() if lead else 0)
        said = clause[begin:hi].rstrip()
        noun = _NOUN_AFTER_RE.search(said)
        if noun:
            said = said[:noun.start()].rstrip()
        run = _run_of(said)
        if run and len(run) <= MAX_NAME_WORDS:
            out.append((_Part(said, run, noun is not None), (start + begin, start + begin + len(said))))
    return out


# Entities naming a person: a search for a person's titles bounds what a turned-down name can take away.
_PERSON_ENTITIES = frozenset({"actor", "director", "person"})


def _titles_holding(part: _Part, catalog: _CatalogRuns, shown: list[str], *, seen: bool,
                    person: bool = False) -> list[str]:
    """Catalog ids of the titles holding the part's words as a run, when the part names titles (module docstring).
    In a search for a person's titles ("<actor> movies that aren't twilight") an everyday word names the titles it
    opens: leaving out others' titles too costs that search nothing."""
    if not any(len(w) >= MIN_DISTINCT_CHARS and w not in _NOT_A_NAME and not is_filler(w) for w in part.run):
        return []
    distinctive = any(_distinctive(w) for w in part.run)
    if person and not distinctive and not seen:
        found = next((f for run in ([part.run[1:]] if part.run[0] in _ARTICLES and len(part.run) > 1 else []) + [part.run]
                      if (f := [i for i, title in catalog.holding(run) if _opens(title, run)])), [])
        if found and len(found) <= MAX_UNSHOWN_TITLES:
            return found
    bare = [part.run[1:]] if part.run[0] in _ARTICLES and len(part.run) > 1 else []
    # "the grinch" is a title's own words; "the twilight ones" a group, whatever article its titles take
    variants = bare + [part.run] if part.with_noun else [part.run] + bare
    for run in variants:
        # everyday words name a shown title only as its opening words or one of its whole parts ("irresponsible" of
        # "<comic>: Irresponsible"), never as a word inside it ("no dogs" after "Arctic Dogs")
        if any(_holds(_run_of(title), run) if distinctive or part.with_noun else _a_whole_part(title, run)
               for title in shown):
            return [i for i, _ in catalog.holding(run)]
    if seen:
        return []  # "already saw <words>": only titles just shown are pointed at
    if not distinctive:
        # round 28C: "vampire romance but not twilight": everyday words that are a franchise's whole name (a title of
        # its own, and the name before a subtitle, number or saga word of another) name that franchise; "no dogs or
        # cats" names none; round 29B: said with its article ("none of the twilight films"), the name after it
        return next((found for run in variants if (found := franchise_named(run))), [])
    for run in variants:
        found = catalog.holding(run)
        named = part.with_noun or any(_opens(title, run) or _closes(title, run) for _, title in found)
        if found and named and len(found) <= MAX_UNSHOWN_TITLES:
            return [i for i, _ in found]
    return []


# Round 28C: what may follow a franchise's name in its entries' names: a subtitle ("<name>: <subtitle>", "<name> -
# <subtitle>", "<name> (<version>)"), a sequel's number, or a saga word ("The <name> Saga: <subtitle>"); round 29B: or
# the possessive of a proper name ("<name>'s <subtitle>": a troupe's or a brand's titles; ``_proper_name``).
_ENTRY_AFTER_NAME_RE = re.compile(r"(?:$|\s*[:(]|\s+[-–]\s|\s+(?:\d{1,2}|i{1,3}|iv|vi{0,3})\b"
                                  r"|\s+(?:saga|chronicles|trilogy|collection)\b\s*(?:$|[:(]))", _F)
_POSSESSIVE_RE = re.compile(r"['’]s?(?=\s|$)")
_PARENTHETICAL_RE = re.compile(r"\(([^()]*)\)")
MAX_FRANCHISE_ENTRIES = 12  # more entries than this under an everyday name are no one story ("love", "nature")


def franchise_named(run: tuple[str, ...]) -> list[str]:
    """Catalog ids of the franchise whose whole name is ``run`` (folded words, an article before it aside): some
    title is that name alone, another is that name and then a subtitle, a number, a saga word or its possessive
    ("twilight": "Twilight", "The Twilight Saga: New Moon" …; never "The Twilight Zone"); a name of two words or more
    needs no title of its own, two entries do. Round 29B: a title carrying the name as a whole parenthetical ("<title>
    (<name>)") is an entry too, and so, for a name of two words or more, is one closing on "of <name>" ("The Story of
    <name>"). Empty when the name names more than ``MAX_FRANCHISE_ENTRIES`` titles, or when the gazetteer is
    missing."""
    gazetteer = catalog_gazetteer()
    if gazetteer is None or not run or not all(len(w) >= MIN_DISTINCT_CHARS and w not in _NOT_A_NAME
                                                and not is_filler(w) for w in run):
        return []
    catalog = _catalog_runs(gazetteer)
    proper = _proper_name(run)
    alone = entries = 0
    ids: list[str] = []
    for item_id, title in catalog.holding(run):
        body = title[1:] if title and title[0] in _ARTICLES else title
        name = gazetteer.title_of(item_id) or ""
        if body == run:
            alone += 1
        elif not (_opens_an_entry(name, title, body, run, possessive=proper)
                  or proper and (_in_parenthetical(name, run) or len(run) >= 2 and _closes_on_of(title, run))):
            continue
        ids.append(item_id)
        entries += body != run
    if not entries or not (alone or (len(run) >= 2 and entries >= 2)) or len(ids) > MAX_FRANCHISE_ENTRIES:
        return []
    return ids


def _proper_name(run: tuple[str, ...]) -> bool:
    """Round 29B: a name of two words or more, or a word only names have: its possessive, a parenthetical or an "of
    <name>" names the franchise. An everyday word's does not ("The King's Speech" is no entry of "The King")."""
    return len(run) >= 2 or any(_distinctive(w) for w in run)


def _opens_an_entry(name: str, title: tuple[str, ...], body: tuple[str, ...], run: tuple[str, ...], *,
                    possessive: bool) -> bool:
    """The title as typed (``name``) opens with ``run`` and goes on as an entry of it (``_ENTRY_AFTER_NAME_RE``, and
    the name's possessive when ``possessive``)."""
    if body[:len(run)] != run:
        return False
    words = _NAME_WORD_RE.findall(name)
    skip = 1 if words and _fold(words[0]) in _ARTICLES and body is not title else 0
    # the name's end in the title as typed: after its article and the run's words
    cut = re.match(r"\W*" + r"\W+".join(re.escape(w) for w in words[:skip + len(run)]), name)
    return cut is not None and (_ENTRY_AFTER_NAME_RE.match(name, cut.end()) is not None
                                or possessive and _POSSESSIVE_RE.match(name, cut.end()) is not None)


def _in_parenthetical(name: str, run: tuple[str, ...]) -> bool:
    """Round 29B: the title carries the name as a whole parenthetical, an article aside ("<title> (<name>)")."""
    for inner in _PARENTHETICAL_RE.findall(name):
        words = _run_of(inner)
        if words == run or (words[:1] and words[0] in _ARTICLES and words[1:] == run):
            return True
    return False


def _closes_on_of(title: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """Round 29B: the title closes on "of (the) <name>" ("Twenty Years of <name>"): a title about the franchise."""
    n = len(run)
    return title[len(title) - n:] == run and (title[len(title) - n - 1:len(title) - n] == ("of",)
                                              or title[len(title) - n - 2:len(title) - n] == ("of", "the"))


def run_of(name: str) -> tuple[str, ...]:
    """The folded words of a name, as the franchise rules compare them (``_run_of``)."""
    return _run_of(name)


def _distinctive(word: str) -> bool:
    """A word only a name has: no filler, nothing the catalog's descriptions use ("zombieland", "pokemon"; not "dogs",
    "way", "twilight"), or a franchise's name that its own synopses repeat though the vocabulary has it ("naruto",
    "barbie": ``contract.words.title_words``)."""
    return len(word) >= MIN_DISTINCT_CHARS and not is_filler(word) and (
        not in_catalog_vocabulary(word) or word in title_words())


def _run_of(name: str) -> tuple[str, ...]:
    """The folded words of a name ("Pokémon: Indigo League" → pokemon indigo league; "F**ks" → f ks)."""
    return tuple(_fold(w) for w in _NAME_WORD_RE.findall(name))


def _holds(title: tuple[str, ...], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(title[k:k + n] == run for k in range(len(title) - n + 1))


def _opens(title: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """The run is the title's opening words, after an article ("twilight" of "The Twilight Saga")."""
    body = title[1:] if title and title[0] in ("the", "a", "an") else title
    return body[:len(run)] == run or title[:len(run)] == run


def _a_whole_part(title: str, run: tuple[str, ...]) -> bool:
    """The run is the whole title, one whole part of it between colons or dashes, or its opening words (a franchise's
    name: "motu patlu" of "Motu Patlu in Hong Kong")."""
    return _opens(_run_of(title), run) or any(_run_of(part) == run for part in _TITLE_PARTS_RE.split(title))


def _closes(title: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """The run is the title's closing words ("sabrina" of "Chilling Adventures of Sabrina", "the grinch")."""
    return len(title) >= len(run) and title[len(title) - len(run):] == run


def _without_article(said: str) -> str:
    first, _, rest = said.partition(" ")
    return rest if first.casefold() in _ARTICLES and rest else said
