"""Genres: the vocabulary's canonical ids and synonyms, plus the extra ways viewers name them, and
compound genre nouns ("romantic comedy", "music documentary": two genres, see COMPOUNDS).

Everything in vocabulary.GENRES is used (ids, labels, synonyms), so a genre added there is understood
here without an NLU change. Where the vocabulary's synonym collides with another contract entity the
other reading wins by lexicon precedence (see lexicon.py): "funny"/"romantic" are moods, "for kids",
"children", "family friendly" are audiences (contracts §5 audience row). "late night" is not used: in
a request it is about the viewer's evening far more often than about talk shows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from contract.stems import singular
from contract.words import FICTION_WORDS
from contract.vocabulary import (CLIPPED_GENRE_WORDS, COMPOUND_KINDS, FOREIGN_GENRE_WORDS, FOREIGN_MEDIA_WORDS, GENRES,
                                 SCI_FI_SUBJECTS, SPANNING_KINDS, TRUE_CRIME, names_the_genre)

from .media import MEDIA_NOUNS
from .seasons import LONG_RUNNING_MIN_SEASONS
from .spans import EXCLUDE, TOPIC, Found
from .terms import Term, variants, with_unaccented

ENTITY = "genre"

NOT_USED = frozenset({"late night"})
# Words for a story told by actors rather than filmed as it happened: their one home is contract/words.py
# (``FICTION_WORDS``); the lexicon reads them as the documentary genre (``EXTRA``), negation.py rules it out (said after a
# negation, "not the dramatized ones", they ask for the documentaries instead), and typos.py never corrects a word to one
# of them ("unscriptd", "scriptd" are no fiction).
# Words of the supernatural ("nothing supernatural or horror", "no paranormal stuff"): ruled out they are the sci-fi &
# fantasy shelf (the lexicon reads them as the fantasy genre, ``EXTRA``); said as a wish ("a supernatural thriller")
# they are a topic the query ranks, no genre (negation.py ``_supernatural_unasked`` drops the genre there).
# The words are the vocabulary's kinds that span the fantasy genre (contract/vocabulary.py ``SPANNING_KINDS``).
SUPERNATURAL_WORDS = frozenset(f"{the}{w}" for w, spanned in SPANNING_KINDS.items() if "fantasy" in spanned
                               for the in ("", "the "))
# Their opposites, filmed as it happened: the documentary genre asked for ("something unscripted").
UNSCRIPTED_WORDS = frozenset({"unscripted", "non-scripted", "nonscripted", "undramatized", "undramatised",
                              "non-fiction", "nonfiction", "non fiction"})


def supernatural_phrase(phrase: str) -> bool:
    """A lexicon phrase built on a word of the supernatural ("paranormal", "supernatural stuff"), not on "fantasy"."""
    low = phrase.lower()
    return any(w in low for w in SUPERNATURAL_WORDS)


def fiction_phrase(phrase: str) -> bool:
    """A lexicon phrase built on a fiction word ("dramatized", and its generated variants "teen scripted",
    "dramatizeds"), not on its opposite ("unscripted" holds "scripted")."""
    low = phrase.lower()
    return any(w in low for w in FICTION_WORDS) and not any(w.replace("-", "") in low.replace("-", "")
                                                             for w in UNSCRIPTED_WORDS)


EXTRA: dict[str, tuple[str, ...]] = {
    "comedy": ("humor", "humour", "comedic"),
    # love as the subject ("a movie about love", "something about falling in love"), as police work is crime's
    "romance": ("romance", "love story", "about love", "about falling in love", "about first love",
                # second-language phrasings of the same subject (round 22m): "reality shows about the love, where they
                # find husband or wife", "a film where she finds love"
                "about the love", "find love", "finds love", "finding love", "find a husband", "find a wife",
                "find husband", "find wife", "finding a husband", "finding a wife", "finds a husband", "finds a wife",
                # love as what a story has in it (round 25e: "a thriller with some love in it", "with a love interest")
                *(f"with {some}{what}" for some in ("", "some ", "a bit of ", "a little ", "a touch of ")
                  for what in ("love", "love in it", "a love interest", "a love angle"))),
    "horror": ("slashers", "horror flicks"),
    "thriller": ("psychological thriller", "suspense thriller"),
    "sci-fi": ("sci-fi", "science-fiction", "sf", "space opera", "space operas", *SCI_FI_SUBJECTS),
    "anime": ("animes", "animated series", "animated movies"),
    "crime": ("gangster", "mafia", "cop shows", "murder mystery",
              # police work named before a media noun ("a police series", "cop dramas") is the crime shelf; the
              # word alone is left to the query ("police academy" is a title, "the police" a band)
              "police series", "police show", "police procedural", "police thriller", "police movie",
              "police film", "cop series", "cop show", "cop movie", "cop film", "detective series",
              "detective show", "detective movie", "detective film", "police and detectives",
              # police work as the subject ("a show about cops"); after a media noun and "of" see OF_NOUN_GENRES
              "about police", "about the police", "about cops", "about policemen", "about police officers",
              # the drug trade as a subject is crime ("a series about drugs", "cartel stuff"); "narcos" is a title
              "about drugs", "about drug dealers", "about drug dealing", "about cartels", "about the cartels",
              "about drug cartels", "about drug lords", "about drug trafficking", "drug cartels", "drug cartel",
              "drug lords", "drug lord", "drug dealers", "drug trafficking",
              # round 26d: the narco kind ("mexican shows, the narco sort"), mobsters and the yakuza are crime too
              # ("narcos" alone is the title)
              *(f"narco {kind}" for kind in ("type", "kind", "sort", "style", "stuff", "series", "shows", "show",
                                             "dramas", "drama", "films", "movies", "thrillers")),
              "yakuza", "mobster", "mobsters",
              # killing as the subject (round 25c): "a doc about a murder", "not about murder" turns crime down
              "about murder", "about murders", "about a murder", "about killers", "about a killer",
              "about serial killers", "about a serial killer"),
    "kids": ("cartoon", "kids movies", "kids films", "kids tv", "kid movies", "kid shows", "children's movies",
             "children's shows", "children's films", "childrens movies",
             # round 24d: what is played for a small child ("play nursery rhymes", "some lullabies for the baby")
             "nursery rhymes", "nursery rhyme", "lullabies", "lullaby", "kids songs", "kids' songs", "children's songs",
             "childrens songs", "baby songs", "toddler songs", "songs for kids", "songs for toddlers", "baby shows"),
    "family": ("family films",),
    "stand-up": ("stand-up comedy", "stand-up specials", "standup comedy", "comedy special", "comedians"),
    "talk-show": ("talk show", "late night shows", "late-night talk shows"),
    "reality": ("reality tv", "reality show", "reality series"),
    "music": ("music", "concert films", "singing", "songs", "sing-along", "musical numbers",
              # music scenes said by their style ("hip hop documentaries": music + documentary)
              "hip hop", "hip-hop", "hiphop", "rap music", "rappers", "rapper", "jazz",
              # "classic rock" is a music style, never the classic shelf (round 20e)
              "classic rock", "punk rock",
              # a story about music makers is the music shelf ("a doc about a musician": music + documentary)
              "about a musician", "about musicians", "about a band", "about bands", "about a singer",
              "about singers", "about a composer", "about a rock band", "about a pop star", "about a rock star",
              "about a music legend"),
    "classic": ("classic", "old films", "golden age",
                # a wish named as a mood: "feeling nostalgic" asks for older classics (round 7 class d)
                "nostalgic", "feeling nostalgic", "in a nostalgic mood", "nostalgia", "nostalgia trip"),
    # "feeling adventurous", "something with explosions": the action & adventure genre
    "action": (# shonen anime is the fighting kind ("anime, but not shonen"); fights said as the kind of title
               "shonen", "shounen", "shonen fighting", "shounen fighting", "fighting anime", "battle anime",
               "martial arts", "kung fu", "fight scenes", "fighting scenes", "fight movies", "fighting movies",
               "adventurous", "feeling adventurous", "in an adventurous mood", "explosions", "explosion",
               "things blowing up", "stuff blowing up", "car chases", "shootouts"),
    # a story told by actors rather than filmed as it happened: read as the documentary genre and ruled out
    # (``FICTION_WORDS``, negation.py); filmed as it happened, "unscripted", is the genre asked for
    # a narrator named is how documentaries are told ("morgan freeman narrating", "narrated by attenborough")
    "documentary": ("documentary", "doc", "docs", "docu-series", "docu series", "narrating", "narrated by",
                    "narrates", *sorted(FICTION_WORDS),
                    *sorted(UNSCRIPTED_WORDS)),
    "international": ("international",),
    "fantasy": tuple(sorted(SUPERNATURAL_WORDS)),
    "sports": ("sports",),
    "teen": ("teen", "teen movies", "high-school",
             # "hs" for high school before a media noun; a story about teenagers is the genre, not the audience
             # ("a show about teenagers" may be for anyone; "for my teens" stays the audience)
             "hs series", "hs show", "hs movie", "hs film", "high school series", "high school show",
             "about teenagers", "about teens", "about a teenager", "about a teen", "about high schoolers",
             "about high school", "about high school kids", "about high school students", "about teenage life",
             "about being a teenager", "about being a teen", "about teen life", "high schoolers",
             # the teen feel of a story is the genre, not who watches (round 25e: "a show with a high school vibe")
             *(f"{age} {feel}" for age in ("teen", "teenage", "teenager", "teeny", "high school", "high-school")
               for feel in ("vibe", "vibes", "feel", "feeling", "energy"))),
    "science-nature": ("animals",),  # "nature documentaries": a documentary about nature (topics.py)
}
# A mood word right before a media noun names a genre: "funny movies" → comedy + movie.
MOOD_WORD_GENRES: dict[str, str] = {
    "funny": "comedy", "hilarious": "comedy", "scary": "horror", "creepy": "horror", "spooky": "horror",
    "romantic": "romance",
}


# Compound genre nouns are two constraints, the first one the modifier: "romantic comedy" = romance +
# comedy (an item must have both). "romantic <genre>" and "teen <genre>" are generated for every genre phrase;
# these are the compounds that are one word or not two genre words.
# The pairs and their words live in contract/vocabulary.py (``COMPOUND_KINDS``: the actions and the wording read
# them too). Ruled out ("no true crime", "no rom-coms") a compound is one kind of both genres, never its first genre
# alone nor every title of either: negation.py makes it one excluded ``origin_genre`` kind ("crime+documentary").
COMPOUNDS: dict[tuple[str, str], tuple[str, ...]] = COMPOUND_KINDS
TRUE_CRIME_VALUES = frozenset(TRUE_CRIME)
# Modifier words that make a compound with any genre noun after them ("romantic thriller", "teen drama").
COMPOUND_MODIFIERS: dict[str, str] = {"romantic": "romance", "teen": "teen", "hs": "teen"}
# "stand-up special", "comedy special": catalogs file these as movies (Netflix has no "special" type), so
# a trailing "special" is part of the stand-up genre's name, never a media type; a funny one is stand-up.
SPECIAL_NOUNS = frozenset({"special", "specials"})


# Twists: "something twisty", "a film with a big twist", "stuff where you don't see the ending coming", "keeps you
# guessing". A bare "twist" is no plot twist: "<a comedy> with a twist" is an unusual take, "a twist of romance" a
# touch of it, and "twist" is in titles ("oliver twist"); only the plural ("no twists") and the phrases below are.
TWIST_GENRES: tuple[tuple[str, str], ...] = (("genre", "thriller"), ("genre", "mystery"))
TWIST_VALUES = frozenset(value for _, value in TWIST_GENRES)
TWIST_PHRASES: tuple[str, ...] = (
    "twisty", "twisties", "twists", "twist ending", "twist endings", "never see coming", "never saw coming",
    "won't see coming", "wont see coming", "won't see it coming", "wont see it coming", "plot twist", "plot twists", "with twists",
    "lots of twists", "full of twists", "twists and turns", "big twist", "good twist", "great twist", "huge twist",
    "proper twist", "shock ending",
    "keeps you guessing", "keep you guessing", "keeps me guessing", "keep me guessing", "keeps us guessing",
    "didn't see coming", "didnt see coming", "didn't see it coming", "didnt see it coming",
    "don't see coming", "dont see coming", "don't see it coming", "dont see it coming",
    "don't see the ending coming", "dont see the ending coming", "didn't see the ending coming",
    "didnt see the ending coming", "never see the ending coming", "never see it coming", "never saw it coming",
    "can't guess the ending", "cant guess the ending", "can't predict the ending", "cant predict the ending",
    "unpredictable ending", "unpredictable plot")
# Puzzle plots: "mind-bending", "a film that messes with your head", "one that makes you think". A story built to
# bend the viewer's head is what science fiction, thrillers and mysteries tell: one of them (``twists_either``), and
# the thought-provoking mood ranks among them. Beside another kind ("a mind-bending documentary") only the mood stays;
# ruled out ("nothing mind-bending") only the mood goes (negation.py). "smart", "cerebral", "thought-provoking" are
# qualities of any kind of title, the mood alone (moods.py).
PUZZLE_GENRES: tuple[tuple[str, str], ...] = (("genre", "sci-fi"), ("genre", "thriller"), ("genre", "mystery"))
PUZZLE_VALUES = frozenset(value for _, value in PUZZLE_GENRES)
_HEAD_OBJECTS = ("your head", "my head", "your mind", "my mind", "our heads", "our minds", "your brain", "my brain")
PUZZLE_PHRASES: tuple[str, ...] = (
    "mind-bending", "mind bending", "mindbending", "mind-bender", "mind bender", "mind-benders", "mind benders",
    "mindbender", "mindbenders", "mind-twisting", "mind twisting", "brain-bending", "brain bending", "head-scratcher",
    "head scratcher", "puzzle box", "puzzle-box",
    *(f"{verb} {obj}" for verb in ("mess with", "messes with", "messing with", "mess up", "messes up", "fuck with",
                                   "fucks with", "screw with", "screws with", "play with", "plays with",
                                   "plays tricks on", "play tricks on") for obj in _HEAD_OBJECTS),
    *(f"{verb} {who} think" for verb in ("make", "makes", "made") for who in ("you", "me", "us")),
    "keeps you thinking", "keep you thinking", "keeps me thinking", "leaves you thinking", "leave you thinking")
# Genre groups read as alternatives when named together on one span (``twists_either``).
EITHER_GROUPS: tuple[frozenset[str], ...] = (TWIST_VALUES, PUZZLE_VALUES, frozenset({"reality", "documentary"}))
# A telenovela, a soap: a drama or a romance series; the pair is a compound elsewhere ("romantic drama": both), so
# these words are the alternatives by their phrase.
NOVELA_PHRASES: tuple[str, ...] = ("telenovela", "tele-novela", "novela")
SOAP_PHRASES: tuple[str, ...] = ("soap opera",)
NOVELA_VALUES = frozenset({"drama", "romance"})
_NOVELA_RE = re.compile(r"(?:tele-?)?novelas?|soap\s+operas?", re.IGNORECASE)

# Fear said as an intensity ("scare me silly", "scared out of our minds", "something terrifying", "properly scary"):
# the viewer wants to be frightened hard, which is horror, and the scary mood ranks within it. Milder words
# ("scary", "creepy", "spooky", "eerie") stay the mood alone (horror or a thriller, moods.py); a degree word is no
# intensity ("not too scary", "not very scary": less fright). Beside another kind only the mood stays
# (``fear_beside_a_kind``: "a terrifying thriller" is a thriller). Every phrase is consumed, so no word of it ("silly",
# "minds") reaches the query or reads as another mood. Their words are typo targets, so none is a guard word (typos.py:
# "scares", "seriously" are left out).
_FEAR_VERBS = ("scare", "scared", "frighten", "frightens", "frightened", "terrify", "terrifies", "terrified",
               "spook", "spooked")
_FEAR_WHO = ("me", "us", "you")  # not "the kids": the kin words are the audience (audience.py)
_FEAR_TAILS = ("silly", "stiff", "witless", "senseless", "shitless", "to death", "half to death", "out of my mind",
               "out of our minds", "out of your mind", "out of my skin", "out of our skins", "out of my wits",
               "out of our wits", "out of my seat")
_FEAR_OUT_OF = ("hell", "crap", "life", "living daylights", "daylights", "bejesus", "shit", "heck", "wits")
_FEAR_INTENSIFIERS = ("properly", "proper", "genuinely", "truly", "really", "actually", "legit")
FEAR_PHRASES: tuple[str, ...] = (
    *(f"{verb} {tail}" for verb in _FEAR_VERBS for tail in _FEAR_TAILS),
    *(f"{verb} {who} {tail}" for verb in _FEAR_VERBS for who in _FEAR_WHO for tail in _FEAR_TAILS),
    *(f"{verb} the {what} out of {who}" for verb in _FEAR_VERBS for what in _FEAR_OUT_OF for who in _FEAR_WHO),
    *(f"{verb} {who}" for verb in ("scare", "terrify", "frighten", "petrify") for who in _FEAR_WHO),
    *(f"{word} scary" for word in _FEAR_INTENSIFIERS), "scary as hell", "scary af",
    "terrifying", "horrifying", "frightening", "petrifying", "hair-raising", "hair raising", "bloodcurdling",
    "blood-curdling", "spine-chilling", "bone-chilling", "nightmarish", "nightmare fuel",
    *(f"give {who} nightmares" for who in _FEAR_WHO))
_FEAR_PAIRS: tuple[tuple[str, str], ...] = (("genre", "horror"), ("mood", "scary"))
# Thrill said as a feeling ("something thrilling", "a nail-biter", "keeps me on the edge of my seat") is the thriller
# genre, with the exciting mood ranking within it; "exciting", "gripping", "adrenaline" stay the mood alone (action or a
# thriller). Beside another kind only the mood stays (``fear_beside_a_kind``: "a thrilling action movie").
_THRILL_PAIRS: tuple[tuple[str, str], ...] = (("genre", "thriller"), ("mood", "exciting"))
_SEAT_EDGES = ("my seat", "your seat", "our seats", "the seat", "their seats")
THRILL_PHRASES: tuple[str, ...] = (
    "thrilling", "suspenseful", "nail-biting", "nail biting", "nailbiting", "nail-biter", "nail biter", "nailbiter",
    "white-knuckle", "white knuckle", "pulse-pounding", "heart-pounding", "heart pounding",
    # tension is the thriller's own feeling (round 25e: "something tense", "full of tension")
    "tense", "tension-filled", "full of tension", "lots of tension", "plenty of tension", "high-tension",
    *(f"edge of {seat}" for seat in _SEAT_EDGES), *(f"edge-of-{seat.replace(' ', '-')}" for seat in _SEAT_EDGES))


# Round 24d: a superlative of a genre family's feeling asks for the most of that kind, so it is the kind itself ("the
# funniest movie you've got", "the scariest thing on here", "the most romantic film"), with the mood ranking within it
# (beside another kind only the mood stays, as for the fear and thrill phrases). Never a keyword.
FUNNIEST_PHRASES: tuple[str, ...] = ("funniest", "most funny", "most hilarious", "most comedic", "most humorous",
                                     "silliest", "goofiest", "wittiest")
SCARIEST_PHRASES: tuple[str, ...] = ("scariest", "creepiest", "spookiest", "most scary", "most terrifying",
                                     "most frightening", "most horrifying", "most creepy", "most disturbing")
ROMANTIC_PHRASES: tuple[str, ...] = ("most romantic", "romanticest", "sappiest", "most swoon-worthy")
THRILLING_PHRASES: tuple[str, ...] = ("most thrilling", "most suspenseful", "most gripping", "most intense")
_ROMANCE_PAIRS: tuple[tuple[str, str], ...] = (("genre", "romance"), ("mood", "romantic"))
_FUNNY_PAIRS: tuple[tuple[str, str], ...] = (("genre", "comedy"), ("mood", "funny"))


# Learning said as the wish (round 22d): the documentary genre (``COMPACT``). "Educational" of a children's title is
# their learning shows, never grown-up documentaries (``educational_for_children``).
EDUCATIONAL_PHRASES: tuple[str, ...] = (
    "educational", "something educational", "anything educational", "educational stuff", "something informative",
    "informative", "learn something", "learn something new", "learn a thing or two", "teach me something",
    "teaches me something", "something i can learn from", "something to learn from", "learn stuff",
    "want to learn", "wanna learn", "would like to learn", "teach me stuff", "teaches me stuff", "teach me about",
    "something that teaches me", "something to learn", "learn something about",
)


# Compact words that carry several constraints at once: a genre and a format ("sitcom" = comedy
# series, "docuseries" = documentary series, "biopic" = a film about a real life), sometimes a mood.
# Each entry: phrases → (entity, value) pairs, the first one the term's own. Listed before moods and
# the genre vocabulary (lexicon.py), which know some of these words with one meaning only.
COMPACT: dict[tuple[tuple[str, str], ...], tuple[str, ...]] = {
    (("genre", "comedy"), ("media_type", "series")): ("sitcom", "sitcoms", "sit-com", "sit com", "situation comedy",
                                                      "situation comedies"),
    (("genre", "documentary"), ("media_type", "series")): ("docuseries", "docu-series", "docu series",
                                                           "documentary series", "doc series", "docu-show",
                                                           # "no tv docs": documentaries made for tv (24c)
                                                           "tv docs", "tv doc", "tv documentary", "tv documentaries"),
    # a telenovela is a romance or a drama series, one of them (``twists_either``: the catalog files many under one),
    # in Spanish unless the message names another origin ("a turkish telenovela")
    (("genre", "drama"), ("genre", "romance"), ("media_type", "series"), ("language", "es")): NOVELA_PHRASES,
    (("genre", "drama"), ("genre", "romance"), ("media_type", "series")): SOAP_PHRASES,  # soaps are made everywhere
    _FUNNY_PAIRS: ("mockumentary", "mockumentaries", *FUNNIEST_PHRASES),
    (("media_type", "movie"), ("mood", "true-story")): ("biopic", "biopics", "biographical film",
                                                        "biographical movie", "biography film"),
    (("genre", "drama"), ("mood", "true-story")): ("docudrama", "docu-drama", "biographical drama"),
    (("genre", "horror"), ("media_type", "movie")): ("creature feature",),
    # the wish to be scared names the genre and the mood: "in the mood to be terrified", "I want to get scared"
    _FEAR_PAIRS: ("be terrified", "be scared", "be frightened", "get scared", "get spooked", *FEAR_PHRASES,
                  *SCARIEST_PHRASES),
    _THRILL_PAIRS: THRILL_PHRASES + THRILLING_PHRASES,
    _ROMANCE_PAIRS: ROMANTIC_PHRASES,
    # dating shows are reality TV about romance (the catalog files them under both); negated, romance goes
    (("genre", "romance"), ("genre", "reality"), ("media_type", "series")): (
        "dating show", "dating series", "dating reality show", "reality dating show", "dating program",
        "dating programme", "dating ones", "dating competition"),
    # a special is a film in the catalog ("specials" are typed Movie)
    (("genre", "stand-up"), ("media_type", "movie")): ("stand up comedy special", "stand-up comedy special",
                                                       "standup comedy special"),
    # competitions on television are reality TV ("cooking competition shows": the subject stays the topic)
    (("genre", "reality"), ("media_type", "series")): (
        "competition show", "competition shows", "competition series", "contest show", "reality competition",
        "talent show", "talent competition", "game show"),
    # k-pop is Korean pop music: the music shelf in Korean (round 19c: "a k-pop documentary" is music, documentary, ko)
    (("genre", "music"), ("language", "ko")): ("k-pop", "kpop", "k pop", "korean pop"),
    # a family saga is a drama told over generations, a series of several seasons (formal English, round 19c); the
    # family there is its subject, never who watches
    (("genre", "drama"), ("media_type", "series"), ("seasons", f"{LONG_RUNNING_MIN_SEASONS}-")): (
        "family saga", "family sagas", "generational saga", "multigenerational saga", "dynasty saga"),
    # "something serious" is how formal viewers ask for a drama (round 20j); "nothing (too) serious" is a light evening
    # (moods.SITUATIONS, longer); "serious about", "are you serious" name no kind
    (("genre", "drama"),): ("something serious", "anything serious", "something more serious", "something a bit serious",
                            "something a bit more serious", "something rather serious", "something quite serious",
                            "a serious one", "serious ones", "a more serious one", "more serious ones"),
    (("genre", "drama"), ("media_type", "movie")): ("serious film", "serious movie", "serious picture",
                                                    "serious feature"),
    # learning asked for is the documentary shelf (round 22d): "something educational", "i wanna learn something";
    # in a children's request the words stay the query (``educational_for_children``)
    (("genre", "documentary"),): EDUCATIONAL_PHRASES,
    # "action packed" / "action-packed" asks for the genre and the mood
    (("genre", "action"), ("mood", "exciting")): ("action packed", "action-packed"),
    # a plot that fools the viewer is what thrillers and mysteries do: either genre (``twists_either``)
    TWIST_GENRES: TWIST_PHRASES,
    # a plot that bends the viewer's head: science fiction, a thriller or a mystery (``twists_either``), and the mood
    (*PUZZLE_GENRES, ("mood", "thought-provoking")): PUZZLE_PHRASES,
}


_UNINFLECTED = (frozenset(PUZZLE_PHRASES) | frozenset(FEAR_PHRASES) | frozenset(THRILL_PHRASES) | frozenset(FUNNIEST_PHRASES)
                | frozenset(SCARIEST_PHRASES) | frozenset(ROMANTIC_PHRASES) | frozenset(THRILLING_PHRASES))  # no nouns: "scare me sillys"


def compact_terms() -> list[tuple[str, Term]]:
    """The COMPACT words (plural/singular forms included)."""
    return [(p, Term(pairs[0][0], pairs[0][1], extra=pairs[1:], inflect=pairs != TWIST_GENRES and p not in _UNINFLECTED))  # as listed
            for pairs, phrases in COMPACT.items() for p in phrases]


def _term(phrase: str, genre: str) -> Term:
    """A genre term; a trailing media noun becomes a separately reported head ("special" is the film kind, on the
    genre's span)."""
    words = phrase.split()
    if len(words) > 1 and words[-1] in SPECIAL_NOUNS:
        # a special is a one-off: the film kind ("Stand-Up Comedy" is the film tag, "… & Talk Shows" the series one)
        return Term(ENTITY, "stand-up" if genre == "comedy" else genre, extra=(("media_type", "movie"),), inflect=True)
    head = MEDIA_NOUNS.get(words[-1]) if len(words) > 1 else None
    return Term(ENTITY, genre, head=("media_type", head) if head else None, inflect=True)


def compound_terms() -> list[tuple[str, Term]]:
    """Two-genre phrases: the explicit COMPOUNDS, then every "<modifier> <genre phrase>"."""
    out = [(p, Term(ENTITY, first, extra=((ENTITY, second),), inflect=True))
           for (first, second), phrases in COMPOUNDS.items() for p in phrases]
    for modifier, first in COMPOUND_MODIFIERS.items():
        for phrase, term in terms():
            if term.value != first and term.head is None and not phrase.startswith(modifier):
                out.append((f"{modifier} {phrase}", Term(ENTITY, first, extra=((ENTITY, term.value),), inflect=True)))
    return out


# A genre named by its noun after "of", as other languages build it ("film de terreur", "película de amor"): "a film
# of terror", "shows of love", "a drama of love". Only nouns whose reading is clear; "of" after no media or genre
# noun is no genre ("the power of love", "a reign of terror"). "horror", "comedy" after "of" are genre words already.
OF_NOUN_GENRES: dict[str, str] = {"terror": "horror", "love": "romance", "laugh": "comedy", "laughter": "comedy",
                                  # "serie de policías": police work, the crime shelf (the word alone is the query's)
                                  "police": "crime", "cops": "crime", "policemen": "crime"}
_OF_MEDIA_NOUNS = ("movie", "movies", "film", "films", "flick", "flicks", "show", "shows", "series", "serie")
_OF_GENRE_NOUNS = {"drama": "drama", "dramas": "drama", "story": None, "stories": None}


def mood_genre_terms() -> list[tuple[str, Term]]:
    """"scary movies", "funny shows", "films of terror", ...: must outrank the mood reading, so listed before moods.
    A media noun before "of" is reported on the phrase's span, as the foreign "película de terror" is."""
    out = [(f"{word} {noun}", _term(f"{word} {noun}", genre))
           for word, genre in MOOD_WORD_GENRES.items() for noun in MEDIA_NOUNS]
    for word, genre in OF_NOUN_GENRES.items():
        out += [(f"{noun} of {word}", Term(ENTITY, genre, extra=(("media_type", MEDIA_NOUNS.get(noun, "series")),), inflect=True))
                for noun in _OF_MEDIA_NOUNS]
        out += [(f"{noun} of {word}", Term(ENTITY, genre, extra=((ENTITY, other),) if other else (), inflect=True))
                for noun, other in _OF_GENRE_NOUNS.items() if other != genre]
    return out


def terms() -> list[tuple[str, Term]]:
    """Every genre phrase: ids, labels, vocabulary synonyms, the extras above and the clipped forms viewers type
    (vocabulary.CLIPPED_GENRE_WORDS), then the words of other languages (vocabulary.FOREIGN_GENRE_WORDS, with and
    without accents)."""
    out: list[tuple[str, Term]] = []
    for g in GENRES:
        phrases = (g.id, g.id.replace("-", " "), g.label.lower(), *g.synonyms, *EXTRA.get(g.id, ()),
                   *CLIPPED_GENRE_WORDS.get(g.id, ()))
        out += [(p.lower(), _term(p.lower(), g.id)) for p in phrases if p.lower() not in NOT_USED]
    for genre, phrases in FOREIGN_GENRE_WORDS.items():
        out += [(p, _foreign_term(p, genre)) for p in with_unaccented(w.lower() for w in phrases)]
    return out


# Adjective forms of a genre noun ("something sporty", "a bit musical-y", "horror-ish", "action-y", "documentary-style",
# "romance-y", "thriller-esque"): the suffix says "like that genre", which is the genre. Derived mechanically from every
# one-word genre phrase of ``terms`` that is a noun (adjectives — "funny", "romantic", "animated", "spiritual" — take
# no suffix), so a genre added to the vocabulary gets its forms too.
ADJECTIVE_SUFFIXES = ("y", "-y", "ish", "-ish", "-style", " style", "esque", "-esque")
_ADJECTIVE_ENDINGS = ("ic", "ed", "ous", "ive", "ing", "ful", "al", "ny", "ky", "ly")  # "funny", "spooky", "ugly"
_NOUN_ADJECTIVES = frozenset({"musical"})  # a noun with an adjective's ending: "a bit musical-y"
# Derived words that are other English words, in any spelling the lexicon derives ("teen-y" is also "teeny"): "teeny"
# (tiny), "spacey" (dreamy), "cultish".
_NOT_DERIVED = frozenset({"teeny", "spacey", "spacy", "cultish", "culty"})


def adjective_terms() -> list[tuple[str, Term]]:
    """The ``ADJECTIVE_SUFFIXES`` forms of every one-word English genre noun (singular or invariable: "sports-y",
    "sporty" from "sport"; a final "e" may go: "romancy"); registered after all listed phrases (lexicon.py), so a
    derived form never shadows a word the vocabulary lists."""
    out: list[tuple[str, Term]] = []
    for g in GENRES:
        for word in dict.fromkeys(p.lower() for p in (g.id, *g.synonyms, *EXTRA.get(g.id, ()))):
            if " " in word or len(word) < 4 or singular(word) != word or (
                    word.endswith(_ADJECTIVE_ENDINGS) and word not in _NOUN_ADJECTIVES):
                continue
            stems = (word, word[:-1]) if word.endswith("e") else (word,)
            out += [(form, Term(ENTITY, g.id)) for stem in stems for suffix in ADJECTIVE_SUFFIXES
                    if not variants(form := f"{stem}{suffix}", False) & _NOT_DERIVED and (stem == word or suffix[0].isalpha())
                    and not (word.endswith("y") and suffix.lstrip("-") == "y")]
    return out


@lru_cache(maxsize=1)
def _adjective_forms() -> frozenset[str]:
    return frozenset(phrase for phrase, _ in adjective_terms())


def adjective_form(said: str) -> bool:
    """``said`` is a genre's adjective form ("horrory", "thriller-ish", "actiony"): an adjective as a mood or content
    word is, so "and" after a ruled-out adjective ("nothing bloody and horrory") goes on ruling out (negation.py)."""
    return " ".join(said.lower().split()) in _adjective_forms()


def _foreign_term(phrase: str, genre: str) -> Term:
    """A genre word of another language; one ending in a media word of its language ("película de terror")
    reports that media type too, on the same span."""
    media = next((value for value, words in FOREIGN_MEDIA_WORDS.items()
                  for w in with_unaccented(words) if phrase.split()[0] == w), None)
    return Term(ENTITY, genre, extra=(("media_type", media),)) if media else Term(ENTITY, genre, inflect=True)


_NOSTALGIA_RE = re.compile(r"nostalgi", re.IGNORECASE)


def nostalgia_with_era(text: str, found: list) -> list:
    """"feeling nostalgic" alone asks for classics; with an era said ("nostalgic 90s cartoons") the era is the
    wish, so the classic genre read from the nostalgia word is dropped ("nostalgic, old classics" keeps it)."""
    if not any(f.entity == "year" and f.role is None and f.value[:1].isdigit() for f in found):
        return found
    return [f for f in found
            if not (f.entity == ENTITY and f.value == "classic" and _NOSTALGIA_RE.search(text[f.start:f.end]))]


# "musical(s)" names musical films: the vocabulary's music genre also holds concert and music documentaries, which
# a viewer asking for musicals does not want. "music", "concert films", "music documentaries", "musical documentaries"
# are not this word alone and keep documentaries.
_MUSICAL_RE = re.compile(r"\bmusicals?\b(?![\s-]+(?:docs?|documentar|docu))", re.IGNORECASE)
_DOCUMENTARY = "documentary"


def musicals_without_documentaries(text: str, found: list) -> list:
    """A music genre read from the word "musical(s)" asks for the genre without the documentary genre: an exclusion
    of documentary on the same span, unless the message names documentaries itself (asked for or ruled out) or the
    musicals are ruled out ("no musicals")."""
    if any(f.entity == ENTITY and f.value == _DOCUMENTARY for f in found):
        return found
    musicals = [f for f in found if f.entity == ENTITY and f.value == "music" and f.role is None
                and _MUSICAL_RE.search(text, f.start, f.end)]
    return found + [replace(musicals[0], value=_DOCUMENTARY, role=EXCLUDE)] if musicals else found


# Police work as the subject ("about cops") is the crime shelf, except in a children's request: "a cartoon about police
# dogs for my kids" is a kids' title on police animals, and the crime shelf would cap it to grown-up crime. There the
# words stay the query's, unless a film or series noun comes right before ("a series about cops for my teens").
_ABOUT_POLICE_RE = re.compile(r"about\s+(?:the\s+)?(?:police|cops|policemen)\b", re.IGNORECASE)
_CHILDRENS = frozenset({"kids", "family", "children", "little kids", "preschool", "toddler", "toddlers"})
_MEDIA_NOUN_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(_OF_MEDIA_NOUNS)})\s+$", re.IGNORECASE)


def police_beside_children(text: str, found: list) -> list:
    """Drop the crime genre read on "about police/cops" when the message asks for a children's genre or audience and
    no media noun comes right before the phrase (see above)."""
    if not any(f.entity in (ENTITY, "audience") and f.value in _CHILDRENS and f.role is None for f in found):
        return found
    return [f for f in found if not (f.entity == ENTITY and f.value == "crime"
                                     and _ABOUT_POLICE_RE.match(text, f.start, f.end)
                                     and not _MEDIA_NOUN_BEFORE_RE.search(text[:f.start]))]


_EDUCATIONAL_RE = re.compile(r"\b(?:educational|informative|learn|teach(?:es)?)\b", re.IGNORECASE)


def educational_for_children(text: str, found: list) -> list:
    """Drop the documentary genre read on a learning phrase ("educational", "learn something") when the message asks
    for a children's genre or audience: "educational cartoons for my 5 year old" are children's learning shows, the word
    kept for the query (round 22d)."""
    if not any(f.entity in (ENTITY, "audience") and f.value in _CHILDRENS and f.role is None for f in found):
        return found
    return [f for f in found if not (f.entity == ENTITY and f.value == _DOCUMENTARY and f.role is None
                                     and _EDUCATIONAL_RE.search(text, f.start, f.end))]


# A genre said as how another genre should feel ("a documentary that feels like a thriller", "docs that play like a
# thriller", "a drama that watches like a horror film"): the other genre is the request, this one the mood it names
# (FEEL_MOODS), never a second genre the title must have (or an either-of). A genre with no mood of its own keeps
# its word for the query (the internal topic entity, dropped before reporting).
FEEL_MOODS: dict[str, str] = {"thriller": "exciting", "action": "exciting", "horror": "scary", "comedy": "funny",
                              "romance": "romantic", "crime": "dark", "mystery": "thought-provoking", "drama": "sad"}
_FEELS_LIKE_RE = re.compile(r"\b(?P<verb>(?:feels?|felt|feeling|plays?|played|reads?|watches|watched|comes?\s+across"
                            r"|looks?|sounds?|is\s+shot|unfolds?|moves?))\s+(?:more\s+|almost\s+|just\s+)?like\s+"
                            r"(?:a\s+|an\s+|some\s+)?(?:real\s+|proper\s+|full[\s-]+on\s+)?$", re.IGNORECASE)
# The verb's subject must be the other title's kind: a relative pronoun ("a documentary that feels like") or the kind
# noun itself ("docs play like"). "I feel like a comedy" (I'm in the mood for one), "that sounds like a comedy" (a
# remark) and "watch like a horror" (filler "like") ask for the genre itself.
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|which|who)\s+(?:\w+ly\s+|really\s+|kinda\s+|still\s+|also\s+)?$",
                                 re.IGNORECASE)
_KIND_SUBJECT = frozenset({ENTITY, "media_type"})


def feels_like_as_mood(text: str, found: list) -> list:
    """A genre after "feels / plays like (a)" beside another genre asked for becomes that genre's mood (see above)."""
    def cue(f) -> re.Match[str] | None:
        m = _FEELS_LIKE_RE.search(text, 0, f.start) if f.entity == ENTITY and f.role is None else None
        return m if m is not None and _kind_is_subject(text, m.start("verb"), found) else None
    if not any(f.entity == ENTITY and f.role is None and not cue(f) for f in found):
        return found
    out = []
    for f in found:
        m = cue(f)
        if m is None:
            out.append(f)
        elif f.value in FEEL_MOODS:  # the cue's words are the mood's too ("feels like a"): never a query word
            out.append(replace(f, entity="mood", value=FEEL_MOODS[f.value], start=m.start()))
        else:
            out.append(replace(f, entity=TOPIC))
    return out


def _kind_is_subject(text: str, verb: int, found: list) -> bool:
    """The feel verb at ``verb`` has a title's kind as its subject: a relative pronoun ("a drama that plays like")
    or a genre / media noun right before it ("docs play like"); "I feel like", "that sounds like" do not."""
    if _RELATIVE_BEFORE_RE.search(text, 0, verb) and not re.search(r"(?:^|[.,!?;]\s*)that\s+$", text[:verb]):
        return True
    before = text[:verb].rstrip()
    return any(f.entity in _KIND_SUBJECT and f.end == len(before) for f in found)


def twists_either(found: list, text: str = "") -> list:
    """A twist's two genres (``TWIST_GENRES`` on one span; a puzzle plot's three, ``PUZZLE_GENRES``) are alternatives,
    ``role: "any"``; a telenovela's drama and romance too): a thriller or a mystery,
    not a title filed under both. Beside one of them named as the kind ("a twisty thriller", "a mystery with a big
    twist") the twist is that genre (the request already says which); beside another kind only ("a comedy full of
    twists") the twist describes that kind and asks no genre of its own. Ruled out ("nothing twisty") both stay
    excluded (``negation`` keeps the pair)."""
    spans: dict[tuple[int, int], set[str]] = {}
    for f in found:
        if f.entity == ENTITY and f.role is None:
            spans.setdefault((f.start, f.end), set()).add(f.value)
    either = {span: group for span, values in spans.items() for group in EITHER_GROUPS if values == group}
    either |= {span: NOVELA_VALUES for span, values in spans.items()
               if values == NOVELA_VALUES and _NOVELA_RE.fullmatch(text[span[0]:span[1]])}
    said = {value for span, values in spans.items() if span not in either for value in values}
    novelas = {span for span, group in either.items() if group == NOVELA_VALUES}
    origin_said = any(f.entity in ("country", "language") and (f.start, f.end) not in novelas for f in found)
    out = []
    for f in found:
        if f.entity == "language" and ((f.start, f.end) in novelas and origin_said
                                       or f.role is not None and _NOVELA_RE.fullmatch(text[f.start:f.end])):
            continue  # "a turkish telenovela": the origin said is the one asked for; "no telenovelas": Spanish stays
        group = either.get((f.start, f.end)) if f.entity == ENTITY and f.role is None else None
        if group is not None:
            named, other_kinds = said & group, said - group
            if (named and f.value not in named) or (other_kinds and not named):
                continue
            f = f if named else f.with_role(_ANY)
        out.append(f)
    return out


_ANY = "any"  # negation.ANY (negation imports this module)


# A rom-com is a film unless the viewer says otherwise: "90s rom coms", "a romcom, nothing sad" ask
# for films (the catalog's romantic comedies are mostly films, and viewers mean the film shelf). Said beside any format
# ("a rom-com series", "romcom movies or shows", "no films, a romcom") the format said wins and nothing is implied; a
# romantic comedy spelt out stays either format. "Teen" before a film ("teen movies", "a teen romcom") is who it is
# for, the teen audience (PG-13 and TV-14 at most: contracts "Age mapping"): the catalog files its teen shelf only
# under TV ("Teen TV Shows"), so a teen *film* asked as a genre would find nothing. A teen series keeps the genre.
_ROMCOM_RE = re.compile(r"\brom[\s-]?coms?\b", re.IGNORECASE)


def romcoms_as_films(text: str, found: list) -> list:
    """The film a rom-com implies, and the teen audience of a teen film (see above)."""
    out = list(found)
    if not any(f.entity == "media_type" for f in out):
        romcom = next((f for f in out if f.entity == ENTITY and f.value == "romance" and f.role is None
                       and _ROMCOM_RE.search(text, f.start, f.end)), None)
        if romcom is not None:
            out.append(Found("media_type", romcom.start, romcom.end, "movie"))
            if not any(f.entity == ENTITY and f.value == "comedy" and f.role is None for f in out):
                out.append(Found(ENTITY, romcom.start, romcom.end, "comedy"))  # "teen romcom": the modifier took one
    formats = {f.value for f in out if f.entity == "media_type" and f.role is None}
    if formats != {"movie"}:
        return out
    return [replace(f, entity="audience") if f.entity == ENTITY and f.value == "teen" and f.role is None
            and _TEEN_WORD_RE.match(text, f.start) else f for f in out]


# "teen" said as the modifier ("teen movies", "a teenage romcom"), not a story about teenagers ("movies about high
# schoolers" keeps the genre: it says what the film is about, not who watches).
_TEEN_WORD_RE = re.compile(r"teen(?:age)?\b", re.IGNORECASE)


# A competition named by its subject is reality TV, the Netflix shelf of competition shows: "a cooking competition",
# "baking contests", "a baking show", "singing competitions". The genre goes on the competition word's span, so the
# subject stays the topic that ranks ("cooking"); a film about one ("a movie about a dance competition") names a film,
# and a subject the catalog's reality shelf lacks is no such show.
_COMPETITION_SUBJECTS = (r"cooking|baking|bake|cake|cakes|chef|chefs|food|culinary|design|interior\s+design|fashion"
                         r"|singing|talent|makeover|glassblowing|pottery|tattoo|floral|flower|dating|drag|home\s+makeover")
# A bare "show" is a competition only after subjects whose shows are contests on Netflix ("a baking show", "talent
# shows", "dating shows"); "a cooking show" or "food shows" are mostly docuseries, so they need the competition word.
_SHOW_IS_COMPETITION = frozenset({"baking", "bake", "talent", "dating", "makeover", "home makeover"})
_COMPETITION_RE = re.compile(
    rf"\b(?P<subject>{_COMPETITION_SUBJECTS})\s+(?P<kind>competitions?|contests?|comps?|(?:competition|contest)\s+shows?"
    r"|(?P<show>shows?)|bake-?offs?|cook-?offs?)\b", re.IGNORECASE)
_ABOUT_BEFORE_RE = re.compile(r"\b(?:about|on|of|where|around)\s+(?:(?:a|an|the|some)\s+)?$", re.IGNORECASE)


# A contest told by what its contestants do: "the one where people bake terrible cakes", "amateurs trying to bake",
# "home cooks compete". Said of a film ("a movie where people bake") it is a plot, and no genre is added.
_CONTEST_TOLD_RE = re.compile(
    r"\b(?:people|contestants|amateurs|home\s+(?:bakers|cooks)|bakers)\s+(?:(?:all|who|have\s+to|try(?:ing)?\s+to"
    r"|attempt(?:ing)?\s+to)\s+)?(?P<kind>bake|baking|bakes|compete|competing|competes)\b", re.IGNORECASE)


# Round 37: an unscripted format named by its kind of show, with no subject: "korean variety shows", "game shows",
# "something competition style", "talent shows", "dating shows" — the reality shelf.
_UNSCRIPTED_FORMAT_RE = re.compile(
    r"\b(?P<kind>(?:variety|game|talent|dating|competition|contest)\s+(?:shows?|series|programs?|programmes?|style|format"
    r"|ones?|stuff)|competition[\s-]+(?:based|type))\b", re.IGNORECASE)


def competitions_as_reality(text: str, found: list) -> list:
    """``found`` with the reality genre on each competition named by its subject or told by what its contestants do
    (above), and on each unscripted format named by its kind of show (``_UNSCRIPTED_FORMAT_RE``)."""
    added = []
    for m in _UNSCRIPTED_FORMAT_RE.finditer(text):
        start, end = m.span("kind")
        if _ABOUT_BEFORE_RE.search(text, max(0, start - 20), start) or any(
                f.entity == ENTITY and (f.value == "reality" or f.start < end and start < f.end) for f in found):
            continue  # "a film about a game show": the plot; a genre read there already
        added.append(Found(ENTITY, start, end, "reality"))
    told = _CONTEST_TOLD_RE.search(text)
    if told and not any(f.entity in (ENTITY, "media_type") and f.value in ("reality", "movie") for f in found):
        if not any(f.start < told.end("kind") and told.start("kind") < f.end for f in found):
            added.append(Found(ENTITY, told.start("kind"), told.end("kind"), "reality"))
    for m in _COMPETITION_RE.finditer(text):
        start, end = m.start("kind"), m.end("kind")
        if m["show"] and " ".join(m["subject"].lower().split()) not in _SHOW_IS_COMPETITION:
            continue  # "a cooking show": most are docuseries
        if _ABOUT_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "a movie about a dance competition": the plot
        if any(f.start < end and start < f.end and f.entity != "media_type" for f in found):
            continue
        if any(f.entity == ENTITY and f.value == "reality" for f in found + added):
            break
        added.append(Found(ENTITY, start, end, "reality"))
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found


# Round 24d: a show named by a real-world subject ("a cooking show", "food series", "travel shows", "a car show") asks for
# that subject as what the show is about: the unscripted shelves, reality or documentary (either: ``twists_either``
# reads the pair on one span as alternatives), with the subject ranking as the query, never a sitcom whose synopsis
# mentions it. A genre named beside it ("a comedy cooking show") is the kind (``twists_either`` drops the pair); a
# film about such a show ("a movie about a cooking show") is a plot.
UNSCRIPTED_VALUES = frozenset({"reality", "documentary"})
_UNSCRIPTED_SUBJECTS = (r"cooking|cookery|food|foodie|culinary|chef|chefs|travel|travelling|traveling|car|cars|gardening"
                        r"|garden|home\s+renovation|renovation|house\s+hunting|home\s+improvement|diy|fashion"
                        r"|interior\s+design|design|fishing|wildlife\s+rescue|survival|wine|bbq|barbecue|street\s+food")
_UNSCRIPTED_SHOW_RE = re.compile(
    rf"\b(?:{_UNSCRIPTED_SUBJECTS})\s+(?P<show>shows?|series|programm?es?|docu-?series|tv)\b", re.IGNORECASE)


def subject_shows_unscripted(text: str, found: list) -> list:
    """``found`` with reality and documentary (read as either by ``twists_either``) on a subject show's noun (above)."""
    added = []
    for m in _UNSCRIPTED_SHOW_RE.finditer(text):
        start, end = m.start("show"), m.end("show")
        if _ABOUT_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if any(f.entity == ENTITY and f.start < m.end() and m.start() < f.end for f in found):
            continue  # "a baking show" is reality already (``competitions_as_reality``)
        added += [Found(ENTITY, start, end, value) for value in sorted(UNSCRIPTED_VALUES)]
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found


# A viewer who scares easily beside horror asked for (by their company or themselves): the lighter side of horror,
# horror comedies — the comedy genre on the self-description's span ("she wants horror, i'm a wimp", "horror but i scare
# easily", "i'm a scaredy cat, he loves horror"). Horror ruled out ("i'm a wimp, no horror") is a refusal, nothing added.
_FAINT_HEARTED_RE = re.compile(
    r"\b(?:(?:i'?m|i\s+am|im)\s+(?:(?:such|a\s+(?:total|big|huge|complete|massive))\s+)?(?:a\s+)?"
    r"(?:wimp|wuss|chicken|coward|scaredy[\s-]*cat|baby\s+about\s+(?:horror|scary\s+stuff)|easily\s+scared"
    r"|a\s+scaredy[\s-]*cat)"
    r"|i\s+(?:scare|spook|frighten)\s+(?:too\s+|really\s+|very\s+|so\s+)?easily"
    r"|i\s+get\s+(?:scared|spooked|frightened)\s+(?:too\s+|really\s+|very\s+|so\s+)?easily)\b"
    # the self-description closes its clause: "i'm a chicken farmer and love horror" is a trade, no fear
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|so|but|lol|tbh|though|tho)\b)", re.IGNORECASE)


def horror_for_the_faint_hearted(text: str, found: list) -> list:
    """``found`` with the comedy genre on a faint-hearted viewer's words when horror is asked for (above)."""
    if not any(f.entity == ENTITY and f.value == "horror" and f.role is None for f in found):
        return found
    if any(f.entity == ENTITY and f.value == "horror" and f.role == EXCLUDE for f in found):
        return found
    m = _FAINT_HEARTED_RE.search(text)
    if m is None or any(f.start < m.end() and m.start() < f.end for f in found):
        return found
    return sorted(found + [Found(ENTITY, m.start(), m.end(), "comedy")], key=lambda f: (f.start, f.end))


def fear_beside_a_kind(found: list) -> list:
    """Horror read on a wish to be scared ("terrifying", "scare me silly": ``FEAR_PHRASES``, the genre and the scary
    mood on one span) is dropped when another genre is asked for: "a terrifying thriller", "i want to be scared by a
    documentary" describe that kind, and the scary mood alone ranks it. Ruled out ("nothing terrifying") both stay.
    The thriller read on a thrill (``THRILL_PHRASES``) likewise: "a thrilling action film" is the action film, exciting."""
    for (_, genre), (_, mood) in (_FEAR_PAIRS, _THRILL_PAIRS):
        found = _feeling_beside_a_kind(found, genre, mood)
    return found


def _feeling_beside_a_kind(found: list, genre: str, mood: str) -> list:
    """``found`` without ``genre`` where it shares its span with ``mood`` and another genre is asked for (above)."""
    felt = {(f.start, f.end) for f in found if f.entity == "mood" and f.value == mood and f.role is None}
    spans = {(f.start, f.end) for f in found if f.entity == ENTITY and f.value == genre and f.role is None
             and (f.start, f.end) in felt}
    if not spans or not any(f.entity == ENTITY and f.role is None and f.value != genre for f in found):
        return found
    return [f for f in found if not (f.entity == ENTITY and f.value == genre and (f.start, f.end) in spans)]


# A feeling told about something else ("the news has been terrifying lately", "the match was a nail-biter", "that was
# thrilling", "the last episode had me on the edge of my seat", "i'm sitting on the edge of my seat waiting for the pizza"): the clause before the phrase has a subject
# and a verb of being, with no request word between ("i'm in the mood for something thrilling", "it has to be
# terrifying" still ask for it). It describes the day or a past title, not the wanted one, so the promoted genre goes
# and only the mood stays, as before the fear/thrill phrases were a genre.
_CLAUSE_START_RE = re.compile(r".*(?:[.,;:!?\n]|\b(?:now|but|so|then)\b)", re.IGNORECASE | re.DOTALL)
# a verb of being, or a past experience verb with its viewer ("the finale had me on the edge of my seat", "it kept us
# guessing, so tense"): what a title did to the viewer is told of that title (round 26e)
_STORY_BEING_RE = re.compile(
    r"\b(?:was|were|is|are|am|been|'s|'m|'re|’s|’m|’re|(?:had|kept|left|got)\s+(?:me|us|him|her|them))\b"
    r"(?P<between>.*)$", re.IGNORECASE | re.DOTALL)
_REQUEST_WORD_RE = re.compile(
    r"\b(?:something|anything|one|ones|films?|movies?|shows?|series|for|after|want(?:ing)?|need(?:ing)?|looking|"
    r"craving|into|to\s+be|be|got\s+to|gotta|has\s+to|have\s+to|should|must|please|recommend\w*)\b",
    re.IGNORECASE)

_NO_STORY_SUBJECTS = frozenset({"", "what", "which", "anything", "something", "there", "whats"})


def feeling_in_a_story(text: str, found: list) -> list:
    """``found`` without the horror/thriller promoted from a fear or thrill phrase (``FEAR_PHRASES``,
    ``THRILL_PHRASES``: the genre and its mood on one span) said in a story clause (above); the mood stays."""
    for (_, genre), (_, mood) in (_FEAR_PAIRS, _THRILL_PAIRS):
        felt = {(f.start, f.end) for f in found if f.entity == "mood" and f.value == mood and f.role is None}
        told = {(f.start, f.end) for f in found if f.entity == ENTITY and f.value == genre and f.role is None
                and (f.start, f.end) in felt and _told_in_a_story(text[:f.start])}
        found = [f for f in found if not (f.entity == ENTITY and f.value == genre and (f.start, f.end) in told)]
    return found


def _told_in_a_story(before: str) -> bool:
    """Whether the clause ending at a feeling phrase says something *is/was* so (a subject, a verb of being) with no
    request word after that verb."""
    start = _CLAUSE_START_RE.match(before)
    clause = before[start.end():] if start else before
    being = _STORY_BEING_RE.search(clause)
    subject = clause[:being.start()].strip().lower() if being else ""
    return being is not None and subject not in _NO_STORY_SUBJECTS and \
        _REQUEST_WORD_RE.search(being.group("between")) is None


# A compact kind's format ruled out beside its genre asked for: "a documentary, a film not a docuseries", "comedy but
# not a sitcom", "anime, just no anime series". The viewer rules out the format of the kind they want, never the
# kind: the genre stays asked for and the format is excluded. Only a span that is one genre and its format (a compact
# word, or a genre with its head noun right after); "dramas but no kdramas" (an origin too) and "romance but no
# dating shows" (two genres) are not this. Without the genre asked elsewhere ("not a docuseries, a film") the kind
# itself is what goes.
_FORMAT = "media_type"


def _said_again(text: str, f: Found, asked: list[Found]) -> bool:
    """The genre words of ``f`` name the genre asked for ("anime, just no anime series", "a docuseries, not
    documentary films"); a part of the genre named before its head noun ("music documentaries, not concert films":
    round 25c) is no format of the kind."""
    said = text[f.start:f.end].lower()
    return names_the_genre(said, f.value) or any(g.value == f.value and said in text[g.start:g.end].lower()
                                                 for g in asked)




def format_of_a_wanted_kind(text: str, found: list[Found], negated: set[int],
                            dropped: set[int]) -> tuple[set[int], set[int]]:
    """(genre exclusions to drop, format readings to exclude instead) for the case above; called by negation.py before
    an exclusion spreads to every span naming its genre."""
    asked = [f for k, f in enumerate(found)
             if f.entity == ENTITY and f.role is None and k not in negated and k not in dropped]
    wanted = {f.value for f in asked}
    unasked: set[int] = set()
    formats: set[int] = set()
    for k in sorted(negated):
        f = found[k]
        if f.entity != ENTITY or f.role is not None or f.value not in wanted:
            continue
        on_span = [m for m, g in enumerate(found) if (g.start, g.end) == (f.start, f.end) and m != k]
        fmt = [m for m in on_span if found[m].entity == _FORMAT] or [
            m for m, g in enumerate(found) if g.entity == _FORMAT and g.start >= f.end and not text[f.end:g.start].strip()
            and _said_again(text, f, asked)]
        if len(fmt) == 1 and all(m in fmt for m in on_span) and found[fmt[0]].role is None:
            unasked.add(k)
            formats.add(fmt[0])
    return unasked, formats
