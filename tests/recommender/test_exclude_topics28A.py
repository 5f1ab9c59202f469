"""Round 28A (the schema and recommender side): a topic ruled out ("no superhero stuff", "not baking") is a hard
constraint, ``exclude_topics``: no title whose name, synopsis or tags name it — a word of its family (plural, -ing,
-er, -ed, hyphen and space variants) or a related word of contract/topics.py — looked up in a per-snapshot word index
built once. Checked against the parsed fixture records with our own regular expressions."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from contract.constraints import HARD_FIELDS, Constraints as State
from contract.stems import word_stem
from contract.topics import topic_base
from contract.wording import describe
from recommender import topic_words
from recommender.constraints import Constraints, InvalidValue
from recommender.filters import hard_mask
from recommender.relaxation import suggest

from snapshot_filter import kept

SUPERHERO = re.compile(r"super[\s-]?hero(?:e?s)?\b|superpower", re.IGNORECASE)
BAKING = re.compile(r"\bbak(?:e|es|ed|er|ers|ing|ery)\b|\bpastr|\bcakes?\b", re.IGNORECASE)
ZOMBIE = re.compile(r"\bzombi|\bundead\b", re.IGNORECASE)


def _text(record) -> str:
    return " ".join([record.title, record.description or "", *getattr(record, "tags", [])])


def _naming(records, pattern) -> set[str]:
    return {r.source_id for r in records if pattern.search(_text(r))}


def test_a_topic_leaves_out_every_title_naming_its_family(snapshot, netflix_small_records):
    naming = _naming(netflix_small_records, SUPERHERO)
    got = kept(snapshot, exclude_topics=["superhero"])
    assert naming and got
    assert not got & naming
    assert got | naming == {r.source_id for r in netflix_small_records}


def test_the_space_variant_of_a_compound_is_the_topic_too(snapshot, netflix_small_records):
    spaced = {r.source_id for r in netflix_small_records if re.search(r"super\s+hero", _text(r), re.IGNORECASE)}
    assert spaced
    assert not kept(snapshot, exclude_topics=["superhero"]) & spaced


def test_a_gerund_topic_leaves_out_the_bakers_and_the_bakes():
    texts = ["Amateur bakers face off in a tent.", "She bakes bread for the village.", "A baked-goods empire.",
             "The Baking Contest. Reality TV.", "A pastry chef in Paris.", "A baker's dozen of heists.",
             "A kayak trip down the Bakhmut river.", "Two brothers run a bar."]
    index = topic_words.build_index(texts)
    assert sorted(topic_words.rows_naming("baking", index, texts).tolist()) == [0, 1, 2, 3, 4, 5]


def test_related_words_count_zombie_rules_out_the_undead(snapshot, netflix_small_records):
    undead = {r.source_id for r in netflix_small_records if re.search(r"\bundead\b", _text(r), re.IGNORECASE)}
    got = kept(snapshot, exclude_topics=["zombie"])
    assert undead and not got & undead and not got & _naming(netflix_small_records, ZOMBIE)


def test_near_miss_a_title_that_only_shares_letters_stays(snapshot, netflix_small_records):
    # "war" rules out war, wars, wartime; never "warm", "award", "Edward"
    warm = {r.source_id for r in netflix_small_records
            if re.search(r"\b(?:warm|award|edward)\w*", _text(r), re.IGNORECASE)
            and not re.search(r"\bwar(?:s|time|fare|ring|ri?or)?\b|battlefield", _text(r), re.IGNORECASE)}
    assert warm
    assert warm <= kept(snapshot, exclude_topics=["war"])


def test_a_topic_combines_with_the_other_constraints(snapshot, netflix_small_records):
    action = kept(snapshot, genres=["action"])
    got = kept(snapshot, genres=["action"], exclude_topics=["superhero"])
    assert got and got < action
    assert not got & _naming(netflix_small_records, SUPERHERO)


def test_the_word_index_is_built_once_per_snapshot(snapshot, monkeypatch):
    snapshot.topic_index  # built on first use
    calls = []
    monkeypatch.setattr(topic_words, "build_index", lambda texts: calls.append(1) or {})
    for topic in ("vampire", "shark", "vampire"):
        hard_mask(snapshot, Constraints(exclude_topics=[topic]))
    assert calls == []


def test_the_api_keeps_a_topic_as_its_base_word():
    assert Constraints(exclude_topics=["Superheroes", "baked", "zombies", "time  travel"]).exclude_topics == [
        "superhero", "baking", "zombie", "time travel"]


@pytest.mark.parametrize("bad", ["no superhero stuff at all please", "super!!", "b4", "", "<b>zombie</b>", "x" * 41])
def test_a_topic_that_is_no_short_word_phrase_is_refused(bad):
    with pytest.raises(ValidationError) as err:
        Constraints(exclude_topics=[bad])
    assert isinstance(err.value.errors()[0]["ctx"]["error"], InvalidValue)


def test_too_many_topics_are_refused():
    with pytest.raises(ValidationError):
        Constraints(exclude_topics=[f"topic{chr(97 + i)}" for i in range(11)])


def test_the_relaxation_offers_to_allow_the_topic(snapshot):
    superhero_rows = set(snapshot.topic_rows("superhero").tolist())
    others = [r for r in range(len(snapshot)) if r not in superhero_rows]  # only superhero titles are left to show
    c = Constraints(exclude_topics=["superhero"])
    assert not hard_mask(snapshot, c, others).any()
    offers = suggest(snapshot, c, others)
    assert [(r.drop, r.label) for r in offers] == [("exclude_topics", "allow superheroes")]
    two = suggest(snapshot, Constraints(exclude_topics=["superhero", "zombie"]), others)
    assert "allow superheroes" in [r.label for r in two]


def test_the_topic_field_is_a_hard_list_field_of_the_shared_schema():
    assert "exclude_topics" in HARD_FIELDS
    state = State.from_slots({"exclude_topics": "superhero"})
    assert state.exclude_topics == ["superhero"]
    assert state.to_api() == {"exclude_topics": ["superhero"]}


def test_the_echo_says_nothing_about_superheroes():
    assert describe({"genres": ["action"], "exclude_topics": ["superhero"]}) == "action & adventure · nothing about superheroes"
    assert describe({"exclude_topics": ["zombie", "war"]}) == "nothing about zombies or war"


def test_word_families_share_a_stem():
    assert len({word_stem(w) for w in ("superhero", "superheroes", "super-hero")}) == 1
    assert len({word_stem(w) for w in ("bake", "baking", "baker", "baked", "bakers")}) == 1
    assert topic_base("Super Heroes") == "superhero"
