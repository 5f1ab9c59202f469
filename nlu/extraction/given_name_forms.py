"""A given name said short or familiar before a surname: "nic cage", "mo freeman", "benny cumberbatch", "jen aniston".

Viewers shorten the given name of the person they mean, either to its first letters ("mo" for Morgan, "leo" for
Leonardo, "chris" for Christopher) or to a familiar form no prefix rule derives ("benny" for Benedict, "bill" for
William). A typed form *fits* a catalog given name when it is one of these (``fits``). ``ShortGivenNames`` holds every
credited person of the gazetteer (cast or director, as contract/gazetteer.py builds it) by surname, and names the one
person of a surname whose given name the form fits — none when two people of that surname fit ("ma freeman" could be
Martin or Morgan) or when the words are somebody's own full name.

Which evidence a reading needs beside the words is the matcher's business (names.LooseNames._short_given_names): a
form of two letters or an everyday word ("mo", "will") is a first name only with a person cue, a work or genre noun, or
the user's capitals.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Generic, Iterable, Mapping, TypeVar

Info = TypeVar("Info")

MIN_PREFIX = 2  # letters of a given name's start that stand for it ("mo" for Morgan); one letter is an initial
MIN_SURNAME = 3  # letters of the surname after a short form: shorter ones are everyday words ("li", "wu" aside)

# Common short and long forms of given names, each group one name: "sam l jackson" is Samuel L. Jackson.
GIVEN_NAME_FORMS = (("sam", "samuel", "sammy"), ("mike", "michael", "mikey"), ("bob", "robert", "rob", "bobby"),
                    ("chris", "christopher"), ("matt", "matthew"), ("tom", "thomas", "tommy"),
                    ("jim", "james", "jimmy"), ("nick", "nicholas", "nicolas"), ("dan", "daniel", "danny"),
                    ("ben", "benjamin"), ("alex", "alexander"), ("kate", "katherine", "kathryn", "katie"),
                    ("liz", "elizabeth", "beth"), ("will", "william", "bill", "billy"), ("joe", "joseph", "joey"),
                    ("dave", "david"), ("steve", "steven", "stephen"), ("tony", "anthony"), ("andy", "andrew"),
                    ("jen", "jennifer", "jenny"))
# Familiar forms that stand for more than one given name, so they make no group of their own: familiar → full.
FAMILIAR_FORMS: tuple[tuple[str, str], ...] = (
    ("benny", "benedict"), ("benny", "benjamin"), ("ben", "benedict"), ("rick", "richard"), ("ricky", "richard"),
    ("dick", "richard"), ("rich", "richard"), ("ted", "edward"), ("ted", "theodore"), ("eddie", "edward"),
    ("charlie", "charles"), ("chuck", "charles"), ("jake", "jacob"), ("becky", "rebecca"), ("abby", "abigail"),
    ("gabby", "gabrielle"), ("meg", "margaret"), ("maggie", "margaret"), ("peggy", "margaret"), ("jess", "jessica"),
    ("jessie", "jessica"), ("mandy", "amanda"), ("manda", "amanda"), ("sandy", "sandra"), ("cindy", "cynthia"),
    ("larry", "lawrence"), ("harry", "henry"), ("hank", "henry"), ("jack", "john"), ("johnny", "john"),
    ("frankie", "francis"), ("sasha", "alexander"), ("lexi", "alexandra"), ("zac", "zachary"), ("zach", "zachary"),
    ("greg", "gregory"), ("phil", "philip"), ("pete", "peter"), ("vicky", "victoria"), ("tori", "victoria"),
    ("timmy", "timothy"), ("kenny", "kenneth"), ("woody", "woodrow"), ("chrissy", "christine"), ("jenn", "jennifer"),
)
_GROUPS = {g: frozenset(group) - {g} for group in GIVEN_NAME_FORMS for g in group}
_FAMILIAR: dict[str, frozenset[str]] = {}
for _short, _full in FAMILIAR_FORMS:
    _FAMILIAR[_short] = _FAMILIAR.get(_short, frozenset()) | {_full}


def other_forms(given: str) -> frozenset[str]:
    """The other forms of ``given`` in its group ("sam" → "samuel", "sammy"): forms that name the same given name."""
    return _GROUPS.get(given, frozenset())


def fits(typed: str, given: str) -> bool:
    """``typed`` is a short or familiar form of the catalog given name ``given`` (module docstring), not the name
    itself: its first ``MIN_PREFIX``+ letters, another form of its group, or a familiar form of it."""
    if typed == given or not typed.isalpha():
        return False
    return ((len(typed) >= MIN_PREFIX and given.startswith(typed)) or given in _GROUPS.get(typed, frozenset())
            or given in _FAMILIAR.get(typed, frozenset()))


class ShortGivenNames(Generic[Info]):
    """Every credited person of two words or more by surname: (given name, person), for ``find``."""

    def __init__(self, people: Mapping[tuple[str, ...], Info]) -> None:
        self._people = people
        self._by_surname: dict[str, list[tuple[str, Info]]] = defaultdict(list)
        for k, info in people.items():
            if len(k) >= 2 and len(k[-1]) >= MIN_SURNAME and k[-1].isalpha():
                self._by_surname[k[-1]].append((k[0], info))

    def find(self, typed: str, surname: str) -> Info | None:
        """The one person of ``surname`` whose given name ``typed`` fits; None when nobody or several do, or when
        "``typed`` ``surname``" is somebody's own name."""
        if (typed, surname) in self._people:
            return None
        fitting = _distinct(info for given, info in self._by_surname.get(surname, ()) if fits(typed, given))
        return fitting[0] if len(fitting) == 1 else None


def _distinct(infos: Iterable[Info]) -> list[Info]:
    """``infos`` without repeats (one person may be indexed under several spellings of the name)."""
    out: list[Info] = []
    for info in infos:
        if info not in out:
            out.append(info)
    return out
