"""A catalog name said inside a description of one title (actions/described_names.py, round 21h): the franchise's words
opening it ("the <franchise> picture with <a star>") and a title closing it ("that <country> <topic> one, <title>") are
names the rest of the description picks among (actions/identification.py), never query words or a mood."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

import actions.described_names as described_names
from actions.described_names import franchise_opening, title_closing
from actions.entities import Entity
from actions.identification import Candidate, Sketch, best_fit, sketch_of
from actions.turn import Turn
from contract.payloads import ItemDetails

# tests/fixtures/netflix_small.csv
LAST_CRUSADE, DARK = "s7072", "s2328"


def _gazetteer(*titles: str) -> Any:
    from contract.gazetteer import Gazetteer, TitleEntry

    return Gazetteer(titles=tuple(TitleEntry(f"s{i}", t) for i, t in enumerate(titles)))


@pytest.fixture
def catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(described_names, "catalog_gazetteer", lambda: _gazetteer(
        "Indiana Jones and the Last Crusade", "Indiana Jones and the Temple of Doom", "Monty Python's Life of Brian",
        "Monty Python and the Holy Grail", "Dark", "Dark Desire", "Cooking on High", "The Mystic River"))


def _at(text: str, said: str, name: str, value: str) -> Entity:
    start = text.index(said)
    return Entity(name, value, None, start, start + len(said))


# --- the franchise opening a description -----------------------------------------------------------------------------


def test_a_franchise_of_two_words_opens_the_description(catalog: None) -> None:
    text = "the indiana jones picture w/ sean connery"
    assert franchise_opening(text, [_at(text, "sean connery", "actor", "Sean Connery")]) == "indiana jones"


def test_a_franchise_the_extractor_read_as_one_of_its_titles(catalog: None) -> None:
    text = "that monty python film about the grail"
    title = _at(text, "monty python", "title", "Monty Python's Life of Brian")
    assert franchise_opening(text, [title]) == "monty python"


@pytest.mark.parametrize("text, entities", [
    ("the cooking show with gordon ramsay", []),                         # one everyday word: a topic
    ("the indiana jones movies with sean connery", []),                  # several titles asked for
    ("the dark german show about time travel", [("german", "country", "Germany")]),  # an origin inside the words
    ("the monty python one", []),                                        # nothing picks one
    ("the space cowboy one with the dog", []),                           # no title begins with the words
])
def test_no_franchise_opening(catalog: None, text: str, entities: list[tuple[str, str, str]]) -> None:
    assert franchise_opening(text, [_at(text, *e) for e in entities]) is None, text


# --- a title closing a description ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["that german time travel one, dark", "the german show about time travel - Dark?",
                                  "that german time travel series… dark i think"])
def test_a_title_closes_the_description(catalog: None, text: str) -> None:
    assert (title_closing(text, [_at(text, "german", "country", "Germany")]) or "").casefold() == "dark", text


@pytest.mark.parametrize("text", ["that german one, dark and twisty", "that german show, something dark",
                                  "the german series, thanks", "that german time travel one"])
def test_no_title_closes_the_description(catalog: None, text: str) -> None:
    assert title_closing(text, [_at(text, "german", "country", "Germany")]) is None, text


def test_a_closing_name_needs_the_description_to_bear_it_out() -> None:
    dark = Candidate({"id": DARK, "title": "Dark", "description": "A missing child sets four families on a hunt.",
                      "countries": ["Germany", "United States"]})
    desire = Candidate({"id": "s9", "title": "Dark Desire", "description": "A married woman's affair.",
                        "countries": ["Mexico"]})
    german = Sketch(words=("travel",), name="dark", countries=("Germany",), name_needs_support=True)
    korean = Sketch(words=("revenge",), name="dark", countries=("South Korea",), name_needs_support=True)
    found: Optional[dict[str, Any]] = best_fit(german, [dark, desire])
    assert found is not None and found["id"] == DARK
    assert best_fit(korean, [dark, desire]) is None  # "that korean revenge one, dark": a dark film, not Dark


def test_the_sketch_names_the_franchise_and_the_star(catalog: None) -> None:
    text = "the indiana jones picture with sean connery"
    sketch = sketch_of(Turn("t", "request_recommendation", text,
                            [_at(text, "picture", "media_type", "movie"), _at(text, "sean connery", "actor", "Sean Connery")],
                            {}))
    assert sketch is not None and sketch.name == "indiana jones" and sketch.people == ("Sean Connery",)
    assert not sketch.name_needs_support


# --- through the actions, on the fixture catalog -----------------------------------------------------------------------


def _card(convo: Conversation) -> Optional[ItemDetails]:
    return next((a for a in convo.answers if isinstance(a, ItemDetails)), None)


async def test_the_franchise_picture_with_its_star_is_its_card(api: str, convo: Conversation,
                                                               fixture_gazetteer: None) -> None:
    text = "the indiana jones picture with sean connery"
    await convo.say("request_recommendation", [located(text, "picture", "media_type", "movie"),
                                               located(text, "sean connery", "actor", "Sean Connery")], text)
    card = _card(convo)
    assert card is not None and card.item.id == LAST_CRUSADE, convo.text


async def test_a_title_after_its_description_is_its_card(api: str, convo: Conversation,
                                                         fixture_gazetteer: None) -> None:
    text = "that german time travel one, dark"
    await convo.say("request_recommendation", [located(text, "german", "country", "Germany"),
                                               located(text, "dark", "mood", "dark")], text)
    card = _card(convo)
    assert card is not None and card.item.id == DARK, convo.text


# --- a name spelt as it sounds is never missing (actions/catalog_names.py) -------------------------------------------


def test_a_name_spelt_as_it_sounds_may_be_held() -> None:
    from actions.catalog_names import may_hold

    catalog = _gazetteer("Midnight Mass", "Highway Thru Hell")
    assert may_hold(catalog, "midnite mass") and may_hold(catalog, "highway through hell")
    assert not may_hold(catalog, "midnite cowboy")  # near miss: the rest of the name still has to be a title's
