"""Countries and languages: "Korean" → language ko, "British" → country United Kingdom, "Bollywood".

Contracts §5 resolution: a nationality adjective names the *country* ("British", "American", "Indian",
"French", "German", "Japanese": ``NATIONALITIES``), except the adjectives of languages a catalog tags by
language or speaks across a region ("Korean", "Spanish", "Chinese", "Arabic", "Portuguese", "Hindi"),
which yield the *language* (the catalog files "Korean TV Shows" and "Spanish-Language TV Shows" whatever
the country). "In French", "French-language", "French-speaking", "dubbed in German" always yield the
language. Country nouns ("from Korea", "Japan") are
countries. "Bollywood" is India + Hindi (+ movie: a film industry), "k-drama" genre drama + Korean (+ series), as the plural "korean dramas" (``DRAMA_SERIES_ORIGINS``). Country names that are also
everyday words or first names ("Chad", "Jordan", "Turkey") only count when capitalised.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from contract.vocabulary import COUNTRY_LANGUAGES, FOREIGN_ORIGIN_WORDS, LANGUAGE_NAMES
from contract.words import PARTNER_PATTERN
from contract.world_countries import WORLD_COUNTRIES

from .spans import EXCLUDE as EXCLUDE_ROLE, Found
from .terms import Term, with_unaccented
from .utterance import Utterance

LANGUAGE_ALIASES: dict[str, str] = {"mandarin": "zh", "cantonese": "zh", "farsi": "fa", "tagalog": "tl",
                                    "brazilian portuguese": "pt", "castilian": "es"}
COUNTRY_ADJECTIVES: dict[str, str] = {
    "american": "United States", "hollywood": "United States", "british": "United Kingdom",
    "scottish": "United Kingdom", "welsh": "United Kingdom", "brit": "United Kingdom", "indian": "India", "canadian": "Canada",
    "australian": "Australia", "aussie": "Australia", "irish": "Ireland", "south african": "South Africa",
    "nigerian": "Nigeria", "mexican": "Mexico", "argentinian": "Argentina",
    "argentine": "Argentina", "colombian": "Colombia", "chilean": "Chile", "peruvian": "Peru",
    "brazilian": "Brazil", "egyptian": "Egypt", "lebanese": "Lebanon", "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates", "jordanian": "Jordan", "belgian": "Belgium", "austrian": "Austria",
    "taiwanese": "Taiwan", "south korean": "South Korea", "pakistani": "Pakistan", "iranian": "Iran",
    "israeli": "Israel", "swiss": "Switzerland", "new zealand": "New Zealand", "kiwi": "New Zealand",
    "hong kong": "Hong Kong", "filipino": "Philippines", "philippine": "Philippines", "spanish-made": "Spain",
    # every other country of the shipped catalog's country column, by its adjective (the language adjectives
    # "chinese", "portuguese", "malay" stay the language; "georgian" is left out: a period, not a country)
    "singaporean": "Singapore", "malaysian": "Malaysia", "czech": "Czech Republic", "romanian": "Romania",
    "uruguayan": "Uruguay", "luxembourgish": "Luxembourg", "hungarian": "Hungary", "icelandic": "Iceland",
    "bulgarian": "Bulgaria", "qatari": "Qatar", "kuwaiti": "Kuwait", "serbian": "Serbia", "kenyan": "Kenya",
    "cambodian": "Cambodia", "moroccan": "Morocco", "ghanaian": "Ghana", "west german": "West Germany",
    "venezuelan": "Venezuela", "bangladeshi": "Bangladesh", "croatian": "Croatia", "algerian": "Algeria",
    "syrian": "Syria", "senegalese": "Senegal", "maltese": "Malta", "zimbabwean": "Zimbabwe",
    "soviet": "Soviet Union", "ukrainian": "Ukraine", "slovenian": "Slovenia", "slovene": "Slovenia",
    "nepali": "Nepal", "nepalese": "Nepal", "mauritian": "Mauritius", "caymanian": "Cayman Islands",
    "namibian": "Namibia", "guatemalan": "Guatemala", "iraqi": "Iraq", "burkinabe": "Burkina Faso",
    "ethiopian": "Ethiopia", "cameroonian": "Cameroon", "palestinian": "Palestine", "angolan": "Angola",
    "mozambican": "Mozambique", "belarusian": "Belarus", "puerto rican": "Puerto Rico", "cypriot": "Cyprus",
    "malawian": "Malawi", "paraguayan": "Paraguay", "albanian": "Albania", "slovak": "Slovakia",
    "slovakian": "Slovakia", "bermudian": "Bermuda", "ecuadorian": "Ecuador", "armenian": "Armenia",
    "mongolian": "Mongolia", "bahamian": "Bahamas", "sri lankan": "Sri Lanka", "latvian": "Latvia",
    "cuban": "Cuba", "nicaraguan": "Nicaragua", "dominican": "Dominican Republic", "samoan": "Samoa",
    "azerbaijani": "Azerbaijan", "botswanan": "Botswana", "jamaican": "Jamaica", "kazakh": "Kazakhstan",
    "kazakhstani": "Kazakhstan", "lithuanian": "Lithuania", "afghan": "Afghanistan", "somali": "Somalia",
    "sudanese": "Sudan", "panamanian": "Panama", "ugandan": "Uganda", "east german": "East Germany",
    "montenegrin": "Montenegro", "liechtensteiner": "Liechtenstein",
    # India's film languages other than Hindi: the catalog has no language column for them, so the country
    "tamil": "India", "telugu": "India", "malayalam": "India", "kannada": "India", "marathi": "India",
    "bengali": "India", "punjabi": "India",
}
COUNTRY_ALIASES: dict[str, str] = {
    "usa": "United States", "u.s.a.": "United States", "u.s.": "United States", "america": "United States",
    "the states": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "england": "United Kingdom", "scotland": "United Kingdom",
    "korea": "South Korea", "uae": "United Arab Emirates",
}
CASE_SENSITIVE_ALIASES: dict[str, str] = {"US": "United States", "U.S": "United States", "U.S.": "United States",
                                          "U.K.": "United Kingdom", "USA": "United States", "UK": "United Kingdom",
                                          # "the us" in lower case is the country ("nothing from the us"): the
                                          # pronoun never follows "the"
                                          "the us": "United States", "the u.s": "United States",
                                          "the u.s.": "United States", "The us": "United States"}
# Film industries name movies of an origin: "something bollywood" is an Indian (Hindi) movie. The media type is a
# companion on the word's span, as the language is; a series noun after the word overrides it.
FILM_INDUSTRIES: dict[str, tuple[str, str | None]] = {"bollywood": ("India", "hi"), "nollywood": ("Nigeria", None),
                                                      "tollywood": ("India", None), "kollywood": ("India", None)}
_SERIES_NOUNS = ("series", "show", "shows", "tv")
# Region words name several countries, any of them ("scandinavian crime series"): the first is the entity, the
# others companions on the same span. Viewers say "Scandinavian" for the whole Nordic region.
MAX_REGION_COUNTRIES = 20  # a region offers its 20 best-stocked countries at most; several regions add up (contract MAX_COUNTRIES)
_NORDIC = ("Sweden", "Norway", "Denmark", "Finland", "Iceland")
# Europe: the catalog's European production countries with a title count worth offering (a country excluded in the
# same message — "european horror, not british" — is taken out by the exclusion), at most 20 (MAX_REGION_COUNTRIES).
_EUROPE = ("United Kingdom", "France", "Spain", "Germany", "Italy", "Belgium", "Netherlands", "Denmark", "Sweden",
           "Norway", "Poland", "Ireland", "Finland", "Iceland", "Switzerland", "Austria",
           "Czech Republic", "Greece", "Hungary", "Romania")
# Asia, Africa, the Middle East: the catalog's production countries of each region, at most MAX_REGION_COUNTRIES
# (Egypt is both African and Middle Eastern, as viewers use the words). "East asian" is the region viewers mean by k-dramas, anime and wuxia.
_EAST_ASIA = ("Japan", "South Korea", "China", "Hong Kong", "Taiwan", "Mongolia")
_SOUTH_ASIA = ("India", "Pakistan", "Bangladesh", "Nepal", "Sri Lanka", "Afghanistan")
_SOUTHEAST_ASIA = ("Indonesia", "Philippines", "Thailand", "Singapore", "Malaysia", "Vietnam", "Cambodia")
_ASIA = _EAST_ASIA + _SOUTH_ASIA + _SOUTHEAST_ASIA
_AFRICA = ("Nigeria", "South Africa", "Egypt", "Kenya", "Morocco", "Ghana", "Algeria", "Senegal", "Zimbabwe",
           "Namibia", "Ethiopia", "Cameroon", "Angola", "Mozambique", "Malawi", "Botswana", "Somalia", "Sudan",
           "Uganda", "Mauritius")
_MIDDLE_EAST = ("Egypt", "Turkey", "Lebanon", "United Arab Emirates", "Israel", "Saudi Arabia", "Qatar", "Jordan",
                "Kuwait", "Iran", "Syria", "Iraq", "Palestine")
_LATIN_AMERICA = ("Mexico", "Argentina", "Colombia", "Chile", "Brazil", "Peru", "Uruguay", "Venezuela", "Cuba",
                  "Guatemala", "Ecuador", "Paraguay", "Nicaragua", "Panama", "Dominican Republic", "Puerto Rico")
_CENTRAL_AMERICA = ("Guatemala", "Belize", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama")
# North America is the continent's three countries, never the United States alone its "america" would read
_NORTH_AMERICA = ("United States", "Canada", "Mexico")
# Western Europe, and the West at large ("western countries", "the western world"): geography, never the western
# genre (vocabulary.TOPIC_GENRES reads "western(s)" left in the query as the action family), so the words are
# consumed here as the region.
_WESTERN_EUROPE = ("United Kingdom", "France", "Spain", "Germany", "Italy", "Belgium", "Netherlands", "Ireland",
                   "Switzerland", "Austria", "Portugal", "Luxembourg")
_THE_WEST = _WESTERN_EUROPE + ("United States", "Canada", "Australia", "New Zealand")
REGIONS: dict[str, tuple[str, ...]] = {
    "western european": _WESTERN_EUROPE, "western europe": _WESTERN_EUROPE, "western countries": _THE_WEST,
    "western world": _THE_WEST, "the western world": _THE_WEST, "western nations": _THE_WEST,
    "western country": _THE_WEST,
    "scandinavian": _NORDIC, "scandinavia": _NORDIC, "scandi": _NORDIC, "nordic": _NORDIC, "nordic noir": _NORDIC,
    "european": _EUROPE,  # not "europe": "a trip to europe" is where the viewer goes, not what they watch
    "latin american": _LATIN_AMERICA, "latin america": _LATIN_AMERICA, "latino": _LATIN_AMERICA,
    "south american": _LATIN_AMERICA,
    # the continents' nouns only after "from" ("a trip across asia" is a topic, "from asia" an origin)
    "asian": _ASIA, "from asia": _ASIA, "east asian": _EAST_ASIA, "south asian": _SOUTH_ASIA, "desi": _SOUTH_ASIA,
    "southeast asian": _SOUTHEAST_ASIA, "south east asian": _SOUTHEAST_ASIA, "south-east asian": _SOUTHEAST_ASIA,
    "african": _AFRICA, "from africa": _AFRICA, "west african": ("Nigeria", "Ghana", "Senegal", "Cameroon", "Burkina Faso"),
    "middle eastern": _MIDDLE_EAST, "middle-eastern": _MIDDLE_EAST, "from the middle east": _MIDDLE_EAST,
    "mideast": _MIDDLE_EAST,
    "from europe": _EUROPE,
    # "from anywhere in south america", "anything made anywhere in asia": the continent is where titles may come from
    "anywhere in south america": _LATIN_AMERICA, "anywhere in latin america": _LATIN_AMERICA,
    "anywhere in asia": _ASIA, "anywhere in africa": _AFRICA, "anywhere in europe": _EUROPE,
    "anywhere in the middle east": _MIDDLE_EAST,
    "central american": _CENTRAL_AMERICA, "north american": _NORTH_AMERICA,
}
# The Americas south of the United States said as an origin or setting ("set in south america", "out of central
# america", "from south america"): the region, never the United States its "america" would read alone. Only after an
# origin's preposition ("latin america" reads so with any word before it).
_AMERICAS_SOUTH = {"south america": _LATIN_AMERICA, "central america": _CENTRAL_AMERICA, "north america": _NORTH_AMERICA}
_ORIGIN_LEADS = ("from", "in", "out of")  # "in" is also "set in", "made in", "filmed in"
REGIONS.update({f"{lead} {name}": countries for lead in _ORIGIN_LEADS for name, countries in _AMERICAS_SOUTH.items()})
# "k-drama": genre + the language that defines it.
DRAMA_PREFIXES: dict[str, str] = {"k": "ko", "j": "ja", "c": "zh"}
# Origins whose "dramas" are a TV format: viewers say "korean dramas", "turkish dramas" for the series (the
# k-drama, the dizi); the plural names the format, so genre drama + the origin + series on one span. A movie
# noun after it still says movie ("korean dramas films" is rare; "a korean drama film" is the singular: a film).
DRAMA_SERIES_ORIGINS: dict[str, tuple[str, str]] = {
    "korean": ("language", "ko"), "south korean": ("country", "South Korea"), "japanese": ("country", "Japan"),
    "chinese": ("language", "zh"), "taiwanese": ("country", "Taiwan"), "thai": ("country", "Thailand"),
    "turkish": ("country", "Turkey"),
}
# Adjectives of one country's people: "french films" are films from France (not any French-speaking country:
# a Belgian film is not what a viewer means), so the bare adjective is the country. Their language forms
# ("in french", "french-language") stay the language.
NATIONALITIES: dict[str, str] = {
    "french": "France", "german": "Germany", "japanese": "Japan", "italian": "Italy", "turkish": "Turkey",
    "thai": "Thailand", "polish": "Poland", "dutch": "Netherlands", "danish": "Denmark", "swedish": "Sweden",
    "norwegian": "Norway", "finnish": "Finland", "russian": "Russia", "greek": "Greece",
    "indonesian": "Indonesia", "vietnamese": "Vietnam",
}
_LANGUAGE_FORMS = ("{}", "{}-language", "{} language", "{} lang", "{}-lang", "in {}", "{}-speaking", "{} speaking", "{} audio",
                   "{} dubbed", "dubbed in {}")


def _language_terms() -> list[tuple[str, Term]]:
    names = {name.lower(): code for code, name in LANGUAGE_NAMES.items()} | LANGUAGE_ALIASES
    return [(form.format(name), Term("language", code)) for name, code in names.items() for form in _LANGUAGE_FORMS
            if not (form == "{}" and name in NATIONALITIES)]


def _known_country_terms() -> list[tuple[str, Term]]:
    out = [(adj, Term("country", c)) for adj, c in (COUNTRY_ADJECTIVES | NATIONALITIES).items()]
    # An ambiguous country name is the country after "from" / "in" / "country" whatever its case ("anything from turkey",
    # "films from my country turkey").
    out += [(f"{prep} {name.lower()}", Term("country", name)) for name in COUNTRY_LANGUAGES
            if name.lower() in AMBIGUOUS_COUNTRY_WORDS for prep in ("from", "in", "made in", "set in", "country")]
    out += [(alias, Term("country", c)) for alias, c in COUNTRY_ALIASES.items()]
    out += [(alias, Term("country", c, case_sensitive=True)) for alias, c in CASE_SENSITIVE_ALIASES.items()]
    return out + country_name_terms(COUNTRY_LANGUAGES)


def _country_terms() -> list[tuple[str, Term]]:
    return _known_country_terms() + _world_country_terms()


def _world_country_terms() -> list[tuple[str, Term]]:
    """Every other country of the world, by name and demonym: one the catalog lacks is said so, never misread."""
    return country_name_terms(WORLD_COUNTRIES) + [(d, Term("country", c)) for c, names in WORLD_COUNTRIES.items()
                                                  for d in names]


@lru_cache(maxsize=1)
def world_only_words() -> frozenset[str]:
    """Country words known only from the world table ("samoa", "bolivian"): read when typed right, but no slip is
    corrected to them ("samosa" is no Samoa) — a rare country is a costly guess."""
    known = {p.lower() for p, _ in (*_special_terms(), *_known_country_terms(), *_language_terms(), *_foreign_terms())}
    return frozenset(p.lower() for p, _ in _world_country_terms()) - known


# Country names that are everyday words or first names: they only count when capitalised.
AMBIGUOUS_COUNTRY_WORDS = frozenset({"chad", "jordan", "turkey", "georgia", "guinea", "niger", "malta", "mali",
                                     "panama", "cuba", "israel", "togo", "oman", "dominica", "grenada"})


def country_name_terms(countries: Iterable[str]) -> list[tuple[str, Term]]:
    """Country names as written in the catalog; one-word names that are everyday words or first names
    ("Chad", "Turkey", "Jordan": AMBIGUOUS_COUNTRY_WORDS) are case-sensitive. (Not the common-word
    list: that is the catalog's vocabulary, which holds every country its descriptions mention.)"""
    out = []
    for name in dict.fromkeys(countries):
        ambiguous = " " not in name and name.lower() in AMBIGUOUS_COUNTRY_WORDS
        out.append((name if ambiguous else name.lower(), Term("country", name, case_sensitive=ambiguous)))
    return out


# Not wanting subtitles is asking for titles in English (the language the bot speaks): the negation is
# part of the phrase, so negation.py leaves it alone.
NO_SUBTITLES = ("no subtitles", "no subs", "without subtitles", "nothing with subtitles", "not subtitled",
                "nothing subtitled", "no subtitled", "don't want subtitles", "dont want subtitles",
                "don't want to read subtitles", "hate subtitles", "hate reading subtitles", "can't do subtitles",
                "no reading subtitles", "nothing i have to read", "nothing we have to read", "nothing i need to read",
                "nothing we need to read", "nothing to read", "nothing where i have to read",
                "nothing where we have to read", "don't want to read", "dont want to read", "no reading",
                "without reading", "hate reading", "can't read subtitles", "cant read subtitles")


# "Subtitles" alone says nothing until it is negated ("my wife doesn't do subtitles", "she can't stand subs"):
# negation.py turns a negated one into language English (the bot's language) and drops it otherwise.
SUBTITLES = "subtitles"
SUBTITLE_WORDS = ("subtitles", "subtitle", "subs", "subtitled", "reading subtitles", "subtitled stuff",
                  "foreign subtitles")


def _special_terms() -> list[tuple[str, Term]]:
    out = []
    for word, (country, language) in FILM_INDUSTRIES.items():
        origin = (("language", language),) if language else ()
        out.append((word, Term("country", country, extra=origin + (("media_type", "movie"),))))
        # "bollywood series": the media noun names the format; the industry word is then only the origin
        out += [(f"{word} {noun}", Term("country", country, extra=origin, head=("media_type", "series")))
                for noun in _SERIES_NOUNS]
    out += [(p, Term("language", "en")) for p in NO_SUBTITLES]
    out += [(p, Term(SUBTITLES, "en")) for p in SUBTITLE_WORDS]
    # "with english subs", "subtitles in english": the subtitles' language, never the audio's (the audio is
    # then some other language); the phrase is claimed as bare "subtitles", so its language is no constraint.
    names = {name.lower() for name in LANGUAGE_NAMES.values()} | set(LANGUAGE_ALIASES)
    out += [(form.format(name=name, subs=subs), Term(SUBTITLES, "en")) for name in sorted(names)
            for subs in ("subtitles", "subtitle", "subs", "captions", "cc")
            for form in ("{name} {subs}", "{subs} in {name}")]
    out += [(f"subtitled in {name}", Term(SUBTITLES, "en")) for name in sorted(names)]
    out += [(region, Term("country", countries[0], extra=tuple(("country", c) for c in countries[1:])
                          + ((("genre", "crime"),) if region.endswith("noir") else ())))
            for region, countries in REGIONS.items()]
    for prefix, code in DRAMA_PREFIXES.items():
        for genre in ("drama", "dramas"):
            # a k-drama is a series (the films are "Korean movies"); a movie noun after it still says movie
            out.append((f"{prefix}-{genre}", Term("genre", "drama", extra=(("language", code), ("media_type", "series")))))
            for noun in ("movie", "movies", "film", "films"):
                out.append((f"{prefix}-{genre} {noun}", Term("genre", "drama", extra=(("language", code),),
                                                               head=("media_type", "movie"))))
    for adjective, origin in DRAMA_SERIES_ORIGINS.items():
        out.append((f"{adjective} dramas", Term("genre", "drama", extra=(origin, ("media_type", "series")))))
        for noun in ("movie", "movies", "film", "films"):
            out.append((f"{adjective} dramas {noun}", Term("genre", "drama", extra=(origin,),
                                                             head=("media_type", "movie"))))
    return out


def terms() -> list[tuple[str, Term]]:
    """Built-in geo lexicon (the gazetteer's extra country names are added per extractor)."""
    return [*_special_terms(), *_country_terms(), *_language_terms(), *_foreign_terms()]


def _foreign_terms() -> list[tuple[str, Term]]:
    """Origin adjectives of other languages (vocabulary.FOREIGN_ORIGIN_WORDS), with and without accents."""
    return [(p, Term(entity, value)) for (entity, value), words in FOREIGN_ORIGIN_WORDS.items()
            for p in with_unaccented(words)]


# "us" in lower case is the pronoun, except joined to another country: "us or uk", "uk and us", "the uk/us",
# "canada, us or uk" (the pronoun never stands in a list of countries).
_US_BEFORE_RE = re.compile(r"\bus\s*(?:,|/|&|\bor\b|\band\b|\band/or\b)\s*(?:the\s+)?$", re.IGNORECASE)
_US_AFTER_RE = re.compile(r"\s*(?:,|/|&|\bor\b|\band\b|\band/or\b)\s*(?:the\s+)?(?P<us>us)\b(?![.'’]\w)", re.IGNORECASE)


# "us" after a word that takes the pronoun ("the two of us, uk comedies", "for us, the uk", "between us") is the pronoun
# even beside a country and a comma.
_US_PRONOUN_BEFORE_RE = re.compile(r"\b(?:of|for|with|to|both|between|among|amongst)\s+$", re.IGNORECASE)


# Round 26b: a negator right before "us" ("not us/uk", "no us or canada"): the list it opens is ruled out.
_US_NEGATED_RE = re.compile(r"\b(?:not|no|non|nothing|anything\s+but|except|excluding|but)[\s-]+(?:the\s+)?$",
                            re.IGNORECASE)
# Round 26b: "us" ruled out as the whole message ("not us", "no us pls", "non-us ones") is the country: the pronoun is
# never turned down alone.
_US_RULED_OUT_ALONE_RE = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|hmm+|um+|but|and|just|actually|oh)[\s,]+)*(?:not|no|non|nothing)[\s-]+(?P<us>us)"
    r"(?:\s+(?:ones|stuff|films|movies|shows|titles|pls|plz|please|though|then|thx|thanks))*\s*[.!?]*\s*$",
    re.IGNORECASE)


def us_beside_countries(text: str, found: list[Found]) -> list[Found]:
    """Lower-case "us" joined to a country the message names is the United States (``_US_BEFORE_RE``), with that
    country's role; a negator before the "us" that opens the list rules out the whole list ("not us/uk"); "us" ruled
    out as the whole message is the country (``_US_RULED_OUT_ALONE_RE``, round 26b)."""
    countries = [f for f in found if f.entity == "country" and f.role in (None, EXCLUDE_ROLE)]
    added: list[Found] = []
    excluded: set[int] = set()
    taken = [(f.start, f.end) for f in found]
    for f in countries:
        before = _US_BEFORE_RE.search(text, max(0, f.start - 20), f.start)
        after = _US_AFTER_RE.match(text, f.end)
        for start, end in ([(before.start(), before.start() + 2)] if before else []) + (
                [(after.start("us"), after.end("us"))] if after else []):
            if _US_PRONOUN_BEFORE_RE.search(text, max(0, start - 12), start):
                continue
            if text[start:end].lower() == "us" and not any(s < end and start < e for s, e in taken):
                negated = start < f.start and _US_NEGATED_RE.search(text, max(0, start - 24), start)
                joiner = text[end:f.start] if start < f.start else text[f.end:start]
                # "not uk, us then": a bare comma after a country ruled out starts the wish, no list of the ruled out
                role = EXCLUDE_ROLE if negated else None if joiner.strip() == "," else f.role
                if negated:
                    excluded.add(id(f))
                added.append(Found("country", start, end, "United States", role))
                taken.append((start, end))
    alone = _US_RULED_OUT_ALONE_RE.match(text)
    if alone and not any(s < alone.end("us") and alone.start("us") < e for s, e in taken):
        added.append(Found("country", alone.start("us"), alone.end("us"), "United States", EXCLUDE_ROLE))
    if not added:
        return found
    found = [replace(f, role=EXCLUDE_ROLE) if id(f) in excluded else f for f in found]
    return sorted(found + added, key=lambda f: (f.start, f.end))


# Round 25d: talk of countries ("and from neighbouring countries? turkey maybe", "which country, jordan?") makes an
# ambiguous country word the country in lower case too: the message is about places, not birds or first names.
_COUNTRY_TALK_RE = re.compile(r"\b(?:countr(?:y|ies)|nations?|neighbou?r(?:ing|s)?)\b", re.IGNORECASE)
_AMBIGUOUS_WORD_RE = re.compile(r"\b(?P<name>" + "|".join(sorted(AMBIGUOUS_COUNTRY_WORDS)) + r")\b")


def countries_in_country_talk(text: str, found: list[Found]) -> list[Found]:
    """Lower-case ambiguous country words (``AMBIGUOUS_COUNTRY_WORDS``) read as countries in a message that speaks of
    countries (``_COUNTRY_TALK_RE``), where nothing else was read on them."""
    if not _COUNTRY_TALK_RE.search(text):
        return found
    names = {c.lower(): c for c in (*COUNTRY_LANGUAGES, *WORLD_COUNTRIES)}
    added = [Found("country", m.start(), m.end(), names[m["name"]]) for m in _AMBIGUOUS_WORD_RE.finditer(text)
             if m["name"] in names and not any(f.start < m.end() and m.start() < f.end for f in found)]
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found


# Words that may join the origins of one either-of list ("danish or swedish or norwegian", "korean and/or
# japanese", "french, italian or spanish").
_EITHER_JOINERS = frozenset({"or", ",", "/", "either", "and/or", "maybe", "perhaps"})
_ORIGIN = ("country", "language")


# An origin's way of speaking or filming the viewer finds annoying, the origin word the subject of the annoyance
# ("american accents drive me mad", "the french ones get on my nerves", "hollywood endings grate on me"): a complaint,
# never an origin wished for (round 22i). At most two words between the origin and the annoyance, no relative pronoun
# ("a french film that drives me mad with suspense" keeps France).
_ANNOYS_AFTER_RE = re.compile(
    r"\s*(?:(?!(?:that|which|who|with)\b)[\w'-]+\s+){0,2}?(?:(?:drive|drives|driving|are\s+driving|is\s+driving)\s+me\s+(?:mad|crazy|nuts|insane"
    r"|bonkers|up\s+the\s+wall|round\s+the\s+bend)|(?:get|gets|getting)\s+on\s+my\s+nerves"
    r"|(?:annoy|annoys|irritate|irritates|bug|bugs|grate\s+on|grates\s+on)\s+me|(?:do|does)\s+my\s+head\s+in"
    r"|(?:is|are)\s+(?:so\s+|really\s+|just\s+|too\s+)?(?:annoying|grating|irritating|unbearable|painful))\b",
    re.IGNORECASE)


def annoying_origins(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the origins the viewer complains about (``_ANNOYS_AFTER_RE``): neither wished nor refused
    ("i'd love a romcom, but american accents drive me mad. british?" asks for British romcoms only)."""
    return [f for f in found if not (f.entity in _ORIGIN and f.role is None and _ANNOYS_AFTER_RE.match(text, f.end))]


# A title's name in a language ("la casa de papel, whatever it's called in english", "what is it called in spanish"):
# the language the name is said in, no wish for titles in it (round 35).
_NAME_IN_LANGUAGE_RE = re.compile(r"\b(?:called|named|titled|known\s+as|the\s+name\s+is|name)\s+(?:in\s+)?$", re.IGNORECASE)


def names_in_a_language(text: str, found: list[Found]) -> list[Found]:
    """``found`` without a language a title's name is said in (``_NAME_IN_LANGUAGE_RE`` right before its span)."""
    return [f for f in found if not (f.entity == "language" and f.role is None
                                     and _NAME_IN_LANGUAGE_RE.search(text[:f.start]))]


# Round 25f: the people of a country, plural, ruled out ("no canadians", "nothing with aussies", "not the germans") are
# that country ruled out. Only after a refusal: "a film about mexicans in texas" is a topic, never an origin.
_PEOPLE_PLURALS: dict[str, str] = {
    **{f"{adj}s": c for adj, c in (COUNTRY_ADJECTIVES | NATIONALITIES).items()
       if " " not in adj and adj.endswith(("an", "i", "brit", "aussie", "kiwi")) and adj != "indian"},
    "yanks": "United States", "brits": "United Kingdom", "englishmen": "United Kingdom", "frenchmen": "France",
}
_REFUSED_PEOPLE_RE = re.compile(
    r"\b(?:no|not|without|nothing\s+(?:with|by)|none\s+of\s+the|no\s+more|not\s+(?:any|more))\s+(?:the\s+|any\s+)?"
    r"(?P<people>" + "|".join(sorted(_PEOPLE_PLURALS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# A complaint about the list's origin ("those are all danish, anything else?", "it's only korean stuff, something
# different"): the origin said of the list shown, then another asked for, is that origin ruled out.
_LIST_IS_ORIGIN_RE = re.compile(
    r"\b(?:that'?s|thats|that\s+is|these\s+are|those\s+are|they'?re|theyre|they\s+are|it'?s|its|all\s+of\s+them\s+are)"
    r"\s+(?:all|only|just|mostly|so|too|way\s+too|very)\s+$", re.IGNORECASE)
_ASKS_ANOTHER_RE = re.compile(r"\b(?:else|other|others|different|instead|besides)\b", re.IGNORECASE)


def refused_origin_people(text: str, found: list[Found]) -> list[Found]:
    """Countries ruled out by their people (``_REFUSED_PEOPLE_RE``) or by a complaint that the list is all of one
    origin followed by a wish for another (``_LIST_IS_ORIGIN_RE`` + ``_ASKS_ANOTHER_RE``)."""
    out = []
    for f in found:
        if (f.entity == "country" and f.role is None and _LIST_IS_ORIGIN_RE.search(text, max(0, f.start - 30), f.start)
                and _ASKS_ANOTHER_RE.search(text, f.end)):
            f = f.with_role("exclude")
        out.append(f)
    added = [Found("country", m.start("people"), m.end("people"), _PEOPLE_PLURALS[m["people"].lower()], "exclude")
             for m in _REFUSED_PEOPLE_RE.finditer(text)
             if not any(f.start < m.end("people") and m.start("people") < f.end for f in found)]
    return sorted(out + added, key=lambda f: (f.start, f.end)) if added else out


def either_origins(utt: Utterance, found: list[Found]) -> list[Found]:
    """Countries and languages named as one either-of list, and a region narrowed by the countries named in it.

    * A list joined by "or" that mixes countries and languages ("korean or japanese dramas": language ``ko``,
      country Japan) is one slot of alternatives: its countries become their languages (``COUNTRY_LANGUAGES``;
      a language matches its countries and its catalog tags), so no item has to be both.
    * A region ("scandinavian", "nordic") followed by some of its countries ("…, danish or swedish") is
      those countries only; every span keeps an entity, so no word of the list reaches the query."""
    origins = sorted((f for f in found if f.entity in _ORIGIN and f.role is None), key=lambda f: f.start)
    changed: dict[int, Found | None] = {}
    # region narrowing: a span carrying several countries is a region
    spans: dict[tuple[int, int], list[Found]] = {}
    for f in origins:
        if f.entity == "country":
            spans.setdefault((f.start, f.end), []).append(f)
    regions = {s: fs for s, fs in spans.items() if len(fs) > 1}
    for (start, end), members in regions.items():
        named = {f.value for f in origins if f.entity == "country" and (f.start, f.end) not in regions}
        inside = {f.value for f in members} & named
        if inside and named <= {f.value for f in members}:
            for f in members:
                if f.value not in inside:
                    changed[id(f)] = None
    # mixed either-of lists
    singles = [f for f in origins if (f.start, f.end) not in regions]
    groups: list[list[Found]] = []
    for f in singles:
        if groups and _joined_by_or(utt.text[groups[-1][-1].end:f.start]):
            groups[-1].append(f)
        else:
            groups.append([f])
    for group in groups:
        kinds = {f.entity for f in group}
        if len(group) > 1 and kinds == set(_ORIGIN) and all(
                f.entity == "language" or f.value in COUNTRY_LANGUAGES for f in group):
            for f in group:
                if f.entity == "country":
                    changed[id(f)] = replace(f, entity="language", value=COUNTRY_LANGUAGES[f.value])
    if not changed:
        return found
    return [changed.get(id(f), f) for f in found if changed.get(id(f), f) is not None]


def _joined_by_or(gap: str) -> bool:
    """Only joiners between two origins, at least one of them "or" / "/" ("korean or japanese", "french, or
    italian"; "korean and japanese" is not an either-of list)."""
    words = gap.lower().replace(",", " , ").replace("/", " / ").split()
    return bool(words) and all(w in _EITHER_JOINERS for w in words) and any(w in ("or", "/", "and/or") for w in words)


# "sorry, in english: a korean series" — after a message in another language the viewer says which language
# they now speak: "in English" opening the message and followed by a colon or dash is about the message.
_META_OPENERS = frozenset({"sorry", "ok", "okay", "so", "oops", "again", "let", "me", "say", "it", "try", "i'll",
                           "ill", "will", "here", "now", "this", "time", "um", "uh", "right", "fine"})


def message_language(utt: Utterance, found: list[Found]) -> list[Found]:
    """Drop the language ``en`` said about the message itself ("sorry, in english: …", "ok in english - …"), or
    about the audio of titles from elsewhere ("korean series please, in english", "a french film in english"): a
    dub the catalog does not record, so the origin asked for stands (the answer says nothing of a dub)."""
    origin = any(f.entity in ("language", "country") and f.role is None and f.value not in _ENGLISH_ORIGINS
                 for f in found)
    out = []
    for f in found:
        if f.entity == "language" and f.value == "en" and f.role is None and utt.text[f.start:f.end].lower().startswith("in "):
            before = utt.text[:f.start].lower().replace(",", " ").split()
            after = utt.text[f.end:].lstrip()
            if all(w in _META_OPENERS for w in before) and after[:1] in (":", "-", "–", "—") and after[1:].strip():
                continue
            if origin:
                continue
        out.append(f)
    return out


# Origins whose titles are in English anyway: "a british show in english" is no dub.
_ENGLISH_ORIGINS = frozenset({"en", "United States", "United Kingdom", "Canada", "Australia", "Ireland", "New Zealand"})


# "Foreign films", "world cinema", "international thrillers": made outside the US. Netflix tags some US-only titles
# "International Movies" too, so the tag alone lets American films through; the United States is excluded with it.
_NOT_MADE_HERE = "United States"


def foreign_is_not_american(found: list[Found]) -> list[Found]:
    """Add the exclusion of the United States to a wanted ``international`` genre (on the same span), unless the
    message asks for something American itself ("foreign or american") or already excludes it. A turned-down
    "nothing foreign" stays the genre's exclusion only."""
    if any(f.entity == "country" and f.value == _NOT_MADE_HERE for f in found):
        return found
    out = list(found)
    for f in found:
        if f.entity == "genre" and f.value == "international" and f.role is None:
            out.append(Found("country", f.start, f.end, _NOT_MADE_HERE, "exclude"))
            break
    return sorted(out, key=lambda f: (f.start, f.end))


# A viewer who will not read subtitles wants titles in English *and* none the catalog files as foreign-language:
# Netflix tags a title "International Movies" / "International TV Shows" (the ``international`` genre) when a
# subtitled viewer would meet it as foreign, whatever language the catalog infers for it.
_SUBTITLE_CUE_RE = re.compile(r"\bsub|\bread", re.IGNORECASE)
_FOREIGN_SHELF = "international"


# Round 28D: English ruled out with no origin asked ("films that aren't in english", "non-english series") is the
# foreign shelf asked for: the ``international`` genre beside the exclusion, on the same span — the catalog's inferred
# language alone lets through titles shot abroad in English that no viewer meets as foreign. An origin asked for
# ("not in english, something japanese") already says where; "nothing foreign" said too leaves it alone.
def english_refused(found: list[Found]) -> list[Found]:
    """Add the wanted ``international`` genre beside the language ``en`` ruled out, unless an origin (country or
    language) is asked for or the message says something about foreign titles itself."""
    if any(f.entity == "genre" and f.value == _FOREIGN_SHELF for f in found):
        return found
    if any(f.entity in ("country", "language") and f.role is None for f in found):
        return found
    refused = [f for f in found if f.entity == "language" and f.value == "en" and f.role == "exclude"]
    if not refused:
        return found
    f = refused[0]
    return sorted([*found, Found("genre", f.start, f.end, _FOREIGN_SHELF)], key=lambda g: (g.start, g.end))


def subtitle_free(text: str, found: list[Found]) -> list[Found]:
    """Add the exclusion of the ``international`` genre beside the language ``en`` read from not wanting subtitles
    ("no subs", "can't bear anything with subtitles", "nothing I have to read"), on the same span; "in english"
    alone adds nothing."""
    if any(f.entity == "genre" and f.value == _FOREIGN_SHELF for f in found):
        return found  # the viewer said something about foreign titles themselves
    added = [Found("genre", f.start, f.end, _FOREIGN_SHELF, "exclude") for f in found
             if f.entity == "language" and f.value == "en" and f.role is None
             and _SUBTITLE_CUE_RE.search(text[f.start:f.end])]
    return sorted([*found, *added[:1]], key=lambda f: (f.start, f.end)) if added else found


# Where the viewers themselves come from or live, and how well they speak a language, is no wish about the titles:
# "my friend from spain is staying with us", "I am from Colombia and living in Canada", "my in-laws are visiting
# from portugal", "my english is not so good". A country or language said so is dropped; what they then ask for
# ("something in spanish", "a series from colombia") is said on its own and stays.
_PERSON_NOUNS = (rf"(?:friends?|{PARTNER_PATTERN}|mum|mom|mother|dad|father|parents"
                 r"|in-?laws|in\s+laws|family|relatives|cousins?|grandparents|grandma|grandpa|granny|gran|guests?"
                 r"|visitors?|colleagues?|co-?workers?|room-?mates?|flat-?mates?|neighbou?rs?|aunt|uncle|niece|nephew"
                 r"|son|daughter|(?:exchange\s+)?students?|mates?|buddy|pal)")
# Who says where they come from: the viewers themselves ("i'm", "we are", "my cousin", "our guests") — group ``first``
# — or someone in the third person ("she's from", "their parents", "visiting from"), who is a companion of the viewers
# only when the message names one ("my in-laws are visiting from portugal"); else it is a character of the plot ("a
# show where they moved to italy", "a film about refugees who came from syria").
_VIEWER_ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:(?P<first>i|we)|he|she|they|you|u)\s*(?:'m|'re|'s|\s+am|\s+are|\s+is|\s+was|\s+were)"
    r"|\b(?:(?P<first_c>i'm|im|we're|were)|he's|hes|she's|shes|they're|theyre)"
    r"|\b(?:(?P<first_p>my|our)|his|her|their)\s+(?:[\w'-]+\s+)?" + _PERSON_NOUNS
    + r"(?:\s+(?:who|that)\s+(?:is|are|was|were|'s|'re))?(?:\s+(?:is|are|was|were|'s|'re))?"
    r"|\b(?:visiting|visit|visits|coming|came|come|moved|immigrated|emigrated|flew|flying|arrived|arriving|over)"
    r"(?:\s+(?:to\s+\w+|here|over|us|me))?)"
    r"\s+(?:(?:originally|also|both|all|all\s+the\s+way|straight)\s+)?from\s+$", re.IGNORECASE)
# Where someone lives now ("living in", "based in") and where they come from by birth or move ("grew up in", "moved
# to"): the one list of home verbs, for the home said by the viewers and for the verb claimed with the country.
_RESIDENCE_VERBS = r"(?:live|lives|living|lived|reside|resides|residing|based|settled|relocated)"
_ROOTS_VERBS = r"(?:moved|grew\s+up|raised|born)"
_HOME_PLACE_LEAD = r"\s+(?:(?:here|now|over)\s+)?(?:in|to)\s+(?:the\s+)?"
_VIEWER_HOME_BEFORE = re.compile(
    r"(?:\b(?:(?P<first>i|we|(?:my|our)\s+[\w'-]+)|he|she|they)\s+(?:(?:am|are|is|was|were|have|has|had|now|currently"
    r"|still|also|both|all|been)\s+){0,2}"
    r"|\b(?:(?P<first_c>i'm|im|we're|i've|we've)|he's|she's|they're)\s+(?:(?:now|currently|still|also|been)\s+)?"
    r"|(?P<joined>(?:\b(?:and|but)\s+|,\s*|(?<=\w)\s+)(?:(?:now|currently|still)\s+)?)"
    r"|(?P<first_s>^\W*(?:(?:now|currently|still)\s+)?))"
    rf"(?:{_RESIDENCE_VERBS}|{_ROOTS_VERBS}){_HOME_PLACE_LEAD}$", re.IGNORECASE)
# A companion of the viewers named in the message: "my friend", "our guests", "staying with us".
_COMPANION_RE = re.compile(r"\b(?:my|our)\s+(?:[\w'-]+\s+)?" + _PERSON_NOUNS + r"\b|\b(?:with|visiting|visit)\s+(?:me|us)\b",
                           re.IGNORECASE)
_FIRST_PERSON = ("first", "first_c", "first_p", "first_s")  # first_s: the message opens on where they live
MAX_ORIGINS_LOOKED_BACK = 4  # "… and living in X": the last few "from"s before it are looked at for the viewers' origin
# "my english is not so good", "their english is bad", "she speaks little spanish", "they speak some english but
# not much": a language the viewer is weak in is not the language asked for.
_WEAK_AFTER = (r"\s+(?:(?:(?:is|are|'s)\s+not|isn't|isnt|aren't|arent|not)\s+(?:(?:so|very|that|too|really)\s+)?"
               r"(?:good|great|strong|fluent)|(?:(?:is|are|'s)\s+)?(?:(?:very|really|quite|a\s+bit|pretty)\s+)?"
               r"(?:bad|poor|weak|limited|basic|rusty|terrible|broken))\b")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:my|our|his|her|their|your)\s+$", re.IGNORECASE)
_SPEAK_BEFORE = re.compile(r"\b(?:speaks?|speaking|understands?|reads?)\s+(?:(?:(?:only\s+|just\s+|very\s+)?(?:a\s+)?little|some|no|hardly\s+any"
                           r"|barely\s+any|not\s+much|only\s+a\s+bit\s+of|a\s+bit\s+of)\s+)$", re.IGNORECASE)
_NOT_MUCH_AFTER = re.compile(r"^\s*(?:,\s*)?(?:but\s+)?(?:not\s+(?:much|a\s+lot|well|very\s+well|really)|only\s+a\s+little|badly)\b",
                             re.IGNORECASE)
_FROM_RE = re.compile(r"\bfrom\s+", re.IGNORECASE)
# Where the viewers have their roots said in the first person ("i grew up in …", "we were born in …")
_EARLIER_ROOTS_RE = re.compile(r"\b(?:i|we)\s+(?:(?:was|were)\s+)?(?:born|raised|grew\s+up)\s+in\b", re.IGNORECASE)
# A story's people in the clause before a joined "living in" ("movies about a family living in …", "a show where a
# couple living in …", "the story of people living in …"): a setting, never the viewers' home.
_A_STORY_IN_CLAUSE_RE = re.compile(r"\b(?:about|of|where|who|whose|that|following|featuring|starring|with)\b",
                                   re.IGNORECASE)
_CLAUSE_MARKS = ",.;!?"
# Round 22l: a third person's origin the viewers share ("she is from malaysia like me", "he's from chile, same as us")
# is where the viewers come from too, never a wish about the titles.
_LIKE_THE_VIEWERS_AFTER = re.compile(
    r"\s*,?\s*(?:(?:just|too|also)\s+)?(?:like|same\s+as|as\s+well\s+as)\s+(?:me|us|myself|my\s+[\w'-]+|our\s+[\w'-]+)\b",
    re.IGNORECASE)
# Round 22l: a clause said of the viewers themselves ("i'm polish", "we are new here") before a joined "living in …"
# makes that home theirs.
_FIRST_PERSON_CLAUSE_RE = re.compile(r"\W*(?:(?:ok|okay|so|well|and|but|also)\W+)?(?:i\s*['’]m|im|i\s+am|we\s*['’]re|we\s+are)\b",
                                     re.IGNORECASE)
_WINDOW = 60  # characters looked at before a country: the phrases above are short


# The entity that claims such words: no constraint (the actions ignore it), but its span is consumed, so "spain" or
# "english" never reaches the free-text query.
ABOUT_VIEWERS = "about_viewers"


def viewers_own_origins(utt: Utterance, found: list[Found]) -> list[Found]:
    """``found`` with the countries the viewers come from or live in and the languages they speak poorly turned into
    ``ABOUT_VIEWERS`` (the country or language code as its value)."""
    text = utt.text
    marked = [replace(f, entity=ABOUT_VIEWERS, start=_home_verb_start(text, f.start)) if f.role is None
              and f.entity in _ORIGIN and _about_the_viewers(text, f) else f for f in found]
    return _home_asked_for(text, marked)


# The verb of a home said after the origin ("… living in the uk", "but based in canada"): claimed with the country, so
# "living" never reaches the query.
_HOME_VERB_BEFORE_RE = re.compile(rf"\b{_RESIDENCE_VERBS}{_HOME_PLACE_LEAD}$", re.IGNORECASE)


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``end`` starts: after the last clause mark before it."""
    return max(text.rfind(mark, 0, end) for mark in _CLAUSE_MARKS) + 1


def _home_verb_start(text: str, start: int) -> int:
    m = _HOME_VERB_BEFORE_RE.search(text, 0, start)
    return m.start() if m else start


# The viewers' home asked for by reference once they said where they come from: "i am from vietnam, you have films of
# us?", "we're from brazil, something from home", "my wife is from peru, films from there", "any films from my
# country?". The reference names no country itself, so the one country said about the viewers is the wish; it follows
# what is asked for ("films", "something"), so "i work from home" or "is there gore in there" is none.
_HOME_REFERENCE_RE = re.compile(
    r"\b(?:films?|movies?|shows?|series|something|anything|stuff|titles?|cinema|dramas?|comedies|tv|ones|things)\s+"
    r"(?:(?:made|set)\s+)?(?:from|of)\s+"
    r"(?P<ref>(?:my|our|her|his|their)\s+(?:own\s+|home\s+)?(?:country|countries|homeland|land|home)|home|back\s+home"
    r"|there|us|where\s+(?:i|we|she|he|they)(?:\s*(?:'m|'re|'s)|\s+(?:am|are|is))?\s+from)\b"
    r"(?!\s+(?:to|and)\b)", re.IGNORECASE)  # a title wished for from the home: "work from home" is no wish


def _home_asked_for(text: str, found: list[Found]) -> list[Found]:
    """``found`` plus the viewers' one country of origin as a wanted country, on the span of a reference to it."""
    homes = {f.value for f in found if f.entity == ABOUT_VIEWERS and f.value in COUNTRY_LANGUAGES}
    wanted = {f.value for f in found if f.entity in _ORIGIN and f.role is None}  # a wish said outright stands alone
    if len(homes) != 1 or wanted:
        return found
    home = next(iter(homes))
    last_origin = max(f.end for f in found if f.entity == ABOUT_VIEWERS)
    m = next((m for m in _HOME_REFERENCE_RE.finditer(text) if m.start() >= last_origin), None)
    if m is None:
        return found
    return sorted([*found, Found("country", m.start("ref"), m.end("ref"), home)], key=lambda f: (f.start, f.end))


def _said_by_the_viewers(text: str, m: "re.Match[str] | None") -> bool:
    """An origin or home said by the viewers of themselves, or of a third person when the message names a companion."""
    if m is None:
        return False
    return any(m.groupdict().get(g) is not None for g in _FIRST_PERSON) or _COMPANION_RE.search(text) is not None


# A nationality said of the viewers as what they are, closing its clause: "i am english", "we're both french, …", "my
# wife is spanish and i …", "she's italian." — where they come from, never a wish (the film's language is said on its
# own: "a film in spanish"). A noun after the adjective ("i'm korean drama obsessed", "we are french film fans") or a
# story's clause ("a film where the hero is french and …") is no such statement.
_NATIONALITY_BEFORE = re.compile(
    r"(?:\b(?:i|we)\s*(?:'m|’m|'re|’re|\s+am|\s+are)|\b(?:i'm|im|we're|were)"
    r"|\b(?:my|our)\s+(?:[\w'-]+\s+)?" + _PERSON_NOUNS + r"\s*(?:'s|’s|\s+is|\s+are|\s+was)"
    r"|(?:^|[,.;!?]\s*|\band\s+|\bbut\s+)(?:he|she|they)\s*(?:'s|’s|'re|’re|\s+is|\s+are))"
    r"\s+(?:(?:both|all|also|half|originally|actually)\s+)?$", re.IGNORECASE)
_NATIONALITY_END = re.compile(r"\s*(?:$|[,.;!?)]|(?:and|but|so|too|though|tho|myself|ourselves)\b)", re.IGNORECASE)


def _nationality_of_viewers(text: str, f: Found) -> bool:
    """``f`` is a nationality the viewers (or their company) are, said as a predicate (``_NATIONALITY_BEFORE``)."""
    before = text[max(0, f.start - _WINDOW):f.start]
    m = _NATIONALITY_BEFORE.search(before)
    if m is None or not _NATIONALITY_END.match(text, f.end) or not text[f.start:f.end].isalpha():  # "english speaking"
        return False
    start = _clause_start(text, f.start)
    return not _A_STORY_IN_CLAUSE_RE.search(text, start, max(start, f.start - len(before) + m.start()))


# A place the viewers travel to or come back from is where they go, no wish about the titles: "a 14 hour flight to
# japan", "just back from a trip to spain", "we went on holiday to greece", "flying to peru tomorrow". A story word in
# the clause before the trip ("a film about a trip to italy", "a show where they fly to mexico") makes it the setting.
_TRAVEL_BEFORE = re.compile(
    r"\b(?:(?:trips?|holidays?|vacations?|flights?|fly|flying|flew|travel(?:l?ing|l?ed|s)?|journey|honeymoon|getaway"
    r"|cruise|tour(?:ing)?|road\s+trip|visit(?:ed|ing)?|went|going|headed|heading|moving|layover|stopover"
    r"|red[\s-]?eyes?|drive|driving|drove)"
    # round 24d: how long or when between the trip and its place ("flying 14 hours to singapore", "driving out tomorrow to")
    r"(?:\s+(?:back|home|out|over|up|down|all\s+the\s+way|tomorrow|tonight|today|overnight|soon|later|next\s+week"
    r"|(?:for\s+)?(?:like\s+|about\s+|around\s+|almost\s+|over\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty)(?:\s+and\s+a\s+half)?[\s-]*(?:hours?|hrs?|h)))*"
    r"\s+(?:to|from|in|around|across|through|round)"
    r"|(?:back|home|returned|returning|landed|just\s+got\s+in)\s+from|(?:been|was|were)\s+(?:away\s+)?in)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)


def _travelled_to(text: str, f: Found) -> bool:
    """``f`` is a place said as where the viewers travel (``_TRAVEL_BEFORE``), not in a story's clause."""
    span = text[f.start:f.end]
    lead = re.match(r"(?:from|in)\s+", span, re.IGNORECASE)
    end = f.start + (lead.end() if lead else 0)
    m = _TRAVEL_BEFORE.search(text, max(0, end - _WINDOW), end)
    if m is None:
        return False
    return not _A_STORY_IN_CLAUSE_RE.search(text, _clause_start(text, m.start()), m.start())


def _about_the_viewers(text: str, f: Found) -> bool:
    span = text[f.start:f.end].lower()
    if f.entity == "country" and not span.startswith(("made in ", "set in ")) and _travelled_to(text, f):
        return True
    lead = next((p for p in ("from ", "in ", "made in ", "set in ") if span.startswith(p)), "")
    if not lead and _nationality_of_viewers(text, f):
        return True
    if lead in ("made in ", "set in "):
        return False
    before = text[max(0, f.start - _WINDOW):f.start + len(lead)]
    if f.entity == "country":
        origin = _VIEWER_ORIGIN_BEFORE.search(before)
        if _said_by_the_viewers(text, origin) or (origin is not None and _LIKE_THE_VIEWERS_AFTER.match(text, f.end)):
            return True  # "she is from malaysia like me": someone's origin shared with the viewers is their story
        home = _VIEWER_HOME_BEFORE.search(before)
        if home is not None and home["first_s"] is not None and f.start > _WINDOW:
            home = None  # the window's start is not the message's: no opening "based in …"
        if home is not None and home["joined"] is not None and not home["joined"].strip(" ,") and "based" in home[0].lower():
            home = None  # "a movie based in france" is a setting; "…, but based in …" a home
        if home is None or not home["joined"]:
            return _said_by_the_viewers(text, home)
        # "… and living in <country>" is the viewer's home only after they said where they come from, and only when
        # the clause is theirs: "any movies about a family living in italy" is a story's setting
        if _A_STORY_IN_CLAUSE_RE.search(text, _clause_start(text, home.start("joined")), home.start("joined")):
            return False
        if _EARLIER_ROOTS_RE.search(text, 0, f.start):  # "i grew up in turkey, living in the uk"
            return True
        if _FIRST_PERSON_CLAUSE_RE.match(text, _clause_start(text, home.start("joined"))):
            return True  # "i'm polish, living in ireland now": the clause joined to says who the viewer is
        froms = [m.end() for m in _FROM_RE.finditer(text, 0, f.start)][-MAX_ORIGINS_LOOKED_BACK:]
        return any(_said_by_the_viewers(text, _VIEWER_ORIGIN_BEFORE.search(text[max(0, end - _WINDOW):end]))
                   for end in froms)
    after = text[f.end:f.end + _WINDOW]
    if _POSSESSIVE_BEFORE.search(before) and re.match(_WEAK_AFTER, after, re.IGNORECASE):
        return True
    return bool(_SPEAK_BEFORE.search(before) or (re.search(r"\bspeaks?\s+$", before, re.IGNORECASE)
                                                 and _NOT_MUCH_AFTER.match(after)))
