"""The ``mediabot`` command line: the entry point, the services (serve, up) and the benchmarks.

The catalog commands (import, index, setup, gazetteer, recommend) are in ``mediabot.catalog_cli``;
gateway modules contribute theirs through ``mediabot.commands``. Heavy imports happen inside the
commands so ``mediabot --help`` and argument errors answer instantly.
"""

from __future__ import annotations

import argparse
import os
import sys

from contract import settings as settings_mod
from contract.settings import Settings
from mediabot import catalog_cli, report
from mediabot.logging import setup_logging

# One recommendation is a single small matrix-vector product: extra BLAS/OpenMP threads only spin and
# steal the second core from the event loop. Bulk encoding raises torch's own thread count itself.
SINGLE_THREADED_MATH = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def main(argv: list[str] | None = None) -> int:
    for name, value in SINGLE_THREADED_MATH.items():
        os.environ.setdefault(name, value)
    parser = _parser()
    args = parser.parse_args(argv)
    settings = settings_mod.load()
    setup_logging(settings.log_level)
    try:
        return args.func(args, settings)
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mediabot", description="Conversational media discovery.")
    sub = p.add_subparsers(dest="command", required=True)
    catalog_cli.register(sub)
    report.register(sub)

    serve = sub.add_parser("serve", help="start the gateway (web chat, API, webhooks)")
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--recommender-only", action="store_true",
                       help="only the recommender API (/api/...): its own process, for RECOMMENDER_URL")
    serve.add_argument("--no-recommender", action="store_true",
                       help="channels and console only: the recommender API runs elsewhere (RECOMMENDER_URL)")
    serve.set_defaults(func=cmd_serve)

    up = sub.add_parser("up", help="set up what is missing, then start actions, Rasa and the gateway")
    up.set_defaults(func=cmd_up)

    bench = sub.add_parser("bench", help="benchmarks that print p50/p95 latency and memory")
    bench.add_argument("target", choices=["recommender", "dialogue", "similarity", "load", "encoder", "personalization",
                                           "operators"])
    bench.add_argument("--items", type=int, default=1_000_000, help="synthetic catalog size (recommender)")
    bench.add_argument("--requests", type=int, default=300)
    bench.add_argument("--skip-synthetic", action="store_true")
    bench.add_argument("--url", default=None, help="gateway URL (dialogue, load; default: settings)")
    bench.add_argument("--viewers", type=int, default=30, help="load: viewers of the closed loop")
    bench.add_argument("--seconds", type=float, default=60.0, help="load: length of each loop")
    bench.add_argument("--rate", type=float, default=0.0, help="load: also an open loop at this many turns/s")
    bench.add_argument("--sequential", type=int, default=0, help="load: also this many turns one at a time")
    bench.add_argument("--start", choices=["onebox", "scale"], default=None,
                       help="load: start a stack of its own on free ports (scale: REDIS_URL, 2 Rasa workers)")
    bench.set_defaults(func=cmd_bench)

    purge = sub.add_parser("purge", help="remove conversations idle for MEDIABOT_CONVERSATION_TTL from Rasa's "
                                         "SQLite tracker store (`mediabot up` does it periodically)")
    purge.set_defaults(func=cmd_purge)

    evaluate = sub.add_parser("eval", help="evaluations of a running stack against independent sets")
    evaluate.add_argument("target", choices=["dialogue", "recommendations"])
    evaluate.add_argument("--url", default=None, help="gateway URL (default: settings)")
    evaluate.add_argument("--set", default=None, help="conversations JSONL (default: tests/dialogue/eval/)")
    evaluate.add_argument("--catalog", default=None, help="raw catalog CSV to judge against (default: bundled)")
    evaluate.add_argument("--out", default=None, help="write the full report (figures, failures) as JSON")
    evaluate.set_defaults(func=cmd_eval)

    _register_extensions(sub)
    return p


def _register_extensions(sub: argparse._SubParsersAction) -> None:
    """Sub-commands owned by gateway modules (agent accounts, Telegram polling)."""
    from mediabot import commands

    for register in commands.EXTENSIONS:
        register(sub)


# --- services ------------------------------------------------------------------------------------

def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from aiohttp import web

    from bot.app import Parts, create_app
    from bot.keys import WeakSecretError, check_secrets

    try:
        check_secrets()
    except WeakSecretError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    port = args.port or settings.port
    if args.recommender_only and args.no_recommender:
        print("error: --recommender-only and --no-recommender exclude each other", file=sys.stderr)
        return 2
    parts = Parts(webchat=False, voice=False, telegram=False, handoff=False) if args.recommender_only else (
        Parts.channels_only() if args.no_recommender else Parts())
    web.run_app(create_app(settings, parts=parts), host=settings.host, port=port, print=None,
                access_log=None, handle_signals=True)
    return 0


def cmd_up(args: argparse.Namespace, settings: Settings) -> int:
    """Set up, then run actions, Rasa and the gateway where the settings say, restarting any that dies."""
    import signal
    import time

    from mediabot import rasa_model, stack
    from mediabot.supervisor import Supervisor, conversation_jobs

    code = catalog_cli.cmd_setup(args, settings)
    if code:
        return code
    model = rasa_model.ensure_model()
    plan = stack.Plan.from_settings(settings)
    for note in plan.elsewhere():
        print(f"note: {note}", file=sys.stderr)
    log_dir = settings.var_dir / "logs"
    # SIGTERM (systemd, `kill`) must stop the children too, exactly like Ctrl-C does.
    signal.signal(signal.SIGTERM, _interrupt)
    print("starting the action server, Rasa and the gateway…", file=sys.stderr)
    with stack.launch(model, plan, log_dir=log_dir) as running:
        print(f"\nmediabot is running: web chat at http://localhost:{settings.port}  "
              f"(agent console: /agent, API: /api/recommendations; logs in {log_dir}). Ctrl-C stops.\n")
        supervisor = Supervisor(running, jobs=conversation_jobs(running.store))
        try:
            while True:
                supervisor.tick()
                time.sleep(1)
        except KeyboardInterrupt:
            return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    if args.target == "recommender":
        from mediabot.bench import recommender

        return recommender.run(settings, items=args.items, requests=args.requests, synthetic=not args.skip_synthetic)
    if args.target == "load":
        from mediabot.bench import load

        return load.run(settings, url=args.url, viewers=args.viewers, seconds=args.seconds, rate=args.rate,
                        sequential=args.sequential, start=args.start)
    if args.target == "encoder":
        from mediabot.bench import encoder

        return encoder.run(settings)
    if args.target == "personalization":
        from mediabot.bench import personalization

        return personalization.run(settings)
    if args.target == "operators":
        from mediabot.bench import operators

        return operators.run(settings, requests=args.requests)
    if args.target == "similarity":
        from mediabot.bench import similarity

        return similarity.run(settings)
    from mediabot.bench import dialogue

    return dialogue.run(settings, url=args.url, requests=args.requests)


def cmd_purge(args: argparse.Namespace, settings: Settings) -> int:
    """Once, what `mediabot up` does every hour: forget conversations idle longer than the TTL."""
    from mediabot.purge import purge_idle

    events = _purge_viewing_events(settings)
    print(f"purged {events} viewing events older than {settings.retention_days} days (MEDIABOT_RETENTION_DAYS)")
    if settings.redis_url:
        print("REDIS_URL is set: Redis expires idle conversations itself; nothing to purge", file=sys.stderr)
        return 0
    removed = purge_idle(settings.conversations_db, settings.conversation_ttl_s)
    print(f"purged {removed} conversations idle for {settings.conversation_ttl_s} s or more "
          f"from {settings.conversations_db}")
    return 0


def _purge_viewing_events(settings: Settings) -> int:
    """Retention of the viewers' viewing history (the gateway also does it daily: bot/api/profile.py)."""
    import datetime as dt

    from recommender import profiles
    from recommender.catalog.db import make_engine, session_factory

    engine = make_engine(settings.database_url)
    try:
        cutoff = profiles.now() - dt.timedelta(days=settings.retention_days)
        return profiles.purge_events(session_factory(engine), cutoff)
    finally:
        engine.dispose()


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    if args.target == "recommendations":
        from mediabot.eval import recommendations

        return recommendations.run(settings, out=args.out, catalog_path=args.catalog)
    from mediabot.eval import dialogue

    return dialogue.run(settings, url=args.url, set_path=args.set, out=args.out, catalog_path=args.catalog)


if __name__ == "__main__":
    sys.exit(main())
