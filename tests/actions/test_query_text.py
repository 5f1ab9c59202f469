"""The free-text remainder of a request (the soft ``query``): content words only (issue 10, class 3)."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.query_text import _time_there_is, negation_scopes, request_entities, request_span, residual_query
from contract.words import catalog_words, is_content_word


def test_only_entities_and_filler_leaves_no_query():
    text = "movies directed by Martin Scorsese"
    ents = [Entity("media_type", "movie", None, 0, 6), Entity("director", "Martin Scorsese", None, 19, 34)]
    assert residual_query(text, ents) is None
    assert residual_query("no romance either", [Entity("genre", "romance", "exclude", 0, 10)]) is None


def test_content_words_beyond_the_entities_are_the_query():
    # "set" is request phrasing, not a topic (it used to reach the query as "set paris").
    assert residual_query("a heist movie set in paris", [Entity("genre", "crime", None, 2, 7)]) == "paris"


def test_the_catalog_vocabulary_is_shipped_and_read_once():
    assert len(catalog_words()) > 5000 and catalog_words() is catalog_words()
    assert {"heist", "zombies", "space"} <= catalog_words()


@pytest.mark.parametrize("text", [
    "somethin good pls",
    "thats it, nope",
    "u got anything?",
    "ok cool whats new tonight",
    "idk, whatever is good",
    "gimme 2 or 3 options",
    "something for the weekend with my wife",
])
def test_filler_typos_and_numbers_leave_no_query(text: str):
    assert residual_query(text, []) is None


@pytest.mark.parametrize("text, query", [
    ("nope, u got anything with zombies?", "zombies"),
    ("somethin about dragons pls", "dragons"),
    ("thats cool but more about space", "space"),
    ("a 90 minute thing about a bank robbery", "bank robbery"),
])
def test_content_words_survive_the_filler_around_them(text: str, query: str):
    assert residual_query(text, []) == query


@pytest.mark.parametrize("text, query", [
    ("no swearing or violence please", None),
    ("no swearing or violence, something about space", "space"),
    ("without gore but with a haunted house", "haunted house"),
    ("i can't stand musicals, anything with dragons", "dragons"),
    ("not romance, just pirates", "pirates"),
    ("nothing about war", None),
])
def test_negated_words_never_reach_the_query(text: str, query: str | None):
    assert residual_query(text, []) == query


def test_negation_scope_ends_at_punctuation_and_contrast_words():
    text = "no zombies or vampires, but ghosts are fine"
    scopes = [text[s:e] for s, e in negation_scopes(text)]
    assert scopes == ["zombies or vampires"]


def test_words_of_another_language_and_typos_are_not_content():
    assert residual_query("quiero una película sobre fantasmas", []) is None
    assert not is_content_word("zxqwv") and not is_content_word("película")
    assert is_content_word("heists") and is_content_word("zombies")


STORY = ("my husband and I finally got the kids to bed after a crazy week, his mother visited and "
         "we argued about horror movies the whole time. anyway tonight we just want a light comedy about cooking?")


def test_a_long_message_is_answered_as_its_request_sentence():
    start, end = request_span(STORY)
    assert STORY[start:end].strip().startswith("anyway tonight")
    assert residual_query(STORY, []) == "light comedy cooking"  # no entities given here


def test_short_messages_are_their_own_request():
    text = "funny. short. about dogs"
    assert request_span(text) == (0, len(text))


def test_story_entities_do_not_count_when_the_request_states_its_own():
    horror_at = STORY.index("horror")
    comedy_at = STORY.index("comedy")
    ents = [Entity("genre", "horror", None, horror_at, horror_at + 6),
            Entity("genre", "comedy", None, comedy_at, comedy_at + 6)]
    assert [e.value for e in request_entities(STORY, ents)] == ["comedy"]


def _at(text: str, name: str, value: str, word: str, role: str | None = None) -> Entity:
    start = text.index(word)
    return Entity(name, value, role, start, start + len(word))


def test_sentences_after_the_request_add_to_it():
    text = ("we have been bingeing the same three shows for months now and everyone in the house is tired of "
            "them. i'd like a series. no anime and no reality please")
    ents = [_at(text, "media_type", "series", "series"), _at(text, "genre", "anime", "anime", "exclude"),
            _at(text, "genre", "reality", "reality", "exclude")]
    assert request_entities(text, ents) == ents


def test_the_viewers_own_taste_in_the_story_counts():
    text = ("my partner always dozes off halfway through anything long, it has become a family joke by now. "
            "we both really like mysteries. anything under 80 minutes?")
    ents = [_at(text, "genre", "mystery", "mysteries"), _at(text, "duration", "<=80", "under 80 minutes")]
    assert request_entities(text, ents) == ents


def test_the_time_there_is_in_the_story_bounds_the_request():
    text = "night shift starts at 11, it's 9 now and i have to leave at 10:30. a movie that fits?"
    ents = [_at(text, "duration", "-90", "leave at 10:30"), _at(text, "media_type", "movie", "movie")]
    assert request_entities(text, ents) == ents


def test_only_a_ceiling_the_request_does_not_restate_is_the_time_there_is():
    assert _time_there_is(Entity("duration", "-90", None, 0, 5), {"media_type"})
    assert not _time_there_is(Entity("duration", "-90", None, 0, 5), {"duration"})  # the request's own runtime wins
    assert not _time_there_is(Entity("duration", "140-", None, 0, 5), set())  # a long film is taste, not time
    assert not _time_there_is(Entity("duration", "100-140", None, 0, 5), set())


def test_a_taste_the_request_overrides_does_not_count():
    text = ("we usually like thrillers and we have watched most of them on here already, honestly all of them. "
            "tonight though, any comedies?")
    ents = [_at(text, "genre", "thriller", "thrillers"), _at(text, "genre", "comedy", "comedies")]
    assert [e.value for e in request_entities(text, ents)] == ["comedy"]


def test_a_wish_said_in_a_story_sentence_counts():
    text = ("my uncle is staying with us for the holidays and he wants to watch something in french, we can read "
            "subtitles. he loves mysteries and a series would be best")
    ents = [_at(text, "language", "fr", "in french"), _at(text, "genre", "mystery", "mysteries"),
            _at(text, "media_type", "series", "series")]
    assert request_entities(text, ents) == ents


def test_a_story_sentence_without_a_wish_still_does_not_count():
    text = ("we watched a french film last night and it was long and slow and we both fell asleep. "
            "anything funny under 90 minutes?")
    ents = [_at(text, "language", "fr", "french"), _at(text, "duration", "<=90", "under 90 minutes")]
    assert [e.value for e in request_entities(text, ents)] == ["<=90"]


def test_a_story_wish_the_request_overrides_does_not_count():
    text = ("my kids wanted a cartoon this afternoon and they got their way, as usual in this house. "
            "now for me, any thrillers?")
    ents = [_at(text, "genre", "kids", "cartoon"), _at(text, "genre", "thriller", "thrillers")]
    assert [e.value for e in request_entities(text, ents)] == ["thriller"]


def test_what_the_story_rules_out_stays_ruled_out():
    text = ("we have been arguing for half an hour. my wife cannot stand westerns. i am not into musicals either. "
            "anything with a good mystery?")
    ents = [_at(text, "genre", "action", "westerns", "exclude"), _at(text, "genre", "music", "musicals", "exclude"),
            _at(text, "genre", "mystery", "mystery")]
    assert request_entities(text, ents) == ents


def test_a_story_exclusion_the_request_asks_for_gives_way():
    text = ("we usually skip comedies in this house, nobody really laughs at them anymore. tonight though, "
            "maybe a comedy?")
    ents = [_at(text, "genre", "comedy", "comedies", "exclude"), _at(text, "genre", "comedy", "comedy")]
    assert [(e.value, e.role) for e in request_entities(text, ents)] == [("comedy", None)]


def test_the_person_a_story_is_about_counts_unless_the_story_rejects_them():
    about = ("my book club spent the whole evening arguing about Meryl Streep and now they want me to see her "
             "films. where do i start, a drama maybe?")
    ents = [_at(about, "actor", "Meryl Streep", "Meryl Streep"), _at(about, "genre", "drama", "drama")]
    assert request_entities(about, ents) == ents
    rejected = ("my brother puts on Adam Sandler every single weekend and i really cannot stand him anymore. "
                "any good dramas for tonight?")
    ents = [_at(rejected, "actor", "Adam Sandler", "Adam Sandler"), _at(rejected, "genre", "drama", "dramas")]
    assert [e.value for e in request_entities(rejected, ents)] == ["drama"]


def test_story_entities_count_when_the_request_states_none():
    text = ("we are a family with two kids who love animals and the ocean and we have about an hour "
            "before bedtime tonight. what should we watch?")
    kids_at = text.index("kids")
    ents = [Entity("audience", "kids", None, kids_at, kids_at + 4)]
    assert request_entities(text, ents) == ents


def test_tone_words_outside_the_catalog_vocabulary_are_content():
    assert residual_query("something wholesome and cozy", []) == "wholesome cozy"


@pytest.mark.parametrize("text, query", [
    ("something to have on while i cook", None),
    ("a mystery for when the kids are asleep, set in paris", "paris"),
    ("after we eat dinner we want a film about volcanoes", "volcanoes"),
])
def test_clauses_about_the_viewers_situation_are_not_the_topic(text: str, query: str | None):
    assert residual_query(text, [Entity("genre", "mystery", None, 2, 9)] if "mystery" in text else []) == query


@pytest.mark.parametrize("text, query", [
    ("eh, surprise me", None), ("you choose tonight", None), ("dealer's choice", None),
    ("throw anything good at me", None), ("surprise us with a volcano film", "volcano"),
])
def test_leaving_the_choice_to_the_bot_is_no_topic(text: str, query: str | None):
    assert residual_query(text, []) == query


def test_a_negation_verb_is_never_the_query():
    text = "a comedy, my husband hates musicals"
    entities = [Entity("genre", "comedy", None, 2, 8), Entity("genre", "music", "exclude", 26, 34)]
    assert residual_query(text, entities) is None


@pytest.mark.parametrize("text, query", [
    # story clauses of one run-on sentence give nothing; the asking clause does
    ("my flight got cancelled, the hotel lost our booking, the kids are cranky, please find a film about pirates",
     "pirates"),
    ("the plumber never came, my phone died at lunch, we need a series set in the arctic", "arctic"),
    # a clause that opens with its topic is a wish; a story clause that mentions something is not
    ("grandpa told stories about the navy all evening, the soup went cold, i want something tonight, "
     "preferably about astronauts", "astronauts"),
    ("my brother ranted about taxes, the car is in the garage again, any good thriller?", "thriller"),
    # the evening's timing is no topic
    ("we cooked all day, everyone is stuffed, something light to put on after dinner please", "light"),
])
def test_only_asking_and_topic_clauses_of_a_run_on_sentence_give_query_words(text: str, query: str):
    assert residual_query(text, []) == query


def test_a_list_of_wishes_keeps_its_short_clauses():
    text = "a mystery, really moody, with an island, not too long, no subtitles please"
    assert residual_query(text, [Entity("genre", "mystery", None, 2, 9)]) == "moody island"


def test_a_short_run_on_is_left_whole():
    from actions.query_text import query_clauses
    text = "funny, about cats"
    assert query_clauses(text, 0, len(text)) == [(0, len(text))]
