"""The plain-text renderer: the reference rendering, every fact once."""

from __future__ import annotations

import json
from pathlib import Path

from contract import plain
from contract.payloads import HandoffState, Item, ItemDetails, Recommendations, from_custom

GOLDEN = [from_custom(w) for w in
          json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "golden_answers.json").read_text())]


def test_a_list_shows_each_runtime_once() -> None:
    item = Item.from_dict({"id": "s1", "title": "The Upshaws", "year": 2021, "duration_minutes": 32,
                           "rating": "TV-14", "reason": "comedy"})
    line = plain.item_line(1, item)
    assert line == "1. The Upshaws (2021) · 32 min · TV-14 — comedy"
    assert line.count("32 min") == 1


def test_every_golden_item_appears_exactly_once() -> None:
    text = plain.render_all(GOLDEN)
    for answer in GOLDEN:
        for item in getattr(answer, "items", ()):
            assert text.count(item.title) == 1, item.title


def test_heading_comes_before_the_numbered_list() -> None:
    first = plain.render(GOLDEN[0]).splitlines()
    assert first[0] == GOLDEN[0].heading and first[1].startswith("1. ")


def test_empty_list_says_so_and_offers_the_relaxation_button() -> None:
    text = plain.render_all([GOLDEN[1]])
    assert "couldn't find anything" in text and "[Allow any audience]" in text


def test_details_list_people_and_story() -> None:
    text = plain.render(GOLDEN[2])
    assert "Stranger Things (2016) — series · 4 seasons · rated TV-14" in text
    assert "Starring Winona Ryder, David Harbour" in text and "secret lab" in text


def test_unknown_movie_runtime_is_said_not_guessed() -> None:
    assert "runtime unknown" in plain.render(ItemDetails(Item("s1", "X", type="movie")))


def test_handoff_wording_depends_on_whether_the_channel_can_push() -> None:
    live = plain.render(HandoffState("waiting"), live=True)
    elsewhere = plain.render(HandoffState("waiting"), live=False)
    assert live != elsewhere and "follow up" in elsewhere


def test_agent_message_names_the_agent() -> None:
    assert plain.render(GOLDEN[5]) == "Ana: Hi, I can help with that."


def test_no_list_without_items_is_numbered() -> None:
    assert "1." not in plain.render(Recommendations("Nothing matched."))
