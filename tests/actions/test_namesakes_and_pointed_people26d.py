"""Round 26d in the actions: a person's near-namesake one tap away (actions/namesakes.py), a person the catalog lacks
pointed at again by a pronoun (actions/unknown_people.py), and a question about a person's work here that is no title
to identify (actions/identification.py ``asks_for_a_persons_work``). Phrasings and people are this module's own;
the picks come from the real recommender over the fixture catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import convo, located  # noqa: E402,F401

from actions.entities import Entity  # noqa: E402
from actions.identification import asks_for_a_persons_work, sketch_of  # noqa: E402
from actions.namesakes import namesake_buttons  # noqa: E402
from actions.turn import Said, Turn  # noqa: E402
from actions.unknown_people import unknown_people_pointed_at  # noqa: E402
from contract.gazetteer import build_from_netflix_csv, write_gazetteer  # noqa: E402
from contract.payloads import Recommendations  # noqa: E402

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "netflix_small.csv"
SCORSESE = "Martin Scorsese"
MINOR = "Martin Scorsesse"  # a made-up minor director spelt nearly like the fixture's Scorsese (12 titles)
GAROTTI, GAROTI = "Bruno Garotti", "Bruno Garoti"  # the fixture's director of two films and a made-up namesake


@pytest.fixture
def namesake_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixture catalog's gazetteer with a minor near-namesake of one of its directors."""
    from dataclasses import replace

    g = build_from_netflix_csv(FIXTURE)
    g = replace(g, directors=tuple(sorted((*g.directors, MINOR, GAROTI))))
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(write_gazetteer(g, tmp_path / "gazetteer.json")))


def _at(text: str, phrase: str, name: str, value: str) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, None, start, start + len(phrase))


# -- 1. the near-namesake's button ------------------------------------------------------------------------------------

def test_the_person_typed_exactly_is_offered_when_the_nlu_preferred_another(namesake_gazetteer) -> None:
    text = "martin scorsesse movies"
    buttons = namesake_buttons(Turn("t", "request_recommendation", text,
                                    [_at(text, "martin scorsesse", "director", SCORSESE)]))
    assert [b.title for b in buttons] == [f"Or {MINOR}?"]
    assert buttons[0].payload == '/request_recommendation{"director":"Martin Scorsesse"}'


def test_a_spelling_variant_the_person_kept_does_not_outweigh_is_offered(namesake_gazetteer) -> None:
    text = "bruno garotti movies"
    buttons = namesake_buttons(Turn("t", "request_recommendation", text,
                                    [_at(text, "bruno garotti", "director", GAROTTI)]))
    assert [b.title for b in buttons] == [f"Or {GAROTI}?"]


def test_a_prolific_person_typed_exactly_gets_no_button_for_a_minor_namesake(namesake_gazetteer) -> None:
    text = "martin scorsese movies"
    assert namesake_buttons(Turn("t", "request_recommendation", text,
                                 [_at(text, "martin scorsese", "director", SCORSESE)])) == ()


def test_no_namesake_button_for_a_button_tap_or_another_role(namesake_gazetteer) -> None:
    assert namesake_buttons(Turn("t", "request_recommendation", '/request_recommendation{"director":"x"}',
                                 [Entity("director", SCORSESE)])) == ()
    text = "martin scorsese movies"
    assert namesake_buttons(Turn("t", "request_recommendation", text,
                                 [_at(text, "martin scorsese", "actor", SCORSESE)])) == ()


async def test_the_namesake_button_comes_first_beside_the_picks(api, convo, namesake_gazetteer):  # noqa: F811
    text = "bruno garotti films please"
    await convo.say("request_recommendation", [located(text, "bruno garotti", "director", GAROTTI),
                                               located(text, "films", "media_type", "movie")], text)
    assert convo.items and convo.buttons[0]["title"] == f"Or {GAROTI}?", convo.buttons


# -- 2. a person the catalog lacks, pointed at again ------------------------------------------------------------------

def _after_unknown(text: str, entities: list[Entity], **slots) -> Turn:
    said = "anything with Kang Ho-jin?"
    earlier = (Said(said, (_at(said, "Kang Ho-jin", "unknown_person", "Kang Ho-jin"),)),)
    return Turn("t", "refine", text, entities, dict(slots), earlier=earlier)


def test_a_pronoun_after_a_person_the_catalog_lacks_is_still_that_person() -> None:
    text = "fine, a film with her then"
    pointed = unknown_people_pointed_at(_after_unknown(text, [_at(text, "film", "media_type", "movie")]))
    assert [p.value for p in pointed] == ["Kang Ho-jin"]


@pytest.mark.parametrize("text, slots", [
    ("a film to watch with her", {}),                       # the company, no person
    ("a film with her then", {"actors": ["Halle Berry"]}),  # the search has a person of its own
])
def test_a_pronoun_that_is_company_or_the_searchs_own_person_is_not(text, slots) -> None:
    assert unknown_people_pointed_at(_after_unknown(text, [], **slots)) == []


async def test_the_follow_up_is_answered_honestly_with_the_rest_a_button_away(api, convo):  # noqa: F811
    first = "anything with Kang Ho-jin?"
    await convo.say("request_recommendation", [located(first, "Kang Ho-jin", "unknown_person", "Kang Ho-jin")], first)
    text = "ok a series with him then"
    await convo.say("refine", [located(text, "series", "media_type", "series")], text)
    assert not any(isinstance(a, Recommendations) for a in convo.answers), convo.text
    assert "Kang Ho-jin" in convo.text and convo.buttons and convo.buttons[0]["payload"] == "ok a series then"


# -- 3. a person's work asked for here ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("martin scorsese movies on here?", "martin scorsese"),
    ("what has scorsese directed on netflix", "scorsese"),
    ("do you have any scorsese films", "scorsese"),
])
def test_a_persons_work_asked_for_here_is_no_title_to_identify(text, phrase) -> None:
    turn = Turn("t", "request_recommendation", text, [_at(text, phrase, "director", SCORSESE)])
    assert asks_for_a_persons_work(turn) and sketch_of(turn) is None


@pytest.mark.parametrize("text", ["is the scorsese boxing film on here?", "the one scorsese made about the mob"])
def test_a_title_described_by_its_director_is_still_identified(text) -> None:
    assert not asks_for_a_persons_work(Turn("t", "request_recommendation", text,
                                            [_at(text, "scorsese", "director", SCORSESE)]))
