"""The free-text remainder of a request, used as the soft ``query`` of the recommender.

Entities cover the structured part of "a heist movie set in Paris under two hours"; the rest ("set in
Paris") is still what the viewer wants and ranks well semantically. Only meaningful content words may
reach the query, because every word there steers ranking and may be quoted back in a reason. So:

1. only the *request sentence* of a long message counts (``request_span``): "we had a long week, the
   kids are finally asleep. anything funny under an hour?" searches for what was asked, not the story;
   and when that sentence is a run-on of comma clauses ("my parents arrived, the oven broke, and we need
   a film about sailing"), only its clauses that ask for something or name a topic (``query_clauses``);
2. the characters of every located entity are removed (words a constraint already consumed);
3. negation words and their scopes are removed ("no swearing or violence" must not search for "swearing",
   "my husband hates musicals" not for "hates"), and so are
   clauses about the viewer's situation ("while I cook", "when the kids are asleep") and phrases that
   leave the choice to the bot ("surprise me", "dealer's choice");
4. of what is left, only content words are kept (``contract.words.is_content_word``: not filler, not a
   number, a word of the catalog's vocabulary, so no typo and no word of another language).

When nothing is left there is no query at all: "what should I watch with my kids tonight?" ranks by
the constraints and the prior instead of by similarity to "what should I watch tonight".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from actions.constraints import CONSTRAINT_ENTITIES
from actions.entities import EXCLUDE, TAKEN_BACK, Entity
from actions.like_praise import praise_spans
from contract.habits import habit_spans
from contract.viewing import viewing_spans
from contract.words import (CHILD_KIN_PATTERN, COMPANY_VISIT_PATTERN, ELDER_KIN_PATTERN, COURTESY_PATTERN, DONE_WITH_PATTERN, NEGATED_WISH_WORDS,
                            PARTNER_PATTERN, SIBLING_IN_LAW_PATTERN,
                            ONE_OF_IT_WISHED_PATTERN,
                            content_reaction_spans, correction_lead, discourse_marker_spans,
                            holiday_mentions_turned_down, is_content_word, viewing_time_spans)

_WORD = re.compile(r"[^\W_][\w'\-]*")
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n+")

# A message this long (in words) with several sentences is a story around a request.
LONG_MESSAGE_WORDS = 18
# Words that make a sentence a request (the viewer asking for something) rather than context.
_REQUEST_WORDS = frozenset("""
want wanna looking recommend recommendation suggest suggestion show find give gimme need watch
something anything any ideas idea options pick picks what which should could can got have
please pls plz movie movies film films series show shows documentary documentaries
""".split())
# A negation scope starts after one of these and ends at punctuation, a contrast word or a new request.
_NEGATORS = frozenset("""
no not nothing without never none nor avoid skip except minus hate hates dislike dislikes loathe loathes
cannot detest detests don't dont doesn't doesnt isn't isnt aren't arent won't wont can't cant neither nobody non
""".split())
_SCOPE_ENDS = frozenset("""
but though although instead rather just only prefer preferably ideally maybe perhaps
something stuff want wanna looking need show give please pls
""".split())  # not "anything": "not in the mood for anything heavy" still negates "heavy"
# Phrases that hand the choice to the bot ("surprise me", "dealer's choice"): a vague request, never a topic
# ("surprise" would otherwise search for titles about surprises).
_OPEN_CHOICE = re.compile(r"\b(?:surprise\s+(?:me|us)|(?:you|u)\s+(?:choose|pick|decide)|dealer'?s\s+choice"
                          r"|(?:up\s+to\s+you|your\s+call)|throw\s+(?:something|anything)\b(?:\s+\w+)?\s+at\s+(?:me|us)"
                          r"|whatever\s+you\s+(?:think|like|want|recommend|suggest))\b", re.IGNORECASE)
_MAX_SCOPE_WORDS = 5
# Round 25d: a story or plot asked for as such ("an actual movie with a story", "the story kind", "a good plot"): every
# film has one, so the words are no topic; a story of something ("a story about twins", "a love story") keeps its words.
_ANY_STORY = re.compile(r"\b(?:(?:with|has|have|having|got)\s+(?:a|an|some)\s+(?:(?:good|real|proper|actual|decent|strong|solid"
                        r"|great|gripping)\s+)?(?:story|plot|storyline)|(?:the|a)\s+(?:story|plot)\s+(?:kind|sort|type)|(?:a|an)"
                        r"\s+(?:good|real|proper|decent|solid|great)\s+(?:story|plot|storyline))\b(?!\s+(?:about|of|where|in|set)\b)",
                        re.IGNORECASE)
# A reporting verb after its speaker ("my wife says nothing with blood", "she says no subtitles", "the 9 year old says
# …", "he reckons"): it says who voiced the wish, never what the titles are about. A title's words are entities first.
_REPORTING_VERB = re.compile(r"(?<=[\w'’]\s)(?:says|said|reckons|insists|insisted)\b", re.IGNORECASE)
_MEDIA_NOUNS = frozenset("movie movies film films series show shows documentary documentaries".split())
_SITUATION = re.compile(r"\b(?:(?:while|whilst|when|whenever)\s+(?:i|i'm|im|we|we're|you|he|she|they|my|our|the|his|"
                        r"her|their|everyone|everybody)|(?:before|after|until|till|once)\s+(?:i|we|you|he|she|they|"
                        r"everyone|everybody|my|our)|(?<!set\s)(?<!place\s)(?:before|until|till)\s+the"
                        # the time of the evening: "after dinner", "over lunch", "before bed"
                        r"|(?:before|after|during|over|at)\s+(?:dinner|lunch|breakfast|supper|brunch|dessert|bed|bedtime"
                        r"|work|school|class|church|practice|the\s+(?:meal|dishes))"
                        r")\b", re.IGNORECASE)


def residual_query(text: Optional[str], entities: Sequence[Entity]) -> Optional[str]:
    """What the viewer asked for beyond the entities, as content words, or None when nothing is left."""
    words = residual_words(text, entities)
    content = list(dict.fromkeys(query_spelling(w) for w in words if is_content_word(w) and w not in _NEGATORS))
    return " ".join(content) or None


# Round 26b: a topic typed short is searched as the catalog spells it ("xmas" → christmas).
_QUERY_SPELLINGS = {"xmas": "christmas", "x-mas": "christmas", "chrimbo": "christmas", "crimbo": "christmas"}


def query_spelling(word: str) -> str:
    """``word`` (lower case) as the query searches it: the catalog's spelling of a topic typed short."""
    return _QUERY_SPELLINGS.get(word, word)


def residual_words(text: Optional[str], entities: Sequence[Entity]) -> list[str]:
    """Every word left beyond the entities, negations and situations, before the content filter: a word the
    catalog never uses ("pixar") is no query, yet it may still say what kind of title is wanted
    (``planning._subject_genres``)."""
    if not text or text.startswith("/"):
        return []
    start, end = request_span(text)
    keep = query_clauses(text, start, end, for_someone=names_who_it_is_for(text, entities), entities=entities)
    chars = list(text)
    for i in range(len(chars)):
        if not any(s <= i < e for s, e in keep):
            chars[i] = " "
    _blank(chars, ((e.start, e.end) for e in entities if e.start is not None and e.end is not None))
    _blank(chars, _correcting_noes(text, entities))  # "french um no italian cooking shows": that "no" negates nothing
    _blank(chars, _correction_lead(text, entities))  # "no i said comedy": the answer to the bot, no topic, no negation
    _blank(chars, negation_scopes("".join(chars)))
    _blank(chars, situation_scopes("".join(chars)))
    _blank(chars, travel_scopes(text))  # "flying 14 hours to singapore, save me": the trip, no topic (round 24d)
    _blank(chars, reason_scopes("".join(chars)))  # "…, i need to be up early", "to prove him wrong"
    _blank(chars, ((m.start(), m.end()) for m in _REJECTED_TASTE.finditer("".join(chars))))  # "... but i hate it"
    _blank(chars, reaction_scopes("".join(chars)))  # "my uncle leaves the room at any swearing" (round 30C)
    _blank(chars, holiday_mentions_turned_down(text))  # "it's christmas but i hate christmas films": no christmas
    _blank(chars, ((m.start(), m.end()) for m in _COURTESY.finditer(text)))  # "Dear sir or madam, …": said to the bot
    _blank(chars, ((m.start(), m.end()) for m in _SELF_CORRECTION.finditer(text)))  # "wait no, the 80s. final answer"
    _blank(chars, ((m.start(), m.end()) for m in _RETRACTED_LEAD.finditer(text)))  # "<wish>? nah forget that, …" (27C)
    _blank(chars, ((m.start(), m.end()) for m in _DEGREE.finditer(text)))  # "a touch older": how much, no topic
    _blank(chars, ((m.start(), m.end()) for m in _EDIT_REACH.finditer(text)))  # "shorter ones in general": how widely
    _blank(chars, companion_scopes("".join(chars)))
    _blank(chars, evening_prop_scopes(text))  # "me and the dog, a glass of wine": the evening's props (round 27B)
    _blank(chars, ((m.start(), m.end()) for m in _THEIR_TASTE.finditer("".join(chars))))  # "he's obsessed with"
    _blank(chars, ((m.start(), m.end()) for m in _FAN_OF.finditer(text)))  # "big fan of <a star>": no topic
    _blank(chars, praise_spans(text, entities))  # "<title> was sick": praise of the anchor, no illness
    _blank(chars, habit_spans(text))  # "my gf picks horror every single time so it's my turn" (read on the words said)
    _blank(chars, _past_viewing(text, entities))  # "we just sat through a horror, now something light"
    _blank(chars, ((m.start(), m.end()) for m in _OPEN_CHOICE.finditer("".join(chars))))
    _blank(chars, ((m.start(), m.end()) for m in _REPORTING_VERB.finditer(text)))  # "my wife says …": who said it
    _blank(chars, ((m.start(), m.end()) for m in _ANY_STORY.finditer(text)))  # "an actual movie with a story"
    _blank(chars, discourse_marker_spans(text))  # "either way, …", "in any case": links to the talk (round 29C)
    _blank(chars, viewing_time_spans(text))  # "for saturday night", "on a weeknight": when, never what (round 30C)
    return [m.group().lower().strip("'-") for m in _WORD.finditer("".join(chars))]


def _past_viewing(text: str, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """The clauses telling what the viewer watched last (contract/viewing.py) when the message asks for a genre or
    mood outside them: the NLU dropped the kinds named there, and their words are the story, no topic ("we just
    watched a documentary about bees, more like that" keeps its bees)."""
    spans = viewing_spans(text)
    asked = any(e.name in ("genre", "mood") and e.start is not None and not any(s <= e.start < t for s, t in spans)
                for e in entities if e.role is None)
    return spans if asked else []


# The "no" of a self-correction, right after the words it took back (the extractor's ``taken_back`` entity), maybe after
# a hesitation: "french um no italian", "a swedish no danish".
_CORRECTING_NO_RE = re.compile(r"\W*(?:(?:um+|uh+|uhm+|er+m?|hm+|ah+)\W+)*(no)\b", re.IGNORECASE)


def _correcting_noes(text: str, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """Spans of each "no" that corrects a value taken back: it takes the value back, it rules out none of the words
    after it ("french um no italian cooking shows" still searches for cooking)."""
    out = []
    for e in entities:
        if e.name == TAKEN_BACK and e.end is not None:
            m = _CORRECTING_NO_RE.match(text, e.end)
            if m:
                out.append(m.span(1))
    return out


def _correction_lead(text: str, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """The lead of a correction of what the bot understood (contract/words ``correction_lead``: "no i said", "nah, i
    meant"), when what follows it is wanted: the restating cue, or a first entity after the particle that is no
    refusal ("no, a comedy not a documentary"). "No comedy" keeps its "no": a negation scope."""
    lead = correction_lead(text)
    if lead is None:
        return []
    after = sorted((e for e in entities if e.start is not None and e.start >= lead.end and e.name != TAKEN_BACK),
                   key=lambda e: e.start or 0)
    if lead.restated or (after and not after[0].excluded):
        return [(0, lead.end)]
    return []


# A degree said before a comparative ("a touch older", "a tad newer", "a shade darker", "a notch more recent"): how
# much, never what the titles are about.
_DEGREE = re.compile(r"\ba\s+(?:touch|tad|smidge|smidgen|shade|notch|trifle|wee\s+bit)\b(?=\s+(?:[a-z]+er|more|less)\b)",
                     re.IGNORECASE)
# How widely an edit holds ("shorter ones in general then", "older overall", "newer across the board"): the scope of the
# change, never what the titles are about.
_EDIT_REACH = re.compile(r"\b(?:in\s+general|generally|overall|across\s+the\s+board|on\s+the\s+whole|all\s+round)\b",
                         re.IGNORECASE)
# The words of a self-correction ("wait, no, the 80s", "hang on", "that's my final answer"): how the viewer corrects
# themself, never what the titles are about. "Wait" only before a pause or "no" / "actually" ("wait until dark" stays).
_SELF_CORRECTION = re.compile(
    r"\b(?:wait|hold\s+on|hang\s+on|scratch\s+that)\b(?=\s*(?:[,.!?;:-]|\bno\b|\bnah\b|\bactually\b|\bi\s+mean\b|$))"
    r"|\b(?:(?:that'?s|thats|is|my)\s+)*(?:final|last)\s+answer\b|\bi\s+mean\b", re.IGNORECASE)
# Round 27C: a wish taken back inside the message ("snowy if you can? nah forget that, just one with songs", "maybe
# spies... scrap that, a heist"): everything up to the retraction is no query when a new wish follows it.
_RETRACTED_LEAD = re.compile(
    r"^.*?\b(?:(?:forget|scrap|scratch|ignore|drop|skip)\s+(?:that|this|it)|never\s*mind\s+(?:that|this|it))\b"
    r"(?=\s*[,.;:!?-]*\s*(?:(?:just|instead|rather|actually|then|how\s+about|what\s+about|maybe|i\s+want)\b|[a-z]))",
    re.IGNORECASE)
# Courtesies of a formal message (contract.words.COURTESY_PATTERN): no query words.
_COURTESY = re.compile(rf"\b(?:{COURTESY_PATTERN})\b", re.IGNORECASE)


def request_span(text: str) -> tuple[int, int]:
    """The character span of the request in ``text``: the whole text, unless it is a long message of
    several sentences, then the last sentence that asks for something (else the last sentence), from the sentence
    before it when it refers back to what that one named (``_REFERS_BACK``)."""
    sentences = _sentences(text)
    if len(sentences) < 2 or len(_WORD.findall(text)) < LONG_MESSAGE_WORDS:
        return 0, len(text)
    at = next((i for i in range(len(sentences) - 1, -1, -1) if _asks(text[slice(*sentences[i])])), len(sentences) - 1)
    start, end = sentences[at]
    if at > 0 and _REFERS_BACK.search(text, start, end):
        start = sentences[at - 1][0]
    return start, end


def _asks(piece: str) -> bool:
    """The sentence asks for something: a request word or a question mark. "Got" and "have" ask only of the bot
    ("you got any", "have any"): "we've got maybe 2 hours tops" tells the viewer's evening, a circumstance of the
    request before it (round 33)."""
    said = {w.lower() for w in _WORD.findall(piece)} & _REQUEST_WORDS
    if said and said <= _POSSESSION_WORDS and not _ASKS_TO_HAVE.search(piece):
        said = set()
    return bool(said) or piece.rstrip().endswith("?")


_POSSESSION_WORDS = frozenset({"got", "have"})
_ASKS_TO_HAVE = re.compile(r"\b(?:you|u|ya|y'?all)\s+(?:got|have)\b|\b(?:got|have)\s+(?:any|anything|something|some)\b"
                           r"|^\W*(?:got|have)\b", re.IGNORECASE)


# A request that points back at the sentence before it ("… the old musicals. Have you anything of that kind, from the
# fifties?", "… a fan of westerns. The older the better"): the kind, the people and the topic were named there, so that
# sentence is part of the request. A comparative wish with no object ("the older the better") refers back too;
# "anything similar to <title>" names its object, so it does not.
_REFERS_BACK = re.compile(
    r"\b(?:of\s+(?:that|this|the\s+same)\s+(?:kind|sort|type|ilk|genre|style)"
    r"|(?:that|this|those|these)\s+(?:kinds?|sorts?|types?|style)\s+of"
    r"|(?:anything|something|any|some|one|ones|more|stuff|films?|movies?|shows?)\s+(?:just\s+)?like\s+(?:that|those|these|them)"
    r"\b(?!\s+(?:one|ones|film|films|movie|movies|show|shows|series)\b)"
    r"|(?:any|some|more)\s+of\s+(?:those|these|them|that)\b"
    r"|along\s+(?:those|these|the\s+same)\s+lines|in\s+(?:that|the\s+same)\s+(?:vein|style|spirit)"
    r"|(?:anything|something|one|ones)\s+similar\b(?!\s+to\b)|the\s+\w+er\s+the\s+better"
    # round 25b: "… some nigerian films beforehand. recent ones please": a quality of the kind named before
    r"|\b(?:recent|new|newer|newest|latest|older|old|short|shorter|long|longer|funny|light|lighter)\s+ones\b"
    r"(?!\s+(?:of|from|with|about|by|like|in)\b)"
    # round 28D: one newer or older than what was named ("... watched <title> twice. what's a newer one")
    r"|\b(?:a|an|any)\s+(?:more\s+recent|newer|older)\s+one\b(?!\s+(?:of|from|with|about|by|like|in)\b))", re.IGNORECASE)


# A sentence of at least RUN_ON_WORDS words and RUN_ON_CLAUSES comma clauses (or any long message of two
# clauses) is a run-on: its story clauses give no query words.
RUN_ON_WORDS = 12
RUN_ON_CLAUSES = 3
# A clause this short is an item of a list of wishes ("cozy, really wholesome, british"), never story.
_LIST_ITEM_WORDS = 2
# A clause of a run-on request sentence gives query words only if it asks for something (these words, the
# media nouns, or a question mark) or names a topic (from the topic word on). Looser request words ("have",
# "got", "can", "what") are left out: "the kids have a cold", "we got home late" are story.
_CLAUSE_REQUEST_WORDS = frozenset("""
want wanna looking recommend recommendation recommendations suggest suggestion suggestions find give gimme need
needs watch ideas idea options pick picks please pls plz something anything movie movies film films series
show shows documentary documentaries
""".split())
_TOPIC = re.compile(r"\b(?:about|abt|set\s+(?:in|on|during|at)|based\s+on|featuring|involving|revolving\s+around"
                    r"|centered\s+on|centred\s+on|starring|with\s+(?:a|an|some|lots\s+of|plenty\s+of)|where|in\s+which)\b",
                    re.IGNORECASE)
# A topic clause is a wish when its topic word comes first, after at most this many words ("ideally about a
# heist", "preferably one set in space"); after a subject and a verb it is story ("mum phoned about the wedding").
_TOPIC_LEAD_WORDS = 2
_CLAUSE_END = re.compile(r",|\s[-–—]+\s|:")
# A clause that opens as a question or a request of its own ("what are some new thrillers", "any good docs", "got any
# westerns", "can you find me …"): with a constraint of its own said in it, it is the request of a run-on sentence and
# the clauses of story before it ("been out of the loop for ages, had a baby, …") give no query words.
_ASKING_CLAUSE = re.compile(
    r"^\W*(?:(?:so|and|but|anyway|ok(?:ay)?|well|now|just|basically|soo+)\s+)*"
    r"(?:what(?:'s|\s+(?:are|is|r))\s+(?:some|any|a|an|the|good|decent)|what\s+(?:do|can|could|would|should)\s+(?:you|u|i|we)"
    r"|which|any(?:thing)?|(?:have\s+you\s+|you\s+)?got|do\s+you\s+have|(?:can|could|would|will)\s+(?:you|u)"
    r"|is\s+there|are\s+there|recommend|suggest|find|show|give|gimme)\b", re.IGNORECASE)


def query_clauses(text: str, start: int, end: int, *, for_someone: bool = False,
                  entities: Sequence[Entity] = ()) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` (the request sentence) that may give query words: all of it, unless
    the sentence is a run-on of comma clauses (``RUN_ON_WORDS``, ``RUN_ON_CLAUSES``), then its clauses that ask for
    something (all their words), clauses of one or two words (a list of wishes) and clauses that open with a topic
    ("…, ideally about sailing", from "about" on). The story clauses around them ("my in-laws arrived yesterday", "the dog ate a sock")
    give none. When no clause asks or names a topic, the sentence stays whole. When the message names who the
    title is for (``for_someone``), a clause saying what they like ("…, and he loves dinosaurs") is a wish too:
    from the taste words on. A clause that opens as a question or request and states a constraint of its own
    (``_ASKING_CLAUSE``, one of ``entities``: "…, had a baby, what are some new thrillers") asks for something too, so
    the story before it gives none; "cozy, funny, british" (a list of wishes) stays the query."""
    n_words = len(_WORD.findall(text))
    if n_words < RUN_ON_WORDS:
        return [(start, end)]
    clauses, at = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        clauses.append((at, m.start()))
        at = m.end()
    clauses.append((at, end))
    clauses = [(s, e) for s, e in clauses if _WORD.search(text, s, e)]
    if len(clauses) < (2 if n_words >= LONG_MESSAGE_WORDS else RUN_ON_CLAUSES):
        return [(start, end)]
    keep = []
    for s, e in clauses:
        piece = text[s:e]
        words = {w.lower() for w in _WORD.findall(piece)}
        if (words & _CLAUSE_REQUEST_WORDS or len(_WORD.findall(piece)) <= _LIST_ITEM_WORDS
                or text[e:end].lstrip().startswith("?") or piece.rstrip().endswith("?")
                or (_ASKING_CLAUSE.match(piece) and _states_constraint(entities, s, e))):
            keep.append((s, e))  # a request, or an item of a list of wishes ("cozy, really wholesome, british")
        elif (topic := _TOPIC.search(piece)) and len(_WORD.findall(piece, 0, topic.start())) <= _TOPIC_LEAD_WORDS:
            keep.append((s + topic.start(), e))  # "ideally about a heist", not "my sister called about the wedding"
        elif for_someone and (taste := _THEIR_TASTE.search(piece)):
            keep.append((s + taste.start(), e))  # "…, and she's obsessed with trains" (for my niece): trains
    return keep or [(start, end)]


def _states_constraint(entities: Sequence[Entity], start: int, end: int) -> bool:
    """Whether a constraint entity lies in ``[start, end)``."""
    return any(e.name in CONSTRAINT_ENTITIES and e.start is not None and start <= e.start < end for e in entities)


_WHO_IS_WATCHING = frozenset({"audience"})
_PEOPLE = frozenset({"actor", "director"})
# Words that say what someone likes: "loves", "is into", "obsessed with", "a big fan of".
TASTE_WORDS = (r"(?:like|likes|love|loves|enjoy|enjoys|adore|adores|prefer|prefers|into|fan|fans|big\s+on"
               r"|(?:obsessed|infatuated)\s+with|(?:crazy|mad|nuts|wild|passionate)\s+(?:about|for))")
# "we both like thrillers", "i'm really into korean stuff": the viewer's own taste, said in the story.
_OWN_TASTE = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|we|we're|we've|weve|we'd|us)\b(?:\s+\w+){0,3}?\s+"
                        + TASTE_WORDS + r"\b", re.IGNORECASE)
# Someone else's taste said as a clause, up to what they like: "he loves", "she's really into", "they are obsessed
# with", "he is a huge fan of" (not "he hates", "she doesn't like": a negator is no taste word).
_TASTE_LEAD = (r"(?:(?:is|are|'s|'re|really|totally|absolutely|just|so|also|still|all|super|kind\s+of|kinda|a|big"
               r"|huge)\s+){0,3}")
_THEIR_TASTE = re.compile(r"\b(?:he|she|they|he's|she's|they're|hes|shes|theyre)\s+" + _TASTE_LEAD + TASTE_WORDS
                          + r"(?:\s+(?:of|with))?\b", re.IGNORECASE)
# Being a fan of what the message names ("i am big fan of <a star>", "huge fans of westerns"): the taste is said by what
# follows, the fan words are no topic (round 25e).
_FAN_OF = re.compile(r"\b(?:(?:a|such\s+a)\s+)?(?:(?:big|huge|massive|great|major|die[\s-]?hard|long[\s-]?time|true)\s+)*"
                     r"fans?\s+of\b"
                     # round 34: "a huge sports guy", "a massive horror nerd": someone's kind named around a genre word
                     r"|\b(?:(?:a|such\s+a)\s+)?(?:(?:big|huge|massive|major|total|die[\s-]?hard|real|mad)\s+)+"
                     r"(?=[\w'-]+\s+(?:guy|girl|gal|dude|fan|nut|buff|person|junkie|freak|nerd|geek|head)s?\b)",
                     re.IGNORECASE)
# Someone else's taste the viewer turns down in the same clause: "my sister loves horror but I can't stand it", "my dad
# is into westerns but I hate them", "he likes anime, not my thing though". The group ``what`` is what they like.
_THIRD_PERSON = r"(?:\b(?:he|she|they|he's|she's|they're)\s+|\b(?:my|our)\s+(?:[\w'-]+\s+)?[\w'-]+\s+)"
# The viewer's refusal, whose object must be the taste: a verb of dislike ("can't stand", "hate", "don't like", "am not
# into", "not a fan of") followed by a pronoun for it ("it", "them", "that stuff") or by the clause's end ("… but we
# don't, any comedies?"). A negated verb of something else ("but i can't find anything good for her", "but i don't
# know what else to show him") refuses nothing: the taste stays.
_VIEWER = r"(?:i'm|im|i\s+am|we're|we\s+are|i|we)"
_ADVERBS = r"(?:\s+(?:really|just|honestly|personally|totally|absolutely|so|genuinely|seriously|kinda|also|both|still|truly|actually))*"
_REFUSAL_VERB = (r"(?:(?:can't|cant|cannot|can\s+not|couldn't|couldnt|could\s+not)\s+(?:stand|bear|stomach|take|handle"
                 r"|deal\s+with|get\s+into|do)"
                 r"|(?:don't|dont|do\s+not|won't|wont|will\s+not|never|didn't|didnt|did\s+not)\s+(?:really\s+)?(?:like|love"
                 r"|enjoy|care\s+for|dig|watch|want|get\s+into)"
                 r"|hate|detest|loathe|despise|dislike|can't\s+abide"
                 r"|(?:am\s+|are\s+)?not\s+(?:really\s+|so\s+|that\s+|too\s+|a\s+big\s+)?(?:into|a\s+fan\s+of|fans\s+of|keen\s+on"
                 r"|big\s+on|interested\s+in)"
                 r"|(?:am|are)\s+(?:so\s+)?(?:over|done\s+with|sick\s+of|tired\s+of))")
_TASTE_OBJECT = r"(?:it|them|that|those|these|this|either|any\s+of\s+(?:it|them|that)|(?:that|this|such)\s+stuff)\b"
_BARE_REFUSAL = (r"(?:don't|dont|do\s+not|(?:am\s+|are\s+)?not(?:\s+(?:a\s+fan|fans|keen|really))?|hate\s+it"
                 r"|(?:can't|cant|cannot)\s+stand)")
_REFUSAL_END = r"(?=\s*(?:[,;.!?]|$)|\s+(?:though|tho|at\s+all|personally|anymore|myself|ourselves)\b)"
_REJECTED_TASTE = re.compile(
    _THIRD_PERSON + _TASTE_LEAD + TASTE_WORDS + r"(?:\s+(?:of|with))?\b(?P<what>[^,;.!?]*?)"
    r"(?:\b(?:but|though|whereas|while)\s+" + _VIEWER + _ADVERBS + r"\s+"
    r"(?:" + _REFUSAL_VERB + r"(?:\s+(?:really|much))?\s+" + _TASTE_OBJECT + r"|" + _REFUSAL_VERB + _REFUSAL_END
    + r"|" + _BARE_REFUSAL + _REFUSAL_END + r")"
    r"|[,\s]*\bnot\s+(?:me|for\s+me|my\s+(?:thing|cup\s+of\s+tea))\b)[^,;.!?]*", re.IGNORECASE)


def request_entities(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """The entities of the request. In a long message whose request sentence states constraints of its
    own, the story around it counts only where it speaks for the request:

    - what follows the request sentence adds to it ("I want a series. No anime, no crime");
    - who is watching (an audience) counts wherever it is said, and so does the time there is (a runtime ceiling:
      "night shift starts at 11, it's 9 now and I leave at 10:30. a movie that fits?"), unless the request says a
      runtime of its own;
    - the viewer's own taste said in a sentence of the story ("we both like thrillers. something under 90
      minutes?") counts, unless the request names that kind of constraint itself;
    - what the story rules out stays ruled out ("he hates musicals. i'm not into romance. anything twisty?"), unless
      the request sentence asks for it;
    - so does a wish said in a sentence of the story ("my friend is over and wants something in spanish. she likes
      crime, a series is better"): the last request sentence is not the only one that asks;
    - a person the story is about ("… we lost a trivia question about <actor> and now I have to watch his
      stuff. where do I start?") counts, unless the request names a person or the story rejects them.

    Other story entities do not count ("my sister loves horror but I can't stand it. any good comedies?"
    is a comedy request). When the request sentence states no constraint ("so what should we watch?"), the
    story is the request and every entity counts."""
    entities = list(entities)
    if not text or text.startswith("/"):
        return entities
    start, end = request_span(text)
    if (start, end) == (0, len(text)):
        return entities

    def inside(e: Entity) -> bool:
        return e.start is None or e.end is None or e.start >= start

    own = [e for e in entities if inside(e) and e.name in CONSTRAINT_ENTITIES]
    if not own:
        return entities
    named = {e.name for e in own}
    wanted = {(e.name, e.value) for e in own if not e.excluded}
    sentences = _sentences(text)
    return [e for e in entities
            if inside(e) or e.name in _WHO_IS_WATCHING or _time_there_is(e, named)
            or _story_speaks_for_request(text, sentences, e, named, entities) or _turned_down_in_story(e, wanted)
            or _one_of_two_wishes(text, sentences, e)]


# Round 29D: something two people would both like asked for ("anything that does both?", "one for the two of us",
# "either works") in a sentence after each said a wish in the story ("he wants a western and i want something funny"):
# the wishes are the request, whatever else the story holds ("we never agree"). The planner asks for titles with all
# the genres first and any of them when none has them all (planning ``_either_side_unless_together``).
_FOR_BOTH = re.compile(r"\b(?:both|either|the\s+two\s+of\s+us|each\s+of\s+us)\b", re.IGNORECASE)


def _one_of_two_wishes(text: str, sentences: list[tuple[int, int]], e: Entity) -> bool:
    """``e`` is a genre one person of the story wishes for, in a clause of its own with no negator, and a later
    sentence asks for something for both of them."""
    if e.name != "genre" or e.excluded or e.start is None or e.end is None:
        return False
    sentence = next(((s, t) for s, t in sentences if s <= e.start < t), None)
    if sentence is None or not _FOR_BOTH.search(text, sentence[1]):
        return False
    s, t = sentence
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, s, e.start)), default=s)
    clause_end = next((m.start() for m in _CLAUSE_START.finditer(text, e.end, t)), t)
    if {w.lower() for w in _WORD.findall(text, clause_start, clause_end)} & _NEGATORS \
            or _negated_back_reference(text, e.end, t):
        return False  # "he wants horror but i can't stand it": no wish of both
    lead = text[clause_start:e.start]
    return any(rx.search(lead) for rx in (_STORY_WISH, _OWN_TASTE, _THEIR_TASTE))


def _time_there_is(e: Entity, named: set[str]) -> bool:
    """A runtime ceiling said in the story (the time the viewer has) when the request says no runtime itself."""
    return e.name == "duration" and "duration" not in named and str(e.value).startswith("-")


def _turned_down_in_story(e: Entity, wanted: set[tuple[str, str]]) -> bool:
    """Something ruled out anywhere in the message stays ruled out ("he can't stand musicals. i'm not into anything
    too romantic. we both like twisty stuff"), unless the request sentence itself asks for it ("we usually skip
    comedies. tonight though, a comedy?")."""
    return e.excluded and e.name in CONSTRAINT_ENTITIES and (e.name, e.value) not in wanted


# A sentence of the story that itself asks for something ("my friend from spain is here and wants to watch something in
# spanish.", "we're trying to find one thing for family movie night."): what it names, before the last request
# sentence, is part of the request unless that sentence names the same kind of constraint.
_STORY_WISH = re.compile(
    r"\b(?:wants?|wanted|wanna|would\s+like|'d\s+like|looking\s+for|trying\s+to\s+(?:find|pick|choose)|hoping\s+(?:for|to)"
    r"|in\s+the\s+mood\s+for|need|needs|fancy|fancies|craving|is\s+there|are\s+there|do\s+you\s+have|got\s+any"
    r"|recommend|suggest"
    # the viewer's own pick ("it's my week and i pick 80s films. something PG"; "i'm going with westerns", "it has to
    # be a 90s one"): what the viewer chooses is wished for, never story ("she always picks horror" is someone else's)
    r"|(?:i|we)\s+(?:(?:get\s+to|will|'ll|am\s+going\s+to|'m\s+going\s+to|gonna)\s+)?(?:pick|choose|go\s+with)"
    r"|(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:picking|choosing|going\s+with)|(?:my|our)\s+(?:pick|choice|theme)\s+is"
    r"|(?:has|have|got)\s+to\s+be|must\s+be|gotta\s+be"
    # the viewer's own fancy said as a wish ("i could really go for a rom com", "i'm feeling like a thriller", "we'd
    # love a western", "up for some anime"): round 22i
    r"|(?:i|we|i'd|we'd|id)\s+(?:(?:could|would)\s+)?(?:really\s+|so\s+|honestly\s+|totally\s+)?(?:go\s+for|love)"
    r"|(?:feel|feeling|feels)\s+like|(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:so\s+|really\s+)?up\s+for"
    # round 25d: what the viewer has heard is good, said before the request ("i've heard there are some very good
    # historical documentary series now. something recent, please"): the kinds the request goes on to ask for
    r"|(?:i've|ive|i\s+have|i|we've|we\s+have|we)\s+(?:heard|read|been\s+told)\s+(?:that\s+)?(?:there\s+(?:are|is)|there's"
    r"|(?:the|some)\s+)|there\s+(?:are|is)\s+(?:some\s+)?(?:very\s+|really\s+|so\s+)?(?:good|great|excellent|brilliant))\b",
    re.IGNORECASE)


def _story_speaks_for_request(text: str, sentences: list[tuple[int, int]], e: Entity, named: set[str],
                              entities: Sequence[Entity] = ()) -> bool:
    """A story entity that belongs to the request: the viewer's own taste, a wish said in the story, a kind stated as
    the wish (``_stated_as_the_wish``), what someone the title is for likes, or the person the story is about."""
    if e.start is None or e.end is None or e.name not in CONSTRAINT_ENTITIES or e.role == "exclude":
        return False
    sentence = next(((s, t) for s, t in sentences if s <= e.start < t), None)
    if sentence is None:
        return False
    if e.name not in named and e.name in _KIND_ENTITIES and _ONE_OF_IT_WISHED.search(text, e.end):
        return True  # "never seen anime, my son wants to show me one": the kind met is what is asked
    if e.name not in named and e.name in _KIND_ENTITIES and _stated_as_the_wish(text, sentence, e, entities):
        return True  # "… and it's action films", "an anime would be good", "sci-fi horror?"
    if e.name not in named and e.name in _KIND_ENTITIES and _opens_as_the_wish(text, sentence, e, entities):
        return True  # "a french-language series, but we've seen every cop show, so nothing procedural. …" (26a)
    if _story_rejects(text, sentence, e, entities):
        return False  # "… but I can't stand it": the story rejects it
    if e.name not in named and e.name in _KIND_ENTITIES and _MORE_OF_IT_ASKED.search(text, e.end, sentence[1]):
        return True  # "my mom got into kdramas … and now she's asking me for more" (round 36)
    if e.name in _PEOPLE:
        return not named & _PEOPLE
    lead = text[sentence[0]:e.start]
    return e.name not in named and (_OWN_TASTE.search(lead) is not None or _STORY_WISH.search(lead) is not None
                                    or (e.name in _KIND_ENTITIES and _liked_by_whom_it_is_for(text, lead)))


# Round 36: more of what the story named asked for later in its sentence ("… got into kdramas … and now she's asking me
# for more", "he's hooked on westerns and wants more"): that kind is the wish.
_MORE_OF_IT_ASKED = re.compile(r"\b(?:ask(?:s|ing|ed)?|beg(?:s|ging|ged)?|wants?|wanted|needs?|craving|hungry)\s+"
                               r"(?:(?:me|us|you|him|her)\s+)?(?:for\s+)?more\b", re.IGNORECASE)


# A word pointing back at what the sentence named before ("… but I can't stand it", "… I hate that stuff").
_BACK_REFERENCE = frozenset({"it", "them", "that", "those", "these", "this", "one", "ones", "either", "him", "her", "his",
                             "he", "she", "they"})
_BACK_REFERENCE_REACH = 4  # words after the negator


def _story_rejects(text: str, sentence: tuple[int, int], e: Entity, entities: Sequence[Entity] = ()) -> bool:
    """The story sentence turns down what ``e`` names: a negator in ``e``'s own clause ("we never watch anything in
    spanish"), or in a later clause that points back at it ("my sister loves horror but I can't stand it"). A negator
    in another clause that names what it rules out itself ("we want a spanish-language show, but … so nothing too
    soapy") rejects only that (round 24a: the negated phrase excludes only what it names). A negated clause that names
    the same kind of constraint ("a korean show but my husband hates subtitles": English) still rejects it."""
    s, t = sentence
    assert e.start is not None and e.end is not None
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, s, e.start)), default=s)
    clause_end = next((m.start() for m in _CLAUSE_START.finditer(text, e.end, t)), t)
    if {w.lower() for w in _WORD.findall(text, clause_start, clause_end)} & _NEGATORS:
        return True
    # a kind of the same constraint the sentence rules out itself ("we like crime but she can't do horror") names what
    # its negator refuses: only one said as a wish ("a korean show but my husband hates subtitles") contests it (25g)
    if any(o.name == e.name and o is not e and not o.excluded and o.start is not None and s <= o.start < t
           for o in entities):
        return bool({w.lower() for w in _WORD.findall(text, s, t)} & _NEGATORS)
    return _negated_back_reference(text, s, t)


def _negated_back_reference(text: str, s: int, t: int) -> bool:
    """``text[s:t]`` turns down what it named before with a pointing word after a negator ("... but I can't stand
    it")."""
    words = [w.lower() for w in _WORD.findall(text, s, t)]
    return any(w in _NEGATORS and set(words[i + 1:i + 1 + _BACK_REFERENCE_REACH]) & _BACK_REFERENCE
               for i, w in enumerate(words))


# What a story may state as the wish: the kinds of titles (round 22i). Who watches, runtimes and ratings keep their own
# rules (``_WHO_IS_WATCHING``, ``_time_there_is``).
_KIND_ENTITIES = frozenset({"genre", "media_type", "country", "language", "mood", "year"})
# Where a clause of a story sentence starts: a comma, a dash, a colon, or "and" / "but" / "so" between clauses.
_CLAUSE_START = re.compile(r"[,:;(]|\s[-–—]+\s|\b(?:and|but|so|though|although|because|cause|cos)\b", re.IGNORECASE)
# A kind stated as what is wanted, the clause leading up to it ("… only agree on one thing and it's action films", "the
# one exception is sci-fi", "the plan is a western"): a present copula, then only determiners and plain qualities.
_COPULA_LEAD = re.compile(
    r"(?:\b(?:it|that|this)(?:'s|’s|s|\s+is|\s+will\s+be|\s+would\s+be|\s+should\s+be)|\bis|\bare|\bwould\s+be)\s+"
    r"(?:(?:only|always|just|definitely|probably|usually|basically|simply|a|an|some|the|any|good|old|classic|proper"
    r"|really|mostly|more|of|kind|sort|bit|little)\s+)*$", re.IGNORECASE)
# Someone else's thing said before the copula ("her favourite is horror", "he's into it, his thing is anime"): story.
_SOMEONE_ELSES = re.compile(r"\b(?:he|she|they|his|her|their|he's|she's|they're|hes|shes)\b|\b\w+'s\s+(?:favou?rite"
                            r"|fave|obsession|thing|go-to|genre|pick|choice)", re.IGNORECASE)
# After the kind, the words of a wish ("a thriller would be good", "an anime please", "a comedy ideally").
_WISH_AFTER = re.compile(
    r"\W*(?:[\w'-]+\s+){0,2}?(?:(?:would|'d|could|might|will)\s+(?:be\s+)?(?:\w+\s+)?(?:good|great|nice|ideal|perfect|fun"
    r"|lovely|best|fine|brilliant|cool|ace|work|do|hit\s+the\s+spot)"
    r"|please|pls|plz|ideally|preferably|if\s+(?:possible|you\s+can|you\s+have\s+(?:one|any)))\b", re.IGNORECASE)
# Words a stated kind may be followed by in its clause ("it's action films tonight", "is sci-fi, obviously").
_KIND_TAIL = frozenset("""films film movies movie shows show series ones one stuff tonight really obviously basically
honestly though tho these days anyway of course every time""".split())
# A bare question of kinds is this short ("sci-fi horror?", "british or irish?", "maybe something french?").
_BARE_QUESTION_WORDS = 6


def _stated_as_the_wish(text: str, sentence: tuple[int, int], e: Entity, entities: Sequence[Entity] = ()) -> bool:
    """A kind stated as the wish in a sentence of the story: after a present copula at the end of its clause ("we only
    agree on one thing and it's action films", "the one exception is sci-fi"), before words of a wish ("an anime would
    be good", "a thriller please"), or asked in a short question of its own ("sci-fi horror?", "irish or british?").
    "The problem is horror gives me nightmares" (the clause goes on) and "her favourite is horror" (someone else's)
    state no wish; nor does a kind whose clause or what follows it in the sentence refuses ("it's horror, and i hate
    it"). The kinds named together ("sci-fi films", "romantic comedy") are read as one."""
    s, t = sentence
    start, end = _kinds_together(e, entities)
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, s, start)), default=s)
    clause_end = next((m.start() for m in _CLAUSE_START.finditer(text, end, t)), t)
    if {w.lower() for w in _WORD.findall(text, clause_start, t)} & _NEGATORS:
        return False
    lead, tail = text[clause_start:start], text[end:clause_end]
    tail_words = [w.lower() for w in _WORD.findall(tail)]
    if (_COPULA_LEAD.search(lead) and not _SOMEONE_ELSES.search(lead)
            and len([w for w in tail_words if w not in _KIND_TAIL]) == 0):
        return True
    if _WISH_AFTER.match(text, end, clause_end):
        return True
    if not text[s:t].rstrip().endswith("?"):
        return False
    return (len(_WORD.findall(text, s, t)) <= _BARE_QUESTION_WORDS
            or (clause_end == t and len(_WORD.findall(text, clause_start, t)) <= _BARE_QUESTION_WORDS))


# Round 26a: words a sentence may open with before the kinds it asks for ("a french-language series, but …").
_OPENING_WORDS = frozenset({"a", "an", "some", "any", "ok", "okay", "so", "well", "hi", "hey", "hello", "um", "maybe",
                            "right", "alright", "just", "one", "good", "great", "nice"})


def _opens_as_the_wish(text: str, sentence: tuple[int, int], e: Entity, entities: Sequence[Entity] = ()) -> bool:
    """Round 26a: a story sentence that opens with nothing but kinds ("a french-language series, but she's seen every
    cop show there is, so nothing procedural"): that opening clause is the wish, whatever the later clauses rule out
    (a negation never reaches a kind stated in another clause). Another kind of the same constraint said in the
    sentence ("a korean show but my husband hates subtitles") leaves it to ``_story_rejects``."""
    s, t = sentence
    start, end = _kinds_together(e, entities)
    if any(w.lower() not in _OPENING_WORDS for w in _WORD.findall(text, s, start)):
        return False
    clause_end = next((m.start() for m in _CLAUSE_START.finditer(text, end, t)), t)
    if any(w.lower() not in _KIND_TAIL for w in _WORD.findall(text, end, clause_end)):
        return False
    return not any(o.name == e.name and o is not e and o.start is not None and s <= o.start < t
                   and (o.start < start or o.start >= end) for o in entities)


def _kinds_together(e: Entity, entities: Sequence[Entity]) -> tuple[int, int]:
    """The span of ``e`` widened over the kinds named right beside it ("sci-fi films", "a french romantic comedy")."""
    assert e.start is not None and e.end is not None
    start, end = e.start, e.end
    spans = sorted((f.start, f.end) for f in entities
                   if f.name in _KIND_ENTITIES and f.start is not None and f.end is not None and not f.excluded)
    changed = True
    while changed:
        changed = False
        for a, b in spans:
            if b <= start and start - b <= 1 and a < start:
                start, changed = a, True
            elif a >= end and a - end <= 1 and b > end:
                end, changed = b, True
    return start, end


# "One" or "some" of the kind asked to be seen or shown after it ("never seen anime, my son wants to show me one").
_ONE_OF_IT_WISHED = re.compile(ONE_OF_IT_WISHED_PATTERN, re.IGNORECASE)
# The viewer chooses for themself alone ("something for me", "just for myself"): someone else's taste is story then.
_FOR_THEMSELF = re.compile(r"\b(?:for\s+(?:me|myself)|just\s+me|by\s+myself|on\s+my\s+own|alone)\b", re.IGNORECASE)
# Someone's taste said in a sentence of the story ("he says he likes space and robots", "my nephew is obsessed with
# trains"): the subject, up to the taste word.
_SOMEONES_TASTE = re.compile(_THIRD_PERSON + r"(?:(?:[a-z]+ly|is|are|'s|'re|just|so|also|still|all|super|kind\s+of|kinda"
                             r"|a|big|huge)\s+){0,3}" + TASTE_WORDS + r"(?:\s+(?:of|with|about|for))?\b", re.IGNORECASE)


def _liked_by_whom_it_is_for(text: str, lead: str) -> bool:
    """What someone said in the story likes ("he says he likes space and robots. a movie please"): the kind, unless the
    viewer chooses for themself alone ("my husband loves westerns. something for me tonight?")."""
    return _SOMEONES_TASTE.search(lead) is not None and not _FOR_THEMSELF.search(text)


def names_who_it_is_for(text: str, entities: Sequence[Entity]) -> bool:
    """The message says who the title is for: an audience ("for my son, he's 9") or a companion ("for my niece")."""
    return any(e.name in _WHO_IS_WATCHING and not e.excluded for e in entities) or bool(companion_scopes(text))


def tastes_turned_down(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with what someone else likes and the viewer then turns down excluded: "my sister loves horror but
    I can't stand it, any good comedies?" is a comedy request for the viewer, no horror. The taste, its subject and
    the viewer's refusal are in one clause (``_REJECTED_TASTE``); a taste said without a refusal is left as it was."""
    if not text or text.startswith("/"):
        return list(entities)
    spans = [m.span("what") for m in _REJECTED_TASTE.finditer(text)]
    return [replace(e, role=EXCLUDE)
            if e.name in CONSTRAINT_ENTITIES and not e.excluded and e.start is not None
            and any(s <= e.start < t for s, t in spans) else e
            for e in entities]


def negation_scopes(text: str) -> list[tuple[int, int]]:
    """Character spans of the words a negator applies to ("no [swearing or violence], just fun")."""
    scopes: list[tuple[int, int]] = []
    tokens = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[\w'\-]+|[^\w\s]", text)]
    i = 0
    while i < len(tokens):
        if tokens[i][2] not in _NEGATORS:
            i += 1
            continue
        j, words = i + 1, 0
        while j < len(tokens) and tokens[j][2] in NEGATED_WISH_WORDS:  # "don't want / not in the mood for [anything scary]"
            j += 1
        while j < len(tokens) and words < _MAX_SCOPE_WORDS:
            token = tokens[j][2]
            if not re.match(r"[\w']", token) or token in _SCOPE_ENDS or token in _NEGATORS:
                break
            j, words = j + 1, words + 1
        if j > i + 1:
            scopes.append((tokens[i + 1][0], tokens[j - 1][1]))
        i = j if j > i + 1 else i + 1
    # round 26a: "sick of zombie films", "apart from superhero stuff"
    return scopes + _frame_scopes(tokens, [m.span() for m in _SET_ASIDE_RE.finditer(text)])


def _frame_scopes(tokens: list[tuple[int, int, str]], frames: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each frame's span with the words it applies to after it, up to a clause's end or ``_MAX_SCOPE_WORDS``."""
    scopes: list[tuple[int, int]] = []
    for start, end in frames:
        j = next((k for k, t in enumerate(tokens) if t[0] >= end), len(tokens))
        first, words = j, 0
        while j < len(tokens) and words < _MAX_SCOPE_WORDS:
            token = tokens[j][2]
            if not re.match(r"[\w']", token) or token in _SCOPE_ENDS or token in _NEGATORS:
                break
            j, words = j + 1, words + 1
        scopes.append((start, tokens[j - 1][1] if j > first else end))
    return scopes


def reaction_scopes(text: str) -> list[tuple[int, int]]:
    """Round 30C: a reaction to content ("my uncle leaves the room at any swearing": contract.words.content_reaction_spans),
    from who reacts through the content: how someone watching reacts, never a topic. Read after the turned-down tastes
    (``_REJECTED_TASTE``), whose "but we hate them" it would otherwise hide."""
    tokens = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[\w'\-]+|[^\w\s]", text)]
    return _frame_scopes(tokens, content_reaction_spans(text))


# Round 26a: weariness and setting aside as negators of the words after them ("i'm sick of zombie films", "fed up with
# superhero stuff", "had enough of cooking shows", "besides heist movies"): those words are no topic asked for, and the
# cue's own words ("sick", "fed") never reach the query. "Over" is left to the NLU (it is a bound too).
_SET_ASIDE_RE = re.compile(
    r"\b(?:(?:sick|tired|weary|bored)\s+(?:of|with)|fed\s+up(?:\s+with)?|had\s+enough(?:\s+(?:of|with))?|enough\s+of"
    r"|(?:done|finished)\s+with|(?:burnt|burned)\s+out(?:\s+on)?|(?:apart|aside)\s+from|besides|other\s+than)\b",
    re.IGNORECASE)


# Who the title is for or watched with ("for my niece", "with my in-laws", "something my grandpa would enjoy"): the
# audience, never a topic ("barbie films for my niece" searches for Barbie, not for nieces).
# Elder relatives a viewer watches with or chooses for (round 20d: "my grandfather", "my old mother of ninety").
_ELDER_COMPANION = ELDER_KIN_PATTERN
_COMPANION_MODIFIER = (r"(?:(?:little|baby|big|younger|older|teenage|teen|youngest|oldest|eldest|two|three|old|elderly|dear"
                       r"|sweet|aging|ageing|aged|\d+\s*(?:yo|y/o|year[\s-]+old))\s+)*")
_COMPANION_WHO = (rf"{_COMPANION_MODIFIER}(?:{SIBLING_IN_LAW_PATTERN}|{CHILD_KIN_PATTERN}|{PARTNER_PATTERN}"
                  rf"|{_ELDER_COMPANION}|family|friends?|mates?|roommates?|flatmates?|students?|class)\b"
                  # their age said the literal way: "my nephew of 11", "my mother of ninety (years)"
                  r"(?:\s+of\s+(?:\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)(?=\s*(?:$|[,.!?;:)–—-]|\b(?:and|years?|yrs?|she|he|they"
                  r"|who|so|but)\b))(?:\s+(?:years?|yrs?)(?:\s+old)?)?)?")
_COMPANION = re.compile(
    r"\b(?:(?:for|with)\s+(?:my|our|the|his|her|their|me\s+and\s+my)|my|our)\s+"
    rf"{_COMPANION_WHO}(?:\s*(?:,|&|\band\b)\s*(?:(?:my|our|the|his|her|their)\s+)?{_COMPANION_WHO})*",
    re.IGNORECASE)


# An elder relative named bare as the one who wants or chooses ("grandpa wants to show the kids …", "nana would love
# something …", "gramps is visiting"): who watches, never a topic. The verb must follow ("a grandpa comedy" stays).
_ELDER_SUBJECT = re.compile(
    rf"(?<!\ba\s)(?<!\ban\s)(?<!\babout\s)\b(?:{_ELDER_COMPANION})(?=\s+(?:(?:really|also|just|still)\s+)?(?:wants?|would|will|'d|likes?|loves?|is|are"
    r"|needs?|asked|asks|has|have|says?|said|hopes?|wishes|wished|fancies|misses|comes?|coming|visits?|visiting)\b)",
    re.IGNORECASE)


# Grown-up kin said to be visiting ("grandma is visiting", "the in-laws are over tonight"): company, no topic — and since
# round 21q no audience either, so the visit's words are kept out of the query here.
_ELDER_VISITING = re.compile(
    rf"\b(?:(?:my|our|the)\s+)?(?:{_ELDER_COMPANION})(?:\s+(?:and|&)\s+(?:(?:my|our|the)\s+)?(?:{_ELDER_COMPANION}))?"
    rf"{COMPANY_VISIT_PATTERN}", re.IGNORECASE)


# Watching with nobody ("watching alone at 2am", "i'm by myself tonight", "on my own again"): who watches, never a topic
# (round 22d). After a watching verb or the viewer, or before a time word; "home alone", "a film about being alone" and
# "alone" as a title's word stay.
_ALONE = re.compile(
    r"\b(?:watch(?:ing)?|i'?m|i’m|im|i\s+am|me|just\s+me|all)\s+(?:alone|by\s+myself|on\s+my\s+own|solo)\b"
    r"|(?<!\bhome\s)(?<!\bbeing\s)\b(?:alone|by\s+myself|on\s+my\s+own)(?=\s+(?:tonight|today|this\s+(?:evening|weekend)"
    r"|rn|right\s+now|again|at\s+\d))", re.IGNORECASE)


# Round 27B: the props of the viewer's evening are never topics — a pet watched with ("me and the dog", "with my cat",
# "the pup and i") and what is eaten or drunk meanwhile ("with a glass of wine", "pizza and a beer", "hot chocolate
# and popcorn"). A treat counts only when held: after "with"/"and"/"got"/"having"/a comma or the message's start, and
# closing its clause or list ("a documentary about wine", "a show about pizza" keep their topic).
_PETS = (r"(?:dogs?|doggo|doggy|pupp(?:y|ies)|pups?|cats?|kitty|kitties|kittens?|pets?|parrot|hamster|bunny|rabbit"
         r"|furbab(?:y|ies)|fur\s+bab(?:y|ies))")
_PET_COMPANY = re.compile(
    rf"\b(?:me\s+and|with|w/|me\s*[&+])\s+(?:the|my|our|his|her)\s+(?:(?:old|little|lazy|new|two|three|sleepy)\s+)?{_PETS}\b"
    rf"|\b(?:the|my|our)\s+(?:(?:old|little|lazy|new|two|three|sleepy)\s+)?{_PETS}\s+(?:and|&)\s+(?:me|i|myself)\b",
    re.IGNORECASE)
_TREAT = (r"(?:(?:red|white|rose|rosé|mulled|cheap|nice|cold|hot|warm|big|fresh|homemade|leftover)\s+)*"
          r"(?:wine|prosecco|champagne|beers?|pints?|cocktails?|margaritas?|drinks?|whisk(?:e)?y|gin|vodka|popcorn"
          r"|pizzas?|snacks?|nachos|crisps|chips|takeaway|takeout|take-away|ice\s+cream|chocolate|cocoa|tea|coffee"
          r"|cuppa|biscuits|cookies|candy|sweets|brownies|cake)")
_CONTAINER = (r"(?:glass|bottle|cup|mug|bowl|bag|tub|pint|can|slice|box|plate|pot|bucket)(?:e?s)?\s+of\s+")
_HELD_TREATS = re.compile(
    rf"(?:^|(?<=[,;&+])|\b(?:with|w/|and|got|having|have|had|grabbed|grabbing|poured|pouring|opened|opening|plus))"
    rf"\s*(?:(?:a|an|some|my|our|the|one|two|three|few|couple\s+of|lots\s+of|a\s+lot\s+of)\s+)*(?:{_CONTAINER})?{_TREAT}"
    rf"(?:\s*(?:,|and|&|\+)\s*(?:(?:a|an|some|my|our|the)\s+)*(?:{_CONTAINER})?{_TREAT})*"
    r"(?:\s+(?:in\s+hand|ready|at\s+the\s+ready|on\s+the\s+(?:couch|sofa)))?"
    r"(?=\s*(?:$|[,.;:!?&+)]|\b(?:and|in\s+hand|ready|tonight|on\s+the\s+(?:couch|sofa)|so|but|plus|any|what|something"
    r"|anything|recommend|need|want)\b))",
    re.IGNORECASE)


def evening_prop_scopes(text: str) -> list[tuple[int, int]]:
    """Spans naming a pet the viewer watches with or a treat eaten or drunk meanwhile (``_PET_COMPANY``,
    ``_HELD_TREATS``): the evening's props, never a topic."""
    return ([(m.start(), m.end()) for m in _PET_COMPANY.finditer(text)]
            + [(m.start(), m.end()) for m in _HELD_TREATS.finditer(text)])


def companion_scopes(text: str) -> list[tuple[int, int]]:
    """Spans that say who the viewer watches with or chooses for ("for my nephew", "with my mum", "grandpa wants"), or
    that they watch alone ("watching alone", ``_ALONE``)."""
    spans = [(m.start(), m.end()) for m in _COMPANION.finditer(text)]
    spans += [(m.start(), m.end()) for m in _ELDER_VISITING.finditer(text)]
    spans += [(m.start(), m.end()) for m in _ALONE.finditer(text)]
    return spans + [(m.start(), m.end()) for m in _ELDER_SUBJECT.finditer(text)
                    if not any(a <= m.start() < b for a, b in spans)]


def situation_scopes(text: str) -> list[tuple[int, int]]:
    """Spans of clauses about the viewer's situation, not the wanted content: a time conjunction with
    a subject after it ("[while i cook]", "[when the kids are asleep]", "[after we eat]") up to the
    next punctuation. "Something on in the background while I cook" is not a search for "cook"."""
    scopes: list[tuple[int, int]] = []
    for m in _SITUATION.finditer(text):
        end = m.end()
        for token in re.finditer(r"[\w'\-]+|[^\w\s]", text[m.end():]):
            word = token.group().lower()
            if not re.match(r"[\w']", word) or word in _SCOPE_ENDS or word in _MEDIA_NOUNS:
                break
            end = m.end() + token.end()
        scopes.append((m.start(), end))
    return scopes


# Round 24d: the viewer's trip is their situation, never what the titles are about: "flying 14 hours to singapore",
# "red-eye to london, seven hours", "back from seoul on the plane". In a message that tells of travelling (a travel word
# not in a story's clause: "a film about a flight to mexico" keeps its topic), the travel words, the place travelled to
# or from, a plea ("save me", "help us") and the sleep the viewer hopes for on the way are blanked.
_TRAVEL_WORDS = (r"(?:fl(?:y|ying|ew|ights?)|red[\s-]?eyes?|overnight|layovers?|stopovers?|long[\s-]haul|road[\s-]?trips?|driving|drive"
                 r"|drove|planes?|airport|airplane|aeroplane|trains?|bus|ferry|journey|commut(?:e|ing))")
_TRAVEL_SITUATION = re.compile(rf"\b(?:fl(?:y|ying|ew|ights?)|red[\s-]?eyes?|layovers?|long[\s-]haul|road[\s-]?trips?|driving"
                               rf"|(?:on|in)\s+(?:the|a|my|our)\s+(?:plane|train|bus|car|ferry))\b", re.IGNORECASE)
_STORY_BEFORE_TRAVEL = re.compile(r"\b(?:about|where|set|featuring|involving|story|plot)\b", re.IGNORECASE)
_TRAVEL_PHRASE = re.compile(
    rf"\b{_TRAVEL_WORDS}\b(?:\s+(?:back|home|out|over|up|down|tomorrow|tonight|today|overnight|soon|later|with|[\d.]+|an?|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|hours?|hrs?|h|minutes?|mins?))*"
    r"(?:\s+(?:to|from|into|out\s+of)\s+(?!(?:the|a|an|my|our|watch|see)\b)[\w'’-]+(?:\s+[\w'’-]+(?=\s*(?:[,.;!?]|$)))?)?",
    re.IGNORECASE)
_TRAVEL_AFTER_PLACE = re.compile(r"\b(?:back|home|returning)\s+from\s+[\w'’-]+", re.IGNORECASE)
_PLEA = re.compile(r"\b(?:(?:save|help|rescue)\s+(?:me|us)|(?:pass|kill)\s+(?:the\s+)?(?:time|it|the\s+hours?))\b",
                   re.IGNORECASE)
_SLEEP = re.compile(r"\b(?:(?:try(?:ing)?|want|wanna|hope|hoping|plan(?:ning)?|going|gonna|need)\s+(?:to\s+)?)?(?:sleep|nap|doze)\b",
                    re.IGNORECASE)


def _trips(text: str) -> list[re.Match[str]]:
    """The travel words of ``text`` said of the viewer's own trip (not in a story's clause)."""
    return [m for m in _TRAVEL_SITUATION.finditer(text)
            if not _STORY_BEFORE_TRAVEL.search(text, max(0, max(text.rfind(c, 0, m.start()) for c in ",.;!?")), m.start())]


def tells_of_a_trip(text: Optional[str]) -> bool:
    """The message tells of the viewer's trip ("red-eye to lisbon, six hours"): something to pass it is asked for."""
    return bool(text) and not text.startswith("/") and bool(_trips(text))


def travel_scopes(text: str) -> list[tuple[int, int]]:
    """Spans of the viewer's trip in ``text`` (see above); none when the message tells of no travelling."""
    spans = [(m.start(), m.end()) for m in _PLEA.finditer(text)]
    trips = _trips(text)
    if not trips:
        return spans
    for pattern in (_TRAVEL_PHRASE, _TRAVEL_AFTER_PLACE, _SLEEP):
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return spans


# Clauses of reason or purpose ("i need to sleep", "gotta be up early", "so i can crash after", "to prove him wrong"):
# why the viewer asks, never what the title is about; they run to the clause's end. A need whose verb is the
# watching itself or what the title should do to the viewer ("i need to find something about X", "need to laugh")
# is the request and stays.
_WISHED_VERBS = (r"watch|see|find|get|pick|choose|have|laugh|cry|relax|unwind|chill|escape|learn|think|feel|switch\s+off"
                 r"|turn\s+off|zone\s+out|decompress|binge|catch\s+up")
_REASON_CLAUSE = re.compile(
    r"\b(?:(?:i|we|he|she|they|you|u)\s+)?(?:(?:really|just|still|also|actually|kinda)\s+)?"
    rf"(?:(?:need|needs|have|has|got)\s+to|gotta|hafta|(?:have|has)\s+got\s+to)\s+(?!(?:{_WISHED_VERBS})\b)(?=\w)"
    r"|\bso\s+(?:that\s+)?(?:i|we|he|she|they|you|u)\s+(?:can|could|will|won't|wont|don't|dont|'ll|may|might|get\s+to)\b",
    re.IGNORECASE)
# Winning someone over, said as a purpose or a wish ("to prove him wrong", "i wanna show my dad he's wrong", "gonna
# convince her", "trying to win an argument with my brother"): who the viewer argues with, never a topic. The verb
# needs a person after it ("prove him", "show my dad … wrong"), so "a documentary that proves the moon landing was
# real" keeps its topic; "show" needs the verdict too ("show my kids a classic" asks for one).
# Words that start what follows a person, never part of one ("impress my date [about paris]").
_NOT_A_PERSON = r"(?:about|regarding|with|for|on|in|set)\b"
_ARGUER = (r"(?:him|her|them|me|us|you|u|everyone|everybody|people|someone|somebody|the\s+haters"
           rf"|(?:my|our|his|her|their|your|the)\s+(?:(?!{_NOT_A_PERSON})[\w'-]+\s+)?(?!{_NOT_A_PERSON})[\w'-]+)"
           r"(?:\s+(?:all|both))?")
_VERDICT = (r"(?:(?:that\s+)?(?:he|she|they|it|i|we|you)(?:'s|'re|\s+is|\s+are|\s+was|\s+were|'m|\s+am)?\s+)?"
            r"(?:(?:so|totally|dead|completely|100%)\s+)?(?:wrong|right|mistaken)")
# The viewer's own people, who are never in a title's story: "that will impress my date", "one that proves us wrong".
_THE_VIEWERS_OWN = re.compile(r"\b(?:my|our|me|us)\b", re.IGNORECASE)
_WIN_OVER = re.compile(
    r"(?:\b(?:(?:i|we)\s+)?(?:(?:really|just|kinda)\s+)?(?:want\s+to|wanna|wants\s+to|gonna|going\s+to|trying\s+to"
    r"|try\s+to|tryna|need\s+to|have\s+to|hoping\s+to|hope\s+to|(?:would|'d)\s+like\s+to|to)\s+)?"
    rf"\b(?:(?:prove|show)\s+{_ARGUER}\s+{_VERDICT}|(?:prove|show)\s+{_VERDICT}\s+(?:to\s+)?{_ARGUER}"
    rf"|(?:convince|persuade|impress|win\s+over)\s+{_ARGUER}\b"
    r"|(?:win|settle|end)\s+(?:an?|the|this|our|my)\s+(?:argument|bet|debate|dispute|fight))\b", re.IGNORECASE)
# Before a need, a relative word or a determiner makes it part of what the title is about ("a hitman who has to…",
# "a heist where they have to…", "about the need to belong").
_DESCRIBES_A_CHARACTER = re.compile(r"\b(?:who|that|which|whose|where|when|whom)\b(?:\s+[\w'-]+){0,3}\s*$"
                                    r"|\b(?:the|a|an|no|his|her|their|[\w-]+'s)\s*$", re.IGNORECASE)
# The watcher's age pointed back at, as a regex (no groups): "her age", "a kid's age", "my son's age", "a kid that
# age", "children of their age". One home: blanked as a figure here (``_FIGURE``), and the words naming who is watching
# when the viewer settles for what suits them (actions/edits/audience.py ``_SUITS_WATCHER_RE``).
WATCHERS_AGE = (r"(?:(?:her|his|their|that|a\s+kid'?s?|the\s+kids?'?s?|kids'?|my\s+[\w'-]+'s?)\s+age"
                r"|(?:kids?|child|children|one|someone|anyone|boys?|girls?)\s+(?:of\s+)?(?:that|her|his|their)\s+age)\b")
# Figures of speech and hearsay that say who said or would mind, never a topic: "their parents will kill me", "kill
# me now", "my roommate keeps saying", "my mum keeps telling me"; the watcher's age pointed back at ("for her
# age", "a kid that age"); being done with something. Only these words (and the subject before them at the start
# of their clause: "their parents", "my roommate") are blanked.
_FIGURE = re.compile(
    r"\b(?:(?:will|would|'ll|gonna|going\s+to|'d|might|is\s+going\s+to|are\s+going\s+to)\s+)?kill\s+(?:me|us)"
    r"(?:\s+(?:now|lol|haha|otherwise|if\s+[^,.;!?]*))?\b"
    r"|\b(?:keeps?|kept|is\s+always|are\s+always|won't\s+stop|wont\s+stop)\s+(?:saying|telling|insisting|nagging"
    r"|going\s+on|recommending|bugging|pestering|raving)\b(?:\s+(?:me|us|that|about|to|on))*"
    rf"|\b(?:(?:for|suits?|suitable\s+for|right\s+for|appropriate\s+for)\s+)?{WATCHERS_AGE}"
    # the viewer's state, not a topic: "done with <title>", "i'm done with crime shows", "through with dramas"
    rf"|\b{DONE_WITH_PATTERN}\b"
    # a craving for the next title to binge: "need my next fix like it"
    r"|\b(?:my|our|the|a|me\s+a)\s+(?:next|new|daily|weekly)\s+fix\b", re.IGNORECASE)
# The subject of a figure, in its clause: "their parents", "my roommate", "the in-laws" (up to three words back).
_SUBJECT_BEFORE = re.compile(r"(?:^|[,.;:!?(]|\b(?:and|but|or|because|cause|cuz|coz|since|as))\s*"
                             r"((?:(?:my|our|his|her|their|the|your)\s+(?:[\w'-]+\s+){1,2}"
                             r"|(?:he|she|they|you|mum|mom|dad|everyone|everybody)\s+))$", re.IGNORECASE)


def reason_scopes(text: str) -> list[tuple[int, int]]:
    """Spans of reasons, purposes and figures of speech around a request ("something short, [i need to sleep]",
    "a western [to prove him wrong]", "[their parents will kill me]", "[my roommate keeps saying] i should watch
    anime"): why the viewer asks or who else has a say, never what the title should be about."""
    scopes: list[tuple[int, int]] = []
    for m in _REASON_CLAUSE.finditer(text):
        if _describes_a_character(text, m.start()):
            continue  # "a girl who has to save her village", "the need to belong": the story of the title
        scopes.append((m.start(), _reason_end(text, m.end())))
    scopes += _winning_over(text)
    for m in _FIGURE.finditer(text):
        subject = _SUBJECT_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
        scopes.append((subject.start(1) if subject else m.start(), m.end()))
    return scopes


# How far back a relative word or a figure's subject is looked for (a word and three more), and how many words a
# reason runs at most: both bound the work on a long message of many reasons to linear.
_LOOK_BACK = 80
_MAX_REASON_WORDS = 20
# What the title should be about, after a reason: "i need to use in class [about the civil war]", "a film we have to
# review for school [about the holocaust]" keep their topic.
_TOKEN = re.compile(r"[\w'\-]+|[^\w\s]")
_TOPIC_AFTER_A_REASON = re.compile(r"(?:about|regarding|set\s+in)\b", re.IGNORECASE)


def _describes_a_character(text: str, start: int) -> bool:
    """Whether the words just before ``start``, in its clause, make what follows the title's story (a relative word
    or a determiner: ``_DESCRIBES_A_CHARACTER``)."""
    window = max(0, start - _LOOK_BACK)
    clause_start = max(text.rfind(c, window, start) + 1 for c in ",.;:!?()")
    return bool(_DESCRIBES_A_CHARACTER.search(text[max(clause_start, window):start]))


def _reason_end(text: str, start: int) -> int:
    """Where a reason or purpose starting its words at ``start`` ends: before punctuation, a word that ends a scope,
    a media noun, "so", or a topic ("about …", "set in …"), and after ``_MAX_REASON_WORDS`` words at most."""
    end = start
    for n, token in enumerate(_TOKEN.finditer(text, start)):
        word = token.group().lower()
        if n >= _MAX_REASON_WORDS or not re.match(r"[\w']", word) or word in _SCOPE_ENDS or word in _MEDIA_NOUNS \
                or word == "so" or _TOPIC_AFTER_A_REASON.match(text, token.start()):
            break
        end = token.end()
    return end


def _winning_over(text: str) -> list[tuple[int, int]]:
    """Spans of a purpose of winning someone over (``_WIN_OVER``): "[i wanna prove him wrong]", "[gonna convince my
    sister] …". Convincing runs to the clause's end ("convince her [that it's worth it]"), and so does an argument
    ("win an argument [with my brother]"), a topic excepted ("… my date [about paris]" keeps "paris"); a verb about
    the title itself ("a film that proves…", "the one where they win a bet") is its story and stays."""
    scopes: list[tuple[int, int]] = []
    for m in _WIN_OVER.finditer(text):
        if _describes_a_character(text, m.start()) and not _THE_VIEWERS_OWN.search(m.group(0)):
            continue  # "a guy who has to prove them wrong": the story ("a comedy that will impress my date": a wish)
        end = m.end()
        if not re.match(r"(?:\S+\s+)*?(?:prove|show)\b", m.group(0), re.IGNORECASE):
            end = _reason_end(text, m.end())
        scopes.append((m.start(), end))
    return scopes


def _sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty sentences of ``text``."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.end()].strip(" \t\n.!?;"):
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _blank(chars: list[str], spans) -> None:
    """Replace the characters of every span by spaces (offsets stay valid)."""
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            chars[i] = " "
