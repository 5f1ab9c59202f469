"""The canonical vocabulary viewers speak: genre ids, audiences, media types, languages.

Source catalogs use their own tags ("TV Comedies", "Stand-Up Comedy & Talk Shows"); importers map them
onto these ids so that "comedy" means the same thing for every catalog and every channel. The source
tags are kept on the item too, so nothing is lost. Stdlib only: the NLU side reads the same lists.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from contract.stems import singular


@dataclass(frozen=True)
class Genre:
    id: str
    label: str
    synonyms: tuple[str, ...] = ()


GENRES: tuple[Genre, ...] = (
    Genre("comedy", "Comedy", ("comedies", "funny", "sitcom", "sitcoms", "comedic")),
    Genre("drama", "Drama", ("dramas", "dramatic")),
    Genre("action", "Action & adventure", ("action", "adventure", "action movies")),
    Genre("thriller", "Thriller", ("thrillers", "suspense")),
    Genre("horror", "Horror", ("horror", "scary movies", "slasher")),
    Genre("romance", "Romance", ("romantic", "rom-com", "romcom", "love stories", "dating", "chick flick", "chick flicks")),
    Genre("sci-fi", "Science fiction", ("sci fi", "scifi", "science fiction", "space")),
    Genre("fantasy", "Fantasy", ("fantasy", "magic")),
    Genre("anime", "Anime", ("anime", "animated", "animation", "japanese animation")),
    Genre("documentary", "Documentary", ("documentaries", "docs", "docuseries", "docu")),
    # "heist" is a plot (a topic the query ranks), not the crime genre, which the catalog gives series only
    Genre("crime", "Crime", ("crime", "true crime", "detective")),
    Genre("mystery", "Mystery", ("mysteries", "whodunit")),
    Genre("reality", "Reality", ("reality tv", "reality shows")),
    Genre("stand-up", "Stand-up comedy", ("stand up", "standup", "comedy specials")),
    Genre("talk-show", "Talk show", ("talk shows", "late night")),
    Genre("sports", "Sports", ("sport", "sports movies")),
    Genre("music", "Music & musicals", ("musicals", "musical", "concerts", "heavy metal")),
    Genre("teen", "Teen", ("teen shows", "high school", "coming of age")),
    Genre("kids", "Kids", ("cartoons", "children", "for kids", "kids shows")),
    Genre("family", "Family", ("family movies", "family friendly")),
    Genre("classic", "Classic", ("classics", "old movies")),
    Genre("cult", "Cult", ("cult classics", "cult movies")),
    Genre("independent", "Independent", ("indie", "indies")),
    Genre("international", "International", ("foreign", "world cinema")),
    Genre("lgbtq", "LGBTQ+", ("lgbt", "queer", "gay")),
    Genre("faith", "Faith & spirituality", ("spiritual", "religious", "christian")),
    Genre("science-nature", "Science & nature", ("nature", "wildlife", "science")),
)
GENRE_IDS: frozenset[str] = frozenset(g.id for g in GENRES)


# Each genre's own names: its id and the words of its label ("Music & musicals": music, musical), in the singular.
_GENRE_NAMES: dict[str, frozenset[str]] = {
    g.id: frozenset(singular(w) for w in re.findall(r"[a-z]+", f"{g.id} {g.label}".lower())) for g in GENRES}


# A word said is one of a genre's own names when it starts like one: "docs", "scifi", "comedic", "horrory".
_SAME_WORD_PREFIX = 4
_SHORTEST_NAME = 3


def _same_word(said: str, own: str) -> bool:
    shared = len(os.path.commonprefix([said, own]))
    return shared >= _SHORTEST_NAME and shared >= min(_SAME_WORD_PREFIX, len(said), len(own))


# Kinds of content that span several catalog genres (round 31D): the supernatural is ghosts and demons (horror) as much
# as magic (fantasy). Ruled out, such a word rules out every genre it spans (nlu/extraction/negation.py
# ``_spanned_kinds``), and a follow-up that asks for another genre instead ("not a paranormal one, a thriller" after
# horror) keeps them all ruled out (actions/constraints.py ``sub_kinds_of_the_search``); asked for ("a supernatural
# thriller") it is a topic the query ranks, no genre.
SPANNING_KINDS: dict[str, tuple[str, ...]] = {
    word: ("fantasy", "horror") for word in ("supernatural", "paranormal")}
_SPANNING_RE = re.compile(r"\b(" + "|".join(sorted(SPANNING_KINDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def spanned_genres(words: str) -> tuple[str, ...]:
    """The genres the kind named in ``words`` spans (``SPANNING_KINDS``), () when no such kind is named."""
    m = _SPANNING_RE.search(words)
    return SPANNING_KINDS[m.group(1).lower()] if m else ()


def names_the_genre(words: str, genre: str) -> bool:
    """``words`` (read as ``genre``) hold the genre's own name ("comedies", "horror films", "docs", "scifi"), not only a
    part or a subject of it ("slasher", "concerts", "space"): ruled out beside the genre asked for, a part leaves the
    genre asked for (round 25c: nlu/extraction/negation.py ``_part_of_a_genre``, actions/constraints.py
    ``sub_kinds_of_the_search``)."""
    own = _GENRE_NAMES.get(genre, frozenset())
    return any(_same_word(singular(w), name) for w in re.findall(r"[a-z]+", words.lower()) for name in own)
# Kinds that are two genres at once, with the words viewers name them by: "true crime" is a crime documentary, a
# rom-com a romantic comedy. Asked for, a title must have both genres; ruled out ("no true crime", "no rom-coms"),
# only the titles with both go (an ``exclude_origin_genres`` kind, contract.constraints.excluded_kind), never every
# crime title or every documentary. The one home of the pairs: the NLU reads the words (nlu/extraction/genres.py
# ``COMPOUNDS``), the wording names a refused pair by its first word (contract/wording.py).
COMPOUND_KINDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("romance", "comedy"): ("rom-com", "romcom", "rom com", "romantic comedy"),
    ("comedy", "drama"): ("dramedy", "dramedies", "comedy-drama", "comedy drama"),
    ("music", "documentary"): ("music documentary", "music documentaries", "music doc", "music docs",
                               "concert documentary", "rockumentary", "rockumentaries"),
    ("romance", "drama"): ("romantic drama", "love drama"),
    # the catalog files true crime under documentaries (films) and docuseries: a crime *documentary*
    ("crime", "documentary"): ("true crime", "true-crime", "truecrime", "tru crime", "tru-crime", "trucrime",
                               "true crimes", "true crim", "tru crim"),
    # police work as a drama: both genres
    ("crime", "drama"): ("cop drama", "police drama", "detective drama"),
    # police work played for laughs: both genres (round 33)
    ("crime", "comedy"): ("cop comedy", "cop comedies", "police comedy", "police comedies", "detective comedy",
                          "detective comedies"),
}
TRUE_CRIME: tuple[str, str] = ("crime", "documentary")
# How a kind is named back to the viewer where its first compound word is narrower than the kind: "crime dramas"
# (two genre words side by side) and "cop drama" both mean crime + drama, and "no crime drama" is what was said.
COMPOUND_DISPLAY_NAMES: dict[tuple[str, str], str] = {("crime", "drama"): "crime drama"}


def compound_name(genres: Iterable[str]) -> str | None:
    """The everyday name of a kind made of exactly these genres ("crime", "documentary" → "true crime"), if any."""
    said = frozenset(genres)
    return next((COMPOUND_DISPLAY_NAMES.get(pair, words[0]) for pair, words in COMPOUND_KINDS.items()
                 if frozenset(pair) == said), None)
# Genre words of other languages (French, Spanish, Italian, Portuguese, German) a viewer may mix into an English
# request or type alone ("film horreur", "una comedia", "ein Krimi"): vocabulary, read by the NLU as the genre
# (nlu/extraction/genres.py), so they are constraints and never free-text query words. Accented words are also
# matched without their accents. A word that is English with another meaning ("terror") comes only in a phrase
# of its language ("de terror").
FOREIGN_GENRE_WORDS: dict[str, tuple[str, ...]] = {
    "horror": ("horreur", "d'horreur", "de terror", "película de terror", "peli de terror", "pelis de terror",
               "terrore", "dell'orrore", "de miedo", "películas de miedo", "épouvante", "gruselfilm", "gruselfilme",
               "horrorfilm", "horrorfilme", "filme de terror", "filmes de terror", "film de terreur",
               "bhootiya", "bhutiya", "darawni"),
    "comedy": ("comédie", "comédies", "comedia", "comedias", "commedia", "commedie", "komödie", "komödien",
               "comédia", "comédias"),
    "drama": ("drame", "drames", "dramma", "drammi", "dramen"),
    "romance": ("romántica", "romántico", "románticas", "románticos", "romantica", "romantico", "romantiche",
                "romantici", "romantique", "romantiques", "romantisch", "romantische", "romântica", "romântico",
                "liebesfilm", "liebesfilme",
                # round 25a: love stories in the words viewers mix in ("de amor", "pyaar wali", "kilig")
                "de amor", "d'amour", "d'amore", "pyaar", "pyar", "ishq", "mohabbat", "kilig"),
    "crime": ("policier", "policiers", "policiaca", "policíaca", "policiacas", "policíacas", "policial",
              "policiales", "poliziesco", "polizieschi", "krimi", "krimis"),
    "documentary": ("documentaire", "documentaires", "documental", "documentales", "documentario", "documentari",
                    "documentários", "doku", "dokus", "dokumentation", "dokumentarfilm"),
    "kids": ("dessin animé", "dessins animés", "dibujos animados", "dibujitos", "cartoni animati", "cartone animato",
             "zeichentrick", "zeichentrickfilm", "zeichentrickfilme", "desenho animado", "desenhos animados",
             "infantil", "infantiles", "infantis", "para niños", "pour enfants", "per bambini", "para crianças"),
    "sci-fi": ("ciencia ficción", "ciencia ficcion", "fantascienza", "ficção científica", "science-fiction"),
    "action": ("de acción", "d'action", "d'azione", "de ação", "acción", "azione", "ação"),
    "thriller": ("de suspenso", "de suspense"),
    "anime": ("animación", "animação", "animazione"),
    "mystery": ("misterio", "misterios", "de misterio", "mistério", "mistérios", "mystère", "mystères", "mistero",
                "misteri"),
}
# Clipped and colloquial genre nouns viewers type ("a doco", "docco about whales", "toons for the kids"): spoken
# forms, not the catalog's words for a genre (``Genre.synonyms``), read by the NLU as the genre with their plurals
# (nlu/extraction/genres.py), so they are constraints and never free-text query words.
CLIPPED_GENRE_WORDS: dict[str, tuple[str, ...]] = {
    "documentary": ("doco", "docco", "doccie", "doccies"),
    "kids": ("toon", "toons", "'toons"),
}
# Origin adjectives of other languages ("serie coreane", "una película coreana", "anime japonais"): the same
# constraint as the English adjective (Korean is the language, the others the country: nlu/extraction/geo.py).
FOREIGN_ORIGIN_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("language", "ko"): ("coreano", "coreana", "coreanos", "coreanas", "coreane", "coreani", "coréen", "coréenne",
                         "coréens", "coréennes", "koreanisch", "koreanische", "koreanischen"),
    ("country", "Japan"): ("japonés", "japonesa", "japoneses", "japonesas", "giapponese", "giapponesi", "japonais",
                           "japonaise", "japonaises", "japanisch", "japanische", "japanischen", "japonês"),
    ("country", "France"): ("francés", "francesa", "franceses", "francese", "francesi", "française", "françaises",
                            "français", "französisch", "französische", "französischen", "francês"),
    ("country", "Spain"): ("española", "español", "españolas", "españoles", "spagnolo", "spagnola", "spagnoli",
                           "espagnol", "espagnole", "espagnols", "spanisch", "spanische", "spanischen"),
    ("country", "Italy"): ("italiano", "italiana", "italianos", "italianas", "italiani", "italiane", "italien",
                           "italienne", "italiens", "italienisch", "italienische", "italienischen"),
    ("country", "Germany"): ("alemán", "alemana", "alemanes", "tedesco", "tedesca", "tedeschi", "allemand",
                             "allemande", "allemands", "deutsch", "deutsche", "deutschen"),
    # round 25a: the other origins viewers most often name in their own words ("series turcas", "série brasileira")
    ("country", "Turkey"): ("turco", "turca", "turcos", "turcas", "turque", "turques", "turchi", "turche", "türkisch",
                            "türkische", "türkischen", "türkçe"),
    ("country", "Brazil"): ("brasileiro", "brasileira", "brasileiros", "brasileiras", "brasileño", "brasileña",
                            "brasileños", "brasileñas", "brésilien", "brésilienne", "brésiliens", "brasiliano",
                            "brasiliana", "brasiliani", "brasilianisch", "brasilianische"),
    ("country", "Mexico"): ("mexicano", "mexicana", "mexicanos", "mexicanas", "mexicain", "mexicaine", "mexicains",
                            "messicano", "messicana", "messicani", "mexikanisch", "mexikanische"),
    ("country", "Argentina"): ("argentino", "argentinos", "argentinas", "argentin", "argentins"),
    ("country", "India"): ("indiano", "indianos", "indien", "indienne", "indiens", "indiani",
                           "indisch", "indische", "desi"),
    ("country", "China"): ("chinois", "chinoise", "cinese", "cinesi", "chinês",
                           "chinesisch", "chinesische"),
    ("country", "Philippines"): ("pinoy", "pinay", "filipina", "filipinas"),
    ("country", "United Kingdom"): ("británico", "británica", "británicos", "británicas", "britannique",
                                    "britanniques", "britannico", "britannica", "britische", "britischen",
                                    "inglés", "inglesa", "ingleses", "inglese", "inglesi", "anglais", "anglaise"),
    ("country", "United States"): ("americano", "americanos", "americanas", "américain", "américaine",
                                   "américains", "americani", "amerikanisch", "amerikanische", "estadounidense",
                                   "estadounidenses"),
}
# Media words of other languages: "una película", "une série", "serie coreane", "Filme", "seriados", "doramas" (Asian
# drama series, round 25a). "Film" / "drama" / "serie" keep their English readings (the same values).
FOREIGN_MEDIA_WORDS: dict[str, tuple[str, ...]] = {
    "movie": ("película", "películas", "pelicula", "peliculas", "peli", "pelis", "filme", "filmes", "pellicola"),
    "series": ("série", "séries", "serie", "serien", "serie tv", "serie televisiva", "dizi", "diziler", "dizisi",
               "seriado", "seriados", "dorama", "doramas"),
}
# Genres that say which shelf a title is on (who it is for, its era, its style or provenance) rather than what kind
# of story it tells: a viewer combines one of each ("cult" + "horror", "kids" + "comedy", "anime" + "romance"), so a
# genre said alone after a search replaces the genres of its own kind and keeps the other kind (docs/contracts.md
# "Dialogue edit rules").
# Words the vocabulary maps onto a genre that name what a title is about rather than its kind ("space" → sci-fi,
# "nature" → science & nature): said alone after a search they are its topic, never a genre replacing the search's
# (docs/contracts.md "Dialogue edit rules"). A genre's own name ("horror", "sci-fi") stays a genre edit.
# Beside a genre the message names itself they are its topic too ("a kids show about animals": kids series ranked by
# animals, not kids AND science & nature: actions/planning.py ``_subject_words_as_topic``).
SUBJECT_WORDS: frozenset[str] = frozenset({"space", "nature", "wildlife", "science", "magic", "dating", "animals",
                                           "animal",
                                           # round 24d: the things science fiction is about (nlu/extraction/genres.py
                                           # ``SCI_FI_SUBJECTS`` reads them as sci-fi)
                                           "robots", "robot", "aliens", "alien invasion", "alien invasions",
                                           "spaceship", "spaceships", "space ship", "space ships", "outer space",
                                           "time travel", "time-travel", "time travelling", "time traveling"})
SCI_FI_SUBJECTS: tuple[str, ...] = tuple(sorted(SUBJECT_WORDS - {"space", "nature", "wildlife", "science", "magic", "dating",
                                                                 "animals", "animal"}))
# Sports and games a viewer names as the kind of title ("f1 stuff", "surfing films", "any boxing movies?"): the catalog's
# Sports Movies (``TOPIC_GENRES``); vocabulary, so never a person the catalog lacks (nlu/extraction/unknown_people.py)
# and a slip of one is the word ("basketbal": nlu/extraction/typos.py ``topic_word_slip``).
SPORT_WORDS: frozenset[str] = frozenset("""football soccer basketball baseball boxing boxer boxers tennis cricket rugby
    hockey golf wrestling wrestler wrestlers surfing surfers surfer skateboarding skateboarders skateboarder skating
    skateboard snowboarding skiing gymnastics gymnasts cycling olympics olympic paralympics nfl nba nhl mlb ufc mma
    f1 formula1 nascar motorsport motorsports racing racer racers marathon marathons athletics volleyball climbing
    swimming swimmers sailing rowing fencing bodybuilding sumo kickboxing jiu-jitsu judo polo lacrosse badminton
    cheerleading cheerleaders rodeo esports skater skaters""".split())
# Sports whose word is an everyday word too ("a series to marathon", "heart racing", "a polo shirt", "a sailing trip"):
# in ``SPORT_WORDS`` (never a person, and a slip of one is the word), yet the kind only right before a work noun
# ("racing films", "a marathon doc", "sailing documentaries": ``said_as_kind``).
KIND_ONLY_SPORT_WORDS: frozenset[str] = frozenset("marathon marathons racing racer racers polo sailing".split())
# Nouns naming a work of the catalog, after a word that says its kind ("racing films", "a polo documentary").
WORK_NOUN_PATTERN = (r"movies?|films?|flicks?|docs?|documentar(?:y|ies)|docu-?series|docuseries|series|shows?|biopics?"
                     r"|dramas?|stories|story|programm?es?|tv")
# A sport word before one of these names something else: "boxing day" is the day after Christmas, never the sport.
_NOT_THE_SPORT_AFTER = {"boxing": r"days?"}
# Holidays and seasons: when a viewer watches or what a title is about ("a christmas special", "halloween for the kids",
# "a summer camp movie"), never a person's name written lowercase (nlu/extraction/unknown_people.py) nor a comedian's
# special (nlu/extraction/media.py: "a christmas special" is a holiday title, not stand-up).
HOLIDAY_WORDS: frozenset[str] = frozenset("""christmas xmas christmassy halloween thanksgiving easter hanukkah
    chanukah diwali eid ramadan valentine valentines valentine's holiday holidays festive yuletide""".split())
SEASON_WORDS: frozenset[str] = frozenset("summer winter spring autumn fall summertime wintertime".split())
# Subjects that say what kind of title a viewer expects when no genre is named ("heist movies" are thrillers, action
# or crime about a heist, not a documentary that mentions one): the topic ranks, and the title must be of one of
# these genres while the catalog has any (actions/planning.py ``_subject_genres``).
TOPIC_GENRES: dict[str, tuple[str, ...]] = {
    "heist": ("thriller", "action", "crime"), "heists": ("thriller", "action", "crime"),
    "superhero": ("action", "sci-fi"), "superheroes": ("action", "sci-fi"),
    "kung": ("action",), "martial": ("action",), "karate": ("action",),
    "spy": ("thriller", "action"), "spies": ("thriller", "action"), "espionage": ("thriller", "action"),
    "explosions": ("action",), "shootouts": ("action",), "fights": ("action",),
    # zombies are horror (round 21r): the action & adventure zombie titles are nearly all horror as well
    "zombie": ("horror",), "zombies": ("horror",), "vampire": ("horror", "sci-fi"),
    "vampires": ("horror", "sci-fi"), "haunted": ("horror", "thriller"), "slasher": ("horror",),
    "detective": ("crime", "mystery", "thriller"), "detectives": ("crime", "mystery", "thriller"),
    "whodunit": ("mystery", "crime", "thriller"),
    # the catalog has no western tag: a western is an action & adventure title about the Old West, and the word stays
    # the topic that ranks ("western europe", "western countries" are geography: nlu/extraction/geo.py REGIONS)
    "western": ("action",), "westerns": ("action",),
    # sword fights and period battles: the catalog's samurai titles are action or drama, its ninjas action
    "samurai": ("action", "drama"), "ninja": ("action",), "ninjas": ("action",),
    # a family-animation studio said as the kind ("disney-ish", "pixar-type stuff"): kids' titles
    "disney": ("kids",), "pixar": ("kids",), "dreamworks": ("kids",),
    # the kinds viewers name by their subject: noir and gangsters are crime thrillers, ghosts and demons horror,
    # aliens and robots science fiction, a courtroom a drama or thriller, a war film action or drama
    "noir": ("thriller", "crime"), "gangster": ("crime", "thriller", "action"), "gangsters": ("crime", "thriller", "action"),
    "mafia": ("crime", "thriller", "action"), "mob": ("crime", "thriller", "action"), "cartel": ("crime", "thriller", "action"),
    "cartels": ("crime", "thriller", "action"), "assassin": ("action", "thriller"), "assassins": ("action", "thriller"),
    "hitman": ("action", "thriller"), "cop": ("action", "thriller", "crime"), "cops": ("action", "thriller", "crime"),
    "ghost": ("horror", "thriller"), "ghosts": ("horror", "thriller"), "demon": ("horror",), "demons": ("horror",),
    "exorcism": ("horror",), "possession": ("horror",), "monster": ("horror", "sci-fi", "action"),
    "monsters": ("horror", "sci-fi", "action"), "alien": ("sci-fi",), "aliens": ("sci-fi",), "robot": ("sci-fi",),
    "robots": ("sci-fi",), "courtroom": ("drama", "thriller"), "war": ("action", "drama"), "wartime": ("action", "drama"),
    "survival": ("thriller", "action", "drama"), "satire": ("comedy",), "satirical": ("comedy",),
    "mockumentary": ("comedy",), "pirate": ("action",), "pirates": ("action",),
    # a sport said as the kind ("football films", "any boxing movies?"): the catalog's sports titles (a documentary
    # about one names its genre, and the sport only ranks there)
    **{sport: ("sports",) for sport in SPORT_WORDS},
    # dancing is the music & musicals family ("dance movies", "films with dancing"); magic creatures are fantasy
    **{word: ("music",) for word in ("dance", "dancing", "dancers", "dancer", "ballet", "kpop", "k-pop")},
    **{word: ("fantasy",) for word in ("dragon", "dragons", "wizard", "wizards", "witches", "sorcery", "fairies",
                                        "elves", "unicorns", "mermaids")},
}


def said_as_kind(word: str, text: str | None) -> bool:
    """Whether the topic word ``word`` (a ``TOPIC_GENRES`` word or a slip of one, as said) names the kind of title in
    ``text``: any topic word does, except a ``KIND_ONLY_SPORT_WORDS`` word said nowhere right before a work noun ("a
    series i could marathon", "pulse racing", "a film about a polo player": no sports) and a sport said only before a
    word that makes it something else ("a boxing day film"). Without the text a kind-only sport word says nothing."""
    low, text = word.lower(), text or ""
    said = [m for m in re.finditer(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text, re.IGNORECASE)]
    if low in _NOT_THE_SPORT_AFTER and said:
        said = [m for m in said if not re.match(rf"\s+(?:{_NOT_THE_SPORT_AFTER[low]})\b", text[m.end():], re.IGNORECASE)]
        if not said:
            return False
    if low not in KIND_ONLY_SPORT_WORDS and topic_word(low) not in KIND_ONLY_SPORT_WORDS:
        return True
    return any(re.match(rf"\s+(?:{WORK_NOUN_PATTERN})\b", text[m.end():], re.IGNORECASE) for m in said)


MIN_SLIPPED_TOPIC = 7  # letters of a topic word a slip may stand for: shorter ones are one edit from too many words ("rating")


def topic_word(word: str, known: Callable[[str], bool] = lambda w: False) -> str | None:
    """The ``TOPIC_GENRES`` word ``word`` is, or the one it is a slip of ("basketbal", "skatebording", "wrestlin"): a
    topic word of ``MIN_SLIPPED_TOPIC`` letters or more one edit away, when exactly one is and ``word`` is no word the
    caller ``known`` (the catalog's vocabulary: "facing" is no slip of "racing")."""
    from contract.words import one_slip  # contract.words builds on this module

    low = word.lower()
    if low in TOPIC_GENRES:
        return low
    if len(low) < MIN_SLIPPED_TOPIC - 1 or not low.isalpha() or known(low):
        return None
    near = [t for t in TOPIC_GENRES if len(t) >= MIN_SLIPPED_TOPIC and one_slip(low, t)]
    return near[0] if len(near) == 1 else None


# Genres that are also a subject a title can be about ("a documentary about sports", "about music"): after a search
# of another kind, "about <genre>" asks for the genre too when the catalog has titles of both.
SUBJECT_GENRES: frozenset[str] = frozenset({"sports", "music", "science-nature", "crime", "faith", "lgbtq"})
# Forms: genres that say how a title is made (drawn in the anime style, filmed from life, made for children), not
# what its story is. A story genre said as a follow-up keeps the search's form ("anime series" → "something darker,
# crime or thriller": anime crime or thrillers; "music documentaries" → "hip hop ones": music documentaries) unless
# the viewer drops it ("not anime anymore", "a real film") or names another form. A documentary keeps only the story
# genres a documentary can be about (SUBJECT_GENRES: "a drama" after documentaries is fiction); the other forms keep
# any story genre. docs/contracts.md "Dialogue edit rules".
FORM_GENRES: dict[str, frozenset[str] | None] = {"anime": None, "kids": None, "documentary": SUBJECT_GENRES}


def form_kept_beside(form: str, said: Iterable[str]) -> bool:
    """Whether the search's genre ``form`` stays when the genres ``said`` follow it up (``FORM_GENRES``): it is a
    form, nothing said is a form, and every genre said is one that form takes."""
    if form not in FORM_GENRES:
        return False
    said = list(said)
    takes = FORM_GENRES[form]
    return bool(said) and not any(g in FORM_GENRES for g in said) and (takes is None or all(g in takes for g in said))


def subject_kept_beside(genre: str, said: Iterable[str]) -> bool:
    """Whether the search's genre ``genre`` stays when the genres ``said`` follow it up as its form: every genre said
    is a form that takes ``genre`` as its subject ("a doc" after sports films asks for sports documentaries: the form
    is added, the subject kept; ``FORM_GENRES``). A form that takes any genre (anime, kids) is a collection already."""
    said = list(said)
    return bool(said) and all(genre in (FORM_GENRES.get(g) or ()) for g in said)


COLLECTION_GENRES: frozenset[str] = frozenset({"anime", "kids", "family", "teen", "classic", "cult", "independent",
                                               "international", "lgbtq", "faith"})

# Netflix "listed_in" tag -> canonical genre ids. Tags absent here map to no genre (e.g. "Movies").
NETFLIX_TAG_GENRES: dict[str, tuple[str, ...]] = {
    "Action & Adventure": ("action",),
    "TV Action & Adventure": ("action",),
    "Anime Features": ("anime",),
    "Anime Series": ("anime",),
    "Children & Family Movies": ("kids", "family"),
    "Kids' TV": ("kids",),
    "Classic & Cult TV": ("classic", "cult"),
    "Classic Movies": ("classic",),
    "Cult Movies": ("cult",),
    "Comedies": ("comedy",),
    "TV Comedies": ("comedy",),
    "Stand-Up Comedy": ("comedy", "stand-up"),
    "Stand-Up Comedy & Talk Shows": ("comedy", "stand-up", "talk-show"),
    "Crime TV Shows": ("crime",),
    "Documentaries": ("documentary",),
    "Docuseries": ("documentary",),
    "Science & Nature TV": ("documentary", "science-nature"),
    "Dramas": ("drama",),
    "TV Dramas": ("drama",),
    "Faith & Spirituality": ("faith",),
    "Horror Movies": ("horror",),
    "TV Horror": ("horror",),
    "Independent Movies": ("independent",),
    "International Movies": ("international",),
    "International TV Shows": ("international",),
    "British TV Shows": ("international",),
    "Korean TV Shows": ("international",),
    "Spanish-Language TV Shows": ("international",),
    "LGBTQ Movies": ("lgbtq",),
    "Music & Musicals": ("music",),
    "Reality TV": ("reality",),
    "Romantic Movies": ("romance",),
    "Romantic TV Shows": ("romance",),
    "Sci-Fi & Fantasy": ("sci-fi", "fantasy"),
    "TV Sci-Fi & Fantasy": ("sci-fi", "fantasy"),
    "Sports Movies": ("sports",),
    "Teen TV Shows": ("teen",),
    "TV Mysteries": ("mystery",),
    "Thrillers": ("thriller",),
    "TV Thrillers": ("thriller",),
}

# Netflix tags that say something about the spoken language.
NETFLIX_TAG_LANGUAGES: dict[str, str] = {
    "Korean TV Shows": "ko",
    "Spanish-Language TV Shows": "es",
    "British TV Shows": "en",
}

# Netflix tags that say where a title comes from, whatever its country column lists ("Criminal: Germany" is
# filed under British TV Shows): the recommender's country filters count the tag as that country, so "nothing
# British" leaves it out and "British shows" may find it.
NETFLIX_TAG_COUNTRIES: dict[str, str] = {
    "British TV Shows": "United Kingdom",
    "Korean TV Shows": "South Korea",
}

MEDIA_TYPES: tuple[str, ...] = ("movie", "series", "special", "episode", "album", "podcast", "event")

# Audiences are ordered by the maximum maturity they allow; each includes the ones before it.
# The age mapping (docs/contracts.md "Age mapping"; nlu/extraction/audience.py reads AGE_AUDIENCE):
#   preschool  ages 0-4    TV-Y, TV-G, G                  (a toddler, "my 3 year old", "little kids")
#   kids       ages 5-6    + TV-Y7, TV-Y7-FV              ("my 6 year old")
#   family     ages 7-12   + PG, TV-PG                    ("kids", "family movie night", grandparents, "clean")
# The bands are Netflix's own maturity bands (its "Older Kids 7+" band holds TV-Y7, TV-Y7-FV, PG and TV-PG), which
# is also what viewers mean: a PG title is fine for a 7 year old.
#   teen       ages 13-17  + PG-13, TV-14                 ("teens", "my 15 year old")
#   adult      18 and up   + R, TV-MA, NC-17
AUDIENCES: tuple[str, ...] = ("preschool", "kids", "family", "teen", "adult")
# The oldest age (inclusive) of each audience but the last, youngest first.
AGE_AUDIENCE: tuple[tuple[int, str], ...] = ((4, "preschool"), (6, "kids"), (12, "family"), (17, "teen"))
# What a request for content without swearing or violence ("clean", "no swearing") caps
# the maturity at: TV-PG / PG at most, so it never gets a TV-14, PG-13, TV-MA or R title.
CLEAN_AUDIENCE = "family"
# What a request for nothing sexual or racy ("no sex scenes", "nothing too raunchy", "not too explicit", "nothing
# steamy", "keep it tasteful") caps the maturity at: TV-14 / PG-13 at most (docs/contracts.md "Age mapping"): such
# content is what sets a TV-MA or R apart, while a teen's rating may still swear or fight.
RACY_AUDIENCE = "teen"
# What "for kids" without an age means (the "For kids" button too): what parents show school-age children.
KIDS_WORD_AUDIENCE = "family"
RATING_AUDIENCE: dict[str, str] = {
    "TV-Y": "preschool", "TV-G": "preschool", "G": "preschool", "TV-Y7": "kids", "TV-Y7-FV": "kids",
    "PG": "family", "TV-PG": "family",
    "PG-13": "teen", "TV-14": "teen",
    "R": "adult", "TV-MA": "adult", "NC-17": "adult",
    # NR / UR (not rated) have no audience: they never satisfy an audience constraint.
}
RATINGS: tuple[str, ...] = tuple(RATING_AUDIENCE) + ("NR", "UR")


def ratings_for_audience(audience: str) -> tuple[str, ...]:
    """All ratings suitable for ``audience`` (preschool ⊂ kids ⊂ family ⊂ teen ⊂ adult)."""
    allowed = AUDIENCES[: AUDIENCES.index(audience) + 1]
    return tuple(r for r, a in RATING_AUDIENCE.items() if a in allowed)


def audience_for_age(age: int) -> str:
    """The most mature audience suitable for a viewer of ``age`` (AGE_AUDIENCE)."""
    return next((audience for oldest, audience in AGE_AUDIENCE if age <= oldest), AUDIENCES[-1])


def stricter_audience(*audiences: str | None) -> str | None:
    """The least mature of ``audiences`` (None and unknown values ignored): several viewers, or a cap."""
    known = [a for a in audiences if a in AUDIENCES]
    return min(known, key=AUDIENCES.index) if known else None


# Country -> most likely spoken language (ISO 639-1). Used only where the catalog has no language.
COUNTRY_LANGUAGES: dict[str, str] = {
    "United States": "en", "United Kingdom": "en", "Canada": "en", "Australia": "en", "Ireland": "en",
    "New Zealand": "en", "South Africa": "en", "Nigeria": "en", "India": "hi", "France": "fr",
    "Belgium": "fr", "Japan": "ja", "Spain": "es", "Mexico": "es", "Argentina": "es", "Colombia": "es",
    "Chile": "es", "Peru": "es", "South Korea": "ko", "Germany": "de", "Austria": "de", "China": "zh",
    "Hong Kong": "zh", "Taiwan": "zh", "Italy": "it", "Brazil": "pt", "Portugal": "pt", "Turkey": "tr",
    "Egypt": "ar", "Lebanon": "ar", "Saudi Arabia": "ar", "United Arab Emirates": "ar", "Jordan": "ar",
    "Thailand": "th", "Indonesia": "id", "Philippines": "tl", "Poland": "pl", "Netherlands": "nl",
    "Denmark": "da", "Sweden": "sv", "Norway": "no", "Finland": "fi", "Russia": "ru", "Israel": "he",
    "Malaysia": "ms", "Vietnam": "vi", "Pakistan": "ur", "Iran": "fa", "Greece": "el",
}

# Round 25d: the country a language is first of all ("spanish" → Spain), for an origin said in the other kind of word
# than the search's ("italian films" → "or spanish, either is fine": Italy or Spain). Only languages with one home.
LANGUAGE_HOME_COUNTRIES: dict[str, str] = {
    "es": "Spain", "ko": "South Korea", "zh": "China", "pt": "Portugal", "hi": "India", "fr": "France", "de": "Germany",
    "it": "Italy", "ja": "Japan", "tr": "Turkey", "th": "Thailand", "pl": "Poland", "nl": "Netherlands", "da": "Denmark",
    "sv": "Sweden", "no": "Norway", "fi": "Finland", "ru": "Russia", "he": "Israel", "id": "Indonesia", "tl": "Philippines",
    "vi": "Vietnam", "el": "Greece", "fa": "Iran", "ur": "Pakistan", "ms": "Malaysia",
}

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "hi": "Hindi", "fr": "French", "ja": "Japanese", "es": "Spanish", "ko": "Korean",
    "de": "German", "zh": "Chinese", "it": "Italian", "pt": "Portuguese", "tr": "Turkish",
    "ar": "Arabic", "th": "Thai", "id": "Indonesian", "tl": "Filipino", "pl": "Polish", "nl": "Dutch",
    "da": "Danish", "sv": "Swedish", "no": "Norwegian", "fi": "Finnish", "ru": "Russian",
    "he": "Hebrew", "ms": "Malay", "vi": "Vietnamese", "ur": "Urdu", "fa": "Persian", "el": "Greek",
}

MOODS: tuple[str, ...] = (
    "feel-good", "funny", "scary", "relaxing", "dark", "romantic", "exciting", "thought-provoking",
    "sad", "inspiring", "light", "true-story",
)

# Moods that rule a genre out (round 22d): a cosy, light or comforting evening ("cozy movie night", "nothing heavy",
# "comfort watch", "can't sleep") never shows horror. The recommender applies it as a hard filter beside
# ``exclude_genres`` (recommender/filters.py), not only as the ranking's shift away (recommender/similarity.py
# MOOD_GENRES), so no horror title slips into a relaxing list. Not when the genre is asked for itself ("a cosy horror",
# "horror or comedy") or a mood of its own family is said beside ("spooky but cosy": ``MOOD_ASKS_FOR``).
MOOD_RULES_OUT: dict[str, tuple[str, ...]] = {"relaxing": ("horror",), "feel-good": ("horror",), "light": ("horror",)}
MOOD_ASKS_FOR: dict[str, tuple[str, ...]] = {"scary": ("horror",)}


def genres_moods_rule_out(moods: Sequence[str], asked: Sequence[str] = ()) -> tuple[str, ...]:
    """The genres ``moods`` rule out (``MOOD_RULES_OUT``), less those ``asked`` for or a mood of ``moods`` asks for."""
    kept = {*asked, *(g for m in moods for g in MOOD_ASKS_FOR.get(m, ()))}
    return tuple(dict.fromkeys(g for m in moods for g in MOOD_RULES_OUT.get(m, ()) if g not in kept))


# Round 30C: a scare wished for softly ("a bit spooky", "mildly creepy", "spooky but cute", "cute and a little spooky",
# "halloween-ish", "something halloweeny", "spooky-ish") or by a little child's company (``LITTLE_CHILD_AUDIENCES``: "a
# scary movie for my 4 year old") is the scary mood that ranks, never the horror / thriller shelves: the NLU reads the
# soft phrase whole as the mood (nlu/extraction/soft_scares.py, so none of its words reaches the query) and the actions
# let the shelves go (actions/planning ``_scare_as_a_mood``). "Horror" named as such stays the genre ("a horror film for
# my 4 year old" is answered honestly). "Funny" is a genre family of its own ("creepy but also funny": both kinds), so
# it never softens a scare here.
LITTLE_CHILD_AUDIENCES: frozenset[str] = frozenset({"preschool", "kids"})
SCARE_WORD_PATTERN = (r"(?:scary|scarey|creepy|spooky|spoopy|eerie|ghostly|frightening|halloween(?:y|ish|-ish)?"
                      r"|halloweeny|spook(?:y|ie)?[\s-]?ish|creep(?:y)?[\s-]?ish|scary[\s-]?ish)")
_SOFTLY = (r"(?:(?:just|only|maybe|even)\s+)?(?:a\s+(?:little|tiny|wee|lil|teeny)(?:\s+(?:bit|tiny\s+bit))?(?:\s+of(?:\s+an?)?)?"
           r"|a\s+(?:bit|tad|touch|smidge|smidgen|hint)(?:\s+of(?:\s+an?)?)?|a\s+little\s+bit(?:\s+of)?|(?:teeny|tiny)(?:\s+bit)?"
           r"|slightly|mildly|mild|somewhat|kinda|kind\s+of|sort\s+of|sorta|lightly|gently|vaguely|faintly|semi[\s-]?"
           r"|barely|softly|a\s+lil)")
_GENTLY = (r"(?:cute|cutesy|friendly|gentle|cosy|cozy|silly|sweet|lighthearted|light-hearted|wholesome|adorable"
           r"|kid[\s-]?friendly|family[\s-]?friendly|kiddie|kiddy|goofy|playful|charming|fun|not\s+(?:too\s+|very\s+"
           r"|actually\s+|really\s+|that\s+)?scary|nothing\s+too\s+scary)")
_SOFT_JOIN = r"(?:\s*(?:,|&|-|\band\b|\bbut\b|\byet\b)\s*|\s+)(?:(?:still|also|really|very|super|quite|more|kinda)\s+)?"
SOFT_SCARE_PATTERN = (
    rf"(?:{_GENTLY}{_SOFT_JOIN})?(?:{_SOFTLY}\s+)?{SCARE_WORD_PATTERN}(?:{_SOFT_JOIN}{_GENTLY})?")
_SOFT_SCARE_RE = re.compile(rf"(?<![\w'’-]){SOFT_SCARE_PATTERN}(?![\w'’-])", re.IGNORECASE)
_SOFTENED_RE = re.compile(rf"^(?:{_GENTLY}|{_SOFTLY})\b|\b{_GENTLY}$|[\s-]?ish$|halloween(?:y|ish)$", re.IGNORECASE)


def soft_scare_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the softened scares of ``text`` (comment above): a scare word with a softening word before
    or a gentle word beside it, or said with "-ish"; a bare scare word is none."""
    return [m.span() for m in _SOFT_SCARE_RE.finditer(text) if _SOFTENED_RE.search(m.group().strip())]


def is_soft_scare(phrase: str) -> bool:
    """``phrase`` is one softened scare whole ("a bit spooky but cute"): the span the NLU gives its scary mood."""
    m = _SOFT_SCARE_RE.fullmatch(phrase.strip())
    return m is not None and _SOFTENED_RE.search(m.group().strip()) is not None


# Which genres a mood leans towards and away from (mood -> (towards, away)), strongest first: the ranking's shift of
# a like-search ("like Stranger Things but less scary": recommender/similarity.py) and the catalog-grounded verdict on
# two titles compared by a quality ("which is creepier, <A> or <B>": actions/compared_fit.py) read this one table.
MOOD_LEANINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "light": (("comedy", "family"), ("horror", "thriller")),
    "feel-good": (("comedy", "family", "romance"), ("horror", "thriller", "crime")),
    "relaxing": ((), ("horror", "thriller", "action")),
    "funny": (("comedy",), ("horror",)),
    "romantic": (("romance",), ("horror",)),
    "scary": (("horror", "thriller"), ()),
    "dark": (("crime", "thriller", "horror"), ("kids", "family")),
    "exciting": (("action", "thriller"), ()),
}
# Moods that are each other's reverse: the lighter of two titles is the less dark, and the other way round, so a
# quality whose own genres leave two titles level is read again by its reverse ("which is darker": the comedy is not).
MOOD_OPPOSITES: dict[str, str] = {"light": "dark", "dark": "light"}


# Free-text expansion of a mood for semantic ranking (soft signal only).
MOOD_TEXT: dict[str, str] = {
    "feel-good": "uplifting heartwarming feel-good happy ending friendship",
    "funny": "hilarious funny comedy laughs",
    "scary": "terrifying scary horror suspense haunted",
    "relaxing": "calm relaxing gentle soothing easygoing",
    "dark": "dark gritty disturbing violent crime",
    "romantic": "romantic love story relationship",
    "exciting": "thrilling exciting action-packed adventure",
    "thought-provoking": "thought-provoking philosophical complex ideas",
    "sad": "emotional tearjerker tragic loss",
    "inspiring": "inspiring true story triumph overcoming odds",
    "light": "light-hearted breezy fun easy watch",
    "true-story": "based on a true story real life biography biopic real events",
}

# The media types a viewer can narrow to in a video catalog ("not a series" -> the others).
VIEWER_MEDIA_TYPES: tuple[str, ...] = ("movie", "series", "special")
GENRE_LABELS: dict[str, str] = {g.id: g.label for g in GENRES}


def genre_label(genre_id: str) -> str:
    """Human label of a genre id ("sci-fi" -> "Science fiction"); unknown ids are shown as-is."""
    return GENRE_LABELS.get(genre_id, genre_id)


def language_label(code: str) -> str:
    """Human name of an ISO 639-1 code ("ko" -> "Korean"); unknown codes are shown as-is."""
    return LANGUAGE_NAMES.get(code, code)
