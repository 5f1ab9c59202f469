"""``mediabot editorial``: the operators' rules from the command line (docs/operators.md).

The same functions as the operators' API (``recommender.editorial_store``) on ``DATABASE_URL``; running
gateways apply a change within ``MEDIABOT_RELOAD_POLL_S`` seconds, without a restart.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from contract.settings import Settings

EXIT_USAGE = 2
EXIT_DATA = 3


def register(sub: argparse._SubParsersAction) -> None:
    ed = sub.add_parser("editorial", help="pin, boost, bury, block or time-limit titles; list and remove rules")
    cmds = ed.add_subparsers(dest="editorial_cmd", required=True)

    pin = cmds.add_parser("pin", help="put a title first in every list it fits (or only for one genre)")
    pin.add_argument("title", help="catalog id or exact title")
    pin.add_argument("--genre", dest="for_genre", help="only in lists asked for this genre id")
    for name, helptext in (("boost", "rank titles higher"), ("bury", "rank titles lower")):
        p = cmds.add_parser(name, help=f"{helptext} (a title, a genre or a source)")
        target = p.add_mutually_exclusive_group(required=True)
        target.add_argument("--title")
        target.add_argument("--genre")
        target.add_argument("--source", help="importer source name, e.g. netflix")
        p.add_argument("--weight", type=float, default=None, help="score added/taken (default 0.15; 1.0 = a lot)")
    block = cmds.add_parser("block", help="never show a title, anywhere (rights issue)")
    block.add_argument("title")
    window = cmds.add_parser("window", help="show a title only between two times and/or in some territories")
    window.add_argument("title")
    window.add_argument("--from", dest="starts_at", help="ISO time (UTC unless it says otherwise)")
    window.add_argument("--until", dest="ends_at", help="ISO time, exclusive")
    window.add_argument("--territory", dest="territories", action="append", default=[],
                        help="ISO territory code (repeatable); the service's is MEDIABOT_TERRITORY")
    for p in (pin, block, window, *(cmds.choices[n] for n in ("boost", "bury"))):
        p.add_argument("--note", default="", help="why (shown in listings)")
        p.set_defaults(func=cmd_add)

    ls = cmds.add_parser("list", help="the rules in force")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    rm = cmds.add_parser("rm", help="remove a rule by id")
    rm.add_argument("rule_id", type=int)
    rm.set_defaults(func=cmd_rm)
    pers = cmds.add_parser("personalization", help="turn personal rankings on or off for everyone")
    pers.add_argument("state", choices=["on", "off"])
    pers.set_defaults(func=cmd_personalization)


def _factory(settings: Settings) -> Any:
    from recommender.catalog.db import make_engine, session_factory

    return session_factory(make_engine(settings.database_url))


def spec_of(args: argparse.Namespace) -> dict[str, Any]:
    """The rule body the command line describes (the API's JSON body, field for field)."""
    kind = args.editorial_cmd
    body: dict[str, Any] = {"kind": kind, "note": args.note}
    for name in ("title", "genre", "source", "for_genre", "weight", "starts_at", "ends_at"):
        value = getattr(args, name, None)
        if value is not None:
            body[name] = value
    if getattr(args, "territories", None):
        body["territories"] = args.territories
    return body


def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    from pydantic import ValidationError

    from bot.http import validation_error
    from recommender import editorial_store
    from recommender.editorial import RuleSpec

    try:
        spec = RuleSpec.model_validate(spec_of(args))
    except ValidationError as exc:
        print(f"error: {validation_error(exc).message}", file=sys.stderr)
        return EXIT_USAGE
    try:
        rule = editorial_store.add_rule(_factory(settings), spec)
    except editorial_store.UnknownTitle as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DATA
    print(f"rule {rule.id} added: {describe(rule.public())}")
    return 0


def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    from recommender import editorial_store

    factory = _factory(settings)
    rules = [r.public() for r in editorial_store.list_rules(factory)]
    on = editorial_store.personalization(factory)
    if args.json:
        print(json.dumps({"rules": rules, "personalization": on}, indent=2))
        return 0
    print(f"personalization: {'on' if on else 'off'}")
    for rule in rules:
        print(f"{rule['id']:>5}  {describe(rule)}")
    if not rules:
        print("no rules")
    return 0


def cmd_rm(args: argparse.Namespace, settings: Settings) -> int:
    from recommender import editorial_store

    if not editorial_store.remove_rule(_factory(settings), args.rule_id):
        print(f"error: no rule {args.rule_id}", file=sys.stderr)
        return EXIT_DATA
    print(f"rule {args.rule_id} removed")
    return 0


def cmd_personalization(args: argparse.Namespace, settings: Settings) -> int:
    from recommender import editorial_store

    editorial_store.set_personalization(_factory(settings), args.state == "on")
    print(f"personalization {args.state}")
    return 0


def describe(rule: dict[str, Any]) -> str:
    """One line per rule: ``pin s29 (genre comedy)``, ``bury genre kids by 0.5``, ``window s14 until …``."""
    target = next(f"{k} {rule[k]}" if k != "title" else str(rule[k]) for k in ("title", "genre", "source") if k in rule)
    parts = [rule["kind"], target]
    if rule.get("for_genre"):
        parts.append(f"(genre {rule['for_genre']})")
    if rule.get("weight") is not None:
        parts.append(f"by {rule['weight']:g}")
    if rule.get("starts_at"):
        parts.append(f"from {rule['starts_at']}")
    if rule.get("ends_at"):
        parts.append(f"until {rule['ends_at']}")
    if rule.get("territories"):
        parts.append("in " + ",".join(rule["territories"]))
    if rule.get("note"):
        parts.append(f"— {rule['note']}")
    return " ".join(parts)
