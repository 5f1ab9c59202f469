"""Negation: "no horror", "nothing scary", "not animated", "but no stand-up", "without romance",
"not a series" → the same entity with ``role: "exclude"`` (contracts §5).

A cue word opens a scope that covers the entities right after it, through filler ("not a fan of
horror", "don't want anything too scary") and lists joined by "or"/"nor" ("no horror or thrillers");
"and" continues the list only with an entity of the same kind ("no horror and no gore" is two cues
anyway, but "no horror and under 90 minutes" must keep the duration positive). Anything else ends
the scope, and so does an adjacent entity of another kind ("nothing scary for a 7 year old" keeps
the audience). What a title is about or where it was made stays in the scope ("a comedy, not about
romance", "not made in the US"); "outside" is a cue whose excluded entity's span takes the cue in ("outside
the US"). Cue words inside an entity's own span ("no longer than 1h30", "nothing too heavy") belong
to that entity and are ignored here.

One-sided durations and years are inverted instead of excluded ("nothing before 2000" is ``2000-``),
and the media noun after an excluded genre is dropped ("no horror movies" excludes horror; it does
not ask for movies), while after an excluded country, language, mood or content word it stays positive ("no
korean movies" asks for movies, not Korean ones; "no sad movies", "please no violence film" for films that are not). A negated compound genre ("no rom-coms": romance + comedy on one span) excludes
its first genre only. A negated content word ("no swearing", "nothing violent") becomes the maturity cap
``audience`` vocabulary.CLEAN_AUDIENCE with ``role: "cap"``; one that is not negated is dropped, and so is
a bare "subtitles", which negated ("my wife doesn't do subtitles") asks for titles in English.

Weariness negates too: "sick of", "tired of", "done with", "had enough", "fed up with", "so over" / "i'm over" (never
"over 90 minutes"); after such a two-word cue a word the vocabulary lacks may qualify the genre ("done with zombie
horror"). A word the vocabulary lacks listed with "or" ("no superhero or sci fi stuff") keeps the list in the scope.

A genre, mood or origin excluded anywhere in a message is excluded wherever it is named ("i gave anime a go,
not for me … no anime"), and a topic that is no entity stays in the scope ("hates princess stuff and anything
with singing" excludes music).

A format negated with its own measure keeps the format and turns the measure ("no movies longer than 80 minutes" is
movies up to 80, "no shows with more than 3 seasons" series of 3 or fewer). A refusal ("refuses anything with
horror"), a kind used up ("has seen all the anime") and the second kind of "X rather than Y" / "rather X than Y" are
ruled out; so is what a clause names before a closing dislike ("<the ones with all the gore>, my wife doesn't like").
A negated list goes on after a sentence break ("not feeling horror. or thrillers") unless the fragment accepts what it
names. Violence ruled out also rules out the violent kinds (``audience.VIOLENCE_WORDS``, ``VIOLENT_GENRES``).

A prefix "anti" rules out the one kind right after it ("an anti-romance drama": no romance, a drama). A negation
over "and" covers every conjunct that is a genre or an origin named right after it ("anything but anime and korean
stuff"); a word between a one-word cue and a genre describes the genre ("no loud action") unless it looks like the
verb of the cue ("nothing beats horror").

Composition: positive genres joined by "or" ("comedy or horror", "a thriller, a drama or a comedy",
"either anime or sci-fi") are alternatives, ``role: "any"`` (an item needs one of them, not all); so are
people joined by "or" ("something with Tom Hanks or Meg Ryan").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from contract.constraints import excluded_kind
from contract.vocabulary import FORM_GENRES, SUBJECT_WORDS, TOPIC_GENRES, spanned_genres
from contract.words import (DISLIKE_VERB_PATTERN, FOREIGN_ARTICLES, FOREIGN_NEGATION_WORDS, NEGATED_WISH_WORDS,
                            ONE_OF_IT_WISHED_PATTERN, content_reaction_spans)

from . import audience, childrens, durations, genres, geo, origin_kinds, ruled_out_topics, seasons, years
from .spans import EXCLUDE, TOPIC, Found
from .utterance import Utterance

ANY = "any"
REFUSALS = frozenset({"refuse", "refuses", "refusing"})
# Negation words that turn a refusal into a taste ("never refuses a horror", "doesn't refuse", "would not refuse").
_NEGATING_A_REFUSAL = frozenset({"never", "n't", "not", "nt", "dont", "doesnt", "wont", "wouldnt"})
CUES = frozenset({"no", "not", "n't", "nothing", "without", "none", "never", "avoid", "avoiding", "skip",
                  "except", "excluding", "minus", "non", "less", "hate", "dislike", "nor", "nt", "dont",
                  "exclude", "excludes",  # the verb as a command: "action movies, exclude anime" (round 25c)
                  "dnt", "isnt", "arent", "nope", "instead", "too", "outside",
                  "neither", "nobody",  # "neither of us wants anything scary", "nobody here likes horror"
                  # negation by verb, in any person: "my husband hates musicals", "she dislikes gore"
                  "hates", "hating", "dislikes", "loathe", "loathes", "detest", "detests",
                  # and in the past: "we loved <A> but hated <B>", "she disliked the gory ones"
                  "hated", "disliked", "loathed", "detested",
                  # a refusal: "my dad refuses anything with subtitles", "she refuses to sit through musicals"
                  *REFUSALS,
                  # "an anti-romance night", "anti rom-com": against the kind named right after it
                  "anti",
                  # a kind left behind: "he's outgrown cartoons", "she outgrew the disney stuff"
                  "outgrown", "outgrew",
                  # round 26a: a kind set aside by a preposition of exclusion ("more asian horror beyond japan",
                  # "besides india, any south asian films?"): what follows is ruled out, never added
                  "besides", "beyond"}) | FOREIGN_NEGATION_WORDS  # "a film, pas une série" (round 25a)
# Cues that are content words too ("movies from outside the US"): the excluded entity's span starts at the
# cue, so the word never reaches the free-text query (which only drops the scopes of plain negation words).
SPANNING_CUES = frozenset({"outside", "anti", "besides", "beyond"})
# Round 26a: pair cues whose first word is a content word too ("apart from france"): the excluded entity's span starts
# at the pair, so neither word reaches the free-text query (weariness cues are read by actions/query_text.py instead).
SPANNING_PAIRS = frozenset({("apart", "from"), ("aside", "from")})
# Round 26a: a kind used up, then a wish for another origin ("she's seen every british cartoon, any from elsewhere?").
_ELSEWHERE_RE = re.compile(
    r"\b(?:(?:some|any)(?:where|place)\s+else|elsewhere|abroad|(?:an)?other\s+(?:country|countries|place|places|part"
    r"|parts)|other\s+(?:parts|corners)\s+of\s+the\s+world|different\s+(?:country|countries|places?|parts?)"
    r"|the\s+rest\s+of\s+the\s+world)\b", re.IGNORECASE)
# A prefix cue binds to the one kind right after it ("an anti-romance drama" rules out romance, not the drama): its scope
# is that entity only, and a compound read there ("romance drama") keeps its second genre as a wish.
# Round 29C: "non" is such a prefix too ("non-british thrillers", "non spanish dramas"): the origin right after it is ruled
# out and the kind after that is still wanted, never that kind from that origin ruled out (``refused_origin_kinds``).
PREFIX_CUES = frozenset({"anti", "non"})
_PREFIX_BEFORE_RE = re.compile(r"(?:^|[^a-z])(?:%s)[\s-]*$" % "|".join(sorted(PREFIX_CUES)))
PAIR_CUES = frozenset({("anything", "but"), ("other", "than"), ("rather", "than"),
                       ("sick", "of"), ("tired", "of"), ("enough", "of"), ("stay", "away"), ("allergic", "to"),
                       ("steer", "clear"), ("spare", "me"),
                       # weariness: "i'm done with true crime", "had enough horror", "fed up with", "bored of sitcoms"
                       ("done", "with"), ("had", "enough"), ("fed", "up"), ("bored", "of"), ("bored", "with"),
                       ("burnt", "out"), ("burned", "out"), ("finished", "with"),
                       # a kind a child has left behind: "he's grown out of cartoons", "she grew out of anime"
                       ("grown", "out"), ("grew", "out"),
                       # round 26a: set aside ("european comedies apart from france", "aside from japan"); weary of
                       ("apart", "from"), ("aside", "from"), ("weary", "of"), ("exhausted", "with")}) | frozenset({
                       # a kind used up: "she's seen all the anime, something else", "we watched every heist movie"
                       ("seen", "all"), ("seen", "every"), ("watched", "all"), ("watched", "every")})
# Used up is said of a kind only: a title watched through ("we watched all of <title>") is what the viewer liked.
USED_UP_CUES = frozenset({"all", "every"})
# Round 26a: words of degree between the verb and the quantifier ("has seen basically every …", "watched pretty much all
# the …", "seen literally every …") keep it a kind used up.
_USED_UP_ADVERBS = frozenset({"literally", "basically", "practically", "pretty", "much", "nearly", "almost", "just",
                              "about", "already", "probably", "like", "honestly", "virtually", "quite", "totally"})
# "I'm over true crime", "so over rom-coms": "over" says weariness only after a state of the viewer (never "over
# 90 minutes", "over 18"), and only before no number.
_OVER_AFTER = frozenset({"'m", "’m", "im", "am", "so", "totally", "kinda", "completely", "officially", "bit", "little",
                         "are", "'re", "’re", "were", "hes", "shes"})
# Said of someone else ("he's over anime", "she is over cartoons", "hes over romcoms"): "'s" / "is" are a state only
# after a person's pronoun ("it's over two hours", "the show is over the top" are no weariness); "im" split as "i m".
_OVER_AFTER_PERSON: dict[str, frozenset[str]] = {
    **dict.fromkeys(("'s", "’s", "is", "s"), frozenset({"he", "she", "who"})), "m": frozenset({"i"})}
FILLER = frozenset({
    "a", "an", "the", "any", "anything", "something", "more", "too", "so", "very", "really", "super",
    "overly", "that", "of", "much", "fan", "into", "big", "huge", "kind", "sort", "type", "types", "kinds",
    "stuff", "is", "be", "are", "it", "want", "like", "watch", "see", "in", "with", "by", "from", "starring",
    "featuring", "include", "including", "please", "-", "i", "do", "particularly", "all", "at", "mood",
    "for", "stand", "away", "similar", "to", "just", "yet", "again", "another", "some", "excessively",
    "remotely", "even", "on", "extra", "overtly", "ones", "one", "'s", "way", "us", "wants", "likes", "here",
    # what a title is about or where it comes from: "a comedy, not about romance", "nothing made in the US"
    "about", "involving", "around", "centered", "centred", "focused", "related", "made", "produced", "filmed",
    "shot", "set", "anywhere", "out",
    # who a title is by, said as a person: "a stand-up special, not someone from the us", "not anybody from france"
    "someone", "somebody", "anyone", "anybody",
    # "nothing rated mature", "can't stand horror", "won't watch anything scary", "doesn't do subtitles"
    "rated", "stand", "watching", "does", "did", "will", "would", "ever", "of", "clear", "really", "totally",
    "absolutely", "truly", "honestly",
    # verbs of dislike after the cue: "not fond of", "not keen on", "not crazy about", "not partial to",
    # "can't be doing with", "not the biggest fan of", "no interest in"
    "fond", "keen", "crazy", "partial", "doing", "biggest", "greatest", "interest", "interested",
    # the formal dislike: "I do not care for violence", "we don't much care for bad language"
    "care",
    # a taste said in the past: "never liked action", "never really enjoyed anime"
    "liked", "enjoyed",
    # round 26a: a dislike said in the progressive ("she's not liking the anime ones", "isn't loving these cop shows")
    "liking", "loving", "enjoying", "digging", "enjoy", "love",  # and "she doesn't really enjoy the …"
    # what someone cannot sit through: "he can't sit through movies", "she can't handle horror", "can't bear musicals"
    "sit", "through", "handle", "bear", "tolerate", "manage", "sitting",
    # a format the viewer cannot give the time: "i can't commit to episodes", "won't commit to a series"
    "commit", "committing",
    # a quantity before the content: "nothing with a lot of swearing", "not too many sex scenes", "no excessive gore"
    "lot", "lots", "loads", "load", "tons", "ton", "heaps", "bunch", "many", "excessive", "gratuitous",
    # determiners pointing at a kind: "not those superhero films", "none of these"; a possessive of the person
    # searched: "not his stand-up", "none of her rom-coms"
    "those", "these", "them", "his", "her", "their",
    # "aren't a whole series", "hate anything 'for kids'": a size word, or quotes around what is ruled out
    "whole", "full", "entire", "'", '"', "‘", "’", "“", "”",
    # a quantifier over the kind after a dislike: "she loathes every musical", "hates each and every cop show",
    # "can't stand any single one of the anime" ("all" and "any" are above); "seen every" stays a kind used up
    "every", "each", "single",
    # who a title is made for, said with its verb: "not meant for children", "isn't aimed at little ones" (round 29C)
    "meant", "aimed", "intended", "geared", "targeted", "designed", "marketed", "pitched",
})
# Evaluative adjectives between the cue and what it rules out ("no cheesy romance", "not the silly comedies",
# "no corny rom-com stuff"): they judge the kind, they do not narrow it, so the kind is excluded. A mood read
# on one of them ("silly" is funny) right before another entity is that judgement and is dropped.
EVALUATIVE = frozenset({
    "dumb", "silly", "cringe", "cringey", "cringy", "cheesy", "corny", "stupid", "boring", "lame", "sappy",
    "mushy", "soppy", "trashy", "tacky", "dull", "cheap", "awful", "terrible", "bad", "crappy", "crap", "generic",
    "predictable", "typical", "usual", "overdone", "overrated", "annoying", "pretentious", "tired", "formulaic",
    "low-budget", "b-grade", "b-movie",
})
# A wish said the other way round ("not looking for a comedy", "not up for anything sad", "don't need romance") and
# evaluative words are passed over like the rest.
FILLER = FILLER | EVALUATIVE | NEGATED_WISH_WORDS | FOREIGN_ARTICLES  # "pas une série", "sans la violence"
# "nothing gory horror-wise": a trailing "-wise" says "as far as <genre> goes".
_WISE = frozenset({"-wise", "wise"})
CONNECTORS = frozenset({"or", "nor", "/"})
# A fragment that accepts what it names ("no horror. or a thriller is fine") is no continuation of the negated list.
_SENTENCE_BREAKS = frozenset({".", "!", "?", ";", "...", "…"})
# Words a fragment that only adds to a negated list may hold besides what it names: "or anything gory", "nor romance
# please", "or the slashers". A wish or an acceptance ("or a comedy would be fine", "or comedy or drama, whatever you
# think") makes the fragment a sentence of its own.
_FRAGMENT_FILLER = frozenset({"a", "an", "the", "any", "some", "anything", "something", "more", "even", "either", ","})


def _bare_list_fragment(utt: Utterance, i: int, by_token: dict[int, list[int]]) -> bool:
    """The fragment from token ``i`` (after its "or" / "nor") to the next sentence break names something and holds
    only list words (``_FRAGMENT_FILLER``, joiners, trailing filler), and the break closing it is no question mark
    ("no horror. or a comedy?" offers the comedy): the negated list goes on through it."""
    named = False
    while i < len(utt.doc) and utt.lower[i] not in _SENTENCE_BREAKS:
        if starting := _starting_at(i, by_token):
            named, i = True, max(by_token[k][-1] for k in starting) + 1
            continue
        word = utt.lower[i]
        if not (word in _FRAGMENT_FILLER or word in CONNECTORS or word in SAME_KIND_CONNECTORS
                or word in TRAILING_FILLER):
            return False
        i += 1
    return named and not (i < len(utt.doc) and utt.lower[i] == "?")


# Punctuation after which an "or" / "nor" still goes on with the negated list: a comma, or a sentence break typed as
# the viewer adds to it ("not in the mood for horror. or thrillers. nor anything gory").
_LIST_GOES_ON = frozenset({",", ".", ";", "...", "…", "-", "—"})
TRAILING_FILLER = frozenset({"stuff", "please", "at", "all", "whatsoever", "content", "ones", "-", "things", "crap",
                             "junk", "nonsense", "rubbish", "garbage", *_WISE})
SAME_KIND_CONNECTORS = frozenset({"and", "&", "n"})  # "n": chat's "and" ("nothing bloody n horrory")
# After an excluded origin, mood or content the media noun stays a positive ask and ends the scope: "no korean
# movies" wants movies from elsewhere, "no sad movies" and "please no violence film" want films that are not
# (a genre's head noun is dropped: "no horror movies" may be a horror-free series).
_KEEPS_HEAD_NOUN = frozenset({"media_type", "country", "language", "mood", audience.CONTENT})
# Words that only mean something when negated (dropped otherwise): content words, subtitles.
_ONLY_NEGATED = frozenset({audience.CONTENT, geo.SUBTITLES})
# A season count read from "too many seasons" (seasons.py) is a ceiling already; a negation before it only repeats it.
_TOO_MANY_RE = re.compile(r"(?:(?:way|far|just)\s+)?too\s+(?:many|much|long|lots\s+of)\b", re.IGNORECASE)
_INVERTERS: dict[str, Callable[[str], str | None]] = {"duration": durations.invert, "year": years.invert,
                                                      "seasons": seasons.invert}


# Menace ruled out ("nothing with monsters or villains", "no bad guys", "without scary creatures"): what a young or timid
# viewer fears makes the kinds built on it, horror, thriller and action, unwanted; no rating cap (a monster may be in a
# TV-Y cartoon). Unless one of those kinds is asked for ("a thriller with no villains"): then nothing is ruled out.
MENACE_WORDS = ("monsters", "monster", "villains", "villain", "bad guys", "baddies", "baddie", "creatures", "demons",
                "ghosts", "zombies", "killers", "serial killers", "evil guys")
MENACE_GENRES = ("horror", "thriller", "action")
_MENACE = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in MENACE_WORDS), key=len, reverse=True))
_MENACE_RE = re.compile(
    rf"\b(?:nothing|no|not|without|none|never)\s+(?:(?:with|of|the|any|too|many|scary|evil|big|mean|creepy|real|that"
    rf"|has|have|having|featuring|involving|lots\s+of|a\s+lot\s+of)\s+)*(?:{_MENACE})"
    rf"(?:\s*(?:,|/|\bor\b|\band\b|\bnor\b)\s*(?:(?:scary|evil|mean|creepy|any)\s+)?(?:{_MENACE}))*\b", re.IGNORECASE)


# A menace phrase that names a title rather than a kind: "not the zombies one" (one title of the list), "not the
# ghosts ones" (those titles), or a question about the title in view ("no villains in it?", "is there no monster in
# this one"). A request worded as a question ("anything with no villains in it?", "a film for my son. no monsters in
# it?": something else is named) is still a kind ruled out.
_POINTER_AFTER_RE = re.compile(r"\s+one\b", re.IGNORECASE)
_POINTER_ONES_RE = re.compile(r"\s+ones\b", re.IGNORECASE)
_DETERMINER_RE = re.compile(r"\b(?:the|that|those|these|this)\b", re.IGNORECASE)
_IN_THE_TITLE_RE = re.compile(
    r"\s+in\s+(?:(?:this|that|the)\s+(?:one|film|movie|show|series|episode|season)|it|this|that|there)\b",
    re.IGNORECASE)
_QUESTION_OPENER_RE = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|wait|hmm+|really|also|oh|um+)\W+)*(?P<inverted>(?:is|are|was|were)\s+there\s+)?$",
    re.IGNORECASE)


def _names_a_title(text: str, m: re.Match[str], found: list[Found]) -> bool:
    """The menace phrase ``m`` points at a title (above), so it rules no kind out. A question naming anything else
    (an entity of ``found`` outside the phrase and its "in the film") is about the request."""
    if _POINTER_AFTER_RE.match(text, m.end()):
        return True
    if _POINTER_ONES_RE.match(text, m.end()) and _DETERMINER_RE.search(m.group(0)):
        return True
    about = _IN_THE_TITLE_RE.match(text, m.end())
    if about is None or any(f.start < m.start() or f.end > about.end() for f in found):
        return False
    start = max(text.rfind(c, 0, m.start()) for c in ".!?;") + 1
    ends = [i for i in (text.find(c, about.end()) for c in ".!?;") if i >= 0]
    opener = _QUESTION_OPENER_RE.match(text[start:m.start()])
    asked = bool(ends) and text[min(ends)] == "?"
    return opener is not None and (asked or opener.group("inverted") is not None)


def _menace_kinds(utt: Utterance, found: list[Found]) -> tuple[list[Found], set[int]]:
    """The genre exclusions of menace ruled out (above), and the titles read inside its phrase ("no bad guys" is no
    title). A phrase naming a title (``_names_a_title``) is left to the other rules."""
    asked = {f.value for f in found if f.entity == "genre" and f.role is None}
    out: list[Found] = []
    inside: set[int] = set()
    for m in _MENACE_RE.finditer(utt.text):
        inside |= {k for k, f in enumerate(found) if f.entity == "title" and m.start() <= f.start and f.end <= m.end()}
        if _names_a_title(utt.text, m, found):
            continue
        if not asked & set(MENACE_GENRES):
            out += [Found("genre", m.start(), m.end(), g, EXCLUDE) for g in MENACE_GENRES]
    return out, inside


_MENACE_WORD_RE = re.compile(rf"\b(?:{_MENACE})\b", re.IGNORECASE)


def _menace_beyond_topics(text: str, menace: list[Found], topics: list[Found]) -> list[Found]:
    """Round 29B: the genre exclusions of the menace phrases that name a menace no subject ruled out covers. "No
    zombies", "nothing with ghosts" rule a subject out (round 28A's ``exclude_topics``): the viewer means the subject,
    and the horror-comedy or action film without one stays. Menace that is no subject of its own ("no villains", "bad
    guys", "creatures") still rules the kinds built on it out, and so does a phrase naming both ("ghosts or baddies")."""
    spans = [(t.start, t.end) for t in topics]

    def covered(word: re.Match[str]) -> bool:  # a subject of the lexicon, read as the subject ruled out
        return ruled_out_topics.subject_word(word.group(0), lexicon_only=True) and any(
            s <= word.start() and word.end() <= e for s, e in spans)
    return [f for f in menace if not all(covered(w) for w in _MENACE_WORD_RE.finditer(text, f.start, f.end))]


# Round 26a: a tiring day's mood read on "so tired", "i'm exhausted", "burnt out" (moods.SITUATIONS) that goes on with
# "of" / "with" / "on" is weariness of what follows ("i'm so tired of heist films", "burnt out on superhero stuff"): no
# mood, and the pair cue rules the kind out.
_WEARY_MOODS = frozenset({"relaxing", "light"})
_WEARY_OF_RE = re.compile(r"\s*(?:of|with|on)\b", re.IGNORECASE)
_WEARY_WORDS_RE = re.compile(r"\b(?:tired|exhausted|worn\s+out|burnt\s+out|burned\s+out|wiped\s+out)$", re.IGNORECASE)


def _weariness_of_a_kind(text: str, f: Found) -> bool:
    """``f`` is a tiring-day mood whose words go on as weariness of a kind (above)."""
    return (f.entity == "mood" and f.value in _WEARY_MOODS and _WEARY_WORDS_RE.search(text, 0, f.end) is not None
            and _WEARY_OF_RE.match(text, f.end) is not None)


def apply(utt: Utterance, found: list[Found]) -> list[Found]:
    """Return ``found`` with negated entities marked (or inverted / dropped as described above)."""
    menace, menace_titles = _menace_kinds(utt, found)
    found = [f for k, f in enumerate(found) if k not in menace_titles and not _weariness_of_a_kind(utt.text, f)]
    if not found and not any(_is_cue(utt, t) for t in range(len(utt.doc))):
        return menace  # nothing to negate, and no cue a subject could follow (round 28A: "not baking")
    by_token = _entity_tokens(utt, found)
    covered = {i for idxs in by_token.values() for i in idxs}
    fiction = {k for k, f in enumerate(found) if _fiction_word(utt, f)}
    negated: set[int] = set()
    dropped: set[int] = set()
    widened: dict[int, int] = {}
    subjects_out: list[tuple[int, int]] = []  # round 28A: subjects ruled out ("no superhero stuff"), token spans
    for i in range(len(utt.doc)):
        if i in covered or not _is_cue(utt, i) or _sets_aside_a_bound(utt, i, found, by_token):
            continue
        before, dropped_before, subjects_before = set(negated), set(dropped), len(subjects_out)
        if utt.lower[i] in PREFIX_CUES:
            _prefix_scope(utt, i + 1, found, by_token, negated)
        else:
            _scope(utt, i + 1, found, by_token, negated, dropped, weary=utt.lower[i] not in CUES, topics=subjects_out)
        if _inexperience(utt, i):  # "who has never seen anime": the kind is neither ruled out nor asked for
            if not _ONE_OF_IT_WISHED.search(utt.text, utt.doc[i].idx):  # "… wants to show me one": it is asked for
                dropped |= (negated - before) | _kinds_met(utt, i, found, by_token)
            negated = before
            del subjects_out[subjects_before:]
            continue
        if utt.lower[i] in USED_UP_CUES:
            spent = {k for k in negated - before if found[k].entity not in _EXCLUDABLE}
            negated -= spent
            dropped |= _years_used_up(found, spent)
            if _ELSEWHERE_RE.search(utt.text, utt.doc[i].idx):
                # "she's seen every french cartoon, anything from somewhere else?": the origin is what is used up,
                # the kind is still wanted (round 26a)
                kept_kinds = {k for k in negated - before if found[k].entity not in _ORIGINS}
                if kept_kinds and len(kept_kinds) < len(negated - before):
                    negated -= kept_kinds
                    dropped -= dropped - dropped_before
        if (utt.lower[i] in SPANNING_CUES or (i > 0 and (utt.lower[i - 1], utt.lower[i]) in SPANNING_PAIRS)) and (
                negated - before):
            start = utt.doc[i].idx if utt.lower[i] in SPANNING_CUES else utt.doc[i - 1].idx
            first = found[min(negated - before, key=lambda k: found[k].start)]
            # every reading of the first span ruled out ("tired of true crime": both genres of one kind) widens alike
            widened.update((k, start) for k, f in enumerate(found) if (f.start, f.end) == (first.start, first.end))
    negated |= _disliked_before(utt, found)
    negated |= _reacted_to(utt, found)
    dropped |= _fiction_unasked(found, fiction, negated & fiction)
    negated = (negated - fiction) | _fiction_exclusions(fiction, negated & fiction)
    found = [replace(f, start=widened[k]) if k in widened and k in negated else f for k, f in enumerate(found)]
    unasked, formats = genres.format_of_a_wanted_kind(utt.text, found, negated, dropped)  # "comedy, not a sitcom"
    negated, dropped = (negated - unasked) | formats, (dropped | unasked) - formats
    kinds = _refused_combinations(utt, found, negated - dropped)  # "no true crime", "no horror comedies"
    dropped |= _compound_companions(found, negated) - _prefixed_companions(utt, found, negated)
    dropped |= _origin_media(found, negated)
    dropped |= {k for k, f in enumerate(found) if f.entity in _ONLY_NEGATED and k not in negated}
    dropped |= _supernatural_unasked(utt, found, negated)
    subjects = _negated_topics(utt, found, negated, dropped)
    negated, dropped = negated - subjects, dropped | subjects | _topics_beside_excluded(utt, found, negated)
    narrowed = _region_members_excluded(found, negated)  # "european thriller, nothing british": Europe but the UK
    negated, dropped = negated | (_said_and_excluded(utt, found, negated, kinds) - narrowed), dropped | narrowed
    violent = _violent_kinds(utt, found, negated, dropped) + _supernatural_kinds(utt, found, negated, dropped)
    # blood and gore ruled out are a grown-up's dislike, no cap: the violent kinds above are what they turn down
    dropped |= {k for k in negated if _gore(utt, found[k])}
    kept = [k for k in range(len(found)) if k not in dropped]
    alternatives = _alternatives(utt, [found[k] for k in kept], [by_token[k] for k in kept], negated, kept)
    alternatives |= _not_only_but_also(utt.text, found, kept, negated)
    shared, extras = _shared_by_alternatives(utt, found, alternatives)
    alternatives -= shared | _form_heading_alternatives(utt, found, alternatives - shared)
    members = {k: group for group in kinds for k in group}
    out: list[Found] = []
    for k in kept:
        if k in extras:
            continue
        if k in members:
            if k == min(members[k]):
                out += _combination(utt.text, found, members[k])
            continue
        out.append(_negate(found[k], utt.text) if k in negated else found[k].with_role(ANY) if k in alternatives
                   else found[k])
    topics = ruled_out_topics.topic_entities(utt, subjects_out)
    return out + violent + _menace_beyond_topics(utt.text, menace, topics) + topics


# A kind that is a combination of genres, refused (round 22): "no true crime" (crime + documentary on one span),
# "no rom-coms", "sick of teen dramas", and two genre words side by side, the first naming the second's kind ("no
# horror comedies", "nothing animated comedy", "no sports docs"). The viewer turns down the titles that are both, never
# every title of either genre: one excluded ``origin_genre`` kind of all the genres ("crime+documentary",
# contract.constraints.excluded_kind), which origin_kinds.py may still pair with an origin refused beside it ("no
# korean rom-coms"). A modifier read as alternatives ("animated": anime or kids) makes one kind with the head for each.
# Genres on one span that are alternatives, not a compound (twists, puzzles, telenovelas) and words apart ("no horror,
# comedies": a comma; "no horror or comedy": a list) are no combination.
_SIDE_BY_SIDE_RE = re.compile(r"[\s-]+")
_COMPOUND_SETS = frozenset(frozenset(pair) for pair in genres.COMPOUNDS)


def _compound_span(utt: Utterance, values: set[str], start: int) -> bool:
    """The genres read on one span are one compound kind: a pair of ``genres.COMPOUNDS``, or a compound modifier
    ("romantic", "teen") before a genre word."""
    if len(values) != 2:
        return False
    words = utt.text[start:].split(maxsplit=1)
    return frozenset(values) in _COMPOUND_SETS or (bool(words) and words[0].lower() in genres.COMPOUND_MODIFIERS)


def _refused_combinations(utt: Utterance, found: list[Found], negated: set[int]) -> list[tuple[int, ...]]:
    """Groups of positions of negated genres that make one refused kind (above): a compound's span, or two spans
    side by side."""
    compact = {(f.start, f.end) for f in found if f.entity in _ORIGINS}  # "telenovelas", "k-dramas": origin_kinds.py
    spans: dict[tuple[int, int], list[int]] = {}
    for k in sorted(negated, key=lambda k: (found[k].start, k)):
        if found[k].entity == "genre" and found[k].role is None and (found[k].start, found[k].end) not in compact:
            spans.setdefault((found[k].start, found[k].end), []).append(k)
    out: list[tuple[int, ...]] = []
    used: set[tuple[int, int]] = set()
    ordered = sorted(spans)
    for span in ordered:
        if _compound_span(utt, {found[k].value for k in spans[span]}, span[0]):
            out.append(tuple(spans[span]))
            used.add(span)
    for first, second in zip(ordered, ordered[1:]):
        if first in used and second not in used and _SIDE_BY_SIDE_RE.fullmatch(utt.text, first[1], second[0]):
            # the compound's own head said again after it ("no true crime documentaries", "no rom-com romances"):
            # the same refused kind, its head no genre refused of its own (round 22m)
            group = next((i for i, g in enumerate(out) if spans[first][0] in g), None)
            if group is not None and {found[k].value for k in spans[second]} <= {found[k].value for k in out[group]}:
                out[group] = out[group] + tuple(spans[second])
                used.add(second)
            continue
        if first in used or second in used or not _SIDE_BY_SIDE_RE.fullmatch(utt.text, first[1], second[0]):
            continue
        heads = {found[k].value for k in spans[second]}
        if len(heads) != 1 or {found[k].value for k in spans[first]} & heads:
            continue
        out.append(tuple(spans[first] + spans[second]))
        used |= {first, second}
    return out


_TEEN = "teen"
_SCHOOL_KIND_RE = re.compile(r"(?:high[\s-]?school|hs|secondary[\s-]school|school)\b", re.IGNORECASE)


def _combination(text: str, found: list[Found], group: tuple[int, ...]) -> list[Found]:
    """The excluded kinds of one refused combination (above), on the span from its first word to its last. An
    animation word before the head ("no animated comedies") is drawn titles of either shelf, anime and the children's
    (unless the message asks for children's titles: childrens.negated_animation)."""
    start, end = min(found[k].start for k in group), max(found[k].end for k in group)
    if _SCHOOL_KIND_RE.match(text, start) and any(found[k].value == _TEEN for k in group):
        # "nothing like high school drama": the school story is the teen shelf, whatever its form (round 27B)
        return [Found("genre", start, end, _TEEN, EXCLUDE)]
    by_span: dict[tuple[int, int], list[str]] = {}
    for k in group:
        by_span.setdefault((found[k].start, found[k].end), []).append(found[k].value)
        if (len({(found[j].start, found[j].end) for j in group}) > 1 and childrens.animation_word(text, found[k])
                and not childrens.asks_for_children(text, found)):
            by_span[(found[k].start, found[k].end)] += [childrens.ANIME, childrens.KIDS]
    by_span = {span: list(dict.fromkeys(values)) for span, values in by_span.items()}
    parts = [by_span[span] for span in sorted(by_span)]
    # a compound's head said again after it ("true crime documentaries") adds no genre to the kind
    parts = [p for i, p in enumerate(parts) if i == 0 or not set(p) <= set(parts[0])]
    kinds = [parts[0]] if len(parts) == 1 else [[m, *parts[1]] for m in parts[0]]
    return [Found(origin_kinds.ENTITY, start, end, excluded_kind(kind), EXCLUDE) for kind in kinds]


_EXCLUDABLE = frozenset({"genre", "mood", "country", "language"})


def _gore(utt: Utterance, f: Found) -> bool:
    """``f`` is a word of blood or gore (``audience.GORE_WORDS``): ruled out, it caps no audience."""
    return f.entity == audience.CONTENT and utt.text[f.start:f.end].lower() in audience.GORE_WORDS
# Violence ruled out (``audience.VIOLENCE_WORDS``) rules out the kinds made of it ("nothing with blood and guns" is no
# action, horror, thriller or crime either, besides the clean cap of the content word), unless the message asks for one
# of those kinds itself ("an action movie, no gore", "a zombie movie, no gore": a topic word names the kind) or the
# violence is only too much of it ("not too violent").
VIOLENT_GENRES = ("action", "horror", "thriller", "crime")
_HORROR = "horror"


def _violent_kinds(utt: Utterance, found: list[Found], negated: set[int], dropped: set[int]) -> list[Found]:
    """Genre exclusions for the violence words ruled out (above), on the first such word's span."""
    described = {f.start for k, f in enumerate(found) if k in negated and f.entity == "genre"}
    violent = [f for k, f in enumerate(found) if k in negated and f.entity == audience.CONTENT
               and utt.text[f.start:f.end].lower() in audience.VIOLENCE_WORDS and not _after_degree(utt, f)
               and not any(utt.text[f.end:g].isspace() for g in described if g > f.end)]  # "no gory horror"
    if not violent:
        return []
    kept = [f for k, f in enumerate(found) if k not in negated | dropped and f.role is None]
    asked = {f.value for f in kept if f.entity == "genre"}
    asked |= {genres.MOOD_WORD_GENRES[f.value] for f in kept if f.entity == "mood" and f.value in genres.MOOD_WORD_GENRES}
    asked |= _topic_kinds(utt, found)
    if asked & set(VIOLENT_GENRES):
        # "a thriller with no blood please": the kind is chosen, only its violence turned down; blood and gore ruled out
        # beside a kind other than horror still rule horror out ("a thriller, nothing with blood": no horror thriller)
        gore = next((f for f in violent if _gore(utt, f)), None)
        return [] if gore is None or _HORROR in asked else [Found("genre", gore.start, gore.end, _HORROR, EXCLUDE)]
    return [Found("genre", f.start, f.end, g, EXCLUDE) for f in violent[:1] for g in VIOLENT_GENRES]


def _topic_kinds(utt: Utterance, found: list[Found]) -> set[str]:
    """The genres the message asks for by a topic word (``vocabulary.TOPIC_GENRES``: "a zombie movie", "a heist film
    with no blood"): a word no entity reads, outside a negation's scope ("no zombie stuff" asks for nothing)."""
    by_token = _entity_tokens(utt, found)
    covered = {t for idxs in by_token.values() for t in idxs}
    return {g for t, word in enumerate(utt.lower) if t not in covered and word in TOPIC_GENRES
            and not _in_a_scope(utt, t) for g in TOPIC_GENRES[word]}


def _in_a_scope(utt: Utterance, t: int) -> bool:
    """A negation cue stands before token ``t`` with only negation filler between ("nothing with zombies")."""
    j = t - 1
    while j >= 0 and utt.lower[j] in FILLER and not _is_cue(utt, j):
        j -= 1
    return j >= 0 and _is_cue(utt, j)


# A dislike said after what it is about, closing the message: "the one with all the blood, she doesn't like", "that
# horror stuff, he hates it". What the clause right before it names is ruled out: a comma starts that clause too, so a
# wish said earlier stays ("a comedy tonight, the gory ones, she doesn't like" rules out the gore, not the comedy).
_TRAILING_DISLIKE_RE = re.compile(
    r"[,;:-]\s*(?:she|he|they|i|we|my\s+\w+|the\s+kids?|mom|mum|dad)\s+(?:(?:do|does|did)\s*(?:n't|nt|not)|dont|doesnt"
    rf"|didnt|don’t|doesn’t|won't|wont|{DISLIKE_VERB_PATTERN})(?:\s+(?:really|even|much))?"
    r"(?:\s+(?:like|likes|want|wants|enjoy|do|watch))?(?:\s+(?:it|that|them|those|this|these|stuff))?\s*[.!?]*\s*$",
    re.IGNORECASE)
# A clause starts after punctuation, or after a contrast: in "reality tv but no dating shows, i can't stand those" the
# dislike is of what follows "but", the kind asked for before it stays (round 35).
_CLAUSE_START_RE = re.compile(r"[.!?;,]\s|\b(?:but|except|though|although|however)\s", re.IGNORECASE)


def _disliked_before(utt: Utterance, found: list[Found]) -> set[int]:
    """The kinds the clause before a closing dislike names (``_TRAILING_DISLIKE_RE``)."""
    m = _TRAILING_DISLIKE_RE.search(utt.text)
    if m is None:
        return set()
    start = max((b.end() for b in _CLAUSE_START_RE.finditer(utt.text, 0, m.start())), default=0)
    return {k for k, f in enumerate(found) if start <= f.start and f.end <= m.start() and f.role is None
            and f.entity in _EXCLUDABLE | {audience.CONTENT}}
# Round 30C: content someone watching reacts to ("my uncle leaves the room at any swearing", "she gets upset whenever
# there's violence", "grandad walks out if people curse or use bad language": ``contract.words.content_reaction_spans``)
# is ruled out like "no swearing": the clean cap, and for blood and gore the violent kinds (``_gore``). Only the content
# words reached from the frame through these words and list joiners count; any other word ends the reach.
_REACTION_GLUE = frozenset("""
there's theres there there’s is are was were be being someone somebody anyone anybody people they he she characters
it it's its it’s has have had got gets get any the a an all some even just little bit of too much many lots lot loads
single slightest hint kind sort type mild heavy strong excessive gratuitous bad really constant constantly on screen
anything something stuff things thing that that's thats which who films film movies movie shows show scenes scene
bits parts ones every each
onscreen in with and or nor & / , - said used use uses say says drop drops dropping
""".split())
_GLUE_WORD_RE = re.compile(r"[\w'’&/-]+|,")


def _reacted_to(utt: Utterance, found: list[Found]) -> set[int]:
    """Positions of the content words a reaction frame reaches (comment above)."""
    contents = sorted((k for k, f in enumerate(found) if f.entity == audience.CONTENT and f.role is None),
                      key=lambda k: found[k].start)
    out: set[int] = set()
    for _, end in content_reaction_spans(utt.text):
        pos, reached = end, (-1, -1)
        for k in contents:
            f = found[k]
            if (f.start, f.end) == reached:
                out.add(k)  # another reading of the word just reached
                continue
            if f.start < pos:
                continue
            if not all(w.lower() in _REACTION_GLUE for w in _GLUE_WORD_RE.findall(utt.text[pos:f.start])):
                break
            out.add(k)
            pos, reached = f.end, (f.start, f.end)
    spans = {(found[k].start, found[k].end) for k in out}  # a content word's mood ("violent": dark) goes with it
    return out | {k for k, f in enumerate(found) if f.entity == "mood" and f.role is None and (f.start, f.end) in spans}


def _fiction_word(utt: Utterance, f: Found) -> bool:
    """``f`` is the documentary genre read on one of ``genres.FICTION_WORDS`` (a story acted out, not filmed as it
    happened): said alone it rules documentaries out ("a scripted series about it"); inside a negation's scope it
    asks for them ("sports docs, not the dramatized ones"), see ``_fiction_exclusions``. The span is one lexicon
    entry built on a fiction word as typed: the typo matcher never corrects a word to one (typos.py)."""
    return f.entity == "genre" and f.value == "documentary" and genres.fiction_phrase(utt.text[f.start:f.end])


def _supernatural_unasked(utt: Utterance, found: list[Found], negated: set[int]) -> set[int]:
    """The fantasy genre read on a word of the supernatural (``genres.SUPERNATURAL_WORDS``) that no negation reached:
    "a supernatural thriller" asks for no fantasy shelf, the word stays a topic; ruled out ("nothing supernatural or
    horror") it is the sci-fi & fantasy shelf."""
    return {k for k, f in enumerate(found) if k not in negated and f.entity == "genre" and f.value == "fantasy"
            and genres.supernatural_phrase(utt.text[f.start:f.end])}


# Round 25e: ghosts, demons and possessions are the horror family's as much as fantasy's, so a word of the supernatural
# ruled out ("no supernatural stuff", "nothing paranormal") rules out every genre the vocabulary says it spans
# (contract/vocabulary.py ``SPANNING_KINDS``: horror beside the sci-fi & fantasy shelf) — unless one is asked for in the
# same message ("horror, but nothing supernatural": the slasher kind is still wanted).


def _supernatural_kinds(utt: Utterance, found: list[Found], negated: set[int], dropped: set[int]) -> list[Found]:
    """The other genres (``spanned_genres``) a negated word of the supernatural (above) spans, on that word's span."""
    ruled_out = [f for k, f in enumerate(found) if k in negated and k not in dropped and f.entity == "genre"
                 and f.value == "fantasy" and genres.supernatural_phrase(utt.text[f.start:f.end])]
    asked = {f.value for k, f in enumerate(found) if k not in negated | dropped and f.entity == "genre"}
    excluded = {f.value for k, f in enumerate(found) if k in negated and f.entity == "genre"}
    return [Found("genre", f.start, f.end, g, EXCLUDE) for f in ruled_out[:1]
            for g in spanned_genres(utt.text[f.start:f.end]) if g not in asked | excluded | {f.value}]


def _fiction_exclusions(fiction: set[int], reached: set[int]) -> set[int]:
    """The fiction words that exclude documentaries: those no negation reached. A negated one ("not the dramatized
    ones", "no dramatizations") rules out the acted-out titles, i.e. asks for real documentaries; it stays a
    positive documentary and so no longer undoes one said in the same message (``_said_and_excluded``)."""
    return fiction - reached


_REAL_EVENTS = frozenset({("genre", "documentary"), ("mood", "true-story")})


def _fiction_unasked(found: list[Found], fiction: set[int], reached: set[int]) -> set[int]:
    """The negated fiction words dropped: ruling out the acted-out titles asks for real documentaries only when a
    documentary or a true story is named elsewhere in the message ("sports docs, not the dramatized ones", "a true
    story but not scripted"); said beside neither ("no dramatized stuff, just a comedy", "nothing scripted tonight")
    it asks for no documentary and rules none out."""
    asked = any((f.entity, f.value) in _REAL_EVENTS and k not in fiction for k, f in enumerate(found))
    return set() if asked else set(reached)


def _prefix_scope(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]], negated: set[int]) -> None:
    """"anti-romance", "anti romance": the entity starting right after the prefix (a hyphen between) is ruled out; of a
    compound there, its first genre only (``_prefixed_companions`` keeps the second one asked for)."""
    if i < len(utt.doc) and utt.lower[i] == "-":
        i += 1
    starting = _starting_at(i, by_token)
    if not starting:
        return
    first = min(starting)
    negated.add(first)
    # "non-french or italian dramas": a list of the prefixed kind joined by "or" is ruled out with it (round 29C)
    while True:
        j = max(by_token[first]) + 1
        if j + 1 >= len(utt.doc) or utt.lower[j] not in CONNECTORS:
            return
        same = [k for k in _starting_at(j + 1, by_token) if found[k].entity == found[first].entity]
        if not same:
            return
        first = min(same)
        negated.add(first)


def _prefixed_companions(utt: Utterance, found: list[Found], negated: set[int]) -> set[int]:
    """The second genre of a compound whose first one a prefix cue ruled out: "an anti-romance drama" wants a drama."""
    out = set()
    for k, f in enumerate(found):
        if k in negated or f.entity != "genre":
            continue
        first = next((j for j in negated if found[j].entity == "genre" and (found[j].start, found[j].end) == (f.start, f.end)),
                     None)
        if first is not None and _prefix_before(utt, found[first].start):
            out.add(k)
    return out


def _prefix_before(utt: Utterance, start: int) -> bool:
    """A prefix cue ("anti", "anti-", "non-") stands right before the character offset ``start``."""
    return prefixed(utt.text, start)


def prefixed(text: str, start: int) -> bool:
    """A prefix cue ("anti", "non-") stands right before the character offset ``start`` of ``text``."""
    return _PREFIX_BEFORE_RE.search(text[max(0, start - 8):start].lower()) is not None


def _said_and_excluded(utt: Utterance, found: list[Found], negated: set[int],
                       kinds: list[tuple[int, ...]] = ()) -> set[int]:
    """A genre, mood or origin excluded anywhere in the message is excluded on every span where it is named:
    "i gave anime a go, not for me … no anime" never asks for anime (the story names what the request rules
    out). The genres of a refused combination do not count ("a comedy, no rom-coms" keeps the comedy wanted:
    ``_refused_combinations``), nor does a degree ("scary but not too scary" still asks for scary)."""
    companions = (_compound_companions(found, negated) | origin_kinds.kind_with_origin(found)  # "no k-dramas": a pair
                  | {k for group in kinds for k in group} | _origins_of_kinds(utt.text, found, negated))
    out = {(f.entity, f.value) for k, f in enumerate(found) if k in negated and k not in companions
           and f.entity in _EXCLUDABLE and not _after_degree(utt, f)
           and not childrens.animation_word(utt.text, f)}  # "a kids film, no cartoons": decided by childrens.py
    if any(k in negated and f.entity == "audience" and f.value == _TEEN for k, f in enumerate(found)):
        out.add(("genre", _TEEN))  # "nothing with teenagers in high school": the Teen shelf, said twice (``_negate``)
    return {k for k, f in enumerate(found) if (f.entity, f.value) in out}


def _region_members_excluded(found: list[Found], negated: set[int]) -> set[int]:
    """The countries a region word names ("european": several origins on one span) that are ruled out elsewhere in the
    message ("european thriller, nothing british"): the region is narrowed, so that member is no longer asked for —
    and never ruled out on the region's own span, where it would take the genre beside the region with it (round 25c)."""
    spans: dict[tuple[int, int], int] = {}
    for f in found:
        if f.entity in _ORIGINS:
            spans[(f.start, f.end)] = spans.get((f.start, f.end), 0) + 1
    excluded = {(f.entity, f.value) for k, f in enumerate(found) if k in negated and f.entity in _ORIGINS
                and spans[(f.start, f.end)] == 1}
    return {k for k, f in enumerate(found) if k not in negated and f.entity in _ORIGINS
            and spans[(f.start, f.end)] > 1 and (f.entity, f.value) in excluded}


def _origins_of_kinds(text: str, found: list[Found], negated: set[int]) -> set[int]:
    """Negated origins that say where a kind is from ("not bollywood musicals", "no korean rom-coms", "no comedies from
    france"): the refusal is of that kind from there (``refused_origin_kinds`` pairs them), so the origin never spreads
    to another span naming it ("indian but not bollywood musicals" keeps India wanted; "korean dramas but no korean
    rom-coms" keeps the Korean dramas)."""
    kinds = [f for f in found if f.entity == "genre"]
    return {c for c in negated if found[c].entity in _ORIGINS
            and not any(f.entity == "genre" and (f.start, f.end) == (found[c].start, found[c].end) for f in found)
            and any(_ORIGIN_BEFORE_KIND_RE.fullmatch(text, found[c].end, f.start)
                    or (f.end <= found[c].start and _ORIGIN_AFTER_KIND_RE.fullmatch(text, f.end, found[c].start))
                    for f in kinds)}


def _negated_topics(utt: Utterance, found: list[Found], negated: set[int], dropped: set[int]) -> set[int]:
    """A kind inside a genre negated beside the same genre asked for: the viewer rules out part of the genre they
    want, not the genre itself. Two ways of saying the part: a subject word (``vocabulary.SUBJECT_WORDS``: "sci fi but
    not space stuff", which the vocabulary reads as the genre) and a judgement of the genre (an ``EVALUATIVE`` word
    before it: "a drama, just no sappy dramas", "we want to laugh but not stupid humor"). The genre is asked for by a
    genre or by a mood that names it ("laugh" is funny, ``genres.MOOD_WORD_GENRES``). That exclusion is dropped (the
    words stay in their negation scope, which the query leaves out), so it neither excludes the genre nor spreads to
    the positive one (``_said_and_excluded``). A sub-genre of its own ("comedy but not stand-up") stays excluded; so
    does a subject beside another genre ("docs but nothing about nature": documentaries, none of the science & nature
    shelf) and a judged genre said alone ("no cheesy romcoms"). A mood read on a judging word is the same judgement
    (``_judging_word``)."""
    asked = [f for k, f in enumerate(found) if k not in negated and k not in dropped and f.role is None]
    wanted = {f.value for f in asked if f.entity == "genre"}
    wanted |= {genres.MOOD_WORD_GENRES[f.value] for f in asked if f.entity == "mood" and f.value in genres.MOOD_WORD_GENRES}
    moods = {f.value for f in asked if f.entity == "mood"}
    return {k for k in negated if (found[k].entity == "genre" and found[k].value in wanted and (
                _part_of_a_genre(utt.text, found[k], found) or _judged(utt, found[k])))
            or (found[k].entity == "mood" and found[k].value in moods and _judging_word(utt, found[k]))}


def _part_of_a_genre(text: str, f: Found, found: list[Found]) -> bool:
    """Words the vocabulary reads as one genre that name only part of it: a subject (``SUBJECT_WORDS``: "space") or
    any word that is not the genre's own name (round 25c: "horror, but not the slasher stuff", "music documentaries,
    not concert films"); "funny, but no comedies" names the genre itself. A kind of several genres ("no novelas") and
    an animation word ("a children's film, no cartoons": childrens.py) are kinds of their own."""
    words = text[f.start:f.end].lower()
    if words in SUBJECT_WORDS:
        return True
    alone = sum(1 for g in found if g.entity == "genre" and (g.start, g.end) == (f.start, f.end)) == 1
    return alone and not childrens.animation_word(text, f) and not genres.names_the_genre(words, f.value)


def _judging_word(utt: Utterance, f: Found) -> bool:
    """A mood read on an ``EVALUATIVE`` word ("silly" is funny): negated beside the same mood asked for ("we want to
    laugh, but nothing silly") it judges the kind of fun, it does not rule the fun out."""
    return utt.text[f.start:f.end].lower() in EVALUATIVE


def _judged(utt: Utterance, f: Found) -> bool:
    """An ``EVALUATIVE`` word stands between the negation and ``f`` ("not stupid humor", "no cheesy kind of romance"):
    the words right before the span, back through negation filler, judge the kind."""
    span = utt.span(f.start, f.end)
    j = span.start - 1 if span is not None else -1
    while j >= 0 and utt.lower[j] in FILLER:
        if utt.lower[j] in EVALUATIVE:
            return True
        j -= 1
    return False


def _topics_beside_excluded(utt: Utterance, found: list[Found], negated: set[int]) -> set[int]:
    """The reverse of ``_negated_topics``: a subject word asked for beside the same genre ruled out ("not sci fi, maybe
    something about space", "no nature docs… well, something with animals is fine"). The vocabulary reads the subject
    as the genre, which ``_said_and_excluded`` would then exclude on the subject's span too, leaving nothing asked for.
    The viewer wants titles about the subject that are not of that genre: the subject's genre reading is dropped, so
    its word is the topic the search ranks by and the genre stays excluded."""
    excluded = {f.value for k, f in enumerate(found) if k in negated and f.entity == "genre"}
    return {k for k, f in enumerate(found) if k not in negated and f.entity == "genre" and f.value in excluded
            and f.role is None and utt.text[f.start:f.end].lower() in SUBJECT_WORDS}


_DEGREE_WORDS = frozenset({"too", "overly", "very", "super", "that", "so", "as", "excessively", "particularly"})


def _after_degree(utt: Utterance, f: Found) -> bool:
    """The entity follows a degree word ("not too scary", "nothing overly dark"): less of it, not none."""
    span = utt.span(f.start, f.end)
    return span is not None and span.start > 0 and utt.lower[span.start - 1] in _DEGREE_WORDS


def _compound_companions(found: list[Found], negated: set[int]) -> set[int]:
    """The second genre read on a negated span holding several (a compound refused is one kind of both instead:
    ``_refused_combinations``). A twist's two genres are alternatives, not a compound: "no twists" rules out both
    (``genres.TWIST_VALUES``)."""
    firsts: dict[tuple[int, int], str] = {}
    spans: dict[tuple[int, int], set[str]] = {}
    for k, f in enumerate(found):
        if k in negated and f.entity == "genre":
            spans.setdefault((f.start, f.end), set()).add(f.value)
    out = set()
    for k, f in enumerate(found):
        if k in negated and f.entity == "genre":
            span = (f.start, f.end)
            if spans[span] == genres.PUZZLE_VALUES:
                out.add(k)  # "nothing mind-bending": the thought-provoking mood is ruled out, not three genres
                continue
            if span in firsts and {firsts[span], f.value} != genres.TWIST_VALUES:
                out.add(k)
            firsts.setdefault(span, f.value)
    return out


def _origin_media(found: list[Found], negated: set[int]) -> set[int]:
    """A media type that is a companion of a negated phrase (on its span, after the phrase's own entity) is
    dropped, as the head noun of an excluded genre is: "no bollywood" (geo.FILM_INDUSTRIES carry movie), "no
    kids tv", "no sitcoms" exclude the origin / genre, they do not ask to avoid films or series."""
    first: dict[tuple[int, int], int] = {}
    for k, f in enumerate(found):
        first.setdefault((f.start, f.end), k)
    return {k for k, f in enumerate(found) if k in negated and f.entity == "media_type"
            and first[(f.start, f.end)] != k and first[(f.start, f.end)] in negated}


# Round 26a: "beyond" / "besides" before a measure is a bound or nothing, never an exclusion ("nothing beyond 2 hours").
_SET_ASIDE_WORDS = frozenset({"beyond", "besides"})
_BOUNDS = frozenset({"duration", "year", "seasons", "rating", "audience", "added"})


def _sets_aside_a_bound(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]]) -> bool:
    """The set-aside cue at token ``i`` is followed by a number or a measured entity (its bound's own words)."""
    if utt.lower[i] not in _SET_ASIDE_WORDS:
        return False
    j = i + 1
    while j < len(utt.doc) and utt.lower[j] in ("the", "a", "an"):
        j += 1
    if j >= len(utt.doc) or utt.doc[j].like_num or utt.lower[j] in ("one", "half"):
        return True
    return any(found[k].entity in _BOUNDS for k in _starting_at(j, by_token))


def _is_cue(utt: Utterance, i: int) -> bool:
    """Token ``i`` is a negation word, or the second word of a negating pair ("anything but")."""
    word = utt.lower[i]
    if word in REFUSALS and i > 0 and utt.lower[i - 1] in _NEGATING_A_REFUSAL:
        return False  # "he never refuses a good horror movie": a refusal negated is a taste
    if word in CUES:
        return not _answers_the_bot(utt, i) and not _not_only(utt, i)
    if word == "over":
        return _weary_over(utt, i)
    if word == "zero":  # "zero drama", "zero interest in horror"; never a number ("zero stars" names nothing anyway)
        return i + 1 < len(utt.doc) and utt.doc[i + 1].is_alpha
    if word == "than" and _more_than_other(utt, i):
        return True
    if i > 0 and word in USED_UP_CUES:
        j = i - 1
        while j > 0 and utt.lower[j] in _USED_UP_ADVERBS:  # "seen basically every …" (round 26a)
            j -= 1
        if (utt.lower[j], word) in PAIR_CUES:
            return _used_up(utt, i)
    return i > 0 and (utt.lower[i - 1], word) in PAIR_CUES


# "who has never seen anime", "my dad never watched horror", "hasn't tried k-dramas": what someone has not met yet is no
# refusal and no wish: the kind is dropped there ("an anime movie for my gf who has never seen anime" asks for anime
# by its first mention); the verb may follow an adverb.
_EXPERIENCE_VERBS = frozenset({"seen", "watched", "tried", "heard", "experienced", "met"})
# Unless one of it is asked to be shown or seen after ("never watched anime, my son wants to show me one", round 22i):
# then the kind met is wanted.
_ONE_OF_IT_WISHED = re.compile(ONE_OF_IT_WISHED_PATTERN, re.IGNORECASE)
_EXPERIENCE_ADVERBS = frozenset({"really", "actually", "even", "ever", "yet", "properly", "once"})


def _experience_verb(utt: Utterance, i: int) -> int | None:
    """Token of the experience verb the negation word at token ``i`` negates ("never seen", "hasn't really tried")."""
    j = i + 1
    while j < len(utt.lower) and utt.lower[j] in _EXPERIENCE_ADVERBS:
        j += 1
    return j if j < len(utt.lower) and utt.lower[j] in _EXPERIENCE_VERBS else None


def _inexperience(utt: Utterance, i: int) -> bool:
    """The negation word at token ``i`` says someone has not seen a kind yet."""
    return _experience_verb(utt, i) is not None


_MET_DETERMINERS = frozenset({"a", "an", "any", "the", "much", "many", "some", "one", "of", "single"})


def _kinds_met(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]]) -> set[int]:
    """The kinds named right after the experience verb of the negation at token ``i`` ("never seen a horror")."""
    k = (_experience_verb(utt, i) or i) + 1
    while k < len(utt.lower) and utt.lower[k] in _MET_DETERMINERS:
        k += 1
    return {n for n, tokens in by_token.items() if k in tokens and found[n].entity in _EXCLUDABLE}


# "watched all kinds of horror" tells how widely the viewer watches a kind, "watched every thriller with <actor> and
# loved them" how much they like it: neither uses the kind up.
_VARIETY_NOUNS = frozenset({"kinds", "sorts", "types", "kind", "sort", "type", "manner", "styles"})
_LIKING_VERBS = frozenset({"loved", "liked", "enjoyed", "adored", "love", "loves", "like", "likes", "enjoy", "enjoys",
                           "adore", "adores", "dig", "dug"})


def _years_used_up(found: list[Found], spent: set[int]) -> set[int]:
    """Round 25d: years a kind used up names ("something recent, she's seen all the old ones") when the message asks for
    other years outside it: that era is what the child has had, so the wish is the other one (no exclusion of years
    exists; the era used up is dropped). Alone ("she's seen all the 90s ones") it stays as it is."""
    years = {k for k in spent if found[k].entity == "year"}
    wished = any(f.entity == "year" and f.role is None and k not in spent for k, f in enumerate(found))
    return years if wished else set()


def _used_up(utt: Utterance, i: int) -> bool:
    """"seen all" / "watched every" at token ``i`` uses a kind up unless a variety noun follows ("all kinds of") or a
    liking verb follows in the same clause ("watched every thriller of his and loved them")."""
    if i + 1 < len(utt.doc) and utt.lower[i + 1] in _VARIETY_NOUNS:
        return False
    j = i + 1
    while j < len(utt.doc) and utt.lower[j] not in _CLAUSE_BREAK - {"yet"}:
        if utt.lower[j] in _LIKING_VERBS:
            return False
        j += 1
    return True


# Words that, some words before "than", make it a preference: "more thriller than horror", "rather a thriller than a
# drama", "i'd rather watch a comedy than a drama".
_PREFERENCE_BEFORE_THAN = ("more", "rather")


def _more_than_other(utt: Utterance, i: int) -> bool:
    """"more thriller than horror", "more of a comedy than a drama", "rather watch a thriller than a drama": X, not Y.
    "more than 2 hours" (a bound: nothing between "more" and "than", or a number after) and "more thrillers" (no
    "than") are no cue."""
    if i + 1 >= len(utt.doc) or utt.doc[i + 1].like_num:
        return False
    before = utt.lower[max(0, i - 5):i]
    word = next((w for w in reversed(before) if w in _PREFERENCE_BEFORE_THAN), None)
    if word is None:
        return False
    gap = before[len(before) - before[::-1].index(word):]
    return bool(gap) and not any(utt.doc[i - len(gap) + k].like_num for k in range(len(gap)))


def _weary_over(utt: Utterance, i: int) -> bool:
    """"I'm over zombie stuff", "so over true crime": weariness, never a bound ("over 90 minutes", "over 18")."""
    if i + 1 >= len(utt.doc) or utt.doc[i + 1].like_num or not utt.doc[i + 1].is_alpha:
        return False
    if i == 0:  # "over horror, something cozy": opening the message, before no article ("over an hour")
        return utt.lower[i + 1] not in ("a", "an", "the", "one", "half")
    return utt.lower[i - 1] in _OVER_AFTER or (
        i >= 2 and utt.lower[i - 2] in _OVER_AFTER_PERSON.get(utt.lower[i - 1], ()))


# "not only comedies", and a degree of the kind: "maybe not full horror", "not pure horror", "not straight-up horror":
# less of the kind, not none of it (a horror comedy may follow).
_RESTRICTING = frozenset({"only", "just", "merely", "simply", "full", "fully", "pure", "purely", "straight",
                          "straight-up", "hardcore", "outright", "all-out", "proper", "total", "totally"})


def _not_only(utt: Utterance, i: int) -> bool:
    """"not only comedies", "not just any comedy", "don't just give me horror": the viewer widens or sharpens what they
    ask for; nothing is ruled out (``_not_only_but_also`` reads the widening)."""
    return utt.lower[i] in ("not", "n't", "dont", "nt") and i + 1 < len(utt.doc) and utt.lower[i + 1] in _RESTRICTING


# "no"/"nope"/"nah" before a determiner, a comma or "something" answer the bot, and what follows is wanted: "no the romantic
# ones", "no, the newer ones", "nope those" ("no comedies" is a negation: no determiner).
INTERJECTIONS = frozenset({"no", "nope", "nah", "nop", "naw"})
# "hmm no something funny and spooky", "nah something lighter", "no maybe a comedy", "no i'd rather a comedy": "no"
# before "something" or the viewer's next wish turns down the list shown, the words after it are wanted ("no" never
# negates "something": that is "nothing").
_ANSWER_FOLLOWERS = frozenset({"the", "those", "these", "that", "this", ",", "-", "—", "!", ".",
                               "something", "somethin", "smth", "sth", "maybe", "perhaps", "actually", "rather"})


def _answers_the_bot(utt: Utterance, i: int) -> bool:
    """Token ``i`` is an interjection answering the bot rather than a negation of what follows."""
    return (utt.lower[i] in INTERJECTIONS and i + 1 < len(utt.doc)
            and utt.lower[i + 1] in _ANSWER_FOLLOWERS)


class _EntityTokens(dict[int, list[int]]):
    """Token indices covered by each found entity, with the entities indexed by their first token: the scope walks
    ask "what starts here" once per token, and a scan of every entity each time was quadratic on long lists."""

    def __init__(self, tokens: dict[int, list[int]]) -> None:
        super().__init__(tokens)
        self.starts: dict[int, list[int]] = {}
        for k, idxs in tokens.items():
            if idxs:
                self.starts.setdefault(idxs[0], []).append(k)


def _entity_tokens(utt: Utterance, found: list[Found]) -> _EntityTokens:
    """Token indices covered by each found entity (by position in ``found``)."""
    out: dict[int, list[int]] = {}
    for k, f in enumerate(found):
        span = utt.span(f.start, f.end)
        out[k] = list(range(span.start, span.end)) if span is not None else []
    return _EntityTokens(out)


def _starting_at(token: int, by_token: dict[int, list[int]]) -> list[int]:
    """Positions (in ``found``) of the entities whose first token is ``token``."""
    if isinstance(by_token, _EntityTokens):
        return list(by_token.starts.get(token, ()))
    return [k for k, idxs in by_token.items() if idxs and idxs[0] == token]


# Round 36: the words a lexicon term may open with that already say its negation ("no subtitles", "without subs").
_OWN_NEGATORS = frozenset({"no", "not", "without", "never", "zero"})


def _scope(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]],
           negated: set[int], dropped: set[int], weary: bool = False,
           topics: list[tuple[int, int]] | None = None) -> None:
    """Walk right from a cue at token ``i - 1``, marking the entities inside its scope.

    States: "open" (right after the cue or an "or"), "after" (right after an entity), "same" (after
    "and": only an entity of the kind just excluded may follow). After a cue of two words ("sick of", "done
    with", ``weary``) a word the vocabulary lacks may qualify the genre right after it ("done with zombie horror"):
    the genre is still what is ruled out (a one-word cue such as "nothing beats horror" gets no such reading).
    """
    state, last_kind, last_end, intensified, joined_at = "open", None, -1, False, -1
    last_started: list[int] = []
    listed = described = False  # through a comma list ("a, b, and c"); after "<format> about"
    # round 28A: subjects ruled out are read after a cue of dislike (never "too", "less", "outside" …); ``linked``: a
    # link word ("about", "with") stood before the word ("nothing about cooking")
    quiet = topics is None or i == 0 or utt.lower[i - 1] in ruled_out_topics.QUIET_CUES
    linked = False
    while i < len(utt.doc):
        if state == "open" and (n := _genre_modifier(utt, i, found, by_token, loose=weary)):
            i += n
            continue
        if state == "open" and (heads := _topic_format(utt, i, found, by_token)):
            # "anything but a superhero movie or a cartoon": the format noun is the topic's head, no wish of its own
            dropped.update(heads)
        if state == "open" and (n := _topic_run(utt, i, by_token, found) or _bare_topic(utt, i, by_token, found)):
            # "hates princess stuff and anything with singing": a topic that is no entity is in the scope too,
            # and the list may go on with an entity of any kind
            if not quiet:
                _subject_of_run(utt, i, n, by_token, topics)
            i += n
            state, last_kind = "after", ANY_KIND
            continue
        if (not quiet and (state == "open" or state == "same")
                and (sub := _subject(utt, i, found, by_token, linked, need_noun=state == "same" and last_kind != _SUBJECT))):
            # "not baking", "none of that zombie junk", "no war movies": the subject is ruled out (a topic entity), a
            # format after it is its head noun (no wish of its own)
            words, taken, heads = sub
            topics.append((i, i + words))
            dropped.update(heads)
            i += taken
            i += _origin_as_subject(utt, i, found, by_token, dropped, topics)  # "... about vietnam": what it is about
            state, last_kind, linked = "after", _SUBJECT, False
            continue
        starting = _starting_at(i, by_token)
        if starting and utt.lower[i] in _OWN_NEGATORS:
            return  # "no horror and no subtitles": a term holding its own negation ("no subtitles") is read as said
        if starting:
            kinds = {found[k].entity for k in starting}
            end = max(by_token[k][-1] for k in starting)
            if kinds == {TOPIC}:                  # "no nature docs": the subject goes with the noun after it
                i = end + 1
                continue
            if state != "after" and _is_judgement(utt, found, starting, end, by_token):
                dropped.update(starting)          # "not the silly comedies": "silly" judges, comedy is excluded
                i = end + 1
                continue
            if state == "after" and last_kind == "media_type" and _measure_at(i, found, by_token, {"duration"}):
                negated.difference_update(last_started)  # "no movies longer than 80 minutes": movies up to 80
                state = "open"
                continue
            if state == "after" and kinds == {"media_type"} and last_kind not in _KEEPS_HEAD_NOUN:
                dropped.update(starting)          # head noun: "no horror movies"
                last_started = []
            elif state == "after" and last_kind == "title" and i == last_end + 1 and _form_noun_of_title(
                    utt.text, [found[k] for k in starting]):
                dropped.update(starting)          # round 28C: "not the <title> cartoons": the titles' noun, no kind
                last_started = []
            elif _described_format(utt, state, last_kind, kinds, by_token[starting[0]][0], described):
                negated.difference_update(last_started)  # "no more series about drugs": series stay, crime goes
                negated.update(starting)
                last_kind, last_started = found[starting[0]].entity, starting
            elif (state == "open" or last_kind in kinds or last_kind == ANY_KIND
                  or _same_shelf(state, last_kind, kinds, listed)
                  or _conjoined_shelf(state, last_kind, kinds, i == joined_at + 1)
                  or _describes(utt, found, state, last_kind, i == last_end + 1, kinds, negated)
                  or _conjoined_adjective(utt, found, starting, state, last_kind, i == joined_at + 1)):
                if state == "after" and last_kind == _AUDIENCE and kinds == {"genre"} and all(
                        found[k].value == _GENERIC_CHILD_AUDIENCE for k in last_started):
                    # "no teenage dating stuff": a young age of no shelf only modifies the genre (ruled out, it would
                    # be the children's shelf); "no babyish cartoons" keeps the preschool kind ruled out too
                    negated.difference_update(last_started)
                    dropped.update(last_started)
                negated.update(starting)          # ... and "nothing gory horror-wise": the genre described
                last_kind, last_started = found[starting[0]].entity, starting
            elif state == "after" and kinds == {_AUDIENCE} and _shelf_audience(utt, found, last_started, starting):
                negated.update(starting)          # "nothing animated for kids": the shelf's audience goes with it
                last_kind, last_started = _AUDIENCE, starting
            else:
                return                            # "nothing scary for a 7 year old": audience stays
            i, last_end = end + 1, end
            state = "after"
            continue
        word = utt.lower[i]
        if state == "after" and last_kind == "media_type" and (gap := _count_of_format(utt, i, found, by_token)):
            # "not one of those shows with 15 seasons": the count is what is ruled out, the format stays asked for
            negated.difference_update(last_started)
            i, state = i + gap, "open"
            continue
        if state == "after" and last_kind == ANY_KIND and _kind_with_topic(utt, i, by_token, found):
            state, i = "open", i + 1  # "no superhero stuff with sci fi": the kind that comes with it goes too
            continue
        if state == "after":
            if last_kind == "media_type" and word in DESCRIBING_LINKS:
                described = True                  # "no series about …": what follows may describe the format
            elif (word in EXAMPLE_MARKERS or word in _LIKENESS_NOUNS and last_kind in _NAMED_KINDS) and (
                    _genre_after(utt, i + 1, found, by_token)):
                state = "open"                    # "nothing sad like dramas", "narcos-type spanish stuff" (round 25c)
            elif last_kind == "mood" and word in _STORY_PARTS and _genre_after(utt, i + 1, found, by_token):
                state = "open"                    # "no sad ending drama stuff": the genre the mood's part names (27B)
            elif word in CONNECTORS:
                state = "open"
            elif word in SAME_KIND_CONNECTORS:
                state, joined_at = "same", i
            elif (word in _LIST_GOES_ON and i + 1 < len(utt.doc) and utt.lower[i + 1] in CONNECTORS
                  and (word == "," or _bare_list_fragment(utt, i + 2, by_token))):
                pass                              # "no anime, kids shows, or sci-fi", "no horror. or gore": "or" goes on
            elif word == "," and listed and i + 1 < len(utt.doc) and utt.lower[i + 1] in SAME_KIND_CONNECTORS:
                pass                              # "except stand-up, docs, and kids stuff": the list's last "and"
            elif word == "," and _comma_list(utt, i + 1, by_token):
                state, listed = "open", True      # "no horror, gore or slasher stuff"
            elif (word == "," or word in INTENSIFIER_WORDS) and _intensifying_apposition(utt, i, found, by_token):
                state, intensified = "open", True  # "no cartoons, especially anime", "hates X, the Y stuff above all"
                if word != ",":
                    i += 1
                    continue
            elif word not in TRAILING_FILLER and not (intensified and word in INTENSIFIER_WORDS):
                return
        elif word not in FILLER and not (intensified and word in INTENSIFIER_WORDS):
            return
        elif word in ruled_out_topics.LINKS:
            linked = True
        i += 1


_SUBJECT = ruled_out_topics.ENTITY  # the last thing ruled out was a subject: "and" goes on with another subject only


def _subject(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]],
             linked: bool, need_noun: bool = False) -> tuple[int, int, list[int]] | None:
    """A subject at token ``i`` (ruled_out_topics.subject_at) with the format readings after it as its head."""
    covered = {t for v in by_token.values() for t in v}

    def heads_at(t: int) -> tuple[list[int], int]:
        ks = _format_at(t, found, by_token)
        return (ks, max(by_token[k][-1] for k in ks) + 1) if ks else ([], t)
    return ruled_out_topics.subject_at(utt, i, covered, heads_at, FILLER, linked, need_noun)


def _subject_of_run(utt: Utterance, i: int, n: int, by_token: dict[int, list[int]],
                    topics: list[tuple[int, int]] | None) -> None:
    """The subject words of a topic run or a bare topic ("princess stuff and", "superhero or"), kept as a topic when
    they look like a subject (ruled_out_topics.subject_word)."""
    covered = {t for v in by_token.values() for t in v}
    end = i
    while end < i + n and end not in covered and utt.doc[end].is_alpha and utt.lower[end] not in TOPIC_NOUNS \
            and utt.lower[end] not in CONNECTORS:
        end += 1
    if topics is not None and end > i and all(ruled_out_topics.subject_word(utt.lower[t], lexicon_only=False)
                                              for t in range(i, end)):
        topics.append((i, end))


def _origin_as_subject(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]],
                       dropped: set[int], topics: list[tuple[int, int]]) -> int:
    """A place said after a subject ruled out and a link ("no war movies about vietnam"): what the titles are about,
    ruled out with it as a topic, never an origin asked for or turned down. Returns the tokens taken."""
    if i + 1 >= len(utt.doc) or utt.lower[i] not in ("about", "in", "on"):
        return 0
    places = [k for k in _starting_at(i + 1, by_token) if found[k].entity in _ORIGINS]
    if not places or len(places) != len(_starting_at(i + 1, by_token)):
        return 0
    end = max(by_token[k][-1] for k in places) + 1
    dropped.update(places)
    topics.append((i + 1, end))
    return end - i


# Round 28C: a form noun right after a title turned down ("<person>, but not the <title> cartoons / anime / docs") is
# the noun of those titles, as "movies" is ("not the <title> movies"): it asks for no kind of its own.
_FORM_NOUN_RE = re.compile(r"(?:cartoons?|toons?|animated|animations?|animes?|docs?|documentar(?:y|ies)|docuseries|specials?)",
                           re.IGNORECASE)


def _form_noun_of_title(text: str, kinds: list[Found]) -> bool:
    """Every entity starting right after a turned-down title is a genre read on a form noun (``_FORM_NOUN_RE``)."""
    return bool(kinds) and all(f.entity == "genre" and _FORM_NOUN_RE.fullmatch(text[f.start:f.end].strip()) is not None
                               for f in kinds)


# Round 26a: an audience said generically right after a children's or animated kind ruled out ("nothing animated for
# kids", "no cartoons for little ones", "not the anime for children") is that shelf's audience, ruled out with it;
# a viewer named ("for my kids", "for the children", "for a 7 year old") stays who is watching.
_CHILDRENS_SHELVES = frozenset({"kids", "anime", "animation", "family"})
_SHELF_AUDIENCE_RE = re.compile(r"(?:for\s+)?(?:(?:little|small|young|younger)\s+)?(?:kids?|children|child|toddlers?"
                                r"|little\s+ones|babies|tots|youngsters)$", re.IGNORECASE)


def _shelf_audience(utt: Utterance, found: list[Found], kind: list[int], audience: list[int]) -> bool:
    """The audience ``audience`` follows the children's or animated kind ``kind`` in a negated scope (above)."""
    if not kind or not all(found[k].entity == "genre" and found[k].value in _CHILDRENS_SHELVES for k in kind):
        return False
    a = found[audience[0]]
    between = utt.text[max(found[k].end for k in kind):a.start]
    return not between.strip(" ") and _SHELF_AUDIENCE_RE.fullmatch(utt.text[a.start:a.end].strip()) is not None


_COUNT_OF_FORMAT = (("with",), ("that", "have"), ("that", "has"), ("that", "run"), ("that", "go", "on", "for"),
                    ("that", "last"), ("running",), ("of",), ("lasting",), ("that", "are"), ("that", "is"))
# A format's own measure: its season count, or a one-sided runtime said right after it ("no movies longer than 80
# minutes", "no films shorter than an hour"): the bound is what is ruled out, the format stays asked for.
_MEASURES = frozenset({"seasons", "duration"})


def _count_of_format(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]]) -> int:
    """Length of the words at token ``i`` joining a format to its measure ("shows with 15 seasons", "a series that
    runs 8 seasons", "movies that are over 2 hours"), when a season count or a one-sided runtime follows them (a
    runtime right after the format, with no joining word, is read in ``_scope``); 0 otherwise."""
    for words in _COUNT_OF_FORMAT:
        n = len(words)
        if tuple(utt.lower[i:i + n]) in (words, tuple(w + "s" if w in ("run", "last") else w for w in words)) and (
                _measure_at(i + n, found, by_token, _MEASURES)):
            return n
    return 0


def _measure_at(i: int, found: list[Found], by_token: dict[int, list[int]], kinds: frozenset[str] | set[str]) -> bool:
    """A season count or a one-sided runtime (the kinds asked) starts at token ``i``: a runtime window ("about 2
    hours") or a relative one ("shorter") is no bound a negation can turn round."""
    return any(found[k].entity in kinds and (found[k].entity != "duration" or durations.invert(found[k].value) not in
                                             (None, "longer", "shorter"))
               for k in _starting_at(i, by_token))


# Entities that describe a genre named right after them: "no gory horror", "nothing scary horror-wise".
_DESCRIBING = frozenset({"mood", audience.CONTENT})


def _same_shelf(state: str, last_kind: str | None, kinds: set[str], listed: bool = False) -> bool:
    """An excluded children's audience is a shelf of titles like a genre, so "and" goes on to a genre: "anything
    except kids stuff and anime" rules out both. Not the other way after a lone "and": "no horror and family
    friendly" wants family; but the last item of a comma list is one more shelf ruled out ("anything except
    stand-up, docs, and kids stuff")."""
    if state != "same":
        return False
    return (last_kind == "audience" and kinds == {"genre"}) or (listed and last_kind == "genre" and kinds == {"audience"})


# Words that join a format to what it is about: "no more series about drugs", "not a film with zombies".
DESCRIBING_LINKS = frozenset({"about", "involving", "with", "featuring", "where", "on"})
_DESCRIBED_KINDS = frozenset({"genre", "mood", audience.CONTENT})


def _described_format(utt: Utterance, state: str, last_kind: str | None, kinds: set[str], first: int,
                      described: bool) -> bool:
    """A genre, mood or content word describing a negated format ("no more series about drugs", "not a film with
    gore", "no shows about teenagers"): the description is what is ruled out; the format stays asked for (the
    viewer still watches series). The link word is either passed over (``described``) or starts the entity's own
    span ("about drugs" is one crime phrase)."""
    if state != "after" or last_kind != "media_type" or not kinds or not kinds <= _DESCRIBED_KINDS:
        return False
    return described or utt.lower[first] in DESCRIBING_LINKS


# Kinds of title a viewer rules out together whatever their entity: "anything but anime and korean stuff" names two
# shelves (a genre and an origin), and the negation covers every conjunct.
_SHELF_KINDS = frozenset({"genre", "country", "language"})


def _conjoined_shelf(state: str, last_kind: str | None, kinds: set[str], adjacent: bool) -> bool:
    """A genre or an origin right after "and" following an excluded genre or origin: "no anime and korean stuff",
    "nothing american and horror" exclude both. Only right after the "and" ("no horror and something korean" goes on
    to a wish) and never a mood, an audience or a runtime ("no horror and under 90 minutes")."""
    return state == "same" and adjacent and last_kind in _SHELF_KINDS and bool(kinds) and kinds <= _SHELF_KINDS


_AUDIENCE = "audience"


def _describes(utt: Utterance, found: list[Found], state: str, last_kind: str | None, adjacent: bool,
               kinds: set[str], negated: set[int]) -> bool:
    """A genre right after a negated mood or content word is the kind that word describes ("no gory
    horror"), unless the word came with a degree ("not too dark thriller" still asks for a thriller); so is one right
    after an age word ("nothing with teenage dating stuff": the romance goes, round 25c; the age word is then only the
    genre's modifier, ``_scope``). A rating right after a ruled-out content word is the shelf it describes too ("not
    the super violent tv-ma stuff": TV-MA goes with the violence, round 36)."""
    if not (state == "after" and adjacent and (last_kind in _DESCRIBING or last_kind == _AUDIENCE)
            and ("genre" in kinds or kinds == {"rating"})):
        return False
    last = max((found[k] for k in negated), key=lambda f: f.end, default=None)
    # a rating named is ruled out whatever degree the content word had ("not the super violent tv-ma stuff")
    return last is not None and (kinds == {"rating"} or not _after_degree(utt, last))


def _conjoined_adjective(utt: Utterance, found: list[Found], starting: list[int], state: str, last_kind: str | None,
                         adjacent: bool) -> bool:
    """A genre said as an adjective ("horrory", "thriller-ish": ``genres.adjective_form``) right after "and" following
    a ruled-out mood or content word is one more adjective ruled out: "nothing bloody and horrory", "nothing dark n
    thriller-ish". A genre noun there may be the wish ("no violence and a comedy")."""
    return (state == "same" and adjacent and last_kind in _DESCRIBING and bool(starting)
            and all(found[k].entity == "genre" and genres.adjective_form(utt.text[found[k].start:found[k].end])
                    for k in starting))


_LIST_FILLER = frozenset({"a", "an", "the", "any", "some"})


def _is_judgement(utt: Utterance, found: list[Found], starting: list[int], end: int,
                  by_token: dict[int, list[int]]) -> bool:
    """A mood read on an evaluative word ("silly") with another entity right after it: the viewer's
    judgement of that kind, not a mood to rule out."""
    if {found[k].entity for k in starting} != {"mood"} or end + 1 >= len(utt.doc):
        return False
    words = {utt.lower[t] for k in starting for t in by_token[k]}
    return words <= EVALUATIVE and bool(_starting_at(end + 1, by_token))


def _comma_list(utt: Utterance, i: int, by_token: dict[int, list[int]]) -> bool:
    """After a comma at token ``i - 1``: is this a list of entities closed by "or" / "and" / "nor" ("no
    horror, gore or slasher stuff", "no horror, gore, or slashers")? A comma alone ends the scope ("no
    horror, just comedy", "not a series, a movie"), and so does a list that goes on as a sentence of its own
    ("no kids stuff, comedy and romance are fine")."""
    seen_entity, closed = False, False
    while i < len(utt.doc):
        word = utt.lower[i]
        starting = _starting_at(i, by_token)
        if starting:
            i = max(by_token[k][-1] for k in starting) + 1
            seen_entity = True
            continue
        if closed and seen_entity:
            return word in TRAILING_FILLER or not utt.doc[i].is_alpha
        if word in CONNECTORS or word in SAME_KIND_CONNECTORS:
            if not seen_entity:
                return False
            closed, seen_entity = True, False
        elif word not in _LIST_FILLER and not (word == "," and seen_entity) and not (seen_entity and word in TRAILING_FILLER):
            return False
        i += 1
    return closed and seen_entity


# An apposition that sharpens a negation keeps it: "she hates cartoons, the anime stuff especially", "no cartoons,
# especially not anime", "nothing animated, least of all anime", "no thrillers, above all nothing korean". Its words
# (besides filler and what it names) are these; the phrase that makes it sharpen is one of INTENSIFIERS.
INTENSIFIERS = (("especially",), ("particularly",), ("specifically",), ("above", "all"), ("least", "of", "all"),
                ("most", "of", "all"), ("in", "particular"), ("definitely",), ("certainly",))
INTENSIFIER_WORDS = frozenset(w for phrase in INTENSIFIERS for w in phrase) | frozenset(
    {"and", "not", "no", "nothing", "never", "none", "n't", "even", "less", "still"})
# What an apposition may rule out: the kinds a negation excludes as wishes (never who is watching or a runtime:
# "nothing scary, especially for kids" keeps the audience).
_APPOSITION_KINDS = frozenset({"genre", "mood", "country", "language", audience.CONTENT})
# Filler an apposition may hold: determiners and degree words, no wish ("i hate horror, i especially want comedy").
_APPOSITION_FILLER = TRAILING_FILLER | frozenset({"the", "a", "an", "any", "anything", "that", "those", "these", "kind",
                                                   "sort", "type", "of", "too", "so", "very", "really", "super", "overly"})
_CLAUSE_BREAK = frozenset({",", ".", ";", ":", "!", "?", "but", "though", "although", "yet", "however"})
_APPOSITION_MAX_TOKENS = 16


def _intensifying_apposition(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]]) -> bool:
    """The clause from token ``i`` (a comma, or an intensifier right after the excluded entity) to the next
    break names something to rule out and an intensifier, and nothing else but filler: the negation goes on.
    "no horror, but anime is fine" (a contrast) and "no horror, especially tonight" (nothing named) end it."""
    j = i + 1 if utt.lower[i] == "," else i
    named, words = False, []
    stop = min(len(utt.doc), j + _APPOSITION_MAX_TOKENS)  # an apposition is short: a bounded walk, never quadratic
    while j < stop and utt.lower[j] not in _CLAUSE_BREAK:
        starting = _starting_at(j, by_token)
        if starting:
            kinds = {found[k].entity for k in starting}
            if not kinds <= _APPOSITION_KINDS | {"media_type"}:
                return False
            named = named or bool(kinds & _APPOSITION_KINDS)
            j = max(by_token[k][-1] for k in starting) + 1
            continue
        word = utt.lower[j]
        if word not in INTENSIFIER_WORDS and word not in _APPOSITION_FILLER:
            return False
        words.append(word)
        j += 1
    if j == stop < len(utt.doc) and utt.lower[j] not in _CLAUSE_BREAK:
        return False  # longer than any apposition: a list of its own, not an intensifier's aside
    return named and any(_contains(words, phrase) for phrase in INTENSIFIERS)


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    """``phrase`` occurs in ``words`` as consecutive words."""
    n = len(phrase)
    return any(tuple(words[k:k + n]) == phrase for k in range(len(words) - n + 1))


ANY_KIND = "*"  # after a topic in a negation scope: "and" may go on with an entity of any kind
TOPIC_NOUNS = frozenset({"stuff", "things", "thing", "movies", "films", "shows", "stories", "content", "vibes"})


def _topic_run(utt: Utterance, i: int, by_token: dict[int, list[int]], found: list[Found]) -> int:
    """Length of "princess stuff" / "zombie things" at token ``i``: one or two words that are no entity,
    followed by a topic noun, then a list joiner; 0 otherwise."""
    covered = {t for idxs in by_token.values() for t in idxs}
    for n in (1, 2):
        end = i + n
        if end + 1 >= len(utt.doc) or any(t in covered or not utt.doc[t].is_alpha for t in range(i, end)):
            return 0
        if utt.lower[end] in TOPIC_NOUNS and end not in covered and (
                utt.lower[end + 1] in CONNECTORS or utt.lower[end + 1] in SAME_KIND_CONNECTORS
                or utt.lower[end + 1] == "," or _kind_with_topic(utt, end + 1, by_token, found)):
            return n + 1
    return 0


# A turned-down topic's companion kind: "no superhero stuff with sci fi", "no zombie things with gore".
_TOPIC_WITH = "with"
_WITH_TOPIC_KINDS = frozenset({"genre", "mood", audience.CONTENT})


def _kind_with_topic(utt: Utterance, i: int, by_token: dict[int, list[int]], found: list[Found]) -> bool:
    """Token ``i`` is "with" and a kind starts right after it: "no superhero stuff with sci fi" turns the kind down
    with the topic; anything else after "with" ("no zombie stuff with my kids around") is no part of the list."""
    if i >= len(utt.doc) or utt.lower[i] != _TOPIC_WITH:
        return False
    after = _starting_at(i + 1, by_token)
    return bool(after) and {found[k].entity for k in after} <= _WITH_TOPIC_KINDS


# Words that are no topic before "or" ("not sure or …", "no idea or …"): the scope must not run on through them.
_NOT_A_TOPIC = frozenset({"sure", "idea", "clue", "preference", "fine", "ok", "okay", "bothered", "picky", "fussy",
                          "really", "either", "whatever", "matter", "problem", "worries", "thanks", "way", "rush"})


def _genre_modifier(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]],
                    loose: bool = False) -> int:
    """Number of tokens of a word of no entity (no stop word) right before a genre: "zombie" of "zombie horror", "loud"
    of "no loud action"; with its hyphened adjective ending ("news-y documentaries") and a likeness noun or an example
    marker after it ("marvel type sci fi", "nothing loud like action": round 25c) counted in; 0 otherwise. After a
    one-word cue (not ``loose``) the word must not look like a verb, which would make the cue its subject ("nothing
    beats horror", "nothing compares"): no -s / -ed ending but an adjective's."""
    covered = {t for idxs in by_token.values() for t in idxs}
    if i in covered or not utt.doc[i].is_alpha or utt.doc[i].is_stop or utt.lower[i] in _NOT_A_TOPIC:
        return 0
    nxt = i + 1
    if nxt + 1 < len(utt.doc) and utt.lower[nxt] == "-" and utt.lower[nxt + 1] in _HYPHENED_ENDINGS | _LIKENESS_NOUNS:
        nxt += 2                                  # "news-y": an adjective, whatever its stem ends in
    elif not loose and _looks_like_a_verb(utt.lower[i]):
        return 0
    if nxt < len(utt.doc) and (utt.lower[nxt] in _LIKENESS_NOUNS or utt.lower[nxt] in EXAMPLE_MARKERS):
        nxt += 1
    return nxt - i if any(found[k].entity == "genre" for k in _starting_at(nxt, by_token)) else 0


# "none of that marvel type sci fi stuff", "no disney style musicals": a word naming a likeness before the genre it
# qualifies (the name and its likeness noun are the genre's modifier, the genre is what is ruled out).
_LIKENESS_NOUNS = frozenset({"type", "style", "kind", "sort", "-type", "-style", "esque", "-esque"})
# A title or a person named as a likeness before the shelf it qualifies ("had enough of <title>-type spanish stuff"):
# the shelf after the likeness noun is ruled out too.
_NAMED_KINDS = frozenset({"title", "actor", "director"})
# A part of a story a mood qualifies before a genre ("nothing with a sad ending drama kind of thing", "no depressing
# plot thriller stuff"): the genre after it is the compound kind ruled out with the mood (round 27B).
_STORY_PARTS = frozenset({"ending", "endings", "ended", "plot", "plots", "story", "stories", "storyline", "vibe", "vibes",
                          "tone", "feel", "twist", "twists", "finale"})
_EXAMPLE_SHELVES = frozenset({"genre", "country", "language"})


def _genre_after(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]]) -> bool:
    """A genre or an origin starts at token ``i`` (after an article): the examples of a negated word, or the shelf a
    likeness qualifies."""
    while i < len(utt.doc) and utt.lower[i] in _LIST_FILLER:
        i += 1
    starting = _starting_at(i, by_token)
    return bool(starting) and {found[k].entity for k in starting} <= _EXAMPLE_SHELVES


# The endings that make a word an adjective after a hyphen ("news-y", "artsy-fartsy" aside): "no news-y documentaries".
_HYPHENED_ENDINGS = frozenset({"y", "ey", "ish"})
# "like" before the examples of what a negation rules out ("nothing loud like action", "no sad stuff like dramas"):
# the genres after it are ruled out with the words before it, never asked for (round 25c).
EXAMPLE_MARKERS = frozenset({"like"})


_ADJECTIVE_S_ENDINGS = ("ous", "ss", "less", "ics")


def _looks_like_a_verb(word: str) -> bool:
    """"beats", "tops", "topped", "beat": a word that may be the verb of a one-word cue's clause ("nothing beats
    horror"), so it never opens a modifier reading there."""
    return ((word.endswith("s") and not word.endswith(_ADJECTIVE_S_ENDINGS)) or word.endswith("ed")
            or word in _CLAUSE_VERBS)


_CLAUSE_VERBS = frozenset({"beat", "top", "compare", "match", "touch", "rival", "tops", "get", "give", "make", "feel",
                           "need", "want", "mind", "matter", "worse", "better", "ever", "other", "else", "much"})


def _bare_topic(utt: Utterance, i: int, by_token: dict[int, list[int]], found: list[Found] | None = None) -> int:
    """Length of "superhero or" at token ``i``: one or two words that are no entity (no stop word), then "or"/"nor"
    and an entity right after — a subject the vocabulary lacks, listed with what it rules out ("no superhero or sci
    fi stuff" excludes sci-fi, and never turns it into a wish); 0 otherwise. The "or" is left for the scope. A format
    noun may close the subject ("superhero movie or"): it is counted in, its reading dropped by ``_topic_format``."""
    covered = {t for idxs in by_token.values() for t in idxs}
    for n in (1, 2):
        end = i + n
        if end + 1 >= len(utt.doc) or any(t in covered or not utt.doc[t].is_alpha or utt.doc[t].is_stop
                                          or utt.lower[t] in _NOT_A_TOPIC for t in range(i, end)):
            return 0
        if found is not None and (heads := _format_at(end, found, by_token)):
            end = max(by_token[k][-1] for k in heads) + 1
        after = end + 1
        while after < len(utt.doc) and utt.lower[after] in _LIST_FILLER:
            after += 1  # "superhero or a cartoon"
        if after < len(utt.doc) and utt.lower[end] in ("or", "nor") and _starting_at(after, by_token):
            return end - i
    return 0


def _format_at(i: int, found: list[Found], by_token: dict[int, list[int]]) -> list[int]:
    """The format readings starting at token ``i`` when only a format starts there."""
    starting = _starting_at(i, by_token)
    return starting if starting and all(found[k].entity == "media_type" for k in starting) else []


def _topic_format(utt: Utterance, i: int, found: list[Found], by_token: dict[int, list[int]]) -> list[int]:
    """The format noun closing a negated subject the vocabulary lacks, listed with "or" ("anything but a superhero
    movie or a cartoon"): the head of what is ruled out, asked for neither way; [] otherwise."""
    n = _bare_topic(utt, i, by_token, found)
    return [k for t in range(i, i + n) for k in _format_at(t, found, by_token)] if n else []


# Words that may stand between alternative genres ("comedies or maybe a thriller", "anime and/or sci-fi").
ALTERNATIVE_FILLER = frozenset({"or", "either", "/", ",", "and", "&", "a", "an", "some", "maybe", "perhaps",
                                "possibly", "else", "even", "any", "good", "great", "nice", "one", "ones", "and/or"})
OR_WORDS = frozenset({"or", "/", "either", "and/or"})


# Entities that may be alternatives of each other: genres with genres ("comedy or horror"), people with people
# ("Ali Wong or Iliza Shlesinger": an actor and a director are one kind here, who is in it).
_ALTERNATIVE_KINDS: tuple[frozenset[str], ...] = (frozenset({"genre"}), frozenset({"actor", "director"}))
# Between two people, the words that say how each is in the title may stand too ("with Seth Rogen or directed
# by Martin Scorsese", "something starring X or anything from Y").
_PEOPLE_FILLER = frozenset({"with", "by", "directed", "starring", "featuring", "from", "something", "anything",
                            "stuff", "film", "films", "movie", "movies", "show", "shows", "one", "ones"})


def _alternatives(utt: Utterance, found: list[Found], tokens: list[list[int]], negated: set[int],
                  positions: list[int]) -> set[int]:
    """Positions (as in ``positions``) of positive genres, or people, in an "or" chain of at least two.

    Two spans of one kind are linked when only ALTERNATIVE_FILLER words or media nouns stand between them;
    a chain of links containing an "or" makes every span in it an alternative.
    """
    media = {i for k, f in enumerate(found) if f.entity == "media_type" for i in tokens[k]}
    out: set[int] = set()
    for kind in _ALTERNATIVE_KINDS:
        members = sorted((k for k, f in enumerate(found)
                          if f.entity in kind and f.role is None and positions[k] not in negated and tokens[k]),
                         key=lambda k: tokens[k][0])
        filler = ALTERNATIVE_FILLER | (_PEOPLE_FILLER if "actor" in kind else frozenset())
        out |= _or_chains(utt, found, tokens, members, media, filler)
    return {positions[k] for k in out}


def _shared_by_alternatives(utt: Utterance, found: list[Found], alternatives: set[int]) -> tuple[set[int], set[int]]:
    """(required, dropped) among the genre alternatives: a genre every alternative names is asked for outright, and
    what only one alternative adds beside it goes ("comedy or a rom-com": comedy), unless it is a form
    (``vocabulary.FORM_GENRES``, a documentary) while the other alternatives name nothing but the shared genre: the
    form says which titles of it the viewer means, so it stays asked for too ("concert films or music documentaries",
    "hip hop docs or concert films": music documentaries; round 22f). An alternative is the genre words between two
    "or"s, side by side ("hip hop documentaries" is one); a bare form after a subject the form takes said before a media
    noun shares that subject ("kpop shows or docs": k-pop docs, so music is asked for and the documentaries with it,
    the shows' format no longer; "comedy shows or docs" stays either). Nothing changes when no genre is shared."""
    members = _alternative_members(utt, found, alternatives)
    if len(members) < 2:
        return set(), set()
    said = [{found[k].value for k in m} for m in members]
    heads: set[int] = set()
    for i in range(1, len(members)):
        between = _media_between(found, members[i - 1], members[i])
        form = next(iter(said[i])) if len(said[i]) == 1 else None
        if form in FORM_GENRES and FORM_GENRES[form] and said[i - 1] <= FORM_GENRES[form] and between:
            said[i] |= said[i - 1]  # "kpop shows or docs": the docs are k-pop's too, and "shows" no longer asked
            heads |= between
    common = set.intersection(*said)
    if not common:
        return set(), set()
    rest = [m - common for m in said]
    forms = {g for m in rest for g in m if g in FORM_GENRES} if any(not m for m in rest) else set()
    required = common | forms
    genre_alts = {k for m in members for k in m}
    return ({k for k in genre_alts if found[k].value in required},
            {k for k in genre_alts if found[k].value not in required} | heads)


def _form_heading_alternatives(utt: Utterance, found: list[Found], alternatives: set[int]) -> set[int]:
    """The form closing the last of the genre alternatives, right after its genre word ("sci-fi or fantasy anime",
    "funny or scary cartoons", "nature or history docs"): the noun the alternatives all qualify, asked for outright
    (round 34) — an anime that is sci-fi or fantasy, never any sci-fi title. A form (``vocabulary.FORM_GENRES``) that
    takes the genres before it, said in no other alternative."""
    members = _alternative_members(utt, found, alternatives)
    if len(members) < 2 or len(members[-1]) < 2:
        return set()
    last = max(members[-1], key=lambda k: found[k].start)
    form = found[last].value
    before = [found[k].value for m in members for k in m if k != last]
    takes = FORM_GENRES.get(form, ())
    if form not in FORM_GENRES or form in before or (takes is not None and not all(g in takes for g in before)):
        return set()
    previous = max((k for k in members[-1] if k != last), key=lambda k: found[k].end)
    if utt.text[found[previous].end:found[last].start].strip():
        return set()  # a word between: "comedy or horror, anime maybe" is no noun phrase
    return {last}


def _alternative_members(utt: Utterance, found: list[Found], alternatives: set[int]) -> list[list[int]]:
    """The genre alternatives grouped into the alternatives said: spans in order, a new one after each "or"."""
    ks = sorted((k for k in alternatives if found[k].entity == "genre"), key=lambda k: (found[k].start, k))
    members: list[list[int]] = []
    last_end = None
    for k in ks:
        between = utt.text[last_end:found[k].start].lower() if last_end is not None else ""
        if not members or (found[k].start >= last_end and any(w in OR_WORDS for w in re.findall(r"[\w/]+|/", between))):
            members.append([k])
        else:
            members[-1].append(k)
        last_end = max(last_end or 0, found[k].end)
    return members


def _media_between(found: list[Found], first: list[int], second: list[int]) -> set[int]:
    """Positions of the media nouns between the alternative ``first`` and the next one ("kpop shows or docs")."""
    end, start = max(found[k].end for k in first), min(found[k].start for k in second)
    return {k for k, f in enumerate(found) if f.entity == "media_type" and end <= f.start and f.end <= start}


def _or_chains(utt: Utterance, found: list[Found], tokens: list[list[int]], members: list[int],
               media: set[int], filler: frozenset[str]) -> set[int]:
    """The members (ordered by position) that sit in an "or" chain naming at least two different values."""
    out: set[int] = set()
    chain: list[int] = members[:1]
    has_or = False
    for prev, k in zip(members, members[1:]):
        if tokens[k][0] <= tokens[prev][-1]:           # same span: a compound's two genres
            chain.append(k)
            continue
        words = [utt.lower[i] for i in range(tokens[prev][-1] + 1, tokens[k][0]) if i not in media]
        if all(w in filler for w in words):
            chain.append(k)
            has_or = has_or or any(w in OR_WORDS for w in words)
            continue
        if has_or and len({found[c].value for c in chain}) > 1:
            out.update(chain)
        chain, has_or = [k], False
    if has_or and len({found[c].value for c in chain}) > 1:
        out.update(chain)
    return out


# "not only comedies, also dramas", "not just horror but thrillers too": the viewer widens the search to either kind,
# never a title filed under both.
_NOT_ONLY_RE = re.compile(r"\bnot\s+(?:only|just|simply|merely)\b(?P<first>[^.;!?]{1,40}?)(?:,\s*|\s+)(?:but\s+)?"
                          r"(?:also\b|(?=[^.;!?,]{1,30}?\b(?:too|as\s+well)\b))", re.IGNORECASE)
_NOT_ONLY_TAIL = 40


def _not_only_but_also(text: str, found: list[Found], kept: list[int], negated: set[int]) -> set[int]:
    """Positions of the positive genres joined by "not only … (but) also …" (above): alternatives, ``role: "any"``."""
    out: set[int] = set()
    for m in _NOT_ONLY_RE.finditer(text):
        first = [k for k in kept if k not in negated and found[k].entity == "genre" and found[k].role is None
                 and m.start("first") <= found[k].start < m.end("first")]
        second = [k for k in kept if k not in negated and found[k].entity == "genre" and found[k].role is None
                  and m.end("first") <= found[k].start < m.end() + _NOT_ONLY_TAIL]
        if first and second and {found[k].value for k in first} != {found[k].value for k in second}:
            out |= set(first) | {k for k in second if found[k].start == found[second[0]].start}
    return out


_GENERIC_CHILD_AUDIENCE = "family"
_TEEN = "teen"


def _negate(f: Found, text: str = "") -> Found:
    """Exclude, or invert a one-sided range; a content word becomes the clean-audience cap, subtitles
    the language the bot speaks (English)."""
    if f.entity == audience.CONTENT:
        return replace(f, entity="audience", role=audience.CAP)
    if f.entity == geo.SUBTITLES:
        return replace(f, entity="language", role=None)
    if f.entity == "audience" and f.value == _TEEN:
        # "nothing with teenagers", "not for teens": titles about and for teenagers, the Teen shelf (a cap on teen
        # ratings would mean nothing: it is a ceiling, not a kind)
        return replace(f, entity="genre", role=EXCLUDE)
    if f.entity == "audience" and f.value == _GENERIC_CHILD_AUDIENCE:
        # "not for kids", "nothing kid-friendly": no children's titles. A child of no stated age reads as
        # family (the age mapping), but ruled out it is the children's audience, not a ceiling.
        return replace(f, value="kids", role=EXCLUDE)
    if f.entity == "duration" and (value := durations.negated(text, f)) is not None:
        return f.with_value(value)  # "no movies longer than 80 minutes": up to 80
    if f.entity == "seasons" and _TOO_MANY_RE.match(text, f.start):
        return f  # "not too many seasons", "i don't want too many seasons": the complaint's ceiling, said twice
    invert = _INVERTERS.get(f.entity)
    if invert and (value := invert(f.value)) is not None:
        return f.with_value(value)
    return f.with_role(EXCLUDE)


# A kind turned down together with its origin ("not the cartoons from japan", "no british comedies", "not those
# korean dramas"): the origin is part of the refusal, never a wish, and the kind goes from that origin only — one
# ``origin_genre`` pair (origin_kinds.py), neither the kind from everywhere nor every title from there. Drawn titles
# from Japan are anime, so an animation word with Japan rules out anime only (a genre of its own). A comma or another
# word between the origin and the kind keeps them apart ("not from japan, cartoons": cartoons wanted, Japan ruled out).
_ORIGINS = origin_kinds.ORIGINS
_ORIGIN_AFTER_KIND_RE = re.compile(
    r"\s+(?:(?:that|which)\s+(?:are|were)\s+)?(?:from|made\s+in|out\s+of|in)\s+(?:the\s+)?", re.IGNORECASE)
_ORIGIN_BEFORE_KIND_RE = re.compile(r"[\s-]+")
_JAPANESE = frozenset({"Japan", "ja"})


_ORIGIN_JOINER_RE = re.compile(r"\s*(?:,\s*)?(?:(?:or|and|nor)\s+)?(?:the\s+)?|\s*/\s*", re.IGNORECASE)


def _origin_after_kind(text: str, kind: Found, origin: Found, found: list[Found]) -> bool:
    """``origin`` says where the refused ``kind`` is from: right after it ("comedies from france") or later in a list of
    origins that starts there ("comedies from france or italy")."""
    if _ORIGIN_AFTER_KIND_RE.fullmatch(text, kind.end, origin.start):
        return True
    before = [f for f in found if f.entity in _ORIGINS and kind.end <= f.start and f.end <= origin.start]
    if not before:
        return False
    first = min(before, key=lambda f: f.start)
    if not _ORIGIN_AFTER_KIND_RE.fullmatch(text, kind.end, first.start):
        return False
    ends = sorted({f.end for f in before})
    starts = sorted({f.start for f in before if f.start > first.start} | {origin.start})
    return all(any(_ORIGIN_JOINER_RE.fullmatch(text, e, st) for e in ends if e <= st) for st in starts)


def _combination_kind(f: Found) -> bool:
    """``f`` is a refused combination of genres from everywhere ("crime+documentary": ``_refused_combinations``)."""
    return f.entity == origin_kinds.ENTITY and f.role == EXCLUDE and origin_kinds.MARK not in f.value


def _kinds_of_spans(found: list[Found]) -> dict[int, str]:
    """The one kind each genre of a compound span names with its companion ("korean rom-coms": comedy+romance, paired
    with Korea as one kind, never Korean comedy and Korean romance apart)."""
    spans: dict[tuple[int, int], list[int]] = {}
    for k, f in enumerate(found):
        if f.entity == "genre" and f.role is None:
            spans.setdefault((f.start, f.end), []).append(k)
    return {k: excluded_kind([found[j].value for j in ks]) for ks in spans.values()
            if frozenset(found[j].value for j in ks) in _COMPOUND_SETS for k in ks}


_OR_JOINER_RE = re.compile(r"\s*(?:,\s*)?(?:or|nor)\s+|\s*/\s*", re.IGNORECASE)


def _prefixed_origins(text: str, found: list[Found]) -> set[int]:
    """Positions of the origins a prefix cue rules out, with the ones listed after it by "or" ("non-british or irish
    crime shows"): each is ruled out alone, the kind after the list stays wanted (round 29C)."""
    origins = sorted((k for k, f in enumerate(found) if f.entity in _ORIGINS and f.role == EXCLUDE),
                     key=lambda k: found[k].start)
    out: set[int] = set()
    for k in origins:
        if prefixed(text, found[k].start) or any(
                _OR_JOINER_RE.fullmatch(text, found[p].end, found[k].start) for p in out if found[p].end <= found[k].start):
            out.add(k)
    return out


def refused_origin_kinds(text: str, found: list[Found]) -> list[Found]:
    """Settle a kind and its origin refused as one phrase (see above); everything else is kept as found."""
    # before and after the pairs below: "no mexican telenovelas", "not korean or japanese dramas", "no british or
    # french comedies" (the last kind paired here first)
    found = origin_kinds.origins_before(text, found)
    drop: set[int] = set()
    refuse: dict[int, str] = {}
    pairs: list[Found] = []
    spans = {(f.start, f.end) for f in found if f.entity == "genre"}
    kinds = _kinds_of_spans(found)
    prefixed_origins = _prefixed_origins(text, found)
    for c, o in enumerate(found):
        if o.entity not in _ORIGINS or (o.start, o.end) in spans:
            continue                            # "foreign horror": the US ruled out by the foreign shelf's own word
        for g, k in enumerate(found):
            if k.entity != "genre" and not _combination_kind(k):
                continue
            if (k.role == EXCLUDE and o.role is None and k.end <= o.start
                    and _origin_after_kind(text, k, o, found)):
                drop.add(c)                     # "no comedies from france (or italy)": the origin says which, no wish
                if o.value in _JAPANESE and childrens.animation_word(text, k):
                    if k.value == childrens.KIDS:
                        drop.add(g)             # "no cartoons from japan": anime (excluded), not the children's shelf
                else:
                    drop.add(g)
                    pairs += origin_kinds.pair([kinds.get(g, k.value)], [o], k.start, o.end)
            elif (o.role == EXCLUDE and k.role is None and o.end <= k.start
                  and _ORIGIN_BEFORE_KIND_RE.fullmatch(text, o.end, k.start)
                  # "non-british thrillers": the prefix rules out the origin alone, the kind is wanted (round 29C)
                  and c not in prefixed_origins
                  # "seen every british cartoon, any from elsewhere?": the origin alone goes, the kind stays (26a)
                  and not _ELSEWHERE_RE.search(text, k.end)):
                drop.add(c)                     # "not the british comedies": British comedy is what goes
                if o.value in _JAPANESE and childrens.animation_word(text, k):
                    refuse[g] = childrens.ANIME
                else:
                    drop.add(g)
                    # what was read on the kind's own word goes with it: its format ("no korean rom-coms" asks for no
                    # films), the documentaries a musical is asked without ("not bollywood musicals")
                    drop |= {m for m, f in enumerate(found) if (f.start, f.end) == (k.start, k.end)
                             and (f.entity == "media_type" or f.entity == "genre" and f.role == EXCLUDE)}
                    pairs += origin_kinds.pair([kinds.get(g, k.value)], [o], o.start, k.end)
    if not drop:
        return origin_kinds.origins_before(text, found)
    out: list[Found] = []
    for g, f in enumerate(found):
        if g in refuse:
            out.append(replace(f, value=refuse[g], role=EXCLUDE))
        elif g not in drop:
            out.append(f)
    return origin_kinds.origins_before(text, list(dict.fromkeys(out + pairs)))
