"""``mediabot agent``: manage support-agent accounts of the agent console.

    mediabot agent add USERNAME [--name "Display Name"] [--password-stdin]
    mediabot agent passwd USERNAME [--password-stdin]
    mediabot agent disable USERNAME | enable USERNAME   (disabling releases the agent's conversations)
    mediabot agent list

Passwords are prompted twice without echo, or read from the first line of stdin with
``--password-stdin`` (for scripts; never pass a password as an argument, it would land in the shell
history and the process list). Heavy imports happen inside the commands so ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import getpass
import re
import sys
from typing import Any

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``agent`` command to ``mediabot``'s sub-parsers (see ``mediabot.commands``)."""
    agent = sub.add_parser("agent", help="manage agent-console accounts (add, passwd, disable, list)")
    actions = agent.add_subparsers(dest="agent_command", required=True)

    add = actions.add_parser("add", help="create an account (prompts for the password twice)")
    add.add_argument("username")
    add.add_argument("--name", help="name the viewer sees (default: the username)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(func=cmd_add)

    passwd = actions.add_parser("passwd", help="set a new password (signs the agent out everywhere)")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true")
    passwd.set_defaults(func=cmd_passwd)

    for name, disabled in (("disable", True), ("enable", False)):
        p = actions.add_parser(name, help=f"{name} an account" + (" and end its sessions" if disabled else ""))
        p.add_argument("username")
        p.set_defaults(func=cmd_disable if disabled else cmd_enable)

    lst = actions.add_parser("list", help="list accounts (no password data)")
    lst.set_defaults(func=cmd_list)


def _agents(settings: Any) -> Any:
    """The agents repository on ``DATABASE_URL`` (``bot.handoff.agents.Agents``)."""
    from bot.handoff.store import HandoffStore

    return HandoffStore.open(settings.database_url).agents


def read_new_password(from_stdin: bool) -> str | None:
    """The new password (policy-checked), or None after printing why it was refused."""
    from bot.handoff.passwords import PasswordPolicyError, check_policy

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Repeat password: ") != password:
            print("error: the passwords do not match", file=sys.stderr)
            return None
    try:
        check_policy(password)
    except PasswordPolicyError as exc:
        print(f"error: password refused: {exc}", file=sys.stderr)
        return None
    return password


def cmd_add(args: argparse.Namespace, settings: Any) -> int:
    from bot.handoff.passwords import hash_password

    if not USERNAME_RE.match(args.username):
        print("error: usernames are 2-64 letters, digits, '.', '_' or '-'", file=sys.stderr)
        return EXIT_USAGE
    name = (args.name or args.username).strip()[:64]
    if not name:
        print("error: the display name is empty", file=sys.stderr)
        return EXIT_USAGE
    agents = _agents(settings)
    if agents.by_username(args.username) is not None:
        print(f"error: agent {args.username!r} already exists (use `mediabot agent passwd`)", file=sys.stderr)
        return EXIT_FAIL
    password = read_new_password(args.password_stdin)
    if password is None:
        return EXIT_FAIL
    try:
        agents.add(args.username, name, hash_password(password))
    except ValueError:
        print(f"error: agent {args.username!r} already exists", file=sys.stderr)
        return EXIT_FAIL
    print(f"agent {args.username.lower()!r} created; sign in at /agent")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, settings: Any) -> int:
    from bot.handoff.passwords import hash_password

    agents = _agents(settings)
    if agents.by_username(args.username) is None:
        print(f"error: no agent {args.username!r}", file=sys.stderr)
        return EXIT_FAIL
    password = read_new_password(args.password_stdin)
    if password is None:
        return EXIT_FAIL
    agents.set_password(args.username, hash_password(password))
    print("password changed; existing sessions were signed out")
    return EXIT_OK


def cmd_disable(args: argparse.Namespace, settings: Any) -> int:
    return _set_disabled(args.username, True, settings)


def cmd_enable(args: argparse.Namespace, settings: Any) -> int:
    return _set_disabled(args.username, False, settings)


def _set_disabled(username: str, disabled: bool, settings: Any) -> int:
    """Disabling also releases the agent's conversations back to the queue, so no viewer is left with nobody."""
    agents = _agents(settings)
    claims = agents.claims_of(username) if disabled else 0
    if not agents.set_disabled(username, disabled):
        print(f"error: no agent {username!r}", file=sys.stderr)
        return EXIT_FAIL
    print(f"agent {username.lower()!r} {'disabled' if disabled else 'enabled'}")
    if claims:
        print(f"{claims} conversation(s) released back to the queue")
        _tell_consoles(settings)
    return EXIT_OK


def _tell_consoles(settings: Any) -> None:
    """Ask open agent consoles to re-read the queue. Only possible over Redis (``REDIS_URL``): without it,
    the gateway's consoles see the released conversations at their next refresh."""
    if not settings.redis_url:
        return
    import asyncio

    from bot.bus import RedisBus
    from bot.handoff.events import TOPIC

    async def publish() -> None:
        bus = RedisBus(settings.redis_url)
        try:
            await bus.publish(TOPIC, {"type": "queue"})
        finally:
            await bus.close()

    try:
        asyncio.run(publish())
    except Exception as exc:  # the release is done; a console refresh is all that is lost
        print(f"note: could not notify open consoles ({type(exc).__name__})", file=sys.stderr)


def cmd_list(args: argparse.Namespace, settings: Any) -> int:
    for agent in _agents(settings).all():
        state = "disabled" if agent.disabled else "active"
        print(f"{agent.username}\t{agent.display_name}\t{state}")
    return EXIT_OK
