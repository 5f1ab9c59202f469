"""Cartoons ruled out by grown-ups who want gentle titles are every cartoon; for a child only anime goes
(nlu/extraction/childrens.py ``negated_animation``). Phrasings are this module's own."""

from __future__ import annotations

import pytest


def _excluded(values, text: str) -> set[str]:
    return {v for v, role in values(text, "genre") if role == "exclude"}


@pytest.mark.parametrize("text", ["nothing above pg and no cartoons, it's for my mum and dad",
                                  "grandma and grandpa are over, no cartoons please"])
def test_cartoons_ruled_out_by_grown_ups_are_every_cartoon(values, text: str) -> None:
    assert _excluded(values, text) == {"anime", "kids"}, values(text, "genre")


@pytest.mark.parametrize("text", ["for my 8 year old son, no cartoons", "family film night, nothing animated",
                                  "something the little ones can watch but no cartoons"])
def test_cartoons_ruled_out_for_a_child_leave_the_childrens_titles(values, text: str) -> None:
    assert _excluded(values, text) == {"anime"}, values(text, "genre")
