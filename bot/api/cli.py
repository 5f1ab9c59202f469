"""``mediabot apikey``: API keys of host apps for the viewer-scoped API (bot/api/auth.py).

    mediabot apikey create NAME     prints the key once; only its hash is stored
    mediabot apikey list            names, public prefixes, created / revoked (never a key)
    mediabot apikey revoke NAME     refused from now on (the row stays, for the record)

Heavy imports happen inside the commands so ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
from typing import Any

EXIT_OK, EXIT_FAIL = 0, 1


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``apikey`` command to ``mediabot``'s sub-parsers (see ``mediabot.commands``)."""
    apikey = sub.add_parser("apikey", help="API keys of host apps (create, list, revoke)")
    actions = apikey.add_subparsers(dest="apikey_command", required=True)
    create = actions.add_parser("create", help="create a key and print it (shown once)")
    create.add_argument("name", help="who the key is for, e.g. the host app's name")
    create.set_defaults(func=cmd_create)
    lst = actions.add_parser("list", help="list keys (names and prefixes, never the keys)")
    lst.set_defaults(func=cmd_list)
    revoke = actions.add_parser("revoke", help="refuse a key from now on")
    revoke.add_argument("name")
    revoke.set_defaults(func=cmd_revoke)


def _keys(settings: Any) -> Any:
    from bot.api.api_keys import ApiKeys

    return ApiKeys.open(settings.database_url)


def cmd_create(args: argparse.Namespace, settings: Any) -> int:
    from bot.api.api_keys import DuplicateName

    keys = _keys(settings)
    try:
        key = keys.create(args.name)
    except (DuplicateName, ValueError) as exc:
        print(f"error: {exc}")
        return EXIT_FAIL
    finally:
        keys.close()
    print(key)
    print(f"# API key {args.name!r}: send it as 'Authorization: Bearer <key>'. It is not stored and will not "
          "be shown again.")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, settings: Any) -> int:
    keys = _keys(settings)
    try:
        rows = keys.list()
    finally:
        keys.close()
    if not rows:
        print("no API keys")
    for k in rows:
        state = f"revoked {k.revoked_at:%Y-%m-%d %H:%M}" if k.revoked_at else "active"
        print(f"{k.name}\tmbk_{k.prefix}_…\tcreated {k.created_at:%Y-%m-%d %H:%M}\t{state}")
    return EXIT_OK


def cmd_revoke(args: argparse.Namespace, settings: Any) -> int:
    keys = _keys(settings)
    try:
        done = keys.revoke(args.name)
    finally:
        keys.close()
    print(f"revoked {args.name!r}" if done else f"error: no active API key named {args.name!r}")
    return EXIT_OK if done else EXIT_FAIL
