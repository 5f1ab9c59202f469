"""Which title the viewer means: positions in the last list, and titles looked up in the gazetteer."""

from __future__ import annotations

import os
import time

import pytest

from actions.entities import Entity
from actions.references import UnresolvedReference, lookup_title_id, resolve
from contract.gazetteer import Gazetteer, TitleEntry, write_gazetteer

SHOWN = [{"id": "s1", "title": "Short Laughs"}, {"id": "s2", "title": "Long Saga"}]


def test_a_position_points_into_the_last_list():
    ref = resolve([Entity("position", "2")], SHOWN, None)
    assert (ref.item_id, ref.position) == ("s2", 2)
    with pytest.raises(UnresolvedReference, match="only showed 2 titles"):
        resolve([Entity("position", "5")], SHOWN, None)


def test_a_title_not_shown_is_looked_up_in_the_gazetteer_and_reread_when_it_changes(tmp_path, monkeypatch):
    path = write_gazetteer(Gazetteer(titles=(TitleEntry("s8", "Stranger Things"),)), tmp_path / "g.json")
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(path))
    assert resolve([Entity("title", "stranger things")], SHOWN, None).item_id == "s8"
    write_gazetteer(Gazetteer(titles=(TitleEntry("s9", "Dark"),)), path)
    later = time.time() + 5
    os.utime(path, (later, later))
    assert lookup_title_id("Dark") == "s9" and lookup_title_id("Stranger Things") is None


def test_no_gazetteer_means_unknown_titles(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(tmp_path / "missing.json"))
    assert lookup_title_id("Stranger Things") is None
