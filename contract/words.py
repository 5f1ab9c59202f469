"""Which words of a viewer's message are content (a topic, a plot element, a mood) and which are not.

Both runtimes need the same answer: the actions build the semantic ``query`` from the words of a request
that no constraint consumed, and the recommender quotes a query word in the reason it shows ("matches
'heist'"). A word is *content* when it passes a principled two-part test (``is_content_word``):

1. it is not filler: request phrasing, pronouns and function words, politeness, media nouns, time of
   day and other situation words, number words, chat typos of filler ("somethin", "thats", "pls", "u"),
   or a function word of another language (``FILLER_WORDS``, ``FOREIGN_FUNCTION_WORDS``);
2. it is a word of the catalog's vocabulary: it appears in at least three catalog descriptions
   (``catalog_words``, shipped as ``data/catalog_words.txt``; the NLU reads the same list as its
   "common words"), or it is a tone word viewers use and descriptions rarely do ("cozy",
   "wholesome": ``TONE_WORDS``). A typo, a word of another language or an invented word is not, so
   it can never steer ranking or be quoted back to the viewer.

The vocabulary is read once per process (about 7,000 words). Regenerate it from a catalog CSV with
``python -m nlu.extraction.common_words catalogs/netflix-titles/netflix_titles.csv``.
Stdlib only: both runtimes import this module.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from contract.vocabulary import MOOD_TEXT, MOODS

CATALOG_WORDS_FILE = Path(__file__).resolve().parent / "data" / "catalog_words.txt"
# Franchise and series names that open several titles ("lego", "spider-man", "barbie", "godzilla"): content words of a
# request although descriptions seldom use them; kept apart from the vocabulary, which the title rules read as
# ordinary English (a franchise word there would stop "jaws" or "scream" from naming their titles).
TITLE_WORDS_FILE = Path(__file__).resolve().parent / "data" / "title_words.txt"
# Words of the catalog's vocabulary that its descriptions write only as names, capitalized inside every sentence that
# uses them ("seinfeld", "attenborough"; never "torn" or "urban"): the vocabulary holds them, yet they are no everyday
# English, so a surname among them names its person after a cue as plain as "with".
NAME_WORDS_FILE = Path(__file__).resolve().parent / "data" / "name_words.txt"
MIN_TITLES_OPENED = 2
_TITLE_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_ARTICLES = frozenset({"the", "a", "an"})
MIN_CONTENT_CHARS = 3
_DESCRIPTION_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

# Chat words a viewer's clause may end with, around what it asks: laughter, politeness, hedges and closing words ("not
# <title> lol", "like <title> pls", "and not <title> either"). One set for every rule that reads a clause's end: the NLU's
# title slot (nlu/extraction/names.py ``ENDING_FILLER``), a "not <whole title>" after a list
# (actions/list_follow_ups.py) and the chat noise that may open a follow-up (actions/edits/, laughter only).
LAUGHTER_PATTERN = r"lol+|lmao|rofl|xd|ha(?:ha)+h?|hah|heh+|hehe+"
# The words that ask for titles like another, as a regex alternation (no groups): "like", "similar to", "in the vein
# of", "along the lines of" … (actions/likeness_seen.py, actions/compared_follow_ups.py; the NLU reads its cues token
# by token, nlu/extraction/names.py).
LIKENESS_CUE_PATTERN = (r"(?:like|similar\s+to|simil[ai]r\s+2|in\s+the\s+(?:vein|style|spirit)\s+of"
                        r"|along\s+the\s+lines\s+of|reminiscent\s+of|comparable\s+to)")
ENDING_CHAT_WORDS: frozenset[str] = frozenset({
    "please", "pls", "plz", "thanks", "thx", "ty", "maybe", "perhaps", "then", "too", "again", "either", "tho",
    "though", "ok", "okay", "tbh", "ugh", "eh",
    "lol", "lmao", "rofl", "xd", "haha", "hahaha", "hah", "heh", "hehe",  # laughter's usual spellings, as words
})
_CHAT_WORD_RE = re.compile(rf"(?:{LAUGHTER_PATTERN}|pl[sz]|{'|'.join(sorted(ENDING_CHAT_WORDS))})", re.IGNORECASE)


def is_chat_word(word: str) -> bool:
    """``word`` is a chat word (``ENDING_CHAT_WORDS``), laughter in any length ("lolll", "hahahah") included."""
    return _CHAT_WORD_RE.fullmatch(word) is not None


# Discourse adverbs that may open a follow-up without changing what it asks ("still something else", "again, others?",
# "yet another", "just more"): they say how the viewer feels about the turn, not what they want (round 31C).
DISCOURSE_LEAD_WORDS: frozenset[str] = frozenset({"still", "again", "even", "yet", "just", "also"})
_EDGE_WORD_RE = re.compile(r"[\w'’]+")
# Thanks close a message as its point, not as chat: "nah thanks" declines, it turns down no list.
_THANKS_WORDS: frozenset[str] = frozenset({"thanks", "thx", "ty"})


def _closing_chat(word: str) -> bool:
    return is_chat_word(word) and word.lower() not in _THANKS_WORDS


def without_chat_edges(text: str) -> str:
    """``text`` without the discourse adverbs that open it (``DISCOURSE_LEAD_WORDS``) and the chat words that close it
    (``is_chat_word``: laughter, "pls", "tho", "again"; thanks stay): "still something else lol" reads "something
    else". The words between are kept as said; a text of nothing but such words is returned whole."""
    words = list(_EDGE_WORD_RE.finditer(text))
    first, last = 0, len(words)
    while first < last and words[first].group().lower() in DISCOURSE_LEAD_WORDS:
        first += 1
    while last > first and _closing_chat(words[last - 1].group()):
        last -= 1
    if first == last:
        return text
    return text[words[first].start():words[last - 1].end()]


# Words that carry no topic. Lowercase, matched as whole words (apostrophes kept: "don't", "dont").
FILLER_WORDS: frozenset[str] = frozenset("""
a about above actually after again against all almost already also am an and another any anybody anyone
anything anyway anyways are aren't arent around as at away be because been before being below
between both but by can can't cannot cant could couldn't did didn't do does doesn't doesnt doing
don't dont down during each either else enough even ever every everything few for from further get
gets getting give gives go goes going got gotta had has have haven't having he her here here's hers
herself him himself his how i i'd i'll i'm i've id if ill im in instead into is isn't isnt it it's
its itself just least less let let's lets may maybe me might mine more most much must my myself
neither never no nobody none nor not nothing now of off on once one ones only or other others our
ours ourselves out over own per perhaps please quite rather really same several shall she should
shouldn't since so some somebody someone something somewhat such than that that's the their theirs
them themselves then there there's these they they'd they'll they're this those though through
thus till to together too toward towards under until up upon us very was wasn't we we'd we'll we're we've
well were weren't what what's whatever when where whether which while who whom whose why will with
within without won't wont would wouldn't yet you you'd you'll you're you've your yours yourself

possible feasible doable theres exists exist cheers appreciated appreciate grateful
actual real proper genuine legit works work wins stand tolerate agree agreed fits fitting suits

ok okay alright sure yes yeah yep yup yea nope nah no hey hi hello hiya oh ah uh um umm er hmm hm huh
meh ugh lol haha hahaha lmao omg wow cool nice thanks thank thx ty pls plz please sorry guys dude bro
somethin sumthin sumthing somthing smthing smth sth anythin nothin thats whats u ur r ya yall y'all
gonna wanna gimme lemme dunno idk imo tbh btw bc cuz coz cause rn wat wut ppl tho tonite 2nite k kk

want wants wanted wanting need needs needed like likes liked love loves loved loving enjoy enjoys enjoyed enjoyable fancy
join joins joining joined she's he's they're she'd he'd
shes hes theyre youre whos who's wheres where's hows how's didnt wasnt werent ive youve weve theyve
prefer prefers preferably ideally hope hoping wish looking look looks find finding search searching
see seen saw watch watches watching watched view viewing stream streaming binge bingeable bingeworthy
finish finished finishing binged bingeing bingewatched rewatch rewatched rewatching missed miss misses
recommend recommends recommendation recommendations suggest suggestion suggestions idea ideas
option options pick picks choice choices help tell telling show shows showing think thinking guess
know knew mean means said say saying heard hear tried try trying keep put take make made feel
feeling felt sound sounds seems mind wondering wonder able worth available watchable decide

still always usually often sometimes recently forget forgot forgets remember remembers remembered recall start starts starting
started begin beginning list exactly precisely

movie movies film films flick flicks cinema series tv telly program programs programme programmes
episode episodes season seasons miniseries content title titles netflix thing things stuff kind
kinda sort sorta type types style vibe vibes mood genre genres category part parts bits filter filters

good great best better worse decent fine awesome amazing cool fun interesting different similar
new newer newest old older oldest recent latest classic long longer short shorter quick
little bit lot lots whole pretty super totally definitely probably literally honestly seriously
basically especially particular particularly maybe possibly ish

today tonight tomorrow yesterday morning afternoon evening night nights day days week weeks weekend
time times later soon now hour hours hr hrs minute minutes min mins year years decade decades era
run runs running runtime length lasts lasting
home couch sofa bed background wife husband girlfriend boyfriend partner mom mum dad parents

zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
fifty sixty ninety hundred thousand million first second third fourth fifth last half couple dozen next previous
somewhere nowhere anywhere

directed direct director directors starring stars star cast acting acted featuring feature set
actor actors actress actresses guy bloke fella fellow person people play playing
released release rating rated language dubbed subtitled subtitles country countries neighbouring neighboring bored boring
admirer admirers devotee devotees carry
otherwise
""".split())

# Function words of the languages viewers most often write in instead of English (Spanish, German,
# French, Portuguese, Italian, Dutch; the Hindi particles of a mixed request: "pyaar wali", round 25a) that are not
# also English words. Never content; and a message
# made mostly of unknown words *and* holding one of these is in another language (actions.language).
FOREIGN_FUNCTION_WORDS: frozenset[str] = frozenset("""
de del la las los el una uno unos unas y que para por con sin quiero quisiera busco ver algo alguna
algún alguno película películas pelicula peliculas serie series esta este noche hoy mañana gracias
hola por favor qué porque muy más pero tengo tienes hay mi mis tu es son
ich möchte moechte will wir ihr sie und oder aber nicht kein keine keinen ein eine einen einem
der die das den dem des mit für fur ohne heute abend bitte danke gibt etwas irgendwas film filme
serie serien schauen sehen gucken lustig lustige lustigen
je veux voudrais nous vous une des les le du et ou mais pas avec pour sans ce soir ceci quelque
chose regarder merci bonjour salut cherche est c'est un
eu quero ver uma um filme filmes série hoje noite obrigado olá com sem não
io voglio vorrei un una il lo gli dei film stasera grazie ciao con senza non qualcosa
ik wil een het niet met voor zonder vanavond graag iets
wala wali wale koi kuch aur hai chahiye dikhao
""".split()) - frozenset({"a", "die", "will", "son", "come", "no", "me", "sin", "met"})


# Round 25a: the few grammar words of those languages that a mixed or short request is built with, beside the media and
# genre words (contract/vocabulary.py ``FOREIGN_*_WORDS``): "with" before a person ("películas con <actor>": a cast
# cue of the NLU's people rules), a negator ("a film, pas une série", "sans violence": a negation cue,
# nlu/extraction/negation.py), the articles between a cue and what it names. "Sin" and "no" are English words too
# ("sin city", "no" is a cue already), so they are not among the negators.
FOREIGN_WITH_WORDS: frozenset[str] = frozenset({"con", "avec", "mit"})
FOREIGN_NEGATION_WORDS: frozenset[str] = frozenset({"pas", "sans", "senza", "sem", "ohne", "kein", "keine", "keinen",
                                                    "nicht", "não", "nao", "nahi", "nahin"})
FOREIGN_ARTICLES: frozenset[str] = frozenset("""un une una uno unos unas des de del la las los le les el um uma ein eine
    einen il lo gli koi""".split())
# ... and the prepositions that tie a subject or an occasion to what is asked ("un documentaire sur la nature", "una serie
# para niños"): grammar of a short request, no content of its own (actions/language.py).
FOREIGN_PREPOSITIONS: frozenset[str] = frozenset("sobre sur über para pour per für en di du da".split())

# Words of a wish said the other way round, between a negator and what it rules out ("don't [really] want", "not in the
# mood for", "not looking for", "not feeling", "not craving"): part of the negation, neither its end nor ruled out.
# The NLU's negation scope (nlu/extraction/negation.py ``FILLER``) and the actions' query scopes
# (actions/query_text.py ``negation_scopes``) skip them alike.
NEGATED_WISH_WORDS: frozenset[str] = frozenset(
    "want wanna need needing looking feeling fancy fancying craving really in the mood for into up".split())

# The kin that stand for children even without an age (nlu/extraction/kin.py), part of CHILD_KIN_PATTERN below:
# grandchildren in any number, step- and godchildren, and nieces or nephews said in the plural ("my nieces and
# nephews" are a visiting brood; "my nephew" alone may be any age, so he needs an age or "little" / "young" before him).
CHILDREN_KIN_PATTERN = (r"grandkids?|grandkiddos?|grandchild|grandchildren|grandsons?|granddaughters?|grandbab(?:y|ies)"
                        r"|stepkids?|godchild(?:ren)?|nieces|nephews")
# Children and young relatives as a regex alternation (plural forms included): who a viewer may watch with or choose
# for. The NLU's audience rules read an age beside them (nlu/extraction/audience.py ``_KIN``); the actions keep them,
# with adult companions, out of the free-text query (actions/query_text.py ``_COMPANION``).
# "bro" / "sis" are a brother and sister typed short ("my lil bro is 8ish", round 22d).
CHILD_KIN_PATTERN = (r"sons?|daughters?|kids?|kiddos?|child|children|boys?|girls?|lads|nephews?|nieces?|brothers?|sisters?|bros?|sis"
                     r"|siblings?|cousins?|twins|stepsons?|stepdaughters?|godsons?|goddaughters?|toddlers?|babies|baby"
                     r"|(?:step|half)[\s-]?(?:brothers?|sisters?|siblings?)|"
                     + CHILDREN_KIN_PATTERN)

# Relatives by marriage of the viewer's own generation or younger ("my sister in law", "my brother-in-law"), as a regex
# alternation (no groups): company or the one chosen for, whole — "law" is no topic (actions/query_text.py).
SIBLING_IN_LAW_PATTERN = r"(?:brothers?|sisters?|sons?|daughters?)(?:-in-|\s+in\s+)laws?"

# Grandparents and the older relatives a viewer watches with or chooses for, as regex alternations (no groups), singular
# and plural: "grandpa wants westerns", "my old mother of ninety", "with my in-laws". One list for the extractor's clean
# cap (nlu/extraction/audience.py) and the actions' companion words that never reach a query (actions/query_text.py).
GRANDPARENT_PATTERN = (r"gran|granny|grandma|grandpa|grandparents?|grandfathers?|grandmothers?|grandads?|granddads?"
                       r"|grandmums?|grandmoms?|grandmas|grandpas|gramps|grammy|nana|nanna")
ELDER_KIN_PATTERN = (r"(?:mother|father|parents)(?:-in-|\s+in\s+)laws?|in[\s-]laws"  # round 25d: "my mother in law" whole
                     r"|mum|mom|mother|dad|father|parents|nan|aunts?|aunties?"
                     r"|uncles?|" + GRANDPARENT_PATTERN)
# Company said to be visiting or watching too, after who ("grandma is visiting", "the in-laws are staying with us",
# "grandma's here", "my mom is in the room", "grandma's turning 90" (round 35), "grandparents visiting this weekend"), as
# a regex (no groups, starts at the end of who): read by the extractor's companions (nlu/extraction/audience.py) and
# kept out of the query with them (actions/query_text.py).
COMPANY_VISIT_PATTERN = (r"(?:(?:\s+(?:is|are|will\s+be)|'s|’s|'re|’re)\s+(?:also\s+)?(?:here|in\s+the\s+(?:living\s+|same\s+)?room"
                         r"|around|sitting\s+(?:here|with\s+(?:us|me))"
                         r"|turning\s+(?:\d{2,3}|(?:fifty|sixty|seventy|eighty|ninety|a\s+hundred)(?:[\s-][a-z]+)?)|staying(?:\s+with\s+(?:us|me))?"
                         r"|coming(?:\s+(?:over|round))?|over|round|visiting|watching(?:\s+(?:too|with\s+us))?|joining\s+us|with\s+us|in\s+town)"
                         r"|\s+(?:visiting|coming\s+over|staying\s+with\s+(?:us|me)|staying\s+over|in\s+town)(?=\s*(?:$|[,.!?;:)]|(?:this|tonight"
                         r"|today|tomorrow|for|and|so|but|next|on|soon|again|at\s+(?:our|my)|with\s+(?:us|me))\b)))\b")

# Verbs of dislike, in any person, as a regex alternation (no groups): "hate(s/d)", "dislike(s)", "loathe(s)",
# "detest(s)", "despise(s)", "can't stand", "not into", "no fan of". One list for every rule that reads a turn-down:
# the holidays (below; nlu/extraction/holidays.py), the NLU's closing dislike (nlu/extraction/negation.py) and the
# franchises turned down (actions/franchises.py).
DISLIKE_VERB_PATTERN = (r"hate[sd]?|hating|dislike[sd]?|loathe[sd]?|detest(?:s|ed)?|despise[sd]?"
                        r"|can'?t\s+stand|cannot\s+stand|not\s+into|no\s+fan\s+of")

# Round 30C: how someone watching reacts to content they cannot bear, as a regex (no groups) ending where the content is
# named: "leaves the room at any swearing", "walks out whenever there's cursing", "gets upset by violence", "is offended
# by bad language", "covers her eyes at gore", "hates it when there's swearing", "can't handle violence". What it
# reacts to is ruled out like "no swearing" (nlu/extraction/negation.py: the clean cap of "Age mapping"), and the frame's
# words are no topic (actions/query_text.py). Read through ``content_reaction_spans``.
_REACTION_ADVERB = r"(?:(?:really|very|so|quite|super|a\s+bit|a\s+little|easily|always|just|actually|immediately|instantly)\s+)?"
_REACTION_ROOM = (r"(?:\s+(?:of\s+)?(?:the|a)\s+(?:room|lounge|living\s+room|cinema|theatre|theater|couch|sofa|house"
                  r"|movie|film|show))?")
_REACTION_HEAD = (
    r"(?:walk(?:s|ed|ing)?|storm(?:s|ed|ing)?|stomp(?:s|ed|ing)?)\s+(?:out|off|away)" + _REACTION_ROOM
    + r"|(?:leave|leaves|leaving|left|exit(?:s|ed)?)" + _REACTION_ROOM
    + r"|(?:go(?:es)?|going|went|goes)\s+(?:to\s+bed|upstairs|out\s+of\s+the\s+room|quiet|silent|red|pale)"
    r"|(?:(?:get|gets|getting|got|gotten|become|becomes|becoming|became|feel|feels|feeling|felt|is|are|was|were|'s|’s"
    r"|'re|’re|'m|’m|am)\s+" + _REACTION_ADVERB
    + r"(?:upset|offended|uncomfortable|squeamish|awkward|embarrassed|annoyed|angry|mad|cross|grumpy|triggered|queasy"
    r"|bothered|put\s+off|turned\s+off|sensitive|touchy|distressed|disturbed|shocked|horrified|appalled|flustered"
    r"|rattled|uneasy|twitchy|antsy|prickly|iffy|squirmy|grossed\s+out|freaked\s+out|scandali[sz]ed"
    r"|against|not\s+(?:ok|okay|comfortable|cool|fine)|no\s+good))"
    r"|(?:freak(?:s|ed|ing)?|flip(?:s|ped|ping)?|kick(?:s|ed|ing)?)\s+(?:out|off)"
    r"|(?:tut(?:s|ted|ting)?|wince(?:s|d)?|wincing|cringe(?:s|d)?|cringing|flinch(?:es|ed|ing)?|grimace(?:s|d)?|balk(?:s|ed)?)"
    r"|(?:cover(?:s|ed|ing)?|shield(?:s|ed)?)\s+(?:his|her|their|my|our|your)\s+(?:eyes|ears)"
    r"|(?:turn(?:s|ed|ing)?|switch(?:es|ed|ing)?)\s+(?:it|the\s+(?:tv|telly|film|movie|show))\s+off"
    r"|(?:complain(?:s|ed|ing)?|moan(?:s|ed|ing)?|grumble(?:s|d)?|fuss(?:es|ed)?)(?:\s+(?:about|at|over))?"
    r"|(?:object(?:s|ed)?|objecting)\s+to|(?:disapprove(?:s|d)?|disapproving)\s+of|(?:frown(?:s|ed)?)\s+(?:on|upon)"
    r"|(?:can'?t|cannot|can\s+not|could\s*n'?t|won'?t|will\s+not|does\s*n'?t|doesnt|do\s*n'?t|dont|did\s*n'?t)\s+"
    r"(?:handle|take|bear|abide|stomach|tolerate|cope\s+with|deal\s+with|sit\s+through|put\s+up\s+with|do\s+well\s+with"
    r"|like\s+it|stand\s+it)"
    r"|(?:has|have)\s+(?:no|zero|little)\s+(?:tolerance|patience)\s+for"
    rf"|(?:{DISLIKE_VERB_PATTERN})(?:\s+it)?")
_REACTION_LINK = (r"(?:\s+(?:at|by|about|over|with|to|of|during|around|for|when|whenever|if|once|as\s+soon\s+as"
                  r"|the\s+(?:moment|second|minute)|every\s+time|any\s*time|each\s+time|because\s+of))?")
# The frame starts a word, or at a contraction's apostrophe right after its subject ("she's offended by …").
_CONTENT_REACTION_RE = re.compile(rf"(?:(?<![\w'’-])|(?=['’]))(?:{_REACTION_HEAD}){_REACTION_LINK}(?![\w'’-])",
                                  re.IGNORECASE)
# A reaction told of a story's people ("a film where the dad gets upset by his son's swearing", "about a nun who walks
# out"): the plot, no viewer's dislike.
_STORY_IN_CLAUSE_RE = re.compile(r"\b(?:about|where|in\s+which|whose|plot|story)\b[^.,;!?]*$", re.IGNORECASE)
_CLAUSE_OPENING_RE = re.compile(r"[.,;!?]\s*|\b(?:but|and)\s+")
# A reaction denied ("doesn't get upset by violence", "never walks out", "isn't ever bothered by swearing"): no dislike.
_REACTION_DENIED_RE = re.compile(r"(?:n't|n’t|\bnot|\bnever|\bnt|\bno\s+longer)\s+(?:(?:really|ever|even|usually|always"
                                 r"|actually)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _reaction_subject_re() -> re.Pattern[str]:
    """Who reacts, right before the frame ("my uncle", "grandpa", "my 80 year old dad", "she", "the wife"): part of the
    frame's span, so no word of it reaches the query."""
    who = rf"{ELDER_KIN_PATTERN}|{CHILD_KIN_PATTERN}|{SIBLING_IN_LAW_PATTERN}|{PARTNER_PATTERN}|he|she|they|i|we|you"
    return re.compile(rf"(?:\b(?:my|our|the|his|her|their|your)\s+(?:(?:old|elderly|dear|little|younger|older|\d{{1,3}}"
                      rf"[\s-]*(?:years?[\s-]*old|yo|y/o))\s+)*)?\b(?:{who})(?:\s+(?:who|that))?\s+$", re.IGNORECASE)


def content_reaction_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the reaction frames of ``text`` (comment above), each from who reacts (when said right
    before) to where the content it reacts to may follow; none inside a story's clause, none denied."""
    out: list[tuple[int, int]] = []
    for m in _CONTENT_REACTION_RE.finditer(text):
        opening = max((c.end() for c in _CLAUSE_OPENING_RE.finditer(text, 0, m.start())), default=0)
        if _STORY_IN_CLAUSE_RE.search(text, opening, m.start()) or _REACTION_DENIED_RE.search(text, opening, m.start()):
            continue
        who = _reaction_subject_re().search(text, opening, m.start())
        out.append((who.start() if who else m.start(), m.end()))
    return out


# A verdict of dislike on a title already watched or shown, as a regex alternation (no groups): the dislike verbs
# above in the past too, "didn't like / enjoy / get into", "not for me / my thing", gave up or bailed on it, and the
# words of a bad review ("awful", "boring", "meh", "sucked"). One list for every rule that reads such a verdict:
# a listed title turned down (actions/listed_dislikes.py) and "done with <title>, it was awful" as no like-search
# (actions/references.finished_title). "Not bad" / "not boring" praise: the lookbehinds keep them out.
DISLIKE_VERDICT_PATTERN = (
    rf"{DISLIKE_VERB_PATTERN}|(?:can'?t|could\s*n'?t|could\s+not|cannot)\s+(?:stand|finish|get\s+into)"
    r"|(?:did\s*n'?t|did\s+not|do\s*n'?t|do\s+not|does\s*n'?t|does\s+not)\s+(?:really\s+)?(?:like|enjoy|love|get(?:\s+into)?"
    # it did not take: "didn't stick", "didnt click", "didn't grab me", "didn't do it for us" (round 37)
    r"|care\s+for|stick|click|land|grab\s+(?:me|us)|hook\s+(?:me|us)|do\s+it\s+for\s+(?:me|us))"
    r"|(?:(?:was|is)\s*n'?t|(?:was|is)\s+not|not)\s+(?:really\s+)?(?:for\s+(?:me|us)|my\s+thing|our\s+thing|good|great"
    r"|worth)"
    r"|gave\s+up(?:\s+on)?|bailed\s+on"
    r"|(?<!not\s)(?<!n't\s)(?<!nt\s)(?:awful|terrible|horrible|bad|boring|rubbish|trash|crap|dreadful|meh|worst"
    r"|disappointing|overrated|sucked|sucks|waste|annoying|ruined|stupid|dumb)")


# A holiday turned down ("i hate christmas movies", "no more christmas stuff", "sick of halloween"), as a regex whose
# group "holiday" is the holiday word (vocabulary.HOLIDAY_WORDS): such a holiday steers nothing. A bare "not" turns
# nothing down ("it's not christmas yet" says when, not what). Read through ``holiday_mentions_turned_down``.
@lru_cache(maxsize=1)
def holiday_dislike_pattern() -> str:
    """The regex of a holiday turned down (comment above); built here so both runtimes read one list."""
    from contract.vocabulary import HOLIDAY_WORDS
    holidays = "|".join(sorted((re.escape(w) for w in HOLIDAY_WORDS), key=len, reverse=True))
    return (rf"\b(?:{DISLIKE_VERB_PATTERN}|sick\s+of|tired\s+of|fed\s+up\s+with|no|nothing"
            r"|(?:do|does)\s*(?:n't|nt|not)\s+(?:like|want|do)|dont\s+(?:like|want|do))\s+"
            rf"(?:(?:any|more|the|those|all|of)\s+)?(?P<holiday>{holidays})\b")


# Round 30C: when the viewer will watch — a day of the week, a weeknight, a part of the day ("for saturday night",
# "sunday evening", "on a weeknight", "tomorrow afternoon", "friday", "sat night", "every monday", "late at night",
# "midweek") — says when, never
# what: it is no topic of the free-text query (actions/query_text.py). A day is a name's or a topic's word instead when
# a content word that is no kind of title follows it ("saturday night fever", "sunday league football", "friday night
# lights" — a title the catalog holds is an entity first) or, with no part of the day after it, when a content word
# comes before it ("black friday", "easter sunday", "freaky friday"). The lone time words ("tonight", "weekend",
# "evening") are filler already (``FILLER_WORDS``).
_DAY_NAME = r"(?:mon|tues?|wednes|thurs?|fri|satur|sun)days?"
_DAY_SHORT = r"(?:mon|tues?|wed|thurs?|thu|fri|sat|sun)"  # only before a part of the day: "sat night", "fri eve"
_PART_OF_DAY = r"(?:nights?|nite|evenings?|eve|afternoons?|arvo|mornings?|lunch(?:time)?|late)"
_WEEK_TIME = (r"(?:week[\s-]?nights?|week[\s-]?days?|school[\s-]nights?|work[\s-]nights?|week[\s-]?ends?|mid[\s-]?week"
              r"|(?:late|early)(?:\s+(?:at|in\s+the|on\s+a))?\s+(?:nights?|evenings?|mornings?|afternoons?)"
              r"|(?:tomorrow|tmrw|tmr|tomoz|today|tonight|tonite|this)(?=\s+" + _PART_OF_DAY + r"\b))")
_VIEWING_TIME_RE = re.compile(
    rf"(?<![\w'’-])(?:(?:this\s+coming|this|next|coming|on|every|on\s+a|a|for\s+a)\s+)?"
    rf"(?P<when>(?P<day>{_DAY_NAME})(?:\s+(?P<part>{_PART_OF_DAY}))?|{_DAY_SHORT}\s+(?P<part2>{_PART_OF_DAY})"
    rf"|{_WEEK_TIME}(?:\s+(?P<part3>{_PART_OF_DAY}))?)(?![\w'’-])", re.IGNORECASE)
_NEXT_WORD_RE = re.compile(r"\s+([\w'’-]+)")
_PREVIOUS_WORD_RE = re.compile(r"([\w'’-]+)\s+$")


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """Words naming a kind of title (the genres' names and synonyms, the work nouns): "a saturday night comedy" is
    still a time of viewing before them."""
    from contract.vocabulary import GENRES
    words = {w for g in GENRES for phrase in (g.id, *g.synonyms) for w in re.split(r"[\s-]+", phrase.lower())}
    words |= {"comedies", "thrillers", "romances", "mysteries", "documentaries", "cartoons", "one", "ones", "thing"}
    return frozenset(words)


def _names_something(word: str) -> bool:
    """``word`` around a day makes the day a name's or a topic's (a content word that is no kind of title)."""
    from contract.vocabulary import WORK_NOUN_PATTERN
    w = word.lower().strip("'’-")
    return (is_content_word(w) and w not in _kind_words() and w not in MOODS
            and re.fullmatch(WORK_NOUN_PATTERN, w) is None)


def viewing_time_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the times of viewing said in ``text`` (comment above), with their lead word ("on a
    weeknight", "this saturday"): when the viewer watches, never a topic of the query."""
    out: list[tuple[int, int]] = []
    for m in _VIEWING_TIME_RE.finditer(text):
        after = _NEXT_WORD_RE.match(text, m.end())
        if after and _names_something(after.group(1)):
            continue  # "saturday night fever", "sunday league"
        before = _PREVIOUS_WORD_RE.search(text, 0, m.start("when"))
        if m.group("day") and not m.group("part") and before and _names_something(before.group(1)):
            continue  # "black friday", "easter sunday"
        out.append(m.span())
    return out


_HOLIDAY_WORD_RE = re.compile(r"[\w']+")
# A negation right before a holiday's mention: that mention is no plain wish for it ("not christmas again").
_NEGATED_BEFORE_RE = re.compile(r"\b(?:no|not|nothing|never|without|non|n't|nt)\s+(?:(?:any|more|the|those|all|of)\s+)?$",
                                re.IGNORECASE)


def holiday_mentions_turned_down(text: str) -> list[tuple[int, int]]:
    """The spans of every mention of a holiday the viewer turns down in ``text`` ("it's christmas but i can't stand
    christmas films, a thriller": both "christmas"): the occasion at most, never a title, mood or query word. A holiday
    is turned down only when no plain mention of it follows the turn-down ("i hate christmas, but the kids want a
    christmas film" wants it). Read by the NLU (nlu/extraction/holidays.py) and the actions (actions/query_text.py)."""
    from contract.vocabulary import HOLIDAY_WORDS
    downs = list(re.finditer(holiday_dislike_pattern(), text, re.IGNORECASE))
    down_spans = {d.span("holiday") for d in downs}
    mentions = [m for m in _HOLIDAY_WORD_RE.finditer(text) if m.group().lower() in HOLIDAY_WORDS]
    plain = [m for m in mentions if m.span() not in down_spans
             and not _NEGATED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())]
    turned = {d.group("holiday").lower() for d in downs
              if not any(m.group().lower() == d.group("holiday").lower() and m.start() > d.end() for m in plain)}
    return [m.span() for m in mentions if m.group().lower() in turned]


# Round 25a: courtesies of the languages viewers mix into a request or write alone (greetings, farewells, thanks,
# "please" and the honorifics said with them: "ciao!", "namaste ji", "annyeong", "gamsahamnida", "merci beaucoup",
# "por favor"). Said to the bot, they are neutral everywhere: never a person ("I don't have anything with Ciao"),
# never a title, never query words, and no evidence either way of the message's language (actions/language.py blanks
# them). Each entry is a phrase matched as whole words, with and without its accents; a word that alone is a name or
# an English word ("chao" Mark Chao, "dia" Dia Mirza, "favor", "tag") is a courtesy only inside its phrase ("xin
# chao", "bom dia", "por favor", "guten tag"); a courtesy that is a whole catalog title ("Sat Sri Akal") is left
# out. One home: the NLU's people rules (nlu/extraction/unknown_people.py),
# the title rules' courtesy opening (``COURTESY_PATTERN`` below takes them in), the actions' query
# (actions/query_text.py) and the language check read the same list.
FOREIGN_GREETINGS: tuple[str, ...] = (
    "hola", "buenas", "buenos días", "buenas tardes", "buenas noches", "bonjour", "bonsoir", "salut", "coucou", "ciao",
    "buongiorno", "buonasera", "olá", "oi", "bom dia", "boa tarde", "boa noite", "hallo", "guten tag", "guten morgen",
    "guten abend", "moin", "servus", "namaste", "namaskar", "namaskaram", "vanakkam", "salaam",
    "assalamualaikum", "assalamu alaikum", "as-salamu alaykum", "marhaba", "shalom", "konnichiwa", "konbanwa",
    "ohayo", "ohayou", "annyeong", "annyeonghaseyo", "ni hao", "nihao", "mabuhay", "kumusta", "kamusta", "merhaba",
    "jambo", "sawasdee", "xin chao")
FOREIGN_FAREWELLS: tuple[str, ...] = ("adiós", "hasta luego", "au revoir", "arrivederci", "tchau", "tschüss", "sayonara",
                                      "alvida")
FOREIGN_THANKS: tuple[str, ...] = (
    "gracias", "muchas gracias", "merci", "merci beaucoup", "merci bien", "grazie", "grazie mille", "obrigado",
    "obrigada", "muito obrigado", "muito obrigada", "danke", "danke schön", "danke schoen", "dankeschön",
    "vielen dank", "dank je", "bedankt", "dhanyavaad", "dhanyavad", "dhanyawad", "shukriya", "bahut shukriya",
    "bahut dhanyavaad", "shukran", "arigato", "arigatou", "domo arigato", "gamsahamnida", "kamsahamnida", "gomawo",
    "xie xie", "xiexie", "salamat", "salamat po", "maraming salamat", "maraming salamat po", "teşekkürler",
    "teşekkür ederim", "spasibo", "asante sana")
FOREIGN_PLEASE: tuple[str, ...] = (
    "por favor", "s'il vous plaît", "s'il te plaît", "svp", "stp", "per favore", "bitte", "bitte schön", "alsjeblieft",
    "kripya", "kripaya", "onegai", "onegaishimasu", "kudasai", "juseyo", "lütfen")
# Honorifics said after a courtesy or a name ("namaste ji", "shahrukh ji", "arigato sensei"): a courtesy only right
# after another one or closing a clause after a word, never before a name ("Ji Chang-wook", "Han Ji-min").
FOREIGN_HONORIFICS: tuple[str, ...] = ("ji", "jee", "sahab", "sahib", "saab", "san", "sama")
FOREIGN_COURTESIES: tuple[str, ...] = FOREIGN_GREETINGS + FOREIGN_FAREWELLS + FOREIGN_THANKS + FOREIGN_PLEASE


def unaccented(text: str) -> str:
    """``text`` without its accents ("olá" -> "ola", "café" -> "cafe"): how viewers type foreign words on any keyboard;
    the courtesies below and actions/language.py read words through it."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _phrases_pattern(phrases: Iterable[str]) -> str:
    """A regex alternation (no groups) of ``phrases`` with and without accents, longest first, spaces as any space."""
    forms = {f for p in phrases for f in (p, unaccented(p))}
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


# Round 29D: the viewer's partner, one list for every rule that reads one: company of grown-ups alone ("me and my
# hubby", nlu/extraction/audience.py), a clause about how the viewers are ("my fiancée is shattered", actions/edits/),
# who "him" / "her" may stand for (nlu/extraction/pronoun_exclusions.py), companions kept out of the query
# (actions/query_text.py) and people whose origin is no wish (nlu/extraction/geo.py). Split by the pronoun that can
# stand for each word; "partner" or "other half" take either. Accented words match unaccented too ("fiance").
# Round 30: the gender of the people in the titles, said as a wish ("someone female if possible", "women comedians
# only", "any with a female lead"). The catalog records no gender: the words are a topic of the semantic query (the
# synopses say "she", "her", "women"), never a filter; actions.edits.wishes_for_performers_gender reads them as a
# follow-up edit.
PERFORMER_GENDER_WORDS: frozenset[str] = frozenset({"female", "females", "woman", "women", "lady", "ladies", "male",
                                                     "males", "feminist"})
# The people such a wish is about, said beside the gender word ("a female lead", "women directors").
PERFORMER_ROLE_WORDS: frozenset[str] = frozenset({"lead", "leads", "led", "comedian", "comedians", "comic", "comics",
                                                   "director", "directors", "protagonist", "protagonists", "host",
                                                   "hosts", "heroine", "heroines", "character", "characters", "strong"})

PARTNER_WORDS_HE: tuple[str, ...] = ("husband", "hubby", "hubs", "boyfriend", "bf", "fiancé")
PARTNER_WORDS_SHE: tuple[str, ...] = ("wife", "wifey", "girlfriend", "gf", "fiancée", "missus", "missis")
PARTNER_WORDS_EITHER: tuple[str, ...] = ("partner", "spouse", "other half", "better half", "significant other", "bae")
PARTNER_WORDS: tuple[str, ...] = PARTNER_WORDS_HE + PARTNER_WORDS_SHE + PARTNER_WORDS_EITHER
# The same as regex alternations (no groups, longest first; a caller adds the word boundaries).
PARTNER_PATTERN = _phrases_pattern(PARTNER_WORDS)
PARTNER_HE_PATTERN = _phrases_pattern(PARTNER_WORDS_HE)
PARTNER_SHE_PATTERN = _phrases_pattern(PARTNER_WORDS_SHE)
PARTNER_EITHER_PATTERN = _phrases_pattern(PARTNER_WORDS_EITHER)

_COURTESY_WORDS = _phrases_pattern(FOREIGN_COURTESIES)
_HONORIFICS = _phrases_pattern(FOREIGN_HONORIFICS)
# The courtesies as a regex alternation (no groups), each maybe followed by an honorific: "namaste ji", "arigato san".
FOREIGN_COURTESY_PATTERN = rf"(?:{_COURTESY_WORDS})(?:\s+(?:{_HONORIFICS}))?(?![\w'-])"
# An honorific closing a clause after a name or word ("a shahrukh film, ji", "amitabh ji?"), never hyphen-joined.
_HONORIFIC_CLOSING_RE = re.compile(rf"(?<=[^\W\d_])\s+(?P<h>{_HONORIFICS})(?=\s*(?:[,.!?;:)]|$))", re.IGNORECASE)
_FOREIGN_COURTESY_RE = re.compile(rf"(?<![\w'-])(?:{FOREIGN_COURTESY_PATTERN})", re.IGNORECASE)


def foreign_courtesy_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the foreign courtesies in ``text`` (``FOREIGN_COURTESIES``, with a trailing honorific) and of the
    honorifics closing a clause after a word: said to the bot, neutral to every reading of the message."""
    spans = [m.span() for m in _FOREIGN_COURTESY_RE.finditer(text)]
    spans += [m.span("h") for m in _HONORIFIC_CLOSING_RE.finditer(text)
              if not any(s <= m.start("h") < e for s, e in spans)]
    return sorted(spans)


def without_foreign_courtesies(text: str) -> str:
    """``text`` with its foreign courtesies (``foreign_courtesy_spans``) blanked, every offset kept: what a rule that
    reads the words around a request sees ("konbanwa. <format> <origin> por favor" is the format and origin alone)."""
    chars = list(text)
    for start, end in foreign_courtesy_spans(text):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# The small talk a message of courtesies only is, by the NLU's intent names: thanks first ("hola, gracias" thanks).
_SMALL_TALK_OF: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (intent, re.compile(rf"(?:{_phrases_pattern(phrases)})(?:\s+(?:{_HONORIFICS}))?", re.IGNORECASE))
    for intent, phrases in (("thanks", FOREIGN_THANKS), ("goodbye", FOREIGN_FAREWELLS), ("greet", FOREIGN_GREETINGS)))


def courtesy_said_alone(text: str) -> str | None:
    """The small talk ("greet", "thanks", "goodbye") of a message that is foreign courtesies and nothing else
    ("merci beaucoup", "arigatou!", "sayonara"), whatever the classifier made of it; None when anything else is said
    or it is only "please" ("por favor")."""
    if re.search(r"[^\W\d_]", without_foreign_courtesies(text)):
        return None
    said = [text[a:b] for a, b in foreign_courtesy_spans(text)]
    return next((intent for intent, pattern in _SMALL_TALK_OF if any(pattern.fullmatch(c) for c in said)), None)


def in_a_foreign_courtesy(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside one of the message's foreign courtesies (``foreign_courtesy_spans``)."""
    return any(s <= start and end <= e for s, e in foreign_courtesy_spans(text))


# Courtesies of a polite or formal message ("Thank you.", "Good evening,", "Dear sir or madam", "kindly", "if you
# would"), as a regex (no groups): said to the bot, never a title ("Thank You" is a catalog title) nor a wish. Read by
# the NLU's title rules (nlu/extraction/names.py ``courtesy_opening``) at the start of a sentence. The foreign
# courtesies are among them ("Ciao!", "Namaste ji,": round 25a).
COURTESY_PATTERN = (r"thank\s+you(?:\s+(?:so\s+much|very\s+much|kindly))?|thanks(?:\s+(?:so\s+much|a\s+lot))?|many\s+thanks"
                    r"|much\s+obliged|good\s+(?:morning|afternoon|evening|day|night)|hello|hi|greetings"
                    r"|dear\s+(?:sir|madam|sirs)(?:\s+or\s+(?:madam|sir))?|to\s+whom\s+it\s+may\s+concern|kindly|please"
                    r"|if\s+you\s+(?:would|please|could|don't\s+mind|do\s+not\s+mind)|cheers|sorry|excuse\s+me|pardon"
                    rf"|{FOREIGN_COURTESY_PATTERN}")


# Being done with something, as a regex (no groups): "done with", "all done with", "finally through with", "finished
# watching". One home for the actions that read it: a title watched through (actions/references.py ``finished_title``,
# actions/edits/search_requests.py ``FINISHED_BEFORE_RE``) and the viewer's state, never a topic (actions/query_text.py ``_FIGURE``).
DONE_WITH_PATTERN = r"(?:(?:all|just|finally|now|officially)\s+)?(?:done|through|finished)\s+(?:with|watching)"

# "One" or "some" of a kind named before, asked to be seen or shown (round 22i), as a regex (no groups): "never seen
# anime, my son wants to show me one", "i'd like to try one", "give one a go". The kind someone has not met yet is
# then what is asked for: read by the NLU (nlu/extraction/negation.py, the kinds met are kept) and by the actions
# (actions/query_text.py, a story sentence naming the kind speaks for the request).
ONE_OF_IT_WISHED_PATTERN = (
    r"\b(?:show|introduce|get|take)\s+(?:me|us|him|her|them)\s+(?:to\s+)?(?:one|some|it|a\s+good\s+one)\b"
    r"|\b(?:try|watch|see|start\s+with)\s+(?:a\s+(?:good\s+)?)?(?:one|some)\b(?!\s+(?:of\s+)?(?:day|time|night|more|other))"
    r"|\bgive\s+(?:one|it)\s+a\s+(?:go|try|shot|chance)\b")
# Words of animation a viewer turns down ("no cartoons", "nothing animated", "not cartoony"), as a regex (no groups):
# read by the NLU (nlu/extraction/childrens.py) and by the actions' edit for a children's search (actions/edits/).
ANIMATION_WORD_PATTERN = r"cartoon(?:s|y|ish)?|toons?|animated|animations?"  # "toons": clipped
# one word of animation said on its own, the clipped "anim" too ("no anim stuff"): an entity's whole text
ANIMATION_WORD_RE = re.compile(rf"(?:{ANIMATION_WORD_PATTERN}|anim)", re.IGNORECASE)
# Words for a story told by actors rather than filmed as it happened ("the dramatized ones" after a list of sports
# documentaries, "a scripted series about it", "fiction only"): the NLU reads them as the documentary genre ruled out
# (nlu/extraction/genres.py, negation.py) and the planner never takes that exclusion for a sub-kind of a documentary
# search (actions/constraints.sub_kinds_of_the_search).
FICTION_WORDS = frozenset({"dramatized", "dramatised", "dramatization", "dramatisation", "dramatizations",
                           "dramatisations", "fictionalized", "fictionalised", "scripted", "fiction", "fictional"})

# Live action: titles played by people, no drawn look ("live action", "live-action"), and the made-as-fiction kind
# said as "real"/"proper" ("a real film", "the real ones", "an actual show"). One vocabulary read by the extractor
# (nlu/extraction/childrens.py: anime ruled out) and the planner (actions/constraints.fiction_drops_forms: the forms
# that are no fiction dropped). The "real" kind never rules out the children's shelf; live action does only when no
# children's titles are asked for and no family is watching ("my kids love the live action remakes" keeps it).
LIVE_ACTION_PATTERN = r"live[\s-]+action"
REAL_KIND_PATTERN = r"(?:real|proper|actual|normal|regular)\s+(?:films?|movies?|shows?|series|tv|ones)"
# A fresh start said outright ("start over", "back to square one", "a clean slate", "something completely different"):
# the whole search goes, whatever else the message says. One home for the actions' readers (actions/constraints
# FRESH_START, which adds the take-back words that also mean it, and actions/earlier_lists, where it outweighs a
# return to the beginning); "from scratch" only after "start" ("bread from scratch" is a topic).
FRESH_START_PATTERN = (r"start(?:ing)?\s+(?:over|again|afresh|fresh"
                       r"|from\s+scratch|anew)|new\s+search|clean\s+slate|square\s+one"
                       r"|(?:something\s+)?(?:completely|totally|entirely)\s+different")
# The last ask taken back ("scratch that", "forget what i said", "change of plan", "on second thought", "never mind"):
# one vocabulary for the NLU's restart (nlu/extraction/corrections._RESTART_RE: refusals before it go) and the
# actions' take-back (actions/constraints._TAKE_BACK_RE: a genre said with it replaces the search's). "Never mind" and
# "ignore that" with an object are no retraction ("my kids never mind subtitles", "never mind the rating", "ignore
# that typo"): only before a pause, the end, or that/this/all that.
TAKE_BACK_PATTERN = (r"never\s*mind(?=\s*(?:[,.;:!?…—–-]|$|(?:that|this|all\s+that|please|pls|lol)\b))"
                     r"|(?:scrap|forget|scratch|ditch|nix|cancel)\s+(?:about\s+)?(?:all\s+)?"
                     r"(?:that|this|it|what\s+i\s+(?:just\s+)?said)"
                     r"|ignore\s+(?:that(?!\s+(?!please\b|pls\b|lol\b)\w)|what\s+i\s+(?:just\s+)?said)"
                     r"|change\s+of\s+plans?|on\s+second\s+thoughts?")
# A correction of what the bot understood, said in answer to its reply (round 22a): a leading answer particle ("no",
# "nah", "nope"; "not that" only before a pause) and/or a restating cue ("i said", "i meant", "i asked for") before
# what was meant. The particle answers the bot and negates nothing after it ("no i said comedy" wants comedy), but a
# negation said after it still is one ("no, no horror"). One home for the NLU (nlu/extraction/corrections
# ``answer_particle``: the particle leaves the negation scope) and the actions (actions/edits ``corrects_the_search``:
# what is said replaces the same kind of value the search had; actions/query_text: no query words).
# "no" opening a phrase of its own is no particle (review of round 22a): an acknowledgement ("no problem, add some
# romance too", "no worries") or "no one" / "no-one" — what follows adds to the search, never corrects it.
ANSWER_PARTICLE_PATTERN = (r"(?:no+(?![\s-]+(?:one|body|worries|worry|problems?|probs?|biggie|sweat|stress|rush|pressure"
                           r"|matter|doubt|wonder|idea|clue|offen[cs]e)\b)|nah+|nope|naw|nay"
                           r"|not\s+that(?:\s+one)?(?=\s*[,.!:;…—–-]))")
RESTATING_PATTERN = (r"i\s+(?:(?:did|do)\s+)?(?:said|say|meant|asked(?:\s+you)?\s+for|wanted|typed|wrote"
                     r"|was\s+(?:asking(?:\s+you)?\s+for|after|looking\s+for|talking\s+about))")
# The lead of such a correction at the message's start: particles (several only before a restating cue: "no no i said
# westerns"; "no, no horror" is a particle and a refusal), then the restating cue. Group ``particle`` is the one the
# NLU takes out of the negation scope, group ``restating`` the cue.
CORRECTION_LEAD_PATTERN = (
    rf"^[\s\W]*(?:(?:(?:{ANSWER_PARTICLE_PATTERN})[\s,.!:;…—–-]+)*(?P<cue_particle>{ANSWER_PARTICLE_PATTERN})"
    rf"[\s,.!:;…—–-]+(?P<restating>(?:{RESTATING_PATTERN})\b)|(?P<restating_only>(?:{RESTATING_PATTERN})\b)"
    rf"|(?P<particle>{ANSWER_PARTICLE_PATTERN})\b)")
_CORRECTION_LEAD_RE = re.compile(CORRECTION_LEAD_PATTERN, re.IGNORECASE)


class CorrectionLead(NamedTuple):
    """The lead of a correction (``CORRECTION_LEAD_PATTERN``): the span of its answer particles (None when it has
    none), whether a restating cue says what was meant, and where the lead ends (what was meant starts after it)."""

    particles: tuple[int, int] | None
    restated: bool
    end: int


def correction_lead(text: str) -> CorrectionLead | None:
    """The lead of a correction at the start of ``text``, or None ("no i said comedy", "nah, i meant <person>",
    "nope westerns not thrillers": the lead is "nope", a correction only if the rest says X not Y)."""
    m = _CORRECTION_LEAD_RE.match(text or "")
    if m is None:
        return None
    if m["restating"]:
        first_word = re.search(r"\w", text)  # the lead spans every particle, from the first one
        first = first_word.start() if first_word else m.start("cue_particle")
        return CorrectionLead((first, m.end("cue_particle")), True, m.end())
    if m["restating_only"]:
        return CorrectionLead(None, True, m.end())
    return CorrectionLead(m.span("particle"), False, m.end())


# Tone words viewers use that catalog descriptions rarely do: content although outside the vocabulary.
TONE_WORDS: frozenset[str] = frozenset("""
wholesome cozy cosy chill chilled mindless twisty cheesy campy corny goofy heartfelt feelgood
tearjerker weepy bleak brainy cerebral trippy mellow upbeat
""".split()) | frozenset(w for text in MOOD_TEXT.values() for w in text.split()) | frozenset(MOODS)


def build_catalog_words(csv_path: str | Path, min_docs: int = 3) -> list[str]:
    """Words (lowercase) that appear in at least ``min_docs`` catalog descriptions, sorted."""
    counts: Counter[str] = Counter()
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            counts.update(set(_DESCRIPTION_WORD.findall((row.get("description") or "").lower())))
    return sorted(w for w, n in counts.items() if n >= min_docs and len(w) > 1)


def franchise_words(titles: Iterable[str], vocabulary: Collection[str], min_titles: int = MIN_TITLES_OPENED,
                    descriptions: Iterable[str] | None = None) -> dict[str, list[int]]:
    """Words (lowercase, not filler) that open at least ``min_titles`` of ``titles`` after an article — the names of
    franchises and series ("LEGO Friends", "LEGO Ninjago" → "lego") — each with the positions of the titles it
    opens; a hyphenated one also under its unhyphenated spelling ("spider-man", "spiderman"). A word of
    ``vocabulary`` (ordinary English) counts only when ``descriptions`` (aligned with ``titles``) are given, it opens
    at least as many titles as there are descriptions using it, at least half of its titles name it in their own
    synopsis and the synopses write it as a name, capitalized inside a sentence more often than not ("barbie",
    "naruto": a name its synopses repeat; not "love" or "space", which synopses use everywhere, nor "dark", whose
    titles never say it, nor "sniper" or "gospel", which their synopses write as everyday words)."""
    opened: dict[str, list[int]] = {}
    for i, title in enumerate(titles):
        words = [w for w in _TITLE_WORD.findall(title.lower()) if w not in _ARTICLES]
        if words:
            opened.setdefault(words[0], []).append(i)
    candidates = {w: rows for w, rows in opened.items()
                  if len(rows) >= min_titles and len(w) > MIN_CONTENT_CHARS and not is_filler(w)}
    found = {w: rows for w, rows in candidates.items() if w not in vocabulary}
    if descriptions is not None:
        named = {w for w in candidates if w in vocabulary}
        used: Counter[str] = Counter()
        own: Counter[str] = Counter()  # titles whose synopsis names the word they open
        as_name: Counter[str] = Counter()  # uses inside a sentence: capitalized (+1) or not (-1)
        opener = {i: w for w in named for i in candidates[w]}
        for i, text in enumerate(descriptions):
            mentioned = named.intersection(_TITLE_WORD.findall(text.lower()))
            used.update(mentioned)
            if opener.get(i) in mentioned:
                own[opener[i]] += 1
            if mentioned:
                as_name.update(_written_as_a_name(text, mentioned))
        found |= {w: candidates[w] for w in named
                  if used[w] <= len(candidates[w]) and 2 * own[w] >= len(candidates[w]) and as_name[w] > 0}
    aliases = {_plain_spelling(w): rows for w, rows in found.items()}
    return found | {w: rows for w, rows in aliases.items() if w not in found}


_SENTENCE_OPENERS = frozenset(".!?:;\"'“‘(-–—")


def _written_as_a_name(text: str, words: Collection[str]) -> Counter[str]:
    """For each of ``words`` (lowercase) used inside a sentence of ``text``: +1 per capitalized use ("... joins Naruto
    on ..."), -1 per lowercase one ("... a retired sniper ..."); a sentence's first word tells nothing."""
    tally: Counter[str] = Counter()
    for m in _TITLE_WORD.finditer(text):
        word = m.group(0)
        low = word.lower()
        if low not in words:
            continue
        before = text[:m.start()].rstrip()
        if not before or before[-1] in _SENTENCE_OPENERS:
            continue
        tally[low] += 1 if word[0].isupper() else -1
    return tally


def one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one slip of the keyboard: one letter added, dropped or changed, or two neighbours
    swapped (never equal strings). Used for a title typed alone ("narcoss") and a name hint ("cranstn")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def _plain_spelling(word: str) -> str:
    """How a viewer types a title word: no hyphen, no accent ("spider-man" → "spiderman", "pokémon" → "pokemon")."""
    decomposed = unicodedata.normalize("NFKD", word.replace("-", ""))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def build_title_words(csv_path: str | Path, min_titles: int = MIN_TITLES_OPENED) -> list[str]:
    """The franchise words of a catalog CSV's titles (``franchise_words``, with the descriptions: a name its synopses
    repeat, "naruto", "barbie", counts though the vocabulary has it), sorted. The recommender's snapshot reads the same
    words (``recommender.snapshot``); the actions read them to know a franchise named by one word ("not naruto")."""
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    titles = [row.get("title") or "" for row in rows]
    descriptions = [row.get("description") or "" for row in rows]
    return sorted(franchise_words(titles, set(build_catalog_words(csv_path)), min_titles, descriptions))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The franchise words of the catalog's titles, read once per process."""
    if not TITLE_WORDS_FILE.is_file():
        return frozenset()
    return frozenset(TITLE_WORDS_FILE.read_text(encoding="utf-8").split())


def build_name_words(csv_path: str | Path) -> list[str]:
    """The catalog vocabulary's words (``build_catalog_words``) that the descriptions write capitalized inside a
    sentence and never in lowercase there (a sentence's first word tells nothing: ``_written_as_a_name``), nor an
    inflection of a word written in lowercase, sorted."""
    vocabulary = set(build_catalog_words(csv_path))
    capitalized: set[str] = set()
    lowercase: set[str] = set()
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            text = row.get("description") or ""
            for m in _TITLE_WORD.finditer(text):
                word = m.group(0)
                before = text[:m.start()].rstrip()
                if word[0].islower():
                    lowercase.add(word)  # any word: its inflections are everyday English too
                elif word.lower() in vocabulary and before and before[-1] not in _SENTENCE_OPENERS:
                    capitalized.add(word.lower())
    # an inflection of a word written in lowercase is everyday English too ("burns" ← "burn", "brooks" ← "brook")
    inflected = {w for w in capitalized for end in ("s", "es", "ed", "ing")
                 if w.endswith(end) and w[:-len(end)] in lowercase}
    return sorted(capitalized - lowercase - inflected)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """The vocabulary's words written only as names (``NAME_WORDS_FILE``), read once per process."""
    if not NAME_WORDS_FILE.is_file():
        return frozenset()
    return frozenset(NAME_WORDS_FILE.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def catalog_words() -> frozenset[str]:
    """The catalog's vocabulary (words of at least three descriptions), read once per process."""
    if not CATALOG_WORDS_FILE.is_file():
        return frozenset()
    return frozenset(CATALOG_WORDS_FILE.read_text(encoding="utf-8").split())


def in_catalog_vocabulary(word: str) -> bool:
    """``word`` or its singular/plain form is a catalog word ("zombies", "heists", "haunted")."""
    vocabulary = catalog_words()
    if word in vocabulary:
        return True
    for suffix in ("es", "s", "ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_CONTENT_CHARS \
                and word[: -len(suffix)] in vocabulary:
            return True
    return False


def read_pairs(path: Path) -> dict[str, str]:
    """The pairs of a shipped two-column data file (``contract/data/*.tsv``: a name, a tab, what it stands for; "#"
    lines and blank lines skipped). A line without both columns is skipped rather than failing the process that reads
    the file at start (the NLU, the gazetteer builder); an empty dict when the file is missing."""
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) >= 2 and columns[0].strip() and columns[1].strip():  # a third column (a note) is ignored
            out[columns[0].strip()] = columns[1].strip()
    return out


# Round 29C: discourse markers of several words ("either way", "by the way", "in any case", "all the same", "at any
# rate", "that said"): they link the message to what was said before and never name a topic, yet some of their words
# are content words alone ("way", "case", "rate", "end"). One home for every reader that keeps the message's topic
# words (actions/query_text.py blanks them whole). "The way" / "a way" stay ("the way of the samurai"), and so does a
# marker's word run into a longer phrase of its own ("no way home" is read before the query by the title rules).
DISCOURSE_MARKER_PATTERN = (
    r"(?:either|any|that|no|by\s+the|whichever|same|other)\s+way(?:\s+round)?|anyway(?:s)?|anyhow|anyhoo"
    r"|in\s+any\s+(?:case|event)|in\s+(?:that|which)\s+case|in\s+either\s+case|just\s+in\s+case"
    r"|all\s+the\s+same|at\s+any\s+rate|at\s+the\s+end\s+of\s+the\s+day|(?:that|having)\s+said(?:\s+that)?"
    r"|on\s+the\s+other\s+hand|on\s+(?:a|the)\s+(?:side|different)\s+note|for\s+what\s+it['’]?s\s+worth"
    r"|as\s+it\s+(?:happens|turns\s+out)|come\s+to\s+think\s+of\s+it|in\s+the\s+mean\s*(?:time|while)"
    r"|be\s+that\s+as\s+it\s+may|even\s+so|mind\s+you|in\s+other\s+words|truth\s+be\s+told"
    r"|if\s+(?:anything|nothing\s+else)|whatever\s+the\s+case")
_DISCOURSE_MARKER_RE = re.compile(rf"(?<![\w'’-])(?:{DISCOURSE_MARKER_PATTERN})(?![\w'’-])", re.IGNORECASE)


def discourse_marker_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the discourse markers of ``text`` (``DISCOURSE_MARKER_PATTERN``): words linking the message
    to the talk, none of them a topic."""
    return [m.span() for m in _DISCOURSE_MARKER_RE.finditer(text)]


def is_filler(word: str) -> bool:
    """A word that never carries a topic (any language we know function words of)."""
    w = word.lower().strip("'-")
    return w in FILLER_WORDS or w in FOREIGN_FUNCTION_WORDS


def is_content_word(word: str) -> bool:
    """A topic, plot or mood word: not filler, not a number, at least three letters, in the catalog's
    vocabulary (so no typo, no word of another language)."""
    w = word.lower().strip("'-")
    if len(w) < MIN_CONTENT_CHARS or any(ch.isdigit() for ch in w) or is_filler(w):
        return False
    return (w in TONE_WORDS or in_catalog_vocabulary(w) or w in title_words() or _compound_of_content_words(w)
            or w in _occasion_words())


@lru_cache(maxsize=1)
def _occasion_words() -> frozenset[str]:
    """Round 26b: the holidays and seasons (vocabulary ``HOLIDAY_WORDS``, ``SEASON_WORDS``) are topics however the
    catalog's descriptions spell them ("xmas" for Christmas, "valentines")."""
    from contract.vocabulary import HOLIDAY_WORDS, SEASON_WORDS
    return frozenset(HOLIDAY_WORDS | SEASON_WORDS)


def _compound_of_content_words(word: str) -> bool:
    """A hyphenated word whose parts are catalog words, one of them not filler ("spider-man", "time-travel")."""
    parts = [p for p in word.split("-") if p]
    return (len(parts) > 1 and all(in_catalog_vocabulary(p) or is_filler(p) for p in parts)
            and any(len(p) >= MIN_CONTENT_CHARS and not is_filler(p) for p in parts))

# A superlative asked of the list shown, not a request (nlu/extraction/sort.py, actions/cues.py): "which" earlier in
# the superlative's clause ("which of these is the oldest", "which one's shortest") or a list named beside it
# ("of these, the oldest", "the longest of them"). "The newest horror which is scary" is a request: the "which"
# follows the superlative.
_LIST_NAMED = r"(?:of|in|among)\s+(?:these|those|them|the\s+(?:list|lot))\b"
_LIST_QUESTION_BEFORE_RE = re.compile(rf"\b(?:which\b|{_LIST_NAMED})[^.!?;]*$", re.IGNORECASE)  # 28B: "whichever"
_LIST_NAMED_AFTER_RE = re.compile(rf"\s*(?:ones?\s+)?{_LIST_NAMED}", re.IGNORECASE)


def asks_of_the_list(text: str, start: int, end: int) -> bool:
    """Whether the superlative at ``text[start:end]`` is asked of the list shown (a question about it)."""
    return bool(_LIST_QUESTION_BEFORE_RE.search(text, 0, start) or _LIST_NAMED_AFTER_RE.match(text, end))


# A hedge said after an amount ("90 minutes or so", "two hours-ish"): nlu durations and the actions' targets.
APPROX_POST_PATTERN = (r"or\s+so|-?ish|give\s+or\s+take|more\s+or\s+less|or\s+thereabouts|(?:or\s+)?roughly"
                       r"|approx(?:imately|\.)?")
