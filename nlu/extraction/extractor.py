"""The constraint extractor: text → contracts §5 entities, with every rule module wired together.

Loading (spaCy tokenizer, lexicon PhraseMatchers, gazetteer name index) happens once per ``Extractor``;
``extract`` then runs in about a millisecond: tokenise, collect every rule's candidate matches,
keep the best non-overlapping ones, apply negation, report.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from contract.gazetteer import Gazetteer
from contract.words import foreign_courtesy_spans
from . import added, audience, bounds, childrens, clock, contrast, corrections, durations, genres, geo, habits, holidays, media, moods, names, negation, origin_kinds, past_viewing, positions, ratings, seasons, shorthand, soft_scares, sort, topics, years
from .lexicon import build_country_lexicon, build_lexicon, head_words, kind_phrases
from .lexmatch import LexiconMatcher
from .names import NameMatcher
from .spans import Found, Match, resolve_overlaps
from .terms import Term
from .typos import TypoMatcher
from .person_descriptions import drop_described_origins
from .pronoun_exclusions import exclude_pronoun_people
from .namesakes import prolific_namesakes
from .activities import activities_beside_people
from .people_subjects import PeopleSubjects
from .unknown_people import UnknownPeople, drop_shadowed
from .utterance import Utterance


@dataclass(frozen=True)
class _Vocabulary:
    """The gazetteer-independent part: tokenizer, lexicon matcher, typo index. It takes about a
    second to build, so every Extractor in the process shares one."""

    nlp: Language
    lexicon: dict[str, Term]
    matcher: LexiconMatcher
    head_words: frozenset[str]
    typos: TypoMatcher


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    nlp = spacy.blank("en")
    lexicon = build_lexicon()
    return _Vocabulary(nlp, lexicon, LexiconMatcher(nlp, lexicon), head_words(lexicon), TypoMatcher(lexicon))


class Extractor:
    """All matchers for one gazetteer (or none), built once and reused for every message."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer
        vocabulary = _vocabulary()
        self.nlp = vocabulary.nlp
        self._lexicon = vocabulary.matcher
        self._head_words = vocabulary.head_words
        self._typos = vocabulary.typos
        self._names = (NameMatcher(self.nlp.Defaults.stop_words, gazetteer, vocabulary.lexicon,
                                   kind_phrases(vocabulary.lexicon)) if gazetteer else None)
        # people the catalog lacks, named where a person stands ("movies by <a director it lacks>")
        self._unknown = (UnknownPeople(gazetteer, self._names.skip_words, self._near_vocabulary)
                         if gazetteer and self._names else None)
        # the person a documentary is about ("a pele doc", "a doc about fangio": round 22g)
        self._subjects = (PeopleSubjects(self._unknown.given_names, self._names.skip_words, self._near_vocabulary)
                          if self._unknown else None)
        # Catalog country names the built-in lexicon does not know yet ("Iceland").
        extra = {p: t for p, t in build_country_lexicon(gazetteer.countries if gazetteer else ()).items()
                 if p not in vocabulary.lexicon}
        self._countries = LexiconMatcher(self.nlp, extra) if extra else None
        self._title_heads = names.title_heads(gazetteer)  # a franchise's nickname ("indy"): round 22j

    def _near_vocabulary(self, word: str) -> bool:
        """``word`` is a slip of a vocabulary word ("documentry", "funy"): never a name the catalog lacks."""
        return bool(self._typos.near_targets(word)) or self._typos._correct(word) is not None

    def extract(self, text: str, today: dt.date) -> list[dict]:
        """Rasa-style entity dicts for ``text``, ordered by position."""
        return [f.to_rasa() for f in self.extract_found(text, today)]

    def extract_found(self, text: str, today: dt.date) -> list[Found]:
        """Same as ``extract`` but as ``Found`` objects (for callers that post-process)."""
        if not text or not text.strip():
            return []
        expansion = shorthand.expand(text)  # "b4 1990", "w/o gore": read with the words written out
        if expansion is not None:
            return expansion.original(self._answered(expansion.text, today))
        return self._answered(text, today)

    def _answered(self, text: str, today: dt.date) -> list[Found]:
        """``text``'s entities; a correction's leading answer particle ("no i said comedy") negates nothing after it
        (corrections.answer_particle reads the message again without it)."""
        return corrections.answer_particle(text, self._extract_found(text, today),
                                           lambda masked: self._extract_found(masked, today))

    def _extract_found(self, text: str, today: dt.date) -> list[Found]:
        utt = Utterance(text, self.nlp.make_doc(text))
        for i, word in self._typos.cue_corrections(utt).items():  # "simlar to", "more lik": the likeness cue
            utt.lower[i] = word
        matches = names.titles_over_relatives(text, names.titles_over_numbers(self._candidates(utt, today)))
        matches += self._typos.find(utt, [(m.start, m.end) for m in matches], today)
        found = [f for m in durations.explicit_bounds_win(resolve_overlaps(matches)) for f in m.found]
        found = years.new_before_a_kind(utt.text, found)  # "new realty shows": a typo'd kind is one too
        found = years.drop_life_story_eras(utt.text, years.drop_complained_eras(utt.text, found))  # "dad served in the 70s"
        found = years.drop_viewing_gaps(utt.text, found)  # "haven't watched anything since 2018": no release bound
        found = years.drop_habit_turns(utt.text, found)  # "every christmas ... this year": no release year (28D)
        found = years.drop_unasked_list_eras(utt.text, years.drop_century_subjects(utt.text, found))  # "a history of the 20th century"
        found = moods.drop_sleep_feedback(utt, media.specials_of_people(utt.text, topics.demote_interests(utt, found)))
        found = genres.feels_like_as_mood(utt.text, topics.cults_as_topic(utt.text, found))  # "cults", "feels like a thriller"
        found = topics.music_as_a_quality(utt.text, found)  # "a nature doc with nice music": no music genre
        found = moods.drop_fear_reasons(utt, found)  # "they get scared of the big eyes": a reason, not a wish
        found = moods.night_as_subject(utt.text, found)  # "a documentary about insomnia": the story, no calm mood
        found = habits.drop_others_habits(utt.text, found)  # "she picks horror every time, my turn: a sports film"
        found = past_viewing.drop_past_viewing(utt.text, found)  # "last one we watched was a thriller, now a sci-fi"
        found = names.drop_title_descriptions(utt.text, genres.nostalgia_with_era(utt.text, found))
        found = names.drop_remarks_before_the_maker(utt.text, found)  # "<title> (3.5 hrs), same director": no window
        found = genres.competitions_as_reality(utt.text, found)  # "a cooking competition": reality TV
        found = genres.subject_shows_unscripted(utt.text, found)  # "a cooking show": reality or documentary (24d)
        found = moods.unserious(utt.text, negation.apply(utt, found))  # "not something serious": a light evening
        found = audience.swearing_reacted_to(utt.text, found)  # "walks out if anyone swears": the clean cap (30C)
        found = moods.silliness_softened(utt.text, found)  # "less silly" after comedies: no kids' slapstick
        found = topics.sports_of_documentaries(utt.text, found)  # "docs about football": documentary + sports (wanted docs only)
        found = genres.musicals_without_documentaries(utt.text, origin_kinds.compact_pairs(utt.text, found))  # "no k-dramas"
        found = origin_kinds.compact_drama_beside_a_genre(found)  # "kdrama romcom": Korean series, romance and comedy
        found = genres.horror_for_the_faint_hearted(utt.text, found)  # "she wants horror, i'm a wimp": horror comedy
        found = genres.fear_beside_a_kind(found)  # "a terrifying thriller": the thriller, scary; no horror too
        found = genres.feeling_in_a_story(utt.text, found)  # "the match was a nail-biter": a mood
        found = holidays.tempered(utt, found)  # "halloween, the kids are 8 and 10": the holiday without the scare
        found = soft_scares.as_moods(utt.text, found)  # "a bit spooky but cute", "a scary film for my 4yo": the mood (30C)
        found = genres.police_beside_children(utt.text, found)  # "a cartoon about police dogs for my kids"
        found = genres.educational_for_children(utt.text, found)  # "educational cartoons for my 5 year old": no docs
        found = childrens.negated_animation(utt.text, childrens.kids_as_kind(utt.text, found))
        found = childrens.family_as_kind(utt.text, found)  # "a family comedy": the kids shelf with it (round 25c)
        found = childrens.animation_for_children(utt.text, found)  # "a cartoon comedy for my 6 year old" (round 25g)
        found = childrens.dismissed_and_live_action(utt.text, found)  # "cartoons are for babies", "real people"
        found = childrens.childish_rejected(utt.text, found)  # "they roll their eyes at anything for kids" (round 24a)
        found = childrens.animation_for_grown_ups(utt.text, found)  # "a cartoon series for adults" (round 29C)
        found = audience.date_night_with_children(utt.text, found)  # "a daddy daughter date night": no adults alone
        found = audience.families_met(utt.text, found)  # "we're meeting his family": no audience (round 25b)
        found = audience.families_in_a_story(utt.text, found)  # "the royal family": a plot's family (round 36)
        found = audience.partners_alone(utt.text, found)  # "me and my wife": grown-ups alone (round 28D)
        found = genres.romcoms_as_films(utt.text, found)  # "90s rom coms": films; "teen movies": the teen audience
        found = geo.foreign_is_not_american(genres.twists_either(media.settle_formats(utt.text, found), utt.text))
        found = geo.subtitle_free(utt.text, found)  # "no subtitles": English and not filed as foreign
        found = geo.english_refused(found)  # "not in english": the foreign shelf (round 28D)
        found = geo.us_beside_countries(utt.text, found)  # "us or uk": the pronoun never stands in a list of countries
        found = geo.countries_in_country_talk(utt.text, found)  # "neighbouring countries? turkey maybe": Turkey
        found = geo.annoying_origins(utt.text, found)  # "american accents drive me mad": a complaint, no origin
        found = geo.refused_origin_people(utt.text, found)  # "no canadians", "those are all danish, anything else"
        found = geo.viewers_own_origins(utt, found)  # "my friend from spain", "my english is not so good"
        found = geo.names_in_a_language(utt.text, found)  # "whatever it's called in english": no English wish (35)
        found = names.one_title_per_item(found, self.gazetteer)  # "money heist. la casa de papel": one title (35)
        found = drop_shadowed(corrections.apply(utt.text, found))  # "rainer werner fassbinder" is no Fassbender
        found = negation.refused_origin_kinds(utt.text, found)  # "not the cartoons from japan": no origin wish
        found = audience.elders_in_company(utt.text, found)  # "with my mum": no cap; "with my gran": the grown-ups' cap
        found = exclude_pronoun_people(utt.text, found)  # "loves nic cage … an action movie without him"
        found = names.franchise_nicknames_beside_people(utt.text, found, self._title_heads)  # "<actor> night, indy"
        found = drop_described_origins(utt.text, found)  # "that indonesian guy, <name>": no origin wish
        found = activities_beside_people(utt.text, found)  # "<star> punching people": action (round 26d)
        found = prolific_namesakes(utt.text, found, self.gazetteer)  # "irfan khan": Irrfan Khan (round 26d)
        found = seasons.settle(text, _dedupe(geo.either_origins(utt, geo.message_language(utt, found)), text))
        return topics.drop(sort.add(utt.text, found))  # "the shortest comedy you have": after what it precedes

    def _candidates(self, utt: Utterance, today: dt.date) -> list[Match]:
        text = utt.text
        runtimes = durations.find(text)
        out = [*runtimes, *clock.find(text, runtimes), *years.find(text, today, self._head_words.__contains__),
               *ratings.find(text), *audience.find(text), *positions.find(text), *seasons.find(text), *contrast.find(text), *added.find(text), *bounds.find(text),
               *self._lexicon.find(utt)]
        if self._countries is not None:
            out += self._countries.find(utt)
        if self._names is not None:
            named = _outside_courtesies(text, self._names.find(utt))  # "salaam!" is no A. Salaam (round 25a)
            out += named
            if self._unknown is not None:
                out += self._unknown.find(text, named)
            if self._subjects is not None:
                out += self._subjects.find(text, out)
        return out


def _outside_courtesies(text: str, matches: list[Match]) -> list[Match]:
    """The title and people matches that reach beyond the message's foreign courtesies (contract.words
    ``foreign_courtesy_spans``): a greeting or thanks said to the bot ("salaam!", "ola,", "namaste ji") is never the
    catalog person or title spelt like it; one it opens stays ("Namaste Wahala", "Ola Flyum")."""
    courtesies = foreign_courtesy_spans(text)
    if not courtesies:
        return matches
    return [m for m in matches if not any(s <= m.start and m.end <= e for s, e in courtesies)]


# Slots whose repeats are harmless (the actions read their distinct values) and whose every span must stay an
# entity, or its words would reach the free-text query: "danish or swedish" after "scandinavian", "a long
# series, at least five seasons", "she wants romance … an action movie with a love story", "for teens, my
# boys are 14 and 16".
_KEEP_REPEATS = frozenset({"seasons", "country", "language", "genre", "mood", "audience"})
# A media type said again in a later sentence stays too: the request sentence of a long message keeps the
# format it names ("… k dramas are good for that. any romantic k drama" is still a series), while "a
# binge-worthy show" says series once.
_SENTENCE_REPEATS = frozenset({"media_type", "year", "actor", "director"})  # "… a good comedy from the 90s. it has
# to be a 90s film": the request's own era stays on its span when the story said it first; so does a person the story
# named ("… a jim carrey one and i laughed so hard. what jim carrey stuff do you have": round 35)
_SENTENCE_END_RE = re.compile(r"[.!?;\n]+\s")
# ... except a cap said twice ("no swearing or violence"): its words are inside a negation scope, which the query
# builder leaves out anyway.


def _dedupe(found: list[Found], text: str = "") -> list[Found]:
    """Drop repeats of the same constraint ("kids aged 7" says kids twice); keep the first. Repeats of the
    ``_KEEP_REPEATS`` slots on another span stay: the actions read their distinct values, and a long message's
    request repeats what its story said ("she wants romance … an action movie with a love story": the
    actions read the request's sentence, which must keep its own entities)."""
    seen: set[tuple] = set()
    out = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        keep = f.entity in _KEEP_REPEATS and not (f.entity == "audience" and f.role)
        key = (f.entity, f.value, f.role) + ((f.start,) if keep else ()) + (
            (len(_SENTENCE_END_RE.findall(text, 0, f.start)),) if f.entity in _SENTENCE_REPEATS else ())
        if key not in seen:
            seen.add(key)
            out.append(f)
    return sorted(out, key=lambda f: (f.start, f.end))


_by_gazetteer: "weakref.WeakKeyDictionary[Gazetteer, Extractor]" = weakref.WeakKeyDictionary()
_without_gazetteer: list[Extractor] = []


def get_extractor(gazetteer: Gazetteer | None) -> Extractor:
    """The cached extractor for this gazetteer object (building matchers takes a second or two)."""
    if gazetteer is None:
        if not _without_gazetteer:
            _without_gazetteer.append(Extractor(None))
        return _without_gazetteer[0]
    if gazetteer not in _by_gazetteer:
        _by_gazetteer[gazetteer] = Extractor(gazetteer)
    return _by_gazetteer[gazetteer]


def extract_entities(text: str, today: dt.date, gazetteer: Gazetteer | None) -> list[dict]:
    """Rasa-style entities (contracts §5) found in ``text``; relative years are computed from ``today``."""
    return get_extractor(gazetteer).extract(text, today)
