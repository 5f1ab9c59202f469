"""Titles and people from the gazetteer: full names only, roles from cues, precision on short titles
(nlu/extraction/names.py).

Its phrases are rows of cases/names.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import pytest

from contract.gazetteer import Gazetteer, TitleEntry
from nlu.extraction import Extractor
from nlu_cases import TODAY, Ent, as_ents


def test_capitalised_short_title_after_a_cue_is_a_title(ents):
    assert Ent("Dark", "title", "Dark", "similar") in ents("something like Dark")


def test_partial_match_inside_a_longer_capitalised_name_is_rejected(values):
    # "Money Honey" is not in the Netflix file; the film "Money" must not be reported for it.
    assert values("similar to Money Honey", "title") == []


def test_a_title_is_found_by_the_other_name_viewers_know_it_by(values):
    assert values("similar to Money Heist", "title") == [("Money Heist", "similar")]


def test_title_beats_the_genre_words_inside_it(ents):
    assert ents("american horror story") == [Ent("american horror story", "title", "American Horror Story")]


def test_unique_well_known_surname_is_a_person(ents):
    # Issue 10 class 6 (this test used to pin the opposite): exactly one well-known person is a Scorsese.
    assert Ent("Scorsese", "director", "Martin Scorsese") in ents("a Scorsese film")


def test_shared_or_obscure_surname_alone_is_not_a_person(ents):
    # Several well-known Murphys, Smiths, Kings; several Coppolas in the gazetteer and none well known.
    for text in ("an Murphy movie", "with smith", "a king film", "coppola stuff", "just lee"):
        assert [e for e in ents(text) if e.entity in ("actor", "director")] == [], text


def test_without_gazetteer_people_and_titles_are_skipped(bare_extractor):
    text = "comedies like Stranger Things with Adam Sandler"
    assert as_ents(text, bare_extractor.extract(text, TODAY)) == [Ent("comedies", "genre", "comedy")]


SHORT_TITLES = ("Up", "It", "Her", "You", "Love", "Dark")


@pytest.fixture(scope="module")
def short_title_ents():
    """A gazetteer holding exactly the everyday-word titles the precision rule is about."""
    extractor = Extractor(Gazetteer(titles=tuple(TitleEntry(f"x{i}", t) for i, t in enumerate(SHORT_TITLES))))
    return lambda text: [e for e in as_ents(text, extractor.extract(text, TODAY)) if e.entity == "title"]


@pytest.mark.parametrize("text,expected", [
    ("something like Up", Ent("Up", "title", "Up", "similar")),
    ("watch It", Ent("It", "title", "It")),
    ('is "it" any good?', Ent("it", "title", "It")),
    ("movies like You", Ent("You", "title", "You", "similar")),
    ("tell me about Love", Ent("Love", "title", "Love")),
    ("‘Her’", Ent("Her", "title", "Her")),
])
def test_everyday_word_titles_with_evidence(short_title_ents, text, expected):
    assert short_title_ents(text) == [expected]


@pytest.mark.parametrize("text", [
    "I'm up for anything", "show me something like it", "more like this one, I loved it",
    "something you would like", "I love comedies", "something dark", "watch it with her",
    "Up for a movie?", "It is late, something short", "like up",
])
def test_everyday_word_titles_without_evidence(short_title_ents, text):
    assert short_title_ents(text) == []


# --- issue 10: loose names (surnames alone, spacing, initials, small typos) -------------------------

from nlu.extraction.names import max_typos, within  # noqa: E402


def test_typo_budget_scales_with_length():
    assert [max_typos(n) for n in (5, 7, 8, 12, 13, 20)] == [0, 0, 1, 1, 2, 2]
    assert within("sandlr", "sandler", 1) and within("spielburg", "spielberg", 1)
    assert not within("sandlr", "sandler", 0) and not within("abcdef", "uvwxyz", 2)


def test_short_names_tolerate_no_typo():
    # "Tom Hanks" is 8 letters joined: one edit; "Jon Hamm" (7) none, so "jon ham" is not him.
    g = Gazetteer(actors=("Tom Hanks", "Jon Hamm"))
    ex = Extractor(g)
    read = lambda text: [e.value for e in as_ents(text, ex.extract(text, TODAY)) if e.entity == "actor"]
    assert read("something with tom hankss") == ["Tom Hanks"]
    assert read("something with jon ham") == []


def test_an_initial_must_fit_the_surname(ents):
    assert Ent("S. Spielberg", "director", "Steven Spielberg") in ents("a film by S. Spielberg")
    assert [e for e in ents("a film by J. Spielberg") if e.entity in ("actor", "director")] == []


def test_another_capitalised_given_name_blocks_the_surname(ents):
    # Catherine Scorsese (one credit) is not Martin Scorsese.
    assert [e for e in ents("a film with Catherine Scorsese") if e.entity in ("actor", "director")] == []


def test_ordinary_word_surnames_need_strong_evidence(ents):
    assert [e for e in ents("a rock movie") if e.entity == "actor"] == []
    assert [e for e in ents("a cage film") if e.entity == "actor"] == []
    assert Ent("Chan", "actor", "Jackie Chan") in ents("a Chan movie")


def test_a_one_word_stage_name_after_a_person_cue_is_the_person(values):
    assert values("anything starring kajol", "actor") == [("Kajol", None)]
    assert values("something with Zendaya in it", "actor") == [("Zendaya", None)]


def test_a_one_word_stage_name_before_a_work_noun_is_the_person(values):
    assert values("prabhas films from the last few years", "actor") == [("Prabhas", None)]
    assert values("Rajnikanth action movies", "actor") == [("Rajnikanth", None)]


def test_a_capitalised_one_word_stage_name_is_the_person(values):
    assert values("is there anything Kajol is in?", "actor") == [("Kajol", None)]


def test_a_lowercase_one_word_stage_name_without_a_cue_is_nobody(values):
    assert values("i keep hearing about prabhas", "actor") == []


def test_an_english_word_is_never_a_one_word_stage_name(values):
    # "Logic" and "Flea" are credited performers; the words are meant here
    assert values("a puzzle movie with logic in it", "actor") == []
    assert values("a documentary with a flea circus", "actor") == []


def test_a_well_known_persons_initials_in_capitals_before_a_work_noun_are_the_person(values):
    assert values("SRK films with songs", "actor") == [("Shah Rukh Khan", None)]
    assert values("something starring RDJ", "actor") == [("Robert Downey Jr.", None)]


def test_initials_listed_as_a_nickname_need_a_cue_in_any_case(values):
    assert values("srk films", "actor") == [("Shah Rukh Khan", None)]  # contract/data/nicknames.tsv
    assert values("what does SRK mean", "actor") == []
    assert values("what does srk mean", "actor") == []


def test_part_slip_accepts_one_edit_or_a_doubled_group_written_once():
    from nlu.extraction.names import part_slip
    assert part_slip("bachan", "bachchan") and part_slip("amitab", "amitabh") and not part_slip("bach", "bachchan")


@pytest.mark.parametrize("text, title", [
    ("find me series like dark, the one with the time travel", "Dark"),
    ("a thriller show similar to you - that netflix series", "You"),
    ("more shows like dark season two", "Dark"),
])
def test_an_ordinary_word_title_before_a_description_of_it_is_the_title(ents, text, title):
    """A media noun before "like" and a description after the name ("…, the one with …", "season two") say
    the word is the title, not the mood (names.py ``_described_title``)."""
    found = ents(text)
    assert any(e.entity == "title" and e.value == title and e.role == "similar" for e in found), found
    assert not any(e.entity == "mood" for e in found), found


@pytest.mark.parametrize("text", [
    "we'd like dark, the kind that keeps you up",
    "i like dark comedies, the british ones",
    "something like dark, gritty and slow",
    "a show that's dark like a thriller",
])
def test_the_verb_like_or_a_list_of_wishes_keeps_the_mood(ents, text):
    found = ents(text)
    assert not any(e.entity == "title" for e in found), found
    assert any(e.entity == "mood" and e.value == "dark" for e in found), found


@pytest.mark.parametrize("text, entity, people", [
    ("something by christopher nolan or denis villeneuve", "director", ["Christopher Nolan", "Denis Villeneuve"]),
    ("either tom hanks, meryl streep or denzel washington please", "actor",
     ["Tom Hanks", "Meryl Streep", "Denzel Washington"]),
])
def test_people_in_an_or_list_are_each_an_alternative(values, text, entity, people):
    assert values(text, entity) == [(p, "any") for p in people]


@pytest.mark.parametrize("text", ["only the chris ones", "just the ryan films", "just the ones with michael"])
def test_a_given_name_shared_by_several_people_alone_is_nobody(ents, text):
    """Which "chris" is meant is the dialogue's question (it knows the people of the search), not a guess."""
    assert not any(e.entity in ("actor", "director") for e in ents(text))


@pytest.mark.parametrize("text, dropped", [
    ("got shows similar to you, the american one with the bookstore", ("country", "United States")),
    ("a series like dark (that sci-fi show) please", ("genre", "sci-fi")),
])
def test_a_description_of_a_similar_title_is_no_wish(ents, text, dropped):
    """"…, the american one" points at the title; it asks for nothing American (names.drop_title_descriptions)."""
    found = ents(text)
    assert any(e.entity == "title" and e.role == "similar" for e in found), found
    assert dropped not in {(e.entity, e.value) for e in found}, found


def test_an_origin_said_as_a_wish_after_a_similar_title_stays(values):
    assert values("something like ozark but british", "country") == [("United Kingdom", None)]


@pytest.mark.parametrize("text,entity,value", [
    # a surname that exactly one gazetteer person carries (no well-known bearer), with evidence
    ("whatever nolan did", "director", "Christopher Nolan"),
    ("nolan", "director", "Christopher Nolan"),
    ("the stuff kubrick did", "director", "Stanley Kubrick"),
    # a given name that singles out one well-known person, as the whole message
    ("just keanu please", "actor", "Keanu Reeves"),
    ("what keanu directed", "director", "Keanu Reeves"),
    ("a fincher kind of evening", "director", "David Fincher"),
])
def test_sole_bearer_of_a_name_is_that_person(values, text, entity, value):
    assert values(text, entity) == [(value, None)]


@pytest.mark.parametrize("text", ["early films", "painter movies", "how about fields", "got any kubrick-style films"])
def test_catalog_word_surname_needs_a_strong_cue(ents, text):
    # "early", "painter", "fields" are each one gazetteer person's surname but ordinary words first
    assert [e for e in ents(text) if e.entity in ("actor", "director")] == [], text


@pytest.mark.parametrize("text, surface, title", [
    ("like the office", "the office", "The Office (U.S.)"),
    ("the office but british", "the office", "The Office (U.S.)"),
    ("something like Shameless please", "Shameless", "Shameless (U.S.)"),
    ("more like hunter x hunter", "hunter x hunter", "Hunter X Hunter (2011)"),
])
def test_a_title_is_found_without_its_bracketed_qualifier(ents, text, surface, title):
    assert Ent(surface, "title", title, "similar") in ents(text)


def _extract_titles(titles: list[str], text: str) -> list[str]:
    gazetteer = Gazetteer(titles=tuple(TitleEntry(f"s{i}", t) for i, t in enumerate(titles)))
    return [e.value for e in as_ents(text, Extractor(gazetteer).extract(text, TODAY)) if e.entity == "title"]


def test_an_unqualified_name_shared_by_two_qualified_titles_is_no_alias():
    titles = ["Rangoli Nights (Hindi)", "Rangoli Nights (Tamil)", "The Office (U.S.)"]
    assert _extract_titles(titles, "something like rangoli nights") == []
    assert _extract_titles(titles, "something like rangoli nights (tamil)") == ["Rangoli Nights (Tamil)"]
    assert _extract_titles(titles, "something like the office") == ["The Office (U.S.)"]


def test_an_unqualified_name_that_is_another_title_names_that_title():
    titles = ["Seven Waves (Tamil)", "Seven Waves"]
    assert _extract_titles(titles, "something like seven waves") == ["Seven Waves"]


# --- round 13a: a vocabulary word said where a title goes is the title --------------------------------------

@pytest.mark.parametrize("text, title, role", [
    ("we binged dark over the holidays, what next", "Dark", None),
    ("just finished dark, something equally mind bending", "Dark", None),
    ("more series like dark", "Dark", "similar"),
    ("loved dark, want more like it", "Dark", "similar"),
    ("i watched murder mystery last night, more like that", "Murder Mystery", None),
    ("enjoyed feel good, got anything else", "Feel Good", "similar"),
    ("shows like slasher", "Slasher", "similar"),
])
def test_a_vocabulary_word_in_a_titles_slot_is_the_title(ents, text, title, role):
    found = ents(text)
    assert any(e.entity == "title" and e.value == title and e.role == role for e in found), found
    assert not any(e.entity in ("mood", "genre") and e.surface.lower() in title.lower() for e in found), found


@pytest.mark.parametrize("text", [
    "got something dark tonight",
    "like dark comedies from the uk",
    "dark thrillers like prisoners",
    "i like dark stuff mostly",
    "i'd like dark movies",
    "shows like dark and twisty",
    "we finished dark chocolate and want a comedy",
])
def test_a_vocabulary_word_outside_a_titles_slot_stays_a_word(ents, text):
    assert not any(e.entity == "title" and e.value == "Dark" for e in ents(text)), ents(text)


def test_liked_is_its_own_cue_not_a_slip_of_like(ents):
    # typos.cue_corrections read "liked" as "like", so "we liked dark" became the verb "like" before a mood
    assert any(e.entity == "title" and e.value == "Dark" for e in ents("we liked dark but want something lighter"))


# --- round 13c: well-known nicknames of catalog people (contract/data/nicknames.tsv) ------------------------------

def test_every_nickname_names_a_credited_person_of_the_bundled_catalog(gazetteer):
    from nlu.extraction.names import nicknames
    people = set(gazetteer.actors) | set(gazetteer.directors)
    assert nicknames() and not {name for name in nicknames().values() if name not in people}


@pytest.mark.parametrize("text, entity, name", [
    ("a scarjo thriller", "actor", "Scarlett Johansson"),
    ("jlo romcoms", "actor", "Jennifer Lopez"),
    ("any action film starring the rock", "actor", "Dwayne Johnson"),
    ("the rock movies for tonight", "actor", "Dwayne Johnson"),
    ("bollywood with big b", "actor", "Amitabh Bachchan"),
    ("srk's romances", "actor", "Shah Rukh Khan"),
    ("arnie films from the 80s", "actor", "Arnold Schwarzenegger"),
    ("something with leo in it", "actor", "Leonardo DiCaprio"),
    ("sly stallone boxing movies", "actor", "Sylvester Stallone"),
    ("what did sly direct, directed by sly", "director", "Sylvester Stallone"),
])
def test_a_nickname_names_the_person_like_the_full_name(values, text, entity, name):
    assert values(text, entity) == [(name, None)]


@pytest.mark.parametrize("text", [
    "a documentary about the rock climbing world",
    "my son is a leo, born in august",
    "a sly little heist comedy",
    "a sly film about con artists",
    "big b-movie energy please",
])
def test_a_nickname_that_is_an_ordinary_word_needs_a_person_cue(values, text):
    assert values(text, "actor") == [] and values(text, "director") == []


def test_a_nickname_of_someone_the_catalog_lacks_is_not_read():
    from nlu.extraction import Extractor
    bare = Gazetteer(titles=(TitleEntry("s1", "Some Film"),), actors=("Someone Else",), directors=())
    assert not [e for e in Extractor(bare).extract("jlo movies", TODAY) if e["entity"] in ("actor", "director")]


# --- round 13e: several titles after one likeness cue; two titles compared --------------------------------------

@pytest.mark.parametrize("text, titles", [
    ("anything similar to both money heist and narcos?", ["Money Heist", "Narcos"]),
    ("got shows in the vein of ozark or narcos", ["Ozark", "Narcos"]),
    ("we're big fans of sherlock, ozark and narcos", ["Sherlock", "Ozark", "Narcos"]),
    ("loved ozark & narcos, what next", ["Ozark", "Narcos"]),
    ("series like dark, ozark and narcos", ["Dark", "Ozark", "Narcos"]),
    ("similar to either ozark or dark", ["Ozark", "Dark"]),
])
def test_every_title_of_a_list_after_a_likeness_cue_is_a_similar_title(values, text, titles):
    assert values(text, "title") == [(t, "similar") for t in titles]


@pytest.mark.parametrize("text, entity, value", [
    ("something like ozark and funny", "mood", "funny"),
    ("similar to narcos and in german", "language", "de"),
    ("like dark and moody stuff", "mood", "dark"),
    ("like ozark and dark", "mood", "dark"),  # an ordinary word after "and": dark ones, maybe; no list opened
])
def test_a_conjunct_that_is_no_title_keeps_its_own_reading(ents, text, entity, value):
    found = ents(text)
    assert any(e.entity == entity and e.value == value for e in found), found
    assert not any(e.entity == "title" and e.value.lower() == value for e in found), found


def test_a_list_after_no_likeness_cue_adds_no_titles(values):
    assert values("we watched ozark and narcos ages ago, no more crime please", "title") != [
        ("Ozark", "similar"), ("Narcos", "similar")]


@pytest.mark.parametrize("text, titles", [
    ("is ozark better than narcos?", ["Ozark", "Narcos"]),
    ("is dark any scarier than stranger things", ["Dark", "Stranger Things"]),
    ("which is scarier, the conjuring or insidious", ["The Conjuring", "Insidious"]),
    ("which one's darker: narcos or breaking bad", ["Narcos", "Breaking Bad"]),
    ("ozark or narcos, which is better?", ["Ozark", "Narcos"]),
])
def test_both_titles_of_a_comparison_are_titles(values, text, titles):
    assert values(text, "title") == [(t, None) for t in titles]


@pytest.mark.parametrize("text", [
    "is anything scarier than dark",
    "is this better than that",
    "which is better, a movie or a series",
])
def test_a_comparison_that_names_no_two_titles_reads_none(values, text):
    assert values(text, "title") == []


# --- round 13h: a number in a title and its spelled form are the same word ----------------------------------------

@pytest.mark.parametrize("text, title", [
    ("anything like oceans 11", "Ocean's Eleven"),                  # the catalog spells it, the viewer types digits
    ("shows similar to thirteen reasons why", "13 Reasons Why"),    # the catalog has digits, the viewer spells it
    ("more stuff like the hundred", "The 100"),                    # a hundred said without "one"
    ("something like the one hundred", "The 100"),
    ("films like twenty two july", "22 July"),                     # a compound number
    ("something like stuart little two", "Stuart Little 2"),        # a sequel number said aloud
])
def test_a_title_is_found_with_its_number_written_the_other_way(values, text, title):
    assert values(text, "title") == [(title, "similar")]


def test_a_hyphenated_number_in_a_title_is_read_as_one_number():
    extractor = Extractor(Gazetteer(titles=(TitleEntry("x1", "Precinct Nine-Nine"),)))
    for text in ("something like precinct 99", "anything like precinct ninety nine", "more like precinct nine nine"):
        assert [(e.value, e.role) for e in as_ents(text, extractor.extract(text, TODAY)) if e.entity == "title"] == [
            ("Precinct Nine-Nine", "similar")], text


@pytest.mark.parametrize("text", [
    "a movie for two people",       # a count is no title "2 ..."
    "give me 3 comedies",
    "something for one person",
    "the 100 best thrillers",       # digits before an ordinary phrase
])
def test_numbers_in_ordinary_requests_name_no_title(values, text):
    assert values(text, "title") == []


def test_a_title_that_is_only_a_number_keeps_its_spelling():
    extractor = Extractor(Gazetteer(titles=(TitleEntry("x1", "1922"), TitleEntry("x2", "21"), TitleEntry("x3", "Seven"))))
    for text in ("something like nineteen twenty two", "for a twenty one year old", "films like 7"):
        assert [e for e in as_ents(text, extractor.extract(text, TODAY)) if e.entity == "title"] == [], text


def test_a_lone_one_in_a_title_stays_a_word():
    # "The One" is a pronoun title: "the 1" never names it
    extractor = Extractor(Gazetteer(titles=(TitleEntry("x1", "The One"),)))
    text = "is the 1 with the dragon any good"
    assert [e for e in as_ents(text, extractor.extract(text, TODAY)) if e.entity == "title"] == []


# --- round 5 (13k): availability questions name a title in lowercase ------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("hey do you have the irishman", "The Irishman"),
    ("have you guys got narcos?", "Narcos"),
    ("is the irishman available", "The Irishman"),
    ("is ozark on netflix", "Ozark"),
    ("do u have dark", "Dark"),            # a mood word is the title where its slot closes
])
def test_an_availability_question_names_the_title(values, text, title):
    assert values(text, "title") == [(title, None)]


@pytest.mark.parametrize("text", [
    "do you have anything funny",
    "do you have the time",
    "is there something dark",
    "do you have dark thrillers",          # a noun after the word: the mood
    "do you have thriller?",               # a word naming a kind of title stays the kind
])
def test_availability_words_without_a_title_slot_name_no_title(values, text):
    assert values(text, "title") == []


# --- round 6 (13l): a title holding a year; a title as the subject of a sentence of liking ------------------------

@pytest.mark.parametrize("text, title", [
    ("reply 1994 had me sobbing, more like that", "Reply 1994"),   # opens the message, then more like it
    ("we loved dilan 1991", "Dilan 1991"),                          # after a watched / loved cue
    ("Taj Mahal 1989 was great", "Taj Mahal 1989"),                 # capitalised
    ("elstree 1976", "Elstree 1976"),                               # the whole message, a rare word beside the year
])
def test_a_title_holding_a_year_is_the_title(ents, text, title):
    found = ents(text)
    assert [e.value for e in found if e.entity == "title"] == [title]
    assert [e for e in found if e.entity == "year"] == []


@pytest.mark.parametrize("text, year", [
    ("take me back to 1989 please", "1989-1989"),      # "Back to 1989": common words, no title slot
    ("anything from the 2000s", "2000-2009"),          # "The 2000s": no word beside the decade
    ("a reply from 1994 would be nice", "1994-1994"),  # "Reply 1994" not said as one name
])
def test_a_year_not_named_as_a_title_stays_a_year(values, text, year):
    assert values(text, "title") == []
    assert [v for v, _ in values(text, "year")] == [year]


@pytest.mark.parametrize("text, title, role", [
    ("the office us is my comfort show, what's similar", "The Office (U.S.)", "similar"),
    ("ok so the office was so good. anything like it?", "The Office (U.S.)", "similar"),
    ("loved that. and the office us is my all-time favourite", "The Office (U.S.)", None),
    ("dark is my go-to series", "Dark", None),   # a mood word: with a work noun after the liking
])
def test_a_title_as_the_subject_of_liking_is_the_title(values, text, title, role):
    assert values(text, "title") == [(title, role)]


@pytest.mark.parametrize("text", [
    "i guess the office is my favourite place to nap",   # not at a clause's start
    "dark was amazing",                                  # a mood word needs a work noun or a request for more
    "action is my favourite genre",
    "the weather was great today",
])
def test_a_liking_sentence_without_a_title_subject_names_no_title(values, text):
    assert values(text, "title") == []


@pytest.mark.parametrize("text, title", [
    ("series like ozark, just not ozark itself", "Ozark"),
    ("anything like dark except dark obviously", "Dark"),        # a mood word: no excluded mood either
    ("films similar to inception other than inception", "Inception"),
])
def test_the_anchor_said_not_to_come_back_is_only_the_similar_title(ents, text, title):
    assert [(e.entity, e.value, e.role) for e in ents(text)
            if e.entity in ("title", "mood")] == [("title", title, "similar")]


def test_an_exclusion_after_the_anchor_itself_still_reads(values):
    assert values("shows like dark but not dark itself, and no horror", "genre") == [("horror", "exclude")]


@pytest.mark.parametrize("text", [
    "not dark, something else entirely",        # no likeness cue: the exclusion stays
    "nothing dark, something else entirely",
])
def test_an_exclusion_without_a_liked_anchor_stays(values, text):
    assert values(text, "mood") == [("dark", "exclude")]
    assert values(text, "title") == []


# --- round 7 (13n): a genre word after a person's initials says whose work is meant --------------------------------

@pytest.mark.parametrize("text, person", [
    ("srk thrillers", "Shah Rukh Khan"),
    ("got any jcvd martial arts? jcvd action ideally", "Jean-Claude Van Damme"),
    ("RDJ horror", "Robert Downey Jr."),
])
def test_initials_before_a_genre_word_name_the_person(values, text, person):
    assert values(text, "actor") == [(person, None)]


@pytest.mark.parametrize("text", ["what is srk short for", "is JCVD a real name", "srk"])
def test_initials_without_a_work_or_genre_word_name_nobody(values, text):
    assert values(text, "actor") == []
