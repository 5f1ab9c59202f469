"""One title the viewer half remembers or asks for by name, with no "what was that" (actions/identification.py):
the message is evidence for one title (its plot words, a name or part of one, the people, year, format and country),
never a search's filters; the answer is the title's card when one clearly fits, or an honest "not in the catalog"
for a name no title has. Requests that merely mention a star, kids or a decade stay searches."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.entities import Entity
from actions.identification import Candidate, Sketch, best_fit, sketch_of
from actions.turn import FOCUSED_ID, Turn
from contract.payloads import ItemDetails, Recommendations

# tests/fixtures/netflix_small.csv
BREAKING_BAD, STRANGER_THINGS, THE_OFFICE_US = "s5941", "s3686", "s8443"


def _at(text: str, said: str, name: str, value: str) -> Entity:
    start = text.index(said)
    return Entity(name, value, None, start, start + len(said))


def _sketch(text: str, *entities: tuple[str, str, str], intent: str = "request_recommendation",
            slots: Optional[dict[str, Any]] = None) -> Optional[Sketch]:
    return sketch_of(Turn("t", intent, text, [_at(text, *e) for e in entities], slots or {}))


# --- reading the message ----------------------------------------------------------------------------------------------


def test_a_plot_with_a_star_asked_on_here_is_evidence_not_filters() -> None:
    text = "the science teacher who makes drugs in a trailer, bryan cranston is in it, is that on here?"
    sketch = _sketch(text, ("bryan cranston", "actor", "Bryan Cranston"))
    assert sketch is not None and sketch.strong and sketch.people == ("Bryan Cranston",)
    assert {"science", "teacher", "drugs", "trailer"} <= set(sketch.words)


def test_the_one_where_and_a_decade_is_evidence() -> None:
    sketch = _sketch("the one where kids on bikes fight a monster from another world, 80s",
                     ("80s", "year", "1980-1989"))
    assert sketch is not None and sketch.years == (1980, 1989) and "bikes" in sketch.words


def test_that_kind_of_show_with_a_thing_in_it() -> None:
    sketch = _sketch("that danish crime show with the bridge and the detective", ("danish", "country", "Denmark"),
                     ("show", "media_type", "series"))
    assert sketch is not None and sketch.countries == ("Denmark",) and sketch.media_type == "series"


def test_a_half_remembered_name_ends_with_something() -> None:
    sketch = _sketch("the spanish one with the robbers in the mint… la casa something")
    assert sketch is not None and sketch.name == "la casa"


def test_a_first_name_said_alone_stays_a_word() -> None:
    sketch = _sketch("there's this show about a boy wizard at a boarding school, daniel somebody plays him")
    assert sketch is not None and "daniel" in sketch.words


def test_a_star_and_a_director_said_with_it_make_a_weak_cue() -> None:
    text = "watched it ages ago, a kid finds an alien in the shed, spielberg made it"
    sketch = _sketch(text, ("spielberg", "director", "Steven Spielberg"))
    assert sketch is not None and not sketch.strong and sketch.people == ("Steven Spielberg",)


@pytest.mark.parametrize("text, name", [
    ("is amelie on here?", "amelie"),
    ("do you have the seventh seal", "the seventh seal"),
    ("the great escape? steve mcqueen", "the great escape"),
])
def test_a_name_asked_for(text: str, name: str) -> None:
    people = [("steve mcqueen", "unknown_person", "Steve Mcqueen")] if "mcqueen" in text else []
    sketch = _sketch(text, *people)
    assert sketch is not None and sketch.name == name


def test_a_name_with_its_director_and_year_in_a_question() -> None:
    text = "gone with the wind, fleming, 1939?"
    sketch = _sketch(text, ("1939", "year", "1939-1939"))
    assert sketch is not None and sketch.name == "gone with the wind" and sketch.years == (1939, 1939)


def test_a_catalog_title_with_words_that_pick_it(fixture_gazetteer: None) -> None:
    text = "the office, the american one w steve carell"
    sketch = _sketch(text, ("american", "country", "United States"), ("steve carell", "actor", "Steve Carell"))
    assert sketch is not None and sketch.name == "the office" and sketch.people == ("Steve Carell",)


@pytest.mark.parametrize("text, entities", [
    ("a show for my kids from the 90s", [("kids", "audience", "kids"), ("90s", "year", "1990-1999")]),
    ("is there anything with bryan cranston", [("bryan cranston", "actor", "Bryan Cranston")]),
    ("anything with bryan cranston from the 2010s?", [("bryan cranston", "actor", "Bryan Cranston")]),
    ("something like the one where kids ride bikes", []),  # a likeness: titles like it
    ("my daughter watched it twice, something like that", []),
    ("do you have funny cartoons", []),  # a kind, no name
    ("do you have funny cartoons", [("funny", "mood", "funny"), ("cartoons", "genre", "animation")]),
    ("do you have anything scary", []),
    ("is it on here", []),
    ("funny cartoons on netflix?", []),
    ("horror, 2013?", [("horror", "genre", "horror"), ("2013", "year", "2013-2013")]),
    ("cute animals, 90s", [("90s", "year", "1990-1999")]),
    ("recommend a movie where a dog saves the day", []),
    ("that show was great, more of those", []),
])
def test_requests_are_no_identification(text: str, entities: list[tuple[str, str, str]]) -> None:
    assert _sketch(text, *entities) is None, text


def test_a_title_said_alone_stays_the_usual_answer(fixture_gazetteer: None) -> None:
    assert _sketch("breaking bad?", ("breaking bad", "title", "Breaking Bad")) is None


def test_a_mood_is_no_title_of_that_name(fixture_gazetteer: None) -> None:
    assert _sketch("dark, 90s", ("dark", "mood", "dark"), ("90s", "year", "1990-1999")) is None


def test_feedback_on_a_listed_title_stays_feedback() -> None:
    slots = {"last_items": [{"id": "s1", "title": "A"}]}
    assert _sketch("seen the one with a talking dog", intent="feedback_seen", slots=slots) is None
    assert _sketch("the one where a talking dog runs away", ("the one", "position", "1")) is None


# --- weighing the candidates --------------------------------------------------------------------------------------------


def _item(item_id: str, title: str, description: str = "", **more: Any) -> dict[str, Any]:
    return {"id": item_id, "title": title, "description": description, **more}


def test_the_title_the_evidence_singles_out() -> None:
    sketch = Sketch(words=("teacher", "drugs"), people=("Bryan Cranston",))
    found = best_fit(sketch, [Candidate(_item("1", "Chem", "a teacher sells drugs", cast=["Bryan Cranston"])),
                              Candidate(_item("2", "Other", "a teacher"))])
    assert found is not None and found["id"] == "1"


def test_a_tie_is_no_answer() -> None:
    sketch = Sketch(words=("teacher", "drugs"))
    assert best_fit(sketch, [Candidate(_item("1", "A", "a teacher and drugs")),
                             Candidate(_item("2", "B", "drugs and a teacher"))]) is None


def test_a_weak_cue_needs_the_person_in_the_credits() -> None:
    sketch = Sketch(words=("alien", "shed", "boy", "bike"), strong=False, people=("Steven Spielberg",))
    lone = [Candidate(_item("1", "A", "a boy, a bike, an alien in a shed"))]
    assert best_fit(sketch, lone) is None
    credited = [Candidate(_item("1", "A", "a boy, a bike, an alien in a shed"), credited=("Steven Spielberg",))]
    assert best_fit(sketch, credited) is not None


def test_a_half_name_fits_past_an_article_and_the_plot_picks() -> None:
    sketch = Sketch(words=("robbers", "mint"), name="casa de", media_type="series")
    found = best_fit(sketch, [Candidate(_item("1", "La casa de papel", "robbers lock themselves in the mint",
                                               type="series")),
                              Candidate(_item("2", "Casa de mi Padre", "a ranch", type="movie"))])
    assert found is not None and found["id"] == "1"


def test_the_original_is_the_earliest_of_a_name() -> None:
    sketch = Sketch(name="the karate kid", years=(1980, 1989), edition="earliest")
    found = best_fit(sketch, [Candidate(_item("1", "The Karate Kid", year=1984)),
                              Candidate(_item("2", "The Karate Kid Part II", year=1986)),
                              Candidate(_item("3", "The Karate Kid Part III", year=1989))])
    assert found is not None and found["id"] == "1"


def test_an_era_that_does_not_fit_never_counts_against() -> None:
    sketch = Sketch(words=("orphan", "chess", "girl"), years=(1960, 1969))
    found = best_fit(sketch, [Candidate(_item("1", "Gambit", "an orphan girl plays chess", year=2020)),
                              Candidate(_item("2", "Other", "a girl", year=1965))])
    assert found is not None and found["id"] == "1"


# --- through the actions, on the real recommender ---------------------------------------------------------------------


def _card(convo: Conversation) -> Optional[ItemDetails]:
    return next((a for a in convo.answers if isinstance(a, ItemDetails)), None)


async def test_a_described_series_with_its_star_is_its_card(api: str, convo: Conversation) -> None:
    text = "the chemistry teacher with cancer who starts cooking meth, bryan cranston — is that on here?"
    await convo.say("request_recommendation", [located(text, "bryan cranston", "actor", "Bryan Cranston")], text)
    card = _card(convo)
    assert card is not None and card.item.id == BREAKING_BAD, convo.text
    assert "That sounds like Breaking Bad" in convo.text
    assert not any(isinstance(a, Recommendations) for a in convo.answers)
    assert convo.slots.get(FOCUSED_ID) == BREAKING_BAD


async def test_a_title_with_its_star_is_that_title(api: str, convo: Conversation) -> None:
    text = "the office, the american one w steve carell"
    await convo.say("request_recommendation", [located(text, "american", "country", "United States"),
                                               located(text, "steve carell", "actor", "Steve Carell")], text)
    card = _card(convo)
    assert card is not None and card.item.id == THE_OFFICE_US, convo.text


async def test_a_title_the_catalog_lacks_is_said_with_no_picks(api: str, convo: Conversation) -> None:
    text = "is the seventh seal on here?"
    await convo.say("request_recommendation", [], text)
    assert "don't have “the seventh seal”" in convo.text, convo.text
    assert not any(isinstance(a, Recommendations) for a in convo.answers), convo.text


async def test_a_person_search_stays_a_search(api: str, convo: Conversation) -> None:
    text = "is there anything with bryan cranston"
    await convo.say("request_recommendation", [located(text, "bryan cranston", "actor", "Bryan Cranston")], text)
    assert _card(convo) is None and any(isinstance(a, Recommendations) for a in convo.answers), convo.text


def test_a_catalog_title_asked_plainly_is_the_availability_answer(fixture_gazetteer: None) -> None:
    text = "is breaking bad on here?"
    assert _sketch(text, ("breaking bad", "title", "Breaking Bad")) is None


@pytest.mark.parametrize("text, name", [
    ("there's a cooking show set in a diner, i think it's called the grill", "the grill"),
    ("it was called something like the crownless king, about a prince in exile", "the crownless king"),
    ("la casa something, the spanish one with the robbers", "la casa"),
])
def test_a_name_said_after_called_or_before_something(text: str, name: str) -> None:
    sketch = _sketch(text)
    assert sketch is not None and sketch.name == name, sketch


def test_a_description_where_a_name_was_looked_for_is_a_description() -> None:
    sketch = _sketch("is the show with the chemistry teacher on here")
    assert sketch is not None and sketch.name is None and sketch.words == ("chemistry", "teacher")


def test_a_kind_with_two_words_is_no_description() -> None:
    assert _sketch("a show with funny cartoons on netflix?", ("funny", "mood", "funny")) is None


def test_a_title_then_what_happens_in_it(fixture_gazetteer: None) -> None:
    text = "breaking bad? the one where the teacher cooks meth"
    sketch = _sketch(text, ("breaking bad", "title", "Breaking Bad"))
    assert sketch is not None and sketch.name == "breaking bad" and "meth" in sketch.words


async def test_no_clear_fit_is_the_closest_titles_with_no_caps(api: str, convo: Conversation) -> None:
    text = "the one where some kids build a robot out of junk in a garage"
    await convo.say("request_recommendation", [located(text, "kids", "audience", "kids")], text)
    assert _card(convo) is None and "not sure which title" in convo.text, convo.text
    applied = convo.applied or {}
    assert not applied.get("audience") and not applied.get("ratings"), applied


def test_the_one_with_after_a_list_points_at_the_list() -> None:
    slots = {"last_items": [{"id": "s1", "title": "A"}, {"id": "s2", "title": "B"}]}
    text = "the one with tom hanks on an island"
    assert _sketch(text, ("tom hanks", "actor", "Tom Hanks"), slots=slots) is None
    assert _sketch(text, ("tom hanks", "actor", "Tom Hanks")) is not None  # no list: one title asked for
    asked = "the one with tom hanks on an island, is that on here?"
    assert _sketch(asked, ("tom hanks", "actor", "Tom Hanks"), slots=slots) is not None


@pytest.mark.parametrize("text, entities", [
    ("zombies? 2010s", [("2010s", "year", "2010-2019")]),
    ("haunted houses, 90s?", [("90s", "year", "1990-1999")]),
])
def test_a_topic_and_an_era_are_no_name(text: str, entities: list[tuple[str, str, str]]) -> None:
    assert _sketch(text, *entities) is None, text


def test_one_word_with_its_director_is_a_name() -> None:
    text = "okja? bong joon ho"
    sketch = _sketch(text, ("bong joon ho", "director", "Bong Joon Ho"))
    assert sketch is not None and sketch.name == "okja"


def test_one_word_then_something_is_a_kind() -> None:
    assert _sketch("zombie something") is None


def test_who_watches_is_no_plot_word_and_stays_the_viewers() -> None:
    text = "i want the one with the talking animals on a farm for my kids"
    sketch = _sketch(text, ("kids", "audience", "kids"))
    assert sketch is not None and sketch.audience == "kids" and "kids" not in sketch.words
    plot = "the one where some kids build a raft and sail down the river"
    sketch = _sketch(plot, ("kids", "audience", "kids"))
    assert sketch is not None and sketch.audience is None and "kids" in sketch.words
