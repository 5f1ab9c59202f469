"""Round 25a: English mixed with words of other languages, and short requests in one, through the real extractor
(the bundled catalog's gazetteer), the language check and the planner (no recommender, no Rasa). Phrasings are this
module's own.

1. Courtesies of the languages viewers mix in (greetings, farewells, thanks, "please", honorifics:
   contract.words ``FOREIGN_COURTESIES``) are neutral: never a person or a title (unknown_people ``_Layout.courtesy``,
   extractor ``_outside_courtesies``), never query words (``COURTESY_PATTERN``), never evidence of another language
   (contract.words ``without_foreign_courtesies``, read by actions/language.py and edits.strong_search_entities); a
   catalog name they open stays that name.
2. The common media words of those languages (contract.vocabulary ``FOREIGN_GENRE_WORDS``, ``FOREIGN_ORIGIN_WORDS``,
   ``FOREIGN_MEDIA_WORDS``) are the English constraint, so a short message built from them and names is understood
   (language.py ``_understood``); "with" before a person (contract.words ``FOREIGN_WITH_WORDS``) is a cast cue.
3. A negator of those languages ("pas", "sans", "ohne": ``FOREIGN_NEGATION_WORDS``) rules out what follows it, also as
   a follow-up.
4. A message whose content is still foreign words the bot cannot read keeps the honest "English only".
"""

from __future__ import annotations

import pytest

from actions.edits.routing import carries_search_words
from actions.entities import Entity, parse_entities
from actions.language import in_other_language
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn
from contract.words import courtesy_said_alone, foreign_courtesy_spans
from nlu_cases import TODAY

PEOPLE = ("actor", "director", "unknown_person")


@pytest.fixture(scope="module")
def read(extractor):
    """``read(text)`` → the entities the actions get for ``text``."""
    return lambda text: parse_entities(extractor.extract(text, TODAY), text)


def _plan(text: str, entities: list[Entity], **slots) -> Plan:
    plan = plan_recommendation(Turn("test", "request_recommendation", text, entities, dict(slots)))
    assert isinstance(plan, Plan), plan
    return plan


# -- 1. courtesies are neutral ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "buongiorno! a war film from the sixties",
    "Konbanwa. any thrillers from korea?",
    "salaam, a comedy for tonight",
    "merhaba! some drama series",
    "vanakkam ji, action movies please",
    "Sawasdee! a documentary about elephants",
    "dhanyavaad, something shorter now",
    "a scary movie, arigatou",
    "Kamusta! a romance under two hours, salamat po",
])
def test_a_courtesy_is_never_a_person_or_a_title(read, text):
    got = [(e.name, e.value) for e in read(text) if e.name in PEOPLE or e.name == "title"]
    assert got == [], got


@pytest.mark.parametrize("text", ["buongiorno! a war film from the sixties", "Sawasdee! a documentary about elephants",
                                  "a heist film, grazie mille", "merci bien, one about a boxer"])
def test_a_courtesy_never_reaches_the_query(read, text):
    query = _plan(text, read(text)).constraints.query or ""
    assert not {"buongiorno", "sawasdee", "grazie", "mille", "merci", "bien"} & set(query.split()), query


@pytest.mark.parametrize("text, name, value", [
    ("something with Ola Flyum", "director", "Ola Flyum"),  # a catalog person whose given name is "olá" unaccented
    ("Ji Chang-wook dramas", "actor", "Ji Chang-wook"),     # "ji" opening a name is no honorific
    ("any film with Dia Mirza", "actor", "Dia Mirza"),       # "dia" is a courtesy only in "bom dia"
])
def test_a_catalog_name_spelt_like_a_courtesy_is_still_that_name(read, text, name, value):
    assert (name, value) in [(e.name, e.value) for e in read(text)]


def test_honorifics_are_courtesies_only_after_one_or_closing_a_clause():
    def spans(text: str) -> list[str]:
        return [text[a:b] for a, b in foreign_courtesy_spans(text)]
    assert spans("namaste ji, a comedy") == ["namaste ji"]
    assert spans("a film with amitabh ji?") == ["ji"]
    assert spans("Ji Soo dramas") == [] and spans("Han Ji-min please") == []
    assert spans("xin chao, mark chao films") == ["xin chao"]  # "chao" alone is a surname


@pytest.mark.parametrize("text, small_talk", [("merci bien!", "thanks"), ("Kamsahamnida", "thanks"),
                                              ("arrivederci", "goodbye"), ("Konbanwa!", "greet"),
                                              ("por favor", None), ("gracias, a comedy", None)])
def test_a_message_of_courtesies_only_is_small_talk(text, small_talk):
    assert courtesy_said_alone(text) == small_talk


@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope", "something_else", "request_recommendation"])
async def test_a_courtesy_alone_gets_the_small_talk_answer_whatever_the_label(intent, monkeypatch):
    """Never "I didn't get that" to a thanks said in another language, and no search (the recommender points nowhere)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actions"))
    from dialogue_driver import Conversation

    monkeypatch.setenv("RECOMMENDER_URL", "http://127.0.0.1:9")
    convo = Conversation()
    await convo.say(intent, [], "grazie mille!")
    assert convo.responses == ["utter_thanks"], convo.messages


@pytest.mark.parametrize("text", ["ciao! something funny please", "hola, a short thriller", "danke schön, one more"])
def test_a_courtesy_is_no_evidence_of_another_language(read, text):
    assert not in_other_language(text, read(text))


# -- 2. the common media words of other languages are the English constraint ----------------------------------------

@pytest.mark.parametrize("text, country", [
    ("dizi turcas", "Turkey"),
    ("novelas brasileiras", "Brazil"),
    ("un film mexicain", "Mexico"),
    ("series británicas", "United Kingdom"),
])
def test_an_origin_adjective_of_another_language_is_the_country(read, text, country):
    entities = read(text)
    assert country in _plan(text, entities).constraints.countries
    assert not in_other_language(text, entities)


@pytest.mark.parametrize("text, genre", [
    ("ishq wali movie", "romance"),
    ("películas de amor", "romance"),
    ("un film d'action", "action"),
    ("something bhootiya for tonight", "horror"),
    ("un film de mystère", "mystery"),
])
def test_a_genre_word_of_another_language_is_the_genre(read, text, genre):
    entities = read(text)
    c = _plan(text, entities).constraints
    assert genre in c.genres and not c.query, c
    assert not in_other_language(text, entities)


@pytest.mark.parametrize("text", ["arigatou! séries coréennes por favor", "merhaba, dizi turcas", "ciao, filmes mexicanos"])
def test_a_short_request_after_a_courtesy_is_a_request_whatever_its_label(read, text):
    """The format and origin said alone, courtesies around them, make the message a request even when the classifier
    calls it a fallback (edits.strong_search_entities)."""
    turn = Turn("test", "nlu_fallback", text, read(text), {})
    assert carries_search_words(turn, need_active=True), turn.entities
    assert not in_other_language(text, turn.entities)


def test_a_preposition_of_another_language_is_grammar_of_the_request(read):
    text = "un documentaire sur la nature"
    entities = read(text)
    assert "documentary" in _plan(text, entities).constraints.genres
    assert not in_other_language(text, entities)


def test_a_media_word_of_another_language_is_no_slip_of_a_name(read):
    """"doramas" (Asian drama series) is vocabulary, never a slip of a catalog director's surname (Deramas)."""
    entities = read("any doramas tonight?")
    assert [(e.name, e.value) for e in entities] == [("media_type", "series")], entities


def test_with_in_another_language_before_a_catalog_star_is_a_cast_search(read):
    text = "buenas! filmes com cate blanchett por favor"
    entities = read(text)
    c = _plan(text, entities).constraints
    assert c.actors == ["Cate Blanchett"] and c.media_type == ["movie"], c
    assert not in_other_language(text, entities)


def test_avec_before_a_name_the_catalog_lacks_names_that_person(read):
    got = [e.value for e in read("un film avec Zorbulon Trapanakis") if e.name == "unknown_person"]
    assert got == ["Zorbulon Trapanakis"], got


# -- 3. negators of other languages ------------------------------------------------------------------------------------

def test_a_french_negator_rules_out_the_format_after_it(read):
    text = "une série, pas un film"
    entities = read(text)
    assert not in_other_language(text, entities)
    assert _plan(text, entities).constraints.media_type == ["series"]


def test_a_negator_of_another_language_as_a_follow_up_rules_out_the_format(read):
    text = "ohne serien, just films"
    entities = read(text)
    assert ("media_type", "series", "exclude") in [(e.name, e.value, e.role) for e in entities]
    assert not in_other_language(text, entities)


def test_sans_rules_out_the_genre(read):
    text = "a comedy sans romance"
    assert ("genre", "romance", "exclude") in [(e.name, e.value, e.role) for e in read(text)]


# -- 4. content the bot cannot read is still declined honestly --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "salut! je cherche quelque chose de drôle à regarder avec mes enfants",
    "hola, me gustaría ver algo tranquilo esta noche",
    "ich hätte gern einen spannenden film für heute abend",
    "vorrei vedere qualcosa di divertente stasera, grazie",
])
def test_a_sentence_in_another_language_is_still_declined(read, text):
    assert in_other_language(text, read(text))
