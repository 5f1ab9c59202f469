"""Moods (vocabulary.MOODS): the soft "how should it feel" signal, with everyday synonyms.

A mood word right before a media noun is read as the matching genre instead ("funny movies" →
comedy, "scary movies" → horror): that is how viewers name a genre, while "something scary" is a
feeling the ranker should use. That promotion lives in genres.py; here are only the feelings.
"""

from __future__ import annotations

import re

from contract.vocabulary import MOODS

from .spans import EXCLUDE, Found
from .terms import Term
from .utterance import Utterance

ENTITY = "mood"

SYNONYMS: dict[str, tuple[str, ...]] = {
    "feel-good": ("feel-good", "feel good", "feelgood", "uplifting", "heartwarming", "heart-warming",
                  "wholesome", "cheerful", "upbeat", "happy ending", "comforting", "comfort watch",
                  # the wish to be made happy ("something to make me happy"); "happy" alone is contentment
                  # ("i'm happy with anything"), never a mood
                  "make me happy", "make us happy", "makes me happy", "makes you happy", "put me in a good mood"),
    "funny": ("funny", "hilarious", "humorous", "witty", "goofy", "silly", "funnier", "laugh", "laughs",
              "make me laugh", "slapstick", "zany", "wacky"),
    "scary": ("scary", "creepy", "spooky", "terrifying", "frightening", "chilling", "eerie", "scarier",
              "scare me", "spine-chilling",
              # "terrify me", "give me nightmares" (the wish to be scared is horror too: genres.COMPACT)
              "terrify me", "frighten me", "give me nightmares", "scare the hell out of me",
              "scare the crap out of me", "spook me", "spook us", "be spooked"),
    "relaxing": ("relaxing", "chill", "chilled", "calm", "calming", "soothing", "cozy", "cosy", "comfy", "easygoing",
                 "easy-going", "mellow", "low-key", "laid-back", "unwind", "gentle"),
    # "heavy" / "heavier" as a tone (round 35: "ugh too heavy, something lighter"); "heavy metal" stays music
    "dark": ("dark", "darker", "gritty", "bleak", "grim", "disturbing", "twisted", "brutal", "violent", "edgy",
             "heavy", "heavier"),
    "romantic": ("romantic", "swoon-worthy"),  # "date night": audience._GROWN_UPS_ALONE (the adults, and this mood)
    "exciting": ("exciting", "thrilling", "action-packed", "intense", "gripping", "edge of my seat",
                 "edge-of-your-seat", "fast-paced", "adrenaline", "suspenseful", "exhilarating",
                 # the whole phrase, so its noun is no word to search for ("an adrenaline rush": no title "Rush")
                 "adrenaline rush", "adrenaline kick", "adrenaline fix", "adrenaline hit", "adrenaline junkie",
                 "rush of adrenaline", "adrenaline-fuelled", "adrenaline-fueled", "adrenaline pumping",
                 "heart pumping", "heart-pumping", "heart pounding", "heart-pounding", "heart racing", "heart-racing",
                 "pulse pounding", "pulse-pounding", "get my heart pumping", "get my heart racing", "get my pulse racing"),
    "thought-provoking": ("thought-provoking", "thought provoking", "smart", "intelligent", "cerebral",
                          "mind-bending", "mind-blowing", "philosophical", "make me think", "makes you think"),
    "sad": ("sad", "sadder", "tearjerker", "tear-jerker", "emotional", "weepy", "heartbreaking",
            "depressing", "melancholic", "melancholy", "make me cry", "cry"),
    "inspiring": ("inspiring", "inspirational", "motivational", "motivating", "empowering"),
    "light": ("light", "lighter", "lighthearted", "light-hearted", "easy watch", "easy to watch", "easy watching",
              "easy viewing", "breezy",
              "fun", "lightweight", "not too heavy", "nothing too heavy"),
    "true-story": ("true story", "true stories", "based on a true story", "based on true events", "true events",
                   "real events", "real-life story", "real life story", "biographical", "biography"),
}


# Situations: viewers describe their evening, not a genre. Each situation is phrases → the moods it
# asks for (the first is the entity's value, the others ride along on the same span), so the whole
# clause is consumed ("while I cook" never becomes a keyword search for cooking). Activity clauses
# are generated: SITUATION_LEADS × SUBJECTS × the activity's verbs ("while I cook", "when we're
# cooking", "while cooking"). Runtimes of a trip ("a train ride of about an hour") are durations.py's;
# bingeing and long series are media.py's.
SUBJECTS = ("i", "i'm", "im", "i am", "we", "we're", "we are", "were")
# Ways of falling asleep, said with what leads to them ("help me …", "to … off", "… off to", "put me to sleep"): a
# lead is needed, since "fall asleep" alone may be a complaint ("don't fall asleep on me").
_DRIFTS = ("doze off", "drift off", "nod off", "dozing off", "drifting off", "nodding off")
_SLEEPS = ("fall asleep", "sleep", "get to sleep", "go to sleep", "unwind", "switch off", "relax", *_DRIFTS[:3])
_SENDS = ("put me to sleep", "puts me to sleep", "send me to sleep", "sends me to sleep", "lull me to sleep",
          "lulls me to sleep", "send me off to sleep", "get me to sleep", "put us to sleep", "send us to sleep")
SLEEP_WISHES = (*(f"{lead} {s}" for lead in ("help me", "helps me", "help us", "helps us") for s in _SLEEPS),
                *(f"to {d}" for d in _DRIFTS[:3]), *(f"{d} to" for d in _DRIFTS), *_SENDS)
SITUATION_LEADS = ("while", "whilst", "when", "as")
# A sleepless night and the end of a (night) shift (round 22d): calm, light picks, never the fallback — "cant sleep",
# "insomnia again", "night shift just ended", "just got off my shift". The whole phrase is consumed, so "shift" or
# "ended" never reach the query. "A film about insomnia" keeps its topic only through the query's "about" reading.
_SLEEPLESS = ("can't sleep", "cant sleep", "cannot sleep", "can not sleep", "couldn't sleep", "couldnt sleep",
              "can't get to sleep", "cant get to sleep", "can't fall asleep", "cant fall asleep", "unable to sleep",
              "not tired at all", "insomnia", "insomniac", "sleepless", "sleepless night", "wide awake",
              "lying awake", "still awake", "up at 2am", "up at 3am", "up at 4am", "awake at 2am", "awake at 3am",
              "awake at 4am", "middle of the night", "up late", "still up", "working nights", "after nights",
              "coming off nights", "finished nights", "just finished nights")
_SLEEPLESS = (*_SLEEPLESS, *(p.replace("'", "’") for p in _SLEEPLESS if "'" in p))  # "can’t sleep" typed on a phone
_SHIFTS = ("night shift", "nightshift", "night shifts", "graveyard shift", "late shift", "long shift", "double shift",
           "shift")
_SHIFT_ENDS = ("just ended", "ended", "just finished", "finished", "is over", "just over", "'s over", "done", "has ended",
               "finally ended", "finally over", "is finally over", "finally done", "finally finished", "just got done")
AFTER_SHIFT = (*(f"{shift} {end}" for shift in _SHIFTS for end in _SHIFT_ENDS),
               *(f"{lead} {det} {shift}" for lead in ("after", "off", "got off", "just got off", "home from", "back from",
                                                        "finished", "just finished", "coming off", "just came off")
                 for det in ("my", "a", "the") for shift in _SHIFTS),
               *(s for s in _SHIFTS[:-1]))
# Laughing to tears (round 26e): the whole phrase is the funny mood, so its "cry" is never the sad one.
_LAUGHS = ("laugh", "laughing", "laughed")
_UNTIL = ("until", "till", "til", "'til", "so hard", "so much")
_CRY = ("i cry", "we cry", "i'm crying", "we're crying", "i am crying", "i wet myself", "i pee", "my sides hurt",
        "it hurts", "i cried", "we cried", "tears", "i'm in tears", "i was in tears")
LAUGHING_TO_TEARS: tuple[str, ...] = (
    *(f"{laugh} {until} {cry}" for laugh in _LAUGHS for until in _UNTIL for cry in _CRY),
    "cry laughing", "crying laughing", "cried laughing", "tears of laughter", "tears of joy", "laughing to tears",
    "laugh to tears", "laughed to tears", "laugh my head off", "laugh my ass off", "laugh my butt off",
    "laughing my head off", "belly laugh", "belly laughs", "pee my pants laughing")
SITUATIONS: dict[tuple[str, ...], tuple[str, ...]] = {
    # background viewing: easy to follow, nothing demanding
    ("light", "relaxing"): ("in the background", "on in the background", "for the background",
                            "background noise", "background tv", "background watching", "background viewing",
                            "something to half watch", "half-watch", "half watch", "half watching",
                            "easy to follow", "mindless", "brainless",
                            "zone out", "veg out", "nothing heavy", "not heavy", "nothing too serious",
                            "nothing serious", "not too serious", "nothing too deep", "nothing demanding",
                            "not too intense", "nothing too intense", "nothing intense"),
    # a tiring day: wind down
    ("relaxing", "light"): ("long day", "long week", "rough day", "rough week", "hard day", "busy day",
                            "stressful day", "stressful week", "exhausting day", "tough day", "long shift",
                            "i'm exhausted", "im exhausted", "exhausted", "so tired", "i'm tired", "im tired", "i'm beat",
                            "knackered", "wiped out", "worn out", "burnt out", "burned out",
                            "wind down", "winding down", "decompress", "de-stress", "destress", "relax",
                            "before bed", "bedtime", "fall asleep to", "to fall asleep", "to sleep to",
                            # falling asleep said as what the title should do: "anything to help me drift off",
                            # "something to doze off to", "put me to sleep" (never "don't fall asleep on me";
                            # a title that did it is feedback: ``drop_sleep_feedback``)
                            *SLEEP_WISHES,
                            "cozy night", "cosy night", "a night in", "staying in", "quiet night", "lazy night", "lazy evening",
                            "lazy sunday", "lazy saturday", "lazy day", "lazy afternoon", "rainy day",
                            "rainy night", "rainy evening", "rainy afternoon", "rainy sunday", "snow day",
                            "sunday afternoon", "sunday evening", "curl up", "curled up", "under a blanket",
                            *_SLEEPLESS, *AFTER_SHIFT),
    ("feel-good", "light"): ("bad day", "feeling down", "feeling low", "feeling blue", "pick me up", "pick-me-up",
                             "sick day", "home sick", "sick in bed", "stuck in bed",
                             "feeling sad", "feeling crap", "feeling rubbish",
                             # sweetness asked of a title (round 27B): "something sweet", "anything sweet and cute";
                             # "Sweet Tooth" / "Sweet Magnolias" have no wish word before them
                             "something sweet", "anything sweet", "something cute", "something sweet and cute"),
    ("romantic",): ("for a date", "on a date", "first date", "anniversary",
                    "valentine's", "valentines", "valentine's day", "valentines day",
                    "romantic night", "with my girlfriend", "with my boyfriend", "with bae", "with my gf",
                    "with my bf", "w my gf", "w my bf", "w/ my gf", "w/ my bf", "with the gf", "with the bf"),
    ("sad",): ("good cry", "a cry", "need a cry", "have a cry", "cry my eyes out", "need tissues", "tissues",
               "weepie", "sob story", "ugly cry"),
    # tears of laughter are laughter (round 26e): "laugh till I cry", "crying laughing" ask for a comedy, no sad film
    ("funny",): tuple(LAUGHING_TO_TEARS),
    ("funny", "light"): ("party", "house party", "parties", "friends over", "people over", "coming over", "coming round",
                         "stopping by", "with friends",
                         "with the guys", "with the girls", "with my mates", "with mates", "group of friends",
                         "game night", "girls night", "girls' night", "guys night", "boys night", "lads night",
                         "ladies night", "ladies' night", "gals night", "girls night in", "hen night", "hen party",
                         "sleepover", "get-together", "get together", "hangout", "crowd pleaser",
                         "crowd-pleaser"),
    ("scary",): ("halloween", "halloween night", "spooky season", "spooky night", "friday the 13th"),
    ("exciting",): ("workout", "work out", "working out", "on the treadmill", "at the gym", "on the bike",
                    "get pumped", "pump me up", "keep me awake", "keep me up"),
}
# Fun that asks no thought ("dumb fun", "a no-brainer", "switch my brain off", "nothing that needs thinking"): a light,
# funny title — what viewers accept is a comedy (or an action film), never the calm dramas and documentaries a relaxing
# mood ranks first. The mood "light" is read on the phrase's first words and "funny" on its last word, a span of its
# own, so the actions read the funny as said (it reaches the comedy genre when no genre is named, and stays soft beside
# one: "a dumb fun action movie"; actions/constraints.py ``_mood_as_genre``).
FUN_WITHOUT_THINKING: tuple[str, ...] = (
    "dumb fun", "mindless fun", "brainless fun", "stupid fun", "silly fun", "goofy fun", "pure fun", "easy fun",
    "no brainer", "no-brainer", "switch my brain off", "turn my brain off", "turn off my brain", "switch off my brain",
    "shut my brain off", "shut off my brain", "turn our brains off", "switch our brains off", "brain off",
    "nothing that needs thinking", "nothing that requires thinking", "nothing that needs much thought",
    "no thinking required", "don't want to think", "dont want to think", "do not want to think",
    "without having to think", "nothing i have to think about", "nothing we have to think about",
)
# Being cheered up ("something to cheer us up", "she needs cheering up", "anything to make me smile", "to lift the
# mood"): what viewers accept is a comedy, never the warm dramas a feel-good mood alone ranks first. As with
# ``FUN_WITHOUT_THINKING``, the feel-good mood is read on the phrase's first words and "funny" on its last word, a span
# of its own, so the actions read the funny as said: the comedy genre when no genre is named, soft beside one ("a
# documentary to cheer me up"; actions/constraints.py ``_mood_as_genre``). "feeling down", "a bad day" tell the
# viewer's state, no wish to laugh: the feel-good situation (``SITUATIONS``).
_CHEERED = ("me", "us", "her", "him", "them", "everyone", "everybody", "you", "the kids", "my mum", "my mom", "my dad")
_MOODS_LIFTED = ("the mood", "my mood", "our mood", "the mood a bit", "my spirits", "our spirits", "the spirits")
CHEERING_UP: tuple[str, ...] = (
    *(f"{verb} {who} up" for verb in ("cheer", "cheering") for who in _CHEERED),
    "need cheering up", "needs cheering up", "could use cheering up", "could do with cheering up", "cheering up",
    *(f"{verb} {who} smile" for verb in ("make", "makes", "making") for who in _CHEERED),
    *(f"put a smile on {whose}" for whose in ("my face", "our faces", "her face", "his face", "their faces",
                                              "your face")),
    *(f"{verb} {what}" for verb in ("lift", "lifts", "lighten", "lightens", "brighten", "raise", "boost", "improve")
      for what in _MOODS_LIFTED), "brighten my day", "brighten our day", "mood booster", "mood lifter",
)
# Activities viewers do with something on: a clause "while I <verb>" is a background situation.
ACTIVITIES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("light", "relaxing"): ("cook", "cooking", "cook dinner", "cooking dinner", "make dinner", "making dinner",
                            "clean", "cleaning", "tidy", "tidying", "tidy up", "tidying up", "do the dishes",
                            "doing the dishes", "do chores", "doing chores", "fold laundry", "folding laundry",
                            "do laundry", "doing laundry", "do the laundry", "doing the laundry", "iron",
                            "ironing", "knit", "knitting", "craft", "crafting", "paint", "painting", "work",
                            "working", "study", "studying", "eat", "eating", "have dinner", "having dinner",
                            "eat dinner", "eating dinner", "have lunch", "having lunch", "do my nails",
                            "doing my nails", "do homework", "doing homework", "meal prep", "bake", "baking"),
    ("exciting",): ("work out", "working out", "exercise", "exercising", "run on the treadmill",
                    "lift", "lifting", "cycle", "cycling"),
}


# A trip without a length ("something for my commute", "on the plane"): easy viewing for a noisy seat,
# and the trip's words are consumed (never a keyword search for "train"). With a length, durations.py's
# trip rule is the longer, stronger reading and bounds the runtime.
TRIP_MOODS = ("light",)
TRIP_PREPOSITIONS = ("on", "for", "during")
TRIP_DETERMINERS = ("the", "my", "a", "our", "this", "tomorrow's", "today's")
TRIPS = ("commute", "train", "train ride", "train journey", "bus", "bus ride", "flight", "plane", "plane ride",
         "journey", "trip", "ride", "subway", "metro", "tube", "ferry", "layover", "lunch break", "road trip",
         "car ride", "long flight", "long train ride", "long drive", "drive")
TRIP_PHRASES = ("on the way to work", "on my way to work", "on my way home", "on the way home", "while commuting",
                "while travelling", "while traveling", "road trip", "commuting")


def _with_moods(phrase: str, moods: tuple[str, ...]) -> tuple[str, Term]:
    return phrase, Term(ENTITY, moods[0], extra=tuple((ENTITY, m) for m in moods[1:]))


# A comfort title asked for with its format ("a comfort movie", "comfort shows", round 22d): the feel-good mood on
# "comfort", the format on its noun.
COMFORT_FORMATS: dict[str, str] = {"movie": "movie", "movies": "movie", "film": "movie", "films": "movie",
                                   "show": "series", "shows": "series", "series": "series", "tv": "series"}


def situation_terms() -> list[tuple[str, Term]]:
    """Situation phrases and generated activity clauses → their moods (listed before the plain moods,
    so "nothing too intense" is a light evening, not an exciting one)."""
    out = [(p, Term(ENTITY, "light", head=(ENTITY, "funny"))) for p in FUN_WITHOUT_THINKING]
    out += [(f"comfort {noun}", Term(ENTITY, "feel-good", head=("media_type", kind))) for noun, kind in COMFORT_FORMATS.items()]
    out += [(p, Term(ENTITY, "feel-good", head=(ENTITY, "funny"))) for p in CHEERING_UP]
    out += [_with_moods(p, moods) for moods, phrases in SITUATIONS.items() for p in phrases]
    out += [_with_moods(f"{prep} {det} {trip}", TRIP_MOODS)
            for prep in TRIP_PREPOSITIONS for det in TRIP_DETERMINERS for trip in TRIPS]
    out += [_with_moods(p, TRIP_MOODS) for p in TRIP_PHRASES]
    for moods, verbs in ACTIVITIES.items():
        for verb in verbs:
            out += [_with_moods(f"{lead} {verb}", moods) for lead in SITUATION_LEADS if verb.endswith("ing")]
            out += [_with_moods(f"{lead} {who} {verb}", moods) for lead in SITUATION_LEADS for who in SUBJECTS]
    return out


def terms() -> list[tuple[str, Term]]:
    """Lexicon entries for every mood of the vocabulary (and only those)."""
    out: list[tuple[str, Term]] = []
    for mood in MOODS:
        out += [(p, Term(ENTITY, mood)) for p in (mood, *SYNONYMS.get(mood, ()))]
    return out


# Before "put me to sleep": a title already watched did it ("that documentary put me to sleep", "it sends me to
# sleep"): feedback, no wish for a relaxing title. "something that puts me to sleep" is a wish (a relative clause).
_FEEDBACK_SUBJECTS = frozenset({"it", "this", "they", "show", "movie", "film", "series", "episode",
                                "documentary", "doc", "season", "one", "ones", "episodes", "shows", "movies", "films"})
_RELATIVE_HEADS = frozenset({"something", "anything", "one", "ones", "stuff", "show", "movie", "film", "series",
                             "things", "whatever"})


def drop_sleep_feedback(utt: Utterance, found: list[Found]) -> list[Found]:
    """Drop the moods read on a "put me to sleep" phrase whose subject is a title already watched (see above)."""
    return [f for f in found if not (f.entity == ENTITY and _sleep_feedback(utt, f))]


# A fear said as a reason ("they get scared of the big eyes", "he got scared by the trailer") is about the viewer,
# no wish for scary titles; the wish keeps its infinitive ("i want to be scared by a ghost story", "wanna get scared").
_FEAR_OBJECTS = frozenset({"of", "by", "at"})
_WISH_BEFORE = frozenset({"to", "wanna", "gonna"})


def drop_fear_reasons(utt: Utterance, found: list[Found]) -> list[Found]:
    """Drop horror / scary read on "get scared of X" said of someone: a reason (maybe for excluding X), not a wish; a
    fear said as what would happen ("the little one will get scared", "<kind> gives him nightmares", "she scares
    easily") asks for less fright: horror ruled out (``_fear_as_consequence``, round 24a)."""
    return _fear_as_consequence(utt, [f for f in found if not (f.entity in ("genre", ENTITY) and _fear_reason(utt, f))])


# A fear as the consequence of a title (round 24a): a modal or "easily" before the fear word ("will get scared", "would
# be terrified", "gets scared easily"), a kind that gives someone nightmares or scares them, and the nightmares on their
# own ("it would give her nightmares"). Never a wish: "want to get scared", "i love getting scared".
_CONSEQUENCE_BEFORE = frozenset({"will", "'ll", "’ll", "would", "'d", "’d", "might", "could", "may", "easily", "wont",
                                 "won't", "gets", "get", "got"})
_FEAR_WORDS = ("scared", "frightened", "spooked", "terrified", "scary")
_NIGHTMARES_AFTER_RE = re.compile(
    r"\s+(?:(?:will|would|might|could|can|may|always|usually|just)\s+)?(?:gives?|gave|giving|give)\s+"
    r"(?:him|her|them|me|us|my\s+\w+|the\s+\w+(?:\s+one)?|our\s+\w+)\s+nightmares\b"
    r"|\s+(?:(?:will|would|might|could|can|may|always|usually|just)\s+)?(?:scares?|scared|frightens?|terrif(?:ies|y))\s+"
    r"(?:him|her|them|my\s+\w+|the\s+\w+(?:\s+one)?|our\s+\w+)\b", re.IGNORECASE)
_FEAR_PHRASE_RE = re.compile(
    r"\b(?:(?:will|would|might|could|may|can|it'?ll|that'?ll|always|usually)\s+)(?:give|gives)\s+"
    r"(?:him|her|them|my\s+\w+|the\s+\w+(?:\s+one)?|our\s+\w+)\s+nightmares\b"
    r"|\b(?:scares|frightens|spooks)\s+(?:really\s+|very\s+|too\s+)?easily\b"
    r"|\b(?:gets?|is|'s|are|'re)\s+(?:(?:really|very|so|too)\s+)?(?:easily\s+)?(?:scared|frightened|spooked)\s+(?:really\s+|very\s+)?easily\b"
    r"|\b(?:is|'s|are|'re)\s+(?:(?:really|very|so|too)\s+)?easily\s+(?:scared|frightened|spooked)\b", re.IGNORECASE)
_HORROR = "horror"


def _fear_as_consequence(utt: Utterance, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    excluded: list[tuple[int, int]] = []
    for f in found:
        span = utt.span(f.start, f.end)
        words = utt.lower[span.start:span.end] if span is not None else []
        feared = (f.entity in ("genre", ENTITY) and f.value in (_HORROR, "scary") and span is not None and span.start > 0
                  and any(w.startswith(_FEAR_WORDS) for w in words) and utt.lower[span.start - 1] in _CONSEQUENCE_BEFORE
                  and not (span.start > 1 and utt.lower[span.start - 2] in _WISH_BEFORE))
        if feared or (f.entity in ("genre", ENTITY) and f.role is None and f.value in (_HORROR, "scary")
                      and _NIGHTMARES_AFTER_RE.match(utt.text, f.end)):
            if (f.start, f.end) not in excluded:
                excluded.append((f.start, f.end))
            continue
        out.append(f)
    for m in _FEAR_PHRASE_RE.finditer(utt.text):
        if not any(s < m.end() and m.start() < e for s, e in excluded) and not any(
                g.start < m.end() and m.start() < g.end for g in out):
            excluded.append((m.start(), m.end()))
    return sorted(out + [Found("genre", s, e, _HORROR, EXCLUDE) for s, e in excluded], key=lambda f: (f.start, f.end))


def _fear_reason(utt: Utterance, f: Found) -> bool:
    span = utt.span(f.start, f.end)
    if span is None or span.end >= len(utt.doc) or utt.lower[span.end] not in _FEAR_OBJECTS:
        return False
    if not any(w.startswith(("scared", "frightened", "spooked", "terrified")) for w in utt.lower[span.start:span.end]):
        return False
    return span.start == 0 or utt.lower[span.start - 1] not in _WISH_BEFORE


def _sleep_feedback(utt: Utterance, f: Found) -> bool:
    span = utt.span(f.start, f.end)
    if span is None or " ".join(utt.lower[span.start:span.end]) not in _SENDS or span.start == 0:
        return False
    before = utt.lower[span.start - 1]
    if before in ("that", "which"):  # "something that / which puts me to sleep" is a wish; "which put me to sleep"
        return span.start < 2 or utt.lower[span.start - 2] not in _RELATIVE_HEADS
    return before in _FEEDBACK_SUBJECTS


# A sleepless night or a shift as a title's subject ("a documentary about insomnia", "a film about a graveyard shift
# nurse"): the story, not the viewer's evening, so no mood (the words stay the query's).
_NIGHT_PHRASES = frozenset(_SLEEPLESS) | frozenset(AFTER_SHIFT)
_ABOUT_BEFORE_RE = re.compile(r"\b(?:about|on|featuring|following)\s+(?:(?:a|an|the|his|her|their|some)\s+)?$", re.IGNORECASE)


def night_as_subject(text: str, found: list[Found]) -> list[Found]:
    """Drop the moods read on a sleepless-night or shift phrase that follows "about" (see above)."""
    return [f for f in found if not (f.entity == ENTITY and text[f.start:f.end].lower() in _NIGHT_PHRASES
                                     and _ABOUT_BEFORE_RE.search(text, 0, f.start))]


# "Something serious" asks for a drama (genres.COMPACT); ruled out ("not something serious", "i don't want anything
# serious", "no serious films") it is the evening "nothing too serious" names (SITUATIONS): light and relaxing, the
# moods that rank comedies and family titles up and horror and thrillers down. It never rules every drama out (a warm
# family drama is no serious evening's opposite), and never asks for one.
_SERIOUS_RE = re.compile(r"\bserious\b", re.IGNORECASE)
_DRAMA = "drama"
UNSERIOUS_MOODS: tuple[str, ...] = ("light", "relaxing")


def unserious(text: str, found: list[Found]) -> list[Found]:
    """A "serious" drama ruled out becomes the light, relaxing moods on its span (above); all else is kept."""
    out: list[Found] = []
    for f in found:
        if f.entity == "genre" and f.value == _DRAMA and f.role == EXCLUDE and _SERIOUS_RE.search(text[f.start:f.end]):
            out += [Found(ENTITY, f.start, f.end, mood) for mood in UNSERIOUS_MOODS]
        else:
            out.append(f)
    return list(dict.fromkeys(out))


# Silliness ruled out ("something else, less silly", "not so goofy this time", "nothing too childish") asks for another
# tone of comedy, never for no comedy: the funny mood read on the word must not rule comedies out (actions map a
# refused funny mood to no comedy). The silly end of the catalog's comedies is its children's slapstick, so the refusal
# is the kids genre ruled out on the word's span; "less funny", "nothing funny" stay a refused funny mood.
SILLY_WORDS = frozenset({"silly", "goofy", "slapstick", "zany", "wacky"})
_SOFTER_COMEDY = ("genre", "kids")


def silliness_softened(text: str, found: list[Found]) -> list[Found]:
    """A funny mood ruled out on a silliness word becomes the kids genre ruled out on its span (see above)."""
    out: list[Found] = []
    for f in found:
        if f.entity == ENTITY and f.value == "funny" and f.role == EXCLUDE and text[f.start:f.end].lower() in SILLY_WORDS:
            out.append(Found(_SOFTER_COMEDY[0], f.start, f.end, _SOFTER_COMEDY[1], EXCLUDE))
        else:
            out.append(f)
    return out
