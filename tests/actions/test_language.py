"""Messages in another language are recognised cheaply and answered honestly (issue 10, class 8)."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.language import in_other_language


@pytest.mark.parametrize("text", [
    "hola, quiero ver una película de miedo para esta noche",
    "busco una serie coreana",
    "ich möchte heute abend einen lustigen film sehen",
    "kannst du mir eine serie empfehlen",
    "je veux regarder un film drôle ce soir",
    "quero ver um filme de terror hoje",
    "voglio vedere un film comico stasera",
])
def test_other_languages_are_recognised(text: str):
    assert in_other_language(text)


@pytest.mark.parametrize("text", [
    "u got any gud flix 2nite",
    "somethin funny thats not too long pls",
    "something like La Casa de Papel",
    "a film by Pedro Almodóvar",
    "something set in São Paulo",
    "Pokémon movies for my kid",
    "i want to watch la la land",
    "hola",                       # too short to tell: left to the NLU
    "/refine{\"genre\":\"comedy\"}",
])
def test_english_with_foreign_names_or_typos_is_english(text: str):
    assert not in_other_language(text)


def test_a_foreign_title_recognised_as_an_entity_does_not_count():
    text = "quiero ver La Casa de Papel"
    assert in_other_language(text)
    assert not in_other_language("the one called La Casa de Papel",
                                 [Entity("title", "Money Heist", None, 16, 31)])


@pytest.mark.parametrize("intent", ["request_recommendation", "refine", "nlu_fallback", "out_of_scope", "deny"])
async def test_every_action_answers_another_language_honestly(intent: str, monkeypatch: pytest.MonkeyPatch):
    """Whatever the classifier made of it, the viewer hears "English only", and no search is made
    (the recommender URL points nowhere: a search would answer "can't reach the catalog")."""
    pytest.importorskip("rasa_sdk")
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from dialogue_driver import Conversation, ent

    from contract import wording
    from contract.payloads import PlainText

    monkeypatch.setenv("RECOMMENDER_URL", "http://127.0.0.1:9")
    convo = Conversation()
    text = "hola, quiero ver una película de miedo para esta noche"
    await convo.say(intent, [ent("genre", "horror", None, 30, 35)], text)
    assert convo.answers == [PlainText(wording.ENGLISH_ONLY)], convo.answers


def test_the_words_of_an_english_vocabulary_phrase_are_english():
    text = "a rom com"
    assert not in_other_language(text, [Entity("genre", "romance", None, 2, 9), Entity("genre", "comedy", None, 2, 9)])


# -- issue 10 round 6: short requests and mixed messages ----------------------------------------------

@pytest.mark.parametrize("text", [
    "comedias románticas",
    "séries coréennes",
    "komödien bitte",  # the courtesy is no evidence (round 25a): the letters of the word are
    "documentários novos",
])
def test_a_one_or_two_word_request_in_another_language_is_recognised(text: str):
    assert in_other_language(text)


@pytest.mark.parametrize("text", ["hola", "merci beaucoup", "danke schön", "anime pls", "k dramas", "romantc comdies"])
def test_short_greetings_thanks_and_english_typos_are_left_to_the_nlu(text: str):
    assert not in_other_language(text)


@pytest.mark.parametrize("text", [
    "una comedia romántica for tonight",
    "show me some filmes de ação",
    "something to watch avec ma copine",
])
def test_english_filler_around_a_request_in_another_language_is_another_language(text: str):
    assert in_other_language(text)


def test_a_mixed_message_whose_request_was_understood_stays_english():
    text = "can you find una comedia romántica"
    start = text.index("comedia")
    assert not in_other_language(text, [Entity("genre", "comedy", None, start, start + len("comedia")),
                                        Entity("genre", "romance", None, start + 8, len(text))])


@pytest.mark.parametrize("text", ["any good café shows", "hola, something funny please", "i loved amélie, anything similar"])
def test_an_english_content_word_or_a_name_cue_keeps_a_mixed_message_english(text: str):
    assert not in_other_language(text)
