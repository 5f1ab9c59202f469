"""Round 17e of the NLU extraction: who is watching and people (nlu/extraction/{audience,kin,names,unknown_people}.py).
Classes of failures seen on real viewers, each tested with this module's own phrasings and with near-misses that must
not change."""

from __future__ import annotations

import pytest

from contract.vocabulary import audience_for_age
from nlu.extraction.audience import said_ages


# -- 1. the age bands are Netflix's: preschool 0-4, kids 5-6, family 7-12 (PG fine from 7), teen 13-17 --------------------

@pytest.mark.parametrize("age, audience", [(4, "preschool"), (5, "kids"), (6, "kids"), (7, "family"), (9, "family"),
                                           (12, "family"), (13, "teen"), (17, "teen"), (18, "adult")])
def test_the_bands_are_netflixs(age, audience):
    assert audience_for_age(age) == audience


@pytest.mark.parametrize("text, audience", [
    ("my boys are 7 and 10, something with dragons", "family"),
    ("a cartoon my 7yo will like", "family"),
    ("the twins are seven, any fun adventure", "family"),
    ("my girls are 6 and 9", "kids"),            # near miss: a six year old still holds it to TV-Y7
    ("for a five year old", "kids"),
])
def test_a_seven_year_old_may_watch_pg(values, text, audience):
    assert values(text, "audience") == [(audience, None)]


# -- 2. a compound number word is one number; the viewer's own grown-up age is no cap -------------------------------------

@pytest.mark.parametrize("said, ages", [
    ("seventy-eight", [78]), ("sixty five", [65]), ("twenty-one and twenty-four", [21, 24]), ("12-13", [12, 13]),
    ("seven-nine", [7, 9]), ("4 and an 8", [4, 8]), ("6, 9, and 13", [6, 9, 13]), ("8 to 10", [8, 10]),
])
def test_said_ages_keeps_a_compound_number_word_whole(said, ages):
    assert said_ages(said) == ages


@pytest.mark.parametrize("text", [
    "i am eighty-one years old and still love a good thriller",
    "I'm fifty two years old, what comedies are there",
    "im 34 years old and bored",
    "we are both sixty-seven years old, something gentle",
])
def test_a_viewers_own_grown_up_age_is_no_audience(values, text):
    assert values(text, "audience") == []


@pytest.mark.parametrize("text, audience", [
    ("i'm fourteen years old and want horror", "teen"),      # near miss: a teen's own age still caps
    ("my daughter is twenty-three years old", "adult"),       # near miss: a grown child is still the adults' search
    ("my kids are twenty-one and twenty-four", "adult"),
    ("for my 9 year old", "family"),
])
def test_other_ages_still_count(values, text, audience):
    assert values(text, "audience") == [(audience, None)]


# -- 3. kin in a heritage or past clause are not who is watching -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my grandparents emigrated from Ireland, got any irish dramas",
    "the grandparents were born in Mexico and I want a mexican comedy",
    "my parents grew up in Seoul, show me korean thrillers",
    "my late mother adored old musicals",
    "my folks are originally from Greece, any greek films",
    "my kids grew up on dinosaur cartoons, something for me now",
    "my grandma used to love westerns, any good ones",
])
def test_kin_in_the_viewers_history_are_no_audience(values, text):
    assert values(text, "audience") == []


def test_the_country_of_the_history_is_still_asked_for(values):
    assert ("Ireland", None) in values("my grandparents emigrated from Ireland, got any irish dramas", "country")


@pytest.mark.parametrize("text, audience", [
    ("my kids grew up on dinosaur cartoons, something new for them", "family"),
    ("the grandkids came over from next door", "family"),                      # a visit, no history
])
def test_company_is_still_company(values, text, audience):
    assert values(text, "audience") == [(audience, None)]


# -- 4. "cleaner" after a list is the clean cap ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "anything cleaner?", "got cleaner stuff", "those are rough, the cleaner ones please", "a bit cleaner", "cleaner pls",
    "something way cleaner for tonight",
])
def test_cleaner_is_the_clean_cap(values, text):
    assert values(text, "audience") == [("family", "cap")]


@pytest.mark.parametrize("text", [
    "the cleaner is here so something short", "we hired a cleaner", "my window cleaner is a huge ozark fan",
    # after a noun it is the person or the machine, wherever it stands
    "my sister is an office cleaner", "a film about a carpet cleaner", "something about a pool cleaner",
    "a comedy about a window cleaner comedy club", "that street cleaner movie",
])
def test_a_cleaner_who_cleans_is_no_cap(values, text):
    assert values(text, "audience") == []


@pytest.mark.parametrize("text", [
    "hmm, cleaner please", "ok. cleaner stuff", "any cleaner comedies", "just cleaner ones", "a little cleaner",
])
def test_cleaner_opening_its_clause_or_after_a_wish_is_still_the_cap(values, text):
    assert values(text, "audience") == [("family", "cap")]


# -- 5. a person's role: cast said away from the name; a particle surname alone -------------------------------------------

def _people(ents, text):
    return [(e.entity, e.value) for e in ents(text) if e.entity in ("actor", "director", "title", "unknown_person")]


@pytest.mark.parametrize("text", [
    "Clint Eastwood back in his western years was the best. got anything with him?",
    "clint eastwood, the films he starred in",
    "loved clint eastwood in his prime, what do you have",
    "clint eastwood as an actor please",
])
def test_cast_said_away_from_the_name_reads_the_actor(ents, text):
    assert _people(ents, text) == [("actor", "Clint Eastwood")]


@pytest.mark.parametrize("text", [
    "clint eastwood",                                  # near miss: bare, he directed more than he acted
    "films directed by clint eastwood, anything with him directing",
    "something by clint eastwood",
])
def test_without_a_cast_cue_the_role_with_more_credits_stays(ents, text):
    assert _people(ents, text) == [("director", "Clint Eastwood")]


def test_a_particle_surname_two_well_known_people_share_is_the_most_credited(ents):
    # mostly a director: his cast credits are voice roles and documentaries (round 18a, gazetteer mainly_directors)
    assert _people(ents, "any del toro") == [("director", "Guillermo del Toro")]
    assert _people(ents, "something by del toro") == [("director", "Guillermo del Toro")]


def test_a_particle_surname_with_a_directing_cue_is_its_one_director(ents):
    assert _people(ents, "films by de palma") == [("director", "Brian De Palma")]
    assert _people(ents, "van sant") == [("director", "Gus Van Sant")]


def test_the_most_credited_needs_more_credits_than_every_other():
    from nlu.extraction.names import _most_credited
    assert _most_credited({("a",), ("b",)}, {("a",): 7, ("b",): 5}) == {("a",)}
    assert _most_credited({("a",), ("b",)}, {("a",): 5, ("b",): 5}) == set()
    assert _most_credited({("a",), ("b",)}, {}) == set()


# -- 6. interjections and everyday words are no unknown people ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Marvellous. Another one in that vein",
    "Superb! more along those lines please",
    "postgame movies w the lads",
    "a midweek movie, something light",
])
def test_interjections_and_everyday_words_are_nobody(values, text):
    assert values(text, "unknown_person") == []


@pytest.mark.parametrize("text, name", [
    ("anything by Mizoguchi", "Mizoguchi"),             # near miss: a person cue
    ("tarkovsky films please", "Tarkovsky"),            # a work noun after it
    ("almodovar please", "Almodovar"),                  # lowercase, the whole message
])
def test_names_where_a_person_stands_are_still_read(values, text, name):
    assert values(text, "unknown_person") == [(name, None)]


def test_an_everyday_prefix_makes_an_everyday_word():
    from nlu.extraction.unknown_people import everyday_word
    assert everyday_word("pregame") and everyday_word("midweek")
    assert not everyday_word("mizoguchi")
    assert not everyday_word("prescott", {"scott"})  # near miss: a prefix before a name word


@pytest.mark.parametrize("text", ["stand-up by bo burnham", "any specials by bo burnham please"])
def test_a_performance_by_a_comic_is_the_comic_on_stage(ents, text):
    assert ("actor", "Bo Burnham") in _people(ents, text)


@pytest.mark.parametrize("text", ["films by bo burnham", "a special directed by bo burnham"])
def test_films_by_or_directed_by_stay_the_director(ents, text):
    assert ("director", "Bo Burnham") in _people(ents, text)
