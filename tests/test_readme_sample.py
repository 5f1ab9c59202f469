"""The README's sample conversation stays true: every line is what the contract's plain renderer
writes, and every listed title satisfies the request according to the raw catalog file.

The block is regenerated from a real run with ``scripts/readme_sample.py``; this test needs no
running servers, only the bundled catalog CSV.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from contract import plain, wording
from contract.payloads import Item
from recommender.catalog.importers.netflix import parse

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CATALOG = ROOT / "catalogs" / "netflix-titles" / "netflix_titles.csv"
ITEM_LINE = re.compile(r"^(\d+)\. (.+?) \((\d{4})\) · .*?(?: — (.*))?$")
HEADING = re.compile(r"^Here are (\d+) picks \(comedy · under (\d+) min\):$")


def _block() -> list[str]:
    text = README.read_text(encoding="utf-8")
    block = text.split("<!-- sample-conversation -->", 1)[1].split("<!-- /sample-conversation -->", 1)[0]
    return [line for line in block.strip().strip("`").strip("\n").splitlines()]


def _bot_turns() -> list[list[str]]:
    """The bot's lines of each turn, without the speaker column."""
    turns: list[list[str]] = []
    for line in _block():
        if line.startswith("you"):
            turns.append([])
        elif line.startswith("bot"):
            turns[-1].append(line[6:])
        elif turns and line.startswith(" " * 6):
            turns[-1].append(line[6:])
    return turns


@cache
def _catalog() -> dict[str, list]:
    by_title: dict[str, list] = {}
    for record in parse(CATALOG).records:
        by_title.setdefault(record.title, []).append(record)
    return by_title


def _check_turn(lines: list[str]) -> int:
    """Checks one bot turn and returns the runtime bound of its heading."""
    heading = HEADING.match(lines[0])
    assert heading, lines[0]
    count, bound = int(heading.group(1)), int(heading.group(2))
    assert lines[0] == wording.recommendations_heading({"genres": ["comedy"], "max_minutes": bound}, count)
    item_lines = [line for line in lines[1:] if ITEM_LINE.match(line)]
    assert len(item_lines) == count
    for position, line in enumerate(item_lines, start=1):
        number, title, year, reason = ITEM_LINE.match(line).groups()
        records = [r for r in _catalog().get(title, []) if r.release_year == int(year)]
        assert records, f"{title} ({year}) is not in the catalog"
        record = records[0]
        assert "comedy" in record.genres and record.runtime_minutes and record.runtime_minutes <= bound, line
        item = Item.from_dict({"id": record.source_id, "title": record.title, "year": record.release_year,
                               "duration_minutes": record.runtime_minutes, "rating": record.rating,
                               "reason": reason})
        assert int(number) == position and line == plain.item_line(position, item)
    assert lines[-1].startswith("[") and "[Shorter]" in lines[-1] or bound <= 15
    return bound


def test_the_readme_shows_a_request_and_a_shorter_refinement() -> None:
    block = _block()
    assert block[0] == "you   comedies under 40 minutes"
    assert "you   [Shorter]" in block


def test_each_turn_is_the_plain_rendering_of_titles_that_satisfy_the_request() -> None:
    first, second = _bot_turns()
    assert _check_turn(first) == 40
    assert _check_turn(second) < 40


@pytest.mark.parametrize("line", [line for line in _block() if ITEM_LINE.match(line[6:])])
def test_no_fact_is_shown_twice_on_a_line(line: str) -> None:
    facts = line[6:].replace(" — ", " · ").split(" · ")
    assert len(facts) == len(set(facts)), line
