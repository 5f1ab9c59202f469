"""Round 24c: titles and people in follow-ups and title questions, as the actions read them (phrasings are this module's
own):

* "what else is she in" right after one title's card points at that title's cast (``cast_of.cast_of_the_title_in_view``);
* "i look like <actor>" is no likeness of a title (``planning._likeness_of_looks_only``);
* "something like it" right after naming a title the catalog lacks, a child watching, is the children's shelf within
  the child's cap (``missing_likeness``);
* a title asked about with a slip in "available", an apposition after it ("…, the british one") or its star after it
  ("… with <person>") is still a question about that title (``edits.asks_if_available``).
"""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions import references  # noqa: E402
from actions.cast_of import _lead_size, cast_of_the_title_in_view  # noqa: E402
from actions.edits.asked_titles import asks_if_available  # noqa: E402
from actions.entities import CAST_OF, Entity  # noqa: E402
from actions.missing_likeness import children_like_the_missing, missing_title_said  # noqa: E402
from actions.planning import _likeness_of_looks_only  # noqa: E402
from actions.turn import Said, Turn  # noqa: E402


@pytest.fixture
def titles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(references, "_catalog_title", lambda item_id: {"s42": "Paper Road"}.get(item_id))


def _card_turn(text: str, **slots) -> Turn:
    return Turn("t", "request_recommendation", text, [], {"focused_id": "s42", **slots})


@pytest.mark.parametrize("text", ["and what else has she been in?", "anything more with him", "what else has the lead done",
                                  "his other movies?", "other stuff she's in"])
def test_a_cast_pronoun_after_a_card_points_at_its_cast(titles, text):
    turn = cast_of_the_title_in_view(_card_turn(text))
    pointer = [e for e in turn.entities if e.name == "title" and e.role == CAST_OF]
    assert [e.value for e in pointer] == ["Paper Road"], turn.entities
    assert _lead_size(text, pointer[0]) == 1


@pytest.mark.parametrize("text", ["what else can we watch with her", "something else for her, she is 9",
                                  "is she in it?", "what else"])
def test_no_cast_pointer_without_a_filmography_question(titles, text):
    assert not cast_of_the_title_in_view(_card_turn(text)).entities


def test_a_searched_person_keeps_the_pronoun(titles):
    turn = _card_turn("what else is she in", actors=["Somebody Else"])
    assert not cast_of_the_title_in_view(turn).entities


def test_no_title_in_view_no_pointer(titles):
    assert not cast_of_the_title_in_view(Turn("t", None, "what else is she in", [], {})).entities


def _person_turn(text: str, name: str) -> Turn:
    start = text.index(name.lower())
    return Turn("t", "more_like", text, [Entity("actor", name, None, start, start + len(name))], {})


def test_looking_like_an_actor_is_no_likeness_of_a_title():
    text = "people keep saying i look a lot like meryl streep, so show me her films"
    assert _likeness_of_looks_only(_person_turn(text, "Meryl Streep"))


def test_a_title_likeness_beside_the_looks_stays_one():
    text = "i look like meryl streep and want something like her best film"
    assert not _likeness_of_looks_only(_person_turn(text, "Meryl Streep"))


def _said(text: str, *entities: Entity) -> Said:
    return Said(text, entities)


def _audience(text: str, words: str, value: str = "preschool") -> Entity:
    start = text.index(words)
    return Entity("audience", value, None, start, start + len(words))


@pytest.mark.parametrize("text, words", [("put on tiny tractor tales for my girl she's 4", "tiny tractor tales"),
                                         ("is wobbly wombats on here? my 2 year old loves it", "wobbly wombats"),
                                         ("do you have moonpig adventures", "moonpig adventures")])
def test_the_title_a_message_named(text, words):
    assert missing_title_said(_said(text)) == words


@pytest.mark.parametrize("text", ["play something funny", "is it on here?", "put on a cartoon for him"])
def test_no_title_named(text):
    assert missing_title_said(_said(text)) is None


def test_like_a_missing_title_with_a_child_is_the_childrens_shelf():
    before = "put on tiny tractor tales for my girl she's 4"
    turn = Turn("t", "more_like", "ok something like that then", [], {},
                earlier=(_said(before, _audience(before, "my girl she's 4")),))
    found = children_like_the_missing(turn)
    assert found is not None
    state, words = found
    assert words == "tiny tractor tales" and state.audience == "preschool" and state.genres == ["kids"]


def test_like_a_missing_title_without_a_child_still_asks():
    turn = Turn("t", "more_like", "anything similar?", [], {}, earlier=(_said("do you have moonpig adventures"),))
    assert children_like_the_missing(turn) is None


def _title_turn(text: str, phrase: str, *more: Entity) -> Turn:
    start = text.index(phrase)
    return Turn("t", "nlu_fallback", text, [Entity("title", "Paper Road", None, start, start + len(phrase)), *more], {})


@pytest.mark.parametrize("text", ["is paper road avialable", "is paper road on here, the british one",
                                  "is paper road on netflix, the 2019 version?"])
def test_a_title_question_with_a_slip_or_an_apposition(text):
    assert asks_if_available(_title_turn(text, "paper road"))


def test_a_title_question_with_its_star_after_it():
    text = "do you have paper road with meryl streep"
    start = text.index("meryl")
    assert asks_if_available(_title_turn(text, "paper road", Entity("actor", "Meryl Streep", None, start, len(text))))


def test_a_title_and_another_wish_is_no_title_question():
    text = "do you have paper road with meryl streep or something funny"
    start = text.index("meryl")
    person = Entity("actor", "Meryl Streep", None, start, start + len("meryl streep"))
    assert not asks_if_available(_title_turn(text, "paper road", person))


def test_a_title_question_with_a_described_apposition():
    text = "is paper road on here, the british one"
    start = text.index("british")
    country = Entity("country", "GB", None, start, start + len("british"))
    assert asks_if_available(_title_turn(text, "paper road", country))
